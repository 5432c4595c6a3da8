"""Text in an open box is the officer's work (issue 12, points 1, 2, 3 and 8), driven with Pilot:
it marks the report unsaved and goes into the recovery copy while typing, a signal copies it at
once, a restore puts it back into the same box; keys typed while a box opens land in it; a value
that does not validate is never dropped silently; the editor's messages are the officer's words.
The real-process kill -9 / SIGHUP runs are in test_tui_typing_process.py."""

from __future__ import annotations

import json
import os
import signal
import stat
import time

from textual import events
from textual.widgets import Input

from reportmodel.io import recovery
from reportmodel.io.recovery import Typed
from reportmodel.io.storage import load_report, save_report
from tui import session as session_module
from tui.app import YearendApp
from tui.editor.comment_editor import TextEditor
from tui.editor.fields import InvalidPrompt
from tui.editor.screen import MainScreen
from tui.editor.structure.sheet import HEADER_PATH, ItemSheet
from tui.safety.prompts import RecoveryPrompt, SaveAsPrompt
from tui.settings.config import load_settings

from .conftest import header_text, notes

SIZE = (120, 36)
GOAL = ("goals", "kostnadseffektiv")  # no assessment, no comment
RATED = ("goals", "budget-i-balans")  # assessment "helt"
INDICATOR = ("goals", "budget-i-balans", "indicators", "servicegrad")


async def until(pilot, condition, timeout: float = 20.0) -> bool:
    """Wait for a condition (never a fixed sleep as the assertion): generous for a loaded box."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def open_comment(app, pilot, path=GOAL) -> TextEditor:
    app.main.outline.go_to_path(path)
    await pilot.pause()
    await pilot.press("c")
    await pilot.pause()
    assert await until(pilot, lambda: isinstance(app.focused, TextEditor))
    return app.focused


# -- 1. typed text is unsaved work ----------------------------------------------------------------
async def test_typed_text_marks_the_report_unsaved_and_goes_into_the_copy_while_typing(
        report_file, monkeypatch):
    # The timer's own delay is measured in the real-process test; here it is long, so that a
    # loaded machine cannot fire it between two keys, and its callback is run as Textual would.
    monkeypatch.setattr(session_module, "TYPING_DELAY", 60.0)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_comment(app, pilot)
        assert "osparade" not in header_text(app)
        await pilot.press(*"Halv")
        await pilot.pause()
        assert app.session.dirty and not app.history.dirty  # unsaved, but not yet a change
        assert "osparade" in header_text(app)
        timer = app.session._timer
        assert timer is not None  # a copy is coming
        await pilot.press(*"vägs")
        assert app.session._timer is timer  # not pushed back by every key: it comes while typing
        assert recovery.find_recovery(report_file) is None  # not on every key
        timer.stop()
        app.session.write_copy()  # the timer fires
        found = recovery.find_recovery(report_file)
        assert found.typed == Typed(GOAL, "comment", "Halvvägs")
        # The file itself is untouched and the copy's report equals it: only the box differs.
        assert load_report(report_file).goals["kostnadseffektiv"].comment is None


async def test_a_copy_written_in_a_thread_holds_the_typed_text(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_comment(app, pilot)
        await pilot.press(*"trådad")
        app.session._stop_timer()
        app.session._threaded = True  # as after a copy slower than SLOW_COPY (a large report)
        app.session.write_copy()
        assert await until(pilot, lambda: (found := recovery.find_recovery(report_file))
                           is not None and found.typed is not None
                           and found.typed.text == "trådad")


async def test_text_back_to_what_is_saved_is_no_longer_unsaved(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_comment(app, pilot)
        await pilot.press("x")
        await pilot.pause()
        assert app.session.dirty
        app.session.copy_now()
        assert recovery.find_recovery(report_file).typed.text == "x"
        await pilot.press("backspace")
        await pilot.pause()
        assert not app.session.dirty
        assert "osparade" not in header_text(app)
        app.session._stop_timer()
        app.session.write_copy()  # as the timer would: nothing unsaved, no copy left
        assert recovery.find_recovery(report_file) is None


async def test_a_value_typed_in_an_input_is_unsaved_work_with_its_year(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(INDICATOR)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        box = app.main.query_one("#field-outcome").input
        box.focus()
        await pilot.pause()
        await pilot.press(*"88")
        await pilot.pause()
        assert app.session.typed == Typed(INDICATOR, "outcome", "88", 2022)
        assert app.session.copy_now() is not None
        assert recovery.find_recovery(report_file).typed == Typed(INDICATOR, "outcome", "88", 2022)


async def test_sighup_and_sigterm_copy_the_typed_text_at_once(report_file, monkeypatch):
    monkeypatch.setattr(session_module, "TYPING_DELAY", 60.0)  # only the signal writes here
    for signum in (signal.SIGHUP, signal.SIGTERM):
        recovery.discard_recovery(report_file)
        app = YearendApp(report_file, cursor_blink=False)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await open_comment(app, pilot)
            await pilot.press(*"Nästan klart")
            await pilot.pause()
            assert recovery.find_recovery(report_file) is None
            app.reliability.terminated(signum)
            found = recovery.find_recovery(report_file)
            assert found is not None and found.typed.text == "Nästan klart"
        assert app.return_code == 128 + signum


async def test_a_restore_opens_the_same_box_with_the_text(report_file):
    recovery.write_recovery(load_report(report_file), report_file,
                            typed=Typed(GOAL, "comment", "Två av tre [b]delmål[/b] nåddes"))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)  # offered though the report equals the file
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert "Kommentar" in shown and "Ändamålsenlig och kostnadseffektiv verksamhet" in shown
        assert "Två av tre [b]delmål[/b] nåddes" in shown  # literally, never as markup
        await pilot.press("r")
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor))
        box = app.focused
        assert box.field == "comment" and box.text == "Två av tre [b]delmål[/b] nåddes"
        assert app.main.detail.editing.path == GOAL
        assert app.session.dirty and "osparade" in header_text(app)
        await pilot.press("escape")  # done: the text becomes the report's
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert load_report(report_file).goals["kostnadseffektiv"].comment == \
        "Två av tre [b]delmål[/b] nåddes"
    assert recovery.find_recovery(report_file) is None


async def test_a_restore_puts_an_indicator_value_back_into_its_field(report_file):
    recovery.write_recovery(load_report(report_file), report_file,
                            typed=Typed(INDICATOR, "outcome", "abc", 2022))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("r")
        assert await until(pilot, lambda: isinstance(app.focused, Input)
                           and app.focused.value == "abc")
        field = app.main.query_one("#field-outcome")
        assert field.error  # not a valid value: shown with its error, not thrown away


def test_old_sidecars_and_damaged_typing_entries_read_as_before(report_file, tmp_path):
    save_report(load_report(report_file), report_file)  # canonical: a copy of it is "the same"
    report = load_report(report_file)
    report.goals["kostnadseffektiv"].assessment = "delvis"
    copy = recovery.write_recovery(report, report_file)
    sidecar = copy.with_suffix(".json")
    meta = json.loads(sidecar.read_text())
    assert "typing" not in meta  # nothing typed: the sidecar is what it always was
    assert recovery.find_recovery(report_file).typed is None
    for bad in ({"item": "goals", "field": "comment", "text": "x"}, {"item": [], "text": "x"},
                {"item": ["goals", "x"], "field": "comment", "text": 3}, "text", None,
                {"item": ["goals", "x"], "field": "comment", "text": "x", "year": True}):
        sidecar.write_text(json.dumps({**meta, "typing": bad}))
        found = recovery.find_recovery(report_file)
        assert found is not None and found.typed is None
    # Only typed text, the report as saved: offered; nothing typed and the same: not offered.
    recovery.write_recovery(load_report(report_file), report_file,
                            typed=Typed(GOAL, "comment", "x"))
    assert recovery.find_recovery(report_file).typed == Typed(GOAL, "comment", "x")
    recovery.write_recovery(load_report(report_file), report_file)
    assert recovery.find_recovery(report_file) is None


# -- 2. keys typed while the box opens --------------------------------------------------------------
async def test_keys_typed_right_after_c_land_in_the_box_not_in_the_outline(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(RATED)
        await pilot.pause()
        # As a fast typist's keys arrive: all queued before the form can open.
        for key, char in [("c", "c"), ("0", "0"), ("space", " "), ("k", "k"), ("r", "r")]:
            app.post_message(events.Key(key, char))
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor)
                           and app.focused.text.endswith("0 kr"))
        assert app.report.goals["budget-i-balans"].assessment == "helt"  # `0` did not clear it
        assert app.focused.text == "Underskottet förklaras av engångskostnader.0 kr"


async def test_a_paste_right_after_c_lands_in_the_box(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        app.post_message(events.Key("c", "c"))
        app.post_message(events.Paste("Inklistrad text\nrad två"))
        assert await until(pilot, lambda: isinstance(app.focused, TextEditor)
                           and "rad två" in app.focused.text)
        assert app.focused.text == "Inklistrad text\nrad två"


async def test_keys_are_not_held_when_no_box_opens(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.move_cursor_to_line(1)  # a heading: Enter folds it, opens nothing
        await pilot.pause()
        assert app.main.current is None
        await pilot.press("enter")
        assert not app.typeahead.holding
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        await pilot.press("2")  # an outline command, as always
        await pilot.pause()
        assert app.report.goals["kostnadseffektiv"].assessment is not None
        assert not app.typeahead.holding


# -- 3. a value that does not validate ---------------------------------------------------------------
async def _type_invalid_outcome(app, pilot) -> Input:
    app.main.outline.go_to_path(INDICATOR)
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    box = app.main.query_one("#field-outcome").input
    box.focus()
    await pilot.pause()
    await pilot.press(*"abc")
    await pilot.pause()
    return box


async def test_an_invalid_value_stays_with_its_error_and_esc_asks_fix_or_discard(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        box = await _type_invalid_outcome(app, pilot)
        field = app.main.query_one("#field-outcome")
        assert field.error and "Skriv ett tal" in field.error
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InvalidPrompt)
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert "abc" in shown and "Skriv ett tal" in shown
        await pilot.press("r")  # fix it: back in the field, the text still there
        await pilot.pause()
        assert app.focused is box and box.value == "abc"
        assert app.main.detail.editing is not None
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("k")  # discard: the model's value back, the form closes
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.main.detail.editing is None
        assert not app.session.dirty
        values = app.report.goals["budget-i-balans"].indicators["servicegrad"].years[2022]
        assert values.outcome is None


async def test_moving_away_from_an_invalid_value_asks_and_keeps_the_form(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _type_invalid_outcome(app, pilot)
        app.main.outline.go_to_path(GOAL)  # the cursor moves to another item
        await pilot.pause()
        assert isinstance(app.screen, InvalidPrompt)
        assert app.main.detail.editing.path == INDICATOR
        assert app.main.query_one("#field-outcome").input.value == "abc"
        await pilot.press("k")
        assert await until(pilot, lambda: app.main.detail.editing is None
                           and app.main.current.path == GOAL)


async def test_quit_with_an_invalid_value_asks_first(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await _type_invalid_outcome(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, InvalidPrompt)
        await pilot.press("r")
        await pilot.pause()
        assert app.main.query_one("#field-outcome").input.value == "abc"


# -- 8. the officer's words ----------------------------------------------------------------------------
async def test_ctrl_c_says_how_to_quit_in_swedish_without_markup(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        said = notes(app)
        assert any("ctrl+c avslutar inte" in n for n in said), said
        assert not any("[b]" in n or "Press" in n for n in said)


async def test_a_deleted_report_says_deleted_and_save_writes_it_again(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        await pilot.press("2")
        report_file.unlink()
        app.reliability.poll()
        await pilot.pause()
        assert any("har tagits bort" in n for n in notes(app)), notes(app)
        assert not any("ändrats på disk" in n for n in notes(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsPrompt)
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert "tagits bort" in shown and "Problem(" not in shown
        await pilot.press("s")  # save it again
        await pilot.pause()
    assert report_file.exists() and load_report(report_file).goals["kostnadseffektiv"].assessment


async def test_reload_of_a_broken_file_names_the_problem_not_its_repr(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        report_file.write_text("format_version = 1\n[report\n")
        app.reliability.reload()
        await pilot.pause()
        said = [n for n in notes(app) if "läsa in" in n]
        assert said and not any("Problem(" in n or "severity" in n for n in said), said
        assert any("rapport.toml:" in n for n in said)


async def test_saving_a_read_only_report_offers_save_as(report_file, tmp_path):
    report_file.chmod(0o444)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        await pilot.press("2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveAsPrompt)
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert "får inte skrivas" in shown and "-r--r--r--" in shown
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(Input).value = str(tmp_path / "kopia.toml")
        await pilot.press("enter")
        await pilot.pause()
    assert stat.S_IMODE(report_file.stat().st_mode) == 0o444
    assert load_report(report_file).goals["kostnadseffektiv"].assessment is None
    assert load_report(tmp_path / "kopia.toml").goals["kostnadseffektiv"].assessment


def test_a_fifo_as_config_does_not_hang_the_editor(tmp_path):
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    started = time.monotonic()
    loaded = load_settings(fifo)
    assert time.monotonic() - started < 5
    assert loaded.problems and "FIFO" in loaded.messages()[0]


# -- 1. the item sheet's text fields are unsaved work too ------------------------------------------
GOAL_TITLE = "Ändamålsenlig och kostnadseffektiv verksamhet"
NEW_TITLE = "Ny titel [i]nu[/i]"


async def test_a_title_typed_in_the_sheet_goes_into_the_copy_and_comes_back_in_the_sheet(
        report_file, monkeypatch):
    monkeypatch.setattr(session_module, "TYPING_DELAY", 60.0)
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        await pilot.press("e")
        assert await until(pilot, lambda: isinstance(app.screen, ItemSheet)
                           and isinstance(app.focused, Input))
        await pilot.press(*"Ny titel [i]nu[/i]")  # the title is selected: replaced
        await pilot.pause()
        assert app.session.dirty and not app.history.dirty
        assert "osparade" in header_text(app)
        timer = app.session._timer
        assert timer is not None
        timer.stop()
        app.session.write_copy()  # the timer fires
        found = recovery.find_recovery(report_file)
        assert found.typed == Typed(GOAL, "title", NEW_TITLE)
    assert load_report(report_file).goals["kostnadseffektiv"].title == GOAL_TITLE

    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert NEW_TITLE in shown  # offered, literally
        await pilot.press("r")
        assert await until(pilot, lambda: isinstance(app.screen, ItemSheet)
                           and isinstance(app.focused, Input)
                           and app.focused.value == NEW_TITLE)
        assert app.focused.id == "sheet-title" and app.screen.path == GOAL
        assert app.session.dirty
        # Restored into the sheet only: the report holds the old title until Done.
        assert app.report.goals["kostnadseffektiv"].title == GOAL_TITLE
        await pilot.press("escape")  # Done: the title becomes the report's
        assert await until(pilot, lambda: not isinstance(app.screen, ItemSheet))
        assert app.session.typed is None
        assert app.report.goals["kostnadseffektiv"].title == NEW_TITLE
        await pilot.press("ctrl+s")
        assert await until(pilot, lambda: not app.session.dirty)
    assert load_report(report_file).goals["kostnadseffektiv"].title == NEW_TITLE
    assert recovery.find_recovery(report_file) is None


async def test_cancel_in_the_sheet_leaves_nothing_unsaved(report_file):
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.outline.go_to_path(GOAL)
        await pilot.pause()
        await pilot.press("e")
        assert await until(pilot, lambda: isinstance(app.screen, ItemSheet)
                           and isinstance(app.focused, Input))
        await pilot.press("x")
        await pilot.pause()
        assert app.session.typed == Typed(GOAL, "title", "x")
        app.screen.action_cancel()
        assert await until(pilot, lambda: app.session.typed is None)
        assert not app.session.dirty and "osparade" not in header_text(app)


async def test_text_typed_in_the_report_header_is_restored_into_the_header_sheet(report_file):
    recovery.write_recovery(load_report(report_file), report_file,
                            typed=Typed(HEADER_PATH, "title", "Årsrapport 2022, utkast"))
    app = YearendApp(report_file, cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, RecoveryPrompt)
        shown = "\n".join(str(s.render()) for s in app.screen.query(".body"))
        assert "Rapportens uppgifter" in shown and "Årsrapport 2022, utkast" in shown
        await pilot.press("r")
        assert await until(pilot, lambda: isinstance(app.screen, ItemSheet)
                           and isinstance(app.focused, Input)
                           and app.focused.value == "Årsrapport 2022, utkast")
        assert app.screen.path == HEADER_PATH and app.focused.id == "sheet-title"
        assert app.report.meta.title == "Kommunstyrelsens årsrapport 2022"
        assert app.session.dirty
