"""The editor never loses an officer's work: recovery copies after a crash, the lock against a
second editor, a file changed on disk, a failed save, hostile text. Driven with Pilot; the
platformdirs directories point into tmp (tests/conftest.py), never the real state directory."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from reportmodel.io import lock, recovery
from reportmodel.core.problems import SaveError
from reportmodel.io.storage import load_report, save_report
from rich.console import Console
from tui import session as session_module
from tui.app import YearendApp
from tui.editor.screen import MainScreen
from tui.safety.prompts import (ChangedOnDiskPrompt, LockedPrompt, RecoveryPrompt,
                                              SaveAsScreen)

from .conftest import header_text, notes

SIZE = (120, 36)
GOAL = "kostnadseffektiv"  # a nämndsmål with no assessment in small.toml


def prompt_text(screen) -> str:
    return "\n".join(str(s.render()) for s in screen.query(".body"))


def crashed_with_unsaved_work(path: Path) -> Path:
    """What a crash leaves: the file as last saved and a recovery copy with more in it."""
    work = load_report(path)
    work.goals[GOAL].assessment = "delvis"
    work.goals[GOAL].comment = "Två av tre delmål nåddes."
    return recovery.write_recovery(work, path)


# -- recovery -----------------------------------------------------------------------------------
async def test_after_a_crash_the_copy_is_offered_with_what_differs_and_restore_gives_it_back(
        report_file):
    copy = crashed_with_unsaved_work(report_file)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)
        shown = prompt_text(app.screen)
        assert "Ändamålsenlig och kostnadseffektiv verksamhet" in shown
        assert "Bedömning Ej utvärderad → Delvis uppfyllt; Kommentar" in shown and "Kommentar" in shown
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.report.goals[GOAL].assessment == "delvis"
        assert app.history.dirty and "osparade ändringar" in header_text(app)
        assert load_report(report_file).goals[GOAL].assessment is None  # not saved by itself
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not app.history.dirty
    assert load_report(report_file).goals[GOAL].comment == "Två av tre delmål nåddes."
    assert not copy.exists()  # saved: nothing left to recover


async def test_discard_removes_the_copy_and_later_keeps_it(report_file):
    copy = crashed_with_unsaved_work(report_file)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # decide later
        await pilot.pause()
        assert app.report.goals[GOAL].assessment is None and not app.history.dirty
    assert copy.exists()
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)  # offered again
        await pilot.press("k")
        await pilot.pause()
        assert app.report.goals[GOAL].assessment is None
    assert not copy.exists() and recovery.find_recovery(report_file) is None


async def test_unsaved_work_is_copied_after_a_pause_and_the_copy_goes_with_the_save(
        report_file, monkeypatch):
    # No wall-clock waits (they flake on a loaded machine): check that a change arms the
    # debounce timer without writing, then fire the timer's callback as Textual would.
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("3")
        assert recovery.find_recovery(report_file) is None  # not on every key press
        timer = app.session._timer
        assert timer is not None and timer._interval == session_module.COPY_DELAY
        await pilot.press("2")  # a second change restarts the wait
        assert app.session._timer is not timer
        app.session.write_copy()
        await pilot.pause()
        found = recovery.find_recovery(report_file)
        assert found is not None
        assert recovery.load_recovery(found).goals[GOAL].assessment == "delvis"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert recovery.find_recovery(report_file) is None
        assert not recovery.recovery_path(report_file).exists()


async def test_quitting_without_saving_throws_the_copy_away(report_file, monkeypatch):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("2")
        app.session.write_copy()  # the debounce timer's callback, without waiting for it
        await pilot.pause()
        assert recovery.recovery_path(report_file).exists()
        await pilot.press("q")
        await pilot.pause()
        await pilot.press("k")  # kasta
        await pilot.pause()
    assert not recovery.recovery_path(report_file).exists()


async def test_a_crash_keeps_the_unsaved_work_writes_a_log_and_releases_the_lock(
        report_file, monkeypatch, tmp_path):
    def broken(self):
        raise RuntimeError("a bug")

    monkeypatch.setattr(MainScreen, "action_filter", broken)
    app = YearendApp(report_file, cursor_blink=False)
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert lock.read_lock(report_file).pid == os.getpid()
            app.main.outline.go_to_path(("goals", GOAL))
            await pilot.pause()
            await pilot.press("1", "f")  # an assessment, then the bug: no time for the timer
            await pilot.pause()
    copy = app.reliability.crash_copy
    assert copy is not None and copy.exists()
    assert load_report(copy).goals[GOAL].assessment == "helt"
    assert "RuntimeError: a bug" in app.reliability.crash_log.read_text(encoding="utf-8")
    assert str(app.reliability.crash_log).startswith(os.environ["XDG_STATE_HOME"])
    assert lock.read_lock(report_file) is None
    assert recovery.find_recovery(report_file) is not None  # offered on the next open


async def test_a_terminal_closed_or_kill_copies_the_unsaved_work_at_once(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("2")
        os.kill(os.getpid(), signal.SIGHUP)  # the handler is the app's while it runs
        await pilot.pause()
    assert app.return_code == 128 + signal.SIGHUP
    copy = recovery.find_recovery(report_file)
    assert copy is not None and recovery.load_recovery(copy).goals[GOAL].assessment == "delvis"
    assert lock.read_lock(report_file) is None


# -- two editors, one file ----------------------------------------------------------------------
def hold_lock(path: Path, pid: int) -> None:
    lock.lock_path(path).write_text(
        '{"user": "anna", "host": "%s", "pid": %d, "time": "2026-11-20T09:15:00+01:00"}'
        % (socket.gethostname(), pid), encoding="utf-8")


async def test_a_file_open_elsewhere_warns_who_has_it_and_opens_read_only(report_file):
    hold_lock(report_file, 1)  # pid 1 is always alive
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LockedPrompt)
        shown = prompt_text(app.screen)
        assert "anna på " + socket.gethostname() in shown and "2026-11-20 09:15" in shown
        await pilot.press("s")  # skrivskyddad
        await pilot.pause()
        assert app.reliability.read_only
        assert "skrivskyddad" in header_text(app)
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("1")
        assert app.report.goals[GOAL].assessment is None and not app.history.dirty
        assert "skrivskyddad" in notes(app)[-1] and "anna" in notes(app)[-1]
        before = report_file.read_bytes()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert report_file.read_bytes() == before
    assert lock.read_lock(report_file).user == "anna"  # still theirs


async def test_read_only_follows_what_the_other_editor_saves(report_file):
    hold_lock(report_file, 1)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        change_on_disk(report_file)
        app.reliability.poll()
        await pilot.pause()
        assert app.report.goals["budget-i-balans"].title == "Budget i balans (ny)"
        assert app.reliability.read_only and "skrivskyddad" in header_text(app)


async def test_quit_at_the_lock_warning_leaves_without_touching_anything(report_file):
    hold_lock(report_file, 1)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and lock.read_lock(report_file).user == "anna"


async def test_a_stale_lock_is_taken_over_silently_and_released_on_exit(report_file):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    hold_lock(report_file, dead.pid)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert lock.read_lock(report_file).pid == os.getpid()
        assert not app.reliability.read_only
    assert not lock.lock_path(report_file).exists()


# -- the file changed on disk -------------------------------------------------------------------
def change_on_disk(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('title = "Budget i balans"', 'title = "Budget i balans (ny)"'),
                    encoding="utf-8")


async def open_and_change(pilot, app: YearendApp, report_file: Path) -> None:
    await pilot.pause()
    app.main.outline.go_to_path(("goals", GOAL))
    await pilot.pause()
    await pilot.press("2")
    change_on_disk(report_file)


async def test_a_change_on_disk_is_noticed_once(report_file, monkeypatch):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_and_change(pilot, app, report_file)
        app.reliability.poll()
        app.reliability.poll()
        await pilot.pause()
        said = [n for n in notes(app) if "har ändrats på disk" in n]
        assert len(said) == 1 and "rapport.toml" in said[0]


async def test_saving_over_a_file_changed_on_disk_asks_and_overwrite_writes(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_and_change(pilot, app, report_file)
        theirs = report_file.read_bytes()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ChangedOnDiskPrompt)
        assert report_file.read_bytes() == theirs  # nothing overwritten silently
        shown = prompt_text(app.screen)
        assert "Ändamålsenlig och kostnadseffektiv verksamhet: Bedömning" in shown
        assert "rapport.toml.bak" in shown
        await pilot.press("s")  # skriv över
        await pilot.pause()
        assert not app.history.dirty
        assert load_report(report_file).goals[GOAL].assessment == "delvis"
        assert report_file.with_name("rapport.toml.bak").read_bytes() == theirs
        await pilot.press("ctrl+s")  # the file is ours again: no second question
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_reload_reads_the_file_again_and_drops_the_unsaved_change(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await open_and_change(pilot, app, report_file)
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("l")  # läs in igen
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.report.goals["budget-i-balans"].title == "Budget i balans (ny)"
        assert app.report.goals[GOAL].assessment is None and not app.history.dirty
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("1", "ctrl+s")  # the new model is edited and saved as usual
        await pilot.pause()
    saved = load_report(report_file)
    assert saved.goals[GOAL].assessment == "helt"
    assert saved.goals["budget-i-balans"].title == "Budget i balans (ny)"


async def test_save_as_writes_a_new_file_and_moves_the_lock(report_file, tmp_path):
    app = YearendApp(report_file, cursor_blink=False)
    target = tmp_path / "min-version.toml"
    async with app.run_test(size=SIZE) as pilot:
        await open_and_change(pilot, app, report_file)
        theirs = report_file.read_bytes()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsScreen)
        app.screen.query_one("#save-as-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert app.path == target and not app.history.dirty
        assert lock.read_lock(target).pid == os.getpid()
        assert not lock.lock_path(report_file).exists()
        assert "min-version.toml" in header_text(app)
    assert report_file.read_bytes() == theirs
    assert load_report(target).goals[GOAL].assessment == "delvis"


# -- a failed save --------------------------------------------------------------------------------
async def test_a_failed_save_says_why_in_plain_text_and_keeps_the_changes(report_file,
                                                                          monkeypatch):
    def full(report, path, **kwargs):
        raise SaveError(f"{path}: no space left on device [bold]x[/bold]")

    monkeypatch.setattr(session_module, "save_report", full)
    app = YearendApp(report_file, cursor_blink=False)
    before = report_file.read_bytes()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        await pilot.press("2", "ctrl+s")
        await pilot.pause()
        note = notes(app)[-1]
        assert note.startswith("Kunde inte spara:") and "no space left on device" in note
        assert "[bold]x[/bold]" in note  # shown literally, never read as markup
        assert app.history.dirty and "osparade ändringar" in header_text(app)
        assert app.report.goals[GOAL].assessment == "delvis"
    assert report_file.read_bytes() == before


# -- hostile text -------------------------------------------------------------------------------
HOSTILE_TITLE = "[bold red]x[/bold red] <script>alert(1)</script>"
HOSTILE_COMMENT = "# x\nRensa skärmen: \x1b[2J och [link=http://evil.example]klicka[/link]"


def shown(widget) -> str:
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


async def test_hostile_text_is_shown_literally_in_the_outline_and_the_detail(report_file):
    report = load_report(report_file)
    report.goals[GOAL].title = HOSTILE_TITLE
    report.goals[GOAL].comment = HOSTILE_COMMENT
    save_report(report, report_file)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        outline = app.main.outline
        outline.go_to_path(("goals", GOAL))
        await pilot.pause()
        label = outline.by_path[("goals", GOAL)].label
        assert HOSTILE_TITLE in label.plain
        detail = shown(app.main.detail.query_one("#detail-view"))
        assert HOSTILE_TITLE in detail
        assert "# x" in detail and "[link=http://evil.example]klicka[/link]" in detail
        assert "\x1b" not in detail and "[2J" in detail  # the escape shown as a symbol
        await pilot.press("c")  # and in the comment box, as typed
        await pilot.pause()
        typed = app.focused.text
        assert typed.startswith("# x\n") and "[link=http://evil.example]klicka[/link]" in typed
