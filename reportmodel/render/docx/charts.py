"""Charts in Word without a chart library: the risk matrix as a coloured grid, stacked bars and
an indicator's series as rows of shaded cells whose widths are the values' proportions.

Cells of different widths in different rows share one table grid: the grid's columns are cut at
every cell edge of every row, and a cell spans the grid columns under it (gridSpan), which is
how Word itself stores such a table.
"""

from __future__ import annotations

from docx.enum.table import WD_ALIGN_VERTICAL, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from reportmodel.render.document import RiskMatrix, Series, StackedBars
from reportmodel.render.docx import ooxml
from reportmodel.render.docx.tables import compact, gap, add_row, new_table
from reportmodel.render.office_common import fill_of, heat, ink_on, number, words

LABEL = int(Cm(4.2))
MIN_SEGMENT = int(Cm(0.7))  # room for a count of two digits


def _text(cell, text: str, fill: str | None = None, bold: bool = False,
          align=WD_ALIGN_PARAGRAPH.LEFT, size: float = 9) -> None:
    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    p = cell.paragraphs[0]
    p.alignment = align
    run = p.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold or None
    if fill:
        ooxml.shade_cell(cell._tc, fill)
        run.font.color.rgb = RGBColor.from_string(ink_on(fill).lstrip("#").upper())
    compact(cell)


def _proportional(total: int, shares: list[float]) -> list[int]:
    """Widths for these shares of `total`, none narrower than MIN_SEGMENT."""
    widths = [max(MIN_SEGMENT, int(total * s)) for s in shares]
    excess = sum(widths) - total
    if excess > 0:
        wide = [i for i, wd in enumerate(widths) if wd > MIN_SEGMENT]
        room = sum(widths[i] - MIN_SEGMENT for i in wide) or 1
        for i in wide:
            widths[i] -= int(excess * (widths[i] - MIN_SEGMENT) / room)
    widths[-1] += total - sum(widths)
    return widths


def banded(w, container, rows: list[list[tuple[int, dict]]]) -> None:
    """A borderless table whose rows are (width, cell) segments of the same total width."""
    cuts = sorted({edge for row in rows for edge in _edges(row)})
    grid = [b - a for a, b in zip([0] + cuts, cuts)]
    table = new_table(w, container, grid, style=None)
    ooxml.no_borders(table, between_rows="FFFFFF")
    for row in rows:
        edges = _edges(row)
        starts = [0] + edges[:-1]
        spans = [sum(1 for c in cuts if a < c <= b) for a, b in zip(starts, edges)]
        tr, cells = add_row(table, [wd for wd, _ in row], spans)
        ooxml.cant_split(tr)
        for cell, (_, spec) in zip(cells, row):
            _text(cell, **spec)
    gap(container)


def _edges(row: list[tuple[int, dict]]) -> list[int]:
    edges, at = [], 0
    for width, _ in row:
        at += width
        edges.append(at)
    return edges


def _title(container, text: str) -> None:
    p = container.add_paragraph()
    p.add_run(text).bold = True
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.space_after = Pt(3)


def bars(w, container, b: StackedBars) -> None:
    _title(container, b.title)
    rows = []
    totals: dict[tuple[str, str | None], list] = {}
    track = w.text_width - LABEL
    for label, segments in b.bars:
        segments = [s for s in segments if s.count > 0]
        total = sum(s.count for s in segments)
        row = [(LABEL, {"text": f"{label} ({total})"})]
        if segments:
            widths = _proportional(track, [s.count / total for s in segments])
            for seg, width in zip(segments, widths):
                row.append((width, {"text": str(seg.count), "fill": fill_of(seg.mark),
                                    "align": WD_ALIGN_PARAGRAPH.CENTER}))
                totals.setdefault((seg.mark.scale, seg.mark.value), [seg.mark, 0])[1] += seg.count
        else:
            row.append((track, {"text": ""}))
        rows.append(row)
    banded(w, container, rows)
    key = container.add_paragraph()
    for mark, count in totals.values():
        w.mark_run(key, mark)
        key.add_run(f" {count}    ").font.size = Pt(9)
    key.paragraph_format.space_after = Pt(8)


def series(w, container, s: Series) -> None:
    _title(container, s.title + (f" ({s.unit})" if s.unit else ""))
    target_word = words(w.lang)["target"]
    points = [(str(y), v, "#3b6491") for y, v in s.points]
    points += [(f"{target_word} {y}", v, "#c9d6e3") for y, v in s.target]
    top = max([v for _, v, _ in points if v > 0], default=1.0)
    track = min(w.text_width - LABEL, int(Cm(11)))
    rows = []
    for label, value, fill in points:
        share = max(0.0, value) / top
        bar = max(MIN_SEGMENT, int(track * share))
        row = [(LABEL, {"text": label}),
               (bar, {"text": number(value, w.lang), "fill": fill,
                      "align": WD_ALIGN_PARAGRAPH.RIGHT})]
        if track - bar > 0:
            row.append((track - bar, {"text": ""}))
        rows.append(row)
    banded(w, container, rows)


def matrix(w, container, m: RiskMatrix) -> None:
    cell_width = int(Cm(1.6))
    widths = [LABEL] + [cell_width] * len(m.consequences)
    table = new_table(w, container, widths)
    highest = max((p * c for p in m.probabilities for c in m.consequences), default=1)
    tr, cells = add_row(table, widths)
    ooxml.repeat_header(tr)
    center = WD_ALIGN_PARAGRAPH.CENTER
    _text(cells[0], m.corner, size=8)
    for cell, c in zip(cells[1:], m.consequences):
        _text(cell, str(c), bold=True, align=center)
    for p in m.probabilities:
        tr, cells = add_row(table, widths)
        ooxml.cant_split(tr)
        _text(cells[0], str(p), bold=True, align=center)
        for cell, c in zip(cells[1:], m.consequences):
            count = m.counts.get((p, c), 0)
            _text(cell, str(count) if count else "", fill=heat(p * c, m.threshold, highest),
                  bold=True, align=center, size=11)
        row_height(tr, Cm(0.9))
    if m.note:
        p = container.add_paragraph()
        p.add_run(m.note).italic = True
    else:
        gap(container)


def row_height(tr, height) -> None:
    tr.trHeight_val = height
    tr.trHeight_hRule = WD_ROW_HEIGHT_RULE.AT_LEAST
