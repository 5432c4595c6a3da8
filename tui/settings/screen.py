"""The settings screen: language and theme, saved to config.toml. Keys are rebound in the file
(a list of every binding id would be long to navigate here; the file is the place for it)."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.settings.config import LANGUAGES, Settings


class SettingsScreen(ModalScreen[Settings | None]):
    """Dismissed with the new settings (to apply and save), or None when cancelled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="close"),
        Binding("ctrl+s", "save", "Save the settings", id="settings_save"),
    ]
    DEFAULT_CSS = """
    SettingsScreen { align: center middle; }
    SettingsScreen > Vertical { width: 72; height: auto; border: round $accent;
                                background: $surface; padding: 1 2; }
    SettingsScreen Select { margin: 0 0 1 0; }
    SettingsScreen .hint { color: $text-muted; margin: 0 0 1 0; }
    SettingsScreen Horizontal { height: auto; align-horizontal: center; }
    SettingsScreen Button { margin: 0 1; }
    """

    def __init__(self, settings: Settings, themes: list[str], current_theme: str,
                 config_file: str, words: Words) -> None:
        super().__init__()
        self.settings = settings
        self.themes = themes
        self.current_theme = current_theme
        self.config_file = config_file
        self.words = words

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical() as box:
            box.border_title = Text(w("settings.title"))
            yield Label(Text(w("settings.language")))
            yield Select([(w(f"settings.language.{lang}"), lang) for lang in LANGUAGES],
                         value=self.settings.language, allow_blank=False, id="language")
            yield Label(Text(w("settings.theme")))
            yield Select([(name, name) for name in self.themes], value=self.current_theme,
                         allow_blank=False, id="theme")
            yield Static(Text(w("settings.keys", file=self.config_file)), classes="hint")
            if self.settings.keys:
                keys = ", ".join(f"{k} = {v}" for k, v in sorted(self.settings.keys.items()))
                yield Static(Text(w("settings.keys_set", keys=keys)), classes="hint")
            with Horizontal():
                yield Button(f"{w('settings.save')} (ctrl+s)", id="save", variant="primary")
                yield Button(f"{w('settings.cancel')} (Esc)", id="cancel")

    def on_mount(self) -> None:
        localize(self, self.words)
        self.query_one("#language", Select).focus()

    def chosen(self) -> Settings:
        language = self.query_one("#language", Select).value
        theme = self.query_one("#theme", Select).value
        return replace(self.settings, language=str(language), theme=str(theme),
                       keys=dict(self.settings.keys))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        self.dismiss(self.chosen())

    def action_cancel(self) -> None:
        self.dismiss(None)
