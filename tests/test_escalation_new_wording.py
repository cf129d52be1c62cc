"""Escalation lens: events in new wording, passives, warnings, spans and quoted labels.

Each test checks the event found and a near miss (the same word in a peaceful or non-event sense).
The sentences are constructed, with fictional countries.
"""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


# ----------------------------------------------------------------------------- A: event wording


def test_a_headline_present_boarding_of_a_ship_is_a_seizure():
    assert ("COERCE", "board") in pairs("Lorvian commandos board tanker in Strait of Vessa")
    assert ("COERCE", "boarded") in pairs("Commandos boarded the tanker on Tuesday.")
    # passengers who board a ferry, or who are "on board the ship", are no event
    assert pairs("Tourists board the ship at the harbour every morning.") == []
    assert pairs("Two navy officers were on board the ship.") == []


def test_the_standoff_that_began_is_an_event_but_the_row_only_points_back():
    text = ("The United Nations urged both sides to show restraint. Insurers said traffic had fallen by half "
            "since the standoff began.")
    assert ("DETERIORATE", "standoff") in pairs(text)
    assert not any(span == "row" for _, span in pairs("The United Nations said the row was hurting trade."))


def test_forces_that_crossed_the_border_are_an_incursion_and_refugees_are_not():
    text = "Kessia denied that its jets had crossed the border."
    assert pairs(text) == [("ACCUSE", "crossed the border")]
    assert "negated" in mods(text, "crossed the border")
    assert pairs("Thousands of refugees crossed the border on Monday.") == []


def test_routine_training_missions_are_a_calm_self_description():
    assert ("RESTRAINT", "routine training missions") in pairs('Kessia said the flights were "routine training missions".')
    assert pairs("Kessia said the routine training for nurses would resume.") == []


def test_ready_to_attend_talks_just_offered_is_an_intent_to_meet():
    text = "The council offered to host talks between the defence chiefs. Kessia said it was ready to attend."
    assert ("CONSULT", "ready to attend") in pairs(text)
    assert pairs("The school reopened on Monday. Maria said she was ready to attend.") == []


def test_a_bare_test_after_a_nuclear_test_is_that_test_again():
    text = "Korsk may carry out a nuclear test. He did not say when a test might take place."
    found = marks(text)
    assert ("MOBILIZE", "test", ("hedged",)) in [(label, span, tuple(m for m in ms if m != "attributed"))
                                                 for label, span, ms in found]
    assert not any(label == "RESTRAINT" for label, _, _ in found)  # "did not say when" negates nothing
    assert pairs("Korsk may carry out a nuclear test. Reporters photographed the test site.") == [("MOBILIZE", "nuclear test")]
    assert pairs("The students passed the driving exam. A test is due next week.") == []


def test_a_weapon_that_struck_or_targeted_is_force_used():
    assert pairs("Government drones had struck one of its supply trucks.") == [("ASSAULT", "drones had struck")]
    # the weapon noun is then no show of force of its own
    assert pairs("Government artillery had targeted the checkpoint.") == [("ASSAULT", "artillery had targeted")]
    assert pairs("Copper prices had struck a record high.") == []


def test_an_entry_ban_on_officials_is_a_sanction_and_a_square_is_coercion_at_home():
    text = "Ostland froze their assets, banning them from entering the country."
    assert ("SANCTION", "banning them from entering the country") in pairs(text)
    assert ("SANCTION", "bar eight Ostlandic officials from entering Varnia") in pairs(
        "The ministry said it would bar eight Ostlandic officials from entering Varnia.")
    assert not any(label == "SANCTION" for label, _ in pairs("Police barred protesters from entering the square."))


def test_sanctions_that_cannot_be_ruled_out_are_a_hedged_threat():
    text = "Further sanctions cannot be ruled out, Lorvia said."
    assert pairs(text) == [("THREATEN", "Further sanctions")]
    assert "hedged" in mods(text, "Further sanctions")
    # imposed sanctions keep their reading
    assert pairs("Lorvia imposed further sanctions.") == [("SANCTION", "imposed further sanctions")]


def test_similar_measures_weighed_after_sanctions_point_back_to_them():
    text = "The sanctions were welcomed by several allies. Lorvia said it would consider similar measures."
    assert ("THREATEN", "consider similar measures") in pairs(text)
    assert pairs("Exports grew in May. Lorvia said it would consider similar measures to help farmers.") == []


def test_a_considered_expulsion_is_coded_by_the_expulsion():
    text = "Ostland had considered expelling Varnian diplomats but decided against it for now."
    assert pairs(text) == [("THREATEN", "considered expelling")]  # the weighing makes the threat
    from course.analysis import analyze
    a = [x for x in analyze(text).annotations if x.category == "escalation"][0]
    assert a.intensity == -5.8  # CAMEO 1313, not the bare 130
    # a response weighed with no act named stays 130
    assert ("THREATEN", "weighing a response") in pairs("Varnia is weighing a response to the expulsions.")


def test_a_measured_response_is_restraint_and_a_firm_one_a_threat():
    assert pairs('"We wanted a measured response," an official said.') == [("RESTRAINT", "measured response")]
    assert pairs("Tarsk promised a firm response.")[0][0] == "THREATEN"


def test_an_initialled_protocol_is_signed():
    text = "The protocol, which was initialled by the two foreign ministers, settles the border."
    assert ("AGREE", "initialled") in pairs(text)
    # the adjective "initial" is no signing
    assert not any(label == "AGREE" and "initial" in span for label, span in pairs(
        "The initial draft of the protocol was long."))


def test_restarting_an_evacuation_in_a_story_of_shelling_allows_access():
    text = "The corridor was closed after shelling. Mediators said they hoped to restart the evacuation."
    assert ("RETREAT", "restart the evacuation") in pairs(text)
    assert pairs("The school held a fire drill. Teachers hoped to restart the evacuation exercise.") == []


def test_a_humanitarian_corridor_is_access_allowed_not_aid():
    found = pairs("The deal allows a humanitarian corridor out of the city.")
    assert ("RETREAT", "humanitarian corridor") in found
    assert ("AID", "humanitarian corridor") not in found


# ----------------------------------------------------------------------------- B: passives and insertions


def test_passives_with_forces_ties_or_captives_as_subject_are_the_event():
    assert ("MOBILIZE", "scrambled") in pairs("Dalmarian air force jets were scrambled to intercept the aircraft.")
    assert pairs("The eggs were scrambled for breakfast.") == []
    assert ("SUPPORT", "relations were restored") in pairs("Trade grew after 2011, when relations were restored.")
    assert all(label != "SUPPORT" for label, _ in pairs("Labour relations were restored after the walkout."))


def test_a_ship_shadowed_by_warships_after_an_apposition_is_a_show_of_force():
    text = "The tanker, the Morning Star, which had been shadowed by two Lorvian corvettes since Sunday, was seized."
    assert ("MOBILIZE", "shadowed") in pairs(text)
    assert all(label != "MOBILIZE" for label, _ in pairs("The summit, which had been shadowed by doubts, ended."))


def test_captives_released_after_an_apposition_are_a_release():
    text = "Twelve hostages, including four foreign aid workers, were released on Saturday, the group said."
    assert ("CONCEDE", "were released") in pairs(text)
    assert pairs("Twelve reports, including four long ones, were released on Saturday.") == []


# ----------------------------------------------------------------------------- D: warnings and veiled threats


def test_what_a_side_protects_of_its_own_keeps_the_threat():
    text = "If the ship is not freed, Tarsk will take all necessary measures to protect its shipping."
    assert ("THREATEN", "take all necessary measures to protect its shipping") in pairs(text)
    assert pairs("The port will take all necessary measures to protect passengers.") == []


def test_a_reserved_act_of_force_is_one_threat_and_the_entering_aircraft_no_event():
    text = 'Dalmar "reserves the right to shoot down any aircraft that enters our airspace."'
    assert pairs(text) == [("THREATEN", "reserves the right to shoot down")]
    # an aircraft that entered, told as a fact, is still an incursion
    assert ("ACCUSE", "entered our airspace") in pairs("The aircraft entered our airspace on Monday, Dalmar said.")


def test_every_provocation_after_a_threat_is_the_harm_warned_against():
    text = 'He warned that the army would "respond decisively to every provocation."'
    assert pairs(text) == [("THREATEN", "respond decisively")]
    # a provocation that happened keeps its mark
    assert ("ACCUSE", "deliberate provocation") in pairs("Dalmar called the flight a deliberate provocation.")
    # a label before the noun it qualifies stays a label
    assert ("ACCUSE", "unfriendly") in pairs("Lorvia will take asymmetric retaliatory steps against any unfriendly actions.")


def test_what_would_be_met_with_sanctions_is_the_harm_warned_against():
    text = 'They warned that a nuclear test would be met with "the toughest sanctions ever imposed".'
    assert pairs(text) == [("THREATEN", "sanctions")]
    assert ("MOBILIZE", "nuclear test") in pairs("Korsk carried out a nuclear test on Monday.")


def test_they_will_find_us_ready_is_a_conditional_threat():
    text = '"If they want to test us, they will find us ready," he said.'
    assert pairs(text) == [("THREATEN", "they will find us ready")]
    assert "conditional" in mods(text, "they will find us ready")
    assert pairs('"If they want to see us, they will find us at home," he said.') == []


# ----------------------------------------------------------------------------- I: spans


def test_an_appeal_to_avoid_takes_in_the_quoted_thing_to_avoid_and_its_hedge_stays_inside():
    text = ('The Security Council called on them to avoid "any step that could lead to miscalculation" and '
            'offered to host talks.')
    found = marks(text)
    assert ("REQUEST", 'avoid "any step that could lead to miscalculation"') in [(label, s) for label, s, _ in found]
    assert "hedged" not in mods(text, 'avoid "any step that could lead to miscalculation"')
    assert pairs("The council urged both sides to avoid escalation.") == [("REQUEST", "avoid escalation")]


def test_a_rejection_stops_before_a_time_phrase():
    assert pairs("Korsk rejected the offer within hours.") == [("REJECT", "rejected the offer")]
    assert pairs("Korsk rejected the offer of talks.")[0][1].startswith("rejected")


def test_denied_launching_any_attack_is_one_act_and_launch_alone_needs_drones():
    text = "The rebels denied launching any attack on the army."
    assert [(label, span) for label, span, _ in marks(text)] == [("ASSAULT", "attack")]
    assert pairs('"Our forces did not launch any drones," the spokesman said.') == [("ASSAULT", "launch")]


def test_a_refusal_takes_in_the_quotation_that_describes_what_is_refused():
    text = 'Tarsk said it would not recognise any demarcation of the valley "that ignores the rights of its people."'
    found = pairs(text)
    assert found and found[0][0] == "REJECT"
    assert found[0][1].startswith("would not recognise any demarcation of the valley \"that ignores")
    # a quotation that is a phrase of its own stays out
    assert ("REJECT", "would not recognise the result") in pairs(
        'Tarsk would not recognise the result, calling it "a fraud."')


# ----------------------------------------------------------------------------- J: quoted hostile labels


@pytest.mark.parametrize("text, span", [
    ('The broadcaster attacked what the ministry called a "campaign of slander."', "campaign of slander"),
    ('Korsk dismissed the offer, calling it "a cheap trick of imperialists."', "cheap trick of imperialists"),
    ('Varnia called the sanctions "groundless" and "a hostile act."', "hostile act"),
])
def test_a_quoted_name_after_called_keeps_its_head(text, span):
    assert ("ACCUSE", span) in pairs(text)


def test_a_quoted_friendly_name_is_no_label():
    assert not any(label == "ACCUSE" for label, _ in pairs('Varnia called the deal "a friendly act."'))


def test_a_quoted_response_after_vows_is_a_threat():
    assert ("THREATEN", "response") in pairs('Tarsk vows "response"')
    assert pairs('Tarsk vows "reform"') == []


def test_a_label_after_what_it_calls_inside_a_refusal_stays_its_own():
    text = 'The government has refused to negotiate with what it calls "a terrorist gang."'
    assert ("ACCUSE", "terrorist gang") in pairs(text)
    assert pairs(text)[0] == ("REJECT", "refused to negotiate")


# ----------------------------------------------------------------------------- H: labels and codes


def test_a_rejected_offer_is_a_rejection_not_a_threat():
    text = "Tarsk offered to mediate, an offer Varnia rejected."
    assert pairs(text) == [("CONSULT", "offered to mediate"), ("REJECT", "rejected")]
    # with "that" or a new clause nothing changes: the rejection stays a rejection
    assert ("REJECT", "rejected") in pairs("Tarsk offered to mediate, but Varnia rejected it.")
