"""The command line: --help everywhere, exit codes, `new`, and no traceback ever."""

import pytest

from reportmodel.io.storage import load_report
from reportmodel.core.vocabulary import vocab
from yearend.main import COMMANDS, build_parser

from .conftest import DATA


def registered():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_command_is_registered_with_its_vocabulary_help_line(lang):
    v = vocab(lang)
    parser = build_parser(None, v)
    sub = next(a for a in parser._actions if a.dest == "command")
    helps = {action.dest: action.help for action in sub._choices_actions}
    assert helps == {name: v.say(f"help.{name}") for name in COMMANDS}


def test_top_level_help_lists_every_command(yearend_cli):
    result = yearend_cli("--help")
    assert result.returncode == 0
    assert result.stdout.startswith("användning: yearend")
    for name in COMMANDS:
        assert name in result.stdout and vocab("sv").say(f"help.{name}") in result.stdout
    english = yearend_cli("--lang", "en", "--help")
    assert english.stdout.startswith("usage: yearend")
    assert vocab("en").say("help.check") in english.stdout


@pytest.mark.parametrize("command", registered())
def test_every_command_has_help(yearend_cli, command):
    result = yearend_cli(command, "--help")
    assert result.returncode == 0
    assert f"användning: yearend {command}" in result.stdout
    assert vocab("sv").say(f"help.{command}.description")[:40] in " ".join(result.stdout.split())
    english = yearend_cli(command, "--help", "--lang", "en")
    assert f"usage: yearend {command}" in english.stdout


def test_usage_errors_exit_2(yearend_cli):
    assert yearend_cli().returncode == 2
    assert yearend_cli("nosuchcommand").returncode == 2
    result = yearend_cli("check")
    assert result.returncode == 2 and "krävs" in result.stderr


def test_check_exit_codes(yearend_cli, tmp_path):
    good = DATA / "numbered-goals.toml"
    assert yearend_cli("check", good).returncode == 0
    warn = tmp_path / "warn.toml"
    warn.write_text(good.read_text().replace('assessment = "ej-uppfyllt"\ncomment = "Avtalet löper till 2024."',
                                             'assessment = "ej-uppfyllt"'))
    result = yearend_cli("check", warn)
    assert result.returncode == 0 and "varning:" in result.stdout
    assert yearend_cli("check", "--strict", warn).returncode == 1
    assert yearend_cli("check", "--strict", good, tmp_path / "missing.toml").returncode == 2


def test_fmt_check_and_rewrite(yearend_cli, tmp_path):
    path = tmp_path / "r.toml"
    path.write_text((DATA / "numbered-goals.toml").read_text().replace(
        "[report]\n", "[report]\n\n\n"))
    result = yearend_cli("fmt", "--check", path)
    assert result.returncode == 1 and "inte i kanonisk form" in result.stdout
    assert yearend_cli("fmt", path).returncode == 0
    assert path.read_bytes() == (DATA / "numbered-goals.toml").read_bytes()
    assert yearend_cli("fmt", "--check", path).returncode == 0


@pytest.mark.parametrize("preset", ["kalmar", "tvaniva", "process"])
def test_new_writes_a_valid_blank_report(yearend_cli, tmp_path, preset):
    out = tmp_path / f"{preset}.toml"
    result = yearend_cli("new", "--preset", preset, "-o", out, "--year", "2024",
                         "--board", "Kultur- och fritidsnämnden")
    assert result.returncode == 0, result.stderr
    report = load_report(out)
    assert report.scheme.preset == preset
    assert report.meta.year == 2024 and report.meta.title == "Årsrapport 2024"
    assert yearend_cli("check", "--strict", out).returncode == 0
    again = yearend_cli("new", "--preset", preset, "-o", out)
    assert again.returncode == 2 and "--force" in again.stderr


def test_internal_errors_are_logged_not_shown(monkeypatch, capsys, tmp_path):
    import yearend.main as main_module
    from yearend.commands import check

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))

    def crash(args):
        raise RuntimeError("bug")

    monkeypatch.setattr(check, "run", crash)
    code = main_module.main(["check", str(DATA / "numbered-goals.toml")])
    err = capsys.readouterr().err
    assert code == 70
    assert "internt fel: RuntimeError: bug" in err and "Traceback" not in err
    logs = list(tmp_path.rglob("crash-*.log"))
    assert len(logs) == 1 and "Traceback" in logs[0].read_text()
