"""Attribution sources with a setting, a relative clause, a list of names or a late agent; words that
are no cue ("is telling", a preposition left at the end of a relative clause); viewpoint phrases; and
the outlet or the person between a speaker and the words (ANNOTATION.md §6.1-§6.3, §7). Constructed
wire-style sentences with fictional places; each case checks the right reading and the near miss
that must stay as it is."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, one_relation, rels
from course import analyze


def _via(text: str, cue: str) -> str | None:
    """The via of the one relation whose cue is ``cue``."""
    hits = [r for r in analyze(text).attributions if r.cue.text == cue]
    assert len(hits) == 1, [(r.source and r.source.text, r.cue.text) for r in analyze(text).attributions]
    return hits[0].via.text if hits[0].via else None


def _listed(text: str) -> bool:
    """Is the sentence listed as unattributed (§7)?"""
    return [s.text for s in analyze(text).unattributed] == [text]


# --- sources: a participle clause between commas is a setting, not an apposition (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("The army, fighting in the hills, said it had taken the pass.", "said", "The army"),
    ("The ministry, responding to the report, said the figures were wrong.", "said", "The ministry"),
    # near misses: a title word before a noun and a real apposition stay
    ("Dahl, acting foreign minister, said the talks had failed.", "said", "Dahl, acting foreign minister"),
    ("Ivanov, the deputy foreign minister, said the talks had failed.", "said", "Ivanov, the deputy foreign minister"),
])
def test_a_participle_aside_is_a_setting(text, cue, source):
    assert by_cue(text, cue)[0] == source


# --- sources: a relative clause whose head is the verb's object keeps the head (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("The letter that the doctors signed called for an immediate ceasefire.", "called for",
     "The letter that the doctors signed"),
    ("The letter the doctors signed called for an immediate ceasefire.", "called for", "The letter the doctors signed"),
    ("The report that the panel published last week found the army had lied.", "found",
     "The report that the panel published last week"),
    # near misses: the subject relative and the report inside the relative clause stay as they were
    ("The group that held the men said it wanted money.", "said", "The group that held the men"),
    ("A depot that officials said was empty had been struck twice.", "said", "officials"),
])
def test_an_object_relative_keeps_its_head(text, cue, source):
    assert by_cue(text, cue)[0] == source


# --- sources: a list of names before a participle that reports is one source (§6.2) ---
@pytest.mark.parametrize("text, source", [
    ("Tarsk, Lorvia and Kessia signed the accord, saying it would end the war.", "Tarsk, Lorvia and Kessia"),
    ("Tarsk, Lorvia, and Kessia signed the accord, saying it would end the war.", "Tarsk, Lorvia, and Kessia"),
    ("Tarsk and Lorvia signed the accord, saying it would end the war.", "Tarsk and Lorvia"),
    # near misses: a setting before the list, an apposition without a list
    ("In Velma, Tarsk and Lorvia signed the accord, saying it would end the war.", "Tarsk and Lorvia"),
    ("Ivanov, in Velma, left the meeting early, saying he had been insulted.", "Ivanov"),
])
def test_a_list_of_names_is_one_participle_source(text, source):
    assert by_cue(text, "saying")[0] == source


# --- sources: a text keeps its participle, a phrase of time and then its agent (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("A statement issued after the talks by the two ministers said the border would reopen.", "said",
     "A statement issued after the talks by the two ministers"),
    ("A joint statement issued after the talks called for calm.", "called for", "A joint statement issued after the talks"),
    # near miss: people, not a text, before the agent
    ("Troops sent to the border by the two ministers said they were cold.", "said", "the two ministers"),
])
def test_a_text_keeps_a_late_agent(text, cue, source):
    assert by_cue(text, cue)[0] == source


# --- not cues: a verb of criticism whose object is a thing one strikes or shuts (§6.1) ---
@pytest.mark.parametrize("text", [
    "Kallan left the room, slamming the door.",
    "Kallan slammed the heavy door.",
])
def test_a_physical_act_is_no_cue(text):
    assert rels(text) == []


def test_a_criticism_of_a_decision_stays_a_cue():
    assert rels("The minister slammed the decision.") == [("The minister", "slammed", "the decision", "neutral")]


# --- not cues: the adjective "telling" (§6.1) ---
@pytest.mark.parametrize("text", [
    "Moscow's silence is telling.",
    "Moscow's silence is very telling.",
    "It is telling that Tarsk stayed away.",
])
def test_telling_as_an_adjective_is_no_cue(text):
    assert rels(text) == []


def test_telling_with_an_addressee_stays_a_cue():
    assert rels("The minister is telling reporters that talks will resume.") == [
        ("The minister", "is telling", "talks will resume", "neutral")]


# --- not cues: a preposition left at the end of a relative clause on the noun before (§6.1) ---
@pytest.mark.parametrize("text", [
    "The ministry may delay the vote, a possibility its leaders have hinted at before.",
    "The ministry may delay the vote, a possibility its leaders have hinted at.",
])
def test_a_stranded_preposition_reports_no_clause(text):
    assert rels(text) == []


def test_an_inverted_report_without_a_stranded_preposition_stays():
    assert rels("The ministry may delay the vote, its leaders hinted.") == [
        ("its leaders", "hinted", "The ministry may delay the vote", "neutral")]


# --- viewpoint phrases introduce a source as "according to" does (§6.1, §6.3, §7) ---
@pytest.mark.parametrize("text, expected", [
    ("In the ministry's view, the talks have failed.",
     ("the ministry", "view", "the talks have failed", "according-to", "neutral")),
    ("The summit, in Velmora's view, was a disaster.",
     ("Velmora", "view", "was a disaster", "according-to", "neutral")),
    ("The summit was a disaster, in the envoys' view.",
     ("the envoys", "view", "The summit was a disaster", "according-to", "neutral")),
    ("In Velmora’s opinion, the summit was a disaster.",
     ("Velmora", "opinion", "the summit was a disaster", "according-to", "neutral")),
    ("In the words of one diplomat, the summit was a disaster.",
     ("one diplomat", "In the words of", "the summit was a disaster", "according-to", "neutral")),
    ("The summit was a disaster, in the opinion of two envoys.",
     ("two envoys", "in the opinion of", "The summit was a disaster", "according-to", "neutral")),
    ("In the minister's words, the deal is dead.",
     ("the minister", "words", "the deal is dead", "according-to", "neutral")),
])
def test_viewpoint_phrases(text, expected):
    assert one_relation(text, expected[1]) == expected
    assert not _listed(text)


@pytest.mark.parametrize("text", [
    "In the ministry's view of the talks, little has changed.",
    "In the city's centre, the summit was a disaster.",
    "In other words, the summit was a disaster.",
    "The ministry chose its words carefully.",
])
def test_a_possessive_that_is_no_viewpoint(text):
    assert rels(text) == []


def test_the_writers_verdict_without_a_viewpoint_is_listed():
    assert _listed("In the city's centre, the summit was a disaster.")


@pytest.mark.parametrize("text", [
    "As the ministry pointed out, the summit was a disaster.",
    "The summit, as the ministry pointed out, was a disaster.",
])
def test_an_as_clause_of_reporting_governs_the_sentence(text):
    assert by_cue(text, "pointed out")[0] == "the ministry"
    assert not _listed(text)


def test_point_to_with_a_speaker_reports_its_evidence():
    assert rels("Sceptics point to the failed truce of 2019.") == [
        ("Sceptics", "point to", "the failed truce of 2019", "endorsing")]
    assert rels("The data point to a slowdown.") == []


# --- "according to" between a verb of saying and its clause is the report's via (§6.2) ---
@pytest.mark.parametrize("text, cue, via", [
    ("He said, according to Interfax, that the talks had failed.", "said", "Interfax"),
    ("He said, according to Interfax, the talks had failed.", "said", "Interfax"),
    ("The minister warned, according to the state agency TNA, that Lorvia would respond.", "warned",
     "the state agency TNA"),
])
def test_according_to_between_verb_and_clause_is_the_via(text, cue, via):
    assert _via(text, cue) == via
    assert [r[1] for r in rels(text)] == [cue]
    assert by_cue(text, cue)[2] in ("the talks had failed", "Lorvia would respond")


def test_according_to_after_a_clause_still_credits_it():
    assert by_cue("Tarsk had withdrawn, according to Interfax, and the talks had failed.", "according to")[:3] == (
        "Interfax", "according to", "Tarsk had withdrawn")


# --- a person who cites someone stays the source; an outlet is the via (§6.2) ---
@pytest.mark.parametrize("text, source, via", [
    ("The envoy, citing a Tarskian official, said the border would reopen.", "The envoy", None),
    ("The ministry, citing two officers, said the border would reopen.", "The ministry", None),
    ("She said, citing two officials, that the border would reopen.", "She", None),
    # near misses: outlets pass the cited words on
    ("Reuters, citing a source in the delegation, said the deal was close.", "a source in the delegation", "Reuters"),
    ("The newspaper, citing three officials, reported on Sunday that the plan was dead.", "three officials",
     "The newspaper"),
])
def test_who_cites_as_they_report(text, source, via):
    cue = "said" if "said" in text else "reported"
    assert by_cue(text, cue)[0] == source
    assert _via(text, cue) == via
    assert "citing" not in [r[1] for r in rels(text)]


# --- a possessed noun of speech or thought equated with a that-clause (§6.1) ---
@pytest.mark.parametrize("text, expected", [
    ("Lavrov's view is that the West is playing with fire.", ("Lavrov", "view", "the West is playing with fire")),
    ("The government's claim is that the drone strayed.", ("The government", "claim", "the drone strayed")),
    ("Moscow's fear is that NATO will expand.", ("Moscow", "fear", "NATO will expand")),
    ("His argument was that sanctions never work.", ("His", "argument", "sanctions never work")),
])
def test_a_possessed_noun_equated_with_a_clause(text, expected):
    assert [r[:3] for r in rels(text)] == [expected]


@pytest.mark.parametrize("text", [
    "The problem is that the talks have failed.",
    "The truth is that nobody knows.",
    "Lavrov's view is that of a realist.",
    "The envoy's report is that long.",
])
def test_no_holder_or_no_clause_after_be_that(text):
    assert rels(text) == []
