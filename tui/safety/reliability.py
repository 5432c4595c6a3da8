"""What keeps an officer's work safe while the editor runs: a recovery copy of unsaved work, the
lock that tells a second editor who has the file, a watch on the file for changes made by other
programs, and what happens when the editor itself fails.

The app calls in at four points: `open()` when the report is loaded, `changed()` after every
change, `may_save()`/`saved()` around its one save, and `crashed()`/`close()` at the end. The
model side (copies, locks, fingerprints) is reportmodel.recovery, .lock and .fileinfo; this
module decides when to use them and what the officer is told.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path
from typing import TYPE_CHECKING

from reportmodel.io import lock, recovery
from reportmodel.core.edits import History
from reportmodel.io.fileinfo import Fingerprint, changed_since, fingerprint
from reportmodel.core.model import Report
from reportmodel.core.progress import compute
from reportmodel.io.storage import load_path

from tui.safety.differences import describe_holder, differences
from tui.common.look import Look, safe
from tui.safety import prompts

if TYPE_CHECKING:
    from tui.app import YearendApp

COPY_DELAY = 3.0  # seconds after the last change: typing is not interrupted by disk writes
POLL_EVERY = 2.0  # seconds between looks at the file on disk (a stat; a hash only on a change)
SLOW_COPY = 0.05  # a copy that took longer than this is written in a thread from then on


class Reliability:
    def __init__(self, app: YearendApp) -> None:
        self.app = app
        self.read_only = False
        self.holder: lock.LockInfo | None = None  # who has the file, when we do not
        self.locked = False  # we hold the lock
        self.seen: Fingerprint | None = None  # the file as last read or saved here
        self.disk_changed = False
        self.overwrite = False  # the officer chose to overwrite a file changed on disk
        self.crash_copy: Path | None = None
        self.crash_log: Path | None = None
        self._timer = None
        self._threaded = False

    # -- opening ------------------------------------------------------------------------------
    def open(self) -> None:
        """The report is loaded: take the lock, remember the file, then ask what must be asked."""
        path = self.app.path
        try:
            lock.acquire(path)  # a stale lock (its process gone) is taken over here
            self.locked = True
        except lock.LockHeld as held:
            self.holder = held.holder
        except OSError:
            pass  # a directory we cannot write: saving will say so; reading is still useful
        self.seen = fingerprint(path)
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
                self.read_only = True
                self._show_header()
                self.app.notify(w("note.read_only", holder=describe_holder(w, self.holder)),
                                severity="warning", timeout=8)

            self.app.push_screen(prompts.LockedPrompt(w, self.app.display_path,
                                                      describe_holder(w, self.holder)), chosen)
            return  # the holder's unsaved work is theirs: no recovery offered here
        self.offer_recovery()

    def offer_recovery(self) -> None:
        app, w = self.app, self.app.words
        found = recovery.find_recovery(app.path)
        if found is None or app.report is None or recovery.is_current(app.report, found):
            return
        recovered = recovery.load_recovery(found)
        if recovered is None:
            app.notify(w("note.recovery_unreadable", path=str(found.path)), severity="warning")
            return
        when = found.written.strftime("%Y-%m-%d %H:%M")
        lines = differences(w, app.report, recovered)

        def chosen(answer: str | None) -> None:
            if answer == prompts.RESTORE:
                # After the prompt is gone: the main screen is replaced, not the prompt.
                app.call_later(self.replace_report, recovered, dirty=True)
                app.notify(w("note.restored"), timeout=6)
            elif answer == prompts.DISCARD:
                recovery.discard_recovery(app.path)
                app.notify(w("note.recovery_discarded"), timeout=3)
            else:
                app.notify(w("note.recovery_kept"), timeout=5)

        app.push_screen(prompts.RecoveryPrompt(w, app.display_path, when, lines), chosen)

    def replace_report(self, report: Report, *, dirty: bool) -> None:
        """Show `report` in place of the one open (restored or reloaded); a new undo history."""
        from tui.common.i18n import Words
        from tui.editor.screen import MainScreen

        app = self.app
        app.report = report
        language = report.meta.language
        chosen = getattr(app, "interface_language", None)  # the officer's setting, if any
        app.words = Words(chosen(language) if chosen else language)
        app.look = Look(report, app.words)
        app.history = History()
        if dirty:
            app.history.mark_unsaved()
        app.progress = compute(report)
        screen = MainScreen(app.look, app.display_path, app.progress)
        old = app.screen
        if not old._result_callbacks:
            # Textual installs the default screen without a result callback, and switch_screen
            # pops one from the screen it replaces (an IndexError otherwise).
            old._push_result_callback(old, None)
        app.switch_screen(screen)
        app.call_after_refresh(self._show_header)
        self.changed()

    def _show_header(self) -> None:
        main = self.app.main
        if main is not None and self.app.progress is not None:
            main.header.update_state(self.app.progress, self.app.history.dirty)

    # -- read-only ----------------------------------------------------------------------------
    def refused(self) -> bool:
        """True (and the officer told why) when the report may not be changed here."""
        if not self.read_only:
            return False
        w = self.app.words
        self.app.notify(w("note.read_only", holder=describe_holder(w, self.holder))
                        if self.holder else w("read_only"), severity="error", timeout=6)
        return True

    # -- the recovery copy --------------------------------------------------------------------
    def changed(self) -> None:
        """After every change: copy the work a few seconds after the last one."""
        if self.read_only or self.app.report is None:
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.app.history.dirty:
            self._timer = self.app.set_timer(COPY_DELAY, self.write_copy, name="recovery-copy")
        else:  # undone back to what is saved: nothing to recover
            recovery.discard_recovery(self.app.path)

    def write_copy(self) -> None:
        self._timer = None
        if self.read_only or self.app.report is None or not self.app.history.dirty:
            return
        if self._threaded:
            self.app.run_worker(self._copy_in_thread, thread=True, group="recovery",
                                exclusive=True)
            return
        started = time.perf_counter()
        self._copy()
        self._threaded = time.perf_counter() - started > SLOW_COPY

    def _copy(self) -> Path | None:
        try:
            return recovery.write_recovery(self.app.report, self.app.path)
        except Exception as exc:  # a full disk must not stop the editor: say it, keep going
            self.app.notify(self.app.words("note.recovery_failed", reason=str(exc)),
                            severity="warning", timeout=8)
            return None

    def _copy_in_thread(self) -> None:
        try:
            recovery.write_recovery(self.app.report, self.app.path)
        except Exception as exc:
            reason = str(exc)
            self.app.call_from_thread(self.app.notify, self.app.words(
                "note.recovery_failed", reason=reason), severity="warning", timeout=8)
        # Saved while the copy was written: the copy must not outlive the save.
        self.app.call_from_thread(self._drop_if_saved)

    def _drop_if_saved(self) -> None:
        if not self.app.history.dirty:
            recovery.discard_recovery(self.app.path)

    def discard(self) -> None:
        """The officer threw the changes away (quit without saving)."""
        if self._timer is not None:
            self._timer.stop()
        if not self.read_only:
            recovery.discard_recovery(self.app.path)

    # -- the file on disk ---------------------------------------------------------------------
    def poll(self) -> None:
        if self.disk_changed or self.app.report is None:
            return
        if changed_since(self.app.path, self.seen):
            self.disk_changed = True
            if self.read_only:  # nothing of ours to lose: show what the other editor saved
                self.reload()
                return
            self.app.notify(self.app.words("note.changed_on_disk", file=self.app.display_path),
                            severity="warning", timeout=10)

    def may_save(self) -> bool:
        """Before a save: refuse in read-only mode; ask when the file changed on disk."""
        if self.refused():
            return False
        if self.overwrite:
            self.overwrite = False
            return True
        if not changed_since(self.app.path, self.seen):
            return True
        self.disk_changed = True
        self.ask_changed_on_disk()
        return False

    def ask_changed_on_disk(self) -> None:
        app, w = self.app, self.app.words
        if isinstance(app.screen, prompts.ChangedOnDiskPrompt):
            return
        on_disk = load_path(app.path)
        if on_disk.report is not None and not on_disk.errors and app.report is not None:
            lost = differences(w, on_disk.report, app.report)
        else:
            lost = []
        backup = app.path.name + ".bak"

        def chosen(answer: str | None) -> None:
            if answer == prompts.OVERWRITE:
                self.overwrite = True
                app.save()
            elif answer == prompts.RELOAD:
                app.call_later(self.reload)
            elif answer == prompts.SAVE_AS:
                app.push_screen(prompts.SaveAsScreen(w, str(app.path)), self.save_as)

        app.push_screen(prompts.ChangedOnDiskPrompt(w, app.display_path, lost, backup), chosen)

    def reload(self) -> None:
        app, w = self.app, self.app.words
        loaded = load_path(app.path)
        if loaded.report is None or loaded.errors:
            reason = str(loaded.errors[0]) if loaded.errors else "?"
            app.notify(w("note.reload_failed", file=app.display_path, reason=reason),
                       severity="error", timeout=15)
            return
        self.seen = fingerprint(app.path)
        self.disk_changed = False
        recovery.discard_recovery(app.path)
        self.replace_report(loaded.report, dirty=False)
        app.notify(w("note.reloaded", file=app.display_path), timeout=4)

    def save_as(self, target: str | None) -> None:
        from tui.app import display_path

        app, w = self.app, self.app.words
        if not target:
            return
        new = Path(target).expanduser()
        if new.resolve() == app.path.resolve():
            self.overwrite = True
            app.save()
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
        old = app.path
        app.path, app.display_path = new, display_path(new)
        self.seen = fingerprint(new)
        self.disk_changed = False
        if app.save():
            recovery.discard_recovery(old)
            if self.locked:
                lock.release(old)
            self.locked = True
            main = app.main
            if main is not None:
                main.header.display_path = main.detail.display_path = app.display_path
                main.header.refresh()
        else:
            lock.release(new)
            app.path, app.display_path = old, display_path(old)

    def saved(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.seen = fingerprint(self.app.path)
        self.disk_changed = False
        recovery.discard_recovery(self.app.path)

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
        if self.app.report is not None and self.app.history.dirty and not self.read_only:
            self._copy()
        self.app.exit(128 + signum, return_code=128 + signum)

    def crashed(self, error: BaseException) -> None:
        """An internal error stops the editor: keep the unsaved work and the traceback, each in
        a file, for the one message printed once the terminal is back."""
        from reportmodel.io.crashlog import write_crash_log

        app = self.app
        if app.report is not None and app.history.dirty and not self.read_only:
            try:
                self.crash_copy = recovery.write_recovery(app.report, app.path)
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
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.locked:
            try:
                lock.release(self.app.path)
            except OSError:
                pass
            self.locked = False
