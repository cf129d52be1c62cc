"""Escalation lens, readings decided on wire texts, a further set: reciprocal answers told in the
past, a "will not tolerate" warning with a free relative of naming or an adjective before its noun, a
negation that denies harm to a tie, a relationship that improves, blame laid on a fault, and a side's
own investigators let in. Constructed wire-style sentences about fictional countries; each rule with
its near misses, which must stay as they are."""

from __future__ import annotations

import pytest

from escalation_marks import labels, marks, mods, pairs


# ----------------------------------------------------------------------------- reciprocal answers given


@pytest.mark.parametrize("text", [
    "In 2019, the two countries expelled a total of 18 diplomats in a series of tit-for-tat moves.",
    "Velm responded tit-for-tat.",
    "Velm has responded tit-for-tat to the closure.",
    "In March, Tarsk took retaliatory steps against Velm.",
])
def test_a_reciprocal_answer_told_in_the_past_is_no_threat(text):
    assert "THREATEN" not in labels(text)


def test_the_acts_answered_keep_their_marks():
    assert pairs("In 2019, the two countries expelled a total of 18 diplomats in a series of tit-for-tat moves.") == [
        ("SANCTION", "expelled")]


@pytest.mark.parametrize("text, span", [
    ("Velm promised a tit-for-tat response.", "tit-for-tat"),
    ("Velm vowed a tit-for-tat response.", "tit-for-tat"),
    ("Tarsk said it will respond tit-for-tat.", "tit-for-tat"),
    ("Velm would have responded tit-for-tat.", "tit-for-tat"),
    ("Velm said a tit-for-tat response was possible.", "tit-for-tat"),
    ("Tarsk threatened to take retaliatory steps.", "threatened to take retaliatory steps"),
    ("Velm urged tit-for-tat measures.", "tit-for-tat"),
    # a past verb in the sentence before reaches no further than its own sentence
    ("Velm expelled two envoys. A tit-for-tat response is likely.", "tit-for-tat"),
])
def test_a_promised_reciprocal_answer_stays_a_threat(text, span):
    assert ("THREATEN", span) in pairs(text)


def test_a_supposed_reciprocal_answer_stays_a_conditional_threat():
    text = "If Velm responded tit-for-tat, the row would deepen."
    assert ("THREATEN", "tit-for-tat") in pairs(text)
    assert "conditional" in mods(text, "tit-for-tat")


def test_a_reciprocal_act_told_in_the_past_keeps_the_word_in_its_span():
    assert pairs("The two sides have engaged in tit-for-tat expulsions.") == [("SANCTION", "tit-for-tat expulsions")]


# ----------------------------------------------------------------------------- "will not tolerate"


@pytest.mark.parametrize("text, span", [
    ('Orsa\'s foreign ministry said it would "not tolerate" what it described as hostile intelligence activity.',
     'would "not tolerate"'),
    ("Orsa would not tolerate what it called interference in its affairs.", "would not tolerate"),
    ("Orsa said it would not allow what it described as provocations.", "would not allow"),
])
def test_a_warning_against_what_a_side_names_with_a_hostile_label(text, span):
    assert ("THREATEN", span) in pairs(text)
    assert "ACCUSE" in labels(text)  # the label keeps its own mark


def test_a_free_relative_with_no_hostile_label_is_no_warning():
    assert "THREATEN" not in labels("Orsa would not tolerate what it called a fair price.")


@pytest.mark.parametrize("text, span", [
    ("Orsa said it would not tolerate hostile activity on its soil.", "would not tolerate hostile activity"),
    ("Tarsk will not tolerate hostile moves any longer.", "will not tolerate hostile moves"),
    ("Tarsk will not tolerate hostile acts against its ships.", "will not tolerate hostile acts"),
    ("Tarsk would not tolerate unfriendly steps.", "would not tolerate unfriendly steps"),
    # near misses: a noun object keeps its span, as before
    ('"We will not tolerate espionage on our soil," she said.', "will not tolerate espionage"),
    ("Tarsk will not tolerate blackmail.", "will not tolerate blackmail"),
])
def test_a_warned_object_ends_at_its_head_noun(text, span):
    assert ("THREATEN", span) in pairs(text)


# ----------------------------------------------------------------------------- harm to a tie denied


@pytest.mark.parametrize("text", [
    "Kessia might choose a limited response to avoid further damage to trade ties.",
    "Velm said there would be no harm to trade ties.",
])
def test_a_negated_harm_to_a_tie_is_no_refusal(text):
    assert "REJECT" not in labels(text)
    assert [m for label, _, m in marks(text) if label == "COOPERATE" and "negated" in m] == []


def test_a_refused_tie_stays_a_refusal():
    assert labels("Velm would not strengthen trade ties.") == ["REJECT"]
    assert mods("Tarsk has no trade ties with Velm.", "trade ties") == ("negated",)


# ----------------------------------------------------------------------------- relations that improve


@pytest.mark.parametrize("text, span", [
    ("Relations recovered only partly.", "recovered"),
    ("Relations have improved since the summit.", "improved"),
    ("Relations between Tarsk and Velm have improved.", "improved"),
    ("Ties began to thaw last year.", "thaw"),
    ("The relationship has warmed considerably.", "warmed"),
])
def test_a_relationship_that_improves_is_an_optimistic_comment(text, span):
    assert ("SUPPORT", span) in pairs(text)


@pytest.mark.parametrize("text", [
    "Race relations improved in the 1990s.",
    "The economy recovered.",
    "Public relations improved after the campaign.",
])
def test_other_relations_and_other_recoveries_are_no_comment(text):
    assert "SUPPORT" not in labels(text)


def test_relations_that_worsen_stay_a_pessimistic_comment():
    assert pairs("Relations worsened.") == [("DETERIORATE", "worsened")]


# ----------------------------------------------------------------------------- blame laid on a fault


@pytest.mark.parametrize("text", [
    "Orsan officials initially blamed a gas leak.",
    "Its absence has been blamed for several near-misses.",
    "Officials blamed the weather for the delays.",
    "Dalgaz blamed the halt on technical problems.",
    "Officials are blaming a technical fault.",
])
def test_blame_laid_on_a_fault_accuses_nobody(text):
    assert "ACCUSE" not in labels(text)


@pytest.mark.parametrize("text", [
    "Orsa blamed Velm.",
    "Orsa blamed Tarsk's navy for the collision.",
    "Orsa blamed the rebels.",
    "The rebels were blamed for the attack.",
    "The attack was blamed on the rebels.",
    "Velm blamed the explosion on Tarsk.",
    "Velm is blaming Tarsk.",
])
def test_blame_aimed_at_a_party_stays_an_accusation(text):
    assert "ACCUSE" in labels(text)


# ----------------------------------------------------------------------------- investigators let in


def test_letting_a_sides_own_investigators_work_is_no_step_back():
    text = ("Shipping was suspended and may not resume, the port authority said, presumably to allow "
            "investigators to examine the site.")
    assert "RETREAT" not in labels(text)
    assert "CONCEDE" not in labels(text)


@pytest.mark.parametrize("text, span", [
    ("Tarsk will allow international investigators into the country.", "allow international investigators"),
    ("Tarsk allowed investigators from the OPCW to visit the site.", "allowed investigators"),
    ("Tarsk will allow Velmoran investigators to examine the wreck.", "allow Velmoran investigators"),
    ("Tarsk allowed inspectors to visit the site.", "allowed inspectors"),
    ("Tarsk allowed monitors to enter the zone.", "allowed monitors"),
])
def test_outsiders_let_in_stay_a_step_back(text, span):
    assert ("RETREAT", span) in pairs(text)


def test_aid_convoys_allowed_to_pass_stay_a_concession():
    assert pairs("Tarsk allowed aid convoys to pass.") == [("CONCEDE", "allowed")]


@pytest.mark.parametrize("text, expected", [
    # the formula keeps only the moment and the manner open: the answer is promised
    ('Tarsk said it would respond "in a manner and at a time of our choosing".', [("THREATEN", "respond")]),
    ("Tarsk will respond at a time of its choosing.", [("THREATEN", "respond")]),
    # a side that speaks of itself after a verb of saying promises as the side does
    ("Tarsk said it would respond.", [("THREATEN", "respond")]),
    # a reply to a thing, an observer's forecast and a crowd's reaction are none
    ("The ministry said it would respond to questions.", []),
    ("Analysts said it would respond at a time of its choosing.", []),
    ("Investors said they would react.", []),
])
def test_a_response_at_a_time_of_the_sides_choosing_is_a_veiled_threat(text, expected):
    assert pairs(text) == expected
