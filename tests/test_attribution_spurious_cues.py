"""Spurious cues, missed relations and content boundaries of attribution relations.

Not cues (ANNOTATION.md §6.1): a participle with "for" whom the speaker represents ("replying for the
government"), publishing a text moved into a relative pronoun, the first verb of "neither ... nor", a
noun of speech after "a brief written", a guessed finding with a modal ("may find"), a free relative
object ("what they fear"), evidence that shows "what appears to be" a thing, and a plural noun after a
headline's -s verb. Missed relations: "agree" on record under "according to", a quotation shouted by
a bare plural with a phrase of place, a belief that evidence shows, "showed" with a possessive
subject, a passive "whose" subject with an audience, "plead for" and "appeal for", an appeal to
someone to do something (with a time and a quoted act), a negated "confirm" with "this". Content
boundaries (§6.2): a dateline with a country, a mid-clause report with its audience and a via, a
renaming "figure" after a dash, and a sentence that ends after "3 a.m.". Every sentence is
constructed, with fictional places and people; each rule has a near miss.
"""

from __future__ import annotations

import pytest

from course import analyze
from course.document import build_document


def rows(text, *fields):
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None,
             *(_text(getattr(r, f)) for f in fields)) for r in analyze(text).attributions]


def _text(value):
    return getattr(value, "text", value)


# --- spurious cues --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # "for" names whom the speaker represents: a setting, the cue is the finite verb
    ("Deputy Minister Aro Vell, replying for the cabinet, said the tender was lawful.",
     [("Deputy Minister Aro Vell", "said", "the tender was lawful")]),
    ("The envoy, speaking for the delegation, said talks would resume.",
     [("The envoy", "said", "talks would resume")]),
    # near miss: a request "for" something is content
    ("The envoy, calling for calm, said talks would resume.",
     [("The envoy", "calling for", "calm"), ("The envoy", "said", "talks would resume")]),
])
def test_participle_for_whom_is_a_setting(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The memo, which Radio Velm published on Monday, shows that the army was unprepared.",
     [("The memo, which Radio Velm published on Monday", "shows", "the army was unprepared")]),
    # near miss: a verb that reports its object keeps the relative pronoun (§6.2)
    ("A strategy, which the bank detailed in its filings, was dropped.",
     [("the bank", "detailed", "which")]),
])
def test_publishing_into_a_relative_pronoun_is_the_channel(text, expected):
    assert rows(text) == expected


def test_neither_nor_is_one_cue():
    assert rows("Foreign Minister Ana Kell neither confirmed nor denied that troops had crossed the border.",
                "verb_class") == [("Foreign Minister Ana Kell", "neither confirmed nor denied",
                                   "troops had crossed the border", "admission-denial")]
    # near miss: one verb alone
    assert rows("Foreign Minister Ana Kell confirmed that troops had crossed the border.") == [
        ("Foreign Minister Ana Kell", "confirmed", "troops had crossed the border")]


@pytest.mark.parametrize("text, expected", [
    ("In a brief written reply, the ministry said the border was open.",
     [("the ministry", "said", "the border was open")]),
    ("In a short spoken reply, the ministry said the border was open.",
     [("the ministry", "said", "the border was open")]),
    # near miss: the verb "replied" with its clause
    ("The ministry replied that the border was open.", [("The ministry", "replied", "the border was open")]),
])
def test_noun_of_speech_after_an_adjective_is_no_cue(text, expected):
    assert rows(text) == expected


def test_modal_find_is_no_inverted_cue():
    text = ("Piracy has become a lucrative trade on the coast, and shippers that refuse to pay, as Varnia "
            "says it does, may find their crews held the longest.")
    assert rows(text) == [("Varnia", "says", "it does")]
    # near miss: a real inverted report after a comma
    assert rows("The crews were held for weeks, said the shipping minister.") == [
        ("the shipping minister", "said", "The crews were held for weeks")]


@pytest.mark.parametrize("text, expected", [
    ("But the gap between what Varnians fear and what they want from their leaders has never been this wide.", []),
    ("What officials fear is a second wave.", []),
    # near misses: a clause after the verb, and a label moved into "what"
    ("Officials fear that a second wave is coming.", [("Officials", "fear", "a second wave is coming")]),
    ('He was jailed for what prosecutors called "treason".', [("prosecutors", "called", "treason")]),
])
def test_free_relative_object_is_no_content(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Photos posted online show what appears to be a small drone.", []),
    ("Satellite images show what looks like a new airstrip.", []),
    # near misses: an indirect question and a clause are reported
    ("Satellite images show how thin the defences are.",
     [("Satellite images", "show", "how thin the defences are")]),
    ("The footage shows that the ship was hit.", [("The footage", "shows", "the ship was hit")]),
])
def test_evidence_showing_what_appears_to_be(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Varnia calls claims "fantasy"', [("Varnia", "calls", 'claims "fantasy"', "mixed")]),
    ("Minister rejects reports of a cover-up", [("Minister", "rejects", "reports of a cover-up", "indirect")]),
    # near misses: a plural noun before its verb, and "says" before a clause with a plural subject
    ("State media reports say the talks failed.", [("State media reports", "say", "the talks failed", "indirect")]),
    ("She says claims of a cover-up are false.", [("She", "says", "claims of a cover-up are false", "indirect")]),
])
def test_plural_after_an_s_verb_is_its_object(text, expected):
    assert rows(text, "kind") == expected


# --- missed relations -----------------------------------------------------------------------------

def test_agreement_under_according_to_keeps_its_relation():
    got = rows("The leaders of Varnia and Ostmark agreed on Friday to reopen two crossings, according to a joint statement.")
    assert ("The leaders of Varnia and Ostmark", "agreed", "reopen two crossings") in got
    got = rows("Sixty percent agreed that the army should withdraw, according to the survey.")
    assert ("Sixty percent", "agreed", "the army should withdraw") in got
    # near miss: a belief under "according to" stays in the record's content
    assert [r[1] for r in rows("According to officials, Moscow believes the talks failed.")] == ["According to"]


@pytest.mark.parametrize("text, expected", [
    ('"Resign!" shouted deputies on the opposition benches.',
     [("deputies on the opposition benches", "shouted", "Resign!")]),
    ('"Why?" asked a reporter at the back.', [("a reporter at the back", "asked", "Why?")]),
    # near miss: a name alone
    ('"Why?" asked Graham.', [("Graham", "asked", "Why?")]),
])
def test_inverted_cue_with_a_phrase_of_place(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Leaked memos show Varnian envoy doubted the truce would hold",
     [("Leaked memos", "show", "Varnian envoy doubted the truce would hold"),
      ("Varnian envoy", "doubted", "the truce would hold")]),
    ("The memos show that the envoy doubted that the truce would hold.",
     [("The memos", "show", "the envoy doubted that the truce would hold"),
      ("the envoy", "doubted", "the truce would hold")]),
    # near miss: a belief one speaker ascribes to another stays inside the content (§6.1)
    ("The minister said Moscow believes the talks failed.",
     [("The minister", "said", "Moscow believes the talks failed")]),
])
def test_belief_shown_by_evidence(text, expected):
    assert rows(text) == expected


def test_show_with_a_possessive_subject_clause():
    got = rows("Analysts said the figures showed the cabinet's line was \"out of touch with voters\".")
    assert ("the figures", "showed", "the cabinet's line was \"out of touch with voters\"") in got
    # near miss: a person showing a quality reports nothing
    assert rows("The minister showed the cabinet's resolve.") == []


@pytest.mark.parametrize("text, expected", [
    ("The letters, whose authenticity was confirmed to the Velm Gazette by two officials, suggest the talks failed.",
     ("two officials", "was confirmed", "whose authenticity")),
    ("The letters, whose authenticity was confirmed by two officials, suggest the talks failed.",
     ("two officials", "was confirmed", "whose authenticity")),
    ("Its authenticity was confirmed by two officials.", ("two officials", "was confirmed", "Its authenticity")),
])
def test_passive_whose_subject_and_audience(text, expected):
    assert expected in rows(text)


def test_passive_with_an_audience_needs_a_speaking_agent():
    assert rows("The plan was sent to the council by the ministry.") == []


@pytest.mark.parametrize("text, expected", [
    ("Family of detained Varnian pilot pleads for his release",
     [("Family of detained Varnian pilot", "pleads for", "his release", "commissive-directive")]),
    ("The bishop appealed for calm.", [("The bishop", "appealed for", "calm", "commissive-directive")]),
    # near miss: a plea in court is no request
    ("He pleaded guilty.", []),
])
def test_plead_for_and_appeal_for(text, expected):
    assert rows(text, "verb_class") == expected


@pytest.mark.parametrize("text, expected", [
    ("The family appealed to the government to stop hiding.",
     [("The family", "appealed", "to the government to stop hiding")]),
    ('The family of a pilot held in Ostmark appealed on Monday to the government to "end the delays" and tell them where he is.',
     [("The family of a pilot held in Ostmark", "appealed",
       'to the government to "end the delays" and tell them where he is')]),
    # near misses: a situation "threatens to" nothing; a finite second verb after "and" is a report
    ("The row threatens to split the bloc.", []),
    ("The envoy urged restraint and said talks would resume.",
     [("The envoy", "urged", "restraint"), ("The envoy", "said", "talks would resume")]),
])
def test_appeal_to_someone_to_act(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministry has not confirmed this.", [("The ministry", "has not confirmed", "this", "admission-denial")]),
    ("The ministry did not confirm this.", [("The ministry", "did not confirm", "this", "admission-denial")]),
    # near miss: a reply with only a time says nothing
    ("The ministry replied within hours.", []),
    ("The ministry replied this week.", []),
])
def test_withheld_confirmation_of_this(text, expected):
    assert rows(text, "verb_class") == expected


# --- content boundaries ---------------------------------------------------------------------------

def test_dateline_with_a_country_is_not_content():
    assert rows("VELMA, Varnia (ONA) — The talks failed, according to two officials.") == [
        ("two officials", "according to", "The talks failed")]
    assert rows("ORSK, North Ostmark (ONA) — The talks failed, according to two officials.") == [
        ("two officials", "according to", "The talks failed")]
    # near miss: a list of names opening the sentence is its subject
    assert rows("NATO, Varnia and Ostmark said talks would resume.") == [
        ("NATO, Varnia and Ostmark", "said", "talks would resume")]


@pytest.mark.parametrize("text, expected", [
    ('Holm, she told reporters, quoted by Ostmark media, was "a paid agent of foreign powers".',
     [("she", "told", 'was "a paid agent of foreign powers"', "Ostmark media")]),
    ("The troops, he told the agency KNA, would stay until May.",
     [("he", "told", "would stay until May", None)]),
    # near miss: a quotation before the cue and its audience
    ('"We will stay," she told reporters.', [("she", "told", "We will stay", None)]),
])
def test_mid_clause_report_with_its_audience(text, expected):
    assert rows(text, "via") == expected


@pytest.mark.parametrize("text, content", [
    ("According to the report, exports fell by 40 percent last year — a figure the ministry did not dispute.",
     "exports fell by 40 percent last year"),
    ("According to the report, exports fell by 40 percent last year, a figure the ministry has not disputed.",
     "exports fell by 40 percent last year"),
    # near miss: "a figure of" is the content's own noun phrase
    ("According to the report, exports fell to a figure of 40 percent.", "exports fell to a figure of 40 percent"),
])
def test_renaming_figure_after_a_dash(text, content):
    assert [r[2] for r in rows(text)] == [content]


def test_sentence_ends_after_a_clock_time():
    doc = build_document("Residents say they heard blasts around 3 a.m. One, a baker, told our reporter: \"The walls shook.\"")
    assert [s.text for s in doc.sentences][0] == "Residents say they heard blasts around 3 a.m."
    assert rows(doc.text) == [("Residents", "say", "they heard blasts around 3 a.m."),
                              ("One, a baker", "told", "The walls shook")]
    # near miss: a day after the time stays in the sentence
    assert len(build_document("The meeting starts at 9 a.m. Monday, officials said.").sentences) == 1
