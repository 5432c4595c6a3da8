"""`yearend rollover` as an officer runs it: the output passes check, nothing is overwritten
without --force, the source is never replaced."""

import json
import shutil

import pytest

from reportmodel.io.storage import load_report

from .conftest import DATA, ROOT

OLD = DATA / "compare" / "old.toml"


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "kalmar-2022.toml"
    shutil.copy(OLD, path)
    return path


def test_writes_next_years_file_that_passes_check(yearend_cli, source, tmp_path):
    before = source.read_bytes()
    result = yearend_cli("rollover", source.name)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "kalmar-2023.toml"
    assert "kalmar-2023.toml" in result.stdout and "aktiviteter som förs över: 1" in result.stdout
    check = yearend_cli("check", out.name)
    assert check.returncode == 0, check.stdout
    assert source.read_bytes() == before
    report = load_report(out)
    assert report.meta.year == 2023
    assert report.goals["budget-i-balans"].previous_comment is not None
    assert not list(tmp_path.glob(".*yearend-tmp"))  # the atomic save left nothing behind


def test_refuses_to_overwrite_without_force(yearend_cli, source, tmp_path):
    out = tmp_path / "next.toml"
    out.write_text("mine\n", encoding="utf-8")
    result = yearend_cli("rollover", source.name, "-o", out.name)
    assert result.returncode == 2
    assert "finns redan" in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    forced = yearend_cli("rollover", source.name, "-o", out.name, "--force")
    assert forced.returncode == 0, forced.stderr
    assert load_report(out).meta.year == 2023
    assert (tmp_path / "next.toml.bak").read_text(encoding="utf-8") == "mine\n"


def test_never_replaces_the_report_it_starts_from(yearend_cli, source):
    before = source.read_bytes()
    result = yearend_cli("rollover", source.name, "-o", source.name, "--force")
    assert result.returncode == 2
    assert "rapporten den utgår från" in result.stderr
    assert source.read_bytes() == before


def test_options(yearend_cli, source, tmp_path):
    result = yearend_cli("rollover", source.name, "--year", "2024", "--kind", "verksamhetsplan",
                         "--keep-all", "-o", "plan.toml")
    assert result.returncode == 0, result.stderr
    report = load_report(tmp_path / "plan.toml")
    assert (report.meta.year, report.meta.kind) == (2024, "verksamhetsplan")
    assert "bemanningsplanering" in report.goals["budget-i-balans"].activities


def test_bad_input(yearend_cli, source, tmp_path):
    backwards = yearend_cli("rollover", source.name, "--year", "2021", "-o", "x.toml")
    assert backwards.returncode == 2 and "är inte efter 2022" in backwards.stderr
    assert not (tmp_path / "x.toml").exists()
    unnamed = tmp_path / "rapport.toml"
    shutil.copy(OLD, unnamed)
    no_year = yearend_cli("rollover", unnamed.name)
    assert no_year.returncode == 2 and "-o UT" in no_year.stderr
    broken = tmp_path / "broken-2022.toml"
    broken.write_text("format_version = 1\n", encoding="utf-8")
    result = yearend_cli("rollover", broken.name)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_the_kalmar_2022_report_rolls_over_and_diffs_by_id(yearend_cli, tmp_path):
    source = tmp_path / "kalmar-2022.toml"
    shutil.copy(ROOT / "sample_data" / "kalmar-2022.toml", source)
    assert yearend_cli("rollover", source.name).returncode == 0
    assert yearend_cli("check", "--strict", "kalmar-2023.toml").returncode == 0
    diff = yearend_cli("diff", source.name, "kalmar-2023.toml", "--format", "json",
                       "--only", "goals,activities")
    data = json.loads(diff.stdout)
    assert data["summary"]["goals"]["added"] == 0 and data["summary"]["goals"]["removed"] == 0
    assert {i["match"] for i in data["items"] if i["status"] == "changed"} == {"id"}
    statuses = {(i["status"]) for i in data["items"] if i["kind"] == "activity"}
    assert "added" not in statuses


def test_years_in_titles_are_listed_and_moved_only_with_move_years(yearend_cli, tmp_path):
    path = tmp_path / "arsbokslut-2022.toml"
    shutil.copy(DATA / "numbered-goals.toml", path)
    listed = yearend_cli("rollover", path.name, "-o", "a.toml")
    assert listed.returncode == 0, listed.stderr
    assert "'Näringsinnehåll, stickprov dat.nov-2022' -> " in listed.stdout
    row = load_report(tmp_path / "a.toml").contractors["kost"].rows["naringsinnehall"]
    assert row.title.endswith("dat.nov-2022")
    moved = yearend_cli("rollover", path.name, "-o", "b.toml", "--move-years")
    assert moved.returncode == 0, moved.stderr
    row = load_report(tmp_path / "b.toml").contractors["kost"].rows["naringsinnehall"]
    assert row.title.endswith("dat.nov-2023")
