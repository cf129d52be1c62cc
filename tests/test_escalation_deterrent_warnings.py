"""Escalation lens: deterrent warnings that a side "will not allow" its own ships or land "to be" taken,
answers that "any attack would trigger", a negation after "should" with another side as subject, a verb of
accusing after "and", spans that open a quotation mark, appeals with no event word of their own, and the
spans of court names, recalls with a possessive, build-ups before a condition and "crisis hotline". The
sentences are constructed (fictional countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, mods, pairs


# ----------------------------------------------------------------------------- harm not allowed


@pytest.mark.parametrize("text, expected", [
    ('"We will not allow our ships to be hijacked," the Lorvian defence minister told reporters.',
     [("THREATEN", "will not allow our ships to be hijacked")]),
    ('The Meruvian prime minister said his government would not allow "a single centimetre" of its territory '
     'to be taken.',
     [("THREATEN", 'would not allow "a single centimetre" of its territory to be taken')]),
    ("The Tarskian president said Tarsk would never allow its islands to be occupied.",
     [("THREATEN", "would never allow its islands to be occupied")]),
])
def test_harm_not_allowed_is_one_deterrent_threat(text, expected):
    assert pairs(text) == expected


def test_harm_not_allowed_is_coded_as_a_veiled_threat():
    assert codes('"We will not allow our ships to be hijacked," the minister said.') == [
        ("THREATEN", "will not allow our ships to be hijacked", "130")]


@pytest.mark.parametrize("text", [
    "The Lorvian minister said Lorvia would allow the ships to be inspected at the port.",
    "The Lorvian minister said Lorvia would not allow the ships to be inspected at the port.",
])
def test_allowing_a_step_that_is_no_harm_is_no_threat(text):
    assert not any(label == "THREATEN" for label, _ in pairs(text))


def test_a_port_not_to_be_used_for_blackmail_keeps_its_row():
    assert pairs("Tarsk said it would not allow its ports to be used for blackmail.") == [
        ("THREATEN", "would not allow its ports to be used for blackmail")]


# ----------------------------------------------------------------------------- answers triggered


@pytest.mark.parametrize("text, expected", [
    ("The Tavian foreign minister warned that any further attack would trigger a response.",
     [("THREATEN", "trigger a response")]),
    ('The Tavian foreign minister warned that any further attack would trigger "a response that Meru will not '
     'forget".',
     [("THREATEN", "response")]),
    ("The Tarskian minister said any attack would provoke a swift response.",
     [("THREATEN", "provoke a swift response")]),
    # a modal after the noun makes it the subject: "any attack would" names no attack that happened
    ("The Tarskian minister said any attack would be met with force.",
     [("THREATEN", "would be met with force")]),
])
def test_an_answer_triggered_by_any_attack_is_the_threat(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no hostile step after "any": a forecast
    ("Any delay would trigger a reaction from markets, economists said.", []),
    # a definite act is an event, and "provoke" without "any" keeps its own reading
    ("The Tarskian minister said the attack would anger voters.", [("ASSAULT", "attack")]),
])
def test_answers_near_misses(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- should not


def test_should_not_with_another_side_as_subject_is_a_step_not_taken():
    text = '"Dalmar should not test our patience," the Lorvian defence minister told reporters.'
    assert pairs(text) == [("ACCUSE", "test our patience")]
    assert "negated" in mods(text, "test our patience")


def test_should_not_with_another_side_and_a_deployment():
    text = "Tarsk should not deploy troops near the border, the Velmoran minister said."
    assert pairs(text) == [("MOBILIZE", "deploy troops near the border")]
    assert "negated" in mods(text, "deploy troops near the border")


def test_should_not_with_the_speakers_side_stays_restraint():
    assert pairs('"We should not provoke them," the Velmoran minister said.') == [
        ("RESTRAINT", "should not provoke")]


# ----------------------------------------------------------------------------- accused after "and"


def test_a_verb_of_accusing_after_and_is_a_second_predicate():
    text = 'Tarsk denied that its jets had crossed into Velmoran airspace and accused Velmora of lying.'
    found = marks(text)
    assert ("ACCUSE", "crossed into Velmoran airspace", ("attributed", "negated")) in found
    assert ("ACCUSE", "accused", ()) in found


def test_coordinated_labels_stay_one():
    assert pairs("The Tarskian ministry called the claims groundless and hostile.") == [
        ("ACCUSE", "groundless and hostile")]


# ----------------------------------------------------------------------------- quotation marks


@pytest.mark.parametrize("text, span", [
    ('Velmora warns of "asymmetric steps" after Tarsk expels diplomats', 'warns of "asymmetric steps"'),
    ('Korska suspends arms control treaty, warns of "retaliation"', 'warns of "retaliation"'),
    ('Velmora on Tuesday threatened to take "asymmetric steps" against Tarsk.',
     'threatened to take "asymmetric steps"'),
    ('Velmora threatened to take “asymmetric steps” against Tarsk.', 'threatened to take “asymmetric steps”'),
])
def test_a_span_that_opens_a_quotation_ends_on_its_closing_mark(text, span):
    assert span in [s for _, s in pairs(text)]


def test_a_label_inside_quotation_marks_keeps_them_out():
    assert pairs('The Tarskian minister called the move "unfriendly".') == [("ACCUSE", "unfriendly")]


# ----------------------------------------------------------------------------- appeals


@pytest.mark.parametrize("text, expected", [
    ('"We call on Korska to reverse this decision," the Velmoran spokesman said.',
     [("REQUEST", "reverse this decision")]),
    ("The United States called on both countries to de-escalate and offered to mediate.",
     [("REQUEST", "de-escalate"), ("CONSULT", "offered to mediate")]),
])
def test_an_appeal_needs_no_event_word_of_its_own(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "He called on his friends to come to the party.",
    "She called him to ask about the weather.",
])
def test_calls_that_are_no_appeals_stay_unmarked(text):
    assert pairs(text) == []


# ----------------------------------------------------------------------------- names and objects


@pytest.mark.parametrize("text, expected", [
    ("Tavia threatened to take the dispute to the International Court of Justice.",
     [("THREATEN", "threatened to take the dispute to the International Court of Justice")]),
    ("Tavia took the case to the International Criminal Court.",
     [("ACCUSE", "took the case to the International Criminal Court")]),
    ("Tavia took the case to the court.", [("ACCUSE", "took the case to the court")]),
])
def test_a_court_is_named_whole(text, expected):
    assert pairs(text) == expected


def test_a_recall_takes_a_possessive_name():
    assert codes("Tavia also threatened to recall Tavia's ambassador from Meru.") == [
        ("THREATEN", "threatened to recall Tavia's ambassador", "1313")]
    assert pairs("Tavia recalled its ambassador from Meru.") == [("SANCTION", "recalled its ambassador")]


def test_a_build_up_stops_before_its_condition():
    text = ("Kessia said it would reinforce its garrison there if Ostravan forces continued their exercises "
            "along the frontier.")
    found = pairs(text)
    assert ("MOBILIZE", "reinforce its garrison") in found
    assert "conditional" in mods(text, "reinforce its garrison")
    assert pairs("Velmora has beefed up its military presence near the border.") == [
        ("MOBILIZE", "beefed up its military presence")]


@pytest.mark.parametrize("text, expected", [
    ("Kessia suggested opening a crisis hotline between the two defence ministries.", [("CONSULT", "hotline")]),
    ("The Kessian army set up a crisis centre.", []),
    ("The crisis deepened on Monday.", [("DETERIORATE", "crisis")]),
])
def test_a_noun_of_trouble_before_a_channel_names_it(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- posture and concessions


@pytest.mark.parametrize("text, expected", [
    ("Ostrava has moved tanks and artillery closer to the heights.",
     [("MOBILIZE", "moved tanks and artillery closer to the heights")]),
    ("The Lorvian navy deployed three frigates and a submarine to the strait.",
     [("MOBILIZE", "deployed three frigates and a submarine to the strait")]),
    # without a place the first object keeps its row
    ("The Lorvian navy deployed three frigates and a submarine.", [("MOBILIZE", "deployed three frigates")]),
])
def test_two_kinds_of_forces_moved_to_a_place_are_one_deployment(text, expected):
    assert pairs(text) == expected


def test_a_claim_or_demand_abandoned_is_a_concession():
    text = '"Neither side has abandoned its maximalist demands," said a Geneva researcher.'
    assert pairs(text) == [("CONCEDE", "abandoned its maximalist demands")]
    assert "negated" in mods(text, "abandoned its maximalist demands")
    assert pairs("Tarsk dropped its demands.") == [("CONCEDE", "dropped its demands")]
    assert pairs("Tarsk dropped its guard.") == []


def test_all_means_at_its_disposal_is_a_threat_of_force():
    text = 'Lorvia warned that it would "use all means at its disposal" if the vessel was not freed.'
    assert codes(text) == [("THREATEN", "all means at its disposal", "138")]
    assert "conditional" in mods(text, "all means at its disposal")


def test_a_past_verb_after_a_preposition_of_time_is_no_complement_of_a_head():
    text = ("The ultimatum came a day after Dalmarian coastguard boats boarded the tanker Sirena in the Strait "
            "of Orsk.")
    assert pairs(text) == [("THREATEN", "ultimatum"), ("COERCE", "boarded")]
    # what the head governs stays in it
    assert pairs("Moscow demanded the withdrawal of troops and the lifting of sanctions.") == [("DEMAND", "demanded")]


def test_a_denied_violation_leaves_the_accord_standing():
    found = marks("Velmora denied violating the accord.")
    assert ("ACCUSE", "violating", ("attributed", "negated")) in found
    assert ("AGREE", "accord", ("attributed",)) in found
    # a cooperative step denied itself stays negated
    assert "negated" in mods("Velmora denied that talks had taken place.", "talks")


# ----------------------------------------------------------------------------- offers to host, relief goods


@pytest.mark.parametrize("text, expected", [
    ("A European Union spokesman said the bloc was ready to host a meeting of the two foreign ministers.",
     [("CONSULT", "ready to host a meeting")]),
    ("Kenya offered to host emergency talks in Nairobi.", [("CONSULT", "offered to host emergency talks")]),
    ("The hotel was ready to host a wedding.", []),
])
def test_readiness_to_host_a_meeting_is_one_intent_to_meet(text, expected):
    assert pairs(text) == expected


def test_relief_goods_sent_are_aid():
    assert pairs("The UN refugee agency said it was sending tents and water to a camp in Meru.") == [
        ("AID", "sending tents")]
    assert pairs("Police sent water cannon to the square.") == [("COERCE", "water cannon")]
