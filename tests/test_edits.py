"""The change/undo layer: every edit checks its value, applies, reverts exactly, and the history
undoes and redoes across fields in order and knows when the report is back at its saved state."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from reportmodel.core import edits
from reportmodel.core.edits import EditError, History, change, change_value
from reportmodel.io.storage import load_report, render, save_report
from reportmodel.core.values import IndicatorValue

SMALL = Path(__file__).parent / "data" / "editor" / "small.toml"
GOAL = ("goals", "kostnadseffektiv")
FOSSIL = ("goals", "fossilfri")
INDICATOR = ("goals", "budget-i-balans", "indicators", "servicegrad")
CONTROL = ("risks", "attest", "controls", "behorighet")


@pytest.fixture
def report():
    return load_report(SMALL)


def test_set_assessment_and_revert(report):
    edit = change(report, GOAL, "assessment", "delvis")
    assert edit.before is None
    edit.apply(report)
    assert report.goals["kostnadseffektiv"].assessment == "delvis"
    edit.revert(report)
    assert report.goals["kostnadseffektiv"].assessment is None


def test_value_outside_the_scale_is_refused(report):
    with pytest.raises(EditError, match="not in the scale goal_assessment"):
        change(report, GOAL, "assessment", "genomford")
    with pytest.raises(EditError, match="not in the scale control_assessment"):
        change(report, CONTROL, "assessment", "helt")


def test_assessment_on_a_level_that_is_not_assessed_is_refused(report):
    with pytest.raises(EditError, match="does not apply"):
        change(report, ("goals", "gronare"), "assessment", "helt")
    with pytest.raises(EditError, match="does not apply"):
        change(report, GOAL, "trend", "battre")  # Kalmar's nämndsmål have no trend


def test_fields_that_are_not_year_end_fields_are_refused(report):
    with pytest.raises(EditError, match="not a year-end field"):
        change(report, GOAL, "title", "Nytt namn")
    with pytest.raises(EditError, match="no item"):
        change(report, ("goals", "finns-inte"), "comment", "x")


def test_text_is_normalised_and_an_unchanged_text_is_a_noop(report):
    edit = change(report, GOAL, "comment", "  \nFörsta raden.   \nAndra raden.\n\n")
    assert edit.after == "Första raden.\nAndra raden."
    assert change(report, GOAL, "comment", "   \n").after is None
    original = report.goals["budget-i-balans"].comment
    same = change(report, ("goals", "budget-i-balans"), "comment", original + "\n  ")
    assert same.noop and same.after == original


def test_completion_checks_range_and_the_schemes_steps(report):
    activity = ("goals", "fossilfri", "activities", "laddplatser")
    assert change(report, activity, "completion", 55).after == 55
    with pytest.raises(EditError, match="outside 0-100"):
        change(report, activity, "completion", 140)
    report.scheme_decl.completion_steps = [0, 20, 80, 100]
    with pytest.raises(EditError, match="not a completion step"):
        change(report, activity, "completion", 55)
    assert change(report, activity, "completion", 80).after == 80


def test_indicator_value_parses_what_an_officer_types(report):
    edit = change_value(report, INDICATOR, 2022, "outcome", "prel: 88,5")
    assert edit.after == IndicatorValue(88.5, preliminary=True)
    assert change_value(report, INDICATOR, 2022, "outcome", "i.u.").after.no_data
    assert change_value(report, INDICATOR, 2022, "outcome", "").after is None
    with pytest.raises(EditError, match="not a number"):
        change_value(report, INDICATOR, 2022, "outcome", "ungefär 80")


def test_indicator_year_is_created_and_removed_again_on_undo(report):
    before = render(report)
    history = History()
    history.do(report, change_value(report, INDICATOR, 2023, "target", "95"))
    years = report.goals["budget-i-balans"].indicators["servicegrad"].years
    assert years[2023].target == IndicatorValue(95)
    history.undo(report)
    assert 2023 not in years
    assert render(report) == before


def test_history_undoes_and_redoes_across_fields_in_order(report):
    history = History()
    history.do(report, change(report, GOAL, "assessment", "delvis"))
    history.do(report, change(report, GOAL, "comment", "Delvis, se nyckeltalen."))
    history.do(report, change(report, CONTROL, "assessment", "utan-anmarkning"))
    goal, control = report.goals["kostnadseffektiv"], report.risks["attest"].controls["behorighet"]

    assert history.undo(report).path == CONTROL
    assert control.assessment == "med-anmarkning"
    assert history.undo(report).field == "comment"
    assert goal.comment is None and goal.assessment == "delvis"
    assert history.redo(report).field == "comment"
    assert goal.comment == "Delvis, se nyckeltalen."
    assert history.redo(report).path == CONTROL
    assert control.assessment == "utan-anmarkning"
    assert history.redo(report) is None


def test_undo_everything_gives_back_the_loaded_report(report):
    original = copy.deepcopy(report)
    history = History()
    history.do(report, change(report, FOSSIL, "assessment", "ej"))
    history.do(report, change(report, FOSSIL, "comment", "Målet nås inte."))
    history.do(report, change_value(report, INDICATOR, 2022, "outcome", "88"))
    while history.undo(report):
        pass
    assert report == original


def test_a_new_edit_clears_redo(report):
    history = History()
    history.do(report, change(report, GOAL, "assessment", "helt"))
    history.undo(report)
    history.do(report, change(report, GOAL, "assessment", "ej"))
    assert not history.can_redo
    assert history.redo(report) is None


def test_noop_edits_are_not_recorded(report):
    history = History()
    assert not history.do(report, change(report, FOSSIL, "assessment", "delvis"))
    assert not history.can_undo and not history.dirty


def test_dirty_follows_the_saved_state(report, tmp_path):
    history = History()
    assert not history.dirty
    history.do(report, change(report, GOAL, "assessment", "helt"))
    assert history.dirty
    save_report(report, tmp_path / "r.toml")
    history.mark_saved()
    assert not history.dirty
    history.do(report, change(report, GOAL, "comment", "Bra."))
    assert history.dirty
    history.undo(report)
    assert not history.dirty  # back at what is on disk
    history.undo(report)
    assert history.dirty
    history.redo(report)
    assert not history.dirty
    # Undo past the save and branch off: the saved state can no longer be reached.
    history.undo(report)
    history.do(report, change(report, GOAL, "assessment", "ej"))
    assert history.dirty


def test_history_limit_drops_the_oldest_edits(report):
    history = History(limit=2)
    for key in ("helt", "delvis", "ej"):
        history.do(report, change(report, GOAL, "assessment", key))
    assert history.undo(report) and history.undo(report)
    assert history.undo(report) is None
    assert report.goals["kostnadseffektiv"].assessment == "helt"
    assert history.dirty  # the unsaved first edit is still applied


def test_compound_reverts_in_reverse_order(report):
    first = change(report, FOSSIL, "assessment", "ej")
    compound = edits.Compound((first, change(report, FOSSIL, "comment", "Förklaring.")))
    history = History()
    history.do(report, compound)
    assert report.goals["fossilfri"].comment == "Förklaring."
    history.undo(report)
    assert report.goals["fossilfri"].assessment == "delvis"
    assert report.goals["fossilfri"].comment is None


def test_edited_report_saves_and_loads_with_the_change(report, tmp_path):
    history = History()
    history.do(report, change(report, GOAL, "assessment", "delvis"))
    history.do(report, change(report, GOAL, "comment", "Två av tre delmål nåddes.\nSe nedan."))
    history.do(report, change_value(report, INDICATOR, 2022, "outcome", "prel: 88,5"))
    path = tmp_path / "r.toml"
    save_report(report, path)
    again = load_report(path)
    assert again.goals["kostnadseffektiv"].assessment == "delvis"
    assert again.goals["kostnadseffektiv"].comment == "Två av tre delmål nåddes.\nSe nedan."
    value = again.goals["budget-i-balans"].indicators["servicegrad"].years[2022].outcome
    assert value == IndicatorValue(88.5, preliminary=True)
