"""Escalation lens: readings decided on constructed wire texts. Quotation marks inside a phrase do not
change its reading; patience said to have limits is a veiled warning; any military unit that masses is a
deployment; a veto held is a right, a bomb obtained or built a weapon, a threat seen a perception, sabotage
carried out an act; talks that break off are halted talks; a negated date reaches the step it is set for;
a tie killed is stopped; a negated accusation is no restraint. The sentences are constructed (fictional
countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, mods, pairs


# ----------------------------------------------------------------------------- quotation marks inside a phrase


@pytest.mark.parametrize("text, expected", [
    ('Tarsk said it would "not leave this provocation unanswered".',
     [("THREATEN", 'would "not leave this provocation unanswered"')]),
    ('The Velmoran minister said the attack would "not go unpunished".',
     [("ASSAULT", "attack"), ("THREATEN", 'would "not go unpunished"')]),
    ('Velm said it will "not hesitate" to act.', [("THREATEN", 'will "not hesitate" to act')]),
])
def test_a_quotation_mark_inside_a_phrase_keeps_its_reading(text, expected):
    assert pairs(text) == expected


def test_a_phrase_read_across_a_quotation_mark_is_quoted():
    assert "quoted" in mods('Tarsk said it would "not leave this provocation unanswered".',
                            'would "not leave this provocation unanswered"')
    # near miss: the same words without quotation marks are not quoted
    assert "quoted" not in mods("Tarsk said it would not leave this provocation unanswered.",
                                "would not leave this provocation unanswered")


@pytest.mark.parametrize("text, expected", [
    # a quotation mark that makes the reading keeps it: the quoted manner is its own mark
    ('Moscow will respond "symmetrically", the Velmoran minister said.',
     [("THREATEN", "respond"), ("THREATEN", "symmetrically")]),
    ('The Tavian foreign minister warned that any further attack would trigger "a response that Meru will not '
     'forget".', [("THREATEN", "response")]),
])
def test_a_pattern_that_reads_the_quotation_marks_wins(text, expected):
    assert pairs(text) == expected


def test_found_not_guilty_is_no_finding_against_anyone():
    assert pairs('A Tarskian court found the two sailors "not guilty" of trespassing.') == []
    assert pairs("A Tarskian court found the two sailors not guilty of trespassing.") == []
    # near miss: a finding of guilt stays one
    assert pairs("A Tarskian court found the two sailors guilty of trespassing.") == [
        ("ACCUSE", "found the two sailors guilty")]


# ----------------------------------------------------------------------------- patience


@pytest.mark.parametrize("text, span", [
    ("Patience is not unlimited.", "Patience is not unlimited"),
    ("Our patience has its limits, the Tarskian minister said.", "patience has its limits"),
    ("There are limits to our patience, the Velmoran president said.", "limits to our patience"),
    ("Washington has lost patience with Tarsk.", "lost patience"),
    ("Velm said its patience with Tarsk was exhausted.", "patience with Tarsk was exhausted"),
    ("Our patience is wearing thin, the Tarskian minister said.", "patience is wearing thin"),
])
def test_patience_said_to_have_limits_is_a_veiled_warning(text, span):
    assert ("THREATEN", span, "130") in codes(text)


@pytest.mark.parametrize("text, expected", [
    ("The fans lost patience with the coach.", []),
    ("The Tarskian minister said Velm had shown great patience.", [("RESTRAINT", "great patience")]),
    ("The Tarskian minister urged patience.", [("REQUEST", "patience")]),
    ("The Tarskian minister asked both sides for patience.", [("REQUEST", "asked both sides for patience")]),
])
def test_patience_shown_or_asked_for_keeps_its_reading(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- massing


@pytest.mark.parametrize("text, span", [
    ("Armoured vehicles were massing near the crossing.", "Armoured vehicles were massing near the crossing"),
    ("Armoured personnel carriers were massing along the frontier.",
     "Armoured personnel carriers were massing along the frontier"),
    ("Tanks were massing near the border.", "Tanks were massing near the border"),
    ("Tarsk was massing armoured vehicles near the border.", "massing armoured vehicles near the border"),
])
def test_military_units_of_several_words_mass(text, span):
    assert ("MOBILIZE", span, "154") in codes(text)


@pytest.mark.parametrize("text", [
    "Crowds were massing near the crossing.",
    "Tarsk is concentrating on reinforcements for the police.",
])
def test_no_massing_without_forces(text):
    assert not any(label == "MOBILIZE" for label, _ in pairs(text))


# ----------------------------------------------------------------------------- a veto held


@pytest.mark.parametrize("text", [
    "No third country has a veto over it.",
    "Russia has veto power in the council.",
    "Five countries hold veto power in the Security Council.",
])
def test_a_veto_held_is_a_right(text):
    assert not any(label == "REJECT" for label, _ in pairs(text))


@pytest.mark.parametrize("text, span", [
    ("Russia vetoed the resolution.", "vetoed the resolution"),
    ("Russia used its veto on Friday.", "veto"),
    ("Russia cast a veto on Friday.", "veto"),
])
def test_a_veto_cast_is_a_rejection(text, span):
    assert ("REJECT", span) in pairs(text)


# ----------------------------------------------------------------------------- a bomb as a weapon


@pytest.mark.parametrize("text, span", [
    ("Kessia wants to build a bomb.", "bomb"),
    ("Kessia tested a nuclear bomb last year.", "nuclear bomb"),
    ("Velm said Kessia was seeking an atomic bomb.", "atomic bomb"),
])
def test_a_bomb_obtained_or_built_is_a_weapon(text, span):
    assert ("MOBILIZE", span, "150") in codes(text)


@pytest.mark.parametrize("text", [
    "A bomb exploded in the market.",
    "Rebels planted a bomb at the station.",
])
def test_a_bomb_that_goes_off_stays_a_bombing(text):
    assert ("ASSAULT", "bomb") in pairs(text)


# ----------------------------------------------------------------------------- a threat seen


@pytest.mark.parametrize("text", [
    "Israel regards the programme as an existential threat.",
    "Velm considers Tarsk a threat.",
    "The Velmoran government sees the drills as a direct threat to its security.",
])
def test_a_threat_seen_is_a_perception(text):
    assert not any(label == "THREATEN" for label, _ in pairs(text))


def test_a_threat_made_stays_one():
    assert pairs("Velm issued a threat to Tarsk.") == [("THREATEN", "threat")]


# ----------------------------------------------------------------------------- sabotage


@pytest.mark.parametrize("text, span", [
    ("Israel has carried out sabotage operations at Kessian sites.", "carried out sabotage operations"),
    ("Velmoran agents committed acts of sabotage at the plant.", "committed acts of sabotage"),
])
def test_sabotage_carried_out_destroys_property(text, span):
    assert ("COERCE", span, "1712") in codes(text)


def test_a_charge_of_sabotage_stays_an_accusation():
    assert ("ACCUSE", "sabotage") in pairs("Kessia accused Israel of sabotage.")


# ----------------------------------------------------------------------------- talks that break off


@pytest.mark.parametrize("text, span", [
    ("The talks broke off on Thursday.", "talks broke off"),
    ("Negotiations broke off on Thursday.", "Negotiations broke off"),
    ("Officials said the border talks collapsed on Friday.", "talks collapsed"),
    ("The talks collapsed on Thursday.", "talks collapsed"),
])
def test_talks_that_break_off_are_halted(text, span):
    assert [(label, s, code) for label, s, code in codes(text)] == [("SANCTION", span, "164")]


@pytest.mark.parametrize("text, expected", [
    ("He recognised that the talks had failed.", []),
    ("The talks broke records.", []),
    ("Negotiations stalled on Thursday.", [("DETERIORATE", "Negotiations stalled")]),
])
def test_talks_that_fail_or_stall_keep_their_reading(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- a date not set


def test_without_a_date_the_new_round_is_negated():
    text = "Negotiations broke off without a date for a new round."
    assert ("CONSULT", "new round", ("negated",)) in marks(text)


def test_a_date_set_keeps_the_round():
    assert ("CONSULT", "new round", ()) in marks(
        "Negotiations broke off on Thursday, and a date for a new round was set.")


# ----------------------------------------------------------------------------- a tie killed, a blame not laid


@pytest.mark.parametrize("text, expected", [
    ("Tarsk killed the deal on Monday.", [("REJECT", "killed the deal")]),
    ("Tarsk wrecked the peace talks.", [("SANCTION", "wrecked the peace talks")]),
])
def test_a_tie_killed_is_stopped(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The blast killed three soldiers.", [("ASSAULT", "killed")]),
    ("Velm warned that the move would wreck the deal.", [("THREATEN", "wreck the deal")]),
])
def test_killing_people_and_warned_ruin_keep_their_reading(text, expected):
    assert pairs(text) == expected


def test_a_negated_accusation_is_no_restraint():
    text = '"Nobody wants to be blamed for killing the deal," said one official.'
    found = marks(text)
    assert ("ACCUSE", "blamed") in [(label, span) for label, span, _ in found]
    assert "negated" in mods(text, "blamed")
    assert not any(label in ("RESTRAINT", "AGREE") for label, _, _ in found)
    assert ("ACCUSE", "blame") in pairs("Tarsk will not blame Velm for the attack.")


def test_a_negated_hostile_act_of_ones_own_stays_restraint():
    assert ("RESTRAINT", "should not provoke") in pairs("We should not provoke them, the Tarskian minister said.")
