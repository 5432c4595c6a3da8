"""`yearend export` and `yearend show` as an officer runs them: real processes, real files."""

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

from rich.cells import cell_len

from reportmodel.render import export_markdown
from reportmodel.io.storage import load_report

from .conftest import DATA

HOSTILE = DATA / "export" / "hostile.toml"
GOALS = DATA / "numbered-goals.toml"
EXE = Path(sys.executable).with_name("yearend")


def run(*args, cwd, env=None, stdout=subprocess.PIPE):
    """The yearend script with a clean colour environment plus `env`."""
    full = {k: v for k, v in os.environ.items()
            if k not in ("FORCE_COLOR", "NO_COLOR", "TTY_COMPATIBLE", "PAGER", "LESS")}
    full.update({"COLUMNS": "100", **(env or {})})
    return subprocess.run([str(EXE), *map(str, args)], stdout=stdout, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, env=full, cwd=cwd, timeout=120)


# -- export -------------------------------------------------------------------------------------

def test_export_to_stdout_is_the_documents_bytes(tmp_path):
    result = run("export", HOSTILE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == export_markdown(load_report(HOSTILE)).encode("utf-8")
    again = run("export", HOSTILE, cwd=tmp_path)
    assert again.stdout == result.stdout


def test_export_to_a_file_replaces_it_whole_and_leaves_no_temp_file(tmp_path):
    out = tmp_path / "rapport.md"
    out.write_text("old content that must go\n" * 1000)
    result = run("export", GOALS, "-o", out, "--only", "goals", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = export_markdown(load_report(GOALS), only="goals", lang="en")
    assert out.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md"]
    assert b"wrote" in result.stderr and b"rapport.md" in result.stderr  # --lang en: English


def test_export_through_a_symlink_writes_the_file_it_points_at(tmp_path):
    target = tmp_path / "real.md"
    target.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    assert run("export", GOALS, "-o", link, cwd=tmp_path).returncode == 0
    assert link.is_symlink() and target.read_text(encoding="utf-8").startswith("# ")


def test_export_refuses_to_overwrite_a_report(tmp_path):
    report = tmp_path / "rapport.txt"  # a report with an unusual name, given as its own output
    report.write_bytes(GOALS.read_bytes())
    result = run("export", report, "-o", report, cwd=tmp_path)
    assert result.returncode == 2 and "själva rapporten".encode() in result.stderr
    assert report.read_bytes() == GOALS.read_bytes()
    other = tmp_path / "annan.toml"
    other.write_text("keep")
    result = run("export", GOALS, "-o", other, cwd=tmp_path)
    assert result.returncode == 2 and b".toml" in result.stderr
    assert other.read_text() == "keep"


def test_export_says_why_it_cannot_write(tmp_path):
    blocker = tmp_path / "fil.md"
    blocker.write_text("a file, not a directory")
    result = run("export", GOALS, "-o", blocker / "ut.md", cwd=tmp_path)
    assert result.returncode == 2
    assert "kan inte skriva".encode() in result.stderr and "inget skrevs".encode() in result.stderr
    missing = run("export", GOALS, "-o", tmp_path / "saknas" / "ut.md", cwd=tmp_path)
    assert missing.returncode == 2 and "finns inte".encode() in missing.stderr
    directory = run("export", GOALS, "-o", tmp_path, cwd=tmp_path)
    assert directory.returncode == 2 and "är en mapp".encode() in directory.stderr


def test_broken_inputs_exit_2_with_the_file_and_the_reason(tmp_path):
    broken = tmp_path / "trasig.toml"
    broken.write_text('format_version = 1\n[report]\ntitle = "oavslutad\n')
    binary = tmp_path / "bild.toml"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    for command in ("export", "show"):
        for path, reason in ((broken, b"TOML-syntax"), (binary, "binärfil".encode()),
                             (tmp_path / "saknas.toml", "filen finns inte".encode())):
            result = run(command, path, cwd=tmp_path)
            assert result.returncode == 2, (command, path)
            assert str(path).encode() in result.stderr and reason in result.stderr
            assert b"Traceback" not in result.stderr and result.stdout == b""


def test_bad_options_exit_2(tmp_path):
    only = run("export", GOALS, "--only", "goals,bilagor", cwd=tmp_path)
    assert only.returncode == 2 and "okänd del bilagor".encode() in only.stderr
    lang = run("export", GOALS, "--lang", "de", cwd=tmp_path)
    assert lang.returncode == 2 and b"--lang" in lang.stderr
    width = run("show", GOALS, "--width", "10", cwd=tmp_path)
    assert width.returncode == 2 and "för smalt".encode() in width.stderr


# -- show ---------------------------------------------------------------------------------------

SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colour_codes(output: str) -> set[str]:
    """SGR parameters that set a colour (30-39, 40-49, 90-107)."""
    found = set()
    for params in SGR.findall(output):
        for p in params.split(";"):
            if p.isdigit() and (30 <= int(p) <= 49 or 90 <= int(p) <= 107):
                found.add(p)
    return found


def test_show_of_a_hostile_report_prints_its_text_literally(tmp_path):
    result = run("show", HOSTILE, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out and "\x9b" not in out and "\x07" not in out
    for literal in ("[red]x[/red]", "[bold]y[/]", "[red]årsrapporten[/red]", "<script>",
                    "[red]brist[/red]", "Östen *Öberg*"):
        assert literal in out, literal
    assert "pwned" not in out


def test_show_in_colour_has_the_scales_colours_and_none_of_the_reports_codes(tmp_path):
    result = run("show", HOSTILE, cwd=tmp_path, env={"FORCE_COLOR": "1"})
    out = result.stdout.decode("utf-8")
    assert "33" in colour_codes(out)  # Delvis uppfyllt in yellow
    assert "\x1b]" not in out and "\x1b[2J" not in out and "pwned" not in out
    assert "[red]x[/red]" in out
    # Only colours and text attributes: no cursor movement, no screen clearing.
    assert set(re.findall(r"\x1b\[[0-9;]*([A-Za-z])", out)) == {"m"}


def test_show_honours_no_color(tmp_path):
    result = run("show", HOSTILE, cwd=tmp_path, env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert result.returncode == 0
    assert colour_codes(result.stdout.decode("utf-8")) == set()


def test_show_fits_the_width_given(tmp_path):
    for width in (60, 132):
        result = run("show", HOSTILE, "--width", width, cwd=tmp_path)
        lines = result.stdout.decode("utf-8").splitlines()
        assert max(cell_len(line) for line in lines) <= width
    assert max(cell_len(line) for line in lines) > 100  # the wide one used its width


def _drain(fd: int, sink: list[bytes]) -> None:
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:
            return
        if not data:
            return
        sink.append(data)


def show_on_a_terminal(tmp_path, *args):
    """Run `yearend show` with a pseudo-terminal as stdout, 10 lines high; the pager is a
    script that saves what it is given and the LESS it was started with."""
    pager = tmp_path / "pager.py"
    pager.write_text("import os, sys\nopen('paged.txt', 'wb').write(sys.stdin.buffer.read())\n"
                     "open('less.txt', 'w').write(os.environ.get('LESS', ''))\n")
    master, slave = os.openpty()
    screen: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(master, screen))
    reader.start()
    try:
        result = run("show", *args, cwd=tmp_path, stdout=slave,
                     env={"PAGER": f"{sys.executable} {pager}", "LINES": "10", "COLUMNS": "80"})
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    return result, b"".join(screen)


def test_show_pages_a_long_report_on_a_terminal(tmp_path):
    result, screen = show_on_a_terminal(tmp_path, GOALS)
    assert result.returncode == 0, result.stderr
    paged = (tmp_path / "paged.txt").read_text(encoding="utf-8")
    assert "Årsbokslut 2022" in paged and paged.count("\n") > 10
    assert (tmp_path / "less.txt").read_text() == "FRX"  # colours pass through less
    assert b"Fossilfria skolskjutsar" not in screen


def test_show_no_pager_prints_to_the_terminal(tmp_path):
    result, screen = show_on_a_terminal(tmp_path, GOALS, "--no-pager")
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "paged.txt").exists()
    assert "Fossilfria skolskjutsar" in screen.decode("utf-8", "replace")
