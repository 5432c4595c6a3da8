"""One definition of progress: stats, the export's summary, todo and the editor count alike."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from reportmodel.core import model as m
from reportmodel.core.progress import OUTCOME_MISSING, attention, compute, count_item, empty, \
    indicator_state
from reportmodel.core.responsible import NOBODY, open_counts, people, person
from reportmodel.core.stats import compute_stats
from reportmodel.core.tree import walk
from reportmodel.core.values import parse_value
from reportmodel.io.storage import load_path, load_report

ROOT = Path(__file__).parent.parent
FILES = sorted(ROOT.glob("sample_data/*.toml")) + sorted((ROOT / "tests" / "data").glob("*.toml"))
SMALL = ROOT / "tests" / "data" / "editor" / "small.toml"


def test_there_are_files_to_compare():
    assert len(FILES) >= 6


def _independent_counts(report: m.Report):
    """Counted straight from the model, without progress.py or stats.py."""
    goal_activities = [a for g in report.goals.values() for a in g.activities.values()]
    risk_activities = [a for r in report.risks.values() for a in r.activities.values()]
    controls = [c for r in report.risks.values() for c in r.controls.values()]
    controls += [c for p in report.processes.values() for c in p.controls.values()]
    return goal_activities, risk_activities, controls


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_progress_equals_stats(path):
    report = load_report(path)
    progress, stats = compute(report), compute_stats(report)
    for level, count in progress.levels.items():
        assert count.total == stats["goals"][level]["total"]
        assert count.by_value == stats["goals"][level]["by_assessment"]
        assert count.done == count.total - stats["goals"][level]["by_assessment"]["unset"]
    for part in ("activities", "assignments"):
        count = getattr(progress, part)
        assert (count.total, count.by_value) == (stats[part]["total"], stats[part]["by_status"])
    assert (progress.controls.total, progress.controls.by_value) == (
        stats["controls"]["total"], stats["controls"]["by_assessment"])
    assert progress.indicators.total == stats["indicators"]["total"]
    goal_activities, risk_activities, controls = _independent_counts(report)
    assert progress.activities.total == len(goal_activities)
    assert progress.risk_activities.total == len(risk_activities)
    assert progress.risk_activities.done == sum(a.status is not None for a in risk_activities)
    assert progress.controls.total == len(controls)
    # the editor's count per item adds up to the same
    incremental = empty(report.scheme)
    for node in walk(report):
        count_item(incremental, report, node.kind, node.item, report.scheme)  # no path: searched
    assert incremental == progress
    # todo's people answer for exactly the counted items and their open ones
    everyone = people(report)
    counted = sum(progress.levels[k].total for k in progress.levels) + progress.activities.total \
        + progress.risk_activities.total + progress.assignments.total + progress.controls.total \
        + progress.contractor_rows.total + progress.indicators.total
    assert sum(p.count.total for p in everyone) == counted
    assert sum(len(p.open) for p in everyone) == progress.attention


def test_export_summary_uses_the_same_counts():
    from reportmodel.render.builder import make_context, summary_groups

    report = load_report(ROOT / "sample_data" / "kalmar-2022.toml")
    groups = {scale: (total, counts) for _, scale, total, counts in summary_groups(make_context(report))}
    progress = compute(report)
    assert groups["activity_status"] == (progress.activities.total, progress.activities.by_value)
    assert groups["control_assessment"] == (progress.controls.total, progress.controls.by_value)


def test_risk_follow_up_activities_are_counted_apart():
    report = load_report(SMALL)
    risk = report.risks["attest"]
    risk.activities["rutin"] = m.Activity(id="rutin", title="Ny attestrutin", status="pagaende")
    progress = compute(report)
    assert (progress.activities.total, progress.risk_activities.total) == (2, 1)
    assert compute_stats(report)["activities"]["total"] == 2


def test_indicator_outcome_against_target():
    report = load_report(SMALL)
    indicator = report.goals["budget-i-balans"].indicators["servicegrad"]
    assert indicator_state(indicator, 2022) == "unset"
    assert attention(report, "indicator", indicator, outcomes=True) == [OUTCOME_MISSING]
    year = indicator.years[2022]
    year.outcome = parse_value(92)
    assert indicator_state(indicator, 2022) == "met"
    year.outcome = parse_value("prel: 85")
    assert indicator_state(indicator, 2022) == "not_met"
    indicator.higher_is_better = False
    assert indicator_state(indicator, 2022) == "met"
    year.outcome = parse_value("i.u.")
    assert indicator_state(indicator, 2022) == "no_data"
    assert attention(report, "indicator", indicator, outcomes=True) == []  # i.u. is an answer
    year.target = None
    year.outcome = parse_value(3)
    assert indicator_state(indicator, 2022) == "no_target"
    assert compute(report).indicators.by_value["no_target"] == 1
    assert indicator_state(indicator, 2021) == "met"  # 86 against 90, and lower is better now


def test_a_plan_expects_no_outcomes():
    report = load_report(SMALL)
    report.meta.kind = "verksamhetsplan"
    indicator = report.goals["budget-i-balans"].indicators["servicegrad"]
    assert attention(report, "indicator", indicator, outcomes=True) == []
    assert compute(report).outcomes_missing == 0


def test_responsible_is_inherited_from_the_goal_or_risk():
    report = load_report(SMALL)
    anna = person(report, "  anna emrin ")
    kinds = {item.kind for item in anna.open}
    assert "indicator" in kinds  # servicegrad has no responsible field: its goal's Anna Emrin
    assert anna.count.total == 5  # budget-i-balans, servicegrad, genomlysning, 2 controls of attest
    counts = open_counts(report)
    assert counts["Anna Emrin"] == 1 and counts["Bertil Ek"] == 1
    names = [p.name for p in people(report)]
    assert names.index("Ulrika Sjöstedt") < names.index("Åsa Öberg")  # Å after Z


def test_todo_text_and_json():
    run = [sys.executable, "-m", "yearend.main", "todo", str(SMALL)]
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "Åsa Öberg: 1 av 1 kvar att fylla i" in text
    assert "Indikator \u201dServicegrad telefoni\u201d (under Budget i balans): utfall för 2022 " \
           "saknas [servicegrad]" in text
    assert "Totalt 4 poster kvar för 4 personer." in text
    one = subprocess.run(run + ["--responsible", "bertil ek"], capture_output=True, text=True,
                         check=True).stdout
    assert one.startswith("Bertil Ek: 1 av 3") and "kommentar saknas [fossilfri]" in one
    assert "Anna" not in one
    data = json.loads(subprocess.run(run + ["--format", "json"], capture_output=True, text=True,
                                     check=True).stdout)
    by_name = {p["name"]: p for p in data["people"]}
    assert by_name["Bertil Ek"]["open"][0]["reasons"] == ["comment_missing"]
    assert by_name["Anna Emrin"]["open"][0]["path"] == \
        "goals.budget-i-balans.indicators.servicegrad"
    assert sum(len(p["open"]) for p in data["people"]) == compute(load_report(SMALL)).attention


def test_nobody_is_listed_last(tmp_path):
    report = load_report(SMALL)
    report.goals["trygghet"].responsible = None
    report.goals["gronare"].responsible = None
    everyone = people(report)
    assert everyone[-1].name == NOBODY
    assert load_path(SMALL).report is not None


def test_progress_of_a_part_and_of_a_subtree():
    from reportmodel.core.progress import part_nodes, subtree_nodes

    report = load_report(SMALL)
    goals = compute(report, part_nodes(report, "goals"))
    whole = compute(report)
    assert goals.levels == whole.levels and goals.controls.total == 0
    green = compute(report, subtree_nodes(report, ("goals", "gronare")))
    # Ett grönare Kalmar: fossilfri (delvis, no comment) and trygghet (not assessed)
    assert (green.levels["namndsmal"].done, green.levels["namndsmal"].total) == (1, 2)
    assert green.activities.total == 1 and green.assignments.total == 1
    assert green.attention == 2
    process = compute(report, subtree_nodes(report, ("processes", "ekonomi")))
    assert process.controls.total == 2  # the risk attest under it, with its two control points
    assert compute(report, subtree_nodes(report, ("goals", "finns-inte"))).attention == 0


def test_todo_for_someone_with_nothing():
    done = subprocess.run([sys.executable, "-m", "yearend.main", "todo", str(SMALL),
                           "--responsible", "Ingen Alls"], capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout == ""
    assert "Ingen med namnet Ingen Alls" in done.stderr
