"""The attribution lens on clauses without "that" and on who does an infinitive (datasets/ANNOTATION.md
§6.1-§6.2): an adjective of certainty with a demonstrative subject after it, a long subject with a
participle inside a reported clause, verbs of evidence with a bare clause whose verb needs no
object, the subject of an infinitive after an occasion taken or never missed, a time between a
catenative verb and "to" or between a verb of hoping and its clause, a linking verb after "or", a
formula said, a pronoun of people with its relative clause, and a participle that only describes its
noun. Each rule is checked both ways. Constructed wire-style sentences."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, relations


# --- an adjective of certainty with the clause alone --------------------------------------------

@pytest.mark.parametrize("text, source, cue, content", [
    ("Tarsk officials are convinced this is the only way.", "Tarsk officials", "are convinced", "this is the only way"),
    ("Analysts are sure the truce will hold.", "Analysts", "are sure", "the truce will hold"),
    ("Velm diplomats were certain some would stay.", "Velm diplomats", "were certain", "some would stay"),
    ("Tarsk officials are convinced that this is the only way.", "Tarsk officials", "are convinced", "this is the only way"),
])
def test_adjective_of_certainty_with_a_bare_clause(text, source, cue, content):
    assert relations(text) == [(source, cue, content)]


@pytest.mark.parametrize("text", [
    "We are convinced this is the only way.",  # the first person's own stance (§6.1)
    "The Velm army is convinced of victory.",
    "The bridge is sure to be rebuilt.",
])
def test_adjective_of_certainty_near_misses(text):
    assert [r for r in relations(text) if r[1].endswith(("convinced", "sure"))] == []


# --- a long subject inside a bare clause after a verb of thought --------------------------------

def test_long_subject_with_a_participle_inside_a_bare_clause():
    text = "Some believe the high level of priority being placed on voters shows the campaign is worried."
    assert relations(text) == [
        ("Some", "believe", "the high level of priority being placed on voters shows the campaign is worried"),
        ("the high level of priority being placed on voters", "shows", "the campaign is worried"),
    ]


@pytest.mark.parametrize("text, outer", [
    ("Many believe the decision shows the campaign is worried.", "Many"),
    ("Many believe the decision shows that the campaign is worried.", "Many"),
    ("Analysts believe the decision shows that the campaign is worried.", "Analysts"),
])
def test_quantifier_subject_and_an_s_verb_with_its_own_that(text, outer):
    # "Many" takes no singular noun, so "believe" is its verb; "shows" is the bare clause's verb
    rels = relations(text)
    assert rels[0][:2] == (outer, "believe") and rels[0][2].startswith("the decision shows")
    assert rels[1] == ("the decision", "shows", "the campaign is worried")


def test_a_said_clause_whose_verb_has_its_own_that():
    assert relations("The minister said the decision shows that the campaign is worried.")[0] == (
        "The minister", "said", "the decision shows that the campaign is worried")


@pytest.mark.parametrize("text, source", [
    ("The priority given to voters shows the campaign is worried.", "The priority given to voters"),
    ("The document seen at the embassy shows that the talks had failed.", "The document seen at the embassy"),
])
def test_head_of_a_subject_with_a_participle_phrase(text, source):
    assert relations(text)[0][:2] == (source, text.split()[len(source.split())])


@pytest.mark.parametrize("text", [
    "Tarsk felt the need to do something about the conditions that many lived under.",
    "Although he maintains his belief in the accord as he understands it, he left.",
    "The envoys will renew calls for a ban.",
])
def test_long_subject_near_misses(text):
    assert relations(text) == []


def test_some_hope_as_a_noun_after_there_is():
    assert relations("There is some hope that the talks will resume.") == [(None, "hope", "the talks will resume")]


# --- verbs of evidence with a bare clause -------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("The study showed the plan works.", "showed", "the plan works"),
    ("The study has shown the plan works.", "has shown", "the plan works"),
    ("The study found the truce holds.", "found", "the truce holds"),
    ("The study showed the plan works well.", "showed", "the plan works well"),
    ("The study showed it works.", "showed", "it works"),
    ("The audit has shown it knows how.", "has shown", "it knows how"),
])
def test_evidence_verb_with_a_bare_clause_whose_verb_needs_no_object(text, cue, content):
    assert relations(text)[0][1:] == (cue, content)


@pytest.mark.parametrize("text", [
    "The minister showed the way.",
    "The minister showed reporters the site.",
    "The video showed troops crossing the river.",  # an object and what it was doing: no clause (§6.1)
    "The film showed the peace talks.",
    "The report explained the high costs of the war.",
    "She knows the specifics of the accord, and she gained experience in Velm.",
    "The minister showed it to reporters.",
])
def test_evidence_verb_near_misses(text):
    assert relations(text) == []


# --- an occasion taken, or never missed ---------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("The minister never missed a chance to remind reporters that the talks had failed.", "remind", "the talks had failed"),
    ("The minister missed no opportunity to remind reporters that the talks had failed.", "remind", "the talks had failed"),
    ("The minister did not miss a chance to remind reporters that the talks had failed.", "remind", "the talks had failed"),
    ("The minister took the opportunity to deny that troops had crossed.", "deny", "troops had crossed"),
    ("The minister never missed an opportunity to remind the audience he was the only envoy.", "remind",
     "he was the only envoy"),
])
def test_the_speaker_of_an_occasion_taken(text, cue, content):
    assert relations(text) == [("The minister", cue, content)]


@pytest.mark.parametrize("text", [
    "The minister missed a chance to remind reporters that the talks had failed.",  # the words were not said
    "The minister missed a chance to visit the troops.",
    "Voters had a chance to say what they think.",
])
def test_occasion_near_misses(text):
    assert relations(text) == []


# --- a time between a catenative verb and "to" -------------------------------------------------

@pytest.mark.parametrize("text, cue", [
    ("Stumpf tried on Tuesday to make the case that the losses were the work of a few clerks.",
     "tried on Tuesday to make the case"),
    ("Stumpf tried again to make the case that the losses were the work of a few clerks.",
     "tried again to make the case"),
    ("Stumpf tried last week to explain that the losses were the work of a few clerks.", "tried last week to explain"),
    ("Stumpf continued on Tuesday to insist that the losses were the work of a few clerks.",
     "continued on Tuesday to insist"),
    ("Stumpf tried to make the case that the losses were the work of a few clerks.", "tried to make the case"),
])
def test_time_between_a_catenative_verb_and_its_infinitive(text, cue):
    assert relations(text) == [("Stumpf", cue, "the losses were the work of a few clerks")]


def test_catenative_with_a_time_and_no_report():
    assert relations("Stumpf tried on Tuesday to reach the border.") == []


# --- a period of time before the clause of a verb of hoping or thinking -------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("Diplomats hope in the coming weeks the talks will resume.", "hope", "in the coming weeks the talks will resume"),
    ("Diplomats think within days the talks will resume.", "think", "within days the talks will resume"),
    ("Officials expect over the next year the economy will grow.", "expect", "over the next year the economy will grow"),
    ("Diplomats hope next week the talks will resume.", "hope", "the talks will resume"),
])
def test_period_before_a_bare_clause(text, cue, content):
    assert relations(text)[0][1:] == (cue, content)


@pytest.mark.parametrize("text", [
    "Diplomats hope in Velm the talks will resume.",  # a place, not a period
    "Diplomats worked in the coming weeks the talks.",
    "Diplomats believe in the coming weeks.",
])
def test_period_near_misses(text):
    assert relations(text) == []


# --- a linking verb after "or" ----------------------------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("They may step in if they haven't already or weren't sure if they could help.", "they"),
    ("They may step in if they haven't already and weren't sure if they could help.", "they"),
    ("Velm officials stayed or were convinced that the town was safe.", "Velm officials"),
])
def test_linking_verb_after_or_shares_the_subject(text, source):
    rels = relations(text)
    assert len(rels) == 1 and rels[0][0] == source
    if "if they could help" in text:
        assert rels[0][1:] == ("weren't sure", "if they could help")
        assert rels[0][0] == "they" and text.index(" they ") < text.index("haven't")


@pytest.mark.parametrize("text", [
    "The theory covers gravitating or electrically charged bodies.",
    "The church keeps an official or recognized list.",
    "One reason this toll was overlooked (or downplayed) is that disease spread.",
])
def test_or_between_modifiers_gives_no_report(text):
    assert relations(text) == []


# --- a formula said ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I hope in 2030 Velm says thank you.",
    "Officials hope Velm says thank you.",
    "The minister said thank you.",
])
def test_thank_after_a_verb_of_saying_is_the_formula(text):
    assert by_cue(text, "thank") is None
    assert all("says" not in (r[0] or "") for r in relations(text))


def test_formula_said_is_the_content_of_the_verb_of_saying():
    assert relations("The minister said thank you.") == [("The minister", "said", "thank you")]


def test_thank_as_a_verb_still_reports():
    assert by_cue("The minister thanked Velm for its help.", "thanked") is not None


# --- a pronoun of people with its relative clause --------------------------------------------

@pytest.mark.parametrize("text, source", [
    ("Those who remain say they will not leave.", "Those who remain"),
    ("Those who remain tend to be elderly and say they will not leave.", "Those who remain"),
    ("Those who fled the town were angry and said the army had shelled it.", "Those who fled the town"),
])
def test_pronoun_with_its_relative_clause_is_the_source(text, source):
    assert relations(text)[0][0] == source


# --- a participle that describes its noun -----------------------------------------------------

@pytest.mark.parametrize("text, source, cue", [
    ("Documents seen at the embassy show that the talks had failed.", "Documents seen at the embassy", "show"),
    ("The documents seen at the embassy show that the talks had failed.", "The documents seen at the embassy", "show"),
    ("Documents shown at the hearing say that the talks had failed.", "Documents shown at the hearing", "say"),
    ("A report seen by Velm Radio says that the talks had failed.", "A report seen by Velm Radio", "says"),
])
def test_participle_on_a_noun_is_no_cue(text, source, cue):
    assert relations(text) == [(source, cue, "the talks had failed")]


@pytest.mark.parametrize("text, source, cue", [
    ("The envoys have seen at the embassy that the talks had failed.", "The envoys", "have seen"),
    ("Officials noted at the meeting that the talks had failed.", "Officials", "noted"),
    ("Diplomats said at the embassy that the talks had failed.", "Diplomats", "said"),
])
def test_finite_verb_before_a_place_still_reports(text, source, cue):
    assert relations(text) == [(source, cue, "the talks had failed")]
