"""Escalation lens, readings decided on foreign-policy news: names that are not events, people and
amounts named by an event noun, senses that are no event, warnings that forecast, and the scope of
a condition or a hedge. Constructed wire-style sentences about fictional countries; each rule with
its near misses, which must stay as they are."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs, spans


# ----------------------------------------------------------------------------- names, not events


@pytest.mark.parametrize("text, word", [
    ("Mr. Ban's successor will meet the ministers in January.", "Ban"),
    ("Mr Ban said the talks had stalled.", "Ban"),
    ("The envoys met Mr. Ban on Monday.", "Ban"),
    ("Ban's term ends in December, the ministry said.", "Ban"),
    ("Ban, a diplomat from Kessia, will finish his term next year, the ministry said.", "Ban"),
    ("The ministry said Ban, the former foreign minister of Kessia, would visit.", "Ban"),
    ("The talks were led by Secretary-General Ban Ki-moon.", "Ban"),
    ("Ban Ki-moon said the talks had failed.", "Ban"),
])
def test_a_name_is_no_event(text, word):
    assert word not in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("Ban the tests, the minister said.", ("COERCE", "Ban")),  # an imperative first in its sentence
    ("Ban Orlan ships from the port, the minister said.", ("COERCE", "Ban")),
    ("Ban on exports of grain", ("SANCTION", "Ban on exports")),  # a headline in title case
    ("Velm's ban on grain exports angered Orlan.", ("SANCTION", "ban on grain exports")),
    ("Sanctions, a senior official said, would follow.", ("SANCTION", "Sanctions")),  # the official speaks
    ("Sanctions, the harshest tool of the bloc, would follow.", ("SANCTION", "Sanctions")),
])
def test_near_misses_of_names_keep_their_event(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- people and amounts


@pytest.mark.parametrize("text", [
    "The ministry's news host asked the minister about the treaty.",
    "The state broadcaster said the news host would interview the minister.",
    "Orlan TV host Mara Venn questioned the foreign minister.",
    "Cable news hosts debated the minister's visit.",
    "The ministry faces a host of other challenges.",
    "The state broadcaster will help host its election-night coverage with the foreign ministry.",
    "The broadcaster hosts a weekly show on diplomacy with the foreign minister.",
])
def test_a_host_who_presents_or_a_host_of_things_is_no_visit(text):
    assert not [s for s in spans(text) if s.lower().startswith("host")], marks(text)


@pytest.mark.parametrize("text, expected", [
    ("Velm hosted talks on Friday.", ("CONSULT", "hosted")),
    ("Orlan will host the summit.", ("CONSULT", "host")),
    ("Velm and Orlan will jointly host the summit.", ("CONSULT", "host")),
    ("Kessia hosts the summit.", ("CONSULT", "hosts")),
    ("The allies host the foreign minister.", ("CONSULT", "host")),
    ("Velm agreed to host a visit by the envoy.", ("AGREE", "agreed to host a visit")),
])
def test_a_side_that_hosts_still_consults(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- senses that are no event


@pytest.mark.parametrize("text, word", [
    ("The minister said only four countries meet the bar.", "meet"),
    ("The minister said the plan has broad appeal.", "appeal"),
    ("The minister praised the country's bipartisan appeal.", "appeal"),
    ("The minister cited the intelligence community consensus that Tarsk hacked the servers.", "consensus"),
    ("The consensus among diplomats is that the talks will fail.", "consensus"),
    ("The minister questioned the accepted truth of the statement.", "accepted"),
    ("Critics seized upon the minister's remarks.", "seized"),
    ("Critics seized on the minister's comments.", "seized"),
    ("Its borders were being defended by its weakest members, the minister said.", "defended"),
])
def test_a_sense_that_is_no_event_is_not_marked(text, word):
    assert word not in spans(text), marks(text)


@pytest.mark.parametrize("text, expected", [
    ("The envoys will meet in Geneva.", ("CONSULT", "meet")),
    ("The minister made a broad appeal for calm.", ("REQUEST", "calm")),
    ("The ministers reached a consensus on the text.", ("AGREE", "reached a consensus")),
    ("The minister accepted the proposal.", ("AGREE", "accepted")),
    ("The tanker was seized on its way to port.", ("COERCE", "seized")),
    ("Troops seized the port on Monday.", ("COERCE", "seized")),
    ("The minister defended Orlan's right to enrich uranium.", ("SUPPORT", "defended")),
])
def test_near_misses_of_other_senses_keep_their_event(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- forecasts


@pytest.mark.parametrize("text", [
    "Bloc leaders warn that if the union fails to ensure security for its citizens, it could rapidly fall apart.",
    "He spoke on Friday, warning that Marr's exit will significantly sap the continent's defence capabilities.",
    "Velm warned that the truce will collapse.",
])
def test_a_warning_that_forecasts_a_situation_is_no_threat(text):
    assert not [p for p in pairs(text) if p[0] == "THREATEN"], marks(text)


@pytest.mark.parametrize("text, expected", [
    ("Velm warned that if Orlan crossed the border, it would act.", ("THREATEN", "warned")),
    ("Velm warned that if Orlan crossed the border, the consequences would be serious.", ("THREATEN", "warned")),
    ("Velm warned that it will respond.", ("THREATEN", "warned")),
    ("Velm warned that Orlan will pay a heavy price.", ("THREATEN", "warned")),
    ("Velm warned that if Orlan crossed the border, it would impose sanctions.", ("SANCTION", "impose sanctions")),
])
def test_a_warning_of_the_warners_own_act_stays_a_threat(text, expected):
    assert expected in pairs(text)


# ----------------------------------------------------------------------------- scope of modifiers


def test_a_condition_inside_a_quotation_does_not_reach_the_writers_frame():
    text = ('"If Tarsk makes a choice to pull back, Orlan must be able to defend itself," '
            "Holm said Friday as he entered the talks.")
    assert mods(text, "talks") == ()
    assert "conditional" in mods(text, "must")


def test_a_condition_outside_the_quotation_still_reaches_it():
    text = 'If Tarsk attacks, Holm said, Orlan will "respond in kind".'
    assert "conditional" in mods(text, "respond in kind")


def test_a_hedge_after_a_preposition_qualifies_its_own_phrase_only():
    text = "The minister was not invited to the summit - with seemingly 27 different plans for the union."
    assert "hedged" not in mods(text, "summit")
    assert "hedged" not in mods(text, "invited")
    assert "hedged" in mods("Velm will probably impose sanctions.", "impose sanctions")
    assert "hedged" in mods("Velm may impose sanctions on 27 firms.", "impose sanctions")


# ----------------------------------------------------------------------------- labels and refusals


@pytest.mark.parametrize("text, expected", [
    ('Velm branded Orlan an "outlaw nation".', ("ACCUSE", "outlaw nation")),
    ("The minister called Orlan an outlaw state.", ("ACCUSE", "outlaw state")),
    ("The parliament outlawed the party.", ("COERCE", "outlawed")),  # the verb bans
    ("The president declined to threaten Tarsk.", ("RESTRAINT", "declined to threaten Tarsk")),
    ("The president refused to impose sanctions on Orlan.", ("RESTRAINT", "refused to impose sanctions")),
    ("Velm refused to release the prisoners.", ("REJECT", "refused to release the prisoners")),
    ("Velm declined to attend the talks.", ("REJECT", "declined to attend the talks")),
    ("Velm declined to condemn the strike.", ("REJECT", "declined to condemn the strike")),
])
def test_labels_and_refusals_of_hostile_acts(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, expected, modifiers", [
    ('"Velm does not, and never will, accept Orlan as a nuclear state," he said.',
     ("REJECT", "does not, and never will, accept"), ("attributed", "quoted")),
    ("Velm has not, and will not, deploy troops.", ("RESTRAINT", "has not, and will not, deploy troops"), ()),
    ("Velm will never accept the claim.", ("REJECT", "will never accept the claim"), ()),
    ("Velm accepted the offer.", ("AGREE", "accepted"), ()),
])
def test_negated_auxiliaries_share_their_verb(text, expected, modifiers):
    assert (*expected, modifiers) in marks(text)


# ----------------------------------------------------------------------------- spans and kinds


@pytest.mark.parametrize("text, expected", [
    ("The minister urged Orlan to resume denuclearization talks it abandoned in 2009.",
     ("REQUEST", "resume denuclearization talks")),
    ("The minister urged Orlan to make it clear.", ("REQUEST", "make it clear")),
    ("The minister said the bloc should increase military coordination.", ("COOPERATE", "military coordination")),
    ("Velm will increase its military near the border.", ("MOBILIZE", "increase its military")),
    ("Velm said its troops committed human rights violations at the end of the civil war.",
     ("ACCUSE", "human rights violations")),
    ("The blockade of the port ended.", ("RETREAT", "blockade of the port ended")),
    ("The navy simulated an attack on the island.", ("MOBILIZE", "simulated an attack")),
    ("Jets staged mock attacks on ships near the strait.", ("MOBILIZE", "mock attacks")),
    ("Rebels attacked the island.", ("ASSAULT", "attacked")),
    ("The prime minister resigned after the vote.", ("CONCEDE", "resigned")),
    ("The minister resigned from the government.", ("CONCEDE", "resigned")),
    ("Velm said it would not negotiate.", ("REJECT", "would not negotiate")),
])
def test_spans_and_kinds_decided_on_news(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "Velm made clear it would not be a credible negotiating partner.",
    "The minister resigned from the network last year.",
])
def test_a_role_or_a_job_left_is_no_event(text):
    assert pairs(text) == [], marks(text)


def test_a_hedge_in_a_quoted_fragment_still_reaches_the_writers_clause():
    text = 'The memo says the deployment "may become necessary" if Orlan holds naval drills.'
    assert "hedged" in mods(text, "deployment")


def test_a_condition_reaches_the_same_speakers_words_after_the_frame():
    text = '"If the drought goes on," she said, "we will have refugee crises we have never seen."'
    assert "conditional" in mods(text, "crises")


def test_a_hedge_after_a_preposition_reaches_its_own_phrase():
    text = "The ministers spoke of possibilities of showing up for a meeting."
    assert "hedged" in mods(text, "meeting")
    assert "hedged" not in mods("Velm warned against potential hackers from Orlan.", "warned")
