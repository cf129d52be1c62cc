"""The escalation lens on veiled threats that name the speaker's side, phrasal verbs under a negation,
ships pulled back or sent out, refusals to leave, fighters freed, talks offered to be hosted and weapons
of mass destruction used (datasets/ANNOTATION.md §8.4, Veiled threats in the third person, phrasal
verbs, ships and plain words). Each case is checked both ways: the reading decided, and its near miss
left as it was."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import codes, marks, pairs


# ------------------------------------------------------------- veiled threats in the third person


@pytest.mark.parametrize("text, expected", [
    ("Velm said Tarsk would have only itself to blame if Velm retaliated.",
     [("THREATEN", "would have only itself to blame if Velm retaliated", ("attributed", "conditional"))]),
    ("Velk warned that Tarsk would not hesitate to respond and said Lorvia should not be surprised if Tarsk "
     "took further measures.",
     [("THREATEN", "would not hesitate to respond", ("attributed",)),
      ("THREATEN", "should not be surprised if Tarsk took further measures", ("attributed", "conditional"))]),
    ("Moscow will respond to any provocation, and NATO should not be surprised if Moscow acts.",
     [("THREATEN", "respond", ()), ("THREATEN", "should not be surprised if Moscow acts", ("conditional",))]),
    ("The Kremlin said Velm would have only itself to blame if the Kremlin responded.",
     [("THREATEN", "would have only itself to blame if the Kremlin responded", ("attributed", "conditional"))]),
])
def test_a_veiled_threat_may_name_the_speakers_side_in_the_third_person(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name new to the sentence is no side of a speaker's; the party warned is not its own threat
    ("Analysts said Tarsk should not be surprised if Velm responds.", []),
    ("Tarsk should not be surprised if Tarsk acts.", []),
    ("Analysts should not be surprised if the talks fail.", [("CONSULT", "talks")]),
    ("Tarsk said Velm would have only itself to blame if the Kremlin responded.", [("ACCUSE", "blame")]),
])
def test_a_veiled_threat_needs_the_speakers_side(text, expected):
    assert pairs(text) == expected


def test_the_purpose_of_a_veiled_threat_ends_on_its_noun_not_its_determiner():
    assert pairs("Lorvia should not be surprised if we take further measures to protect our vessels in the "
                 "strait.") == [
        ("THREATEN", "should not be surprised if we take further measures to protect our vessels")]
    assert pairs("Tarsk will have only itself to blame if we respond to protect our fishing fleet.") == [
        ("THREATEN", "will have only itself to blame if we respond to protect our fishing fleet")]


# --------------------------------------------------------------- phrasal verbs under a negation


@pytest.mark.parametrize("text, expected", [
    ("Korska did not carry out a nuclear test on Monday.", [("MOBILIZE", "nuclear test", ("negated",))]),
    ("Korska threatened a nuclear test. Korska did not carry out a test on Monday.",
     [("THREATEN", "threatened", ()), ("MOBILIZE", "nuclear test", ("attributed",)),
      ("MOBILIZE", "test", ("negated",))]),
    ("The secretary-general urged Korska not to carry out a nuclear test.",
     [("REQUEST", "urged", ()), ("MOBILIZE", "nuclear test", ("attributed", "negated"))]),
])
def test_a_phrasal_verb_counts_as_one_word_between_a_negation_and_the_event(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same reading as with a one-word verb; a declared refusal stays restraint
    ("Korska did not conduct a nuclear test.", [("MOBILIZE", "nuclear test", ("negated",))]),
    ("Korska will not carry out a nuclear test.", [("RESTRAINT", "will not carry out a nuclear test", ())]),
    ("Korska carried out a nuclear test on Monday.", [("MOBILIZE", "nuclear test", ())]),
])
def test_a_phrasal_verb_near_misses(text, expected):
    assert marks(text) == expected


# ----------------------------------------------------------------------- ships and coast guards


@pytest.mark.parametrize("text, expected", [
    ("The navy pulled its ships back.", [("RETREAT", "pulled its ships back")]),
    ("Tarsk said it had pulled one cutter back to port.", [("RETREAT", "pulled one cutter back")]),
    ("Tarsk sent three coast guard cutters to the reef.",
     [("MOBILIZE", "sent three coast guard cutters to the reef")]),
])
def test_ships_and_coast_guard_cutters_pulled_back_or_sent_out(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The coast guard pulled the boats back onto the beach.", []),
    ("The fishermen pulled their nets back.", []),
])
def test_boats_on_a_beach_and_nets_are_no_pull_back(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- refusals to leave


@pytest.mark.parametrize("text, expected", [
    ("Tarsk said it will not leave the bay.", [("REJECT", "will not leave the bay", "120")]),
    ("He said the army would not leave Dorn.", [("REJECT", "would not leave Dorn", "120")]),
    ("Our ships will not leave the strait.", [("REJECT", "will not leave the strait", "120")]),
])
def test_a_declared_refusal_to_leave_a_place(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "Residents said they would not leave the area.",
    "The family said it would not leave the area.",
    "The army would not leave Monday.",
    "The troops will not leave until Friday.",
])
def test_a_refusal_to_leave_needs_a_state_and_a_place(text):
    assert pairs(text) == []


# --------------------------------------------------------------------- people freed, hosts, WMD


@pytest.mark.parametrize("text, expected", [
    ("Meru freed 60 rebel fighters.", [("CONCEDE", "freed 60 rebel fighters")]),
    ("Norway said it was ready to host a new round of talks next week.",
     [("CONSULT", "ready to host a new round of talks")]),
    ("Norway offered to host the next round of peace talks in Oslo.",
     [("CONSULT", "offered to host the next round of peace talks")]),
])
def test_fighters_freed_and_talks_offered_to_be_hosted(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tarsk released a statement praising the soldiers.", [("SUPPORT", "praising")]),
    ("The army released footage of fighters crossing the river.", []),
    ("A new round of talks will begin on Monday.", [("CONSULT", "new round of talks")]),
])
def test_a_statement_released_and_talks_without_a_host(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Korska used chemical weapons against the town.", [("ASSAULT", "used chemical weapons", "2041")]),
    ("Drel said Korska was willing to use nuclear weapons.",
     [("THREATEN", "willing to use nuclear weapons", "138")]),
])
def test_weapons_of_mass_destruction_used_or_threatened(text, expected):
    assert codes(text) == expected


def test_a_warned_use_of_weapons_of_mass_destruction_is_a_threat_of_force():
    found = marks("Drel warned that Korska would use nuclear weapons if its territory was attacked.")
    assert [(label, span) for label, span, _ in found] == [("THREATEN", "use nuclear weapons"), ("ASSAULT", "attacked")]
    assert all("conditional" in m for _, _, m in found)
    threat = [a for a in analyze("Drel warned that Korska would use nuclear weapons if its territory was attacked.")
              .annotations if a.label == "THREATEN"]
    assert "CAMEO 138" in threat[0].reference


def test_weapons_of_mass_destruction_held_stay_posture():
    assert codes("Varnia has nuclear weapons.") == [("MOBILIZE", "nuclear weapons", "150")]
    assert pairs("Varnia said it would not be the first to use nuclear weapons.") == [
        ("RESTRAINT", "would not be the first to use nuclear weapons")]


# ------------------------------------------------------------ alerts lowered, conditions, charges


@pytest.mark.parametrize("text, expected", [
    ("Korska said it would lower the alert level.", [("RETREAT", "lower the alert level")]),
    ("The alert level was lowered.", [("RETREAT", "alert level was lowered")]),
    ("Korska lifted the alert on its nuclear forces.", [("RETREAT", "lifted the alert")]),
])
def test_forces_taken_down_from_an_alert_pull_back(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Korska raised the alert level.", [("MOBILIZE", "alert level")]),
    ("Korska placed its forces on high alert.", [("MOBILIZE", "high alert")]),
    ("Police lifted the alert after the package was found.", []),
])
def test_an_alert_raised_or_lifted_by_police_is_no_pull_back(text, expected):
    assert pairs(text) == expected


def test_a_head_does_not_take_in_its_condition():
    text = ("Velmora imposed tariffs on steel. Dalmar offered to suspend its counter-measures if Velmora lifted "
            "the steel duties.")
    assert marks(text) == [
        ("SANCTION", "imposed tariffs", ()),
        ("AGREE", "offered to suspend its counter-measures", ("conditional",)),
        ("CONCEDE", "lifted the steel duties", ("attributed", "conditional"))]
    # near miss: what the head governs outside a condition stays in it
    assert pairs("Dalmar offered to suspend its counter-measures on Friday.") == [
        ("AGREE", "offered to suspend its counter-measures")]


def test_boarding_threatened_near_coast_guard_cutters():
    text = ("Lorvia gave the cutters 48 hours to leave the area, warning that it would board any vessel that "
            "stayed.")
    assert pairs(text) == [("THREATEN", "gave the cutters 48 hours"), ("THREATEN", "board")]
    assert pairs("Passengers will board the ferry at noon.") == []


@pytest.mark.parametrize("text, expected", [
    ('Velmora said it would not reward "unfair trade practices."',
     [("REJECT", 'would not reward "unfair trade practices."'), ("ACCUSE", "unfair trade practices")]),
    ("Velmora accused Dalmar of unfair trade practices.",
     [("ACCUSE", "accused"), ("ACCUSE", "unfair trade practices")]),
    ("The agency reviews claims of unfair trade practices by retailers.", []),
])
def test_unfair_trade_practices_is_a_charge_between_states(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Korska accused Varnia of preparing a first strike.",
     [("ACCUSE", "accused", ()), ("ASSAULT", "first strike", ("attributed", "hedged"))]),
    ("Officials said Tarsk was plotting an attack.", [("ASSAULT", "attack", ("attributed", "hedged"))]),
])
def test_an_event_being_prepared_is_not_done(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Varnia launched a first strike.", [("ASSAULT", "first strike", ())]),
    ("Tarsk prepared a report on the attack.", [("ASSAULT", "attack", ())]),
])
def test_an_event_told_or_reported_on_is_not_prepared(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Oster said Dalmar would impose counter-sanctions on Velmoran farm goods within a week.",
     [("SANCTION", "impose counter-sanctions")]),
    ("Dalmar imposed counter-sanctions.", [("SANCTION", "imposed counter-sanctions")]),
    ("Counter-sanctions took effect.", [("SANCTION", "Counter-sanctions")]),
])
def test_counter_sanctions_imposed_take_their_verb(text, expected):
    assert pairs(text) == expected


def test_the_speakers_side_may_be_named_in_the_title_after_a_quotation():
    text = '"NATO should not be surprised if Russia takes countermeasures," Russian Foreign Minister Sergei Lavrov said.'
    assert marks(text) == [("THREATEN", "should not be surprised if Russia takes countermeasures",
                            ("attributed", "conditional", "quoted"))]


# --------------------------------------------------------------------- talks that end without a deal


@pytest.mark.parametrize("text, expected", [
    ("Talks ended without a deal.", [("CONSULT", "Talks", ()), ("AGREE", "deal", ("negated",))]),
    ("The talks ended without an agreement, but both sides agreed to meet again next month.",
     [("CONSULT", "talks", ()), ("AGREE", "agreement", ("negated",)), ("AGREE", "agreed to meet again", ())]),
])
def test_talks_that_end_without_an_agreement_end_nothing_agreed(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velmora ended the agreement.", [("REJECT", "ended the agreement", ())]),
    ("The war ended with a ceasefire.", [("RETREAT", "ceasefire", ())]),
])
def test_an_agreement_ended_is_still_left(text, expected):
    assert marks(text) == expected
