"""`yearend edit` and `yearend demo` from the command line: bad input is printed with lines and
exit 2, the demo works on a copy in the user's data directory and never overwrites it unasked."""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from reportmodel.core.vocabulary import vocab
from yearend.commands import demo

DATA = Path(__file__).parent / "data" / "editor"


def test_edit_a_file_with_errors_prints_them_and_exits_2(yearend_cli, tmp_path):
    shutil.copy(DATA / "broken.toml", tmp_path / "broken.toml")
    result = yearend_cli("edit", "broken.toml")
    assert result.returncode == 2
    assert "broken.toml:13: goals.a.assessment:" in result.stderr
    assert "broken.toml:17: goals.b.level:" in result.stderr
    assert "Traceback" not in result.stderr


def test_yearend_file_is_edit_file(yearend_cli, tmp_path):
    shutil.copy(DATA / "broken.toml", tmp_path / "broken.toml")
    result = yearend_cli("broken.toml")
    assert result.returncode == 2
    assert "broken.toml:13:" in result.stderr


def test_edit_a_missing_file_suggests_new(yearend_cli):
    result = yearend_cli("edit", "saknas.toml")
    assert result.returncode == 2
    assert "filen finns inte" in result.stderr
    assert "yearend new -o saknas.toml" in result.stderr


def test_edit_without_a_terminal_says_so(yearend_cli, tmp_path):
    shutil.copy(DATA / "small.toml", tmp_path / "r.toml")
    result = yearend_cli("edit", "r.toml")  # stdin and stdout are pipes here
    assert result.returncode == 2
    assert "behöver en terminal" in result.stderr


def test_demo_copies_the_sample_once_and_keeps_the_officers_work(yearend_cli, tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    first = yearend_cli("demo", "--path", env=env)
    assert first.returncode == 0, first.stderr
    copy = Path(first.stdout.strip())
    assert copy == tmp_path / "data" / "yearend" / "demo" / "kalmar-2022.toml"
    assert copy.read_bytes() == demo.sample_path().read_bytes()
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# mitt arbete\n", encoding="utf-8")
    again = yearend_cli("demo", "--path", env=env)
    assert again.returncode == 0
    assert "# mitt arbete" in copy.read_text(encoding="utf-8")
    reset = yearend_cli("demo", "--reset", "--path", env=env)
    assert reset.returncode == 0
    assert copy.read_bytes() == demo.sample_path().read_bytes()
    assert "# mitt arbete" in copy.with_name("kalmar-2022.toml.bak").read_text(encoding="utf-8")


def test_demo_without_the_sample_explains(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(demo, "sample_path", lambda: tmp_path / "nowhere" / "kalmar-2022.toml")
    code = demo.run(argparse.Namespace(reset=False, path=True, v=vocab("en")))
    assert code == 2
    assert "the sample report is missing" in capsys.readouterr().err
    assert not (tmp_path / "data" / "yearend" / "demo" / "kalmar-2022.toml").exists()


def test_demo_copy_that_was_broken_by_hand_points_to_reset(yearend_cli, tmp_path):
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    copy = Path(yearend_cli("demo", "--path", env=env).stdout.strip())
    copy.write_text("format_version = 1\n[report\n", encoding="utf-8")
    result = yearend_cli("demo", env=env)
    assert result.returncode == 2
    assert "kalmar-2022.toml:2" in result.stderr
    assert "yearend demo --reset" in result.stderr
