"""Attribution relations that were missed, and source spans that took in too much or too little
(ANNOTATION.md §6.1, §6.2, §6.4). Constructed sentences with fictional places and people."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, rels
from course.document import build_document
from course.lenses.attribution import annotate



# --- E2: a text with who prepared it and a date; a manner phrase between cue and "that" ---

@pytest.mark.parametrize("text", [
    "The memo, drafted by the naval staff and dated Jan. 9, concludes that the mines came from Orsk.",
    "The memo – drafted by the naval staff and dated Jan. 9 – concludes that the mines came from Orsk.",
])
def test_month_abbreviation_inside_a_text_source(text):
    r = by_cue(text, "concludes")
    assert r is not None
    assert r[0].startswith("The memo") and r[0].endswith("dated Jan. 9")
    assert r[2] == "the mines came from Orsk"


@pytest.mark.parametrize("text", [
    "The memo concludes with moderate confidence that the mines came from Orsk.",
    'The memo concludes with "moderate confidence" that the mines came from Orsk.',
    "The envoy said with regret that the border would stay shut.",
])
def test_manner_phrase_between_cue_and_that(text):
    r = rels(text)
    assert len(r) == 1
    # the clause after "that", without the manner phrase
    assert r[0][2] in ("the mines came from Orsk", "the border would stay shut")
    assert "confidence" not in r[0][2] and "regret" not in r[0][2]


def test_with_phrase_holding_a_determiner_is_no_manner_phrase():
    # "agreed with the allies that ...": the allies are a partner, not a manner
    r = by_cue("The envoy agreed with the allies that the deal was fair.", "agreed")
    assert r is None or "confidence" not in (r[2] or "")


# --- E3: a belief of a group reported by one of its members ---

@pytest.mark.parametrize("text, cue, content", [
    ("Officials were certain the pipeline would reopen unless Orsk paid, one of the officials said.",
     "were certain", "the pipeline would reopen unless Orsk paid"),
    ("Diplomats believe the summit will fail, two of the diplomats said.", "believe", "the summit will fail"),
])
def test_group_belief_inside_a_members_report(text, cue, content):
    r = by_cue(text, cue)
    assert r is not None and r[2] == content
    assert by_cue(text, "said") is not None


def test_belief_ascribed_to_another_source_stays_inside():
    # the speaker is not one of the believers: the belief is part of the speaker's claim (§6.1)
    text = "Orsk believes the summit will fail, one of the diplomats said."
    assert by_cue(text, "believes") is None
    assert by_cue(text, "said")[2] == "Orsk believes the summit will fail"


# --- E6: a perfect verb group in a restrictive relative on the source ---

@pytest.mark.parametrize("text, source", [
    ("Analysts who have examined the wreckage, however, said the rocket was old.", "Analysts who have examined the wreckage"),
    ("Engineers who had inspected the dam said the cracks were new.", "Engineers who had inspected the dam"),
])
def test_perfect_relative_keeps_the_source(text, source):
    r = by_cue(text, "said")
    assert r is not None and r[0] == source


def test_perfect_relative_source_is_not_unattributed():
    _, _, alone = annotate(build_document("Analysts who have examined the wreckage said the rocket was old."))
    assert alone == []


# --- E7: an impersonal frame with a bare clause ---

@pytest.mark.parametrize("text, cue, content", [
    ("It is understood the order came from the palace.", "It is understood", "the order came from the palace"),
    ("It is believed the rebels have moved north.", "It is believed", "the rebels have moved north"),
    ("It is thought the talks will resume in Orsk.", "It is thought", "the talks will resume in Orsk"),
])
def test_impersonal_frame_without_that(text, cue, content):
    assert rels(text) == [(None, cue, content, "neutral")]


@pytest.mark.parametrize("text", [
    "It is thought to be the worst attack in years.",  # a raising frame: a hedge, no relation
    "It was announced the king.",  # no clause
])
def test_impersonal_frame_needs_a_clause(text):
    assert rels(text) == []


# --- E9: an opening participial frame before a source with an apposition ---

def test_opening_participle_is_not_the_source():
    text = "Explaining his vote, Velmark's ambassador, Ari Tand, said the text was weak."
    assert by_cue(text, "said")[0] == "Velmark's ambassador, Ari Tand"


def test_apposition_without_a_frame_is_kept():
    text = "Ari Tand, Velmark's ambassador, said the text was weak."
    assert by_cue(text, "said")[0] == "Ari Tand, Velmark's ambassador"


# --- E13: a refusal after "and" is the speaker's own relation ---

def test_refusal_after_and_is_its_own_relation():
    text = "The envoy said her country had abstained and declined to say whether Orsk would veto the next draft."
    assert rels(text) == [
        ("The envoy", "said", "her country had abstained", "neutral"),
        ("The envoy", "declined", "say whether Orsk would veto the next draft", "admission-denial"),
    ]


def test_nested_refusal_of_another_subject_stays_inside():
    # the rebels refused, as the envoy reports: no second relation for the envoy
    text = "The envoy said the rebels had declined to comment."
    assert [r[1] for r in rels(text)] == ["said"]


# --- E17: an agreement or an offer to act inside a report ---

@pytest.mark.parametrize("text, cue, content, cls", [
    ("The mediator said the sides had agreed to swap 40 prisoners.", "had agreed", "swap 40 prisoners", "neutral"),
    ("The mediator said the sides had offered to swap 40 prisoners.", "had offered", "swap 40 prisoners",
     "commissive-directive"),
])
def test_commitment_inside_a_report(text, cue, content, cls):
    assert by_cue(text, cue) == ("the sides", cue, content, cls)
    assert by_cue(text, "said")[0] == "The mediator"


def test_agreeing_with_a_view_inside_a_report_stays_inside():
    # "agreed the deal was fair" shares a view: a mental state the mediator ascribes (§6.1)
    text = "The mediator said the sides agreed the deal was fair."
    assert [r[1] for r in rels(text)] == ["said"]


def test_wish_inside_a_report_stays_inside():
    text = "The mediator said the sides wanted to swap 40 prisoners."
    assert [r[1] for r in rels(text)] == ["said"]


# --- E18: a contact relative after a counted or partitive plural ---

@pytest.mark.parametrize("text, cue", [
    ('Guards seized a group of 12 pilots Velmark regards as "traitors".', "regards"),
    ("Guards seized 12 pilots Velmark has called traitors.", "has called"),
    ("Guards seized a group of 12 pilots Velmark has described as traitors.", "has described"),
    ("Guards seized the pilots Velmark has called traitors.", "has called"),
])
def test_contact_relative_source(text, cue):
    r = by_cue(text, cue)
    assert r is not None and r[0] == "Velmark"
    assert r[2] == "traitors"


def test_counted_plural_before_a_time_is_the_source():
    r = by_cue("Three officials Tuesday said the talks failed.", "said")
    assert r[0] == "Three officials"


# --- E20: an apposition with a bare title and a name ---

@pytest.mark.parametrize("text, source", [
    ('"We will stay," the mission\'s head, former Velmark defence minister Ola Nord, told a news conference.',
     "the mission's head, former Velmark defence minister Ola Nord"),
    ("The mission's head, former minister Ola Nord, said the vote was fair.",
     "The mission's head, former minister Ola Nord"),
])
def test_bare_title_apposition_joins_the_source(text, source):
    r = rels(text)
    assert len(r) == 1 and r[0][0] == source


def test_time_after_a_comma_is_no_apposition():
    assert by_cue("The mission's head, on Monday, said the vote was fair.", "said")[0] == "The mission's head"


# --- E26: an order passed on in the passive ---

@pytest.mark.parametrize("text, cue", [
    ("Farmers were told to vote or lose their land.", "were told"),
    ("Farmers were reportedly told to vote or lose their land.", "told"),
])
def test_passive_told_to(text, cue):
    assert rels(text) == [(None, cue, "vote or lose their land", "neutral")]


def test_passive_told_to_with_an_agent():
    assert rels("He was told by the police to leave.") == [("the police", "was told", "leave", "neutral")]


def test_told_to_a_place_is_no_order():
    assert rels("He was later told to the press.") == []


# --- E30/E31: how the writer reached the speaker is a setting ---

@pytest.mark.parametrize("text, source, cue", [
    ("A ministry spokesman, reached by phone, said the talks were over.", "A ministry spokesman", "said"),
    ("A doctor at the main clinic, reached by satellite phone, described the scene as chaotic.",
     "A doctor at the main clinic", "described"),
    ("Ola Nord, contacted by email, said the talks were over.", "Ola Nord", "said"),
])
def test_contact_participle_is_not_the_source(text, source, cue):
    assert by_cue(text, cue)[0] == source


def test_who_prepared_a_text_stays_in_the_source():
    text = "The assessment, prepared by the army staff, concluded that the talks were over."
    assert by_cue(text, "concluded")[0] == "The assessment, prepared by the army staff"


# --- E36: a label after "as" in a comma relative ---

@pytest.mark.parametrize("text, content", [
    ("The court criticised the ruling, which it described as politically motivated, and vowed to appeal.",
     "politically motivated"),
    ("The court issued a ruling, which it described as flawed.", "flawed"),
])
def test_relative_pronoun_object_with_a_label(text, content):
    assert by_cue(text, "described") == ("it", "described", content, "neutral")


def test_relative_pronoun_object_needs_a_label_after_as():
    assert by_cue("The court issued a ruling, which it described in detail.", "described") is None
    # "as it drove past" is a clause of time, not a label
    found = annotate(build_document("The truck, which it saw as it drove past, was burning."))[0]
    assert all("label after as" not in r.rule for r in found)
