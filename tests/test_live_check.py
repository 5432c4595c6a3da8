"""Live validation gives, item by item, exactly what `yearend check` gives, and follows edits."""

from __future__ import annotations

import pytest

from reportmodel.core import structure_edits as se
from reportmodel.core.edits import History, change
from reportmodel.core.field_edits import set_field
from reportmodel.core.live_check import LiveCheck, check_item, item_of
from reportmodel.core.validate import validate
from reportmodel.io.storage import load_report

from .structure_helpers import DATA, SMALL

SAMPLES = [SMALL, *sorted(DATA.glob("*.toml")), DATA / "export" / "hostile.toml"]


def as_set(problems):
    return {(p.severity, p.path, p.message) for p in problems}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_same_problems_as_check(path):
    report = load_report(path)
    assert as_set(LiveCheck(report).all()) == as_set(validate(report))


def test_item_of_a_problem_path():
    assert item_of("risks.r.controls.c.assessment") == ("risks", "r", "controls", "c")
    assert item_of("goals.g.indicators.i.years.2022.target_women") == \
        ("goals", "g", "indicators", "i")
    assert item_of("goals.g.assessment") == ("goals", "g")


def apply(report, live, history, edit):
    history.do(report, edit)
    live.touched(edit)
    assert as_set(live.all()) == as_set(validate(report))


def test_follows_edits_and_undo():
    report = load_report(SMALL)
    live, history = LiveCheck(report), History()
    fossil = ("goals", "fossilfri")
    assert [p.message for p in live.problems(fossil)] == \
        ['"Delvis uppfyllt" needs a comment explaining it (comment is missing)']
    apply(report, live, history, change(report, fossil, "comment", "Förklaring."))
    assert live.problems(fossil) == []
    # A risk at the threshold without control points is flagged until one is added.
    risk = se.add_item(report, "risk", ("processes", "ekonomi"), "Ny risk")
    apply(report, live, history, risk)
    apply(report, live, history, set_field(report, risk.path, "probability", 4))
    assert live.problems(risk.path) == []  # no consequence yet: no value
    apply(report, live, history, set_field(report, risk.path, "consequence", 2))
    assert [p.message for p in live.problems(risk.path)] == \
        ["risk value 8 is 8 or more but the risk has no control points"]
    control = se.add_item(report, "control", risk.path, "Kontroll")
    apply(report, live, history, control)
    assert live.problems(risk.path) == []
    edit = history.undo(report)
    live.touched(edit)
    assert len(live.problems(risk.path)) == 1
    assert check_item(report, risk.path) == live.problems(risk.path)
    # Deleting the risk takes its problems away.
    apply(report, live, history, se.delete_item(report, risk.path))
    assert live.problems(risk.path) == [] and as_set(live.all()) == as_set(validate(report))
