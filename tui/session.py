"""The session: the one owner of the open report.

It holds the report, its undo history, whether it is saved, whether it may be changed here
(read-only), the file's identity on disk as last read or written, and the recovery copy's
schedule. It is the only code that applies, undoes, redoes, replaces (reload, recovery restore)
or saves; every one of those checks read-only mode first and, when refused, tells the officer.

Every change is announced to the app as a message (Session.Changed, Saved, Replaced,
ReadOnlyChanged); the app passes it on to the screen and the features (compare, safety), which
never change the report themselves. The session holds the app only to post those messages, run
timers and show notes: it never imports it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.message import Message

from reportmodel.core import edits
from reportmodel.core.conflicts import Conflict, ConflictError, ResolveConflict, resolve_edit
from reportmodel.core.edits import EditError, History
from reportmodel.core.live_check import LiveCheck, item_of
from reportmodel.core.model import Report
from reportmodel.core.problems import SaveError
from reportmodel.core.progress import Progress, compute, count_item
from reportmodel.io import recovery
from reportmodel.io.fileinfo import Fingerprint, fingerprint
from reportmodel.io.storage import save_report
from tui.common.look import kind_of
from tui.common.messages import Change
from tui.common.paths import display_path

COPY_DELAY = 3.0  # seconds after the last change: typing is not interrupted by disk writes
# Text in an open box is copied at most this long after it was typed, also while the officer
# keeps typing (a kill -9 loses at most this much plus one copy's time).
TYPING_DELAY = 1.5
SLOW_COPY = 0.05  # a copy that took longer than this is written in a thread from then on

EDIT, UNDO, REDO, TYPING = "edit", "undo", "redo", "typing"


class Session:
    # -- what it announces --------------------------------------------------------------------
    class Changed(Message):
        """The report changed: `paths` are the items touched; `kind` is edit, undo or redo;
        TYPING (no paths, no edit): text in an open box made the work unsaved, or no longer."""

        def __init__(self, paths: list[tuple[str, ...]], kind: str, edit: Any) -> None:
            super().__init__()
            self.paths = paths
            self.kind = kind
            self.edit = edit

    class Saved(Message):
        """The report was written to `path` (a new path after "save as")."""

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

    class Replaced(Message):
        """A new report in place of the open one (reloaded from disk, or restored); `typed`:
        text to put back into its box (a restored recovery copy's)."""

        def __init__(self, typed: recovery.Typed | None = None) -> None:
            super().__init__()
            self.typed = typed

    class ReadOnlyChanged(Message):
        def __init__(self, read_only: bool) -> None:
            super().__init__()
            self.read_only = read_only

    # -- state --------------------------------------------------------------------------------
    def __init__(self, app: App, path: Path) -> None:
        self.app = app
        self.path = Path(path)
        self.display_path = display_path(self.path)
        self.report: Report | None = None
        self.history = History()
        self.progress: Progress | None = None  # kept current edit by edit (_count)
        # Every item's problems by `yearend check`'s rules, kept current edit by edit.
        self.live: LiveCheck | None = None
        self._problem_items: set | None = None
        self.read_only = False
        self.read_only_note = ""  # why, in the officer's words
        self.seen: Fingerprint | None = None  # the file as last read or saved here
        # Asked before every save (the safety feature: has the file changed on disk?).
        self.may_save: Callable[[], bool] = lambda: True
        self._timer = None
        self._threaded = False
        self.typed: recovery.Typed | None = None  # text in an open box, not yet in the report

    @property
    def dirty(self) -> bool:
        """Unsaved work: a change not saved, or text typed in a box and not yet applied."""
        return self.history.dirty or self.typed is not None

    def _words(self, key: str, **values) -> str:
        return self.app.words(key, **values)  # type: ignore[attr-defined]

    def _post(self, message: Message) -> None:
        self.app.post_message(message)

    def open(self, report: Report) -> None:
        """The report as loaded from `path`, before the first screen is up."""
        self.report = report
        self.progress = compute(report)
        self.live = LiveCheck(report)
        self._problem_items = None
        self.seen = fingerprint(self.path)

    # -- read-only ----------------------------------------------------------------------------
    def set_read_only(self, read_only: bool, note: str = "") -> None:
        self.read_only = read_only
        self.read_only_note = note
        self._post(Session.ReadOnlyChanged(read_only))

    def refused(self) -> bool:
        """True (and the officer told why) when the report may not be changed here."""
        if self.report is None:
            return True
        if not self.read_only:
            return False
        self.app.notify(self.read_only_note or self._words("read_only"), severity="error",
                        timeout=6)
        return True

    # -- changes ------------------------------------------------------------------------------
    def apply(self, change: Change) -> bool:
        """Set a field as a widget asked (a Change); False when refused or not valid."""
        if self.refused():
            return False
        try:
            if change.year is not None:
                edit = edits.change_value(self.report, change.path, change.year, change.field,
                                          change.value)
            else:
                edit = edits.change(self.report, change.path, change.field, change.value)
        except EditError as exc:
            self.app.notify(self._words("note.edit_refused", reason=self.app.words.reason(exc)),
                            severity="error")
            return False
        typed = self.typed
        if (typed is not None and typed.item == tuple(change.path) and typed.field == change.field
                and typed.year == change.year):
            self.typed = None  # the box's text is the report's now (or the same as it)
        done = self.do(edit)
        if not done and typed is not None and self.typed is None:
            self._changed([], TYPING, None)  # nothing changed, but the box is no longer unsaved
        return done

    def typing(self, typed: recovery.Typed, *, unchanged: bool = False) -> None:
        """The text in an open box (`unchanged`: it holds what the report holds again).
        Unsaved work: it is copied within TYPING_DELAY even while the officer goes on typing.
        One box at a time is kept (the one typed in last); another box saying it is unchanged
        does not clear it."""
        if self.read_only or self.report is None:
            return
        if unchanged:
            if self.typed is None or (self.typed.item, self.typed.field, self.typed.year) != (
                    typed.item, typed.field, typed.year):
                return
            typed = None
        was = self.dirty
        self.typed = typed
        if typed is not None or not self.dirty:
            # Not restarted per key: a copy comes while typing goes on. Back to nothing unsaved,
            # the copy goes only when that timer fires: a box closing announces "unchanged"
            # just before its text arrives as a change, and the copy must not vanish between.
            if self._timer is None:
                self._timer = self.app.set_timer(TYPING_DELAY, self.write_copy,
                                                 name="recovery-copy")
        if was != self.dirty:
            self._post(Session.Changed([], TYPING, None))

    def do(self, edit) -> bool:
        """Apply a checked edit from reportmodel (a value, `continues`, …), undoably."""
        if self.refused():
            return False
        self._count(edit, -1)
        done = self.history.do(self.report, edit)
        self._count(edit, +1)
        self._recheck(edit)
        if done:
            self._changed(edits.paths(edit), EDIT, edit)
        return done

    def resolve(self, conflict: Conflict, choice: str, value=None) -> bool:
        """Resolve a merge conflict kept in the report: "ours", "theirs" or "value" (the text
        the officer wrote from both). An ordinary edit: undo takes it back, save writes the file
        without the entry. False when refused or the report cannot take it."""
        if self.refused():
            return False
        try:
            edit = resolve_edit(self.report, conflict, choice, value)
        except ConflictError as exc:
            self.app.notify(self._words("sharing.refused", reason=self.app.words.reason(exc)),
                            severity="error", timeout=8)
            return False
        return self.do(edit)

    def undo(self) -> bool:
        return self._step(UNDO)

    def redo(self) -> bool:
        return self._step(REDO)

    def _step(self, kind: str) -> bool:
        if self.refused():
            return False
        edit = self.history.peek_undo() if kind == UNDO else self.history.peek_redo()
        if edit is None:
            self.app.notify(self._words(f"note.nothing_to_{kind}"), timeout=2)
            return False
        self._count(edit, -1)
        if kind == UNDO:
            self.history.undo(self.report)
        else:
            self.history.redo(self.report)
        self._count(edit, +1)
        self._recheck(edit)
        self._changed(edits.paths(edit), kind, edit)
        return True

    def _count(self, edit, sign: int) -> None:
        """Take the items an edit touches out of the progress (-1) or put them back (+1): the
        progress follows each change without a walk over the whole report."""
        if self.progress is None:
            return
        if isinstance(edit, ResolveConflict) or _whole(edit):
            # An item added, moved, deleted or put back by a conflict's resolution (with what is
            # under it), or the header (the year decides which values count): count again from
            # the report, once, after the edit.
            if sign > 0:
                self.progress = compute(self.report)
            return
        scheme = self.report.scheme
        for path in edits.paths(edit):
            item = edits.resolve(self.report, path)
            count_item(self.progress, self.report, kind_of(path), item, scheme, sign,
                       path=path)

    def _recheck(self, edit) -> None:
        self._problem_items = None
        if self.live is None:
            return
        if any(path and path[0] == "report" for path in edits.paths(edit)):
            self.live = LiveCheck(self.report)  # the year or scheme may change every item
        else:
            self.live.touched(edit)

    def problems(self, path) -> list:
        """The live check's problems of one item (the detail pane shows them), but for a missing
        comment, which the progress already counts and the pane already says."""
        if self.live is None:
            return []
        return [p for p in self.live.problems(path) if not _counted(p)]

    def problem_items(self) -> set:
        """Items with a problem the progress does not already count ("needs attention");
        worked out once per change (the header asks after every key press)."""
        if self.live is None:
            return set()
        if self._problem_items is None:
            self._problem_items = {item_of(p.path) for p in self.live.all() if not _counted(p)}
        return self._problem_items

    def _changed(self, paths, kind: str, edit) -> None:
        self._schedule_copy()
        self._post(Session.Changed(list(paths), kind, edit))

    def replace(self, report: Report, *, dirty: bool, typed: recovery.Typed | None = None) -> bool:
        """Put `report` in place of the open one (reloaded or restored): a new undo history.
        `typed`: text of a restored box, opened again with it (Replaced.typed)."""
        if self.read_only and dirty:
            return not self.refused()  # restoring unsaved work is a change
        self.report = report
        self.history = History()
        if dirty:
            self.history.mark_unsaved()
        self.typed = None  # the boxes are built again; a restored one reports its text anew
        self.progress = compute(report)
        self.live = LiveCheck(report)
        self._problem_items = None
        self._schedule_copy()
        self._post(Session.Replaced(typed))
        return True

    # -- saving -------------------------------------------------------------------------------
    def save(self, *, checked: bool = False) -> bool:
        """Write the report to its file; False (and the reason shown) when it could not be.
        `checked`: the officer already chose to overwrite a file changed on disk."""
        if self.refused() or not (checked or self.may_save()):
            return False
        try:
            save_report(self.report, self.path)
        except (SaveError, OSError) as exc:
            self.app.notify(self._words("note.save_failed", reason=self.app.words.reason(exc)),
                            severity="error", timeout=15)
            return False
        self.history.mark_saved()
        self._stop_timer()
        self.seen = fingerprint(self.path)
        recovery.discard_recovery(self.path)
        if self.typed is not None:  # a box still holds text (not valid yet): still unsaved
            self._schedule_copy()
        self._post(Session.Saved(self.path))
        self.app.notify(self._words("note.saved", file=self.display_path), timeout=3)
        return True

    def move_to(self, path: Path) -> None:
        """The report's file is now `path` (save as): its identity is the new file's."""
        self.path = Path(path)
        self.display_path = display_path(self.path)
        self.seen = fingerprint(self.path)

    def reread(self) -> None:
        """The file on disk is what this session now shows (after a reload)."""
        self.seen = fingerprint(self.path)

    # -- the recovery copy --------------------------------------------------------------------
    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _schedule_copy(self) -> None:
        """After every change: copy the work a few seconds after the last one."""
        if self.read_only or self.report is None:
            return
        self._stop_timer()
        if self.dirty:
            delay = TYPING_DELAY if self.typed is not None else COPY_DELAY
            self._timer = self.app.set_timer(delay, self.write_copy, name="recovery-copy")
        else:  # undone back to what is saved: nothing to recover
            recovery.discard_recovery(self.path)

    def write_copy(self) -> None:
        self._timer = None
        if self.read_only or self.report is None:
            return
        if not self.dirty:  # nothing unsaved any more (typed text taken back, or saved)
            recovery.discard_recovery(self.path)
            return
        if self._threaded:
            loop = asyncio.get_running_loop()
            self.app.run_worker(lambda: self._copy_in_thread(loop), thread=True,
                                group="recovery", exclusive=True)
            return
        started = time.perf_counter()
        self.copy_now()
        self._threaded = time.perf_counter() - started > SLOW_COPY

    def copy_now(self) -> Path | None:
        """Write the recovery copy now (also on a signal or a crash); None when it failed."""
        if self.read_only or self.report is None or not self.dirty:
            return None
        try:
            return recovery.write_recovery(self.report, self.path, typed=self.typed)
        except Exception as exc:  # a full disk must not stop the editor: say it, keep going
            self.app.notify(self._words("note.recovery_failed", reason=self.app.words.reason(exc)),
                            severity="warning", timeout=8)
            return None

    def _copy_in_thread(self, loop: asyncio.AbstractEventLoop) -> None:
        # Back to the app with call_soon_threadsafe, never App.call_from_thread: that waits for
        # the app to run the call, and an editor stopping meanwhile (a closed terminal) never
        # does; the thread then waited forever and so did the process, at its exit.
        try:
            recovery.write_recovery(self.report, self.path, typed=self.typed)
        except Exception as exc:
            note = self._words("note.recovery_failed", reason=self.app.words.reason(exc))
            _soon(loop, lambda: self.app.notify(note, severity="warning", timeout=8))
        # Saved while the copy was written: the copy must not outlive the save.
        _soon(loop, self._drop_if_saved)

    def _drop_if_saved(self) -> None:
        if not self.dirty:
            recovery.discard_recovery(self.path)

    def discard(self) -> None:
        """The officer threw the changes away (quit without saving)."""
        self.typed = None
        self._stop_timer()
        if not self.read_only:
            recovery.discard_recovery(self.path)

    def close(self) -> None:
        self._stop_timer()


def _whole(edit) -> bool:
    """Edits the progress is counted again for, rather than item by item: structure (the item
    at its path is missing on one side) and the header (no item at all)."""
    return getattr(edit, "structural", False) or any(
        path and path[0] == "report" for path in edits.paths(edit))


COMMENT_MISSING = "(comment is missing)"  # validate.Validator.comment_needed's words


def _counted(problem) -> bool:
    """A problem the progress counts already (progress.COMMENT_MISSING, same rule)."""
    return problem.message.endswith(COMMENT_MISSING)


def _soon(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> None:
    try:
        loop.call_soon_threadsafe(callback)
    except RuntimeError:  # the loop is closed: the editor has stopped
        pass
