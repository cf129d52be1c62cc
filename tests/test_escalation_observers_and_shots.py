"""Escalation lens: warnings by diplomats who observe, and shots fired (ANNOTATION.md §8.4)."""

from __future__ import annotations

import pytest

from escalation_marks import codes, mods, pairs


@pytest.mark.parametrize("text", [
    "Diplomats in Velma warned that another missile test could derail the talks.",
    "Western diplomats warned Tarsk on Tuesday.",
    "Senior diplomats in the capital warned Tarsk.",
    "Diplomats in Velma warned that any delay would derail the talks.",
])
def test_a_warning_by_diplomats_named_as_no_sides_is_a_forecast(text):
    assert not [p for p in pairs(text) if p[0] == "THREATEN"], pairs(text)


@pytest.mark.parametrize("text, span", [
    ("Velmoran diplomats warned Tarsk on Tuesday.", "warned"),
    ("The ministry's diplomats warned Tarsk on Tuesday.", "warned"),
    ("Its diplomats warned Tarsk on Tuesday.", "warned"),
    ("Diplomats said the ministry warned Tarsk on Tuesday.", "warned"),
    ("Velmoran officials warned Tarsk on Tuesday.", "warned"),
    ("Velmoran diplomats warned that any delay would derail the talks.", "derail the talks"),
])
def test_a_warning_by_a_sides_diplomats_stays_a_threat(text, span):
    assert ("THREATEN", span) in pairs(text), pairs(text)


def test_observers_warning_stays_unmarked():
    assert not [p for p in pairs("Economists warned that the measures could backfire.") if p[0] == "THREATEN"]


@pytest.mark.parametrize("text, span", [
    ("Guard boats fired into the air as the trawler approached.", "fired into the air"),
    ("Guard boats fired shots into the air.", "fired shots into the air"),
    ("The coast guard fired warning shots across the bows of the trawler.", "fired warning shots across the bows"),
])
def test_shots_fired_as_a_warning_are_a_show_of_force(text, span):
    assert codes(text) == [("MOBILIZE", span, "150")], codes(text)


def test_shots_fired_at_people_are_force_and_a_denial_negates_them():
    text = "The navy denied that any shots were fired at the crews."
    assert codes(text) == [("ASSAULT", "shots were fired at", "190")], codes(text)
    assert "negated" in mods(text, "shots were fired at")
    assert codes("Guard boats fired shots at the fishing boat.") == [("ASSAULT", "fired shots at", "190")]


@pytest.mark.parametrize("text, span", [
    ("The navy denied that flares were fired.", "flares were fired"),
    ("Guard boats fired warning shots.", "fired warning shots"),
    ("The coast guard fired warning shots at the trawler.", "fired warning shots"),
    ("Jets have shot flares at the patrol planes.", "shot flares"),
])
def test_warning_shots_and_flares_keep_their_reading(text, span):
    assert codes(text) == [("MOBILIZE", span, "150")], codes(text)


@pytest.mark.parametrize("text, span", [
    ("Drava is considering closing the Kessian consulate.", "considering closing the Kessian consulate"),
    ("Drava is weighing whether to close the Kessian consulate.", "weighing whether to close the Kessian consulate"),
    ("Varnia is also considering sanctions on Lorvian shipping firms.", "considering sanctions"),
])
def test_a_step_under_consideration_is_spanned_from_the_verb_of_weighing(text, span):
    assert pairs(text) == [("THREATEN", span)], pairs(text)


def test_a_cooperative_step_weighed_keeps_its_own_span():
    assert pairs("Drava is considering reopening the Kessian consulate.") == [("SUPPORT", "reopening the Kessian consulate")]
