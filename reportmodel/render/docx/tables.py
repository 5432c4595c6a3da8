"""Word tables: column widths from their content, header rows repeated on every page, scale
values as shaded cells carrying their word; the legend and the signatures as tables too."""

from __future__ import annotations

from docx.shared import Cm, Emu, Pt, RGBColor
from docx.table import _Cell

from reportmodel.render.document import Cell, Legend, Signatures, Span, Table
from reportmodel.render.docx import ooxml
from reportmodel.render.docx.blocks import ALIGN
from reportmodel.render.office_common import column_fractions, fill_of, ink_on

HEADER_FILL = "#f2f2f2"
GROUP_FILL = "#e8e8e8"
TABLE_FONT = Pt(9.5)


def new_table(w, container, widths: list[int], style: str | None = "Table Grid"):
    """An empty fixed-layout table with these column widths (EMU); rows come from add_row."""
    table = container.add_table(rows=0, cols=len(widths))
    name = w.style(style) if style else None
    if name:
        table.style = w.doc.styles[name]
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        col.w = Emu(width)
    return table


def add_row(table, widths: list[int], spans: list[int] | None = None):
    """A row of cells of these widths; `spans[i]` grid columns under cell i (default 1)."""
    tr = table._tbl.add_tr()
    cells = []
    for i, width in enumerate(widths):
        tc = tr.add_tc()
        tc.width = Emu(width)
        if spans and spans[i] > 1:
            tc.grid_span = spans[i]
        cells.append(_Cell(tc, table))
    return tr, cells


def write_cell(w, cell: _Cell, c: Cell, align: str = "left", bold: bool = False) -> None:
    p = cell.paragraphs[0]
    if c.mark is not None:
        fill = fill_of(c.mark)
        ooxml.shade_cell(cell._tc, fill)
        run = p.add_run(c.mark.label)
        run.font.color.rgb = RGBColor.from_string(ink_on(fill).lstrip("#").upper())
        run.font.size = TABLE_FONT
        run.bold = bold or None
        return
    if c.number is not None:
        run = p.add_run(c.number)
        run.font.size = TABLE_FONT
        p.alignment = ALIGN.get(align)
        return
    w.runs(p, c.text)
    for run in p.runs:
        run.font.size = TABLE_FONT
        if bold:
            run.bold = True
    if align != "left":
        p.alignment = ALIGN.get(align)
    if c.blocks:
        w.blocks(cell, c.blocks)


def compact(cell: _Cell) -> None:
    for p in cell.paragraphs:
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)


def table(w, container, t: Table) -> None:
    n = len(t.columns)
    if n == 0:
        return
    if t.caption:
        cap = container.add_paragraph(style=w.style("Caption"))
        cap.add_run(t.caption).bold = True if not w.style("Caption") else None
        cap.paragraph_format.keep_with_next = True
    widths = [int(w.text_width * f) for f in column_fractions(t)]
    tbl = new_table(w, container, widths)
    if t.header:
        tr, cells = add_row(tbl, widths)
        ooxml.repeat_header(tr)
        ooxml.cant_split(tr)
        for cell, column in zip(cells, t.columns):
            ooxml.shade_cell(cell._tc, HEADER_FILL)
            write_cell(w, cell, Cell(text=(Span(column.title),)), column.align, bold=True)
            compact(cell)
    aligns = [c.align for c in t.columns]
    for row in t.rows:
        if row.group:
            tr, cells = add_row(tbl, [sum(widths)], [n])
            ooxml.shade_cell(cells[0]._tc, GROUP_FILL)
            write_cell(w, cells[0], row.cells[0] if row.cells else Cell(), bold=True)
            cells[0].paragraphs[0].paragraph_format.keep_with_next = True
        else:
            tr, cells = add_row(tbl, widths)
            for i, cell in enumerate(cells):
                if i < len(row.cells):
                    write_cell(w, cell, row.cells[i], aligns[i])
        ooxml.cant_split(tr)
        for cell in cells:
            compact(cell)
    gap(container)


def gap(container) -> None:
    """A small paragraph after a table: Word joins two tables that touch into one."""
    p = container.add_paragraph()
    p.paragraph_format.space_after = Pt(4)


def legend(w, container, b: Legend) -> None:
    label_width = int(Cm(4.2))
    for group in b.groups:
        title = container.add_paragraph()
        title.add_run(group.title).bold = True
        title.paragraph_format.keep_with_next = True
        title.paragraph_format.space_after = Pt(2)
        widths = [label_width, w.text_width - label_width]
        tbl = new_table(w, container, widths)
        for entry in group.entries:
            tr, cells = add_row(tbl, widths)
            ooxml.cant_split(tr)
            write_cell(w, cells[0], Cell(mark=entry.mark))
            write_cell(w, cells[1], Cell(text=(Span(entry.meaning),) if entry.meaning else ()))
            for cell in cells:
                compact(cell)
        gap(container)


def signatures(w, container, b: Signatures) -> None:
    p = container.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.keep_with_next = True
    p.add_run(b.unit.upper()).bold = True
    if not b.people:
        return
    widths = [w.text_width // 2] * 2
    tbl = new_table(w, container, widths, style=None)
    for at in range(0, len(b.people), 2):
        tr, cells = add_row(tbl, widths)
        ooxml.cant_split(tr)
        for cell, (name, title) in zip(cells, b.people[at:at + 2]):
            first = cell.paragraphs[0]
            first.paragraph_format.space_before = Pt(24)
            first.add_run("_" * 30)
            cell.add_paragraph(name).paragraph_format.space_after = Pt(0)
            cell.add_paragraph().add_run(title).font.size = Pt(9.5)
    gap(container)
