"""A scrollable, read-only view of one rich renderable that can be replaced without a layout pass.

The detail pane changes on every cursor move. A Static in a scrolling container needs a layout
pass whenever its height changes, and Textual repaints the whole screen after one (the outline,
the header, the footer): that was two thirds of a key press. Here the content is rendered to
lines once per change (and per width), the vertical scrollbar is always shown, and a new length
only changes the virtual size, which needs no layout: only this widget's region is repainted.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.padding import Padding
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.common.textual_private import set_scroll_size


class Reader(ScrollView, can_focus=True):
    DEFAULT_CSS = """
    Reader { overflow-y: scroll; overflow-x: hidden; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._renderable: RenderableType = Text("")
        self._lines: list[Strip] = []
        self._width = -1

    @property
    def content(self) -> RenderableType:
        """What is shown (for tests and screenshots of the text)."""
        return self._renderable

    def show(self, renderable: RenderableType) -> None:
        self._renderable = renderable
        self._width = -1
        self.scroll_to(0, 0, animate=False)
        self._render_lines()
        self.refresh()

    def _render_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        console = self.app.console
        options = console.options.update(width=width, height=None)
        segments = console.render(Padding(self._renderable, (0, 1)), options)
        strips = Strip.from_lines(list(Segment.split_lines(segments)))
        for strip in strips:
            strip.adjust_cell_length(width)
        self._lines = strips
        size = Size(width, len(strips))
        if size != self.virtual_size:
            # Not `self.virtual_size = size`: that reactive asks for a layout pass, and with the
            # scrollbar always there, nothing about the layout changes.
            set_scroll_size(self, size)

    def on_resize(self) -> None:
        self._width = -1
        self._render_lines()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        self._render_lines()
        width = self.scrollable_content_region.width
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, self.rich_style)
        return self._lines[index].crop_extend(0, width, self.rich_style).apply_style(
            self.rich_style)
