"""Escalation lens, readings decided on wire texts: weapon types named by "attack", events named as a
class a rule reaches or a right shields from, veiled penalties, blocked decisions, and the spans and
senses around them. Constructed wire-style sentences about fictional countries; each rule with its
near misses, which must stay as they are."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, mods, pairs, spans


# ----------------------------------------------------------------------------- "attack" naming a type


@pytest.mark.parametrize("text", [
    "Velmora criticised Tarsk over its sale of attack drones to armed groups.",
    "The navy sent attack helicopters to the strait.",
    "Tarsk has ordered an attack submarine from a Velmoran yard.",
    "The ministry said the attack aircraft were delivered in May.",
])
def test_attack_before_a_weapon_names_its_type(text):
    assert "ASSAULT" not in [label for label, _ in pairs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Rebels launched an attack on the convoy.", ("ASSAULT", "attack")),
    ("Drone attacks hit the port.", ("ASSAULT", "Drone attacks")),
    ("Rebels used drones to attack helicopters on the ground.", ("ASSAULT", "attack")),
    ("Gunmen will attack aircraft on the ground, the army warned.", ("ASSAULT", "attack")),
])
def test_an_attack_made_stays_an_assault(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- classes a rule names


@pytest.mark.parametrize("text, word", [
    ("Washington has said the treaty covers attacks on Tarskian public vessels.", "attacks"),
    ("Velmora is bound by the Vienna Convention, which guarantees diplomats immunity from arrest.", "arrest"),
    ("The accord applies to any attack on shipping.", "attack"),
    ("The law prohibits arrests of foreign diplomats.", "arrests"),
])
def test_events_named_as_a_class_of_a_rule_are_no_events(text, word):
    assert word not in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("Rebels carried out attacks on Tarskian public vessels.", ("ASSAULT", "attacks")),
    ("Police covered the arrest of two diplomats.", ("COERCE", "arrest")),
    ("The agency covered attacks on the town, in which two soldiers were killed.", ("ASSAULT", "attacks")),
])
def test_events_told_stay_events(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- veiled penalties


@pytest.mark.parametrize("text, expected", [
    ("Tarsk must understand that its actions have a price.", ("THREATEN", "have a price")),
    ("Its actions will have consequences, the minister said.", ("THREATEN", "will have consequences")),
    ("He said the bloc was prepared to go further if the sales continued.",
     ("THREATEN", "prepared to go further")),
    ('The spokeswoman promised "a tough and precise response".', ("THREATEN", "precise response")),
    ('The spokeswoman vowed a "proportionate response".', ("THREATEN", "proportionate response")),
])
def test_a_penalty_left_unstated_is_a_veiled_threat(text, expected):
    assert expected in pairs(text)


def test_going_further_before_a_condition_is_conditional():
    text = "He said the bloc was prepared to go further if the sales continued."
    assert "conditional" in mods(text, "prepared to go further")


@pytest.mark.parametrize("text", [
    "The drought will have consequences for farmers.",
    "The bloc is ready to go further in talks with Tarsk.",
    "Peace has a price, the poet wrote.",
])
def test_no_penalty_of_a_side_is_no_threat(text):
    assert "THREATEN" not in [label for label, _ in pairs(text)]


# ----------------------------------------------------------------------------- blocked decisions


@pytest.mark.parametrize("text, expected", [
    ("It was the fourth time Russia has blocked council action on Kessia.", ("REJECT", "blocked council action", "120")),
    ("Hungary blocked a decision on the new sanctions.", ("REJECT", "blocked a decision", "120")),
    ("Hungary had initially blocked the package.", ("REJECT", "blocked the package", "120")),
])
def test_blocking_a_decision_of_a_body_is_a_rejection(text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text", [
    "Velm blocked the convoy.",
    "The navy blocked the port.",
    "Protesters blocked roads to the port, an action the police condemned.",
])
def test_blocking_a_way_stays_a_blockade(text):
    assert ("COERCE", "blocked") in pairs(text)


# ----------------------------------------------------------------------------- spans that stop at the next phrase


@pytest.mark.parametrize("text, expected, absent", [
    ("Russia on Monday vetoed a UN Security Council resolution demanding an immediate ceasefire.",
     ("REJECT", "vetoed a UN Security Council resolution"), "demanding"),
    ('The French ambassador called the veto "shameful".', ("REJECT", "veto"), 'veto "shameful"'),
])
def test_a_rejection_stops_before_the_next_phrase(text, expected, absent):
    assert expected in pairs(text)
    assert not any(absent in span for span in spans(text))


def test_the_label_given_to_a_veto_stays_its_own():
    assert ("ACCUSE", "shameful") in pairs('The French ambassador called the veto "shameful".')


@pytest.mark.parametrize("text, expected", [
    ("Tarsk vetoed the resolution.", ("REJECT", "vetoed the resolution")),
    ("Velm spurned calls for a ceasefire.", ("REJECT", "spurned calls for a ceasefire")),
    ("Tarsk rejected the peacekeeping plan.", ("REJECT", "rejected the peacekeeping plan")),
    ("Tarsk rejected the ultimatum, calling it a provocation.", ("REJECT", "rejected the ultimatum")),
])
def test_a_rejection_keeps_its_object(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("The opposition went further, accusing Ott of misleading parliament.", ("ACCUSE", "accusing")),
    ("The UN Secretary-General urged both parties to build on it.", ("REQUEST", "build on it")),
    ("The UN Secretary-General urged both parties to build on the deal.", ("REQUEST", "build on the deal")),
    ("He urged Tarsk to abide by the truce.", ("REQUEST", "abide by the truce")),
    ("He urged both sides to adhere to the ceasefire.", ("REQUEST", "adhere to the ceasefire")),
    ("He urged Tarsk to resume talks on the border.", ("REQUEST", "resume talks")),
    ("Velmora sent humanitarian aid to the region.", ("AID", "sent humanitarian aid")),
    ("Velmora sent humanitarian convoys to the region.", ("AID", "sent humanitarian convoys")),
])
def test_spans_end_on_their_own_phrase(text, expected):
    assert expected in pairs(text)


def test_a_team_sent_to_assess_needs_is_no_aid_yet():
    text = "A UN spokesman said the organisation would send a team to assess humanitarian needs."
    assert not any("humanitarian" in span for span in spans(text))


# ----------------------------------------------------------------------------- "must" that concludes


@pytest.mark.parametrize("text", [
    '"He must know these figures are wrong," said opposition leader Karl Weiss.',
    '"They must have known about the drills," she said.',
    "Tarsk must be aware of the risks, he said.",
])
def test_a_must_of_knowing_demands_nothing(text):
    assert "DEMAND" not in [label for label, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "Tarsk must withdraw its troops, he said.",
    "Tarsk must halt the drills, he said.",
])
def test_a_must_of_an_act_stays_a_demand(text):
    assert ("DEMAND", "must") in pairs(text)


def test_a_warning_framed_by_must_understand_is_the_threat():
    assert pairs("Tarsk must understand that its actions have a price, the minister said.") == [
        ("THREATEN", "have a price")]


# ----------------------------------------------------------------------------- prisoners exchanged


def test_an_exchange_agreed_with_a_day_between_is_one_agreement():
    text = "Velmora and Tarsk agreed on Monday to exchange 40 prisoners each."
    assert pairs(text) == [("AGREE", "agreed on Monday to exchange 40 prisoners")]


@pytest.mark.parametrize("text, expected", [
    ("Velmora and Tarsk agreed on Monday to a ceasefire.", [("AGREE", "agreed")]),
    ("Tarsk agreed to release 12 prisoners.", [("AGREE", "agreed to release 12 prisoners")]),
    ("The two sides exchanged 40 prisoners on Monday.", [("CONCEDE", "exchanged 40 prisoners")]),
])
def test_other_agreements_and_exchanges_stay(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- labels of past acts and topics


def test_retaliation_labelling_a_past_act_is_no_threat():
    text = "The arrest is widely seen as retaliation for Velmora's expulsion of two attaches."
    assert pairs(text) == [("COERCE", "arrest"), ("SANCTION", "expulsion")]


@pytest.mark.parametrize("text", [
    "The expulsions were in retaliation for the arrest of a diplomat.",
    "The arrest was a retaliation for the expulsions.",
])
def test_retaliation_as_a_motive_is_no_threat(text):
    assert "THREATEN" not in [label for label, _ in pairs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk vowed retaliation for the expulsions.", ("THREATEN", "retaliation")),
    ("Tarsk warned of retaliation.", ("THREATEN", "warned of retaliation")),
    ("Tarsk fears retaliation from Velmora.", ("THREATEN", "retaliation")),
])
def test_retaliation_promised_or_feared_stays(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Latvia summoned the Russian envoy to protest against what it described as threatening rhetoric.",
    "He condemned the threatening language of the ministry.",
    "The minister accused Tarsk of threatening behaviour.",
])
def test_threatening_before_words_or_conduct_is_a_label(text):
    assert ("ACCUSE", "threatening") in pairs(text)
    assert "THREATEN" not in [label for label, _ in pairs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk sent a threatening letter to the envoy.", ("THREATEN", "threatening")),
    ("Tarsk is threatening to close its embassy.", ("THREATEN", "threatening to close its embassy")),
])
def test_threatening_that_carries_a_threat_stays(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "The statement made no mention of a warning to Tarsk.",
    "There was no word of a warning from Tarsk.",
    "It made no mention of any warning.",
])
def test_a_warning_spoken_about_is_a_topic(text):
    assert "warning" not in spans(text)


def test_a_word_of_warning_is_a_warning_given():
    assert ("THREATEN", "warning") in pairs("The minister had a word of warning for Tarsk.")


def test_a_warning_not_given_stays_negated():
    assert "negated" in mods("Tarsk issued no warning.", "warning")


# ----------------------------------------------------------------------------- "only" and blocking movement


@pytest.mark.parametrize("text, expected", [
    ("Tarsk claims its strikes hit only military infrastructure.",
     ("ASSAULT", "strikes hit only military infrastructure")),
    ("Guard boats fired only warning shots.", ("MOBILIZE", "fired only warning shots")),
    ("Tarsk said it fired warning shots.", ("MOBILIZE", "fired warning shots")),
])
def test_only_restricts_and_negates_nothing(text, expected):
    assert expected in pairs(text)
    assert "negated" not in mods(text, expected[1])


@pytest.mark.parametrize("text, expected", [
    ("Velmora has previously tried to block such resupply missions.", ("COERCE", "block such resupply missions")),
    ("Tarsk moved to block the port.", ("COERCE", "block the port")),
    ("Rebels sought to block the main road to the capital.", ("COERCE", "block the main road")),
])
def test_to_block_supplies_or_a_route_is_a_blockade(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, expected", [
    ("Tarsk is trying to block aid deliveries.", ("SANCTION", "block aid deliveries")),
    ("Hungary threatened to block the package.", ("THREATEN", "threatened to block the package")),
])
def test_blocking_aid_or_a_package_keeps_its_reading(text, expected):
    assert expected in pairs(text)
