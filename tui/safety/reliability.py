"""What keeps an officer's work safe while the editor runs: the lock that tells a second editor
who has the file, a watch on the file for changes made by other programs, the recovery copy
offered at start, and what happens when the editor itself fails or is stopped.

The app calls in at `open()` when the report is loaded and at `crashed()`/`close()` at the end;
the session asks `may_save()` before each save. The session owns the report, the recovery copy's
schedule and the file's identity on disk; this module decides when to ask the officer and what
they are told, and changes the report only through the session (replace, save, read-only).
"""

from __future__ import annotations

import asyncio
import os
import signal
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from reportmodel.core.edits import EditError, resolve
from reportmodel.io import lock, recovery
from reportmodel.io.crashlog import write_crash_log
from reportmodel.io.atomic import UnsafeTarget, inspect_target
from reportmodel.io.fileinfo import DELETED, SAME, changed_since, disk_state
from reportmodel.io.storage import load_path
from tui.common.look import safe
from tui.safety import prompts
from tui.safety.differences import describe_holder, differences

if TYPE_CHECKING:
    from tui.session import Session

POLL_EVERY = 2.0  # seconds between looks at the file on disk (a stat; a hash only on a change)


class Reliability:
    def __init__(self, app: App, session: Session) -> None:
        self.app = app  # for prompts, timers and notes
        self.session = session
        session.may_save = self.may_save
        self.holder: lock.LockInfo | None = None  # who has the file, when we do not
        self.locked = False  # we hold the lock
        self.disk_changed = False
        self.crash_copy: Path | None = None
        self.crash_log: Path | None = None

    @property
    def read_only(self) -> bool:
        return self.session.read_only

    # -- opening ------------------------------------------------------------------------------
    def open(self) -> None:
        """The report is loaded: take the lock, remember the file, then ask what must be asked."""
        path = self.session.path
        try:
            lock.acquire(path)  # a stale lock (its process gone) is taken over here
            self.locked = True
        except lock.LockHeld as held:
            self.holder = held.holder
        except OSError:
            pass  # a directory we cannot write: saving will say so; reading is still useful
        self.app.set_interval(POLL_EVERY, self.poll, name="disk-watch")
        self._catch_signals()
        self.app.call_later(self._ask)

    def _ask(self) -> None:
        w = self.app.words
        if self.holder is not None:
            def chosen(answer: str | None) -> None:
                if answer == prompts.QUIT:
                    self.app.exit(0)
                    return
                note = w("note.read_only", holder=describe_holder(w, self.holder))
                self.session.set_read_only(True, note)
                self.app.notify(note, severity="warning", timeout=8)

            self.app.push_screen(prompts.LockedPrompt(w, self.session.display_path,
                                                      describe_holder(w, self.holder)), chosen)
            return  # the holder's unsaved work is theirs: no recovery offered here
        self.offer_recovery()

    def offer_recovery(self) -> None:
        app, w, session = self.app, self.app.words, self.session
        found = recovery.find_recovery(session.path)
        if found is None or session.report is None or recovery.is_current(session.report, found):
            return
        recovered = recovery.load_recovery(found)
        if recovered is None:
            app.notify(w("note.recovery_unreadable", path=str(found.path)), severity="warning")
            return
        when = found.written.strftime("%Y-%m-%d %H:%M")
        lines = differences(w, session.report, recovered)
        typed = found.typed
        if typed is not None:
            lines.append(typed_line(w, recovered, typed))

        def chosen(answer: str | None) -> None:
            if answer == prompts.RESTORE:
                # After the prompt is gone: the main screen is replaced, not the prompt.
                if session.replace(recovered, dirty=True, typed=typed):
                    app.notify(w("note.restored"), timeout=6)
            elif answer == prompts.DISCARD:
                recovery.discard_recovery(session.path)
                app.notify(w("note.recovery_discarded"), timeout=3)
            else:
                app.notify(w("note.recovery_kept"), timeout=5)

        app.push_screen(prompts.RecoveryPrompt(w, session.display_path, when, lines), chosen)

    # -- the file on disk ---------------------------------------------------------------------
    def poll(self) -> None:
        session = self.session
        if self.disk_changed or session.report is None:
            return
        state = disk_state(session.path, session.seen)
        if state != SAME:
            self.disk_changed = True
            if self.read_only and state != DELETED:  # nothing of ours: show the other's save
                self.reload()
                return
            key = "note.file_deleted" if state == DELETED else "note.changed_on_disk"
            self.app.notify(self.app.words(key, file=session.display_path),
                            severity="warning", timeout=10)

    def may_save(self) -> bool:
        """Asked by the session before a save: go ahead unless the file changed on disk since
        it was read or saved here, or it may not be written (read-only); then ask the officer
        what to do."""
        state = disk_state(self.session.path, self.session.seen)
        if state == DELETED:
            self.disk_changed = True
            self.ask_deleted()
            return False
        if state != SAME:
            self.disk_changed = True
            self.ask_changed_on_disk()
            return False
        return self._writable()

    def _writable(self) -> bool:
        """The file may be written; else the officer is told why and offered save as."""
        w, path = self.app.words, self.session.path
        try:
            inspect_target(path, may_hold_report=True)
        except UnsafeTarget as exc:
            try:
                st = os.stat(path)
            except OSError:
                st = None
            if st is not None and stat.S_ISREG(st.st_mode):
                question = w("readonly.question", file=safe(self.session.display_path),
                             mode=stat.filemode(st.st_mode))
            else:
                question = w("unsafe.question", file=safe(self.session.display_path),
                             reason=safe(w.reason(exc)))
            self._offer_save_as(w("readonly.title"), question)
            return False
        return True

    def _offer_save_as(self, title: str, question: str, *, again: bool = False) -> None:
        app, w, session = self.app, self.app.words, self.session
        if isinstance(app.screen, prompts.SaveAsPrompt):
            return

        def chosen(answer: str | None) -> None:
            if answer == prompts.SAVE_AS:
                app.push_screen(prompts.SaveAsScreen(w, str(session.path)), self.save_as)
            elif answer == prompts.SAVE_AGAIN:
                self._save(checked=True)

        app.push_screen(prompts.SaveAsPrompt(w, title, question, again=again), chosen)

    def ask_deleted(self) -> None:
        w = self.app.words
        self._offer_save_as(w("deleted.title"),
                            w("deleted.question", file=safe(self.session.display_path)),
                            again=True)

    def _save(self, *, checked: bool = False) -> bool:
        if self.session.save(checked=checked):
            self.disk_changed = False
            return True
        return False

    def ask_changed_on_disk(self) -> None:
        app, w, session = self.app, self.app.words, self.session
        if isinstance(app.screen, prompts.ChangedOnDiskPrompt):
            return
        on_disk = load_path(session.path)
        if on_disk.report is not None and not on_disk.errors and session.report is not None:
            lost = differences(w, on_disk.report, session.report)
        else:
            lost = []
        backup = session.path.name + ".bak"

        def chosen(answer: str | None) -> None:
            if answer == prompts.OVERWRITE:
                self._save(checked=True)
            elif answer == prompts.RELOAD:
                app.call_later(self.reload)
            elif answer == prompts.SAVE_AS:
                app.push_screen(prompts.SaveAsScreen(w, str(session.path)), self.save_as)

        app.push_screen(prompts.ChangedOnDiskPrompt(w, session.display_path, lost, backup),
                        chosen)

    def reload(self) -> None:
        app, w, session = self.app, self.app.words, self.session
        loaded = load_path(session.path)
        if loaded.report is None or loaded.errors:
            # The problem's own words (file:line: message), never the dataclass's repr.
            reason = loaded.errors[0].format(session.display_path) if loaded.errors else "?"
            app.notify(w("note.reload_failed", file=session.display_path, reason=reason),
                       severity="error", timeout=15)
            return
        session.reread()
        self.disk_changed = False
        if not self.read_only:
            recovery.discard_recovery(session.path)
        session.replace(loaded.report, dirty=False)
        app.notify(w("note.reloaded", file=session.display_path), timeout=4)

    def save_as(self, target: str | None) -> None:
        app, w, session = self.app, self.app.words, self.session
        if not target:
            return
        new = Path(target).expanduser()
        if new.resolve() == session.path.resolve():
            self._save(checked=True)
            return
        if new.exists():
            app.notify(w("save_as.exists", file=safe(str(new))), severity="error", timeout=8)
            return
        try:
            lock.acquire(new)
        except lock.LockHeld as held:
            app.notify(w("note.lock_other", file=safe(str(new)),
                         holder=describe_holder(w, held.holder)), severity="error", timeout=8)
            return
        except OSError:
            pass  # the save itself will say what is wrong with the place
        old = session.path
        session.move_to(new)
        if self._save(checked=True):
            recovery.discard_recovery(old)
            if self.locked:
                lock.release(old)
            self.locked = True
        else:
            lock.release(new)
            session.move_to(old)

    # -- the end ------------------------------------------------------------------------------
    STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)  # `kill`, a closed terminal or ssh session

    def _catch_signals(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in self.STOP_SIGNALS:
                loop.add_signal_handler(signum, self.terminated, signum)
        except (RuntimeError, NotImplementedError, ValueError):
            pass  # no running loop, not the main thread, or Windows: the timed copy still runs

    def terminated(self, signum: int) -> None:
        """Asked to stop (not killed): copy the unsaved work now, then stop as on quit."""
        self.session.copy_now()
        self.app.exit(128 + signum, return_code=128 + signum)

    def crashed(self, error: BaseException) -> None:
        """An internal error stops the editor: keep the unsaved work and the traceback, each in
        a file, for the one message printed once the terminal is back."""
        try:
            self.crash_copy = self.session.copy_now()
        except Exception:
            self.crash_copy = None
        self.crash_log = write_crash_log(error)
        self.close()

    def close(self) -> None:
        try:
            loop = asyncio.get_running_loop()
            for signum in self.STOP_SIGNALS:
                loop.remove_signal_handler(signum)
        except (RuntimeError, NotImplementedError, ValueError):
            pass
        self.session.close()
        if self.locked:
            try:
                lock.release(self.session.path)
            except OSError:
                pass
            self.locked = False


def typed_line(w, report, typed: recovery.Typed) -> str:
    """The restore prompt's line for text typed in a box: which box, which item, the text."""
    try:
        from_report = resolve(report, typed.item)
    except EditError:  # the item is not in the copy's report: name it by its path
        from_report = None
    title = getattr(from_report, "title", None) or ".".join(typed.item)
    if typed.item == ("",):  # the report header's sheet (tui.editor.structure.sheet.HEADER_PATH)
        title = w("sheet.header")
    text = typed.text if len(typed.text) <= 200 else typed.text[:200] + "…"
    return w("recovery.typed", field=w.field(typed.field), title=safe(title), text=safe(text))
