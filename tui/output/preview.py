"""A preview of the selected item, or of the whole part it is in, as the finished report shows it.

The preview is the document model (reportmodel.render: `item_document`, the same blocks the export,
`show`, Word and PDF are written from) drawn by the terminal writer (`rich_view.render_blocks`):
the same parts, words and order as the export, a process with its risks, a goal with its child
goals. It is built and laid out into lines in a worker thread, at the dialog's width, so the
editor's thread only shows finished lines (rich lays out a table cell by cell; a whole focus area
of Kalmar 2022 is well under a second, on the worker). The whole report is for Export.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reportmodel.render import item_document
from reportmodel.render.rich_view import render_blocks
from reportmodel.core.model import Report
from reportmodel.core.tree import Node, walk

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import safe

ITEM, PART = "item", "part"


def part_of(report: Report, node: Node) -> Node:
    """The top-level item the node is in: a focus area, a section, a process, a contract area."""
    nodes = list(walk(report))
    here = next((i for i, n in enumerate(nodes) if n.path == node.path), None)
    if here is None:
        return node
    while here > 0 and nodes[here].depth > 0:
        here -= 1
    return nodes[here]


def item_view(report: Report, node: Node, lang: str | None = None) -> Group:
    """The item as the export prints it, its heading at level 1."""
    return Group(*render_blocks(item_document(report, node, lang=lang, level=1).parts[0].blocks))


def part_view(report: Report, node: Node, lang: str | None = None) -> Group:
    """The top-level item the node is in (a focus area with its goals, a section with its
    sub-sections, a process with its risks, a contract area), as the export prints it."""
    return item_view(report, part_of(report, node), lang)


def lay_out(view: Group, width: int) -> Text:
    """The view as finished lines at `width` (with their colours): cheap for Textual to show."""
    console = Console(width=width, color_system="truecolor", force_terminal=True,
                      highlight=False, markup=False, emoji=False)
    with console.capture() as capture:
        console.print(view)
    # Only rich's own colour codes are in it: rich_view puts the officer's text in as Text,
    # with control characters and escape sequences removed first.
    return Text.from_ansi(capture.get(), no_wrap=True)


class PreviewScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q", "close", "Close", id="close"),
        Binding("tab", "toggle", "Item / part", id="preview_toggle"),
    ]
    DEFAULT_CSS = """
    PreviewScreen { align: center middle; }
    PreviewScreen > Vertical { width: 95%; height: 95%; border: round $accent;
                               background: $surface; }
    PreviewScreen VerticalScroll { height: 1fr; padding: 0 1; }
    PreviewScreen .footer { height: 1; color: $text-muted; padding: 0 1; }
    """

    def __init__(self, report: Report, node: Node, words: Words, mode: str = ITEM) -> None:
        super().__init__()
        self.report = report
        self.node = node
        self.words = words
        self.mode = mode
        self.shown: str | None = None  # the text on screen, once ready (for tests)

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static(Text(self.words("preview.rendering")), id="preview-wait")
                yield Static("", id="preview-view")
            yield Static(Text(self.words("preview.footer")), classes="footer")

    def on_mount(self) -> None:
        localize(self, self.words)
        self._start()

    def _start(self) -> None:
        w = self.words
        key = "preview.title_item" if self.mode == ITEM else "preview.title_part"
        title = (self.node if self.mode == ITEM else part_of(self.report, self.node)).item.title
        self.query_one(Vertical).border_title = Text(safe(w(key, title=title)))
        self.query_one("#preview-wait").display = True
        self.query_one(VerticalScroll).focus()
        # the dialog's inner width: 95 % of the screen, less borders, padding and scroll bar
        self._make_view(self.mode, max(40, int(self.app.size.width * 0.95) - 5))

    @work(thread=True, exclusive=True, group="preview")
    def _make_view(self, mode: str, width: int) -> None:
        lang = None  # the report's language, as the export writes it (not the editor's)
        view = (item_view if mode == ITEM else part_view)(self.report, self.node, lang)
        self.app.call_from_thread(self._show, mode, lay_out(view, width))

    def _show(self, mode: str, text: Text) -> None:
        if mode != self.mode or not self.is_attached:
            return  # switched again while this one was being made
        self.query_one("#preview-view", Static).update(text)
        self.query_one("#preview-wait").display = False
        self.query_one(VerticalScroll).scroll_home(animate=False)
        self.shown = text.plain

    def action_toggle(self) -> None:
        self.mode = PART if self.mode == ITEM else ITEM
        self.shown = None
        self._start()

    def action_close(self) -> None:
        self.dismiss(None)
