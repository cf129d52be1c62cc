"""Escalation lens: an aside inside an if-clause, until-clauses, investigations, generic targets,
"further steps cannot be excluded", appeals for calm whoever makes them. The sentences are
constructed (fictional countries, wire-service style); each rule is checked both ways, with a near
miss."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import codes, marks, mods, pairs


# ----------------------------------------------------------------------------- an aside inside a condition


@pytest.mark.parametrize("text, span", [
    # an elliptical aside goes on with the condition; the main clause after it is its consequent
    ("If the navy seizes the ship, though not the cargo, Velm will expel the envoy.", "expel"),
    # an aside of comment between the condition and its main clause
    ("If Tarsk sends warships to the strait, as it did in 2019, Velm will impose sanctions.", "impose sanctions"),
    # a relative clause between the subject and the verb of the condition
    ("If Tarsk, which has massed troops near the border, crosses the river, Velm will respond.", "respond"),
    # a past relative clause with no comma before it, closed by the condition's comma
    ("If Varnia sent patrol boats to the island it occupied last year, Velm would respond.", "respond"),
    # a reported condition after "that"
    ("Velm said that if the navy seizes the tanker, or any of its crew, it will expel the Tarskian ambassador.",
     "expel"),
    ("Unless Tarsk frees the sailors, and soon, Velm will recall its ambassador.", "recall its ambassador"),
])
def test_an_aside_does_not_cut_a_condition_short(text, span):
    assert "conditional" in mods(text, span)


def test_the_condition_keeps_its_own_phrases_and_an_aside_keeps_its_hedge():
    text = "If the navy seizes the ship, though not the cargo, Velm will expel the envoy."
    assert marks(text) == [("COERCE", "seizes", ("conditional",)), ("SANCTION", "expel", ("conditional",))]
    # the guess of the aside ("as many diplomats expect") is about the failure, not the sanctions
    assert "hedged" not in mods("If the talks fail, as many diplomats expect, Moscow will impose sanctions.",
                                "impose sanctions")


@pytest.mark.parametrize("text, span", [
    # near miss: a relative clause on a past event inside the condition stays outside it (§8.1)
    ("If Tarsk, which has massed troops near the border, crosses the river, Velm will respond.",
     "massed troops near the border"),
    # near miss: an aside after the main clause is no part of the condition
    ("If the navy seizes the ship, Velm will expel the envoy, though Tarsk has massed troops near the border.",
     "massed troops near the border"),
    # near miss: an if-clause that follows its main clause has nothing to carry across its comma
    ("Velm will expel the envoy if the navy seizes the ship, though Tarsk has massed troops.", "massed troops"),
    # near miss: the past relative clause of the guide's example is not conditional
    ("Kaltia would walk away if Merrow kept troops in two border villages it seized last autumn.", "seized"),
])
def test_near_misses_of_an_aside_in_a_condition(text, span):
    assert "conditional" not in mods(text, span)


# ----------------------------------------------------------------------------- options left open


@pytest.mark.parametrize("text, span", [
    ("Tarsk expelled two Velmoran diplomats on Monday. Velm said further steps cannot be excluded.",
     "further steps"),
    ("Tarsk imposed new tariffs on Velmoran steel. Further measures are not ruled out, the ministry said.",
     "Further measures"),
    ("After the expulsions, the minister did not rule out further measures.", "further measures"),
    ("Asked about the sanctions, she refused to rule out further steps.", "further steps"),
])
def test_a_response_left_open_in_a_dispute_is_a_hedged_threat(text, span):
    got = [(label, m) for label, s, m in marks(text) if s == span]
    assert got and got[0][0] == "THREATEN" and "hedged" in got[0][1]
    assert ("THREATEN", span, "130") in codes(text)


@pytest.mark.parametrize("text, span", [
    # the passive with "are not", "was not", "have not been" keeps the option open as "cannot be" does
    ("The ministry said military action was not excluded.", "military action"),
    ("Velm said new sanctions have not been ruled out.", "new sanctions"),
    ("Tarsk said new sanctions can't be ruled out.", "new sanctions"),
])
def test_every_negated_passive_of_rule_out_hedges_the_act_before_it(text, span):
    assert marks(text) == [("THREATEN", span, ("attributed", "hedged"))]


@pytest.mark.parametrize("text", [
    # near miss: no dispute in the sentence or the one before it (a central bank's next move)
    "Moreau did not rule out further measures.",
    "The central bank said further rate cuts were not ruled out.",
    # near miss: a side excluded from something is no option left open
    "Velm said it would play no part in further steps it was excluded from.",
])
def test_near_misses_of_a_response_left_open(text):
    assert [label for label, _ in pairs(text) if label == "THREATEN"] == []


def test_refusing_to_rule_out_further_steps_is_no_rejection():
    assert "REJECT" not in [label for label, _ in pairs(
        "Asked about the sanctions, she refused to rule out further steps.")]


# ----------------------------------------------------------------------------- appeals for calm


@pytest.mark.parametrize("text, expected", [
    # an appeal for calm, restraint or dialogue is one whoever makes it, marked on what is asked for
    ("The bishop appealed for calm.", [("REQUEST", "calm")]),
    ("She urged restraint.", [("REQUEST", "restraint")]),
    ("He appealed for dialogue.", [("REQUEST", "dialogue")]),
    ("The mayor called for calm after the riots.", [("REQUEST", "calm"), ("PROTEST", "riots")]),
    ("The Velmoran envoy called for dialogue.", [("REQUEST", "dialogue")]),
    ("The pope urged both sides to show restraint.", [("REQUEST", "show restraint")]),
    # a second act asked after "and" without "to" is an appeal of its own
    ("The envoy called on all parties to show restraint and return to dialogue.",
     [("REQUEST", "show restraint"), ("REQUEST", "return to dialogue")]),
])
def test_an_appeal_for_calm_is_a_request_on_what_is_asked(text, expected):
    assert pairs(text) == expected


def test_appeals_take_their_codes():
    assert codes("He appealed for dialogue.") == [("REQUEST", "dialogue", "026")]
    assert codes("The bishop appealed for calm.") == [("REQUEST", "calm", "020")]
    assert codes("The envoy called on all parties to show restraint and return to dialogue.")[1] == (
        "REQUEST", "return to dialogue", "026")


@pytest.mark.parametrize("text, expected", [
    # near miss: patience urged with no state in the sentence is everyday advice
    ("The coach urged patience.", []),
    # near miss: "and said" after the appeal starts a new predicate of the speaker, no second appeal
    ("The envoy urged both sides to show restraint and said talks would resume.",
     [("REQUEST", "show restraint"), ("CONSULT", "talks")]),
])
def test_near_misses_of_appeals_for_calm(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- investigations


@pytest.mark.parametrize("text, expected", [
    # the investigation is CAMEO 09 (ACCUSE), the event it takes as given keeps its own mark
    ("The UN will investigate the ambush on the army convoy.",
     [("ACCUSE", "investigate", ()), ("ASSAULT", "ambush", ())]),
    ("Tarsk opened an investigation into the shelling of Orsa.",
     [("ACCUSE", "investigation", ()), ("ASSAULT", "shelling", ())]),
    # "are investigating" is an investigation hedge: it hedges neither the investigation nor what it
    # takes as given, nor the past relative clause of that event
    ("Police are investigating the ambush on the army convoy near the border.",
     [("ACCUSE", "investigating", ()), ("ASSAULT", "ambush", ())]),
    ("Velmoran police are investigating the ambush that killed four soldiers.",
     [("ACCUSE", "investigating", ()), ("ASSAULT", "ambush", ()), ("ASSAULT", "killed", ())]),
])
def test_an_investigation_is_not_the_event_it_investigates(text, expected):
    assert marks(text) == expected
    assert codes(text)[0][2] == "090"


@pytest.mark.parametrize("text, expected", [
    # near miss: an investigation of an accident names no event of the lens
    ("The minister said Ostria had launched an investigation into the crash.",
     [("ACCUSE", "investigation", ("attributed",))]),
    # near miss: an event asked about after "whether" is still open, and a demand keeps its object
    ("The council demanded an independent inquiry into the shelling of the market.", [("DEMAND", "demanded", ())]),
    # near miss: a hedge of the writer's still reaches the main clause's event ("may" guesses the strike)
    ("Officials may say the strike that killed two guards was a mistake.",
     [("PROTEST", "strike", ()), ("ASSAULT", "killed", ("attributed",))]),
])
def test_near_misses_of_investigations(text, expected):
    assert marks(text) == expected


# ----------------------------------------------------------------------------- until-clauses and refusals


@pytest.mark.parametrize("text, expected", [
    # an until-clause after a main clause that looks ahead names the condition of its end
    ("The sanctions will stay until troops withdraw.",
     [("SANCTION", "sanctions", ()), ("RETREAT", "withdraw", ("conditional",))]),
    ("Velm will keep its sanctions in place until Tarsk frees the sailors.",
     [("SANCTION", "sanctions", ()), ("CONCEDE", "frees the sailors", ("conditional",))]),
    # a refusal to resume talks takes its modal and negator, and is no negated mark (§3)
    ("Velm will not resume talks until Tarsk releases the sailors.",
     [("REJECT", "will not resume talks", ()), ("CONCEDE", "releases the sailors", ("conditional",))]),
    ("Velm said it would not resume the talks until Tarsk withdrew its troops.",
     [("REJECT", "would not resume the talks", ("attributed",)),
      ("RETREAT", "withdrew its troops", ("attributed", "conditional"))]),
])
def test_an_until_clause_is_a_condition_of_what_will_last(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velm will not attend the talks.", [("REJECT", "will not attend the talks", ())]),
    ("Velm would not attend the summit.", [("REJECT", "would not attend the summit", ())]),
    ("Velm won't attend the talks.", [("REJECT", "won't attend the talks", ())]),
])
def test_a_declared_refusal_to_meet_takes_its_verb_and_is_not_negated(text, expected):
    assert marks(text) == expected
    # CAMEO 125, reject proposal to meet: -5.0
    assert [a.intensity for a in analyze(text).annotations if a.category == "escalation"] == [-5.0]


@pytest.mark.parametrize("text, expected", [
    # near miss: an until-clause in a story of the past tells what happened
    ("Fighting raged until the troops withdrew in May.", [("ASSAULT", "Fighting", ()), ("RETREAT", "withdrew", ())]),
    # near miss: talks not held in the past did not happen; nobody refused them
    ("Velm did not attend the talks.", [("CONSULT", "talks", ("negated",))]),
    ("Velm has not resumed talks.", [("CONSULT", "talks", ("negated",))]),
])
def test_near_misses_of_until_clauses_and_refusals(text, expected):
    assert marks(text) == expected


# ----------------------------------------------------------------------------- threats with a generic target


@pytest.mark.parametrize("text, expected", [
    ("Whoever breaks the truce will be punished.", [("THREATEN", "will be punished", ())]),
    ("Anyone who attacks our ships will be severely punished, the minister said.",
     [("THREATEN", "will be severely punished", ("attributed",))]),
    ("The president vowed that those responsible for the ambush would be punished.",
     [("THREATEN", "would be punished", ("attributed",))]),
    # the act of a generic subject is the harm warned against; an embargo in place stays
    ("Any country that violates the embargo will be punished.",
     [("SANCTION", "embargo", ()), ("THREATEN", "will be punished", ())]),
    ("Whoever fires on our positions will face a crushing response.", [("THREATEN", "crushing response", ())]),
])
def test_a_threat_with_a_generic_target(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: soldiers punished by their own army are no target of a threat
    ("Three soldiers will be punished for the abuses.", []),
    # near miss: a named side that broke the truce did break it
    ("Tarsk, which broke the truce, will be punished.", [("ASSAULT", "broke the truce", ())]),
    ("Tarsk broke the truce on Monday.", [("ASSAULT", "broke the truce", ())]),
])
def test_near_misses_of_a_generic_target(text, expected):
    assert marks(text) == expected
