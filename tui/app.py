"""The yearend editor: one report file, navigated and filled in from the keyboard.

The app is where the parts meet: it makes the session (tui/session.py, the one owner of the
report), the main screen and the features (compare, safety, settings), and passes messages
between them. Widgets post ChangeRequested; the app hands it to the session, which applies it and
announces Session.Changed; the app then tells the screen and the features. Nothing here changes
the report itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from reportmodel.core import edits
from reportmodel.core.edits import EditError
from reportmodel.core.progress import COMMENT_MISSING, attention
from reportmodel.core.tree import Node
from reportmodel.io.recovery import Typed
from reportmodel.io.storage import Loaded, load_path
from tui.common.errors import ErrorScreen
from tui.common.help import HelpScreen
from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import SCALE_FIELDS, Look, kind_of, safe
from tui.common.messages import ChangeRequested, TextTyped
from tui.common.paths import display_path
from tui.common.quit import CANCEL, DISCARD, SAVE, QuitScreen
from tui.common.textual_private import CrashHooks
from tui.common.typeahead import TypeAhead
from tui.compare.mode import CompareMode
from tui.dashboard.legend import render as glance_legend
from tui.dashboard.matrix import RiskMatrix
from tui.dashboard.screens import DashboardScreen
from tui.editor.comment_editor import TextEditor
from tui.editor.detail import ItemForm
from tui.editor.fields import ScaleField
from tui.editor.outline import Outline
from tui.editor.screen import MainScreen
from tui.editor.search_bar import SearchBar
from tui.editor.structure.actions import is_structural
from tui.editor.structure.office_text import OfficeTextArea
from tui.editor.structure.sheet import ItemSheet
from tui.editor.structure.terms import describe as describe_structure
from tui.palette import EditorCommands
from tui.safety.reliability import Reliability
from tui.session import REDO, TYPING, UNDO, Session
from tui.settings.mixin import SettingsMixin
from tui.sharing.feature import Sharing

SCALE_FIELD_NAMES = {name for names in SCALE_FIELDS.values() for name in names}
__all__ = ["YearendApp", "display_path"]


class YearendApp(CrashHooks, SettingsMixin, App[int]):
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
        self.session = Session(self, Path(path))
        self.loaded = loaded
        # Tests and snapshots turn blinking off: a blinking cursor makes screenshots differ.
        self.cursor_blink = cursor_blink
        self.crash: BaseException | None = None  # an internal error that stopped the editor
        self.look: Look | None = None
        self.words = Words("sv")
        self.init_settings(settings, state)  # config.toml and state (tui/settings/mixin.py)
        self.words = Words(self.interface_language("sv"))
        self.reliability = Reliability(self, self.session)  # lock, changed-on-disk watch
        self.compare = CompareMode(self, self.session)
        self.sharing = Sharing(self, self.session)  # conflicts, git status, item history
        self.typeahead = TypeAhead(self)  # keys typed while a box opens go into the box

    # The session's, read-only here: only the session changes them.
    @property
    def report(self):
        return self.session.report

    @property
    def history(self):
        return self.session.history

    @property
    def progress(self):
        return self.session.progress

    @property
    def path(self) -> Path:
        return self.session.path

    @property
    def display_path(self) -> str:
        return self.session.display_path

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
        self.loaded = None  # the report lives on in the session; the problems list is done
        if loaded.report is None or loaded.errors:
            localize(self, self.words)
            return ErrorScreen(self.words, self.display_path, loaded.errors)
        self.session.open(loaded.report)
        self.words = Words(self.interface_language(loaded.report.meta.language))
        self.look = Look(loaded.report, self.words)
        localize(self, self.words)
        self.reliability.open()
        return self._main_screen()

    def _main_screen(self) -> MainScreen:
        screen = MainScreen(self.look, self.display_path, self.progress)
        screen.extra_filters = lambda: self.compare.filters() + self.sharing.filters()
        # Building the report (tui/editor/structure/): edits go to the session, the only writer.
        screen.do_edit = self.session.do
        screen.may_change = lambda: not self.session.refused()
        screen.problem_items = self.session.problem_items
        screen.problems_of = self.session.problems
        return screen

    @property
    def main(self) -> MainScreen | None:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _show_state(self, paths: list[tuple[str, ...]]) -> None:
        main = self.main
        if main is not None and self.progress is not None:
            main.after_change(paths, self.progress, self.session.dirty, self.session.read_only)

    # -- keys typed ahead of a box (tui/common/typeahead.py) ------------------------------------
    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded \
                and self.typeahead.keep(event):
            return
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        # A key on its way back up from the focused widget, before the bindings run.
        if self.typeahead.keep(event):
            event.prevent_default()
            event.stop()
        else:
            self.typeahead.key_pressed(event.key)

    def on_paste(self, event: events.Paste) -> None:
        if self.typeahead.keep(event):
            event.stop()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.typeahead.focused(event.widget)

    def on_text_typed(self, message: TextTyped) -> None:
        self.session.typing(Typed(tuple(message.path), message.field, message.text or "",
                                  message.year), unchanged=message.text is None)

    # -- what the screen asks for -------------------------------------------------------------
    async def on_change_requested(self, message: ChangeRequested) -> None:
        self.session.apply(message.change)
        if message.then_save:
            self.action_save()
        if message.done and self.main is not None:
            await self.main.form_done()

    def on_main_screen_ready(self) -> None:
        self.compare.screen_ready()  # `yearend edit --compare OLD`
        self.sharing.screen_ready()

    def on_main_screen_sharing_key(self, message: MainScreen.SharingKey) -> None:
        self.sharing.key(message.action, message.node)

    def on_main_screen_compare_key(self, message: MainScreen.CompareKey) -> None:
        if message.action == "match":
            self.compare.change_match(message.node)
        else:
            self.compare.accept_trend(message.node)

    # -- what the session announces -----------------------------------------------------------
    def on_session_changed(self, message: Session.Changed) -> None:
        if message.kind == TYPING:  # typed text made the work unsaved (or no longer)
            self._show_state([])
            return
        structural = is_structural(message.edit)
        if structural:
            main = self.main
            if main is not None:  # rows added, moved or deleted: the outline is built again
                main.structure_changed(message.edit, message.kind)
            if self.compare.on and getattr(message.edit, "structural", False):
                self.compare.rematch()
        else:
            self.compare.after_change(message.paths)  # before the rows: it may match again
        self._show_state([] if structural else message.paths)
        self.sharing.after_change(message)
        if message.kind == UNDO or message.kind == REDO:
            main = self.main
            if main is not None and not structural:
                # Show where the change was undone, as a text editor scrolls to it.
                main.go_to_path(message.edit.path)
            key = "note.undone" if message.kind == UNDO else "note.redone"
            self.notify(self.words(key, what=self._describe(message.edit)), timeout=3)
        else:
            self._hint_comment(message.edit)

    def on_session_saved(self, message: Session.Saved) -> None:
        main = self.main
        if main is not None and main.display_path != self.display_path:
            main.show_path(self.display_path)
        self._show_state([])
        self.sharing.after_save()

    async def on_session_replaced(self, message: Session.Replaced) -> None:
        report = self.report
        self.words = Words(self.interface_language(report.meta.language))
        self.look = Look(report, self.words)
        localize(self, self.words)
        main = self.main
        if main is not None:
            await main.rebuild(self.look, self.progress, self.history.dirty,
                               self.session.read_only)
        self.compare.rematch()  # another report: pair it with last year's again
        if message.typed is not None and main is not None:  # restored: the box, with its text
            main.reopen_box(message.typed.item, message.typed.field, message.typed.text,
                                  message.typed.year)

    def on_session_read_only_changed(self) -> None:
        self._show_state([])

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
        if is_structural(edit) and self.look is not None:
            return describe_structure(self.look, edit)
        try:
            item = edits.resolve(self.report, edit.path)
        except EditError:
            return ".".join(edit.path)
        field = getattr(edit, "field", "") or getattr(getattr(edit, "conflict", None), "field", "")
        return self.words("note.change", field=self.words.field(field), title=item.title)

    # -- keys ---------------------------------------------------------------------------------
    def action_undo(self) -> None:
        self.session.undo()

    def action_redo(self) -> None:
        self.session.redo()

    def action_save(self) -> None:
        main = self.main
        if main is not None:
            for change in main.take_pending():  # a value typed, Enter not yet pressed
                self.session.apply(change)
        self.session.save()

    async def action_quit(self) -> None:
        main = self.main
        if main is not None and main.ask_invalid(lambda: self.call_later(self.action_quit)):
            return  # a typed value that does not validate: fix it or discard it first
        if main is not None:
            for change in await main.end_form():  # typed, not committed: kept
                self.session.apply(change)
        if self.report is None or not self.session.dirty:
            self.exit(0)
            return
        if isinstance(self.screen, QuitScreen):
            return

        def chosen(choice: str | None) -> None:
            if choice == SAVE:
                if self.session.save():
                    self.exit(0)
            elif choice == DISCARD:
                self.session.discard()
                self.exit(0)
            elif choice in (CANCEL, None) and main is not None:
                main.focus_outline()

        self.push_screen(QuitScreen(self.words, self.display_path), chosen)

    def action_help_quit(self) -> None:
        # Textual's own says "Press [b]ctrl+q[/b]" in English, its markup shown raw here.
        self.notify(self.words("note.ctrl_c", keys=self.get_key_display(
            Binding("ctrl+q", "quit"))), timeout=4)

    def action_exit_now(self) -> None:
        self.exit(0)

    # -- the end ------------------------------------------------------------------------------
    def crashed(self, error: BaseException) -> None:
        self.reliability.crashed(error)  # the recovery copy and the crash log, then the lock

    def on_unmount(self) -> None:
        self.reliability.close()  # the lock goes with the editor

    # -- help and palette ---------------------------------------------------------------------
    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        legend = glance_legend(self.look, 2 if self.size.width >= 90 else 1) if self.look else None
        self.push_screen(HelpScreen(self.words, self.keymapped_sections(), self.get_key_display,
                                    legend))

    def key_sections(self) -> list[tuple[str, list[Binding]]]:
        def own(cls) -> list[Binding]:
            return [b for b in cls.BINDINGS if isinstance(b, Binding)]

        w = self.words
        palette = [Binding(self.COMMAND_PALETTE_BINDING, "command_palette", id="palette")]
        return [
            (w("help.global"), own(YearendApp) + own(MainScreen) + palette),
            (w("help.outline"), own(Outline)),
            (w("help.form"), own(ItemForm) + own(ScaleField)),
            (w("help.sheet"), own(ItemSheet)),
            (w("help.editor"), own(TextEditor) + own(OfficeTextArea) + [
                Binding("ctrl+z", "undo", id="editor_undo"),
                Binding("ctrl+y", "redo", id="editor_redo")]),
            (w("help.search"), own(SearchBar)),
            (w("help.dashboard"), own(DashboardScreen) + own(RiskMatrix)),
            (w("help.quit"), own(QuitScreen)),
        ]

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(placeholder=self.words("palette.placeholder"),
                                            id="--command-palette"))

    def current_node(self) -> Node | None:
        main = self.main
        return main.current if main is not None else None
