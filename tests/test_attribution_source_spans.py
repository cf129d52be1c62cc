"""Attribution source boundaries, "as" labels, cue spans and classes, and the attribution spans
of hedged reports (ANNOTATION.md §6.2, §6.4, §7). Constructed
sentences with fictional places; each case checks the right reading and the wrong one."""

from __future__ import annotations

import pytest

from attribution_relations import one_relation as _one
from attribution_relations import relations_with_kind as _rels
from course import analyze



# --- A5: an intransitive restrictive relative on the source ("who" takes a person as its head) ---
@pytest.mark.parametrize("text, source", [
    ("A retired major who fled to Varnia last year said that the depot was empty.",
     "A retired major who fled to Varnia last year"),
    ("A sergeant who defected said the unit had been disbanded.", "A sergeant who defected"),
    ("A pilot who deserted last week said the base was closed.", "A pilot who deserted last week"),
])
def test_intransitive_relative_keeps_the_source(text, source):
    src = _one(text, "said")[0]
    assert src == source
    assert src not in ("Varnia", "defected", "deserted")


def test_relative_on_a_thing_is_not_a_person():
    # "which" is no "who": the relative-clause rule for persons does not apply
    assert _one("Analysts who studied the wreck said it had been hit.", "said")[0] == "Analysts who studied the wreck"


# --- A6: a time inside the source's participial postmodifier ---
def test_time_in_a_participle_before_its_agent():
    src = _one("A study released on Monday by the Orsk Centre says exports fell.", "says")[0]
    assert src == "A study released on Monday by the Orsk Centre"
    assert src != "the Orsk Centre"


def test_time_after_a_participle_of_a_text():
    assert _one("A poll published on Thursday suggests most Varnians want a truce.", "suggests")[0] == \
        "A poll published on Thursday"
    # a time after a plain subject stays out of it
    assert _one("Lorvia on Monday said the border was shut.", "said")[0] == "Lorvia"


def test_according_to_an_interview_broadcast_with_its_agent():
    r = _one("Fuel prices doubled, according to an interview broadcast on Sunday by the channel Velm One.",
             "according to")
    assert r[0] == "an interview broadcast on Sunday by the channel Velm One"
    assert _one("Fuel prices doubled, according to Velm One on Sunday.", "according to")[0] == "Velm One"


# --- A9: "there" after the head noun ---
def test_place_adverb_after_the_noun():
    assert _one("A diplomat there said the talks had stalled.", "said")[0] == "A diplomat there"
    src = _one("A diplomat there, who asked not to be named, said only that the talks had stalled.", "said")[0]
    assert src == "A diplomat there, who asked not to be named"
    # a "there" that ends a clause is no source
    assert _one("The army was there, officials said.", "said")[0] == "officials"


# --- A15: possessive + noun + apposition (a first name spelt like a month) ---
@pytest.mark.parametrize("text, source", [
    ("His deputy, Jan Koval, wrote that the plan had failed.", "His deputy, Jan Koval"),
    ("His deputy, economist Jan Koval, wrote that the plan had failed.", "His deputy, economist Jan Koval"),
    ("Her co-author, April Lenz, wrote that the plan had failed.", "Her co-author, April Lenz"),
])
def test_possessive_apposition_with_a_month_like_name(text, source):
    src = _one(text, "wrote")[0]
    assert src == source
    assert src not in ("His deputy", "Her co-author")


# --- A27: the relative determiner "whose" ---
def test_whose_keeps_its_noun_as_the_source():
    r = _one("The vote was welcomed by the Farmers' Union, whose chairman, Ivo Lenk, said it was fair.", "said")
    assert r[0] == "whose chairman, Ivo Lenk"
    assert _one("The plan was backed by Varnia, whose premier said it was fair.", "said")[0] == "whose premier"
    # a closed "whose" clause leaves the head noun as the speaker
    assert _one("The ministry, whose staff left early, said it was fair.", "said")[0] == \
        "The ministry, whose staff left early"


# --- A26: a connective before a final "according to" and a comma relative after its source ---
def test_according_to_with_connective_and_relative():
    r = _one("At the same time, 40 percent backed new talks, according to the findings, which have a margin of "
             "error of four points.", "according to")
    assert r[0] == "the findings, which have a margin of error of four points"
    assert r[2] == "40 percent backed new talks"
    r = _one("Meanwhile, the ferry sank, according to two officials, which surprised nobody.", "according to")
    assert r[0] == "two officials"  # "which" after people comments on the sentence
    assert _one("Meanwhile, the ferry sank, according to two officials.", "according to")[2] == "the ferry sank"
    # a setting is not a connective
    assert _one("At the port, the ferry sank, according to two officials.", "according to")[2] == \
        "At the port, the ferry sank"


# --- A3: a second coordinated verb keeps the first verb's subject with its comma relative ---
def test_coordinated_verb_shares_the_subject():
    r = _one("The declaration, which was drafted by aides of both premiers, binds the two states to talks and "
             "calls on militias to disarm.", "calls on")
    assert r[0] == "The declaration, which was drafted by aides of both premiers"
    r = _one("The declaration binds the two states to talks and calls on militias to disarm.", "calls on")
    assert r[0] == "The declaration"


# --- A7: "as" labels whatever the subject ---
@pytest.mark.parametrize("text, cue, content, kind", [
    ('It dismissed Holm as "a traitor with a grudge".', "dismissed", 'Holm as "a traitor with a grudge"', "mixed"),
    ("It dismissed Holm as a traitor.", "dismissed", "Holm as a traitor", "indirect"),
    ('A former neighbour described her as "the quiet one".', "described", 'her as "the quiet one"', "mixed"),
    ("Some 70 percent described Varnia as unfriendly.", "described", "Varnia as unfriendly", "indirect"),
])
def test_as_label_kept_with_any_subject(text, cue, content, kind):
    r = _one(text, cue)
    assert r[2] == content and r[3] == kind


def test_seeing_as_still_needs_a_holder():
    assert _rels("The drought saw prices rise as crops failed.") == []
    assert _rels("The flood left the valley as a lake.") == []


# --- A10: a split question whose "?" closes the second fragment ---
def test_split_question_is_neutral():
    r = _one('"How long must we wait," Holm asked, "before the council acts?"', "asked")
    assert r[4] == "neutral"
    r = _one('"Send the list," Holm asked, "before the vote."', "asked")
    assert r[4] == "commissive-directive"


# --- A12: "called out" takes its particle ---
def test_called_out_with_particle():
    r = _one('A deputy called out "Liars!"', "called out")
    assert r[2] == "Liars!" and r[3] == "direct"
    assert all(x[1] != "called" for x in _rels('A deputy called out "Liars!"'))
    assert _rels("The clerk called out the names of the absent deputies.") == []


# --- A14 / U5: the impersonal frame with its adverb (and a place before "that") ---
def test_impersonal_frame_with_adverb_is_the_cue():
    a = analyze("It is widely believed in Varnia that a new deal is close.")
    assert [(r.cue.text, r.source, r.content.text) for r in a.attributions] == \
        [("It is widely believed", None, "a new deal is close")]
    assert a.unattributed == []  # the frame governs the main clause (§7.2)
    assert _one("It has been widely reported that the talks failed.", "It has been widely reported")[2] == \
        "the talks failed"
    assert [r.cue.text for r in analyze("It is widely believed that a deal is close.").attributions] == \
        ["It is widely believed"]


# --- attribution spans of hedged reports ---
def test_agent_of_polled_by_is_not_the_source():
    r = _one("Rates will rise again, economists polled by the Velm Courier said.", "said")
    assert r[0] == "economists polled by the Velm Courier"
    assert r[2] == "Rates will rise again"


def test_writer_framing_before_a_colon():
    r = _one("Whether buyers return is unclear: the grain market, dealers said, is pricing in a glut.", "said")
    assert r[2] == "is pricing in a glut"
    r = _one("Lorvia has one goal: to win the vote, he said.", "said")
    assert r[2] == "to win the vote"


def test_writer_setting_in_a_ruling_after_the_content():
    r = _one("The tribunal said the strait should stay open, in an advisory opinion that is widely seen as a blow.",
             "said")
    assert r[2] == "the strait should stay open"
    assert "opinion" not in r[2]


# --- a phrase of time or place fronted without a comma is not part of the source (§6.2) ---
@pytest.mark.parametrize("text, source", [
    ("On Monday the ministry said the talks had failed.", "the ministry"),
    ("On Monday Lavrov said the talks had failed.", "Lavrov"),
    ("In May officials said the talks had failed.", "officials"),
    ("In the next eight weeks the ministry said the talks would fail.", "the ministry"),
    ("In 2019 the ministry said the talks had failed.", "the ministry"),
    ("In Velma the ministry said the talks had failed.", "the ministry"),
    ("At the summit the envoy said the talks had failed.", "the envoy"),
    ("In the next eight weeks the ministry must act, emphasizing the threat.", "the ministry"),
])
def test_fronted_time_or_place_without_comma_is_not_the_source(text, source):
    cue = "emphasizing" if "emphasizing" in text else "said"
    assert _one(text, cue)[0] == source


@pytest.mark.parametrize("text, source", [
    ("The Sunday Times said the talks had failed.", "The Sunday Times"),  # a name, with no preposition
    ("Officials in the capital said the talks had failed.", "Officials in the capital"),
    ("A spokesman for the ministry said the talks had failed.", "A spokesman for the ministry"),
    ("The head of the agency said the talks had failed.", "The head of the agency"),
])
def test_a_source_with_its_own_preposition_stays_whole(text, source):
    assert _one(text, "said")[0] == source


def test_a_time_after_the_agent_is_not_part_of_it():
    r = _one("The embargo was declared by President Soren in the 1990s.", "was declared")
    assert r[0] == "President Soren"
    assert _one("The embargo was announced by officials in Velma.", "was announced")[0] == "officials in Velma"


# --- "May" with a capital inside the sentence is a name or the month, not the modal ---
@pytest.mark.parametrize("text, source, cue", [
    ("Theresa May said the talks had failed.", "Theresa May", "said"),
    ("Prime Minister Theresa May has said the talks had failed.", "Prime Minister Theresa May", "has said"),
    ("The talks had failed, Mrs May said.", "Mrs May", "said"),
    ("A spokesman for the ministry in May said the talks had failed.", "A spokesman for the ministry", "said"),
])
def test_capitalised_may_is_a_name_or_a_month(text, source, cue):
    assert [(r[0], r[1]) for r in _rels(text)] == [(source, cue)]


def test_lower_case_may_stays_a_modal_and_a_month_is_a_time_before_the_clause():
    assert _one("Officials may say the talks failed.", "may say")[0] == "Officials"
    r = _one("Lavrov told reporters in May that the talks had failed.", "told")
    assert r[2] == "the talks had failed"
    assert _one("Lavrov said he may resign.", "said")[2] == "he may resign"


def test_a_present_verb_before_an_infinitive_ends_the_shared_subject():
    # the coordinated "tell" shares the clause subject, which ends before "needs"
    assert _one("Lavrov needs to sell the plan and tell reporters that it works.", "tell")[0] == "Lavrov"
    assert _one("The Kremlin needs to sell the plan and tell reporters that it works.", "tell")[0] == "The Kremlin"
    assert _one("Lorvian Affairs sold the plan and told reporters that it works.", "told")[0] == "Lorvian Affairs"


# --- an inverted source that opens with a number, a bare title or a bare plural (§6.2) ---
@pytest.mark.parametrize("text, source", [
    ('The talks failed. "They are wrong," said two officials.', "two officials"),
    ('The talks failed. "They are wrong," said farmer Ivan Petrov.', "farmer Ivan Petrov"),
    ('The talks failed. "They are wrong," said 9/11 widow Terry Strada.', "9/11 widow Terry Strada"),
    ("The army retreated, said officials.", "officials"),
    ("The army retreated, said officials in Velma.", "officials in Velma"),
    ("The talks failed, said analyst Mikel Aro of the Velm Institute.", "analyst Mikel Aro of the Velm Institute"),
])
def test_inverted_source_with_a_number_a_bare_title_or_a_bare_plural(text, source):
    r = _one(text, "said")
    assert r[0] == source
    assert r[2] in ("They are wrong", "The army retreated", "The talks failed")


@pytest.mark.parametrize("text, content", [
    ("The envoy left, said officials had lied.", "officials had lied"),  # a clause follows: no inversion
    ("He said two officials had left.", "two officials had left"),
    ("Tarsk revealed the drug, or a powder, was found in Velm's car.", "the drug, or a powder, was found in Velm's car"),
])
def test_a_noun_phrase_that_opens_a_clause_is_not_an_inverted_source(text, content):
    found = _rels(text)
    assert len(found) == 1 and found[0][2] == content


def test_a_sentence_first_may_before_a_past_form_is_a_name():
    assert [(r[0], r[1]) for r in _rels("May said the talks had failed.")] == [("May", "said")]
    assert [(r[0], r[1]) for r in _rels("Will said the talks had failed.")] == [("Will", "said")]
    assert [(r[0], r[1]) for r in _rels("May they say so?")] == [("they", "say")]  # the modal


@pytest.mark.parametrize("text, source, cue", [
    # a sentence's first "May" before a finite "be" or "have" is the name, not the modal
    ("May has said that the talks failed.", "May", "has said"),
    ("May was told that the talks had failed.", None, "was told"),
])
def test_a_first_may_before_a_finite_auxiliary_is_a_name(text, source, cue):
    rel = next(r for r in analyze(text).attributions)
    assert (rel.source.text if rel.source else None, rel.cue.text) == (source, cue)


@pytest.mark.parametrize("text, source", [
    # a comma between two adjectives stays inside the source
    ("A small, pro-Western party said it would quit the coalition.", "A small, pro-Western party"),
    ("The talks ended after a senior, well-connected diplomat said they had failed.", "a senior, well-connected diplomat"),
    ("A brief, bitter statement said the ceasefire had collapsed.", "A brief, bitter statement"),
    # a comma after a noun or a time closes the phrase before the source
    ("Earlier this month, the minister said talks had failed.", "the minister"),
    ("On the other hand, many scholars say the treaty failed.", "many scholars"),
])
def test_a_comma_between_adjectives_stays_in_the_source(text, source):
    rel = next(r for r in analyze(text).attributions)
    assert rel.source.text == source


@pytest.mark.parametrize("text, source, content", [
    # quotative inversion takes a simple verb: with an auxiliary the subject stands before the comma
    ("Velm, for its part, has welcomed the move.", "Velm", "the move"),
    ("Tarsk, in a statement, had denied the charge.", "Tarsk", "the charge"),
    # the simple verb still inverts
    ("The talks failed, said the minister.", "the minister", "The talks failed"),
])
def test_an_auxiliary_before_the_cue_keeps_the_subject_before_the_comma(text, source, content):
    rel = next(r for r in analyze(text).attributions)
    assert (rel.source.text, rel.content.text) == (source, content)


@pytest.mark.parametrize("text, source", [
    # a bare title of up to three lower-case words before a name, in an inverted report
    ('"The figures are wrong," said opposition leader Karl Weiss.', "opposition leader Karl Weiss"),
    ('"The figures are wrong," said former deputy minister Karl Weiss.', "former deputy minister Karl Weiss"),
    ('"The figures are wrong," said farmer Ivan Petrov.', "farmer Ivan Petrov"),
])
def test_a_bare_title_of_several_words_opens_an_inverted_source(text, source):
    assert [(r.source.text, r.cue.text, r.content.text) for r in analyze(text).attributions] == [
        (source, "said", "The figures are wrong")]


@pytest.mark.parametrize("text, source", [
    # an ordinal after its article belongs to the source's phrase
    ("The first official said the talks had failed.", "The first official"),
    ("The last envoy to visit said the talks had failed.", "The last envoy to visit"),
    # a ranked noun before a contact clause is not the source: the clause's subject speaks
    ("It was the first time the government said the talks had failed.", "the government"),
    # a time with "last" is no part of the source
    ("Officials noted that last year Pagliano said the talks had failed.", "Pagliano"),
])
def test_ordinals_in_and_before_the_source(text, source):
    assert [r.source.text for r in analyze(text).attributions if r.cue.text == "said"] == [source]
