"""The hedging lens on decisions of the guide (datasets/ANNOTATION.md §4 and §5): unnamed
sources named by a trade or an office ("monitors", "a fisherman", "fishing crews", "one lawmaker"),
opened by "another" or picked out by "One of them"; the scope of "would" (a withheld question, a
comparison before "that", a verb of saying in a later clause, the clitic "'d"); permission under a
programme; a relative "that" after a noun of belief; the noun "uncertainty"; "as long as there is";
hyphenated fractions and plain verbs of multiplying; "is rumoured to"; a "may" and its own "without
permission"; "In my judgement"; "It is certain that". Each case is checked both ways: the stance
found, and its near miss left alone."""

from __future__ import annotations

import pytest

from hedging_marks import marks, weasels


# ----------------------------------------------------------------------------- unnamed sources (group A)


@pytest.mark.parametrize("text, found", [
    # nouns of trade and of public office are nouns of role
    ("Election monitors who visited polling stations in the north reported long delays.", ["Election monitors"]),
    ('"Procedures were broken," said one monitor.', ["one monitor"]),
    ("A fisherman told the local radio station that he saw a light.", ["A fisherman"]),
    ("Two other fishing crews said they had seen nothing unusual there.", ["Two other fishing crews"]),
    ('"He has to show voters something," one lawmaker said.', ["one lawmaker"]),
    ("Two legislators said the vote would be close.", ["Two legislators"]),
    # "another" is an indefinite opener like "a"
    ('Another diplomat said the two sides were "probably closer than they look."', ["Another diplomat"]),
    # ... while a definite or named one is not a weasel
    ("The monitors said the count was slow.", []),
    ("The fisherman told the station that he saw a light.", []),
    ("Lawmaker Ivo Marr said the vote would be close.", []),
    ("Another round of talks said to be planned was cancelled.", []),
])
def test_nouns_of_trade_and_office_and_another(text, found):
    assert weasels(text) == found


@pytest.mark.parametrize("text, found", [
    # "One of them" after an unnamed group named by trade, with a regular or a -men plural
    ("Two other fishing crews said they had seen nothing. One of them said visibility had been poor.",
     ["Two other fishing crews", "One of them"]),
    ("Two fishermen said they saw smoke. One of them said it was dark.", ["Two fishermen", "One of them"]),
    # ... but not after one person, nor after a named group
    ("A fisherman said he saw smoke. One of them said it was dark.", ["A fisherman"]),
    ("The Marr family said they saw smoke. One of them said it was dark.", []),
])
def test_pronoun_partitive_after_groups_named_by_trade(text, found):
    assert weasels(text) == found


# ----------------------------------------------------------------------------- "would" scope (group C)


@pytest.mark.parametrize("text, found", [
    # the "would" of a question a refusal withholds is the past of "will" inside it
    ("A government spokesman wouldn't say when final results would be published.", []),
    ("A government spokesman would not say when final results would be published.", []),
    ("The ministry would not confirm whether the ships would sail.", [("whether", "investigation")]),
    # ... while a "would" outside any question stays a hedge
    ("A government spokesman said nothing. Final results would be published late.", [("would", "epistemic")]),
])
def test_would_inside_a_withheld_question(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # "less confident than X that": the comparison stands between the adjective and its clause
    ("Officials at the ministry were less confident than the minister that the halt would be short.",
     [("less confident", "epistemic")]),
    ("Officials were less confident that the halt would be short.", [("less confident", "epistemic")]),
    # ... without "that" the "would" is still a hedge (the rule needs the clause of the holder's thought)
    ("Officials were less confident than the minister, and the halt would be short.",
     [("less confident", "epistemic"), ("would", "epistemic")]),
])
def test_would_after_a_comparison_of_certainty(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a verb of saying in a later coordinate clause does not report the "would" before it
    ("No one would say the government had lost its majority, but several lawmakers said privately it had.",
     [("would", "epistemic"), ("several lawmakers", "weasel")]),
    ("No one would say the plan had failed; the ministry said only that it was late.",
     [("would", "epistemic")]),
    # ... an inverted cue after a plain comma still does
    ("Russia would respond, Lavrov said.", []),
    ("No one would say whether the plan had failed, the ministry said.", [("whether", "investigation")]),
])
def test_a_later_clause_does_not_lift_the_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # the clitic "'d" is "would"; the span takes the whole word
    ('"I wouldn\'t rule it out," he said. "But I\'d be surprised."',
     [("wouldn't rule it out", "epistemic"), ("I'd", "epistemic")]),
    ('"I\'d say the talks have failed," he said.', [("I'd", "epistemic")]),
    ('"We’d be ready," he said.', [("We’d", "epistemic")]),
    # ... but "'d" before a past participle or "better" is "had", no hedge
    ('"I\'d seen the convoy before," he said.', []),
    ('"We\'d better leave," he said.', []),
    # ... and "I'd rather" keeps the row's exclusion
    ('"I\'d rather wait," he said.', []),
])
def test_the_clitic_d_is_would(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- lexical conditions (group D)


@pytest.mark.parametrize("text, found", [
    # a programme or scheme lays down rules like an agreement
    ("Under the programme agreed in January, the authorities may draw up to $2 billion in credit.",
     [("up to", "approximator")]),
    ("Under the scheme, each farm may claim a refund.", []),
    # ... a change nobody is allowed to do stays a guess, and without a rule "may" is a hedge
    ("Under the programme, prices may rise.", [("may", "epistemic")]),
    ("The authorities may draw more credit.", [("may", "epistemic")]),
])
def test_a_programme_is_a_rule(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a relative "that" after a noun opens no content clause
    ("The court ruled in an advisory opinion that is widely seen as a setback.", [("is widely seen as", "weasel")]),
    ("The views that were aired in Vorna differed.", []),
    # ... a content clause keeps the doxastic noun, and a verb of feeling keeps "that" + a demonstrative
    ("He holds the opinion that the line is fair.", [("opinion", "doxastic")]),
    ("Lorvia felt that was unfair.", [("felt", "doxastic")]),
])
def test_a_relative_that_after_a_noun_of_belief(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # the noun "uncertainty" hedges only when it frames an open question
    ("There is uncertainty over whether the truce will hold.", [("uncertainty", "epistemic"), ("whether", "investigation")]),
    ("There is uncertainty as to how many died.", [("uncertainty", "epistemic")]),
    # ... as a state of affairs it is like the noun "doubt": no mark
    ("If anything, the uncertainty has already hurt: the lira slipped.", []),
    ("Economic uncertainty weighs on investors.", []),
])
def test_the_noun_uncertainty(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # an existential "there is / are" is a clause after "as long as"
    ('They were told the search would continue "as long as there is hope."', [("as long as", "conditional")]),
    ("The truce will hold as long as there are no new attacks.", [("as long as", "conditional")]),
    # ... a length is not
    ("The search lasted as long as ten hours.", []),
])
def test_as_long_as_there_is(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- approximators (group E)


@pytest.mark.parametrize("text, found", [
    # a hyphenated fraction is a number
    ("Exports recovered to about two-thirds of their pre-war level.", [("about", "approximator")]),
    ("Nearly three-quarters of the ships were late.", [("Nearly", "approximator")]),
    # ... a hyphenated word that is no number is not
    ("They talked about half-hearted reforms.", []),
    # a plain verb of multiplying after a modal or "to"
    ("Gas prices could roughly double by the end of the month.", [("could", "epistemic"), ("roughly", "approximator")]),
    ("Prices are set to nearly triple by March.", [("nearly", "approximator")]),
    # ... "double" as an adjective of kind stays unmarked
    ("They accused Lorvia of about double standards.", []),
])
def test_fractions_and_verbs_of_multiplying(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- spans and probes (group F)


@pytest.mark.parametrize("text, found", [
    ("Finance Minister Ivo Marr is rumoured to have offered his resignation.", [("is rumoured to", "weasel")]),
    ("The rumoured deal fell through.", [("rumoured", "weasel")]),
])
def test_rumoured_takes_its_verb_group(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a "may" is permission only with its own "without permission", not its neighbour's
    ("Lorvian officials may meet their counterparts next week, but visitors may not enter the zone "
     "without permission.", [("may", "epistemic")]),
    ("Visitors may not enter the zone without permission.", []),
])
def test_without_permission_belongs_to_its_own_may(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    ("In my judgement, they intend to attack.", [("In my judgement", "doxastic")]),
    ("In our judgment, they intend to attack.", [("In our judgment", "doxastic")]),
    ("It is certain that the vote was flawed.", [("It is certain that", "certainty")]),
    # ... a judgement that is a thing, and "certain" of amount, are not
    ("The judgement in my case was late.", []),
    ("It is certain people who object.", []),
])
def test_first_person_judgement_and_it_is_certain_that(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a forecasting raising frame is doxastic, like "are expected to"
    ("Tarsk's economy is projected to contract by 3 percent.", [("is projected to", "doxastic")]),
    # ... the adjective of a planned figure is not
    ("The projected deficit was published.", []),
])
def test_is_projected_to(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a noun of speech after the "would" shifts nothing back: the writer's hypothetical stays a hedge
    ("It would be a mistake to ignore the warning.", [("would", "epistemic")]),
    # ... a verb of saying still does
    ("Russia would respond, the statement said.", []),
])
def test_a_noun_of_speech_after_would_reports_nothing(text, found):
    assert marks(text) == found
