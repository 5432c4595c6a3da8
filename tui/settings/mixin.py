"""The app's settings, memory, preview and export: a mixin of YearendApp, kept out of app.py.

Settings (tui/settings.py) are read when the app is made: the language (the report's unless the
officer chose one), the theme and the keymap (Textual's, by binding id). The state remembers the
last report and the item selected in it, written at start and on exit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.binding import Binding
from textual.css.query import NoMatches

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import Look
from tui.output.export import ExportScreen, default_target
from tui.output.preview import PreviewScreen
from tui.settings.config import LANGUAGES, LoadedSettings, Settings, State, load_settings, \
    save_settings
from tui.settings.screen import SettingsScreen

# Ids that are only in the bindings built per digit; known ids come from the help's sections.
_DIGIT_IDS = {f"set_value_{n}" for n in range(2, 10)}
# Listed in the help but not real bindings of ours (Textual's palette binding and the text
# box's own undo have no id a keymap can reach): rebinding them would silently do nothing.
_NOT_REBINDABLE = {"palette", "editor_undo", "editor_redo"}


class SettingsMixin:
    """Needs YearendApp's session, report, path, words, look, main and key_sections."""

    def init_settings(self, settings: LoadedSettings | None, state: State | None) -> None:
        self.state = state if state is not None else State()
        if settings is None:
            settings = load_settings(themes=set(self.available_themes),
                                     binding_ids=self.binding_ids())
        self.loaded_settings = settings
        self.settings: Settings = settings.settings
        if self.settings.theme:
            self.theme = self.settings.theme
        if self.settings.keys:
            self.set_keymap(self.settings.keys)

    def binding_ids(self) -> set[str]:
        ids = {b.id for _title, bindings in self.key_sections() for b in bindings if b.id}
        return (ids | _DIGIT_IDS) - _NOT_REBINDABLE

    def interface_language(self, report_language: str) -> str:
        return report_language if self.settings.language == "auto" else self.settings.language

    # -- at start and on exit -----------------------------------------------------------------
    def on_mount(self) -> None:
        if self.loaded_settings.problems:
            self.notify(self.words("settings.problems",
                                   problems="\n".join(
                                       self.loaded_settings.messages(self.words.lang))),
                        severity="warning", timeout=20)
        if self.report is None:
            return
        self.state.remember(self.path)
        self.state.save()
        last = self.state.last_item(self.path)
        main = self.main
        if last and main is not None:
            main.call_after_refresh(self._reopen_at, last)

    def _reopen_at(self, path: tuple[str, ...]) -> None:
        main = self.main
        if main is not None and main.is_attached:
            main.go_to_path(path)  # False (and the first row) when the item has gone

    def remember_here(self) -> None:
        main = self.main
        if self.report is None or main is None or not main.is_attached:
            return
        try:
            node = main.current
        except NoMatches:  # exit called again while the screen is being taken down
            return
        self.state.remember(self.path, node.path if node is not None else None)
        self.state.save()

    def exit(self, *args, **kwargs) -> None:
        self.remember_here()
        super().exit(*args, **kwargs)

    # -- keys in the help: as rebound ---------------------------------------------------------
    def keymapped_sections(self) -> list[tuple[str, list[Binding]]]:
        keys = self.settings.keys
        return [(title, [dataclasses.replace(b, key=keys[b.id]) if b.id in keys else b
                         for b in bindings]) for title, bindings in self.key_sections()]

    # -- language -----------------------------------------------------------------------------
    async def set_language(self, language: str) -> None:
        """Speak `language` ("auto": the report's) from now on: the main screen is built again
        in the new words, at the same item; undo history and unsaved changes are kept (what is
        typed in an open form goes to the session first, like any change)."""
        main = self.main
        if self.report is None or main is None:
            return
        self.settings.language = language
        words = Words(self.interface_language(self.report.meta.language))
        if words.lang == self.words.lang:
            return
        for change in await main.end_form():
            self.session.apply(change)
        self.words = words
        self.look = Look(self.report, words)
        localize(self, words)
        await main.rebuild(self.look, self.progress, self.history.dirty, self.session.read_only)
        # The new outline and detail have no comparison marks yet: put them back, worded anew.
        self.compare.reshow()

    def store_settings(self) -> None:
        """Save the settings, unless the file had errors (it is the officer's to fix; writing
        the defaults over it would lose what they wrote)."""
        w = self.words
        path = self.loaded_settings.path
        if self.loaded_settings.problems:
            self.notify(w("settings.not_saved_broken", file=str(path)), severity="warning",
                        timeout=8)
            return
        try:
            save_settings(self.settings, path)
        except OSError as exc:
            self.notify(w("settings.save_failed", file=str(path),
                          reason=exc.strerror or w.reason(exc)), severity="error", timeout=10)
            return
        self.notify(w("settings.saved", file=str(path)), timeout=3)

    async def choose_language(self, language: str) -> None:
        await self.set_language(language)
        self.store_settings()

    def action_settings(self) -> None:
        async def chosen(new: Settings | None) -> None:
            if new is None:
                return
            self.theme = new.theme
            self.settings.theme = new.theme
            await self.set_language(new.language)
            self.store_settings()

        self.push_screen(SettingsScreen(self.settings, sorted(self.available_themes),
                                        self.theme, str(self.loaded_settings.path), self.words),
                         chosen)

    # -- preview and export -------------------------------------------------------------------
    def action_preview(self, mode: str = "item") -> None:
        node = self.current_node()
        if self.report is None or node is None:
            self.notify(self.words("preview.nothing"), timeout=3)
            return
        self.push_screen(PreviewScreen(self.report, node, self.words, mode))

    def action_export(self) -> None:
        if self.report is None:
            return
        target = default_target(Path(self.display_path))
        self.push_screen(ExportScreen(self.report, self.path, str(target), self.words))

    # -- for the command palette --------------------------------------------------------------
    def settings_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        w = self.words
        out: list[tuple[str, str, Callable[[], object]]] = [
            (w("palette.preview_item"), "", partial(self.action_preview, "item")),
            (w("palette.preview_part"), "", partial(self.action_preview, "part")),
            (w("palette.export"), "", self.action_export),
            (w("palette.settings"), "", self.action_settings),
        ]
        for language in LANGUAGES:
            out.append((w("palette.language", name=w(f"settings.language.{language}")), "",
                        partial(self.choose_language, language)))
        return out
