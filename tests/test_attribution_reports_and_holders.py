"""Reports and who holds them: a text whose relative clause lost its object to the text's noun, a
text that keeps who sent it, a speaker who turns to a medium to speak, evidence offered as proof of
a claim, the outlet a speaker talks to, and the writer's sentential relative clause after a
content (ANNOTATION.md §6.1-§6.4). Constructed wire-style sentences with fictional places; each
case checks the right reading and the near miss that must stay as it is."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, cues, one_relation, rels
from course import analyze


def _via(text: str, cue: str) -> str | None:
    """The via of the one relation whose cue is ``cue``."""
    hits = [r for r in analyze(text).attributions if r.cue.text == cue]
    assert len(hits) == 1, [(r.source and r.source.text, r.cue.text) for r in analyze(text).attributions]
    return hits[0].via.text if hits[0].via else None


# --- a relative clause on a noun of speech before the main verb: the noun is the source, not a cue (§6.1) ---
@pytest.mark.parametrize("text, source, cue, content", [
    ("The report that the panel published last week found that the ceasefire had collapsed.",
     "The report that the panel published last week", "found", "the ceasefire had collapsed"),
    ("The statement that the ministry released on Monday said the border would reopen.",
     "The statement that the ministry released on Monday", "said", "the border would reopen"),
    ("The letter that the envoy sent urged the council to act.", "The letter that the envoy sent", "urged",
     "the council to act"),
])
def test_a_text_relative_before_the_main_verb_is_no_noun_cue(text, source, cue, content):
    assert rels(text) == [(source, cue, content, by_cue(text, cue)[3])]


@pytest.mark.parametrize("text, content", [
    # near misses: a that-clause of the noun itself, also with a verb that needs no object
    ("The report that the ceasefire had collapsed alarmed the council.", "the ceasefire had collapsed"),
    ("The report that the truce held surprised many diplomats.", "the truce held"),
    ("The report that the army withdrew alarmed the council.", "the army withdrew"),
    ("The claim that the ministry leaked the memo angered Tarsk.", "the ministry leaked the memo"),
])
def test_a_that_clause_of_the_noun_stays_its_content(text, content):
    noun = text.split()[1]
    assert by_cue(text, noun)[2] == content


# --- a text keeps who sent it, when and to whom (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("The letter, sent on Monday to the council by 40 lawmakers, urged the government to reopen talks.", "urged",
     "The letter, sent on Monday to the council by 40 lawmakers"),
    ("The letter, sent by 40 lawmakers, urged the government to reopen talks.", "urged",
     "The letter, sent by 40 lawmakers"),
    ("A statement issued after the talks by the two ministers said the border would reopen.", "said",
     "A statement issued after the talks by the two ministers"),
    # near miss: a person keeps no setting between commas
    ("A ministry spokesman, reached by phone, said the border would reopen.", "said", "A ministry spokesman"),
])
def test_a_text_keeps_who_sent_it(text, cue, source):
    assert by_cue(text, cue)[0] == source


# --- a verb of turning to a medium: the infinitive of saying after it is the cue (§6.1) ---
@pytest.mark.parametrize("text, source, cue, content", [
    ("The minister took to Twitter to accuse Tarsk of shelling the border town.", "The minister", "accuse",
     "Tarsk of shelling the border town"),
    ("The minister has taken to state television to deny that troops had crossed the border.", "The minister",
     "deny", "troops had crossed the border"),
    ("The minister took to Twitter on Sunday to accuse Tarsk of lying.", "The minister", "accuse", "Tarsk of lying"),
    ("The president went on state television to announce that the curfew would end.", "The president",
     "announce", "the curfew would end"),
    ("Kallan appeared on NTV to deny that she had resigned.", "Kallan", "deny", "she had resigned"),
])
def test_a_speaker_who_turns_to_a_medium_speaks(text, source, cue, content):
    assert by_cue(text, cue)[:3] == (source, cue, content)
    assert cues(text) == [cue]


@pytest.mark.parametrize("text, expected", [
    # near misses: no verb of saying, a place one goes to, and "went on to" stays one cue group
    ("The army took to the hills to regroup.", []),
    ("The minister went to the border to inspect the troops.", []),
    ("The minister went to Velma to say that talks would resume.", []),
    ("He went on to accuse Tarsk of lying.", ["went on to accuse"]),
])
def test_no_medium_no_purpose_report(text, expected):
    assert cues(text) == expected


# --- evidence offered as proof of a clause: the argument is the content, neutral (§6.1, §6.4) ---
@pytest.mark.parametrize("text, cue, content, verb_class", [
    ("She pointed to the border clashes as proof that Tarsk wants war.", "pointed to",
     "the border clashes as proof that Tarsk wants war", "neutral"),
    ("Officials pointed to the drills as a sign that Tarsk was preparing an attack.", "pointed to",
     "the drills as a sign that Tarsk was preparing an attack", "neutral"),
    ("He cited the shelling as evidence that Tarsk had broken the truce.", "cited",
     "the shelling as evidence that Tarsk had broken the truce", "neutral"),
    # near misses: evidence alone stays endorsed, a label without a clause stays as it was
    ("Sceptics point to the failed truce of 2019.", "point to", "the failed truce of 2019", "endorsing"),
    ("She described the talks as constructive.", "described", "the talks as constructive", "neutral"),
])
def test_evidence_offered_as_proof_is_the_speakers_argument(text, cue, content, verb_class):
    relation = one_relation(text, cue)
    assert (relation[2], relation[4]) == (content, verb_class)


# --- the outlet a speaker talks to is the audience, not the via (§6.2) ---
@pytest.mark.parametrize("text, cue, source, via", [
    ("The ceasefire is holding, he told reporters in an interview with NTV.", "told", "he", None),
    ("Lavrov, interviewed by NTV, said the talks had failed.", "said", "Lavrov", None),
    ("Lavrov told the newspaper Izvestia that the talks had failed.", "told", "Lavrov", None),
    ("Lavrov, in an interview with NTV, said the talks had failed.", "said", "Lavrov", None),
    # near misses: an outlet that passes the words on is the via
    ("Lavrov was quoted as saying by NTV that the talks had failed.", "was quoted as saying", "Lavrov", "NTV"),
    ("Lavrov, quoted by NTV, said the talks had failed.", "said", "Lavrov", "NTV"),
])
def test_an_interviewer_is_the_audience(text, cue, source, via):
    assert by_cue(text, cue)[0] == source
    assert _via(text, cue) == via


# --- the writer's sentential relative clause after a clause content (§6.2) ---
@pytest.mark.parametrize("text, content, view", [
    ("He said the talks had failed, which analysts see as a snub.", "the talks had failed",
     ("analysts", "see", "a snub")),
    ("He denied that the talks had failed, which many diplomats viewed as a sign of trouble.",
     "the talks had failed", ("many diplomats", "viewed", "a sign of trouble")),
    ("He said the talks had failed, which Tarsk called a provocation.", "the talks had failed",
     ("Tarsk", "called", "a provocation")),
])
def test_a_sentential_relative_is_the_writers(text, content, view):
    first, second = rels(text)
    assert first[2] == content
    assert second[:3] == view


@pytest.mark.parametrize("text, cue, content", [
    ("He said the talks had failed, a claim his rivals dispute.", "said", "the talks had failed"),
    # near misses: "which" for a noun-phrase object, for a noun inside the clause, or with a pronoun holder
    ("Kallan denied the report, which critics called a fabrication.", "denied",
     "the report, which critics called a fabrication"),
    ("He said the army had seized the bridge, which links the two towns.", "said",
     "the army had seized the bridge, which links the two towns"),
    ("He said the army had seized the town, which the rebels called their capital.", "said",
     "the army had seized the town, which the rebels called their capital"),
    ("He said the talks had failed, which he called a betrayal.", "said",
     "the talks had failed, which he called a betrayal"),
])
def test_a_renaming_tail_and_relative_near_misses(text, cue, content):
    assert by_cue(text, cue)[2] == content


# --- a noun of speech before a colon stays a miss (notebook 03's example of an analyzer miss) ---
def test_a_message_before_a_colon_stays_unattributed():
    assert rels("Lavrov's message was clear: the talks had failed.") == []
