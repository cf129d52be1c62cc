"""Verbs whose act is not reported as done, and the hops and boundaries around a report.

A step a rule only allows ("may consider"), a finding guessed at ("may find"), an act inside a
question the speaker would not answer, publishing a text or a record (the channel), a time with no
content ("replied within hours"), a contact relative on a noun of speech ("a charge he denies") and
a headline's passive participle after a noun that cannot speak report nothing (ANNOTATION.md §6.1,
§6.4). "As quoted by X" after an inverted report, and ", quoted by X," after an apposition or before
a time, name a via (§6.2). Each case has a near miss that must still be found. Every sentence is
constructed, with fictional places and people.
"""

from __future__ import annotations

import pytest

from course import analyze


def rows(text, *fields):
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None,
             *(getattr(r, f) for f in fields)) for r in analyze(text).attributions]


# --- a step only allowed or guessed at: no report (§6.1 last bullet, §6.4) ------------------------

@pytest.mark.parametrize("text, expected", [
    # a permission under a rule, with a quoted object
    ('Under the accord, the panel may consider "additional steps" if either side breaks it.', []),
    ("Under the accord, the panel might consider new steps.", []),
    # an epistemic modal and a cue of finding: a discovery the speaker only guesses at
    ("If Orsk keeps up the raids, it may find that our resolve is firm.", []),
    ("No one could have foreseen what happened next.", []),
    # near misses: the same verbs, done
    ('The panel considered "additional steps" on Monday.',
     [("The panel", "considered", '"additional steps"')]),
    ("The inquiry found that the raids had been planned.",
     [("The inquiry", "found", "the raids had been planned")]),
    # a negated modal is a refusal and stays a report (§6.4)
    ("Officials could not confirm that troops had crossed.",
     [("Officials", "could not confirm", "troops had crossed")]),
])
def test_a_step_only_allowed_or_guessed_at_is_no_report(text, expected):
    assert rows(text) == expected


def test_an_act_inside_a_withheld_question_is_not_reported():
    # the recommendation was not made: it is what the envoy would not say
    assert rows("Holt would not say whether the council would recommend new sanctions.", "verb_class") == [
        ("Holt", "would not say", "whether the council would recommend new sanctions", "admission-denial")]
    # near miss: the same act inside a plain report is the council's
    assert ("the council", "would recommend", "new sanctions") in rows(
        "Holt said the council would recommend new sanctions.")


# --- the channel or a time: no report ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Velm coast guard has published video.", []),
    ('The commission will publish results by district "in due course".', []),
    ("The agency published the ministry's annual figures.", []),
    # near misses: a clause or a quotation after the verb, and a participle that reports for the text
    ("The ministry posted that the border was closed.", [("The ministry", "posted", "the border was closed")]),
    ("The ministry published a statement saying the envoy had been summoned.",
     [("a statement", "saying", "the envoy had been summoned")]),
])
def test_publishing_a_text_or_a_record_is_the_channel(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Orsk foreign ministry replied within hours.", []),
    ("The ministry replied two days later.", []),
    # near misses: content after the time, or instead of it
    ("The ministry replied on Monday that the claim was false.", [("The ministry", "replied", "the claim was false")]),
    ("The ministry replied that the claim was false.", [("The ministry", "replied", "the claim was false")]),
])
def test_a_time_is_no_content(text, expected):
    assert rows(text) == expected


# --- form only: a noun of speech as the object, a headline passive ----------------------------------

def test_a_contact_relative_with_a_pronoun_subject_on_a_noun_of_speech():
    assert rows("Velm accuses Orlo of hiding $9 million, a charge he denies.") == [
        ("Velm", "accuses", "Orlo of hiding $9 million")]
    assert ("they", "reject") not in [r[:2] for r in rows("The ministry repeated an allegation they reject.")]
    # near miss: a pronoun subject with its own object reports a denial
    assert ("he", "denies", "the charge") in rows("The ministry said he denies the charge.")


def test_a_headline_passive_participle_after_a_noun_that_cannot_speak():
    assert rows("Velm death toll disputed as sides trade figures") == []
    # near misses: a speaker disputes, in a headline and in a sentence
    assert rows("Velm army disputes toll as sides trade figures") != []
    assert rows("The army disputed the toll.") == [("The army", "disputed", "the toll")]
    assert rows('A friend commented: "The toll is wrong."') == [("A friend", "commented", "The toll is wrong")]


# --- vias -------------------------------------------------------------------------------------------

def test_as_quoted_by_after_an_inverted_report_is_its_via():
    r = analyze('"We judge that the drones were flown," the memo says, as quoted by the Velm Daily.').attributions
    assert [(x.source.text, x.cue.text, x.content.text, x.via.text if x.via else None) for x in r] == [
        ("the memo", "says", "We judge that the drones were flown", "the Velm Daily")]
    # near miss: with no inner report, "as quoted by" frames the clause (according-to)
    assert rows("The drones were flown by rebels, as quoted by the Velm Daily.", "kind") == [
        ("the Velm Daily", "as quoted by", "The drones were flown by rebels", "according-to")]


def vias(text):
    return [(r.source.text, r.cue.text, r.via.text if r.via else None) for r in analyze(text).attributions]


@pytest.mark.parametrize("text, expected", [
    ("Orsk and Velm are close to a deal, an official told the agency ANA, quoted by Orsk media, on Saturday.",
     [("an official", "told", "Orsk media")]),
    ('"We will sign," Valk told the agency TNA, quoted by Orsk media on Monday.', [("Valk", "told", "Orsk media")]),
    ("Orsk's chief negotiator, Pavel Dunn, quoted by the Velm Herald, insisted that no deal was near.",
     [("Orsk's chief negotiator, Pavel Dunn", "insisted", "the Velm Herald")]),
    # near misses: the plain forms stay as they were
    ("Pavel Dunn, quoted by the Velm Herald, insisted that no deal was near.",
     [("Pavel Dunn", "insisted", "the Velm Herald")]),
    ("Orsk's chief negotiator, Pavel Dunn, insisted that no deal was near.",
     [("Orsk's chief negotiator, Pavel Dunn", "insisted", None)]),
])
def test_via_after_an_apposition_and_before_a_time(text, expected):
    assert vias(text) == expected


# --- content boundaries -----------------------------------------------------------------------------

def test_a_passive_cue_whose_subject_noun_is_also_a_verb_of_saying():
    assert rows("The ruling was hailed by rights groups.") == [("rights groups", "was hailed", "The ruling")]
    assert rows("The ruling was welcomed by rights groups.") == [("rights groups", "was welcomed", "The ruling")]
    # near miss: seeing is no report (§6.2)
    assert rows("The ruling was seen by rights groups.") == []


def test_a_tally_is_a_source_of_information_not_an_adverb():
    assert rows("At least 40 people died in the port, according to a tally by the Velm Monitor.", "kind") == [
        ("a tally by the Velm Monitor", "according to", "At least 40 people died in the port", "according-to")]
    assert rows("A count by the Velm Monitor shows that 40 people died.") == [
        ("A count by the Velm Monitor", "shows", "40 people died")]
    # near miss: a real adverb in -ly still stands between a cue and its clause
    assert rows("The envoy said repeatedly that talks had failed.") == [("The envoy", "said", "talks had failed")]


@pytest.mark.parametrize("text, expected", [
    ('"We have never armed the rebels," spokesman Olaf Berg told reporters in Velm, "and we never will."',
     [("spokesman Olaf Berg", "told", "We have never armed the rebels")]),
    ('"We have never armed the rebels," Berg told reporters, "and we never will."',
     [("Berg", "told", "We have never armed the rebels")]),
    # near miss: the plain split quotation, and a quoted title inside the clause, which is no fragment
    ('"We have never armed the rebels," he said, "and we never will."',
     [("he", "said", "We have never armed the rebels")]),
])
def test_a_split_quotation_with_an_audience_keeps_its_first_fragment(text, expected):
    assert rows(text) == expected


def test_a_quoted_title_before_the_source_is_no_first_fragment():
    text = "At the end of the anthem ''Free Velm,'' she added the words, ''Vote Holt.''"
    assert [r[1:] for r in rows(text)] == [("added", "Vote Holt")]


@pytest.mark.parametrize("text, expected", [
    ("Security Council demands Velm ceasefire as three members abstain",
     [("Security Council", "demands", "Velm ceasefire")]),
    ("The council demanded a ceasefire as the rebels advanced.", [("The council", "demanded", "a ceasefire")]),
    # near misses: "as" + a label is a view (§6.2)
    ("The ministry dismissed the report as a fabricated story.",
     [("The ministry", "dismissed", "the report as a fabricated story")]),
    ("They describe the raids as crimes rather than acts of war.",
     [("They", "describe", "the raids as crimes rather than acts of war")]),
])
def test_as_with_a_clause_ends_a_noun_phrase_content(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Asked about the deal, he said: "God willing."', "God willing"),
    ('She said, "We will not yield."', "We will not yield"),
    # near misses: a question mark, an ellipsis and an abbreviation's point stay
    ('She asked: "Who is provoking whom?"', "Who is provoking whom?"),
    ('"We will see...," he said.', "We will see..."),
    ('She said, "We left the U.S."', "We left the U.S."),
])
def test_a_direct_quotation_drops_the_final_full_stop(text, expected):
    assert [r[2] for r in rows(text)] == [expected]


def test_refusing_an_act_is_a_negative_decision():
    # §6.4: like "decided to expel", a refusal to act is reported, as admission-denial
    assert rows("The court refused to extradite Orlo.", "verb_class") == [
        ("The court", "refused", "extradite Orlo", "admission-denial")]



def test_a_clause_of_result_after_so_or_such_is_not_reported():
    # "so ... that" gives a result, not the content of the verb (Quirk et al. 1985 §15.50)
    assert rows("The plan would add so many layers that it would fail.") == []
    # a "so" inside the reported clause leaves the report alone
    assert rows("Lavrov said that so many had died that the talks failed.") == \
        [("Lavrov", "said", "so many had died that the talks failed")]
