"""Escalation lens, readings decided on new wire texts: a noun of rejecting takes no bare object, a
meeting concluded is no meeting broken off, an incursion is a charge of crossing into another's land,
official disappointment is a criticism, a weapon named by what a rule bans or limits is no posture, a
release that is demanded has not happened, and a headline's present "exchange fire" is the exchange.
Constructed wire-style sentences about fictional countries; each rule with its near misses, which must
stay as they are."""

from __future__ import annotations

import pytest

from escalation_marks import labels, marks, mods, pairs


# ----------------------------------------------------------------------------- a noun head takes no bare object


@pytest.mark.parametrize("text, span", [
    ("Orsa's envoy said the veto showed that Tarsk had no intention of talking.", "veto"),
    ("The veto meant that the resolution failed.", "veto"),
    ("Tarsk's refusal angered Velm.", "refusal"),
    ("The rejection of the plan came on Monday.", "rejection"),
])
def test_a_noun_of_rejecting_ends_before_the_verb_of_its_clause(text, span):
    assert ("REJECT", span) in pairs(text)


@pytest.mark.parametrize("text, span", [
    ("Tarsk rejected the plan.", "rejected the plan"),
    ("Velm vetoed the resolution.", "vetoed the resolution"),
    ("Tarsk's refusal to release prisoners angered Velm.", "refusal to release prisoners"),
    ("Tarsk spurned calls for a ceasefire.", "spurned calls for a ceasefire"),
])
def test_a_verb_of_rejecting_keeps_its_object(text, span):
    assert ("REJECT", span) in pairs(text)


@pytest.mark.parametrize("text, label, span", [
    ("The sanctions showed that Tarsk was isolated.", "SANCTION", "sanctions"),
    ("The missile strike proved that Velm could reach the capital.", "ASSAULT", "missile strike"),
])
def test_other_nouns_before_a_verb_keep_their_span(text, label, span):
    assert (label, span) in pairs(text)


# ----------------------------------------------------------------------------- a meeting concluded


@pytest.mark.parametrize("text", [
    "Leaders end summit with pledge to cut tariffs.",
    "The leaders ended the summit with a pledge to cut tariffs.",
    "Velm ended its visit to Tarsk on Friday.",
    "The ministers ended two days of talks with a joint statement.",
    "The foreign ministers ended their meeting with a call for calm.",
])
def test_a_meeting_run_to_its_close_is_no_break(text):
    assert "SANCTION" not in labels(text)
    assert "CONSULT" in labels(text)


@pytest.mark.parametrize("text, span", [
    ("Tarsk ended the talks abruptly.", "ended the talks"),
    ("Tarsk ended talks with Velm.", "ended talks"),
    ("Tarsk ended cooperation with Velm.", "ended cooperation"),
    ("Velm ended its visit to Tarsk abruptly.", "ended its visit"),
    ("Tarsk cancelled the summit.", "cancelled the summit"),
    ("Tarsk ended diplomatic ties with Velm.", "ended diplomatic ties"),
])
def test_breaking_off_talks_or_ties_stays_a_cut(text, span):
    assert ("SANCTION", span) in pairs(text)


@pytest.mark.parametrize("text", [
    "The war ended, and relations improved.",
    "Prices were cut, and relations with Velm improved.",
])
def test_a_verb_of_cutting_does_not_reach_ties_across_a_comma(text):
    assert "SANCTION" not in labels(text)


# ----------------------------------------------------------------------------- incursions


@pytest.mark.parametrize("text, span", [
    ("Orsa accuses Velm of incursion", "incursion"),
    ("Velm ignored repeated incursions by Orsan vessels.", "incursions"),
    ("Tarsk reported an incursion by Velmoran jets.", "incursion"),
    ("Orsa protested the incursion.", "incursion"),
])
def test_an_incursion_is_a_charge_of_crossing_into_anothers_land(text, span):
    assert ("ACCUSE", span) in pairs(text)


def test_the_incursion_a_summons_protests_is_the_protests_content():
    assert pairs("Orsa summoned the envoy to protest the incursion.") == [("PROTEST", "summoned")]


def test_an_incursion_into_airspace_keeps_its_fixed_complement():
    assert pairs("The incursion into its airspace was the third this month.") == [
        ("ACCUSE", "incursion into its airspace")]


@pytest.mark.parametrize("text, label, span", [
    ("Velm denied any incursion.", "REJECT", "denied any incursion"),
    ("Tarsk will crush any incursion.", "THREATEN", "will crush any incursion"),
    ("Orsa protested the incursion.", "PROTEST", "protested"),
])
def test_a_head_or_a_threat_around_an_incursion_keeps_its_reading(text, label, span):
    assert (label, span) in pairs(text)


# ----------------------------------------------------------------------------- official disappointment


@pytest.mark.parametrize("text, span", [
    ("The United States said it was disappointed.", "disappointed"),
    ("Velm is deeply disappointed by the decision.", "disappointed"),
    ('"We are disappointed," the minister said.', "disappointed"),
    ("The government was disappointed that Tarsk rejected the plan.", "disappointed"),
    ("Tarsk expressed deep disappointment at the vote.", "expressed deep disappointment"),
    ("The ministry voiced its disappointment.", "voiced its disappointment"),
])
def test_a_sides_disappointment_is_a_mild_criticism(text, span):
    assert ("ACCUSE", span) in pairs(text)


def test_disappointment_is_coded_as_disapproval():
    from escalation_marks import codes
    assert codes("The United States said it was disappointed.") == [("ACCUSE", "disappointed", "110")]


@pytest.mark.parametrize("text", [
    "The ministry released disappointing figures.",
    "Fans were disappointed.",
    "Investors were disappointed by the figures.",
    '"We were disappointed with the hotel," she said.',
    "The company said it was disappointed.",
    "I was disappointed.",
    "Donors who were disappointed withdrew their pledges.",
])
def test_a_crowds_or_a_persons_disappointment_is_no_criticism(text):
    assert "ACCUSE" not in labels(text)


def test_a_denied_disappointment_is_negated():
    assert mods("Velm was not disappointed.", "disappointed") == ("negated",)


# ----------------------------------------------------------------------------- what an agreement bans


@pytest.mark.parametrize("text", [
    "Velm deployed launchers banned under the accord.",
    "Velm used weapons banned by the convention.",
    "Cluster munitions are banned under the 2008 convention.",
    "Velm stockpiled shells banned under international law.",
    "The convention bans cluster munitions.",
    "Tarsk signed a treaty banning nuclear weapons.",
    "Velm proposed a ban on missiles.",
])
def test_what_an_agreement_forbids_is_no_act_of_banning(text):
    assert "COERCE" not in labels(text)


@pytest.mark.parametrize("text, label, span", [
    ("Tarsk banned the party.", "COERCE", "banned"),
    ("Tarsk banned flights from Velm.", "SANCTION", "banned flights"),
    ("The party was banned by the court.", "COERCE", "banned"),
    ("The party was banned by the court after the accord was signed.", "COERCE", "banned"),
    ("The group, banned by Tarsk, held a rally.", "COERCE", "banned"),
    ("The party, banned under the security law, held a rally.", "COERCE", "banned"),
    ("A decree banning the party was issued.", "COERCE", "banning"),
    ("Tarsk imposed a ban on flights.", "SANCTION", "ban on flights"),
    ("Velm imposed a ban on missile exports.", "SANCTION", "ban on missile exports"),
])
def test_a_sides_ban_stays_an_act(text, label, span):
    assert (label, span) in pairs(text)


# ----------------------------------------------------------------------------- weapons that arms control limits


@pytest.mark.parametrize("text", [
    "Tarsk suspended a treaty limiting medium-range missiles.",
    "Tarsk signed a treaty banning nuclear weapons.",
    "The treaty eliminated an entire class of missiles.",
    "Tarsk withdrew from the treaty that limits medium-range missiles.",
    "Tarsk called for limits on missiles.",
    "Velm proposed a ban on missiles.",
    "Tarsk agreed to the elimination of medium-range missiles.",
    "The ministers discussed an agreement on reducing nuclear missiles.",
])
def test_a_weapon_named_by_what_arms_control_limits_is_no_posture(text):
    assert "MOBILIZE" not in labels(text)


def test_the_treaty_act_keeps_its_own_mark():
    assert pairs("Tarsk suspended a treaty limiting medium-range missiles.") == [("REJECT", "suspended a treaty")]


@pytest.mark.parametrize("text, label, span", [
    ("Tarsk deployed missiles.", "MOBILIZE", "deployed missiles"),
    ("Missiles were moved to the border.", "MOBILIZE", "moved to the border"),
    ("Velm deployed missiles near the border.", "MOBILIZE", "deployed missiles near the border"),
    ("Tarsk banned journalists and deployed missiles.", "MOBILIZE", "deployed missiles"),
    ("Tarsk will reduce its missiles.", "RETREAT", "reduce its missiles"),
    ("Tarsk reduced the number of missiles.", "RETREAT", "reduced the number of missiles"),
])
def test_weapons_moved_or_cut_by_a_side_keep_their_reading(text, label, span):
    assert (label, span) in pairs(text)


# ----------------------------------------------------------------------------- a release asked for or demanded


@pytest.mark.parametrize("text, label, span", [
    ("The group is seeking the release of forty prisoners.", "REQUEST", "seeking the release of forty prisoners"),
    ("Velm wants the release of the sailors.", "REQUEST", "wants the release of the sailors"),
    ("The group called for the release of forty prisoners.", "REQUEST", "release of forty prisoners"),
    ("Tarsk pressed for the release of the crew.", "REQUEST", "release of the crew"),
    ("Tarsk urged the release of forty prisoners.", "REQUEST", "urged"),
    ("The group demanded the release of forty prisoners.", "DEMAND", "demanded"),
    ("Tarsk demanded the release of forty prisoners.", "DEMAND", "demanded"),
    ("Relatives are demanding the immediate release of the sailors.", "DEMAND", "demanding"),
])
def test_a_release_asked_for_or_demanded_is_no_concession(text, label, span):
    assert (label, span) in pairs(text)
    assert "CONCEDE" not in labels(text)


def test_a_release_not_asked_for_is_an_appeal_negated():
    assert mods("Tarsk did not ask for their release.", "ask for their release") == ("negated",)


@pytest.mark.parametrize("text, span", [
    ("Tarsk released forty prisoners.", "released forty prisoners"),
    ("Tarsk secured the release of forty prisoners.", "release of forty prisoners"),
    ("Tarsk welcomed the release of forty prisoners.", "release of forty prisoners"),
    ("Tarsk demanded compensation after the release of forty prisoners.", "release of forty prisoners"),
])
def test_a_release_that_happened_stays_a_concession(text, span):
    assert ("CONCEDE", span) in pairs(text)


# ----------------------------------------------------------------------------- a headline's present "exchange fire"


@pytest.mark.parametrize("text, span", [
    ("Border guards exchange fire as tensions rise", "exchange fire"),
    ("Troops exchange fire near border", "exchange fire"),
    ("Troops were exchanging fire near the border.", "exchanging fire"),
    ("Velm and Tarsk forces exchanged fire.", "exchanged fire"),
])
def test_exchanging_fire_is_the_exchange_in_any_tense(text, span):
    assert ("ASSAULT", span) in pairs(text)


def test_an_exchange_of_fire_denied_is_negated():
    assert mods("Troops did not exchange fire.", "exchange fire") == ("negated",)


@pytest.mark.parametrize("text", [
    "The two sides exchanged views on trade.",
    "The ministers exchange letters every year.",
])
def test_other_exchanges_are_no_fighting(text):
    assert "ASSAULT" not in labels(text)


@pytest.mark.parametrize("text, span", [
    # the singular and the fixed phrase are the same charge as the plural "war crimes"
    ('Orsa\'s ambassador called the siege "a war crime".', "war crime"),
    ("The minister called the shelling an atrocity.", "atrocity"),
    ("Tarsk accused Velm of crimes against humanity.", "crimes against humanity"),
])
def test_the_singular_of_a_grave_charge_is_the_charge(text, span):
    assert ("ACCUSE", span) in pairs(text)
