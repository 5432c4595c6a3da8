"""The bench's synthetic reports: valid, of the promised sizes, realistic text, deterministic per
seed; next year's copy changes what it says; the docs writer keeps the hand-written section.
No timing here, ever: speed is measured by `make bench`, not by tests."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench import document
from bench.generate import SIZES, generate
from bench.mutate import mutate
from bench.table import MISSED, OK, Budget, Row
from reportmodel.core.compare import compare_reports
from reportmodel.io.storage import load_path, render, save_report
from reportmodel.core.tree import walk


def counts(report) -> Counter:
    c = Counter()
    for node in walk(report):
        c[node.kind] += 1
        if node.kind == "goal":
            c[f"goal:{node.item.level}"] += 1
    c["risk:controlled"] = sum(1 for r in report.risks.values() if r.controls)
    return c


@pytest.fixture(scope="module")
def reports():
    return {name: generate(name, seed=1) for name in ("S", "M")}


@pytest.fixture(scope="module")
def large():
    return generate("L", seed=1)


def test_s_is_shaped_like_kalmar(reports):
    c = counts(reports["S"])
    assert c["goal:fokusomrade"] == 5
    assert c["goal:langsiktigt-mal"] == 14
    assert c["goal:namndsmal"] == 25
    assert c["activity"] == 77 + 1  # 77 under goals, one follow-up activity on a risk (as K22)
    assert c["assignment"] == 11
    assert c["risk"] == 42
    assert c["control"] == 21
    assert c["risk:controlled"] == 12
    assert c["process"] == 17
    assert reports["S"].meta.municipality == "Kalmar kommun"


def test_m_is_a_municipality_of_15_boards(reports):
    report = reports["M"]
    c = counts(report)
    assert c["goal"] == 400
    assert c["activity"] == 2000 + 1
    assert c["risk"] == 300
    boards = {p.title.rsplit(", ", 1)[-1] for p in report.processes.values()}
    assert len(boards) == 15


def test_l_has_the_promised_counts_and_is_about_7_to_8_mb(large):
    c = counts(large)
    assert c["goal"] == 2000
    assert c["activity"] == 10000 + 1
    assert c["risk"] == 1000
    assert c["control"] == 1000
    size = len(render(large))
    assert 7.0e6 <= size <= 8.0e6, size


@pytest.mark.parametrize("name", ["S", "M"])
def test_generated_reports_are_valid_and_survive_a_save(reports, tmp_path, name):
    path = tmp_path / f"{name}.toml"
    save_report(reports[name], path)
    loaded = load_path(path)
    assert loaded.problems == []
    assert loaded.report == reports[name]


def test_the_same_seed_gives_the_same_bytes_and_another_seed_other_bytes(reports):
    assert render(generate("S", seed=1)) == render(reports["S"])
    assert render(generate("S", seed=2)) != render(reports["S"])


def test_text_is_swedish_of_realistic_length(reports):
    report = reports["M"]
    comments = [n.item.comment for n in walk(report)
                if n.kind in ("goal", "activity") and n.item.comment]
    mean = sum(map(len, comments)) / len(comments)
    assert 250 <= mean <= 350, mean
    assert sum("\n\n" in c for c in comments) > len(comments) * 0.05  # multi-paragraph ones
    text = render(report).decode("utf-8")
    for letter in "åäöÅÄÖ":
        assert letter in text
    # Marked indicator values, as reports print them: preliminary and no data.
    assert re.search(r'outcome = "prel: \d+"', text)
    assert 'outcome = "i.u."' in text


def test_mutated_copy_changes_about_five_percent_and_leaves_the_original(reports, tmp_path):
    old = reports["M"]
    before = render(old)
    new, done = mutate(old, seed=1)
    assert render(old) == before
    activities = sum(len(g.activities) for g in old.goals.values())
    assert 0.03 * activities <= done.statuses <= 0.07 * activities
    assert done.assessments > 0 and done.comments > 0 and done.outcomes > 0
    assert done.added > 0 and done.removed > 0 and done.renamed > 0 and done.rekeyed > 0
    path = tmp_path / "next.toml"
    save_report(new, path)
    assert load_path(path).errors == []
    diff = compare_reports(old, new)
    states = Counter(item.status for item in diff.items)
    assert states["added"] > 0 and states["removed"] > 0 and states["changed"] > 0
    assert render(mutate(old, seed=1)[0]) == render(new)


def test_budgets_judge_ratio_or_absolute_figure():
    ratio = Budget(ratio=1.3)
    assert Row("load", "L", 1.2, baseline=1.0, budget=ratio).verdict == OK
    assert Row("load", "L", 1.4, baseline=1.0, budget=ratio).verdict == MISSED
    absolute = Budget(limit=0.030, unit="ms")
    assert Row("key", "L", 0.029, "ms", budget=absolute).verdict == OK
    assert Row("key", "L", 0.031, "ms", budget=absolute).verdict == MISSED
    assert Row("check", "S", 0.1, budget=Budget(limit=0.15), extra_ok=False).verdict == MISSED


def test_docs_writer_keeps_the_hand_written_section(tmp_path):
    doc = tmp_path / "performance.md"
    document.write(doc, "# Performance\n\nfirst table\n")
    assert document.KEPT_HEADING in doc.read_text("utf-8")
    text = doc.read_text("utf-8").replace("(Not written yet.)", "Load: dropped the LineIndex.")
    doc.write_text(text, "utf-8")
    document.write(doc, "# Performance\n\nsecond table\n")
    after = doc.read_text("utf-8")
    assert "second table" in after and "first table" not in after
    assert after.count(document.KEPT_HEADING) == 1
    assert after.rstrip().endswith("Load: dropped the LineIndex.")


def test_a_figure_that_fails_is_reported_and_the_run_goes_on(capsys):
    from bench.run import Results

    results = Results()

    def broken() -> None:
        raise ImportError("tui.app.YearendApp cannot be imported")

    results.step("open-to-interactive L", broken)
    results.step("load L", lambda: results.rows.append(Row("load", "L", 1.0, baseline=1.0)))
    assert results.failed == ["open-to-interactive L"]
    assert "NOT MEASURED" in results.notes[0] and "YearendApp" in results.notes[0]
    assert [row.figure for row in results.rows] == ["load"]
