"""Escalation lens: direction, negation and head spans on constructed wire sentences. Each rule
is checked both ways: the construction is read, and a near miss that looks like it is not."""

from __future__ import annotations

import pytest

from escalation_marks import marks, pairs


# ----------------------------------------------------------------------------- direction (cessation)


@pytest.mark.parametrize("text, expected", [
    # a verb of worsening deepens the crisis: never a crisis ended, whatever noun of stopping came before
    ("The suspension is likely to deepen a crisis between the two countries.",
     [("SANCTION", "suspension"), ("DETERIORATE", "deepen a crisis")]),
    ("The expulsions will inflame tensions along the border.", [("SANCTION", "expulsions"), ("DETERIORATE", "inflame tensions")]),
    # near miss: a verb of stopping right before the crisis still turns it round
    ("Lorvia ended the crisis.", [("CONCEDE", "ended the crisis")]),
    # a noun of breakdown before "of" turns a cooperative noun round; a ceasefire's collapse is renewed fighting
    ("The UN called the partial collapse of the truce alarming.", [("ASSAULT", "collapse of the truce")]),
    ("The collapse of the talks left both sides angry.", [("SANCTION", "collapse of the talks")]),
    # near miss: a breakdown of something that is no event stays nothing
    ("Officials feared the collapse of the currency.", []),
    # "tear up" an agreement leaves it (REJECT), as "scrap" does
    ("Ostgrad wants to tear up the last agreement.", [("REJECT", "tear up the last agreement")]),
    ("The government scrapped the agreement.", [("REJECT", "scrapped the agreement")]),
    # stopping inspections agreed between the sides cuts cooperation back
    ("President Hale signed a decree halting inspections under the 2009 treaty.", [("SANCTION", "halting inspections")]),
    # near miss: no state in the sentence, no treaty verification ("the company halted inspections")
    ("the company halted inspections at the plant.", []),
])
def test_direction_of_stopping_breaking_and_worsening(text, expected):
    assert pairs(text) == expected


def test_a_pretext_frame_hedges_what_it_names_and_a_worsening_stays_hedged_before_a_past_relative():
    (_, _, mods), = [m for m in marks('Marr said the charges were "a pretext to tear up the last agreement".')
                     if m[0] == "REJECT"]
    assert "hedged" in mods
    deepen = [m for m in marks("The suspension is likely to deepen a crisis that began in March.")
              if m[1] == "deepen a crisis"]
    assert deepen and "hedged" in deepen[0][2]
    # near miss: a past relative clause after a plain event still dates it (ANNOTATION.md §8.4 Hedge scope)
    drills = [m for m in marks("The launch may coincide with naval drills that began on Friday.") if m[0] == "MOBILIZE"]
    assert drills and "hedged" not in drills[0][2]


# ----------------------------------------------------------------------------- negation


@pytest.mark.parametrize("text, expected", [
    # a bare or modal "fire" is an event that negation and questions act on
    ("The two bombers, escorted by fighter jets, did not fire any weapons.",
     [("MOBILIZE", "bombers", ()), ("ASSAULT", "fire", ("negated",))]),
    ("The navy said its sailors had fired no shots during the clash with the warship.",
     [("ASSAULT", "fired", ("attributed", "negated")), ("ASSAULT", "clash", ("attributed",))]),
    ("Shelling hit the corridor. It was not clear who fired first.",
     [("ASSAULT", "Shelling", ()), ("ASSAULT", "fired", ("hedged",))]),
    # a declared refusal to shoot is restraint; the condition's own shooting is conditional
    ("Our warships will not fire unless they are fired upon.",
     [("RESTRAINT", "will not fire", ("conditional",)), ("ASSAULT", "fired upon", ("conditional",))]),
    # near miss: "fire" as a noun, or with no word of force in sight
    ("The fire first broke out in a warehouse.", []),
    ("The board fired the manager first.", []),
])
def test_fire_as_a_verb_and_what_negation_does_to_it(text, expected):
    assert marks(text) == expected


def test_a_denial_by_participle_ends_before_a_second_predicate():
    got = marks("The Front denied firing on the corridor and accused government forces of shelling the road.")
    assert ("ASSAULT", "firing on", ("attributed", "negated")) in got
    assert ("ACCUSE", "accused", ()) in got
    assert ("ASSAULT", "shelling", ("attributed",)) in got
    # near miss: a coordinated participle is still denied
    got = marks("The Front denied firing on the corridor and shelling the road.")
    assert all("negated" in m[2] for m in got if m[0] == "ASSAULT") and len(got) == 2


@pytest.mark.parametrize("text, expected", [
    # "Not everyone" negates the subject: the deal happened
    ("Not everyone welcomed the deal.", [("AGREE", "deal", ())]),
    # near miss: a negated predicate still refuses
    ("The parliament did not approve the deal.", None),
    # "will not be the first to" declares a refusal to start: restraint, the negation in the span (§3)
    ('Tarsk "will not be the first" to deploy new missiles, he said.', "RESTRAINT"),
    # near miss: being the first to act is the act
    ("Tarsk was the first to deploy new missiles near the border.", "MOBILIZE"),
])
def test_negation_of_the_subject_and_of_being_first(text, expected):
    got = marks(text)
    if expected is None:
        assert [m[0] for m in got] == ["REJECT"] or all("negated" in m[2] for m in got)
    elif isinstance(expected, str):
        assert [m[0] for m in got] == [expected] and all("negated" not in m[2] for m in got)
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    ('"We will not tolerate espionage on our soil," she said.', ("THREATEN", "will not tolerate espionage")),
    ("Kessia will not allow provocations near its border.", ("THREATEN", "will not allow provocations")),
])
def test_will_not_tolerate_a_hostile_act_is_a_veiled_threat(text, expected):
    got = pairs(text)
    assert got == [expected]
    # near miss: a refusal to allow something cooperative is no threat
    assert "THREATEN" not in [m[0] for m in marks("Kessia will not allow the talks to continue.")]


@pytest.mark.parametrize("text, span", [
    # a declared refusal to act is RESTRAINT, its negation inside the span, and not `negated` (§3)
    ("Kessia will not impose sanctions.", "will not impose sanctions"),
    ("Drava has no plans to expel diplomats.", "no plans to expel"),
    ("Russia will not retaliate.", "will not retaliate"),
])
def test_declared_restraint_carries_its_negation(text, span):
    (label, got, mods), = marks(text)
    assert (label, got) == ("RESTRAINT", span) and "negated" not in mods


def test_a_past_negation_stays_negated_not_restraint():
    (label, span, mods), = marks("Kessia did not impose sanctions.")
    assert (label, span) == ("SANCTION", "impose sanctions") and "negated" in mods


# ----------------------------------------------------------------------------- head spans


@pytest.mark.parametrize("text, expected", [
    ("Velmora rejected the ultimatum.", ("REJECT", "rejected the ultimatum")),
    ('Kessia rejected the accusations, calling them "baseless".', ("REJECT", "rejected the accusations")),
    ('Hask rejected the espionage charges as "fabrications".', ("REJECT", "rejected the espionage charges")),
    ("Velmora will never accept threats from anyone.", ("REJECT", "will never accept threats from anyone")),
    ('Kessia would not accept "any change to the border by force".',
     ("REJECT", 'would not accept "any change to the border by force"')),
    ("Tarsk suspended its participation in the Ostland Forces Treaty on Wednesday.",
     ("REJECT", "suspended its participation in the Ostland Forces Treaty")),
    ("Drava ordered four Kessian diplomats to leave the country.",
     ("SANCTION", "ordered four Kessian diplomats to leave the country")),
    ("Velmora agreed in principle last year to share hydrological data.",
     ("AGREE", "agreed in principle last year to share hydrological data")),
    ("The two sides agreed in principle to a second exchange.", ("AGREE", "agreed in principle")),
])
def test_heads_take_in_what_they_govern(text, expected):
    assert expected in pairs(text)


def test_head_spans_stop_where_the_object_ends():
    # a new clause after a comma, a quoted label, an event after a preposition of time stay out
    assert ("REJECT", "rejected the proposal") in pairs(
        'Venezuela rejected the proposal, calling it "an unacceptable interference".')
    assert ("ACCUSE", "violations of our sovereignty") in pairs(
        'Kit Wire said Velmora would not accept "violations of our sovereignty".')
    got = pairs("Both sides agreed to pull back troops after a deadly border clash.")
    assert ("AGREE", "agreed to pull back troops") in got and any(label == "ASSAULT" for label, _ in got)
    # an adverb ends the object: "rejected the proposal outright"
    assert ("REJECT", "rejected the proposal") in pairs("Moscow rejected the proposal outright.")


def test_a_grading_adjective_coordinated_with_a_label_joins_it():
    assert ("ACCUSE", "reckless and cynical") in pairs('Foreign Minister Marr called the suspension "a reckless and cynical step".')
    # near miss: after a degree word the adjective is graded itself
    assert ("ACCUSE", "cynical") in pairs('Foreign Minister Marr called it "a very reckless and cynical step".')


# ----------------------------------------------------------------------------- plain de-escalation and posture


@pytest.mark.parametrize("text, expected", [
    ("The committee said 40 lorries carrying food and medicine had entered Belsk.",
     ("AID", "lorries carrying food and medicine")),
    ("The army had been ordered to hold its fire near the corridors.", ("RETREAT", "hold its fire")),
    ("A second corridor remained open. She hoped the western route could reopen on Sunday.",
     ("RETREAT", "western route could reopen")),
    ("Humanitarian corridor opens in Belsk after days of shelling.", ("RETREAT", "Humanitarian corridor opens")),
    ("Tarsk and Kessia swapped prisoners after weeks of shuttle diplomacy.", ("CONSULT", "shuttle diplomacy")),
    ("If both governments keep talking, a deal is possible.", ("CONSULT", "keep talking")),
    ("Lorn said her government did not want a diplomatic war.", ("RESTRAINT", "did not want a diplomatic war")),
    ("Nadrian warplanes were seen flying near the border on Friday.",
     ("MOBILIZE", "warplanes were seen flying near the border")),
    ("Troops were still dug in on both sides of the ridge.", ("MOBILIZE", "dug in")),
    ("Lorvia may close its airspace to Tarskian civilian flights.",
     ("SANCTION", "close its airspace to Tarskian civilian flights")),
    ("Kessia has not released any of the 12 Tarskian journalists.",
     ("CONCEDE", "released any of the 12 Tarskian journalists")),
])
def test_plain_de_escalation_and_posture_are_found(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text", [
    "The bus route could reopen after repairs.",  # no front line in sight
    "The ministry will hold fire on a decision until March.",  # waiting, not guns held back
    "Lorn said her government did not want a delay.",  # nothing hostile disclaimed
    "The committee said 40 lorries carrying furniture had entered the town.",  # no aid
    "Birds were seen flying near the lake.",  # no aircraft of war
])
def test_near_misses_of_plain_events_stay_unmarked(text):
    assert pairs(text) == []


def test_a_negated_release_and_a_hedged_airspace_closure_keep_their_modifiers():
    (label, _, mods), = [m for m in marks("Kessia has not released any of the 12 Tarskian journalists.")]
    assert label == "CONCEDE" and "negated" in mods
    (label, _, mods), = [m for m in marks("Lorvia may close its airspace to Tarskian civilian flights.")]
    assert label == "SANCTION" and "hedged" in mods


# ----------------------------------------------------------------------------- hostile labels


@pytest.mark.parametrize("text, expected", [
    ('The minister said: "We will not negotiate with the regime in Tarsk."', [("ACCUSE", "regime")]),
    ("Officials say the regime in Velmora is trying to starve the country.", [("ACCUSE", "regime")]),
    # near misses: a system of rules, quoted or not, and a regime with no seat named
    ('Velmora said the blockade was a "temporary inspection regime".', [("COERCE", "blockade")]),
    ("The sanctions regime expires in March.", []),
    ("The regime change debate continued.", []),
])
def test_the_regime_in_a_capital_is_a_label_an_inspection_regime_is_not(text, expected):
    assert [p for p in pairs(text) if p[0] in ("ACCUSE", "COERCE")] == expected
