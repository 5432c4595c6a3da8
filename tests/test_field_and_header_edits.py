"""Editing any field of an item and every part of the report's header: checked values, exact
undo and redo, and files that reload byte-identical."""

from __future__ import annotations

import datetime as dt

import pytest

from reportmodel.core import header_edits as he
from reportmodel.core.edits import EditError, History
from reportmodel.core.field_edits import set_field
from reportmodel.io.storage import load_report

from .structure_helpers import SMALL, do_undo_redo, round_trip

BUDGET = ("goals", "budget-i-balans")
ATTEST = ("risks", "attest")
ACTIVITY = BUDGET + ("activities", "genomlysning")
INDICATOR = BUDGET + ("indicators", "servicegrad")


@pytest.fixture
def report():
    return load_report(SMALL)


@pytest.mark.parametrize("path, name, value, stored", [
    (BUDGET, "description", "Ny beskrivning.\n\n", "Ny beskrivning."),
    (BUDGET, "number", " 1.2 ", "1.2"),
    (BUDGET, "agenda2030", [8, 11], [8, 11]),
    (ACTIVITY, "start", "2022-02-01", dt.date(2022, 2, 1)),
    (ACTIVITY, "end", dt.date(2022, 11, 30), dt.date(2022, 11, 30)),
    (ACTIVITY, "responsible", "Eva Ek", "Eva Ek"),
    (INDICATOR, "higher_is_better", False, False),
    (INDICATOR, "unit", None, None),
    (("goals", "fossilfri", "assignments", "klimatplan"), "responsible_bodies",
     ["Kommunstyrelsen", " Servicenämnden "], ["Kommunstyrelsen", "Servicenämnden"]),
    (("processes", "ekonomi"), "subprocesses", ["Attest"], ["Attest"]),
    (ATTEST + ("controls", "beslutsattest"), "frequency", "Månadsvis", "Månadsvis"),
    (ATTEST, "carry_over", True, True),
    (ACTIVITY, "status", "pagaende", "pagaende"),  # year-end fields go through edits.change
])
def test_set_any_field(report, tmp_path, path, name, value, stored):
    edit = set_field(report, path, name, value)
    do_undo_redo(report, edit)
    from reportmodel.core.edits import resolve

    assert getattr(resolve(report, path), name) == stored
    round_trip(report, tmp_path)


@pytest.mark.parametrize("path, name, value, message", [
    (BUDGET, "title", "", "cannot be empty"),
    (BUDGET, "parent", "gronare", "move the item"),
    (BUDGET, "activities", {}, "add or delete"),
    (BUDGET, "id", "nytt-id", "never changes"),
    (BUDGET, "agenda2030", [18], "out of range"),
    (BUDGET, "agenda2030", [8, 8], "twice"),
    (ACTIVITY, "start", "1 februari", "not a date"),
    (ACTIVITY, "start", dt.datetime(2022, 1, 1, 8), "without a time"),
    (ACTIVITY, "responsible", "Två\nrader", "one line"),
    (ATTEST, "value", 12, "computed"),
    (ATTEST, "probability", 0, "out of range"),
    (INDICATOR, "gender_split", "ja", "true or false"),
    (BUDGET, "level", "fokusomrade", "higher level"),
])
def test_set_field_refuses_wrong_values(report, path, name, value, message):
    with pytest.raises(EditError, match=message):
        set_field(report, path, name, value)


def test_probability_and_consequence_set_the_value(report, tmp_path):
    history = do_undo_redo(report, set_field(report, ATTEST, "probability", 4))
    assert report.risks["attest"].value == 12
    do_undo_redo(report, set_field(report, ATTEST, "consequence", 2), history)
    assert report.risks["attest"].value == 8
    do_undo_redo(report, set_field(report, ATTEST, "consequence", None), history)
    assert report.risks["attest"].value is None
    round_trip(report, tmp_path)
    history.undo(report)
    assert report.risks["attest"].value == 8


def test_changing_a_level_checks_parent_children_and_assessment(report):
    # budget-i-balans is an assessed nämndsmål under a långsiktigt mål.
    with pytest.raises(EditError, match="clear the assessment"):
        set_field(report, BUDGET, "level", "arsmal")
    with pytest.raises(EditError, match="goals under it"):
        set_field(report, ("goals", "god-ekonomi"), "level", "namndsmal")
    do_undo_redo(report, set_field(report, ("goals", "kostnadseffektiv"), "level", "arsmal"))


def test_gender_split_cannot_be_turned_off_while_values_by_gender_exist(report):
    history = History()
    history.do(report, set_field(report, INDICATOR, "gender_split", True))
    from reportmodel.core.edits import change_value

    history.do(report, change_value(report, INDICATOR, 2022, "target_women", "91"))
    with pytest.raises(EditError, match="values by gender"):
        set_field(report, INDICATOR, "gender_split", False)


# -- header ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, value, stored", [
    ("municipality", "Växjö kommun", "Växjö kommun"),
    ("board", " Servicenämnden ", "Servicenämnden"),
    ("kind", "verksamhetsplan", "verksamhetsplan"),
    ("title", "Verksamhetsplan 2027", "Verksamhetsplan 2027"),
    ("year", 2027, 2027),
    ("case_number", "KS 2026/17", "KS 2026/17"),
    ("case_number", "", None),
    ("date", "2027-02-24", dt.date(2027, 2, 24)),
    ("officer", "Eva Lind", "Eva Lind"),
    ("language", "en", "en"),
    ("attachments", ["Bilaga 1", "Bilaga 2"], ["Bilaga 1", "Bilaga 2"]),
])
def test_set_header_fields(report, tmp_path, name, value, stored):
    do_undo_redo(report, he.set_meta(report, name, value))
    assert getattr(report.meta, name) == stored
    round_trip(report, tmp_path)


@pytest.mark.parametrize("name, value, message", [
    ("municipality", "  ", "cannot be empty"),
    ("kind", "budget", "not a report kind"),
    ("year", 26, "out of range"),
    ("year", "2026", "whole number"),
    ("date", "igår", "not a date"),
    ("language", "de", "not a language"),
    ("signatories", {}, "signatory edits"),
    ("decision", "en text", "list of texts"),
])
def test_header_refuses_wrong_values(report, name, value, message):
    with pytest.raises(EditError, match=message):
        he.set_meta(report, name, value)


def test_decision_points_add_edit_reorder_remove(report, tmp_path):
    first = report.meta.decision[0]
    history = do_undo_redo(report, he.add_entry(report, "decision", "Ny punkt.\n"))
    assert report.meta.decision == [first, "Ny punkt."]
    do_undo_redo(report, he.add_entry(report, "decision", "Allra först.", 0), history)
    do_undo_redo(report, he.move_entry(report, "decision", 0, 2), history)
    assert report.meta.decision == [first, "Ny punkt.", "Allra först."]
    do_undo_redo(report, he.set_entry(report, "decision", 1, "Ändrad punkt."), history)
    do_undo_redo(report, he.remove_entry(report, "decision", 0), history)
    assert report.meta.decision == ["Ändrad punkt.", "Allra först."]
    round_trip(report, tmp_path)
    with pytest.raises(EditError, match="has no entry 5"):
        he.remove_entry(report, "decision", 4)
    with pytest.raises(EditError, match="cannot be empty"):
        he.add_entry(report, "attachments", " ")
    with pytest.raises(EditError, match="not a list"):
        he.add_entry(report, "officer", "x")


def test_attachments_are_lists_of_the_header_too(report):
    history = do_undo_redo(report, he.add_entry(report, "attachments", "Bilaga 1: Nyckeltal"))
    history.undo(report)
    assert report.meta.attachments == []


def test_signatories(report, tmp_path):
    history = do_undo_redo(report, he.add_signatory(report, "Anna Andersson", "Ordförande"))
    do_undo_redo(report, he.add_signatory(report, "Bo Ek", "Kommundirektör", index=0), history)
    assert list(report.meta.signatories) == ["bo-ek", "anna-andersson"]
    do_undo_redo(report, he.move_signatory(report, "bo-ek", 1), history)
    do_undo_redo(report, he.set_signatory(report, "bo-ek", "name", "Bo Eklund"), history)
    assert report.meta.signatories["bo-ek"].name == "Bo Eklund"  # the id stays
    round_trip(report, tmp_path)
    do_undo_redo(report, he.remove_signatory(report, "anna-andersson"), history)
    assert list(report.meta.signatories) == ["bo-ek"]
    with pytest.raises(EditError, match="cannot be empty"):
        he.add_signatory(report, "")
    with pytest.raises(EditError, match="no signatory"):
        he.remove_signatory(report, "anna-andersson")
