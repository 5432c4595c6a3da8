"""A preview of the selected item, or of the whole part it is in, as the exported Markdown.

The Markdown comes from reportmodel.render (the same text `yearend export` writes) and is made in
a worker thread; Textual's Markdown widget shows it when ready. The whole report is not
previewed: measured on Kalmar 2022 (154 KB of Markdown), the export takes 0.06 s but the
Markdown widget needs 16 s to lay it out, on the UI thread, and a key press after it 1.8 s. A
part (a focus area with its goals, a section, a process) is a few KB and shows in about 0.2 s;
the whole report is for `Exportera som Markdown` and a Markdown viewer.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown, Static

from reportmodel.render import render_item_markdown
from reportmodel.core.model import Report
from reportmodel.core.tree import Node, walk

from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import safe

ITEM, PART = "item", "part"
_DEEPER_IN_PART = {"goal", "section"}  # kinds whose renderer leaves the children out


def part_of(report: Report, node: Node) -> list[Node]:
    """The top-level item the node is in (a focus area, a section, a process, a contract area),
    then everything under it that renders on its own, in reading order."""
    nodes = list(walk(report))
    here = next((i for i, n in enumerate(nodes) if n.path == node.path), None)
    if here is None:
        return [node]
    start = here
    while start > 0 and nodes[start].depth > 0:
        start -= 1
    out = [nodes[start]]
    for n in nodes[start + 1:]:
        if n.depth == 0:
            break
        if n.kind in _DEEPER_IN_PART and n.kind == nodes[start].kind:
            out.append(n)
    return out


def item_markdown(report: Report, node: Node, lang: str | None = None) -> str:
    return render_item_markdown(report, node, lang=lang, level=1)


def part_markdown(report: Report, node: Node, lang: str | None = None) -> str:
    top = part_of(report, node)
    base = top[0].depth
    return "\n".join(render_item_markdown(report, n, lang=lang,
                                          level=min(6, 1 + n.depth - base)) for n in top)


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
        self.shown: str | None = None  # the Markdown on screen, once ready (for tests)

    def compose(self) -> ComposeResult:
        with Vertical():
            with VerticalScroll():
                yield Static(Text(self.words("preview.rendering")), id="preview-wait")
                yield Markdown("", id="preview-markdown")
            yield Static(Text(self.words("preview.footer")), classes="footer")

    def on_mount(self) -> None:
        localize(self, self.words)
        self._start()

    def _start(self) -> None:
        w = self.words
        key = "preview.title_item" if self.mode == ITEM else "preview.title_part"
        title = self.node.item.title if self.mode == ITEM else part_of(self.report,
                                                                       self.node)[0].item.title
        self.query_one(Vertical).border_title = Text(safe(w(key, title=title)))
        self.query_one("#preview-wait").display = True
        self.query_one(VerticalScroll).focus()
        self._make_markdown(self.mode)

    @work(thread=True, exclusive=True, group="preview")
    def _make_markdown(self, mode: str) -> None:
        lang = None  # the report's language, as the export writes it (not the editor's)
        if mode == ITEM:
            text = item_markdown(self.report, self.node, lang)
        else:
            text = part_markdown(self.report, self.node, lang)
        self.app.call_from_thread(self._show, mode, text)

    async def _show(self, mode: str, text: str) -> None:
        if mode != self.mode or not self.is_attached:
            return  # switched again while this one was being made
        await self.query_one(Markdown).update(text)
        self.query_one("#preview-wait").display = False
        self.query_one(VerticalScroll).scroll_home(animate=False)
        self.shown = text

    def action_toggle(self) -> None:
        self.mode = PART if self.mode == ITEM else ITEM
        self.shown = None
        self._start()

    def action_close(self) -> None:
        self.dismiss(None)
