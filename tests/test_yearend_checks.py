"""`yearend check` at year end: what an officer forgets after rollover (issue 18, part 4)."""

from __future__ import annotations

from reportmodel.core.rollover import rollover
from reportmodel.core.vocabulary import vocab
from reportmodel.core.yearend_checks import year_end_warnings
from reportmodel.io.storage import load_report, save_report

from .conftest import DATA, ROOT


def codes(problems):
    return sorted((p.code, p.path) for p in problems)


def test_a_fresh_rollover_is_not_nagged_until_the_work_starts():
    nxt = rollover(load_report(DATA / "numbered-goals.toml"), 2023).report
    assert year_end_warnings(nxt) == []
    goal = next(g for g in nxt.goals.values() if g.level == "namndsmal")
    goal.assessment = "uppfyllt"
    found = codes(year_end_warnings(nxt))
    assert ("yearend.no_case_number", "report.case_number") in found
    assert ("yearend.no_date", "report.date") in found
    # Both indicators carry 2022's outcome only: this year's is missing.
    outcomes = [path for code, path in found if code == "yearend.no_outcome"]
    assert sorted(outcomes) == sorted(
        f"goals.{gid}.indicators.{iid}" for gid, g in nxt.goals.items() for iid in g.indicators)


def test_trends_the_report_expects():
    report = load_report(DATA / "process-oriented.toml")
    found = year_end_warnings(report)
    trend = [p for p in found if p.code == "yearend.no_trend"]
    missing = {f"goals.{k}.trend" for k, g in report.goals.items()
               if g.level == "processomrade" and g.trend is None}
    assert missing and {p.path for p in trend} == missing
    assert vocab("sv").problem(trend[0]).startswith('Processområde "')
    assert "has no trend" in vocab("en").problem(trend[0])


def test_a_plan_gets_no_year_end_warnings():
    plan = load_report(ROOT / "sample_data" / "kalmar-2023-plan.toml")
    plan.meta.case_number = None
    assert year_end_warnings(plan) == []


def test_check_prints_them_with_lines_in_both_languages(yearend_cli, tmp_path):
    path = tmp_path / "rapport.toml"
    nxt = rollover(load_report(DATA / "numbered-goals.toml"), 2023).report
    next(g for g in nxt.goals.values() if g.level == "namndsmal").assessment = "uppfyllt"
    save_report(nxt, path, backup=False)
    sv = yearend_cli("check", path)
    assert sv.returncode == 0
    assert ":3: varning: report.case_number: ärendebeteckning saknas" in sv.stdout
    assert "saknar utfall för 2023" in sv.stdout
    assert yearend_cli("check", "--strict", path).returncode == 1
    en = yearend_cli("check", "--lang", "en", path)
    assert "warning: report.date: the date is empty" in en.stdout
