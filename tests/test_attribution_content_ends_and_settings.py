"""Where a reported content ends before the writer's own words (ANNOTATION.md §6.2): the writer's
note on the speech act itself (", without giving details", ", although she gave no details"), a
setting after the content with the outlet that carried it (", in remarks carried by ..."), a
headline's second clause with a subject of its own; and the subject of a second reported clause
after "and that". Constructed wire-style sentences with fictional places; each case checks the
right reading and the near miss that must keep its old one."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, relations
from course import analyze


def _content(text: str, cue: str) -> str | None:
    hit = by_cue(text, cue)
    assert hit is not None, relations(text)
    return hit[2]


def _via(text: str, cue: str) -> str | None:
    """The via of the one relation whose cue is ``cue``."""
    hits = [r for r in analyze(text).attributions if r.cue.text == cue]
    assert len(hits) == 1, [(r.source and r.source.text, r.cue.text) for r in analyze(text).attributions]
    return hits[0].via.text if hits[0].via else None


# --- the writer's note on the speech act: what the speaker left out is no content ---
@pytest.mark.parametrize("text, cue, content", [
    ("Velm said it was disappointed and would work with partners on other measures, without giving details.",
     "said", "it was disappointed and would work with partners on other measures"),
    ("Some lawmakers have hinted at foreign involvement, without naming a country.",
     "have hinted at", "foreign involvement"),
    ("The envoy said the convoy had been attacked, without citing evidence.", "said", "the convoy had been attacked"),
    ("The ministry said talks would resume soon, without elaborating.", "said", "talks would resume soon"),
    ("Tarsk's prime minister said she expected talks to resume within weeks, although she gave no details.",
     "said", "she expected talks to resume within weeks"),
    ("The ministry said the border would reopen, though it did not give a date.", "said", "the border would reopen"),
    ("Kessian officials said the drills would end soon, although they offered no timeline.",
     "said", "the drills would end soon"),
])
def test_note_on_the_speech_act_ends_the_content(text, cue, content):
    assert _content(text, cue) == content


@pytest.mark.parametrize("text, cue, content", [
    # no gerund of saying: the manner is the speaker's ("act without delay")
    ("Velm said it would act, without delay.", "said", "it would act, without delay"),
    # another act, with or without a comma, is part of the report
    ("Velm said the troops had crossed without firing a shot.", "said", "the troops had crossed without firing a shot"),
    ("Velm said the troops had crossed, without firing a shot.", "said", "the troops had crossed, without firing a shot"),
    # a concessive clause whose subject is not the speaker stays in the report
    ("Velm said the talks would go on, although no date had been set.",
     "said", "the talks would go on, although no date had been set"),
    ("Velm said the talks would go on, although the envoys had not agreed on a venue.",
     "said", "the talks would go on, although the envoys had not agreed on a venue"),
])
def test_near_misses_keep_their_clause(text, cue, content):
    assert _content(text, cue) == content


# --- a setting after the content: the occasion, and the outlet that carried it as the via ---
@pytest.mark.parametrize("text, content, via", [
    ("Tarsk's foreign minister said on Sunday that new sanctions would not change his country's policy, "
     "in remarks carried by the state news agency TANA.", "new sanctions would not change his country's policy",
     "the state news agency TANA"),
    ("Tarsk's foreign minister said that sanctions would not change policy, in comments broadcast by state television.",
     "sanctions would not change policy", "state television"),
    ("Tarsk's foreign minister said that sanctions would not change policy, in a statement carried by the agency TANA.",
     "sanctions would not change policy", "the agency TANA"),
    # the outlet the speaker talks to is the audience, not the via
    ("Tarsk's foreign minister said that sanctions would not change policy, in an interview with the broadcaster VTV.",
     "sanctions would not change policy", None),
    ("Tarsk's foreign minister said that sanctions would not change policy, in remarks to reporters in Velma.",
     "sanctions would not change policy", None),
])
def test_setting_after_the_content(text, content, via):
    assert _content(text, "said") == content
    assert _via(text, "said") == via


def test_setting_before_the_clause_names_the_via_too():
    text = "Keel said in remarks carried by the state news agency VNA that her government would not pay."
    assert _content(text, "said") == "her government would not pay"
    assert _via(text, "said") == "the state news agency VNA"
    # an interview's partner is the audience
    assert _via("Keel said in an interview with the broadcaster VTV that her government would not pay.", "said") is None


def test_comments_inside_the_clause_stay():
    # no comma: "in comments made online" is a phrase of the reported clause
    text = "The minister said that sanctions would not change the rise in comments made online."
    assert _content(text, "said") == "sanctions would not change the rise in comments made online"


# --- a headline's second clause with a subject of its own ---
def test_headline_second_clause_ends_the_content():
    text = 'Tarsk minister says sanctions "will not change our course", Velm sees talks within weeks'
    assert _content(text, "says") == 'sanctions "will not change our course"'
    assert _content("Tarsk minister says sanctions will not change course, Velm sees talks within weeks",
                    "says") == "sanctions will not change course"


@pytest.mark.parametrize("text, content", [
    # a body sentence keeps its reading
    ("Tarsk minister says sanctions will not change course, Velm sees talks within weeks.",
     "sanctions will not change course, Velm sees talks within weeks"),
    # a list of subjects in the reported clause, and a relative clause between commas
    ("Velm says Tarsk, Kessia and Drava agree on talks", "Tarsk, Kessia and Drava agree on talks"),
    ("Velm says talks with Tarsk, Kessia will resume", "talks with Tarsk, Kessia will resume"),
    ("Velm says the border, which Tarsk crossed, remains closed", "the border, which Tarsk crossed, remains closed"),
])
def test_headline_near_misses(text, content):
    assert _content(text, "says") == content


# --- "and that" opens a second reported clause: its subject is the nested source ---
@pytest.mark.parametrize("text, source", [
    ("Drava's security service said the men had been caught photographing a military airfield and that material "
     "found on their phones pointed to links with Kessian intelligence.", "material found on their phones"),
    ("Drava's security service said the men had been caught and that evidence found at the scene pointed to "
     "links with Kessian intelligence.", "evidence found at the scene"),
    ("Drava's security service said the men had been caught and that the material pointed to links with Kessian "
     "intelligence.", "the material"),
])
def test_second_clause_after_and_that(text, source):
    hit = by_cue(text, "pointed to")
    assert hit is not None and hit[0] == source, relations(text)
    assert hit[2] == "links with Kessian intelligence"


def test_relative_that_keeps_its_head():
    # a relative "that" after a noun, not after "and", keeps the head with its clause
    text = "The report that the panel published found that the men had lied."
    assert by_cue(text, "found")[0] == "The report that the panel published"


# --- a renaming relative with an "as" label reports its label, with "that" or none ---
@pytest.mark.parametrize("text", [
    "Relations have worsened since Drava joined a regional defence pact, a move Kessia described as hostile.",
    "Relations have worsened since Drava joined a regional defence pact, a move that Kessia described as hostile.",
])
def test_renaming_relative_reports_its_label(text):
    assert by_cue(text, "described")[:3] == ("Kessia", "described", "hostile")


def test_concessive_clause_needs_the_missing_support():
    # the speaker gave something else: the clause is part of the report
    text = "The minister said talks would resume, although she gave a speech on trade."
    assert _content(text, "said") == "talks would resume, although she gave a speech on trade"


def test_other_participles_after_a_noun_keep_no_source():
    # a participle of another act: the object of its preposition is no source, and nothing reports
    text = "An attack launched on Tarsk vessels would invoke the treaty, officials said."
    assert relations(text) == [("officials", "said", "An attack launched on Tarsk vessels would invoke the treaty")]
