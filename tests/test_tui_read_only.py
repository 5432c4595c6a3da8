"""A report opened read-only (another editor holds its lock) cannot be changed from here: not by any
key the editor binds, not by any command in the palette, and not through compare mode (whose `m`
once reached past the read-only check and changed `continues`).

Bindings and commands are read from the app itself (its help's sections and the palette's
provider), so a key or command added later is covered without touching this file. Each one is
run, then whatever dialog it opened is accepted (Enter), something is typed and confirmed, and
everything is closed again: the report must still be the file on disk, with nothing unsaved.
"""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from reportmodel.io import lock
from reportmodel.io.codec_write import dumps
from reportmodel.io.storage import load_report
from tui.app import YearendApp
from tui.compare.mode import of as compare_of
from tui.editor.outline import Outline
from tui.editor.screen import MainScreen
from tui.palette import EditorCommands
from tui.safety.prompts import LockedPrompt

SMALL = Path(__file__).resolve().parent / "data" / "editor" / "small.toml"
SIZE = (120, 36)
GOAL = ("goals", "budget-i-balans")  # a nämndsmål: assessed, commented, can be matched
OUTLINE_ACTIONS = {b.action for b in Outline.BINDINGS}
LEAVES = {"quit", "exit_now"}  # they end the editor (and change nothing): run last, apart


@pytest.fixture(autouse=True)
def private_dirs(tmp_path, monkeypatch):
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))


@pytest.fixture
def files(tmp_path) -> tuple[Path, Path]:
    # Small, so that every key can be tried in every place in reasonable time; last year's is
    # the same report (compare mode only needs two reports to pair).
    new, old = tmp_path / "rapport.toml", tmp_path / "förra-året.toml"
    shutil.copy(SMALL, new)
    shutil.copy(SMALL, old)
    lock.lock_path(new).write_text(  # held by pid 1, always alive: not a stale lock
        '{"user": "anna", "host": "%s", "pid": 1, "time": "2026-11-20T09:15:00+01:00"}'
        % socket.gethostname(), encoding="utf-8")
    return new, old


async def open_read_only(app: YearendApp, pilot, old: Path) -> str:
    await pilot.pause()
    assert isinstance(app.screen, LockedPrompt)
    await pilot.press("s")  # skrivskyddad
    await pilot.pause()
    assert app.session.read_only
    compare_of(app).start(old, load_report(old))
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert app.compare.on
    return dumps(app.report)


async def back_to_the_outline(app: YearendApp, pilot) -> None:
    for _ in range(6):
        if isinstance(app.screen, MainScreen) and app.main.detail.editing is None:
            break
        await pilot.press("escape")
        await pilot.pause()
    assert isinstance(app.screen, MainScreen), app.screen
    if app.main.active_filter is not None:  # a filter command ran: show every row again
        app.main.apply_filter(None)
    assert app.main.go_to_path(GOAL)
    app.main.focus_outline()
    await pilot.pause()


async def try_hard(pilot) -> None:
    """Whatever the key or command opened: accept it, type a value, confirm, accept again."""
    await pilot.pause()
    for key in ("enter", "2", "x", "enter", "tab", "enter"):
        await pilot.press(key)
    await pilot.pause()


def unchanged(app: YearendApp, before: str, what: str) -> None:
    assert not app.history.dirty, f"{what} left the report unsaved"
    assert dumps(app.report) == before, f"{what} changed the report"


def all_bindings(app: YearendApp):
    seen = set()
    for _title, bindings in app.key_sections():
        for binding in bindings:
            for key in binding.key.split(","):
                key = key.strip()
                if (key, binding.action) not in seen:
                    seen.add((key, binding.action))
                    yield key, binding


async def test_no_key_changes_a_read_only_report(files):
    new, old = files
    app = YearendApp(new, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        on_disk = new.read_bytes()
        before = await open_read_only(app, pilot, old)
        tried = 0
        for key, binding in list(all_bindings(app)):
            if binding.action.split(".")[-1] in LEAVES:
                continue
            # The outline's keys on the outline; the other parts' keys also in the item's form
            # (Enter) and its comment box (c), where those parts have focus.
            places = [()] if binding.action in OUTLINE_ACTIONS else [(), ("enter",), ("c",)]
            for where in places:
                await back_to_the_outline(app, pilot)
                for opening in where:
                    await pilot.press(opening)
                await pilot.pause()
                await pilot.press(key)
                await try_hard(pilot)
                unchanged(app, before, f"{key} ({binding.action}) after {where}")
            tried += 1
        # The keys that matter most, named so a broken enumeration cannot pass unnoticed.
        actions = {b.action for _k, b in all_bindings(app)}
        assert {"save", "undo", "redo", "compare_match", "accept_trend", "edit"} <= actions
        assert {"screen.add_item", "screen.edit_item", "screen.delete_item",  # building
                "screen.move_item(-1)", "screen.move_item(1)", "screen.cut_item",
                "screen.paste_item", "screen.move_to", "ok(True)"} <= actions
        assert tried >= 30
    assert new.read_bytes() == on_disk
    assert lock.read_lock(new).user == "anna"


async def test_no_palette_command_changes_a_read_only_report(files):
    new, old = files
    app = YearendApp(new, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        before = await open_read_only(app, pilot, old)
        await back_to_the_outline(app, pilot)
        provider = EditorCommands(app.screen)
        names = [name for name, _help, _callback in provider.commands()]
        quit_name = app.words.binding("quit")
        assert app.words("compare.change_match") in names  # compare mode's own are listed
        assert {app.words.binding(b) for b in ("add_item", "edit_item", "delete_item",
                                               "move_to", "header")} <= set(names)
        for index, name in enumerate(names):
            if name == quit_name:
                continue
            await back_to_the_outline(app, pilot)
            # Asked again each time: commands depend on the cursor and the mode.
            commands = {n: callback for n, _h, callback in EditorCommands(app.screen).commands()}
            if name not in commands:
                continue  # e.g. "stop comparing" ran: its compare entries are gone
            app.call_later(commands[name])
            await try_hard(pilot)
            unchanged(app, before, f"palette: {name}")
        assert len(names) >= 20
