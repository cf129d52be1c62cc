"""Escalation lens, events: plain wording, events named again, headline presents, conferences
and weapon nouns in use. Constructed sentences about fictional countries; each rule with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


@pytest.mark.parametrize("text, expected", [
    # customs duties, named again as "the duties" in a story of trade; lifted or dropped, eased
    ("Marr imposed tariffs on Kessian steel. Kessia denied that the duties were aimed at Marr.",
     ("SANCTION", "duties")),
    ("Marr imposed tariffs on Kessian steel. Kessia said Marr was unlikely to drop the duties.",
     ("CONCEDE", "drop the duties")),
    ("Marr imposed tariffs on Kessian steel. On Friday Marr lifted the steel duties.",
     ("CONCEDE", "lifted the steel duties")),
    # inspectors kept out, readmitted, and the other side's experts let in to visit
    ("Orlan barred foreign inspectors from its launch sites.",
     ("REJECT", "barred foreign inspectors from its launch sites")),
    ("Orlan said it would readmit inspectors.", ("RETREAT", "readmit inspectors")),
    ("Orlan would return if Velm allowed Orlanian experts to visit its reactors.",
     ("RETREAT", "allowed Orlanian experts")),
    # border crossings shut, threatened, reopened
    ("Velm shuts border crossings", ("SANCTION", "shuts border crossings")),
    ("Velm closed two crossings on its border with Orlan.", ("SANCTION", "closed two crossings")),
    ("Velm closed two crossings on its border. The crossings could reopen within days.",
     ("RETREAT", "crossings could reopen")),
    ("Velm closed two crossings on its border. He did not rule out closing the last crossing.",
     ("THREATEN", "closing the last crossing")),
    ("The northern route could reopen.", ("RETREAT", "northern route could reopen")),
    # people pushed towards a border; beatings; force used in plain words
    ("Guards were pushing dozens of migrants towards the frontier.",
     ("COERCE", "pushing dozens of migrants towards the frontier")),
    ("Several of them were treated after beatings by guards.", ("ASSAULT", "beatings")),
    ("Analysts said Velm might use force.", ("ASSAULT", "use force")),
    # escorts with warships, and "such escorts" after them
    ("Orlan said it would begin escorting its trawlers with frigates.",
     ("MOBILIZE", "escorting its trawlers with frigates")),
    ("Orlan escorted its trawlers with frigates. Such escorts anger Velm.", ("MOBILIZE", "escorts")),
    # a conference of states, in a headline present too; the next round of it
    ("Envoys walk out of Velm peace conference", ("PROTEST", "walk out")),
    ("Envoys walk out of Velm peace conference", ("CONSULT", "conference")),
    ("Orlan boycotted the peace talks. Velm hosted a second conference. Orlan may attend a second round.",
     ("CONSULT", "round")),
    # an agreement signed, a swap, an exchange and a recognition named again
    ("The ministers signed a border agreement. Lund spoke after the signing.", ("AGREE", "signing")),
    ("The two sides exchanged 20 prisoners, the largest swap in years.", ("CONCEDE", "swap")),
    ("Orlan and Velm exchanged 20 prisoners. A second exchange may follow.", ("CONCEDE", "exchange")),
    ("Velm recognises breakaway Sarn", ("SUPPORT", "recognises")),
    ('Velm recognised Sarn. Orlan called the recognition "illegal" and "a provocation".',
     ("SUPPORT", "recognition")),
    # a weapon in fire: the fire is the event
    ("Artillery duels along the Orlan border", ("ASSAULT", "Artillery duels")),
])
def test_plain_wording_and_events_named_again_are_marked(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, span", [
    # the same words in a sense that is no event between sides
    ("The new minister took up his duties on Monday.", "duties"),
    ("Marr imposed tariffs on steel. The envoy resumed his duties as minister.", "duties"),
    ("Workers closed the crossing for repairs.", "closed the crossing"),
    ("The level crossing was closed.", "crossing was closed"),
    ("The northern route reopened after repairs.", "northern route reopened"),
    ("Stewards pushed the crowd towards the exit.", "pushed the crowd towards the exit"),
    ("Moscow is willing to use force.", "use force"),
    ("Police escorted the delegation to the hall.", "escorted"),
    ("The minister told a news conference in Orlan.", "conference"),
    ("She spoke at a labor conference in Velm.", "conference"),
    ("Voters return for a second round in May.", "round"),
    ("The club confirmed the signing on Friday.", "signing"),
    ("The stock exchange fell sharply.", "exchange"),
    ("The currency swap was renewed.", "swap"),
    ("The system uses face recognition at airports.", "recognition"),
    ("Orlan said police had barred protesters from the square.", "barred protesters from the square"),
])
def test_near_misses_are_not_marked(text, span):
    assert span not in [s for _, s in pairs(text)], marks(text)


@pytest.mark.parametrize("text, weapon", [
    ('"Our artillery was returning fire," a spokesman said.', "artillery"),
    ("Artillery duels along the Orlan border", "Artillery"),
    ("Rockets were fired at the Orlan border post.", "Rockets"),
])
def test_a_weapon_in_its_own_fire_is_no_show_of_force(text, weapon):
    assert ("MOBILIZE", weapon) not in pairs(text)


def test_a_weapon_moved_stays_posture():
    assert ("MOBILIZE", "moved artillery to the border") in pairs("Orlan moved artillery to the border.") or \
        any(label == "MOBILIZE" and "artillery" in span for label, span in pairs("Orlan moved artillery to the border."))


def test_modifiers_of_the_new_marks():
    assert mods("Analysts said Velm was unlikely to use force.", "use force") == ("attributed", "hedged")
    text = "Velm closed two crossings on its border. The crossings could reopen if Orlan stopped the flow."
    assert "conditional" in mods(text, "crossings could reopen")
    assert mods("The northern route could reopen.", "northern route could reopen") == ("hedged",)
    text = "Orlan escorted its trawlers with frigates. An official said Orlan had not ruled out escorting its ferries with warships."
    assert mods(text, "escorting its ferries with warships") == ("attributed", "hedged")


def test_experts_let_in_to_visit_are_one_act_of_allowing():
    text = "Orlan would return if Velm allowed Orlanian experts to visit its reactors."
    assert ("CONSULT", "visit") not in pairs(text)
    assert ("CONSULT", "visit") in pairs("The Orlanian foreign minister will visit Velm next week.")
