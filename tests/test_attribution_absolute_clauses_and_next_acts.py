"""The attribution lens on shapes of wire reporting (datasets/ANNOTATION.md §6.1-§6.4): an absolute
clause after "with" whose subject speaks, the subject's second predicate after a noun-phrase
object or a present perfect, a refusal dated after its content, the writer's renaming of a report
after a comma, an occasion of speaking before "that", a plural noun inside a prepositional phrase,
and an "according to" after an inverted report. Checked both ways: the near misses keep their
reading."""

from __future__ import annotations

import pytest

from attribution_relations import relations
from course import analyze


@pytest.mark.parametrize("text, expected", [
    # "with" + the speakers + a participle: the subject of the absolute clause speaks
    ("Talks broke off, with envoys saying no date had been set.",
     [("envoys", "saying", "no date had been set")]),
    ("Talks broke off, with Tarsk accusing Velm of stalling.", [("Tarsk", "accusing", "Velm of stalling")]),
    # a second one after "and" ends the first content and has its own subject
    ("Talks broke off, with Western envoys accusing Kessia of stalling and Kessian officials blaming the West.",
     [("Western envoys", "accusing", "Kessia of stalling"), ("Kessian officials", "blaming", "the West")]),
    # opening the sentence, it ends at its comma, before the main clause
    ("With officials saying no date had been set, the talks ended.",
     [("officials", "saying", "no date had been set")]),
])
def test_the_subject_of_an_absolute_clause_speaks(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a text after "with" is a participle after its noun, as before
    ("The summit ended with a joint communique pledging to fight piracy.",
     [("a joint communique", "pledging", "fight piracy")]),
    # no comma before "with": a manner or a company, no absolute clause that reports
    ("He left with aides saying nothing.", []),
    # a participle with no content reports nothing
    ("The talks ended with envoys arguing over the text.", []),
])
def test_other_participles_after_with_keep_their_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, content", [
    ("China opposed unilateral sanctions and would continue to play a constructive role.", "unilateral sanctions"),
    ("Velm denied the report and would sue.", "the report"),
    ("Velm announced new sanctions and will expel two envoys.", "new sanctions"),
])
def test_a_noun_phrase_object_ends_before_and_a_modal(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, content", [
    # a reported clause goes on with its own subject
    ("Velm said talks had failed and would resume.", "talks had failed and would resume"),
    ("The researchers reported Apple holds $214.9 billion offshore and would owe taxes.",
     "Apple holds $214.9 billion offshore and would owe taxes"),
])
def test_a_reported_clause_keeps_its_second_predicate(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, content", [
    ("Israel has said it will not allow Kessia to obtain a bomb and has reportedly carried out sabotage.",
     "it will not allow Kessia to obtain a bomb"),
    ("Israel has said it will not allow Kessia to obtain a bomb and has sent jets to the border.",
     "it will not allow Kessia to obtain a bomb"),
    # the reported clause in the perfect itself goes on: the second "has" is its subject's
    ("Israel has said Kessia has enriched uranium and has hidden it.", "Kessia has enriched uranium and has hidden it"),
    # the cue not in the perfect: nothing to share
    ("Velm said it will respond and has sent troops.", "it will respond and has sent troops"),
])
def test_a_present_perfect_after_and_goes_back_to_the_cue(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, content", [
    ("Officials declined to comment on Thursday.", "comment"),
    ("Officials declined to comment on the report on Thursday.", "comment on the report"),
    ("Officials refused to say Monday.", "say"),
    # what was withheld keeps its topic, and a refusal to act keeps its day (it may be the act's)
    ("Officials declined to comment on the report.", "comment on the report"),
    ("Velm refused to sign the deal on Thursday.", "sign the deal on Thursday"),
])
def test_a_refusal_to_answer_is_dated_outside_its_content(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, expected", [
    ("The IAEA reported that Kessia had enriched uranium, a finding Kessian officials dismissed as politically motivated.",
     [("The IAEA", "reported", "Kessia had enriched uranium")]),
    ("The ministry warned that it would use all options, a phrase officials often use to hint at force.",
     [("The ministry", "warned", "it would use all options")]),
    ('Tarsk denied the report, a finding Velm has called "absurd".', [("Tarsk", "denied", "the report")]),
    ("Velm expelled two envoys, accusing them of spying, in the sharpest escalation since May.",
     [("Velm", "accusing", "them of spying")]),
])
def test_the_writers_renaming_after_a_comma_is_no_content(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an -ing adjective before a name still opens the speaker's noun phrase
    ("A leading Kremlin critic said the vote was rigged.", [("A leading Kremlin critic", "said", "the vote was rigged")]),
    # a renaming noun that is the content's own object stays in it
    ("Officials said they would publish a finding next week.", [("Officials", "said", "they would publish a finding next week")]),
])
def test_near_misses_of_the_renaming_keep_their_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, content", [
    ("Keel said in remarks carried by the state news agency VNA that her government would not pay.",
     "her government would not pay"),
    ("Keel said in remarks that her government would not pay.", "her government would not pay"),
    ("Keel said in comments published by VNA that her government would not pay.", "her government would not pay"),
    ("Keel said in remarks to reporters that the deal was dead.", "the deal was dead"),
])
def test_an_occasion_of_speaking_before_that_is_a_setting(text, content):
    assert relations(text) == [("Keel", "said", content)]


def test_remarks_as_the_object_keep_their_own_clause():
    assert relations("Keel repeated her remarks that the deal was dead.") == [
        ("Keel", "repeated", "her remarks that the deal was dead"), ("her", "remarks", "the deal was dead")]


@pytest.mark.parametrize("text, content", [
    ("The Kremlin said there were no plans for a call, dampening hopes of a quick end to the dispute.",
     "there were no plans for a call"),
    ("The Kremlin said there were no plans for a call, raising fears of a cut in supplies.",
     "there were no plans for a call"),
    # inside the content, with no comma, the participle is the speaker's
    ("Velm said it would keep raising concerns with Tarsk.", "it would keep raising concerns with Tarsk"),
])
def test_the_writers_note_of_an_effect_is_no_content(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, expected", [
    # the reported clause's own "had" goes on with its subject
    ("It said the two leaders had held talks and had agreed to meet again.",
     [("It", "said", "the two leaders had held talks and had agreed to meet again"),
      ("the two leaders", "had agreed", "meet again")]),
    ("The ministry said the envoy had left and had promised to return.",
     [("The ministry", "said", "the envoy had left and had promised to return"),
      ("the envoy", "had promised", "return")]),
    # the cue's own "had" goes back to the speaker
    ("The ministry had said the envoy left and had promised to return.",
     [("The ministry", "had said", "the envoy left"), ("The ministry", "had promised", "return")]),
    ("The ministry has said the plan failed and has vowed to retaliate.",
     [("The ministry", "has said", "the plan failed"), ("The ministry", "has vowed", "retaliate")]),
])
def test_a_perfect_after_and_follows_the_auxiliary_it_repeats(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural after a preposition's determiner and capitalised modifier is a noun, not "states"
    ("Russia will respond to any deployment of NATO troops in the Baltic states, Ryl was quoted as saying.",
     [("Ryl", "was quoted as saying",
       "Russia will respond to any deployment of NATO troops in the Baltic states")]),
    # ... the verb keeps its reading with its clause, or with no preposition before it
    ("Evidence from the Ormulum shows that the vowels were long.",
     [("Evidence from the Ormulum", "shows", "the vowels were long")]),
    ("The Baltic report states that troops must leave.", [("The Baltic report", "states", "troops must leave")]),
])
def test_a_plural_inside_a_prepositional_phrase_is_a_noun(text, expected):
    assert relations(text) == expected


def test_an_according_to_after_an_inverted_report_is_its_via():
    rels = analyze('"We will act," Ryl said, according to TASS.').attributions
    assert [(r.source.text, r.cue.text, r.content.text, r.via.text) for r in rels] == [
        ("Ryl", "said", "We will act", "TASS")]


@pytest.mark.parametrize("text", [
    # after a forward report's content it may credit the facts inside it: it stays a relation
    "Ryl said the talks had failed, according to TASS.",
    "It is thought that Drava may ask allies, according to two officials.",
])
def test_an_according_to_after_a_content_stays_a_relation(text):
    assert "according to" in [r.cue.text for r in analyze(text).attributions]


@pytest.mark.parametrize("text, expected", [
    # the subject's verb with a setting before its clause is a finite verb, not a participle on the noun
    ("The host suggested on his weekly programme that Moscow should deploy missiles.",
     [("The host", "suggested", "Moscow should deploy missiles")]),
    ("The city announced in late 2008 that the utility would finish the work.",
     [("The city", "announced", "the utility would finish the work")]),
    # a modifier of a medium after the preposition is part of the setting
    ("The host said on state television that Moscow should deploy missiles.",
     [("The host", "said", "Moscow should deploy missiles")]),
    # a bare plural of words renaming the report, judged in its relative clause
    ("The host said Moscow should deploy missiles, remarks the Kremlin later distanced itself from.",
     [("The host", "said", "Moscow should deploy missiles")]),
    # near misses: a participle on a noun that cannot speak, and the clause of another verb
    ("Satellite images published last month appear to show tanks.", []),
    ("Velm said in a report published on Thursday that the talks had failed.",
     [("Velm", "said", "the talks had failed")]),
    ("Velm said the remarks angered Tarsk.", [("Velm", "said", "the remarks angered Tarsk")]),
])
def test_settings_before_the_clause_and_renamed_remarks(text, expected):
    assert relations(text) == expected


def test_an_according_to_after_an_inverted_report_with_its_audience_is_its_via():
    rels = analyze('"These are routine exercises," Peskov told reporters, according to the RIA news agency.').attributions
    assert [(r.source.text, r.cue.text, r.via.text) for r in rels] == [("Peskov", "told", "the RIA news agency")]


def test_a_channel_after_by_is_no_via():
    rels = analyze('"The door remains open," the official said by email later.').attributions
    assert [(r.source.text, r.cue.text, r.via) for r in rels] == [("the official", "said", None)]


@pytest.mark.parametrize("text, expected", [
    # a simple past form whose participle is another word is the verb after its subject
    ('"We just want him home," his daughter wrote on Facebook.', [("his daughter", "wrote", "We just want him home")]),
    # "as" or "while" opening a clause of time after the cue is the writer's setting: no content
    ("Velm warned as the talks collapsed.", []),
    ("Velm warned while the talks collapsed that it would act.", [("Velm", "warned", "it would act")]),
    # ... but a label or a manner after "as", and the pro-form "as much", keep their readings
    ("Velm said as much in May.", [("Velm", "said", "as much")]),
    ("Analysts described it as an age-old tactic.", [("Analysts", "described", "it as an age-old tactic")]),
])
def test_past_forms_and_clauses_of_time_after_the_cue(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a gerund after a comma and a preposition goes on with the speaker before it, and ends that content
    ('"We leave with nothing," Holt said, before adding that the door was open.',
     [("Holt", "said", "We leave with nothing"), ("Holt", "adding", "the door was open")]),
    ("Holt said the talks failed, before adding that the door was open.",
     [("Holt", "said", "the talks failed"), ("Holt", "adding", "the door was open")]),
    # without a comma the clause's subject speaks, as before
    ("The minister began by saying that the talks had failed.", [("The minister", "saying", "the talks had failed")]),
])
def test_a_gerund_after_a_comma_and_a_preposition_goes_on(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, content", [
    # a past verb with its object after "and" is the subject's next act, after a noun-phrase content too
    ('Tarsk lashed out at what it called "hysteria" in the press and brushed off questions about the detainees.',
     '"hysteria" in the press'),
    ("China opposed the sanctions and sent a letter to the council.", "the sanctions"),
    # ... a clause goes on, and so do coordinated adjectives before a noun
    ("Velm said the convoy had stopped and turned back to the border.", "the convoy had stopped and turned back to the border"),
    ("Velm said the tired and wounded soldiers were evacuated.", "the tired and wounded soldiers were evacuated"),
])
def test_a_past_verb_after_and_ends_a_noun_phrase_content(text, content):
    assert relations(text)[0][2] == content


@pytest.mark.parametrize("text, content", [
    # a name after a preposition stays in the object, which still ends at the setting or a subordinator
    ("Tarsk proposed secret talks with Velmora in a letter sent last month.", "secret talks with Velmora"),
    ("Tarsk rejected talks with Velmora at a press conference.", "talks with Velmora"),
    ("He opposed the invasion of Iraq when it was first proposed.", "the invasion of Iraq"),
])
def test_a_name_after_a_preposition_stays_in_the_object(text, content):
    assert relations(text)[0][2] == content
