"""Escalation lens: steps that need a party or the right object. A suspension or a cancellation by a
company, or caused by an accident with no doer named, is no sanction; freezing or withholding aid is a
reduction of aid (CAMEO 162); a negation reaches an aid noun only through a verb that gives, offers or
accepts it; "host" is a meeting only with a meeting or a visitor as object; a step warned against is the
other side's, negated, and the warning is the threat; "take all necessary measures" needs a side as the
subject of the promise (datasets/ANNOTATION.md §8.4)."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, pairs


# ----------------------------------------------------------------------------- sanctions need a party

@pytest.mark.parametrize("text", [
    "A drone crashed near the airport in Tarsk, forcing the suspension of flights, officials said.",
    "Some airlines cancelled services to Tarsk for the rest of the week as a precaution, the ministry said.",
    "Shipping was suspended on Saturday after the blast.",
    "Flights to Tarsk were suspended after the crash.",
    "Several airlines suspended flights to Tarsk.",
    "Shipping firms halted deliveries to Tarsk.",
])
def test_a_stop_by_a_company_or_an_accident_is_no_sanction(text):
    assert not [p for p in pairs(text) if p[0] == "SANCTION"], marks(text)


@pytest.mark.parametrize("text, span", [
    ("Tarsk suspended flights to Velm.", "suspended flights"),
    ("Kessia has suspended flights to Drava.", "suspended flights"),
    ("The government cancelled the visit.", "cancelled the visit"),
    ("Tarsk suspended flights to Velm after the crash.", "suspended flights"),
    ("Shipping was suspended by Tarsk after the blast.", "suspended"),
    ("Flights to Velm were suspended on Monday.", "suspended"),
    ("Tarsk's suspension of flights after the crash angered Velm.", "suspension"),
])
def test_a_side_that_stops_keeps_the_sanction(text, span):
    assert ("SANCTION", span) in pairs(text), marks(text)


# ----------------------------------------------------------------------------- freezing aid

@pytest.mark.parametrize("text, span", [
    ("The measure freezes about 80 million euros in annual assistance.",
     "freezes about 80 million euros in annual assistance"),
    ("Tarsk froze aid to Velm.", "froze aid"),
    ("Tarsk withheld military aid from Velm.", "withheld military aid"),
    ("Tarsk is withholding $200 million in aid to Velm.", "withholding $200 million in aid"),
])
def test_freezing_or_withholding_aid_is_one_reduction_of_aid(text, span):
    assert codes(text) == [("SANCTION", span, "162")]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk froze the talks on aid.", [("CONSULT", "talks")]),
    ("Tarsk sent 80 million euros in annual assistance to Velm.", [("AID", "assistance")]),
    ("Tarsk froze its assets and sent aid to Velm.", [("SANCTION", "froze its assets"), ("AID", "sent aid")]),
])
def test_aid_not_frozen_keeps_its_reading(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- aid not refused

@pytest.mark.parametrize("text", [
    "It does not affect humanitarian aid, which will continue to flow through UN agencies.",
    "The package does not include humanitarian aid.",
])
def test_a_negated_verb_of_another_meaning_refuses_no_aid(text):
    assert marks(text) == [("AID", "humanitarian aid", ())]


@pytest.mark.parametrize("text, span", [
    ("Tarsk will not provide aid to Velm.", "will not provide aid"),
    ("Tarsk will not send any more humanitarian aid to Velm.", "will not send any more humanitarian aid"),
    ("Tarsk failed to deliver humanitarian aid.", "failed to deliver humanitarian aid"),
])
def test_a_negated_verb_of_giving_refuses_aid(text, span):
    assert pairs(text) == [("REJECT", span)]


# ----------------------------------------------------------------------------- hosting

@pytest.mark.parametrize("text", [
    "Drava hosts tens of thousands of refugees.",
    "Drava hosts foreign troops.",
    "Drava hosts a Velmish air base.",
])
def test_hosting_people_forces_or_a_base_is_no_meeting(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "Drava hosted the talks.",
    "Drava will host the summit next month.",
    "Drava hosted the Tarskan president on Monday.",
    "Drava hosted a second round of talks between Tarsk and Velm.",
])
def test_hosting_a_meeting_or_a_visitor_is_a_consultation(text):
    assert ("CONSULT", "hosted" if "hosted" in text else "host") in pairs(text)


# ----------------------------------------------------------------------------- warned against

@pytest.mark.parametrize("text, act", [
    ("Velm warned Tarsk against a new offensive.", ("ASSAULT", "new offensive")),
    ("Velm warned against a new offensive.", ("ASSAULT", "new offensive")),
    ("Velm warned Tarsk not to launch a new offensive.", ("ASSAULT", "new offensive")),
    ("Velm warned Tarsk against imposing new sanctions.", ("SANCTION", "imposing new sanctions")),
])
def test_a_step_warned_against_is_negated_and_the_warning_is_the_threat(text, act):
    found = marks(text)
    assert found[0][:2] == ("THREATEN", "warned")
    assert (act[0], act[1]) in [(label, span) for label, span, _ in found]
    assert "negated" in next(m for label, span, m in found if (label, span) == act)


@pytest.mark.parametrize("text", [
    "Velm warned that it would launch a new offensive.",
    "Velm warned Tarsk that it would launch a new offensive.",
])
def test_a_warned_act_of_the_warner_stays_the_threat(text):
    assert pairs(text) == [("THREATEN", "new offensive")]


# ----------------------------------------------------------------------------- all necessary measures

@pytest.mark.parametrize("text", [
    "Analysts said Tarsk would take all necessary measures.",
    "Firefighters will take all necessary measures.",
    "Investors will take all necessary measures.",
])
def test_necessary_measures_need_a_side_as_the_subject(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text", [
    "Tarsk will take all necessary measures.",
    "Tarsk said it would take all necessary measures.",
    "Tarsk vowed to take all necessary measures.",
    "Kessia reserves the right to take all necessary measures.",
    "The ministry said the government would take all necessary measures.",
])
def test_a_side_that_promises_necessary_measures_threatens(text):
    assert ("THREATEN", "take all necessary measures") in pairs(text)
