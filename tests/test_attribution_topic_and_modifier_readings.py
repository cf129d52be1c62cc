"""Words of saying read as something else: evidence that "says something about" a topic, an -ed
form or a plural that modifies a noun, an offer that gives a thing, and a relative "that" on the
object; and where a noun-phrase object ends when a time stands inside it (ANNOTATION.md §6.1,
§6.2). Each case has a near miss that must still be found. Every sentence is constructed, with
fictional places and people.
"""

from __future__ import annotations

import pytest

from course import analyze


def rows(text):
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None)
            for r in analyze(text).attributions]


# --- a thing that "says something about" or "tells us a lot about" X indicates (§6.1) -------------

@pytest.mark.parametrize("text, expected", [
    ("In the end, the pivot may tell us less about Tarsk than about the West.", []),
    ("That two hosts would sign up with the network says something about the media.", []),
    ("The vote tells us a great deal about the mood in Velma.", []),
    # near misses: a speaker or a text that says little about a topic still reports
    ("Lavrov said little about the talks.", [("Lavrov", "said", "little about the talks")]),
    ("The report says little about the costs.", [("The report", "says", "little about the costs")]),
    ("The envoy told reporters about the talks.", [("The envoy", "told", "about the talks")]),
    ("Analysts say the row tells us more about Velm than about Tarsk.",
     [("Analysts", "say", "the row tells us more about Velm than about Tarsk")]),
])
def test_a_thing_that_says_something_about_a_topic_reports_nobody(text, expected):
    assert rows(text) == expected


# --- an -ed form between a verb and its noun of speech is an adjective (§6.1) ---------------------

@pytest.mark.parametrize("text, expected", [
    ("The boat had entered Lorvian waters and ignored repeated warnings.", []),
    ("The ministry issued repeated appeals for calm.", []),
    ("The talks went ahead despite repeated denials from the palace.", []),
    ("The ministry said the boat had ignored repeated warnings.",
     [("The ministry", "said", "the boat had ignored repeated warnings")]),
    # near misses: a perfect, and a relative clause that ends before the main verb
    ("She had repeated warnings that the dam would fail.",
     [("She", "had repeated", "warnings that the dam would fail"), (None, "warnings", "the dam would fail")]),
    ("The official who resigned repeated claims that the vote was rigged.",
     [("The official who resigned", "repeated", "claims that the vote was rigged"),
      (None, "claims", "the vote was rigged")]),
])
def test_an_ed_form_between_a_verb_and_its_noun_is_an_adjective(text, expected):
    assert rows(text) == expected


# --- a plural after a capitalised compound in "<collection> of" is a noun (§6.1) ------------------

@pytest.mark.parametrize("text, expected", [
    ("The agency drafted a set of Clean Air Act rules that could lead to higher costs.", []),
    # near misses: members who speak, and a court that rules
    ("A number of Security Council members say the vote should be delayed.",
     [("A number of Security Council members", "say", "the vote should be delayed")]),
    ("The Supreme Court rules that the law is void.", [("The Supreme Court", "rules", "the law is void")]),
])
def test_a_plural_after_a_capitalised_compound_is_a_noun(text, expected):
    assert rows(text) == expected


# --- "offer" with a person and a thing gives, it does not commit (§6.1) ---------------------------

@pytest.mark.parametrize("text, expected", [
    ("Oz's show offered Trump a platform to reach voters.", []),
    ("Tarsk offered Velm a deal to end the war.", []),
    ("The minister offered him a seat at the table.", []),
    # near misses: an offer to act is a commitment; an apology offered reports no words
    ("Velm offered to mediate between the two sides.", [("Velm", "offered", "mediate between the two sides")]),
    ("Velm offered on Monday to mediate.", [("Velm", "offered", "mediate")]),
    ("The minister offered an apology to the families.", []),
])
def test_an_offer_of_a_thing_to_a_person_is_no_commitment(text, expected):
    assert rows(text) == expected


# --- a "that" after the object of a verb with no addressee is a relative clause (§6.1) ------------

@pytest.mark.parametrize("text, expected", [
    ("The summit will help Mr. Putin maintain the image of the strong leader that Mr. Trump so admires.", []),
    ("Color analysis is the process of determining the colors that best suit a face.", []),
    # near misses: an addressee before the clause, a noun cue's clause, a noun of an idea, a time
    ("The envoy told the council that the ceasefire would hold.",
     [("The envoy", "told", "the ceasefire would hold")]),
    ("The general warned the allies that the border was unsafe.",
     [("The general", "warned", "the border was unsafe")]),
    ("The ministry denied the claim that troops had crossed the river.",
     [("The ministry", "denied", "the claim that troops had crossed the river"),
      (None, "claim", "troops had crossed the river")]),
    ("The woman disputes the idea that she needed to be taken to hospital.",
     [("The woman", "disputes", "she needed to be taken to hospital")]),
    ("The minister argued this week that the talks had stalled.",
     [("The minister", "argued", "the talks had stalled")]),
])
def test_a_that_after_the_object_of_a_verb_with_no_addressee_is_a_relative(text, expected):
    assert rows(text) == expected


# --- a time inside a noun-phrase object: the object still ends at a subordinator (§6.2) -----------

@pytest.mark.parametrize("text, expected", [
    ('Orsa\'s president accused Velm on Monday of "nuclear blackmail" after Velmish forces began a week of exercises.',
     [("Orsa's president", "accused", 'Velm on Monday of "nuclear blackmail"')]),
    ("Orsa's president accused the army on Monday of blackmail after Velmish forces began exercises.",
     [("Orsa's president", "accused", "the army on Monday of blackmail")]),
    # near misses: with no time, and a clause that goes on with "after"
    ("Orsa's president accused Velm of blackmail after Velmish forces began a week of exercises.",
     [("Orsa's president", "accused", "Velm of blackmail")]),
    ("The minister said on Monday the talks failed after Velm walked out.",
     [("The minister", "said", "the talks failed after Velm walked out")]),
])
def test_a_time_inside_the_object_does_not_carry_the_content_past_a_subordinator(text, expected):
    assert rows(text) == expected


# --- "in her view": a possessive pronoun of the third person is the holder (§6.3) -----------------

@pytest.mark.parametrize("text, expected", [
    ("In her view, the talks have failed.", [("her", "view", "the talks have failed")]),
    ("In their view the border should stay closed.", [("their", "view", "the border should stay closed")]),
    # near misses: a possessor with "'s", the writer's own view, and a view of something
    ("In the ministry's view, the talks have failed.", [("the ministry", "view", "the talks have failed")]),
    ("In my view, the talks have failed.", []),
    ("In her view of the talks, little has changed.", []),
])
def test_a_possessive_pronoun_holds_the_view(text, expected):
    assert rows(text) == expected


# --- a report in a comma relative clause with its source after the pronoun ends with it (§6.2) ----

@pytest.mark.parametrize("text, expected", [
    ("The talks, which the United Nations has offered to host, are due to resume on March 10.",
     [("the United Nations", "has offered", "host")]),
    ("The plan, which the ministry has promised to publish, is due next week.",
     [("the ministry", "has promised", "publish")]),
    # near miss: the relative clause's own report ends at its comma already
    ("Haldt, who was asked by reporters whether she would resign, said she would not.",
     [("reporters", "was asked", "whether she would resign"), ("Haldt, who was asked by reporters whether she would resign",
                                                              "said", "she would not")]),
])
def test_a_report_in_a_comma_relative_clause_ends_with_it(text, expected):
    assert rows(text) == expected


# --- a noun of speech with its speaker after "by" heads the object (§6.2) ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Kessia rejected claims by Drava that its navy had entered Dravan waters.",
     [("Kessia", "rejected", "claims by Drava that its navy had entered Dravan waters"),
      ("Drava", "claims", "its navy had entered Dravan waters")]),
    ('Kessia rejected claims by Drava that its navy had entered Dravan waters, saying the boat had stayed "well inside" its own.',
     [("Kessia", "rejected", "claims by Drava that its navy had entered Dravan waters"),
      ("Drava", "claims", "its navy had entered Dravan waters"),
      ("Kessia", "saying", 'the boat had stayed "well inside" its own')]),
    # near misses: with no speaker, and a participle after a plain clause
    ("The ministry denied reports that troops had crossed, saying the boat had stayed home.",
     [("The ministry", "denied", "reports that troops had crossed"), (None, "reports", "troops had crossed"),
      ("The ministry", "saying", "the boat had stayed home")]),
    ("The ministry said troops had crossed, adding that the boat had stayed home.",
     [("The ministry", "said", "troops had crossed"), ("The ministry", "adding", "the boat had stayed home")]),
])
def test_a_noun_of_speech_with_its_speaker_heads_the_object(text, expected):
    assert rows(text) == expected


# --- a second that-clause of the same verb goes on with the content (§6.2) ------------------------

@pytest.mark.parametrize("text, expected", [
    ("Sorbin said she planned to visit both capitals next week, and that she hoped the talks would resume.",
     [("Sorbin", "said", "she planned to visit both capitals next week, and that she hoped the talks would resume")]),
    # near miss: a new clause with a speaker of its own ends an infinitive content
    ("Velm urged allies to send arms, but Berlin refused.", [("Velm", "urged", "allies to send arms")]),
])
def test_a_second_that_clause_of_the_verb_goes_on(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text", [
    "The council rewarded those who in his view deserved merit.",
    'He said the music should be, in his words, "fine art," a view few shared.',
])
def test_a_possessive_pronoun_inside_a_clause_is_no_frame_of_its_own(text):
    assert all(r.cue.text != "view" and r.cue.text != "words" for r in analyze(text).attributions)


@pytest.mark.parametrize("text, expected", [
    # a thing that "tells a different story" shows; a speaker who does keeps the relation
    ("Both leaders smiled for the cameras, but the body language told a different story.", []),
    ("The minister told a different story to reporters.", ["told"]),
])
def test_a_thing_that_tells_a_different_story_reports_nothing(text, expected):
    assert [r.cue.text for r in analyze(text).attributions] == expected
