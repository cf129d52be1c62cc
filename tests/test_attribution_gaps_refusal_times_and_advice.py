"""Attribution: sources with a reduced relative after an adverb, zero relatives inside a subject,
headline verbs before "to", refusals dated by a time, and words a deontic modal asks for.

- A reduced relative with an adverb before its participle stays in the source ("Families of some
  of those still held said ..."); a verb with its object after an adverb stays a verb.
- A relative clause with no pronoun and a personal pronoun as its subject, inside a subject, ends
  before the verb of that subject ("after a drone it said had been launched from Tarsk crashed
  ..." -> "had been launched from Tarsk").
- An -s form after a noun, before "to" and a plain verb, with no finite verb after it, is the verb
  ("Velm parliament votes to cut aid ..., citing ...": the source is "Velm parliament"); after a
  determiner or before a finite verb it stays a noun ("The votes to approve the budget were counted"),
  and a plural of people heads a headline's "to" future ("Party leaders to meet in Vorna").
- A refusal to speak with only a time after it is dated by it and withholds no topic ("did not
  comment on Monday", "had no comment on Monday": a relation with no content).
- A cue under "should", "must" or "ought to" names words still to be said, advice or duty: no
  relation, in the passive too ("Velm should be told that ..."); "must have told" (an inference about
  words said), "will tell", the first person's "I must say" and the impersonal "It must be said that"
  keep theirs.
"""

from __future__ import annotations

import pytest

from attribution_relations import relations, rels


@pytest.mark.parametrize("text, expected", [
    ("Families of some of those still held said they were disappointed that their relatives had not been included.",
     ("Families of some of those still held", "said",
      "they were disappointed that their relatives had not been included")),
    ("Relatives of the men still held said they were disappointed.",
     ("Relatives of the men still held", "said", "they were disappointed")),
    ("Families of those still held in Tarsk said they were disappointed.",
     ("Families of those still held in Tarsk", "said", "they were disappointed")),
    ("Some of those already freed said they had been beaten.",
     ("Some of those already freed", "said", "they had been beaten")),
])
def test_a_reduced_relative_after_an_adverb_stays_in_the_source(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the participle right after its noun, as before
    ("Families of those held said they were disappointed.",
     [("Families of those held", "said", "they were disappointed")]),
    # an adverb before a finite verb with its object: the verb is the clause's
    ("The army also confirmed the strike.", [("The army", "confirmed", "the strike")]),
    ("Tarsk has already said it would not attend.", [("Tarsk", "said", "it would not attend")]),
])
def test_an_adverb_before_a_verb_keeps_the_verb_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orsa summoned Tarsk's ambassador after a drone it said had been launched from Tarskan territory "
     "crashed near the capital's main airport, forcing the suspension of flights.",
     ("it", "said", "had been launched from Tarskan territory")),
    ("A drone they said had been launched from Tarsk crashed near the airport.",
     ("they", "said", "had been launched from Tarsk")),
])
def test_a_zero_relative_inside_a_subject_ends_before_that_subjects_verb(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # no verb of the noun's own clause follows: the relative clause runs on
    ("Marr relies on notes she says were shown to her by an aide.", [("she", "says", "were shown to her by an aide")]),
    ("Orsa protested after a drone it said had been launched from Tarsk.",
     [("it", "said", "had been launched from Tarsk")]),
    # an object gap keeps the believed clause whole
    ("He believes the thing she said was a lie.", [("He", "believes", "the thing she said was a lie")]),
])
def test_a_zero_relative_with_no_verb_after_it_keeps_its_content(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velm parliament votes to cut aid to Drava, citing human rights concerns",
     ("Velm parliament", "citing", "human rights concerns")),
    ("Kessia government moves to close border, citing security threat",
     ("Kessia government", "citing", "security threat")),
])
def test_a_headline_s_form_before_to_is_the_verb(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk plans to expel envoys, citing security concerns",
     [("Tarsk", "plans", "expel envoys"), ("Tarsk", "citing", "security concerns")]),
    # after a determiner, or before a finite verb, the -s form is a noun with its infinitive
    ("The votes to approve the budget were counted, officials said.",
     [("officials", "said", "The votes to approve the budget were counted")]),
    ("Budget votes to approve the plan were delayed, officials said.",
     [("officials", "said", "Budget votes to approve the plan were delayed")]),
    # a plural of people heads a headline's "to" future
    ("Party leaders to meet in Vorna, citing need for calm", [("Party leaders", "citing", "need for calm")]),
    ("Velm foreign ministers to discuss sanctions, citing the strike",
     [("Velm foreign ministers", "citing", "the strike")]),
])
def test_a_noun_before_its_infinitive_keeps_the_noun_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry did not comment on Monday.", [("The ministry", "did not comment", None, "admission-denial")]),
    ("The ministry had no comment on Monday.", [("The ministry", "had no comment", None, "admission-denial")]),
    ("The ministry did not comment Monday.", [("The ministry", "did not comment", None, "admission-denial")]),
    ("The ministry did not comment yesterday.", [("The ministry", "did not comment", None, "admission-denial")]),
    ("The ministry did not comment on Monday, officials said.",
     [("The ministry", "did not comment", None, "admission-denial"),
      ("officials", "said", "The ministry did not comment on Monday", "neutral")]),
])
def test_a_time_after_a_refusal_dates_it(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a topic after the time, or a topic named by a day, is what was withheld
    ("The ministry would not comment on Monday on the report.",
     [("The ministry", "would not comment", "on the report", "admission-denial")]),
    ("The ministry did not comment on Monday's report.",
     [("The ministry", "did not comment", "on Monday's report", "admission-denial")]),
    ("The ministry had no comment on the report.",
     [("The ministry", "had no comment", "on the report", "admission-denial")]),
    ("Officials declined to comment on Thursday.", [("Officials", "declined", "comment", "admission-denial")]),
    # a comment given, with a time and nothing said, reports nothing (§6.1)
    ("The ministry commented on Monday.", []),
])
def test_a_topic_after_a_refusal_stays_its_content(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text", [
    "They should also tell Tarsk plainly that its behaviour carries costs.",
    "Velm must tell Tarsk that the border stays closed.",
    "Kessia ought to tell Tarsk that the border stays closed.",
    "Velm should not say that the deal is dead.",
    "Velm should never say that the deal is dead.",
    "Tell Tarsk that the border stays closed.",
    # in the passive too: the audience has not been told yet
    "Velm should be told that the border is closed.",
    "Envoys must be reminded that the talks are confidential.",
])
def test_words_a_deontic_modal_asks_for_are_no_report(text):
    assert relations(text) == []


@pytest.mark.parametrize("text, expected", [
    # the inner advice inside a report is the reported speaker's, not a second report
    ("Officials said Velm should tell Tarsk that the deal is dead.",
     [("Officials", "said", "Velm should tell Tarsk that the deal is dead")]),
    # an inference about words that were said, a future saying, a refusal, and the first person's
    # comment clause keep their relations
    ("Velm must have told Tarsk that the border was closed.",
     [("Velm", "must have told", "the border was closed")]),
    ("Velm will tell Tarsk that the border is closed.", [("Velm", "will tell", "the border is closed")]),
    ("Velm would not say whether the border was closed.", [("Velm", "would not say", "whether the border was closed")]),
    ("I must say that the talks went well.", [("I", "must say", "the talks went well")]),
    ("Velm must have been told that the border was closed.",
     [(None, "must have been told", "the border was closed")]),
    # the writer's impersonal comment clause says its words, as "I must say" does
    ("It must be said that the plan failed.", [(None, "must be said", "the plan failed")]),
])
def test_other_modals_keep_their_reports(text, expected):
    assert relations(text) == expected
