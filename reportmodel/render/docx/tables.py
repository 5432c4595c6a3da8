"""Word tables: column widths from their content, header rows repeated on every page, scale
values as shaded cells carrying their word; the legend and the signatures as tables too."""

from __future__ import annotations

from reportmodel.render.document import Cell, Legend, Signatures, Table
from reportmodel.render.office_common import column_fractions, fill_of, ink_on

HEADER_FILL = "#f2f2f2"
GROUP_FILL = "#e8e8e8"
TABLE_STYLE = "Table Text"
MM = 56.7  # twips


def cell_paragraph(w, tc, align: str = "left", keep_next: bool = False):
    """A paragraph in a cell, in the "Table Text" style (smaller, no spacing): one style
    reference instead of spacing and size on every paragraph and run keeps an L-sized report's
    Word file within memory, and a template may define the style to restyle every table."""
    return w.p(tc, TABLE_STYLE, align=align, keep_next=keep_next)


def write_cell(w, tr, width: int, c: Cell, align: str = "left", *, span: int = 1,
               bold: bool = False, fill: str | None = None, keep_next: bool = False) -> None:
    if c.mark is not None:
        w.raw(tr, _mark_cell(w, width, c, bold=bold, span=span))
        return
    runs = w.r_xml(c.number, bold) if c.number is not None else w.runs_xml(c.text, bold=bold)
    first = w.cell_para(TABLE_STYLE, runs, align=align, keep_next=keep_next)
    if c.number is not None or not c.blocks:
        w.cell(tr, width, first, span=span, fill=fill)
        return
    tc = w.tc(tr, width, span=span, fill=fill)
    w.raw(tc, first)
    w.blocks(tc, c.blocks)


def _mark_cell(w, width: int, c: Cell, *, bold: bool = False, span: int = 1) -> str:
    """A scale's value: its word on its colour, as XML."""
    shade = fill_of(c.mark)
    runs = w.r_xml(c.mark.label, bold, color=ink_on(shade))
    return (w.tc_start(width, span, shade) + w.cell_para(TABLE_STYLE, runs, align="left")
            + "</w:tc>")


def text_cell(w, tr, width: int, text: str, *, align: str = "left", bold: bool = False,
              fill: str | None = None) -> None:
    """A cell of one plain run (a column's title, a legend's meaning)."""
    w.cell(tr, width, w.cell_para(TABLE_STYLE, w.r_xml(text, bold), align=align), fill=fill)


def table(w, parent, t: Table) -> None:
    n = len(t.columns)
    if n == 0:
        return
    if t.caption:
        caption = w.style("Caption")
        w.r(w.p(parent, caption, keep_next=True), t.caption, bold=caption is None)
    widths = [int(w.text_width * f) for f in column_fractions(t)]
    tbl = w.table(parent, widths)
    if t.header:
        tr = w.tr(tbl, header=True)
        for width, column in zip(widths, t.columns):
            text_cell(w, tr, width, column.title, align=column.align, bold=True,
                      fill=HEADER_FILL)
    aligns = [c.align for c in t.columns]
    # What every plain cell of a column starts with: a large report has 100,000 of them.
    columns = [(w.tc_start(width), w.cell_ppr(TABLE_STYLE, align), width)
               for width, align in zip(widths, aligns)]
    empty = Cell()
    for row in t.rows:
        if row.group:
            write_cell(w, w.tr(tbl), sum(widths), row.cells[0] if row.cells else empty, span=n,
                       bold=True, fill=GROUP_FILL, keep_next=True)  # with its first row
            continue
        cells = row.cells
        xml = _plain_row(w, columns, cells)
        if xml is not None:
            w.row(tbl, xml)
            continue
        tr = w.tr(tbl)
        for i, width in enumerate(widths):
            write_cell(w, tr, width, cells[i] if i < len(cells) else empty, aligns[i])
    gap(w, parent)


def _plain_row(w, columns: list[tuple[str, str, int]], cells: list[Cell]) -> str | None:
    """The row's cells as XML, as write_cell writes them, when none holds blocks; else None."""
    out = []
    for i, (start, ppr, width) in enumerate(columns):
        if i >= len(cells):
            runs = ""
        else:
            c = cells[i]
            if c.mark is not None:
                out.append(_mark_cell(w, width, c))
                continue
            if c.number is not None:
                runs = w.r_xml(c.number)
            elif c.blocks:
                return None
            else:
                runs = w.runs_xml(c.text)
        out.append(start + ("<w:p>" + ppr + runs + "</w:p>" if ppr or runs else "<w:p/>")
                   + "</w:tc>")
    return "".join(out)


def gap(w, parent) -> None:
    """A paragraph one point high after a table (Word joins two tables that touch into one),
    with the space after the table as its spacing, which Word drops at the foot of a page: a
    line-high paragraph would get a page of its own when the table just filled one."""
    w.p(parent, after=6, line_exact=20)


def legend(w, parent, b: Legend) -> None:
    label_width = int(42 * MM)
    widths = [label_width, w.text_width - label_width]
    for group in b.groups:
        if group.title:  # none without the "used for" column (legend_used_for = false)
            w.r(w.p(parent, keep_next=True, after=2), group.title, bold=True)
        tbl = w.table(parent, widths)
        for entry in group.entries:
            tr = w.tr(tbl)
            write_cell(w, tr, widths[0], Cell(mark=entry.mark))
            text_cell(w, tr, widths[1], entry.meaning)
        gap(w, parent)


def signatures(w, parent, b: Signatures) -> None:
    w.r(w.p(parent, keep_next=True, before=12), b.unit.upper(), bold=True)
    if not b.people:
        return
    widths = [w.text_width // 2] * 2
    tbl = w.table(parent, widths, style=None, borders="none")
    for at in range(0, len(b.people), 2):
        tr = w.tr(tbl)
        pair = b.people[at:at + 2]
        for width, person in zip(widths, pair + [("", "")] * (2 - len(pair))):
            tc = w.tc(tr, width)
            name, title = person
            if not name:
                cell_paragraph(w, tc)
                continue
            w.r(w.p(tc, before=24, after=0), "_" * 30)
            w.r(w.p(tc, after=0), name)
            w.r(w.p(tc, after=0), title, size=9.5)
    gap(w, parent)
