"""Escalation lens: codes, deployments, spans, one act one mark, and modifier scope, decided on a
third set of new texts. The sentences are constructed; each rule is checked both ways: the
construction is read, and a near miss that looks like it is not."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


# ----------------------------------------------------------------------------- H: codes and labels


@pytest.mark.parametrize("text, expected", [
    # a ban on trade is an embargo, before or after the trade word
    ("Lorva said that if Tarsk imposed an export ban, it would respond.",
     [("SANCTION", "imposed an export ban"), ("THREATEN", "respond")]),
    ("Tarsk has not ruled out restricting exports of metals. Such a ban would be costly, the minister said.",
     [("THREATEN", "restricting exports"), ("SANCTION", "ban")]),
    ("Tarsk banned imports of Lorvian wine.", [("SANCTION", "banned imports")]),
    # near misses: a ban at home stays coercion, and a signing ceremony signs nothing named
    ("Tarsk banned the opposition party after exports fell.", [("COERCE", "banned")]),
    ("The foreign minister spoke at the signing ceremony.", []),
    # near miss: a ban at home stays coercion
    ("Tarsk imposed a ban on opposition rallies.", [("COERCE", "imposed a ban"), ("PROTEST", "rallies")]),
    # a ceasefire signed is one agreement; near miss: the ceasefire alone stays a ceasefire
    ("The fighting has not resumed since the two countries signed a ceasefire in 2021.",
     [("ASSAULT", "fighting"), ("AGREE", "signed a ceasefire")]),
    ("The ceasefire held on Monday.", [("RETREAT", "ceasefire")]),
    ("Officials said a deal could be signed within days if a local truce holds.",
     [("AGREE", "deal"), ("RETREAT", "truce")]),
    # a stated intent to cooperate; near miss: cooperation in practice
    ("Kessia said it would cooperate with the peacekeepers.", [("AGREE", "cooperate")]),
    ("The two navies cooperated on the rescue.", [("COOPERATE", "cooperated")]),
    # monitors invited are let in, not asked to meet
    ("Lorva invited international observers to the vote.", [("RETREAT", "invited international observers")]),
    # a quoted attack on an abstract good after "described as" is a charge
    ('Lorva described the move as "an attack on our territorial integrity."',
     [("ACCUSE", "attack on our territorial integrity")]),
    # near miss: an armed attack stays force
    ("Rebels launched an attack on the town.", [("ASSAULT", "attack")]),
])
def test_codes_follow_the_act(text, expected):
    assert pairs(text) == expected


def test_observers_not_invited_are_kept_out_negated():
    (label, span, modifiers), = marks("The government said international observers were not invited.")
    assert (label, span) == ("RETREAT", "invited") and "negated" in modifiers


@pytest.mark.parametrize("text, expected", [
    # blame laid on a fault accuses nobody; near miss: blame laid on a party does
    ('The supply halt, which Dalgaz blamed on "technical problems", angered Varnia.', []),
    ("Lorva blamed the shelling on Tarsk.", [("ACCUSE", "blamed"), ("ASSAULT", "shelling")]),
    # protection of people is care; near miss: the means left open is a threat
    ('Peacekeepers may use "all necessary means" to protect civilians.', []),
    ("Tarsk said it would use all necessary means to defend its sovereignty.", [("THREATEN", "all necessary means")]),
    # a danger is no party's threat; near miss: a threat made
    ("Thousands of civilians remain under imminent threat.", []),
    ("Lorva made a threat against Tarsk.", [("THREATEN", "threat")]),
])
def test_no_event_where_no_party_acts(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- B: deployments


@pytest.mark.parametrize("text, expected", [
    ("Varnia sent patrol boats to the island.", [("MOBILIZE", "sent patrol boats to the island")]),
    ("Tarsk responded by sending two frigates to the reef.", [("MOBILIZE", "sending two frigates to the reef")]),
    ("Lorva moved two batteries closer to the frontier.", [("MOBILIZE", "moved two batteries closer to the frontier")]),
    ("On Friday two air-defence batteries were moved closer to the frontier.",
     [("MOBILIZE", "moved closer to the frontier")]),
    # near misses: batteries that store power, people who are no unit, weapons handed to a recipient
    ("The batteries were moved to the warehouse.", []),
    ("Tarsk sent a delegation to the island.", []),
])
def test_any_military_unit_to_any_place(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- I: spans


@pytest.mark.parametrize("text, expected", [
    ('Saski urged both sides to "step back from the brink."', [("REQUEST", "step back from the brink")]),
    ("The UN urged both sides to resolve the payment dispute through arbitration.",
     [("REQUEST", "resolve the payment dispute through arbitration")]),
    ("The minister urged all parties to refrain from unilateral steps.", [("REQUEST", "refrain from unilateral steps")]),
    ("Varnia refused to pay a disputed $400 million debt.", [("REJECT", "refused to pay a disputed $400 million debt")]),
    ("Dalmar threatened to block the renewal.", [("THREATEN", "threatened to block the renewal")]),
    ("The minister said Dalmar might push for a full withdrawal.", [("DEMAND", "push for a full withdrawal")]),
    ("The Front accused the government of lying and suspended the swap.",
     [("ACCUSE", "accused"), ("SANCTION", "suspended the swap")]),
])
def test_heads_take_what_they_govern(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a threatened act that is a phrase of its own sets the code; a stopped step keeps its rule
    ("Dalmar threatened to retaliate.", [("THREATEN", "threatened to retaliate")]),
    ("Tarsk suspended the talks.", [("SANCTION", "suspended the talks")]),
    # the appeal's quotation mark is no reason to take the addressee, and a time after it stays out
    ('Saski urged both sides to "show restraint" on Monday.', [("REQUEST", "show restraint")]),
    # a time after the object stays out of the refusal
    ("Varnia refused to pay the debt on Monday.", [("REJECT", "refused to pay the debt")]),
])
def test_near_misses_of_spans(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- F: one act, one mark


@pytest.mark.parametrize("text, expected", [
    ("Dalmar recalled its ambassador from Tarsk in protest.", [("SANCTION", "recalled its ambassador")]),
    ("Thousands joined the protest in the capital.", [("PROTEST", "protest")]),
    ('Dalmar warned that countries recognising Ostrava would "face consequences."', [("THREATEN", "face consequences")]),
    # near miss: a recognition told as the warner's own act stays an event
    ("Dalmar recognised Ostrava and warned that Tarsk would face consequences.",
     [("SUPPORT", "recognised"), ("THREATEN", "face consequences")]),
])
def test_one_act_one_mark(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- G: scope


def test_inverted_should_opens_a_condition():
    text = "An army spokesman said Tarsk would not rule out strikes on launch sites should further attacks occur."
    assert pairs(text) == [("THREATEN", "strikes on launch sites"), ("ASSAULT", "further attacks")]
    assert {"conditional", "hedged"} <= set(mods(text, "strikes on launch sites"))
    assert "conditional" in mods(text, "further attacks") and "hedged" not in mods(text, "further attacks")
    # near miss: "should" as advice after a subject sets no condition
    assert "conditional" not in mods("The minister said Lorva should impose sanctions.", "impose sanctions")


def test_frames_and_definite_subjects():
    text = 'The council asked for a plan for a "gradual and responsible" withdrawal of troops.'
    assert "hedged" in mods(text, "withdrawal of troops")
    # near misses: a plan refused is no frame; a plan coordinated with a step does not reach it
    assert "hedged" not in mods("The council approved a plan and a gradual withdrawal of troops began.",
                                "withdrawal of troops")
    assert mods("Kyiv has no plans for a meeting.", "meeting") == ("negated",)
    # what the offer is, is guessed, not the offer; near miss: an event the verb brings about is
    assert "hedged" not in mods("The offer of talks may be a tactical move, the diplomat said.", "offer of talks")
    assert "hedged" in mods("The sanctions may be imposed next week.", "sanctions")


def test_hedges_that_keep_an_option_open_or_stay_in_their_clause():
    # "cannot rule out that ..." is a hedge, no restraint; near miss: with an act, a hedged threat
    assert marks('"We cannot rule out that criminal actors were also involved."') == []
    assert pairs("Tarsk cannot rule out new sanctions.") == [("THREATEN", "new sanctions")]
    # "could in principle": hedged, not conditional; near miss: "agreed in principle" keeps its reservation
    assert mods("Tarsk could in principle refuse to implement the decision.",
                "refuse to implement the decision") == ("hedged",)
    assert mods("Tarsk agreed in principle to restore a military hotline.",
                "agreed in principle to restore a military hotline") == ("conditional",)
    # a hedge in a relative clause does not cross "and" + a second predicate; near miss: a coordinated
    # verb after a modal of its own clause stays hedged
    text = ('The council calls on all parties to refrain from actions that could undermine stability and '
            'reaffirms that disputes "shall be settled exclusively by peaceful means."')
    assert "hedged" not in mods(text, "peaceful means")
    assert "hedged" in mods("Tarsk may expel diplomats and impose sanctions.", "impose sanctions")
