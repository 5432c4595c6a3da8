"""Progress numbers and "needs attention" follow the report's scheme and its comment rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportmodel.core import model as m
from reportmodel.core.progress import COMMENT_MISSING, NO_STATUS, UNASSESSED, attention, compute
from reportmodel.core.scheme import SchemeDecl
from reportmodel.io.storage import load_report

SMALL = Path(__file__).parent / "data" / "editor" / "small.toml"


@pytest.fixture
def report():
    return load_report(SMALL)


def test_counts_of_the_small_report(report):
    p = compute(report)
    assert (p.levels["namndsmal"].done, p.levels["namndsmal"].total) == (2, 4)
    assert (p.controls.done, p.controls.total) == (2, 2)
    assert (p.activities.done, p.activities.total) == (2, 2)
    assert (p.assignments.done, p.assignments.total) == (1, 1)
    # fossilfri is Delvis uppfyllt without a comment; two nämndsmål are not assessed
    assert p.comments_missing == 1
    # servicegrad has a target for 2022 and no outcome yet
    assert (p.indicators.done, p.indicators.total, p.outcomes_missing) == (0, 1, 1)
    assert p.attention == 4


def test_focus_areas_are_neither_counted_nor_flagged(report):
    assert attention(report, "goal", report.goals["gronare"]) == []
    assert list(compute(report).levels) == ["namndsmal"]


def test_goal_reasons(report):
    assert attention(report, "goal", report.goals["trygghet"]) == [UNASSESSED]
    assert attention(report, "goal", report.goals["fossilfri"]) == [COMMENT_MISSING]
    report.goals["fossilfri"].comment = "   "
    assert attention(report, "goal", report.goals["fossilfri"]) == [COMMENT_MISSING]
    report.goals["fossilfri"].comment = "Laddplatserna blev försenade."
    assert attention(report, "goal", report.goals["fossilfri"]) == []
    assert attention(report, "goal", report.goals["budget-i-balans"]) == []  # helt, no comment needed


def test_activity_without_status_and_delayed_without_comment(report):
    activity = report.goals["fossilfri"].activities["laddplatser"]
    activity.status = None
    assert attention(report, "activity", activity) == [NO_STATUS]
    activity.status = "forsenad"  # Försenad requires a comment in the Kalmar preset
    assert attention(report, "activity", activity) == [COMMENT_MISSING]
    assert compute(report).comments_missing == 2


def test_control_remark_is_explained_by_its_result(report):
    control = report.risks["attest"].controls["behorighet"]
    assert attention(report, "control", control) == []  # med anmärkning, explained in result
    control.result = None
    assert attention(report, "control", control) == [COMMENT_MISSING]
    control.assessment = None
    assert attention(report, "control", control) == [UNASSESSED]
    assert compute(report).controls.done == 1


def test_counts_follow_the_process_preset():
    report = m.Report(scheme_decl=SchemeDecl(preset="process"))
    report.goals["p"] = m.Goal("p", "Hållbar utveckling", "perspektiv")
    report.goals["a"] = m.Goal("a", "Samhällsbyggnad", "processomrade", parent="p",
                               assessment="delvis", comment="Två av tre.")
    report.goals["b"] = m.Goal("b", "Stöd", "processomrade", parent="p")
    report.goals["g"] = m.Goal("g", "Fyraårigt mål", "processmal", parent="a")
    p = compute(report)
    assert list(p.levels) == ["processomrade"]
    assert (p.levels["processomrade"].done, p.levels["processomrade"].total) == (1, 2)
    assert attention(report, "goal", report.goals["g"]) == []
    assert p.attention == 1


def test_contractor_rows():
    report = m.Report()
    area = m.ContractorArea("hemtjanst", "Hemtjänst")
    area.rows["a"] = m.ContractorRow("a", "Bemanning", fulfilment="delvis")
    area.rows["b"] = m.ContractorRow("b", "Avvikelser", fulfilment="delvis",
                                     fulfilment_note="Rapporteras sent.")
    area.rows["c"] = m.ContractorRow("c", "Kvalitet")
    report.contractors["hemtjanst"] = area
    assert attention(report, "contractor_row", area.rows["a"]) == [COMMENT_MISSING]
    assert attention(report, "contractor_row", area.rows["b"]) == []
    assert attention(report, "contractor_row", area.rows["c"]) == [UNASSESSED]
    p = compute(report)
    assert (p.contractor_rows.done, p.contractor_rows.total, p.comments_missing) == (2, 3, 1)


def test_counting_one_item_out_and_in_again_follows_a_change(report):
    """The editor's incremental progress: take the item's share away before a change, add it
    after, and the totals equal a full recount."""
    from reportmodel.core.progress import count_item

    scheme = report.scheme
    progress = compute(report)
    changes = [("goal", report.goals["trygghet"], "assessment", "delvis"),
               ("goal", report.goals["fossilfri"], "comment", "Förklarat."),
               ("activity", report.goals["fossilfri"].activities["laddplatser"], "status", None),
               ("control", report.risks["attest"].controls["behorighet"], "assessment", None)]
    for kind, item, name, value in changes:
        count_item(progress, report, kind, item, scheme, -1)
        setattr(item, name, value)
        count_item(progress, report, kind, item, scheme, +1)
        assert progress == compute(report)


ALL_REPORTS = sorted((Path(__file__).parent.parent / "sample_data").glob("*.toml")) + sorted(
    (Path(__file__).parent / "data").glob("*.toml")) + [SMALL]


@pytest.mark.parametrize("path", ALL_REPORTS, ids=lambda p: p.name)
def test_counting_values_only_counts_the_same_items_in_the_same_order(path):
    """compute(attention=False) (stats and the export's summary) walks the goals' leaves without
    the outline's nodes: every count, and the order of values outside a scale, must be the same."""
    report = load_report(path)
    # A goal whose parent is missing counts as a root; a value outside the scale counts visibly.
    goal = next(iter(report.goals.values()), None)
    if goal is not None:
        orphan = m.Goal(id="utan-forälder", title="Föräldralös", level=goal.level,
                        parent="saknas")
        report.goals[orphan.id] = orphan
        for n, activity in enumerate(a for g in report.goals.values()
                                     for a in g.activities.values()):
            activity.status = ("okänd-b", "okänd-a")[n % 2] if n < 2 else activity.status
    full, values = compute(report), compute(report, attention=False)
    for name in ("levels", "activities", "risk_activities", "assignments", "controls",
                 "contractor_rows", "indicators"):
        got, want = getattr(values, name), getattr(full, name)
        assert got == want
        counts = got.values() if name == "levels" else [got]
        for count, expected in zip(counts, want.values() if name == "levels" else [want]):
            assert list(count.by_value) == list(expected.by_value)
    assert (values.attention, values.comments_missing, values.outcomes_missing) == (0, 0, 0)
