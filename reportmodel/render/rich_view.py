"""The finished report in the terminal (`yearend show`, the editor's preview): the document model
written as rich renderables, a thin walk like the Markdown writer, so both show the same parts in
the same order with the same words. Scale values are drawn in their colours; links are written
out as text, never as terminal hyperlinks. User text only enters rich as `Text`, never markup.

    render_report(report, only=None, ascii=False, lang=None) -> rich Group
    render_document(document) -> rich Group
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table as RichTable
from rich.text import Text

from reportmodel.core import model as m
from reportmodel.render.builder import build_document
from reportmodel.render.document import (legend_words, Block, BulletList, Cell, Document, Facts, Heading, Inline,
                                         Legend, Mark, Paragraph, RiskMatrix, Series, Signatures,
                                         StackedBars, Table)
from reportmodel.render.rich_text import UNSET_STYLE, safe_colour
from reportmodel.render.text_safety import clean_text, one_line

HEADING_STYLES = {1: "bold reverse", 2: "bold underline", 3: "bold", 4: "bold italic"}


def render_report(report: m.Report, *, only: str | Iterable[str] | None = None,
                  ascii: bool = False, lang: str | None = None) -> Group:
    """The report as one rich renderable; ValueError for an unknown part or language."""
    return render_document(build_document(report, only=only, ascii=ascii, lang=lang))


def render_document(document: Document) -> Group:
    out: list[RenderableType] = []
    for part in document.parts:
        out += render_blocks(part.blocks)
    return Group(*out)


def render_blocks(blocks: list[Block]) -> list[RenderableType]:
    out: list[RenderableType] = []
    for block in blocks:
        out += block_view(block)
    return out


def heading_text(block: Heading) -> Text:
    text = one_line("".join(s.text for s in block.text))
    if block.number:
        text = f"{block.number} {text}"
    return Text(text, style=HEADING_STYLES.get(block.level, "bold italic"))


def inline(spans: Inline, style: str = "") -> Text:
    text = Text(style=style)
    for span in spans:
        parts = []
        if span.bold:
            parts.append("bold")
        if span.italic:
            parts.append("italic")
        if span.code:
            parts.append("cyan")
        text.append(clean_text(span.text), style=" ".join(parts))
        if span.link and span.link != span.text:
            text.append(f" <{clean_text(span.link)}>", style="dim")
    return text


def mark_text(mark: Mark) -> Text:
    style = safe_colour(mark.colour) if mark.colour else UNSET_STYLE if mark.value is None else ""
    words = f"{mark.symbol} {mark.label}" if mark.symbol else mark.label
    return Text(one_line(words), style=style)


def cell_view(cell: Cell) -> Text:
    if cell.mark is not None:
        text = mark_text(cell.mark)
        if cell.text:
            text.append("\n")
            text.append_text(inline(cell.text))
        return text
    if cell.number is not None:
        return Text(cell.number)
    if cell.blocks:
        return Text("\n").join(inline(b.text) for b in cell.blocks if isinstance(b, Paragraph))
    return inline(cell.text)


def table_view(block: Table) -> RichTable:
    t = RichTable(show_lines=False, header_style="bold", expand=False, title_justify="left",
                  title=Text(one_line(block.caption)) if block.caption else None)
    for column in block.columns:
        t.add_column(Text(one_line(column.title)), justify=column.align if column.align in (
            "left", "right", "center") else "left", overflow="fold")
    width = len(block.columns)
    for row in block.rows:
        cells = [cell_view(c) for c in row.cells[:width]]
        cells += [Text("")] * (width - len(cells))
        t.add_row(*cells, style="bold" if row.group else None)
    return t


def _bullets(block: BulletList, indent: int = 0) -> list[RenderableType]:
    out: list[RenderableType] = []
    for n, item in enumerate(block.items):
        marker = f"{block.start + n}. " if block.ordered else "• "
        first = True
        for sub in item:
            if isinstance(sub, BulletList):
                out += _bullets(sub, indent + 2)
                continue
            if isinstance(sub, Paragraph):
                body = inline(sub.text)
                line = Text(marker if first else " " * len(marker)) + body
                out.append(Padding(line, (0, 0, 0, indent)) if indent else line)
            else:
                out += block_view(sub)
            first = False
    return out


def block_view(block: Block) -> list[RenderableType]:
    kind = type(block)
    if kind is Heading:
        return [heading_text(block), Text("")]
    if kind is Paragraph:
        return [inline(block.text), Text("")]
    if kind is Table:
        return [table_view(block), Text("")]
    if kind is BulletList:
        return [*_bullets(block), Text("")]
    if kind is Facts:
        parts = [Text.assemble((f"{f.label}: ", "bold"), mark_text(f.value) if isinstance(
            f.value, Mark) else inline(f.value)) for f in block.facts]
        return [Text("   ").join(parts), Text("")]
    if kind is Signatures:
        out: list[RenderableType] = []
        if block.unit.strip():
            out += [Text(one_line(block.unit), style="bold"), Text("")]
        for name, title in block.people:
            out += [Text(one_line(name) + ("\n" + one_line(title) if title else "")), Text("")]
        return out
    if kind is Legend:
        t = RichTable(header_style="bold", expand=False)
        for title in block.columns:
            t.add_column(title)
        for group in block.groups:
            for entry in group.entries:
                symbol = Text(entry.mark.symbol, style=safe_colour(entry.mark.colour)
                              if entry.mark.colour else UNSET_STYLE)
                meaning = legend_words(entry)
                cells = (symbol, Text(one_line(meaning)), Text(one_line(group.title)))
                t.add_row(*cells[:len(block.columns)])
        return [t, Text("")]
    if kind is RiskMatrix:
        t = RichTable(header_style="bold", expand=False)
        t.add_column(block.corner)
        for c in block.consequences:
            t.add_column(str(c), justify="right")
        threshold = block.threshold or 0
        for p in block.probabilities:
            cells = [Text(str(p))]
            for c in block.consequences:
                n = block.counts.get((p, c), 0)
                value = p * c
                style = ("bold red" if threshold and value >= threshold else
                         "yellow" if threshold and value * 2 >= threshold else "green")
                cells.append(Text(str(n) if n else "·", style=style))
            t.add_row(*cells)
        out = [t]
        if block.note:
            out.append(Text(one_line(block.note), style="dim"))
        return [*out, Text("")]
    if kind in (StackedBars, Series):
        return []
    raise TypeError(f"no terminal view for {kind.__name__}")


__all__ = ["render_blocks", "render_document", "render_report"]
