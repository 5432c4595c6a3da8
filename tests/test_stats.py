"""The three shapes of domain.md section 3 load, validate and give the right statistics, and the
JSON is the documented contract."""

import json

from reportmodel.core.stats import compute_stats
from reportmodel.io.storage import load_path

from .conftest import DATA


def stats_of(name):
    loaded = load_path(DATA / name)
    assert loaded.problems == []
    return compute_stats(loaded.report)


def test_process_oriented_shape():
    s = stats_of("process-oriented.toml")
    assert s["goals"]["perspektiv"] == {"total": 2, "by_assessment": {}}
    assert s["goals"]["processomrade"] == {
        "total": 3, "by_assessment": {"uppna": 1, "delvis": 1, "ej": 0, "unset": 1},
        # Trend is a year-end field: counted like the assessment, unset included.
        "by_trend": {"battre": 1, "oforandrad": 1, "samre": 0, "unset": 1}}
    assert s["terms"]["assignment"] == "Åtagande"
    assert s["goals"]["processmal"]["total"] == 2
    assert s["assignments"] == {"total": 3, "by_status": {"klart": 2, "forsenat": 1, "unset": 0}}
    assert s["indicators"] == {"total": 1}


def test_numbered_goals_shape():
    s = stats_of("numbered-goals.toml")
    assert s["goals"]["kf-mal"]["total"] == 3
    assert s["goals"]["namndsmal"] == {
        "total": 5, "by_assessment": {"uppfyllt": 2, "ej-uppfyllt": 2, "unset": 1}}
    assert s["activities"]["by_status"]["pagaende"] == 1
    assert s["indicators"]["total"] == 3
    assert s["contractor_rows"] == {"total": 1, "by_fulfilment": {
        "ja": 0, "delvis": 1, "nej": 0, "ej-aktuell": 0, "unset": 0}}


def test_internal_control_shape():
    s = stats_of("internal-control.toml")
    assert s["risks"]["total"] == 4
    assert s["risks"]["with_controls"] == 4
    assert s["risks"]["by_value"] == {}  # no risk matrix in this shape
    assert s["controls"]["total"] == 5
    assert s["controls"]["by_assessment"] == {
        "utan-anmarkning": 2, "med-anmarkning": 2, "ej-genomford": 1, "unset": 0}
    # Contractor rows are counted by fulfilment like every other scale-valued field.
    assert s["contractor_rows"]["by_fulfilment"] == {
        "ja": 1, "delvis": 1, "nej": 0, "ej-aktuell": 1, "unset": 0}
    assert s["activities"]["total"] == 0  # risk follow-up activities are not goal activities


def test_risks_by_value_are_counted_highest_first(tmp_path):
    from reportmodel.io.storage import loads_report

    report = loads_report("""format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022
[risks.a]
title = "A"
probability = 2
consequence = 3
[risks.b]
title = "B"
probability = 3
consequence = 4
value = 12
[risks.b.controls.k]
title = "K"
[risks.c]
title = "C"
probability = 1
consequence = 2
""")
    s = compute_stats(report)
    assert list(s["risks"]["by_value"].items()) == [("12", 1), ("6", 1), ("2", 1)]
    assert s["risks"]["with_controls"] == 1
    assert s["risks"]["at_or_above_threshold"] == 1


def test_stats_json_contract_from_the_command_line(yearend_cli):
    result = yearend_cli("stats", "--format", "json", DATA / "numbered-goals.toml")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"goals", "activities", "assignments", "indicators", "risks", "controls",
                         "contractor_rows", "terms"}
    for level in data["goals"].values():
        assert set(level) == {"total", "by_assessment"}
        assert sum(level["by_assessment"].values()) in (0, level["total"])
    assert set(data["activities"]) == {"total", "by_status"}
    assert {"total", "with_controls"} <= set(data["risks"])
    assert {"total", "by_assessment"} <= set(data["controls"])


def test_stats_text_speaks_the_reports_language(yearend_cli):
    result = yearend_cli("stats", DATA / "numbered-goals.toml")
    assert result.returncode == 0
    assert "Nämndsmål" in result.stdout and "Ej utvärderad" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes


def test_stats_text_has_no_risk_value_table_when_no_risk_has_a_value(yearend_cli, tmp_path):
    head = """format_version = 1
[report]
municipality = "K"
board = "B"
kind = "arsrapport"
title = "T"
year = 2022
[risks.a]
title = "A"
"""
    path = tmp_path / "r.toml"
    path.write_text(head, encoding="utf-8")
    result = yearend_cli("stats", path)
    assert result.returncode == 0, result.stderr
    assert "Risker: 1" in result.stdout
    assert "Riskvärde" not in result.stdout and "Antal" not in result.stdout
    path.write_text(head + "probability = 2\nconsequence = 3\n", encoding="utf-8")
    result = yearend_cli("stats", path)
    assert "Riskvärde" in result.stdout and "Antal" in result.stdout
