"""The attribution lens on pro-forms, objects moved into "what", comma relative sources, the
speaker's next act after an infinitive, and parentheticals with their audience
(datasets/ANNOTATION.md §6.1-§6.2). Each reading is checked both ways."""

from __future__ import annotations

import pytest

from attribution_relations import relations


@pytest.mark.parametrize("text, content", [
    ("The envoy's aide said as much in an interview on Thursday.", "as much"),
    ("The envoy said as much on Monday.", "as much"),
    ("The envoy said as much.", "as much"),
    ("Lavrov said so in May.", "so"),
    # the comparison "as much as" starts a clause of its own
    ("The envoy said as much as 40 percent of the aid was lost.", "as much as 40 percent of the aid was lost"),
])
def test_the_pro_forms_so_and_as_much_are_the_content(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text", [
    '"There is a severe disconnect," Brisk, a senior envoy, said Thursday morning on Velm Radio\'s "Morning Hour."',
    '"There is a severe disconnect," Brisk said on "Morning Hour."',
])
def test_a_quoted_programme_after_the_cue_is_where_it_was_said(text):
    assert [r[2] for r in relations(text)] == ["There is a severe disconnect"]


@pytest.mark.parametrize("text, source, cue", [
    ("That was what Brisk said when she resigned from the ministry in 2014.", "Brisk", "said"),
    ("This is what the ministry said in its statement.", "the ministry", "said"),
    ("That is what Brisk told reporters after the vote.", "Brisk", "told"),
])
def test_an_object_moved_into_what_is_the_pronoun(text, source, cue):
    assert relations(text) == [(source, cue, "what")]


def test_a_subject_moved_into_what_keeps_the_rest_of_its_clause():
    assert relations("The strike hit what the army said was a weapons depot.") == [
        ("the army", "said", "was a weapons depot")]


@pytest.mark.parametrize("text", [
    "The aid came from Velm and Tarsk, which vowed to rebuild the port.",
    "The aid came from Velm and Tarsk, which together vowed to rebuild the port.",
    "Velm, which vowed to rebuild the port, sent aid.",
])
def test_a_comma_relative_source_reports_forward(text):
    assert relations(text) == [("which", "vowed", "rebuild the port")]


@pytest.mark.parametrize("text, content", [
    ("Ban vowed not to repeat that mistake and established a policy urging staff to report abuses.",
     "not to repeat that mistake"),
    ("Tarsk threatened to expel diplomats and closed the border.", "expel diplomats"),
    # an infinitive goes on with a bare verb
    ("Tarsk vowed to repeal the law and restore order.", "repeal the law and restore order"),
    ("Tarsk urged Velm to release the crew and lift the blockade.", "Velm to release the crew and lift the blockade"),
])
def test_a_past_verb_after_and_is_the_speakers_next_act(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text", [
    "The difference now, he told me on Friday, is that he runs a news program.",
    "The difference now, he said, is that he runs a news program.",
])
def test_a_parenthetical_report_with_its_audience_and_day_reports_the_rest(text):
    assert [r[2] for r in relations(text)] == ["is that he runs a news program"]


@pytest.mark.parametrize("text", [
    "The management has never told them what to say or not say.",
    "She declined that assignment and has since left the network.",
    "Tarsk refused that offer.",
])
def test_no_relation_without_who_or_what(text):
    assert all(r[0] is not None or r[2] is not None for r in relations(text))
    assert "not say" not in [r[1] for r in relations(text)]
    assert "declined" not in [r[1] for r in relations(text)] and "refused" not in [r[1] for r in relations(text)]


@pytest.mark.parametrize("text, content", [
    ("She declined to say whether the talks had failed.", "say whether the talks had failed"),
    ("The ministry declined to comment.", "comment"),
])
def test_a_refusal_with_its_infinitive_stays_a_relation(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text, cue", [
    # a negation before two verbs joined by "or" governs both: one refusal, one cue group
    ("Tarsk would not confirm or deny the report.", "would not confirm or deny"),
    ("Tarsk didn't confirm or deny the report.", "didn't confirm or deny"),
    ("Tarsk would neither confirm nor deny the report.", "would neither confirm nor deny"),
])
def test_a_negated_pair_of_verbs_is_one_refusal(text, cue):
    assert relations(text) == [("Tarsk", cue, "the report")]


def test_a_pair_of_verbs_without_negation_keeps_the_first():
    assert relations("Tarsk said or wrote that the talks had failed.")[0][:2] == ("Tarsk", "said")
