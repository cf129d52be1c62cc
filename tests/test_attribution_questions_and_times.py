"""Attribution sources, questions asked, times after a verb of speaking, quotations inside a longer
clause and the ends of contents (ANNOTATION.md §6.1-§6.3). Constructed wire-style sentences with
fictional places; each case checks the right reading and the near miss that must stay as it is."""

from __future__ import annotations

import pytest

from attribution_relations import cues as _cues
from attribution_relations import one_relation as _one
from attribution_relations import relations_with_kind as _rels
from course import analyze


# --- a participle after a main clause whose subject has an apposition: the whole phrase is its source ---
@pytest.mark.parametrize("text, cue, source", [
    ("Ivanov, the deputy foreign minister, spoke to reporters for an hour, adding that Moscow would respond.",
     "adding", "Ivanov, the deputy foreign minister"),
    ("Mira Haldt, Ostland's ambassador to the council, left the meeting early, saying she had been insulted.",
     "saying", "Mira Haldt, Ostland's ambassador to the council"),
    ("The ministry, which has summoned the envoy twice, issued a protest, warning that ties were at risk.",
     "warning", "The ministry, which has summoned the envoy twice"),
])
def test_participle_source_keeps_the_subjects_apposition(text, cue, source):
    assert _one(text, cue)[0] == source


def test_a_report_inside_the_subjects_relative_clause_does_not_take_the_participle():
    text = "Brisk, who said the talks had failed, left the room, adding that he would return."
    assert _one(text, "adding")[0] == "Brisk, who said the talks had failed"
    assert _one(text, "said")[0] == "who"
    # the participle right after the relative clause continues it
    assert _one("The envoy met Brisk, who said the talks had failed, adding that he would return.", "adding")[0] == "who"


@pytest.mark.parametrize("text, expected", [
    # a coordinated verb after a comma relative clause on the object is the main subject's, and
    # ends the first content (§6.2, the speaker's next act)
    ('Kallan denied the report, which she called "a fabrication", and vowed to sue.',
     [("Kallan", "denied", 'the report, which she called "a fabrication"'), ("she", "called", "a fabrication"),
      ("Kallan", "vowed", "sue")]),
    # ... but "and" inside the relative clause continues it
    ("Brisk met Dahl, who said the talks had failed and warned that Tarsk would respond.",
     [("who", "said", "the talks had failed"), ("who", "warned", "Tarsk would respond")]),
])
def test_a_coordinated_verb_after_a_relative_clause(text, expected):
    assert [r[:3] for r in _rels(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # an inverted source's apposition ends before a participle that carries the report on
    ('"We are ready," said Brisk, the deputy foreign minister, adding that talks could resume in May.',
     [("Brisk, the deputy foreign minister", "said"), ("Brisk, the deputy foreign minister", "adding")]),
    ('"We are ready," said Dalia Fors, who chairs the committee.', [("Dalia Fors, who chairs the committee", "said")]),
])
def test_an_inverted_apposition_ends_before_a_participle(text, expected):
    assert [r[:2] for r in _rels(text)] == expected


@pytest.mark.parametrize("text, cue, source", [
    # a setting between commas is no apposition (§6.2)
    ("Ivanov, in Velma, left the meeting early, saying he had been insulted.", "saying", "Ivanov"),
    # no apposition: the plain subject
    ("Deputy Minister Sergei Ivanov left the talks early, saying they had stalled.", "saying",
     "Deputy Minister Sergei Ivanov"),
])
def test_participle_source_without_an_apposition_is_unchanged(text, cue, source):
    assert _one(text, cue)[0] == source


# --- a time alone after a verb of speaking is no content, also before a participle that reports ---
@pytest.mark.parametrize("text", [
    "Ivanov, the deputy foreign minister, spoke for nearly an hour, saying the talks had stalled.",
    "Marek spoke for forty minutes, according to the readout, warning that Varnia would respond.",
    "The ministry replied within hours, saying the envoy had been recalled.",
])
def test_a_time_after_a_verb_of_speaking_reports_nothing(text):
    cues = _cues(text)
    assert "spoke" not in cues and "replied" not in cues
    assert any(c in ("saying", "warning") for c in cues)


def test_the_participle_after_an_according_to_aside_is_the_speakers():
    text = "Ivo Marek, Varnia's president, spoke for forty minutes, according to the readout, warning that Varnia would respond."
    assert _one(text, "warning")[0] == "Ivo Marek, Varnia's president"
    assert _one(text, "according to")[0] == "the readout"


@pytest.mark.parametrize("text, content", [
    # what was spoken of is content; a time with more words after it stays
    ("Marek spoke of a betrayal, saying the deal was dead.", "of a betrayal"),
    ("The ministry replied on Friday that the envoy had been recalled.", "the envoy had been recalled"),
])
def test_a_verb_of_speaking_with_content_is_kept(text, content):
    assert _rels(text)[0][2] == content


# --- "Asked by reporters whether ..., X replied ...": the question is the reporters', the answer X's ---
@pytest.mark.parametrize("text, source, content, answer", [
    ("Asked by reporters whether the talks would resume, the minister replied that no date had been set.",
     "reporters", "whether the talks would resume", ("the minister", "replied")),
    ("The minister, asked by reporters whether the talks would resume, replied that no date had been set.",
     "reporters", "whether the talks would resume", ("The minister", "replied")),
    ("Asked by a reporter how many troops had crossed, Haldt said she did not know.",
     "a reporter", "how many troops had crossed", ("Haldt", "said")),
])
def test_a_question_asked_by_a_named_agent_is_a_relation(text, source, content, answer):
    rels = _rels(text)
    asked = [r for r in rels if r[1].lower() == "asked"]
    assert asked == [(source, asked[0][1], content, "indirect", "neutral")]
    assert any(r[:2] == answer for r in rels)


@pytest.mark.parametrize("text, cue, source, content", [
    ("When asked by reporters whether the envoy would be expelled, the minister said all options were open.",
     "asked", "reporters", "whether the envoy would be expelled"),
    # a passive report inside a comma relative clause ends with it (§6.2)
    ("Haldt, who was asked by reporters whether she would resign, said she would not.",
     "was asked", "reporters", "whether she would resign"),
    ("The envoy, who was told by Tarsk that the talks were over, said he would stay.",
     "was told", "Tarsk", "the talks were over"),
    ("The envoy, who was told that the deal, which took years, was dead, left.",
     "was told", None, "the deal, which took years, was dead"),
])
def test_a_question_or_a_message_received_ends_with_its_clause(text, cue, source, content):
    assert _one(text, cue)[0:3] == (source, cue, content)


def test_a_message_received_outside_a_relative_clause_runs_on():
    assert _one("The envoy was told by Tarsk that the talks were over, officials said.", "was told")[2] == \
        "the talks were over"


@pytest.mark.parametrize("text, expected", [
    # no asker named: the frame reports nothing, the answer is the relation (§6.1)
    ("Asked whether Lorvia would send troops, Haldt said the government had made no decision.", [("Haldt", "said")]),
    # no agent, a question about a topic
    ("Asked about the sanctions, the spokesman declined to comment.", [("the spokesman", "declined")]),
])
def test_no_question_asked_by_a_named_agent(text, expected):
    assert [r[:2] for r in _rels(text)] == expected


# --- a request in the passive with its agent: the act asked for is the content, the subject the audience ---
@pytest.mark.parametrize("text, cue, source, content", [
    ("Lind was asked by the council to mediate.", "was asked", "the council", "mediate"),
    ("The envoy was urged by lawmakers to return home.", "was urged", "lawmakers", "return home"),
    ("Asked by the council to mediate, Lind agreed to travel to Velma.", "Asked", "the council", "mediate"),
])
def test_a_request_in_the_passive_reports_the_act(text, cue, source, content):
    assert _one(text, cue)[0:5] == (source, cue, content, "indirect", "commissive-directive")


@pytest.mark.parametrize("text, cue, content", [
    # no infinitive after the agent: the subject stays the content
    ("The plan was rejected by the council.", "was rejected", "The plan"),
    ("The envoy was asked by the council to the meeting.", "was asked", "The envoy"),
])
def test_a_passive_without_an_infinitive_keeps_its_subject(text, cue, content):
    assert _one(text, cue)[2] == content


# --- an act inside a question a refusal withholds is nobody's report (§6.1) ---
@pytest.mark.parametrize("text, cue", [
    ("She declined to say whether she would recommend sanctions if the talks failed.", "declined"),
    ("The spokesman refused to say whether Lorvia would demand compensation.", "refused"),
    ("She declined to comment on whether she would recommend sanctions.", "declined"),
])
def test_no_act_inside_a_withheld_question(text, cue):
    rels = _rels(text)
    assert [r[1] for r in rels] == [cue]
    assert rels[0][4] == "admission-denial"


def test_a_demand_outside_the_question_stays():
    rels = _rels("The spokesman refused to say whether talks would resume, and Lorvia demanded compensation.")
    assert "demanded" in [r[1] for r in rels]


# --- "according to" a text with two participles: both belong to the source, but "cited by" and
# "quoted by" name the via, with or without commas ---
@pytest.mark.parametrize("text, source, via, content", [
    ("According to figures compiled by the UN refugee agency and cited by the state broadcaster KRT, "
     "the real number may be closer to 90,000.",
     "figures compiled by the UN refugee agency", "the state broadcaster KRT", "the real number may be closer to 90,000"),
    ("According to figures compiled by the UN and released on Friday, the number may be higher.",
     "figures compiled by the UN and released on Friday", None, "the number may be higher"),
    ("According to a senior diplomat quoted by the Velm Daily, the talks have stalled.",
     "a senior diplomat", "the Velm Daily", "the talks have stalled"),
    ("The talks have stalled, according to a confidential assessment cited by the Dorsk Herald.",
     "a confidential assessment", "the Dorsk Herald", "The talks have stalled"),
    # who saw a text passed nothing on
    ("According to a draft agenda seen by Kit Wire, the talks will open on Monday.",
     "a draft agenda seen by Kit Wire", None, "the talks will open on Monday"),
])
def test_according_to_a_text_with_two_participles(text, source, via, content):
    rel = [r for r in analyze(text).attributions if r.cue.text.lower() == "according to"][0]
    assert (rel.source.text, rel.via.text if rel.via else None, rel.content.text) == (source, via, content)


@pytest.mark.parametrize("text, source, via", [
    ("A senior diplomat quoted by the Velm Daily said the talks had stalled.", "A senior diplomat", "the Velm Daily"),
    ("Officials quoted by state media said on Monday that the envoy had been recalled.", "Officials", "state media"),
    ("A report seen by Reuters said the talks had stalled.", "A report seen by Reuters", None),
])
def test_quoted_by_after_a_subject_is_the_via(text, source, via):
    rel = analyze(text).attributions[0]
    assert (rel.source.text, rel.via.text if rel.via else None) == (source, via)


def test_according_to_two_sources_stays():
    assert _one("According to the ministry and the UN, the number is rising.", "According to")[0] == \
        "the ministry and the UN"


# --- a text with a first participle and its agent keeps a second one between commas (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("A letter seen by ONA, signed by 12 Lorvian lawmakers, urged the government to suspend exports.",
     "urged", "A letter seen by ONA, signed by 12 Lorvian lawmakers"),
    ("A report seen by Reuters, prepared by the navy, concluded that failures had occurred.",
     "concluded", "A report seen by Reuters, prepared by the navy"),
])
def test_a_text_keeps_who_signed_it_after_who_saw_it(text, cue, source):
    assert _one(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    # people are no text: a setting after them stays out
    ("Officials briefed by ONA, speaking on condition of anonymity, said talks had failed.", "said",
     "Officials briefed by ONA"),
    ("A letter seen by ONA, in which the lawmakers set out their case, urged the government to act.", "urged",
     "A letter seen by ONA"),
])
def test_no_second_participle_no_longer_source(text, cue, source):
    assert _one(text, cue)[0] == source


# --- an inverted report after a quotation that carries on the writer's phrase reports the clause ---
@pytest.mark.parametrize("text, content", [
    ('Marek said such a move would "cross a red line", the presidential office said on Thursday.',
     'Marek said such a move would "cross a red line"'),
    ('Marek warned Ostland, saying the move would "cross a red line", his office said.',
     'Marek warned Ostland, saying the move would "cross a red line"'),
])
def test_inverted_report_after_a_quoted_fragment_takes_the_clause(text, content):
    outer = _rels(text)[-1]
    assert outer[2] == content and outer[3] == "mixed"


@pytest.mark.parametrize("text, source, via", [
    # a quoted label after "as" carries on the clause too; the outer report ends the inner content
    ('The ministry rejected the explanation as "a cover story", state television reported.', "state television", None),
    ('The ministry rejected the explanation as "a cover story", state television reported, citing a ministry '
     'statement.', "a ministry statement", "state television"),
])
def test_inverted_report_after_a_quoted_label(text, source, via):
    rels = analyze(text).attributions
    inner, outer = rels[0], rels[-1]
    assert inner.content.text == 'the explanation as "a cover story"'
    assert outer.cue.text == "reported" and outer.source.text == source
    assert (outer.via.text if outer.via else None) == via
    assert outer.content.text == 'The ministry rejected the explanation as "a cover story"' and outer.kind == "mixed"


def test_the_participles_content_stops_before_the_inverted_report():
    text = 'Marek warned Ostland, saying the move would "cross a red line", his office said.'
    assert _one(text, "saying")[2] == 'the move would "cross a red line"'


@pytest.mark.parametrize("text, source, content", [
    # a quotation that opens a clause of its own after "because" stays the inner report's
    ('He said he left because "the talks were over," she said.', "she", "the talks were over"),
    # a quotation that is a whole utterance stays direct
    ('Asked about the talks, "We will not back down," the minister said.', "the minister", "We will not back down"),
])
def test_inverted_report_after_a_whole_quotation_stays_direct(text, source, content):
    outer = _rels(text)[-1]
    assert outer[0] == source and outer[2] == content and outer[3] == "direct"


# --- a content cut before a coordinated cue that leaves one whole quotation is direct (§6.3) ---
@pytest.mark.parametrize("text, cue, content", [
    ('The ministry insisted that "the door remains open" and accused Velma of leaking the draft.',
     "insisted", "the door remains open"),
    ('The ministry said "the door remains open" and warned Velma against leaks.', "said", "the door remains open"),
])
def test_a_whole_quotation_before_a_coordinated_cue_is_direct(text, cue, content):
    rel = _one(text, cue)
    assert rel[2] == content and rel[3] == "direct"


def test_a_partial_quotation_before_a_coordinated_cue_stays_mixed():
    rel = _one('The ministry said the door "remains open" and warned Velma against leaks.', "said")
    assert rel[2] == 'the door "remains open"' and rel[3] == "mixed"


# --- the writer's renaming noun with a label given in a contact relative ends the content (§6.2) ---
@pytest.mark.parametrize("text, cue, content", [
    ('She acknowledged that the boats had switched off their transponders, a practice she described as '
     '"standard in contested areas".', "acknowledged", "the boats had switched off their transponders"),
    ("He said the army had cut the power twice, a tactic the opposition called blackmail.", "said",
     "the army had cut the power twice"),
])
def test_a_renaming_noun_with_a_label_ends_the_content(text, cue, content):
    assert _one(text, cue)[2] == content


@pytest.mark.parametrize("text, content", [
    # no label given after the noun: the apposition stays with the speaker's words
    ("He said the talks had stalled, a sign the process could collapse.",
     "the talks had stalled, a sign the process could collapse"),
    # a label inside the clause, with no comma before its noun
    ("He said the army had used a tactic the opposition called blackmail.",
     "the army had used a tactic the opposition called blackmail"),
])
def test_no_renaming_label_keeps_the_content(text, content):
    assert _one(text, "said")[2] == content


# --- an order passed on in the passive, quoted after "to": no "to" in the content ---
def test_a_quoted_order_after_was_told_to():
    rel = _one('Guards had been told to "let families through".', "had been told")
    assert rel[:4] == (None, "had been told", "let families through", "direct")


def test_an_unquoted_order_after_was_told_to_is_unchanged():
    rel = _one("Farmers were told to vote or lose their land.", "were told")
    assert rel[:4] == (None, "were told", "vote or lose their land", "indirect")


# --- "nor" and an inverted auxiliary negate a verb of saying and open a clause of their own (§6.4) ---
def test_nor_would_he_say_is_a_refusal():
    rels = _rels("The spokesman would not confirm the figure, nor would he say when the envoy would return.")
    assert rels == [("The spokesman", "would not confirm", "the figure", "indirect", "admission-denial"),
                    ("he", "say", "when the envoy would return", "indirect", "admission-denial")]


def test_nor_inside_a_reported_clause_stays():
    assert _one("He said neither Lorvia, nor Tarsk, would attend.", "said")[2] == "neither Lorvia, nor Tarsk, would attend"


# --- an opening participle frame before "..., the minister replied." is no content ---
@pytest.mark.parametrize("text", [
    "Asked whether the talks would resume, the minister replied.",
    "Speaking to reporters in Velma, the minister replied.",
])
def test_an_opening_participle_frame_is_no_inverted_content(text):
    assert [r[:3] for r in _rels(text)] == [("the minister", "replied", None)]


@pytest.mark.parametrize("text, content", [
    # a gerund subject with its object is a clause: the inverted report keeps it
    ("Sending troops would be a mistake, the minister said.", "Sending troops would be a mistake"),
    ("Talks will resume, the minister said.", "Talks will resume"),
])
def test_a_clause_before_an_inverted_cue_stays_content(text, content):
    assert _one(text, "said")[2] == content


# --- a report inside a comma relative clause opened by "whose" ends with the clause (§6.2) ---
@pytest.mark.parametrize("text, cue, source, content", [
    ("The ministry, whose spokesman declined to comment, said in a statement that it regretted the decision.",
     "declined", "whose spokesman", "comment"),
    ("The party, whose leader said the vote was rigged, boycotted the session.", "said", "whose leader",
     "the vote was rigged"),
    ("The opposition, whose leader, Marten Dahl, said the vote was rigged, boycotted the session.", "said",
     "whose leader, Marten Dahl", "the vote was rigged"),
])
def test_a_whose_relative_clause_ends_its_content(text, cue, source, content):
    assert _one(text, cue)[0:3] == (source, cue, content)


def test_the_main_verb_after_a_whose_clause_keeps_its_content():
    text = "The ministry, whose spokesman declined to comment, said in a statement that it regretted the decision."
    assert _one(text, "said")[0:3] == ("The ministry, whose spokesman declined to comment", "said", "it regretted the decision")


# --- a text keeps its author and its participle phrase; people keep a participle with its agent (§6.2) ---
@pytest.mark.parametrize("text, cue, source", [
    ("A report by the UN mission, released on Tuesday, found that both sides had violated the truce.", "found",
     "A report by the UN mission, released on Tuesday"),
    ("A report by the UN mission, published by the council, found that both sides had violated the truce.", "found",
     "A report by the UN mission, published by the council"),
    ("A joint statement issued after the talks called for an immediate ceasefire.", "called for",
     "A joint statement issued after the talks"),
    ("Lawmakers angered by the report said the minister should resign.", "said", "Lawmakers angered by the report"),
    ("Officials briefed by the minister said the talks had failed.", "said", "Officials briefed by the minister"),
])
def test_a_participle_phrase_stays_with_its_head(text, cue, source):
    assert _one(text, cue)[0] == source


@pytest.mark.parametrize("text, cue, source", [
    # how the writer reached the speaker, and a setting, stay out (§6.2)
    ("A ministry spokesman, reached by phone, said the talks had failed.", "said", "A ministry spokesman"),
    ("The head of the mission, speaking in Velma, said the talks had failed.", "said", "The head of the mission"),
    # who polled people is no speaker, and they keep the phrase
    ("Economists polled by the Herald said growth would slow.", "said", "Economists polled by the Herald"),
])
def test_settings_and_contact_stay_out_of_the_source(text, cue, source):
    assert _one(text, cue)[0] == source
