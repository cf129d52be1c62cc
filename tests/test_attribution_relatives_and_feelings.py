"""Attribution: relative clauses on an object (with "that" or none), knowledge with its evidence,
records that "tell a different story", adjectives of feeling and certainty, a bracketed aside, and
nouns of a belief someone acts on (datasets/ANNOTATION.md §6.1-§6.2). All sentences are constructed.

Each rule is tested both ways: the sentence it fixes, and near misses that stay as they were.
"""

from __future__ import annotations

import pytest

from attribution_relations import cues, one_relation, relations_with_kind


# --- knowing from evidence: the third person holds the content, the first person is the writer ---

@pytest.mark.parametrize("text, content", [
    ("Officials know from intercepted calls that the convoy withdrew.", "the convoy withdrew"),
    ("Investigators know from the records that the envoy resigned.", "the envoy resigned"),
])
def test_third_person_knowing_with_its_evidence_reports(text, content):
    assert one_relation(text, "know")[:3] == (text.split(" know")[0], "know", content)


@pytest.mark.parametrize("text", [
    "We know from his letters that the envoy withdrew.",
    "Officials learned from the mistakes that Tarsk made.",
    "Officials heard from the families that the army evacuated.",
])
def test_first_person_and_a_relative_after_a_complete_from_phrase_report_nothing(text):
    assert cues(text) == []


# --- a report inside a relative clause on the main clause's object ---

@pytest.mark.parametrize("text, source, content", [
    ("Lorvia condemned interference the senator said is meant to divide voters.",
     "the senator", "is meant to divide voters"),
    ("The strike hit a depot the army said was empty.", "the army", "was empty"),
])
def test_subject_moved_into_a_contact_relative_leaves_the_rest_of_its_clause(text, source, content):
    assert one_relation(text, "said")[:3] == (source, "said", content)


def test_renaming_noun_after_a_dash_with_a_contact_report_ends_the_outer_content():
    text = ("Velm called on the council to punish Lorvia for interference in the vote -- meddling the senator "
            "said is meant to divide voters.")
    assert one_relation(text, "called on")[2] == "the council to punish Lorvia for interference in the vote"
    assert one_relation(text, "said")[:3] == ("the senator", "said", "is meant to divide voters")


def test_comma_relative_with_which_inside_a_report_stays_in_its_content():
    text = "Officials said the depot, which the army said was empty, had burned."
    assert [r[:3] for r in relations_with_kind(text)] == [
        ("Officials", "said", "the depot, which the army said was empty, had burned"),
        ("the army", "said", "was empty")]


@pytest.mark.parametrize("text", [
    "Everything the envoy says is a lie.",
    "What Lavrov said was a warning.",
])
def test_sentence_first_relative_clauses_still_report_nothing(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "Velm made demands it knew Tarsk could never accept, and Tarsk offered nothing new.",
    "Velm made demands that it knew Tarsk could never accept, and Tarsk offered nothing new.",
])
def test_report_in_an_object_relative_ends_with_the_relative_clause(text):
    assert one_relation(text, "knew")[:3] == ("it", "knew", "Tarsk could never accept")


@pytest.mark.parametrize("text, content", [
    ("Velm made demands it knew Tarsk could never accept, and that Lorvia would resent.",
     "Tarsk could never accept, and that Lorvia would resent"),
    ("Tarsk said the talks had failed, and the envoy left.", "the talks had failed, and the envoy left"),
])
def test_second_clause_of_the_report_or_a_plain_report_goes_on(text, content):
    cue = "knew" if "knew" in text else "said"
    assert one_relation(text, cue)[2] == content


def test_a_list_item_after_and_does_not_end_a_relative_report():
    text = "The novel is a story it tells in the present, the near past, and the distant past."
    assert one_relation(text, "tells")[2] == "in the present, the near past, and the distant past"


# --- a relative clause whose verb took a text as its object is no content ---

@pytest.mark.parametrize("text, content", [
    ("Tarsk denied the story that the paper published on Monday.",
     "the story that the paper published on Monday"),
    ("Tarsk denied the story that the paper published.", "the story that the paper published"),
])
def test_relative_clause_on_a_denied_text_stays_in_the_object(text, content):
    assert one_relation(text, "denied")[2] == content


@pytest.mark.parametrize("text, content", [
    ("Tarsk denied the claim that troops had crossed.", "the claim that troops had crossed"),
    ("Tarsk said that the paper published the story on Monday.", "the paper published the story on Monday"),
])
def test_a_clause_with_its_own_object_stays_content(text, content):
    cue = "denied" if "denied" in text else "said"
    assert one_relation(text, cue)[2] == content


# --- a record that "tells a different story" indicates, nobody speaks ---

@pytest.mark.parametrize("text", [
    "The figures tell another story.",
    "The figures from the ministry tell a different story.",
    "The ministry's data told a very different story.",
    "The body language told a different story.",
])
def test_a_record_telling_a_different_story_reports_nothing(text):
    assert cues(text) == []


def test_a_speaker_telling_a_different_story_still_reports():
    assert one_relation("The envoy told a very different story.", "told")[:3] == \
        ("The envoy", "told", "a very different story")


# --- adjectives of feeling and certainty after a linking verb ---

@pytest.mark.parametrize("text, cue, content, verb_class", [
    ("Officials were dismayed that the talks had stalled.", "were dismayed", "the talks had stalled", "neutral"),
    ("Ministers are delighted that the border has reopened.", "are delighted", "the border has reopened", "neutral"),
    ("The envoy was doubtful that the truce would hold.", "was doubtful", "the truce would hold", "admission-denial"),
    ("The minister was unaware that the deal had collapsed.", "was unaware", "the deal had collapsed", "endorsing"),
])
def test_adjective_of_feeling_with_a_that_clause_reports(text, cue, content, verb_class):
    rel = one_relation(text, cue)
    assert (rel[2], rel[4]) == (content, verb_class)


@pytest.mark.parametrize("text, cue, content", [
    ("Aid groups weren't sure if the convoy could reach the town.", "weren't sure", "if the convoy could reach the town"),
    ("Officials were not sure whether they could help.", "were not sure", "whether they could help"),
    ("Officials are unsure whether the deal will hold.", "are unsure", "whether the deal will hold"),
])
def test_adjective_of_certainty_with_whether_or_a_negated_if_reports(text, cue, content):
    assert one_relation(text, cue)[1:3] == (cue, content)


@pytest.mark.parametrize("text", [
    "Officials were sure if the talks failed.",
    "I am not sure whether they could help.",
    "It is uncertain whether the envoy will return.",
    "It is sad that the talks failed.",
    "Voters were happy to see him go.",
    "The glad officials left.",
    "I am glad that the talks resumed.",
])
def test_condition_first_person_expletive_and_infinitive_report_nothing(text):
    assert cues(text) == []


# --- a bracketed aside between the cue and its clause ---

@pytest.mark.parametrize("text, source, cue, content", [
    ("Velm built a new archive, which the minister believed (wrongly) that only he could open.",
     "the minister", "believed", "only he could open"),
    ("Lind said (wrongly) that the vault was empty.", "Lind", "said", "the vault was empty"),
    ("It was disclosed (in March) that the depot had been sold.", None, "was disclosed", "the depot had been sold"),
])
def test_bracketed_aside_before_the_clause_is_skipped(text, source, cue, content):
    assert one_relation(text, cue)[:3] == (source, cue, content)


# --- "make the case that" argues ---

@pytest.mark.parametrize("text, cue", [
    ("Berk made the case that the talks had failed.", "made the case"),
    ("The minister makes the case that sanctions work.", "makes the case"),
])
def test_make_the_case_with_a_clause_reports_an_argument(text, cue):
    assert one_relation(text, cue)[4] == "neutral"


def test_make_the_case_for_a_thing_reports_nothing():
    assert cues("The minister made the case for new sanctions.") == []


# --- a participle of feeling after an object ---

def test_participle_of_feeling_after_an_object_reports_for_the_object():
    assert one_relation("The treaty left the smaller states feeling that they had been ignored.", "feeling")[:3] == \
        ("the smaller states", "feeling", "they had been ignored")


@pytest.mark.parametrize("text", [
    "There is a feeling that the talks failed.",
    "The feeling that the talks failed was widespread.",
    "The envoy left the talks feeling confident.",
])
def test_noun_feeling_and_feeling_without_a_clause_report_nothing(text):
    assert cues(text) == []


# --- a possessed noun of a belief someone acts on, equated with a that-clause ---

@pytest.mark.parametrize("text, source, cue", [
    ("Mr. Tarsk's bet is that the voters will forgive him.", "Mr. Tarsk", "bet"),
    ("Tarsk's gamble is that the voters will forgive him.", "Tarsk", "gamble"),
])
def test_possessed_bet_with_a_that_clause_reports(text, source, cue):
    assert one_relation(text, cue)[:3] == (source, cue, "the voters will forgive him")


@pytest.mark.parametrize("text", [
    "It's a safe bet that the voters will forgive him.",
    "It was a bet that the voters would forgive him.",
    "The bet that the voters would forgive him failed.",
])
def test_bet_with_no_holder_reports_nothing(text):
    assert cues(text) == []


# --- "echo" with a person as its object names whose view is repeated ---

@pytest.mark.parametrize("text", [
    "The broadcaster covered the vote as a reunification, echoing Mr. Tarsk.",
    "The envoy echoed the minister.",
])
def test_echoing_a_person_reports_nothing(text):
    assert "echoing" not in cues(text) and "echoed" not in cues(text)


@pytest.mark.parametrize("text, content", [
    ("The envoy echoed the minister's warning that the talks had failed.",
     "the minister's warning that the talks had failed"),
    ("The envoy echoed calls for a ceasefire.", "calls for a ceasefire"),
    ("The envoy echoed the report.", "the report"),
])
def test_echoing_a_view_or_a_text_still_reports(text, content):
    assert one_relation(text, "echoed")[2] == content


def test_a_view_echoed_by_people_keeps_its_passive_relation():
    assert one_relation("His views were echoed by a number of tax experts.", "were echoed")[:3] == \
        ("a number of tax experts", "were echoed", "His views")


# --- a second verb after "and" shares the cue's object or clause ---

@pytest.mark.parametrize("text, content", [
    ("Voters asked about a candidate who said and did the same things as Tarsk.", "the same things as Tarsk"),
    ("The minister said and wrote that the talks had failed.", "the talks had failed"),
])
def test_coordinated_verb_shares_the_cues_complement(text, content):
    assert one_relation(text, "said")[2] == content


def test_second_verb_with_a_particle_shares_nothing():
    assert cues("The envoy spoke and walked out.") == []


# --- a single dash before a stance adverb opens the writer's aside ---

@pytest.mark.parametrize("text, content", [
    ("Tarsk promised to cut taxes and open new mines ― probably not what Velm had in mind.",
     "cut taxes and open new mines"),
    ("Tarsk promised to cut taxes — perhaps the boldest pledge of the campaign.", "cut taxes"),
])
def test_dash_before_a_stance_adverb_ends_the_content(text, content):
    assert one_relation(text, "promised")[2] == content


@pytest.mark.parametrize("text", [
    "Tarsk said the talks — probably the last round — had failed.",
    "Tarsk said the talks -- probably the last round -- had failed.",
])
def test_paired_dashes_inside_the_content_stay(text):
    assert one_relation(text, "said")[2].endswith("had failed")
