"""The footer: the keys that work where the focus is, as one line of text.

Textual's Footer mounts a widget per key and rebuilds them all whenever the bindings change
(after a key press, on every focus change): a quarter of a second at start-up and a large share
of each key press here. This bar renders the same information as one Text; clicking a key runs
its action, as in Textual's Footer.

On a narrow terminal the keys that must always be found (save, help, quit) stay; the others are
dropped from the end until the line fits.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

PINNED = ("save", "help", "quit")  # binding ids shown whatever the width, last on the line


class KeyBar(Widget):
    COMPONENT_CLASSES = {"keybar--key", "keybar--description"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    KeyBar > .keybar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .keybar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, Binding]] = []  # cell ranges of the keys, for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh()

    def _shown(self) -> tuple[list[Binding], Binding | None]:
        seen: set[str] = set()
        shown: list[Binding] = []
        palette: Binding | None = None
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.action in ("command_palette", "app.command_palette"):
                palette = binding
                continue
            # Several keys for one action (the digits): the first that is shown stands for all.
            if not binding.show or not enabled or binding.description in seen:
                continue
            seen.add(binding.description)
            shown.append(binding)
        return shown, palette

    def render(self) -> Text:
        key_style = self.get_component_rich_style("keybar--key")
        description_style = self.get_component_rich_style("keybar--description")
        shown, palette = self._shown()
        text = Text(no_wrap=True, overflow="crop")
        spans: list[tuple[int, int, Binding]] = []

        def add(binding: Binding) -> None:
            start = text.cell_len
            text.append(f" {self.app.get_key_display(binding)} ", style=key_style)
            text.append(f"{binding.description} ", style=description_style)
            spans.append((start, text.cell_len, binding))

        def width_of(binding: Binding) -> int:
            return len(f" {self.app.get_key_display(binding)} {binding.description} ")

        pinned = [b for b in shown if b.id in PINNED]
        room = self.size.width - sum(map(width_of, pinned)) if self.size.width else None
        for binding in shown:
            if binding.id in PINNED:
                continue
            if room is not None:
                room -= width_of(binding)
                if room < 0:
                    break
            add(binding)
        for binding in pinned:
            add(binding)
        if palette is not None:
            width = self.size.width
            label = f" {self.app.get_key_display(palette)} {palette.description} "
            gap = width - text.cell_len - len(label)
            if gap > 0:
                text.append(" " * gap)
                add(palette)
        self._spans = spans
        return text

    async def on_click(self, event: events.Click) -> None:
        for start, end, binding in self._spans:
            if start <= event.x < end:
                await self.app.run_action(binding.action, self.screen.focused or self.screen)
                return
