"""The command line speaks the officer's language (issue 18): every command's messages in
Swedish by default and in English with --lang en, the settings or the environment.

A Swedish run is scanned for common English words: a message that was not put through the
vocabulary shows up here. What is scanned is the command's own output, with paths taken out (a
path is the user's, and a temporary directory is full of English); report text is Swedish in
these reports, so it passes the scan on its own merits.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from yearend.language import from_argv, from_environment, from_settings

from .conftest import DATA, ROOT

ENGLISH = set("""
the not file files error errors warning warnings wrote written cannot no is of and with to from
exists exist use found missing expected report reports invalid usage required write read carried
over left out kept comments titles moved formatted canonical run give there this that into
nothing was were has have be are for it its an or but after before ok failed note older newer
first comes refusing directory bytes too narrow least unknown part year blank activities
assignments risks arguments message editor needs starts such fix should
""".split())
# Words the officer types (commands, --only parts) are the interface's, in any language.
from reportmodel.core.compare import PARTS as DIFF_PARTS  # noqa: E402
from reportmodel.render import PARTS as EXPORT_PARTS  # noqa: E402
from yearend.main import COMMANDS  # noqa: E402

TYPED = set(DIFF_PARTS) | set(EXPORT_PARTS) | set(COMMANDS)
SV_ENV = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
EN_ENV = SV_ENV  # English from --lang alone
_PATH = re.compile(r"\S*/\S*")
# File names and TOML key paths (report.case_number) are the file format's, not messages.
_KEYS = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def english_words(text: str) -> set[str]:
    text = _KEYS.sub(" ", _PATH.sub(" ", text))
    return {w for w in re.findall(r"\w+", text)
            if w.lower() in ENGLISH and w not in TYPED and w != "FILE"}


def fill(directory: Path) -> Path:
    """The same files, afresh: every run starts from them."""
    for path in directory.iterdir():
        path.unlink()
    for name in ("numbered-goals.toml", "process-oriented.toml"):
        shutil.copy(DATA / name, directory / name)
    shutil.copy(DATA / "compare" / "old.toml", directory / "gammal.toml")
    shutil.copy(DATA / "compare" / "new.toml", directory / "ny.toml")
    # Empty: the loader's own TOML syntax messages are tomllib's English (docs/cli.md, Language).
    (directory / "trasig.toml").write_text("", encoding="utf-8")
    return directory


@pytest.fixture
def workdir(tmp_path):
    return fill(tmp_path)


# (arguments, what a Swedish run must say, what an English run must say); every run is made in
# both languages, each in a fresh copy of the files.
RUNS = [
    (["check", "numbered-goals.toml"], "godkänd (0 fel, 1 varning)", "ok (0 errors, 1 warning)"),
    (["check", "--strict", "process-oriented.toml"], "UNDERKÄND", "FAILED"),
    (["check", "saknas.toml"], "filen finns inte", "no such file"),
    (["check"], "dessa argument krävs", "the following arguments are required"),
    (["fmt", "--check", "trasig.toml"], "rätta felen först", "fix the errors first"),
    (["fmt", "numbered-goals.toml"], "", ""),
    (["stats", "numbered-goals.toml"], "Totalt", "Total"),
    (["new", "-o", "ny-rapport.toml", "--year", "2025"], "en tom rapport", "a blank"),
    (["new", "-o", "numbered-goals.toml"], "finns redan", "exists"),
    (["new", "-o", "x.toml", "--year", "12"], "är inget årtal", "is not a year"),
    (["edit", "numbered-goals.toml"], "behöver en terminal", "needs a terminal"),
    (["edit", "saknas.toml"], "påbörjar en ny rapport", "starts a new report"),
    (["edit"], "ingen FIL angiven", "no FILE given"),
    (["export", "numbered-goals.toml", "-o", "ut.md"], "skrev", "wrote"),
    (["export", "numbered-goals.toml", "-o", "ut.toml"], "vägrar", "refusing"),
    (["export", "numbered-goals.toml", "--only", "bilagor"], "okänd del", "unknown part"),
    (["show", "numbered-goals.toml", "--width", "10"], "för smalt", "too narrow"),
    (["diff", "gammal.toml", "ny.toml"], "Bedömning:", "Assessment:"),
    (["diff", "--only", "budget", "gammal.toml", "ny.toml"], "okänd del", "unknown part"),
    (["rollover", "numbered-goals.toml", "--year", "2023", "-o", "nasta.toml"],
     "som förs över", "carried over"),
    (["rollover", "numbered-goals.toml", "--year", "2021", "-o", "nasta.toml"],
     "flyttar en rapport framåt", "moves a report forward"),
    (["rollover", "numbered-goals.toml", "-o", "numbered-goals.toml"],
     "rapporten den utgår från", "the report it starts from"),
    (["demo", "--nosuchoption"], "okända argument", "unrecognized arguments"),
]


@pytest.mark.parametrize("args,swedish,english", RUNS, ids=[" ".join(r[0]) for r in RUNS])
def test_every_command_speaks_swedish_by_default_and_english_when_asked(
        yearend_cli, workdir, args, swedish, english):
    sv = yearend_cli(*args, env=SV_ENV)
    out = sv.stdout + sv.stderr
    assert "Traceback" not in out
    assert swedish in out, out
    assert not english_words(out), (english_words(out), out)
    fill(workdir)
    en = yearend_cli("--lang", "en", *args, env=EN_ENV)
    assert english in en.stdout + en.stderr, en.stdout + en.stderr
    assert en.returncode == sv.returncode


def test_the_environment_and_the_settings_choose_the_language(yearend_cli, workdir, tmp_path):
    assert "ok (0 errors" in yearend_cli("check", "numbered-goals.toml",
                                         env={"LC_ALL": "en_GB.UTF-8"}).stdout
    assert "godkänd" in yearend_cli("check", "numbered-goals.toml",
                                    env={"LC_ALL": "", "LANG": "sv_SE.UTF-8"}).stdout
    config = Path(tmp_path_factory_dir := tmp_path) / "config"
    config.mkdir()
    (config / "yearend").mkdir()
    (config / "yearend" / "config.toml").write_text('language = "en"\n', encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path_factory_dir / "config"), "LANG": "sv_SE.UTF-8"}
    assert "ok (0 errors" in yearend_cli("check", "numbered-goals.toml", env=env).stdout
    assert "godkänd" in yearend_cli("check", "numbered-goals.toml", "--lang", "sv",
                                    env=env).stdout


def test_the_settings_file_is_the_one_the_editor_reads(monkeypatch, tmp_path):
    import tui.settings.config
    from yearend.language import config_path

    assert config_path() == tui.settings.config.config_path()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    assert config_path() == tui.settings.config.config_path()
    monkeypatch.delenv("XDG_CONFIG_HOME")
    assert config_path() == tui.settings.config.config_path()


def test_language_sources_in_order(tmp_path):
    assert from_argv(["check", "--lang", "en", "x"]) == "en"
    assert from_argv(["check", "--lang=sv"]) == "sv"
    assert from_argv(["check", "--", "--lang", "en"]) is None
    assert from_environment({"LC_ALL": "en_US.UTF-8", "LANG": "sv_SE.UTF-8"}) == "en"
    assert from_environment({"LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"}) is None  # C wins
    assert from_environment({"LANG": "sv_SE.UTF-8"}) == "sv"
    assert from_environment({}) is None
    settings = tmp_path / "config.toml"
    settings.write_text('language = "auto"\n')
    assert from_settings(settings) is None
    settings.write_text('language = "en"\n')
    assert from_settings(settings) == "en"
    settings.write_text('language = [broken\n')
    assert from_settings(settings) is None


def test_version_and_python_dash_m(yearend_cli):
    import subprocess
    import sys

    import yearend

    result = yearend_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"yearend {yearend.__version__}"
    module = subprocess.run([sys.executable, "-m", "yearend", "--version"], capture_output=True,
                            text=True, cwd=ROOT, timeout=60)
    assert module.returncode == 0 and module.stdout == result.stdout
    from importlib.metadata import version

    assert version("yearend") == yearend.__version__


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_generate_for_every_shell(yearend_cli, shell):
    result = yearend_cli("completion", shell)
    assert result.returncode == 0, result.stderr
    script = result.stdout
    for command in ("check", "rollover", "completion", "strict", "suggest-trends"):
        assert command in script, command
    assert "--keep-all" in script or "keep-all" in script
    if shell == "bash":
        # The script must be valid bash and complete `yearend ro` to rollover.
        import subprocess

        probe = script + ('\nCOMP_WORDS=(yearend ro); COMP_CWORD=1; COMP_LINE="yearend ro"; '
                          'COMP_POINT=${#COMP_LINE}; _shtab_yearend yearend ro yearend; '
                          'printf "%s\\n" "${COMPREPLY[@]}"\n')
        run = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert run.stdout.split() == ["rollover"]
    elif shell == "zsh":
        assert script.startswith("#compdef yearend")
    else:
        assert "complete -c yearend" in script


def test_help_prints_the_packaged_documentation(yearend_cli):
    listing = yearend_cli("help")
    assert listing.returncode == 0
    topics = {line.split()[0] for line in listing.stdout.splitlines()}
    assert {"format", "cli", "diff"} <= topics
    shown = yearend_cli("help", "format")
    assert shown.stdout == (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert yearend_cli("help", "nosuchtopic").returncode == 2


# A report with a problem of each kind the reader finds in a file's tables and keys: every one is
# told in Swedish with its line, key path and what is expected, and in English with --lang en.
BROKEN_TABLES = """format_version = 1

[report]
municipality = "Östra Sjöby kommun"
board = "Barn- och utbildningsnämnden"
kind = "arsbok"
title = "Årsbokslut 2022"
year = "2022"
date = "2023-02-20"
language = "fi"

[scheme]
preset = "okand"

[scheme.scales.trend.values.battre]
label = "Bättre"
colour = "conceal"

[layout]
parts = ["mål"]

[goals.Fel_Id]
title = "Ett mål"
level = "namndsmal"
agenda2030 = [3, 40]
"""
READING = [  # line, key path, Swedish, English
    (6, "report.kind", '"arsbok" är ingen rapporttyp (väntade en av: arsrapport',
     '"arsbok" is not a report kind (expected one of: arsrapport'),
    (8, "report.year", '"2022" är inget heltal (väntade ett år 1900-2200',
     '"2022" is not a whole number (expected a year 1900-2200'),
    (9, "report.date", '"2023-02-20" är text, inte ett datum (skriv det utan citattecken',
     '"2023-02-20" is text, not a date (write it without quotes'),
    (10, "report.language", '"fi" är inget språk (väntade "sv" eller "en")',
     '"fi" is not a language (expected "sv" or "en")'),
    (13, "scheme.preset", '"okand" är ingen förinställning (väntade en av: kalmar',
     '"okand" is not a preset (expected one of: kalmar'),
    (17, "varning: scheme.scales.trend.values.battre.colour", '"conceal" är ingen färg',
     '"conceal" is not a colour'),
    (20, "layout.parts.0", '"mål" är ingen del (väntade en av: title',
     '"mål" is not a part (expected one of: title'),
    (22, "goals.Fel_Id", '"Fel_Id" är inget giltigt id (väntade små bokstäver a-z',
     '"Fel_Id" is not a valid id (expected lower-case letters a-z'),
    (25, "goals.Fel_Id.agenda2030.1",
     "40 ligger utanför det tillåtna (väntade ett globalt mål 1-17)",
     "40 is out of range (expected a global goal 1-17)"),
]


def test_what_the_reader_finds_is_said_in_swedish_with_line_key_and_expectation(
        yearend_cli, tmp_path):
    (tmp_path / "fel.toml").write_text(BROKEN_TABLES, encoding="utf-8")
    sv = yearend_cli("check", "fel.toml", env=SV_ENV)
    en = yearend_cli("--lang", "en", "check", "fel.toml", env=EN_ENV)
    assert sv.returncode == en.returncode == 2
    assert not english_words(sv.stderr + sv.stdout), sv.stderr
    for line, key, swedish, english in READING:
        assert f"fel.toml:{line}: {key}: {swedish}" in sv.stdout, sv.stdout
        english_key = key.replace("varning:", "warning:")
        assert f"fel.toml:{line}: {english_key}: {english}" in en.stdout, en.stdout


@pytest.mark.parametrize("content,swedish,english", [
    (b"\xef\xbb\xbfformat_version = 1\n",
     "fel.toml:1:1: filen börjar med en byte-ordningsmarkering",
     "fel.toml:1:1: the file starts with a byte-order mark"),
    (b"format_version = 1\n\x00", "fel.toml:2: detta är en binärfil, inte text",
     "fel.toml:2: this is a binary file, not text"),
    (b"format_version = 9\n", "fel.toml:1: format_version: filen har formatversion 9",
     "fel.toml:1: format_version: the file is format version 9"),
    (b"[report]\n", "fel.toml:1: format_version: saknas (väntade format_version = 1",
     "fel.toml:1: format_version: missing (expected format_version = 1"),
])
def test_what_is_wrong_with_the_whole_file_is_said_in_swedish(yearend_cli, tmp_path, content,
                                                              swedish, english):
    (tmp_path / "fel.toml").write_bytes(content)
    sv = yearend_cli("check", "fel.toml", env=SV_ENV)
    assert swedish in sv.stdout + sv.stderr and not english_words(sv.stdout + sv.stderr)
    en = yearend_cli("--lang", "en", "check", "fel.toml", env=EN_ENV)
    assert english in en.stdout + en.stderr
