"""Attribution: timeline entries, who speaks after a clause that cannot, labels of participles after
their noun, the speaker's next act in the present, the writer's framing before an inverted report,
and refusals to give details or any comment (ANNOTATION.md §6.1, §6.2, §6.4).

- A chronology dates each entry with a date and a dash ("June 2020 - Talks break down"): the date is
  no part of the source, as a wire dateline is not.
- A participle after a comma speaks for the main clause's subject; when that subject cannot speak
  ("Talks", "the dam", "prices") and an adverbial clause between has a subject that can ("after Orsa
  walks out"), the participle goes on with that subject.
- A participle after its noun that reports a view keeps the label after "as", quoted or not ("a
  resolution describing the dam as "a threat""), as the finite "described the talks as constructive".
- After a cue in the "-s" form, "and" + an "-s" verb with its object is the speaker's next act when the
  reported clause's verb is plural ("says the drills are ... and puts its air defences on alert"); an
  "-s" verb that agrees with the clause's own singular subject stays in the content.
- An opening "In a sign that ...", "In a move seen as ...", "In what appeared to be ..." is the writer's
  interpretation, no part of an inverted report's content.
- "did not spell out / elaborate / go into detail" with a question, a topic or nothing, "had no
  (immediate) comment" and "there was no immediate comment from X" are refusals to speak
  (admission-denial).
"""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, relations, rels


# --- Timeline entries -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source", [
    ("November 2021 - The two sides agree to resume talks under UN auspices.", "agree", "The two sides"),
    ("15 March 2019 — Tarsk says the border will stay closed.", "says", "Tarsk"),
    ("Oct. 3, 2021 – Velm pledges to withdraw its troops.", "pledges", "Velm"),
    ("2014 - Tarsk announces a blockade of the strait.", "announces", "Tarsk"),
])
def test_a_timeline_date_before_a_dash_is_no_part_of_the_source(text, cue, source):
    rel = by_cue(text, cue)
    assert rel is not None and rel[0] == source, relations(text)


@pytest.mark.parametrize("text, cue, source", [
    # (a date with no dash, and a hyphen joined to a year, open no timeline entry)
    ("March 2020 was when Tarsk said the talks had failed.", "said", "Tarsk"),
    ("The 2020-21 talks failed, officials said.", "said", "officials"),
    # (the wire dateline keeps its reading)
    ("LONDON, Oct 15 (Kitwire) - Tarsk said the talks had failed.", "said", "Tarsk"),
])
def test_near_misses_of_a_timeline_date_keep_their_reading(text, cue, source):
    rel = by_cue(text, cue)
    assert rel is not None and rel[0] == source, relations(text)


# --- A participle after a clause whose subject cannot speak -----------------------------------------

@pytest.mark.parametrize("text, source", [
    ("June 2020 - Talks mediated by the regional bloc break down after Orsa walks out, accusing Tarsk of "
     "bad faith.", "Orsa"),
    ("Talks broke down after Orsa walked out, accusing Tarsk of bad faith.", "Orsa"),
    ("The talks collapsed when the Orsan delegation left, saying Tarsk had lied.", "the Orsan delegation"),
    ("Prices rose after the minister resigned, citing ill health.", "the minister"),
])
def test_a_participle_speaks_for_the_adverbial_clause_when_the_main_subject_cannot(text, source):
    cue = next(r[1] for r in rels(text) if r[1] in ("accusing", "saying", "citing"))
    assert by_cue(text, cue)[0] == source, relations(text)


@pytest.mark.parametrize("text, source", [
    # (a main subject that can speak keeps the participle, whoever acts in the adverbial clause)
    ("Tarsk expelled two envoys after the talks failed, saying the envoys had spied.", "Tarsk"),
    ("Tarsk expelled two envoys after Orsa protested, saying the envoys had spied.", "Tarsk"),
    ("The ministry recalled its envoy after Orsa protested, saying the move was overdue.", "The ministry"),
    # (an adverbial clause whose subject cannot speak either changes nothing)
    ("Talks broke down after prices rose, accusing nobody.", "Talks"),
])
def test_a_main_subject_that_can_speak_keeps_the_participle(text, source):
    cue = next(r[1] for r in rels(text) if r[1] in ("accusing", "saying"))
    assert by_cue(text, cue)[0] == source, relations(text)


def test_as_before_a_noun_phrase_opens_no_adverbial_clause():
    text = "The operation was described as a strategy of Velm, rejecting the outcome."
    assert by_cue(text, "rejecting")[0] == "The operation", relations(text)


# --- A participle after its noun keeps its "as" label --------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ('Orsa\'s parliament passes a resolution describing the dam as "a threat to national survival".',
     'the dam as "a threat to national survival"'),
    ("Orsa's parliament passes a resolution describing the dam as a threat to national survival.",
     "the dam as a threat to national survival"),
    ('Orsa\'s parliament passes a resolution describing the dam as "a threat to national survival."',
     'the dam as "a threat to national survival."'),
    ("A statement describing the strike as an act of war was issued on Monday.", "the strike as an act of war"),
    ("Lawmakers, describing the dam as a threat, voted for the resolution.", "the dam as a threat"),
])
def test_a_participle_of_viewing_after_its_noun_keeps_its_label(text, content):
    assert by_cue(text, "describing")[2] == content, relations(text)


def test_a_participle_after_its_noun_without_a_label_keeps_its_object():
    text = "Tarsk released a statement describing the incident in detail."
    rel = by_cue(text, "describing")
    assert rel is None or " as " not in rel[2], relations(text)


# --- The speaker's next act in the present ---------------------------------------------------------------

@pytest.mark.parametrize("text, content", [
    ("Tarsk says the drills are a provocation and puts its air defences on alert.", "the drills are a provocation"),
    ("Tarsk says the drills are a provocation and has put its air defences on alert.", "the drills are a provocation"),
    ("The ministry says the two sides are close to a deal and expects a signing next week.",
     "the two sides are close to a deal"),
])
def test_an_s_verb_that_cannot_agree_with_the_clause_is_the_speakers_next_act(text, content):
    assert rels(text)[0][2] == content, relations(text)


@pytest.mark.parametrize("text, content", [
    # (the "-s" verb agrees with the clause's singular subject: the plan saves money)
    ("Tarsk says the plan works and saves money.", "the plan works and saves money"),
    # (a new subject after "and" opens a second reported clause)
    ("Tarsk says the talks are over and the navy puts its ships on alert.",
     "the talks are over and the navy puts its ships on alert"),
    # (a plural speaker takes no "-s" verb: "put" is the clause's own)
    ("Officials say the drills are a provocation and put air defences on alert.",
     "the drills are a provocation and put air defences on alert"),
])
def test_an_s_verb_that_agrees_with_the_clause_stays_in_the_content(text, content):
    assert rels(text)[0][2] == content, relations(text)


# --- The writer's framing before an inverted report -------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("In a sign that neither side wants a confrontation, officials from both navies spoke by telephone on "
     "Monday evening, a Velmish official said.", "said",
     "officials from both navies spoke by telephone on Monday evening"),
    ("In a move seen as a snub, Tarsk recalled its ambassador, officials said.", "said",
     "Tarsk recalled its ambassador"),
    ("In what appeared to be a warning, Tarsk moved two frigates into the strait, according to a Velmish "
     "official.", "according to", "Tarsk moved two frigates into the strait"),
    ('In a move seen as a snub, Velm is acting "like a bully", the minister said.', "said",
     'Velm is acting "like a bully"'),
])
def test_the_writers_framing_is_no_part_of_an_inverted_report(text, cue, content):
    assert by_cue(text, cue)[2] == content, relations(text)


@pytest.mark.parametrize("text, content", [
    # (a setting of place stays with the claim, and a phrase with no noun of framing is no framing)
    ("In Geneva, the talks resumed, the ministry said.", "In Geneva, the talks resumed"),
    ("In the north, the rebels advanced, the ministry said.", "In the north, the rebels advanced"),
])
def test_an_opening_setting_stays_in_an_inverted_report(text, content):
    assert by_cue(text, "said")[2] == content, relations(text)


# --- Refusals to give details or any comment ---------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("Tarsk's president did not spell out what the measures might be.", "did not spell out",
     "what the measures might be"),
    ("Tarsk's president did not elaborate.", "did not elaborate", None),
    ("Tarsk's president did not elaborate on the measures.", "did not elaborate", "on the measures"),
    ("The minister would not go into detail about the talks.", "would not go into detail", "about the talks"),
    ("The minister did not go into details.", "did not go into details", None),
    ("Tarsk's foreign ministry had no immediate comment.", "had no immediate comment", None),
    ("The ministry had no comment on the report.", "had no comment", "on the report"),
    ("There was no immediate comment from Tarsk's foreign ministry.", "no immediate comment", None),
    ("There has been no comment from the embassy.", "no comment", None),
])
def test_a_refusal_to_give_details_or_comment_is_an_admission_denial(text, cue, content):
    rel = by_cue(text, cue)
    assert rel is not None and rel[2] == content and rel[3] == "admission-denial", rels(text)


def test_the_source_of_an_existential_no_comment_is_after_from():
    text = "There was no immediate comment from Tarsk's foreign ministry."
    assert by_cue(text, "no immediate comment")[0] == "Tarsk's foreign ministry", relations(text)


@pytest.mark.parametrize("text, cue", [
    # (given, the details are a neutral report)
    ("The minister spelled out what the measures would be.", "spelled out"),
])
def test_details_given_are_a_neutral_report(text, cue):
    rel = by_cue(text, cue)
    assert rel is not None and rel[3] == "neutral", rels(text)


@pytest.mark.parametrize("text", [
    "Troops went into the town.",
    "The plan is elaborate and costly.",
    "There was no sign of the convoy.",
    "There was no comment in the report about the talks.",
])
def test_near_misses_of_refusals_report_nothing(text):
    assert rels(text) == [], rels(text)
