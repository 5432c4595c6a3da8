"""`yearend diff` as a script sees it: exit codes, formats, --only, bad input."""

import json
import shutil

from .conftest import DATA

OLD = DATA / "compare" / "old.toml"
NEW = DATA / "compare" / "new.toml"


def test_exit_code_is_0_for_identical_reports_and_1_when_they_differ(yearend_cli, tmp_path):
    copy = tmp_path / "copy.toml"
    shutil.copy(OLD, copy)
    same = yearend_cli("diff", OLD, copy, "--exit-code")
    assert same.returncode == 0, same.stderr
    assert "Inga skillnader." in same.stdout
    differ = yearend_cli("diff", OLD, NEW, "--exit-code")
    assert differ.returncode == 1, differ.stderr
    without = yearend_cli("diff", OLD, NEW)
    assert without.returncode == 0  # differing is not an error unless asked


def test_exit_code_looks_only_at_the_parts_shown(yearend_cli, tmp_path):
    changed = tmp_path / "changed.toml"
    changed.write_text(OLD.read_text(encoding="utf-8").replace(
        'comment = "Kontrollerat i september."', 'comment = "Kontrollerat i oktober."'),
        encoding="utf-8")
    assert yearend_cli("diff", OLD, changed, "--exit-code", "--only", "goals").returncode == 0
    shown = yearend_cli("diff", OLD, changed, "--exit-code", "--only", "internal-control")
    assert shown.returncode == 1
    assert "Kommentar: Kontrollerat i [-september-]{+oktober+}." in shown.stdout  # word diff


def test_reports_given_newest_first_get_a_note(yearend_cli):
    result = yearend_cli("diff", NEW, OLD)
    assert result.returncode == 0
    assert "den äldre rapporten ska stå först" in result.stderr
    assert "ska stå först" not in yearend_cli("diff", OLD, NEW).stderr
    english = yearend_cli("diff", NEW, OLD, "--lang", "en")
    assert "the older report comes first" in english.stderr


def test_piped_text_is_plain(yearend_cli):
    result = yearend_cli("diff", OLD, NEW)
    assert "\x1b" not in result.stdout
    assert "Budget i balans (Nämndsmål)" in result.stdout
    assert "Ansvarig: Anna Emrin → Jonas Sverkén" in result.stdout


def test_json_format_and_only(yearend_cli):
    result = yearend_cli("diff", OLD, NEW, "--format", "json", "--only", "goals,activities")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["parts"] == ["goals", "activities"]
    assert {item["part"] for item in data["items"]} == {"goals", "activities"}
    assert data["old"]["file"] == str(OLD) and data["new"]["year"] == 2023


def test_md_format(yearend_cli):
    result = yearend_cli("diff", OLD, NEW, "--format", "md", "--only", "assignments")
    assert result.returncode == 0
    assert result.stdout.startswith("# Jämförelse:")
    assert "## Uppdrag" in result.stdout and "## Mål" not in result.stdout


def test_suggest_trends(yearend_cli, tmp_path):
    new = tmp_path / "new.toml"
    new.write_text((DATA / "process-oriented.toml").read_text(encoding="utf-8").replace(
        'assessment = "uppna"', 'assessment = "ej"', 1), encoding="utf-8")
    result = yearend_cli("diff", DATA / "process-oriented.toml", new, "--suggest-trends")
    assert result.returncode == 0, result.stderr
    assert "Bygglov: ↘ Sämre" in result.stdout
    data = json.loads(yearend_cli("diff", DATA / "process-oriented.toml", new,
                                  "--suggest-trends", "--format", "json").stdout)
    assert set(data) == {"yearend_diff", "trend_suggestions"}
    assert {t["goal_id"]: t["suggested"] for t in data["trend_suggestions"]}["bygglov"] == "samre"


def test_bad_input_exits_2_with_a_message(yearend_cli, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("format_version = 1\n[report]\ntitle = 3\n", encoding="utf-8")
    result = yearend_cli("diff", OLD, broken)
    assert result.returncode == 2
    assert "broken.toml" in result.stderr and "Traceback" not in result.stderr
    missing = yearend_cli("diff", OLD, tmp_path / "nope.toml")
    assert missing.returncode == 2 and "filen finns inte" in missing.stderr
    bad_part = yearend_cli("diff", OLD, NEW, "--only", "goals,budget")
    assert bad_part.returncode == 2
    assert "okänd del budget" in bad_part.stderr
    bad_format = yearend_cli("diff", OLD, NEW, "--format", "html")
    assert bad_format.returncode == 2
