"""Idioms of arguing ("make the case that", "make the point that"), a setting after a
sentence-first "What X said", and an object pronoun before a wh-clause after "told"."""

from __future__ import annotations

from course import analyze


def rows(text):
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None)
            for r in analyze(text).attributions]


def test_the_base_and_ing_forms_of_make_the_case_argue():
    assert rows("Stumpf tried to make the case that the failures were the work of a few clerks.") == [
        ("Stumpf", "tried to make the case", "the failures were the work of a few clerks")]
    assert rows("The envoy was making the case that the blockade had failed.") == [
        ("The envoy", "was making the case", "the blockade had failed")]


def test_make_the_point_that_argues_like_make_the_case():
    assert rows("Berk made the point that the aid convoy had been delayed for a week.") == [
        ("Berk", "made the point", "the aid convoy had been delayed for a week")]
    assert rows("Officials were making the point that the talks had stalled.") == [
        ("Officials", "were making the point", "the talks had stalled")]


def test_make_clear_in_the_base_form_reports_like_made_clear():
    assert rows("Berk is making clear that Velmar would not back down.") == [
        ("Berk", "is making clear", "Velmar would not back down")]


def test_near_misses_of_the_idioms_report_nothing_new():
    # "to make sure that" is a purpose, not an argument; the report of intention keeps its clause
    assert rows("The plan is intended to make sure that the rich pay more.")[0][1:] == (
        "is intended", "the rich pay more")
    assert rows("Ministers are making sure that the vote passes.") == []
    # no clause: an argument for something reports nothing
    assert rows("Berk made the case for sanctions.") == []
    assert rows("Berk made a point of visiting the border post.") == []


def test_a_sentence_first_what_clause_with_a_setting_is_the_subject_of_be():
    # as "What Lavrov said was a warning": the words are named, the main clause judges them
    assert rows("What Lavrov said in Geneva was a warning.") == []
    assert rows("What the envoy said at the summit last week is a warning.") == []
    assert rows("What Lavrov said on Monday was a warning.") == []
    assert rows("What the minister told reporters in Velmora was a warning.") == []
    # "be" + "that": the clause is the content, as in "What the minister told reporters was that ..."
    assert rows("What the minister told reporters in Velmora was that the talks had failed.") == [
        ("the minister", "told", "the talks had failed")]


def test_near_misses_of_the_what_clause_keep_their_reading():
    assert rows("What Lavrov said was a warning.") == []
    # inside the clause, the object moved into "what" is the content
    assert rows("That was what Brisk said in Geneva.") == [("Brisk", "said", "what")]


def test_an_audience_before_a_reported_question_is_not_content():
    assert rows("The management has never told them what to say.") == [
        ("The management", "has never told", "what to say")]
    # "tell" + a wh-word + "to" instructs: no refusal to say (§6.4)
    assert analyze("The management has never told them what to say.").attributions[0].verb_class == "neutral"
    assert rows("The envoy told reporters why the talks failed.") == [
        ("The envoy", "told", "why the talks failed")]
    assert rows("She told him how the convoy was stopped.") == [
        ("She", "told", "how the convoy was stopped")]
    # the question's infinitive ends at ", but" and a clause of its own, as after the cue
    assert rows("The envoy told them how to vote, but they refused.") == [("The envoy", "told", "how to vote")]


def test_near_misses_of_the_audience_keep_their_content():
    assert rows("He told reporters that the talks had failed.") == [
        ("He", "told", "the talks had failed")]
    assert rows("He told them the truth.") == [("He", "told", "the truth")]
    assert rows("That was what Brisk told reporters after the vote.") == [("Brisk", "told", "what")]
