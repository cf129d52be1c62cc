"""Attribution relations the guide asks for that the rules missed, and words read as cues that are
nouns (ANNOTATION.md §6.1, §6.2, §6.4). Constructed sentences in wire-service style with
fictional places and people; each fix has near misses that must stay as they are."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, rels



# --- a noun cue after a preposition, and its speaker after "from" ---

@pytest.mark.parametrize("text, cue, content", [
    ("The envoy was dogged by charges that he had taken bribes.", "charges", "he had taken bribes"),
    ("The convoy left despite warnings that the road was mined.", "warnings", "the road was mined"),
])
def test_noun_cue_after_a_preposition(text, cue, content):
    r = by_cue(text, cue)
    assert r is not None and r[0] is None and r[2] == content


def test_noun_after_a_preposition_without_a_clause_is_no_cue():
    assert rels("The envoy was dogged by charges.") == []
    assert rels("The case rests on reports from the border.") == []


@pytest.mark.parametrize("text, source, content", [
    ("The vote went ahead despite repeated warnings from his lawyer that the hearing was unlawful.",
     "his lawyer", "the hearing was unlawful"),
    ("Markets steadied after assurances from the central bank that rates would hold.",
     "the central bank", "rates would hold"),
])
def test_noun_cue_with_its_speaker_after_from(text, source, content):
    r = next(r for r in rels(text) if r[1] in ("warnings", "assurances"))
    assert r[0] == source and r[2] == content


def test_from_phrase_with_a_relative_clause_is_no_speaker():
    # "that" opens a relative clause on the region, which cannot speak
    assert rels("The vote went ahead despite warnings from a region that has suffered floods.") == []


# --- a relative pronoun subject with an adverb before the reported verb ---

def test_relative_subject_with_an_adverb_before_its_verb():
    r = by_cue("The strike hit a depot, which state media claimed now holds fuel for the army.", "claimed")
    assert r == ("state media", "claimed", "now holds fuel for the army", "distancing")


def test_relative_object_with_an_adverb_is_no_reported_clause():
    # the relative pronoun is the object and nothing follows the adverb but the main verb
    assert by_cue("The plan, which the ministry claimed only recently, failed.", "claimed") is None


# --- a clause in the simple past after a verb of evidence, with an adverb before its verb ---

def test_past_clause_with_an_adverb_and_a_named_object():
    r = by_cue("In 2019, research conducted by the Velm Institute found the agency consistently "
               "rated Lorvian firms higher.", "found")
    assert r is not None
    assert r[0] == "research conducted by the Velm Institute"
    assert r[2] == "the agency consistently rated Lorvian firms higher"


@pytest.mark.parametrize("text", [
    "Inspectors found the building badly damaged.",
    "Inspectors found the building badly damaged Friday.",
])
def test_object_and_its_state_stay_no_clause(text):
    assert by_cue(text, "found") is None


# --- nouns that look like plain verbs ---

@pytest.mark.parametrize("text", [
    "Battleground state Florida is nearly 3 percent Polish American.",
    "Swing state Ohio will vote on Tuesday.",
    "The bill is backed by once-loyal party advocates such as the Velm Courier.",
])
def test_noun_read_as_a_verb_is_no_cue(text):
    assert rels(text) == []


@pytest.mark.parametrize("text, source", [
    ("Officials state Russia will respond.", "Officials"),
    ("People say Lorvia will respond.", "People"),
    ("Moscow said Kyiv would respond.", "Moscow"),
])
def test_plain_verb_after_a_plural_or_a_past_stays_a_cue(text, source):
    r = rels(text)
    assert len(r) == 1 and r[0][0] == source


# --- speech heard: the participle is the cue ---

@pytest.mark.parametrize("text, source, cue, content", [
    ("The widow can be heard shouting to the soldiers that her husband was unarmed.",
     "The widow", "shouting", "her husband was unarmed"),
    ('Protesters were heard chanting "No more curfews!"', "Protesters", "chanting", "No more curfews!"),
])
def test_speech_after_a_perception_passive(text, source, cue, content):
    assert rels(text) == [(source, cue, content, "neutral")]


def test_heard_without_speech_is_no_relation():
    assert rels("Gunfire was heard in the city.") == []
    assert rels("The widow can be heard shouting at the soldiers.") == []


def test_speaker_marching_through_a_place():
    r = rels('Protesters marching through the capital chanted "No more curfews!"')
    assert r == [("Protesters marching through the capital", "chanted", "No more curfews!", "neutral")]


# --- a question put to someone unnamed ---

@pytest.mark.parametrize("text, content", [
    ("The president was once asked how the war would end.", "how the war would end"),
    ("The minister was asked whether talks would resume.", "whether talks would resume"),
])
def test_passive_question_has_no_source(text, content):
    r = rels(text)
    assert len(r) == 1 and r[0][0] is None and r[0][2] == content and r[0][3] == "neutral"


def test_passive_request_and_opening_question_stay_unchanged():
    assert rels("She was asked to leave when the meeting ended.") == []
    assert [x[1] for x in rels("Asked whether talks would resume, the minister said no.")] == ["said"]


# --- a second participle after "and" ---

def test_coordinated_participle_after_a_comma():
    r = by_cue("The two ministers traded barbs on Monday, each touting their own record and saying "
               "the other lacks the experience to lead.", "saying")
    assert r == ("each", "saying", "the other lacks the experience to lead", "neutral")


def test_coordinated_participles_after_a_text():
    r = rels("It issued a policy paper welcoming the agreement and calling for new talks.")
    assert r == [("a policy paper", "welcoming", "the agreement", "neutral"),
                 ("a policy paper", "calling for", "new talks", "commissive-directive")]


@pytest.mark.parametrize("text", [
    "Soldiers were seen running and shouting.",
    "The envoy waited, reading the papers and taking notes.",
])
def test_coordinated_participles_without_content_stay_out(text):
    assert rels(text) == []


# --- a time of saying between "called" and "for" ---

@pytest.mark.parametrize("text, content", [
    ("The opposition leader called Friday for releasing the detained journalists.",
     "releasing the detained journalists"),
    ("The ministry called on Monday for calm.", "calm"),
])
def test_call_for_with_a_day_between(text, content):
    r = rels(text)
    assert len(r) == 1 and r[0][1] == "called" and r[0][2] == content and r[0][3] == "commissive-directive"


def test_call_on_and_naming_stay_unchanged():
    assert rels("The ministry called on Tarsk to withdraw.") == [
        ("The ministry", "called on", "Tarsk to withdraw", "commissive-directive")]
    # a name that opens with a day: the noun before it cannot ask for anything
    assert by_cue("Thousands joined a rally called Friday for Freedom in the capital.", "called") is None


# --- a speaker with a relative clause that has its own object ---

@pytest.mark.parametrize("text, source", [
    ("One of the doctors who signed the letter called the minister a liar.", "One of the doctors who signed the letter"),
    ("The doctor who signed the letter called the minister a liar.", "The doctor who signed the letter"),
])
def test_speaker_with_a_transitive_relative_clause(text, source):
    assert rels(text) == [(source, "called", "the minister a liar", "neutral")]


def test_evidence_subject_still_reads_no_object():
    # a piece of evidence that shows a thing is read by the writer (§7), with or without a relative
    assert rels("Navy footage shows the ship.") == []
    assert rels("The footage that the navy released shows the ship.") == []


# --- a request whose addressee has an apposition ---

def test_request_to_an_addressee_with_an_apposition():
    r = by_cue("The ministry has asked Mira Holt, the commission's chair, to review the ballots.", "has asked")
    assert r == ("The ministry", "has asked", "Mira Holt, the commission's chair, to review the ballots",
                 "commissive-directive")


def test_question_to_an_addressee_with_an_apposition_is_no_request():
    assert by_cue("The ministry asked Mira Holt, the commission's chair, about the ballots.", "asked") is None


def test_plain_word_after_a_nationality_in_a_relative_clause_is_a_noun():
    text = ("The daughter of Aung Vel, the Lorvian leader who secured independence from British rule "
            "before being assassinated, Sia long enjoyed a revered standing.")
    assert rels(text) == []


def test_participle_after_a_participle_that_reports_nothing():
    text = ("The minister backed off some proposals, dialing back plans to cut the top rate, for example, "
            "and proposing new limits on tax breaks.")
    assert by_cue(text, "proposing") is None


# --- an adjective of belief after a copula of result, and after "and" ---

@pytest.mark.parametrize("text", [
    "The envoy came away convinced that reforms were under way.",
    "The envoy met Kessian leaders and came away convinced that reforms were under way.",
])
def test_came_away_convinced(text):
    assert rels(text) == [("The envoy", "came away convinced", "reforms were under way", "neutral")]


@pytest.mark.parametrize("text", [
    "The envoy came away from the talks.",
    "The envoy came away convinced.",
])
def test_came_away_without_a_clause(text):
    assert rels(text) == []


# --- pressure on the speaker, active ---

@pytest.mark.parametrize("text, source, cue, content", [
    ("The senator forced the banker to admit that no executive had been punished.",
     "the banker", "admit", "no executive had been punished"),
    ("The senator also forced Berk, who was under questioning from the committee, to admit that no "
     "executive had been punished.", "Berk, who was under questioning from the committee", "admit",
     "no executive had been punished"),
    ("They forced him to say the vote was rigged.", "him", "say", "the vote was rigged"),
])
def test_speaker_forced_to_speak(text, source, cue, content):
    r = by_cue(text, cue)
    assert r is not None and r[0] == source and r[2] == content


@pytest.mark.parametrize("text", [
    "The storm forced the ships to return to port.",
    "The court forced the ministry to publish the records.",
])
def test_forced_to_act_reports_nothing(text):
    assert rels(text) == []


def test_passive_pressure_stays_one_cue():
    assert rels("The minister was forced to admit that the figures were wrong.") == [
        ("The minister", "was forced to admit", "the figures were wrong", "admission-denial")]


# --- a gerund of saying after a preposition, opening the sentence or set off by commas ---

@pytest.mark.parametrize("text, source, content", [
    ("The speaker, despite admitting that he had concerns, backed the bill.", "The speaker", "he had concerns"),
    ("The speaker backed the bill despite admitting that he had concerns.", "The speaker", "he had concerns"),
    ("Despite admitting that he had concerns, the minister backed the bill.", "the minister", "he had concerns"),
    ("After saying that talks had failed, the minister left.", "the minister", "talks had failed"),
])
def test_gerund_after_a_preposition(text, source, content):
    r = rels(text)
    assert len(r) == 1 and r[0][0] == source and r[0][2] == content


@pytest.mark.parametrize("text", [
    "By saying that, he angered the allies.",
    "Despite warnings from Tarsk, the minister backed the bill.",
])
def test_gerund_or_noun_without_a_clause_after_a_preposition(text):
    assert rels(text) == []


# --- adverbs inside a participle's frame and inside a source ---

def test_participle_after_a_comma_and_perhaps():
    r = rels("The aides were also complimentary, perhaps recognizing that imitation is the best form of flattery.")
    assert r == [("The aides", "recognizing", "imitation is the best form of flattery", "endorsing")]


def test_perhaps_is_not_part_of_the_source():
    r = rels("The minister perhaps said more than he meant.")
    assert r[0][0] == "The minister"


def test_adverb_and_participle_inside_an_inverted_source():
    text = ("Donations to campaign funds hit $1.1 billion through August, a Velm Times analysis of newly "
            "filed campaign-finance reports shows.")
    assert rels(text) == [("a Velm Times analysis of newly filed campaign-finance reports", "shows",
                           "Donations to campaign funds hit $1.1 billion through August", "endorsing")]


def test_outlet_name_in_capitals_ending_in_today():
    r = rels("Donations hit nearly $1.1 billion, a VELM TODAY analysis shows.")
    assert r == [("a VELM TODAY analysis", "shows", "Donations hit nearly $1.1 billion", "endorsing")]


def test_coordinated_participle_past_an_ing_noun_and_a_comma():
    text = ("It issued a policy paper welcoming plans to increase funding for the region and to move "
            "equipment to Velm, and calling for new bases in the east.")
    assert by_cue(text, "calling for") == ("a policy paper", "calling for", "new bases in the east", "commissive-directive")


def test_noun_cue_clause_with_an_auxiliary_after_its_pronoun():
    r = by_cue("The envoy has been dogged by charges that he has taken bribes.", "charges")
    assert r == (None, "charges", "he has taken bribes", "distancing")
    # ... but a relative clause whose verb takes the noun stays no content
    assert by_cue("The envoy faces a charge that he has denied.", "charge") is None


def test_request_with_a_long_addressee_and_apposition():
    r = by_cue("The campaign has asked Velm TV's Mira Holt, the moderator for this year's first debate, "
               "to fact check her rival.", "has asked")
    assert r is not None and r[0] == "The campaign" and r[2].endswith("to fact check her rival")


# --- first-person learning is the speaker's own knowledge ---

@pytest.mark.parametrize("text", [
    "I've learned that the talks failed.",
    "We learned that the talks had failed.",
])
def test_first_person_learning_is_no_report(text):
    assert rels(text) == []


def test_learning_by_someone_else_is_a_report():
    assert rels("She learned that the talks had failed.") == [("She", "learned", "the talks had failed", "endorsing")]


# --- "that" after a preposition is a determiner ---

def test_that_after_a_preposition_opens_no_clause():
    assert rels("If you are in that situation, read the two guides I wrote in 2014 for people in that spot.") == []


def test_clause_after_a_setting_with_that():
    assert rels("The minister said in that interview that the talks had failed.") == [
        ("The minister", "said", "the talks had failed", "neutral")]


# --- a noun before a past verb that ends its clause ---

def test_noun_subject_of_a_past_verb_before_a_colon():
    assert rels("Sure enough, common sense prevailed: On July 6, the two countries signed an agreement.") == []


@pytest.mark.parametrize("text", [
    "Officials say detained journalists will be freed.",
    "The minister warns armed groups will be punished.",
])
def test_past_participle_before_a_noun_stays_content(text):
    assert len(rels(text)) == 1
