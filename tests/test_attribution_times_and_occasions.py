"""The attribution lens on the day and the occasion of speaking after a cue that follows a
quotation (datasets/ANNOTATION.md §6.1-§6.2): '“...,” Brisk said Friday as she arrived' reports the
quotation, and the time and the as-clause are the writer's setting. Checked both ways."""

from __future__ import annotations

import pytest

from attribution_relations import relations


QUOTE = "“We will act,” Brisk said"


@pytest.mark.parametrize("text", [
    f"{QUOTE} Friday as she arrived for the talks.",
    f"{QUOTE} Friday when she arrived for the talks.",
    f"{QUOTE} on Friday as she arrived for the talks.",
    f"{QUOTE} last week before the vote.",
    f"{QUOTE} when she arrived for the talks.",
    f"{QUOTE} Friday once the talks had ended.",
    f"{QUOTE} Friday.",
])
def test_after_a_quotation_the_day_and_the_occasion_are_no_content(text):
    assert relations(text) == [("Brisk", "said", "We will act")]


@pytest.mark.parametrize("text, content", [
    # with no quotation before it, the clause after the cue is the content
    ("Brisk said Friday the talks had failed.", "the talks had failed"),
    ("Brisk said Friday that the talks had failed.", "the talks had failed"),
    ("Brisk said Friday in a statement that the talks had failed.", "the talks had failed"),
    ("Brisk said when the talks would resume.", "when the talks would resume"),
])
def test_without_a_quotation_the_clause_after_the_cue_is_the_content(text, content):
    assert relations(text) == [("Brisk", "said", content)]


@pytest.mark.parametrize("text, cue, content", [
    # "speak out" is one verb with its particle; a day before the topic says when
    ("The general is speaking out about the problems in the army.", "is speaking out", "about the problems in the army"),
    ("Brisk spoke out Tuesday about the death of a fisherman.", "spoke out", "about the death of a fisherman"),
    ("Brisk spoke Tuesday about the death of a fisherman.", "spoke", "about the death of a fisherman"),
])
def test_the_topic_of_speaking_keeps_its_preposition_without_the_day(text, cue, content):
    assert relations(text) == [("The general" if text.startswith("The") else "Brisk", cue, content)]
