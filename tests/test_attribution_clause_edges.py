"""Where a reported clause starts and ends when the writer adds something around it: a time of
saying before a quoted fragment, a relative clause between dashes, a report in the middle of its
clause with its setting, the speaker's refusal or the writer's narration after "and"/"but", a
noun clause inside a reported clause, and the writer's renaming of a figure (ANNOTATION.md §6.2).
"""

from __future__ import annotations

import pytest

from course import analyze


def rows(text, *fields):
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None,
             *(getattr(r, f) for f in fields)) for r in analyze(text).attributions]


def test_a_time_of_saying_before_a_subject_and_a_quoted_fragment():
    assert rows('Lorvia\'s envoy, Aron Vilk, said on Tuesday his government "may need to reconsider" its pledges.',
                "kind") == [("Lorvia's envoy, Aron Vilk", "said", 'his government "may need to reconsider" its pledges',
                             "mixed")]
    # a quotation right after the time is the whole content
    assert rows('The envoy said on Tuesday "we will respond".', "kind") == [
        ("The envoy", "said", "we will respond", "direct")]


def test_a_relative_clause_between_dashes_ends_at_the_closing_dash():
    assert rows("The ministry accused the mission — which it said had visited few stations — of relying on rumours.")[1] == (
        "it", "said", "had visited few stations")
    # the relative clause belongs to the source, even with a time in it
    assert rows("Lorvia's envoy — who had sought to soften the text for a week — said his country would abstain.")[-1] == (
        "Lorvia's envoy — who had sought to soften the text for a week", "said", "his country would abstain")
    assert rows("Lorvia's envoy, who had sought to soften the text for a week, said his country would abstain.")[-1] == (
        "Lorvia's envoy, who had sought to soften the text for a week", "said", "his country would abstain")


@pytest.mark.parametrize("text, expected", [
    ('Tarsk, the newspaper said in an editorial, was "picking a fight it cannot win".',
     ("the newspaper", "said", 'was "picking a fight it cannot win"')),
    ('Her client, she said outside the court, had been "a scapegoat" and would now seek asylum.',
     ("she", "said", 'had been "a scapegoat" and would now seek asylum')),
    ("The talks, officials said on Monday, had failed.", ("officials", "said", "had failed")),
    ("Lorvia, according to two officials, was prepared to talk.", ("two officials", "according to", "was prepared to talk")),
    # a whole clause before the report is its content, as before
    ("The talks failed, officials said in a statement, and the envoy left.", ("officials", "said", "The talks failed")),
    ("The talks failed, according to two officials, and the envoy left.",
     ("two officials", "according to", "The talks failed")),
])
def test_a_report_in_the_middle_of_its_clause_with_its_setting_takes_the_clause_rest(text, expected):
    assert rows(text)[0] == expected


@pytest.mark.parametrize("text, content", [
    ("The deputy ambassador said her delegation had abstained and declined to say whether it would back a new text.",
     "her delegation had abstained"),
    ("The envoy said the talks had failed and declined to comment further.", "the talks had failed"),
    ("Sarr said she had evidence of ballot stuffing in 40 districts but has not made it public.",
     "she had evidence of ballot stuffing in 40 districts"),
    # someone else's refusal inside the content stays there, and so does a clause in the same tense
    ("The envoy said the soldiers declined to say where they were going.",
     "the soldiers declined to say where they were going"),
    ("The envoy says the army has withdrawn and has not returned.", "the army has withdrawn and has not returned"),
])
def test_the_speakers_refusal_and_the_writers_narration_after_and_or_but_end_the_content(text, content):
    assert rows(text)[0][2] == content


def test_a_noun_clause_that_opens_a_reported_clause_ends_at_its_main_verb():
    rels = rows("Judge Pall said Lorvia's assurances that the prisoner would be held in humane conditions were vague.")
    assert ("Lorvia", "assurances", "the prisoner would be held in humane conditions") in rels
    # the object of a verb is not the subject of a clause: the clause runs on
    assert ("his", "claims", "the vote was rigged") in rows("He repeated his claims that the vote was rigged.")


def test_the_writers_renaming_of_a_figure_in_the_passive_is_not_content():
    assert rows('The army said its troops had killed "more than 400 fighters" in the fighting, a toll dismissed by '
                'the rebels as "fantasy".')[0][2] == 'its troops had killed "more than 400 fighters" in the fighting'
    assert rows("The ministry said 40 people had died, a figure disputed by aid groups.")[0][2] == "40 people had died"
    # an apposition that renames something else stays
    assert rows("The ministry said it had received a charge sheet, a document signed by the judge.")[0][2] == (
        "it had received a charge sheet, a document signed by the judge")


def test_a_bare_title_never_opens_with_a_conjunction():
    assert rows("The talks failed, said Mikel Aro, chief economist at the Velm Institute.")[0][0] == (
        "Mikel Aro, chief economist at the Velm Institute")
    assert rows("The talks failed, according to two officials, and the envoy left.")[0][0] == "two officials"


@pytest.mark.parametrize("text", [
    "Lorvia said it would respond, amid rising tensions with Tarsk.",
    "Lorvia said it would respond amid rising tensions with Tarsk.",
    "Lorvia said it would respond — amid rising tensions with Tarsk.",
])
def test_the_writers_amid_ends_the_content_without_its_comma_or_dash(text):
    assert rows(text) == [("Lorvia", "said", "it would respond")]


@pytest.mark.parametrize("text, content", [
    ("Lavrov said so in May.", "so"),  # the pro-form; the time is the saying's
    ("Lavrov said so again on Monday.", "so"),
    ("Lavrov said so this week.", "so"),  # one list of setting openers for the pro-form and the as-clause
    ("Lavrov said so many had died.", "so many had died"),  # "so" of degree opens the clause
])
def test_the_pro_form_so_before_a_setting_is_the_whole_content(text, content):
    assert rows(text) == [("Lavrov", "said", content)]


@pytest.mark.parametrize("text, content", [
    # a quoted word in a noun-phrase object does not carry the object past a subordinator
    ('Velm warned of a "firm response" after a Lorvian vessel rammed a patrol boat.', 'of a "firm response"'),
    ('Velm warns of "firm response" after patrol boat incident', 'of "firm response"'),
    ('Velm rejected the "provocation" because it was staged.', 'the "provocation"'),
    # "as" may bring a label, and a clause with no "that" goes on after "when"
    ('Velm dismissed the "report" as a fabrication.', 'the "report" as a fabrication'),
    ('Lynne said there remains a "deep divide" when it comes to pay.', 'there remains a "deep divide" when it comes to pay'),
])
def test_a_quoted_word_in_an_object_ends_at_a_subordinator(text, content):
    assert rows(text)[0][2] == content


@pytest.mark.parametrize("text, content", [
    # a "that" right before a finite verb is the reported clause's subject, not its complementizer
    ("Critics say that is wishful thinking.", "that is wishful thinking"),
    ("The envoy said that would be a grave mistake.", "that would be a grave mistake"),
    ("Officials warned that was only the beginning.", "that was only the beginning"),
    # the complementizer stays out
    ("The envoy said that the talks had failed.", "the talks had failed"),
    ("Analysts speculated that had he stayed, the talks would have failed.",
     "had he stayed, the talks would have failed"),
])
def test_a_demonstrative_that_before_a_finite_verb_is_part_of_the_content(text, content):
    assert rows(text)[0][2] == content


def test_a_comma_between_adjectives_does_not_close_an_opening_clause():
    assert rows("While a small, pro-Western party said it would quit, the coalition survived.") == [
        ("a small, pro-Western party", "said", "it would quit")]
