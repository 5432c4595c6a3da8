"""The yearend editor: one report file, navigated and filled in from the keyboard.

The app owns the report, its undo history and its file. It is the one place the report changes:
widgets post ChangeRequested, the app asks reportmodel.edits for a checked edit and applies it
through the History, then tells the screen what changed. Saving goes through `save()` alone, so
crash-recovery copies, a lock file or a changed-on-disk check can hook in there.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from reportmodel.core import edits
from reportmodel.core.edits import EditError, History
from reportmodel.core.model import Report
from reportmodel.core.problems import SaveError
from reportmodel.core.progress import COMMENT_MISSING, Progress, attention, compute, count_item
from reportmodel.io.storage import Loaded, load_path, save_report
from reportmodel.core.tree import Node

from tui.settings.mixin import SettingsMixin
from tui.palette import EditorCommands
from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import SCALE_FIELDS, Look, kind_of, safe
from tui.common.messages import ChangeRequested
from tui.safety.reliability import Reliability
from tui.common.errors import ErrorScreen
from tui.editor.screen import MainScreen
from tui.common.quit import CANCEL, DISCARD, SAVE, QuitScreen


SCALE_FIELD_NAMES = {name for names in SCALE_FIELDS.values() for name in names}


def display_path(path: Path) -> str:
    """The file as the officer would type it: relative to here when below, else with ~."""
    path = path.resolve()
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        pass
    home = Path.home().resolve()
    try:
        return "~" + os.sep + str(path.relative_to(home))
    except ValueError:
        return str(path)


class YearendApp(SettingsMixin, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "yearend"
    COMMANDS = {EditorCommands}
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="save"),
        Binding("ctrl+z", "undo", "Undo", show=False, id="undo"),
        Binding("ctrl+y", "redo", "Redo", show=False, id="redo"),
        Binding("f1,question_mark", "help", "Help", id="help"),
        Binding("p", "preview", "Preview", show=False, id="preview"),
        Binding("q", "quit", "Quit", id="quit"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit"),
    ]

    def __init__(self, path: str | os.PathLike[str], loaded: Loaded | None = None, *,
                 cursor_blink: bool = True, settings=None, state=None) -> None:
        super().__init__()
        self.path = Path(path)
        self.display_path = display_path(self.path)
        self.loaded = loaded
        # Tests and snapshots turn blinking off: a blinking cursor makes screenshots differ.
        self.cursor_blink = cursor_blink
        self.history = History()
        self.crash: BaseException | None = None  # an internal error that stopped the editor
        self.report: Report | None = None
        self.progress: Progress | None = None  # kept current edit by edit (_changing)
        self.look: Look | None = None
        self.words = Words("sv")
        self.init_settings(settings, state)  # config.toml and state (tui/app_settings.py)
        self.words = Words(self.interface_language("sv"))
        self.reliability = Reliability(self)  # recovery copy, lock, changed-on-disk watch

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = True) -> None:
        # Notifications carry titles, paths and typed text: never read them as markup (a
        # title with "[/b]" in it would otherwise raise). Widgets and screens end up here too.
        super().notify(safe(message), title=title, severity=severity, timeout=timeout,
                       markup=False)

    # -- start --------------------------------------------------------------------------------
    def get_default_screen(self) -> Screen:
        """The first screen is the report (or what is wrong with the file): no blank screen
        is built and painted first."""
        loaded = self.loaded if self.loaded is not None else load_path(self.path)
        self.loaded = None  # the report lives on in self.report; the problems list is done
        if loaded.report is None or loaded.errors:
            localize(self, self.words)
            return ErrorScreen(self.words, self.display_path, loaded.errors)
        self.report = loaded.report
        self.words = Words(self.interface_language(self.report.meta.language))
        self.look = Look(self.report, self.words)
        localize(self, self.words)
        self.progress = compute(self.report)
        self.reliability.open()
        return MainScreen(self.look, self.display_path, self.progress)

    @property
    def main(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _show_state(self, paths: list[tuple[str, ...]]) -> None:
        main = self.main
        if main is not None and self.report is not None:
            if self.progress is None:
                self.progress = compute(self.report)
            main.after_change(paths, self.progress, self.history.dirty)
        self.reliability.changed()

    def _changing(self, edit, sign: int) -> None:
        """Take the items an edit touches out of the progress (-1) or put them back (+1): the
        progress follows each change without a walk over the whole report."""
        if self.progress is None or self.look is None:
            return
        for path in edits.paths(edit):
            item = edits.resolve(self.report, path)
            count_item(self.progress, self.report, kind_of(path), item, self.look.scheme, sign)

    # -- the one place the report changes -----------------------------------------------------
    async def on_change_requested(self, message: ChangeRequested) -> None:
        self.apply(message.change)
        if message.then_save:
            self.action_save()
        if message.done and self.main is not None:
            await self.main.form_done()

    def apply(self, change) -> bool:
        if self.report is None or self.reliability.refused():
            return False
        try:
            if change.year is not None:
                edit = edits.change_value(self.report, change.path, change.year, change.field,
                                          change.value)
            else:
                edit = edits.change(self.report, change.path, change.field, change.value)
        except EditError as exc:
            self.notify(self.words("note.edit_refused", reason=str(exc)), severity="error")
            return False
        self._changing(edit, -1)
        done = self.history.do(self.report, edit)
        self._changing(edit, +1)
        if not done:
            return False
        self._show_state(edits.paths(edit))
        self._hint_comment(edit)
        return True

    def _hint_comment(self, edit) -> None:
        """A value that requires a comment was just set on an item without one: say so, with
        the key that writes it, rather than leave the officer to find the red mark."""
        if self.look is None or getattr(edit, "field", "") not in SCALE_FIELD_NAMES:
            return
        item = edits.resolve(self.report, edit.path)
        node = Node(kind_of(edit.path), item, edit.path, 0)
        if COMMENT_MISSING in attention(self.report, node.kind, item, self.look.scheme):
            scale = self.look.scale_for(node, edit.field)
            label = scale.label(edit.after, self.look.lang) if scale else ""
            self.notify(self.words("note.comment_needed", value=label), timeout=4)

    def _describe(self, edit) -> str:
        try:
            item = edits.resolve(self.report, edit.path)
        except EditError:
            return ".".join(edit.path)
        field = getattr(edit, "field", "")
        return self.words("note.change", field=self.words.field(field), title=item.title)

    def action_undo(self) -> None:
        self._step(undo=True)

    def action_redo(self) -> None:
        self._step(undo=False)

    def _step(self, undo: bool) -> None:
        if self.report is None or self.reliability.refused():
            return
        edit = self.history.peek_undo() if undo else self.history.peek_redo()
        if edit is None:
            self.notify(self.words("note.nothing_to_undo" if undo else "note.nothing_to_redo"),
                        timeout=2)
            return
        self._changing(edit, -1)
        if undo:
            self.history.undo(self.report)
        else:
            self.history.redo(self.report)
        self._changing(edit, +1)
        self._show_state(edits.paths(edit))
        main = self.main
        if main is not None:
            # Show where the change was undone, as a text editor scrolls to it.
            main.outline.go_to_path(edit.path)
        key = "note.undone" if undo else "note.redone"
        self.notify(self.words(key, what=self._describe(edit)), timeout=3)

    # -- saving and quitting ------------------------------------------------------------------
    def save(self) -> bool:
        """Write the report to its file; False (and the reason shown) when it could not be."""
        if self.report is None or not self.reliability.may_save():
            return False
        try:
            save_report(self.report, self.path)
        except (SaveError, OSError) as exc:
            self.notify(self.words("note.save_failed", reason=str(exc)), severity="error",
                        timeout=15)
            return False
        self.history.mark_saved()
        self.reliability.saved()
        self._show_state([])
        self.notify(self.words("note.saved", file=self.display_path), timeout=3)
        return True

    def action_save(self) -> None:
        main = self.main
        if main is not None:
            for change in main.detail.take_pending():  # a value typed, Enter not yet pressed
                self.apply(change)
        self.save()

    async def action_quit(self) -> None:
        main = self.main
        if main is not None:
            for change in await main.detail.close_form():  # typed, not committed: kept
                self.apply(change)
        if self.report is None or not self.history.dirty:
            self.exit(0)
            return
        if isinstance(self.screen, QuitScreen):
            return

        def chosen(choice: str | None) -> None:
            if choice == SAVE:
                if self.save():
                    self.exit(0)
            elif choice == DISCARD:
                self.reliability.discard()
                self.exit(0)
            elif choice in (CANCEL, None) and main is not None:
                main.outline.focus()

        self.push_screen(QuitScreen(self.words, self.display_path), chosen)

    def action_exit_now(self) -> None:
        self.exit(0)

    # -- internal errors ----------------------------------------------------------------------
    def _handle_exception(self, error: Exception) -> None:
        # Textual has no public hook for this. Keep the error for the command line, which writes
        # a crash log and says so in one line (yearend never shows a traceback to an officer);
        # crash-recovery copies of unsaved work belong here too.
        self.crash = error
        self.reliability.crashed(error)  # the recovery copy and the crash log, then the lock
        super()._handle_exception(error)

    def on_unmount(self) -> None:
        self.reliability.close()  # the lock goes with the editor

    def _fatal_error(self) -> None:
        self.bell()
        self._close_messages_no_wait()

    # -- help and palette ---------------------------------------------------------------------
    def action_help(self) -> None:
        from tui.common.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.words, self.keymapped_sections(), self.get_key_display))

    def key_sections(self) -> list[tuple[str, list[Binding]]]:
        from tui.common.quit import QuitScreen
        from tui.editor.comment_editor import TextEditor
        from tui.editor.detail import ItemForm
        from tui.editor.fields import ScaleField
        from tui.editor.outline import Outline
        from tui.editor.search_bar import SearchBar

        def own(cls) -> list[Binding]:
            return [b for b in cls.BINDINGS if isinstance(b, Binding)]

        w = self.words
        palette = [Binding(self.COMMAND_PALETTE_BINDING, "command_palette", id="palette")]
        return [
            (w("help.global"), own(YearendApp) + own(MainScreen) + palette),
            (w("help.outline"), own(Outline)),
            (w("help.form"), own(ItemForm) + own(ScaleField)),
            (w("help.editor"), own(TextEditor) + [
                Binding("ctrl+z", "undo", id="editor_undo"),
                Binding("ctrl+y", "redo", id="editor_redo")]),
            (w("help.search"), own(SearchBar)),
            (w("help.quit"), own(QuitScreen)),
        ]

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.words("palette.placeholder"),
                                            id="--command-palette"))

    # -- for the command palette --------------------------------------------------------------
    def current_node(self) -> Node | None:
        main = self.main
        return main.outline.current if main is not None else None
