"""Charts in Word without a chart library: the risk matrix as a coloured grid, stacked bars and
an indicator's series as rows of shaded cells whose widths are the values' proportions.

Cells of different widths in different rows share one table grid: the grid's columns are cut at
every cell edge of every row, and a cell spans the grid columns under it (gridSpan), which is
how Word itself stores such a table.
"""

from __future__ import annotations

from reportmodel.render.document import RiskMatrix, Series, StackedBars
from reportmodel.render.docx.tables import MM, TABLE_STYLE, gap
from reportmodel.render.office_common import fill_of, heat, ink_on, number, words

LABEL = int(42 * MM)
MIN_SEGMENT = int(7 * MM)  # room for a count of two digits


def _cell(w, tr, width: int, text: str, *, span: int = 1, fill: str | None = None,
          bold: bool = False, align: str = "left", size: float = 9) -> None:
    runs = w.r_xml(text, bold, size=size, color=ink_on(fill) if fill else None) if text else ""
    w.cell(tr, width, w.cell_para(TABLE_STYLE, runs, align=align), span=span, fill=fill,
           middle=True)


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


def _edges(row: list[tuple[int, dict]]) -> list[int]:
    edges, at = [], 0
    for width, _ in row:
        at += width
        edges.append(at)
    return edges


def banded(w, parent, rows: list[list[tuple[int, dict]]]) -> None:
    """A borderless table whose rows are (width, cell) segments, white lines between rows."""
    cuts = sorted({edge for row in rows for edge in _edges(row)})
    grid = [b - a for a, b in zip([0] + cuts, cuts)]
    tbl = w.table(parent, grid, style=None, borders="rows:FFFFFF")
    for row in rows:
        edges = _edges(row)
        starts = [0] + edges[:-1]
        tr = w.tr(tbl)
        for (width, spec), a, b in zip(row, starts, edges):
            _cell(w, tr, width, span=sum(1 for c in cuts if a < c <= b), **spec)
    gap(w, parent)


def _title(w, parent, text: str) -> None:
    w.r(w.p(parent, keep_next=True, after=3), text, bold=True)


def bars(w, parent, b: StackedBars) -> None:
    _title(w, parent, b.title)
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
                                    "align": "center"}))
                totals.setdefault((seg.mark.scale, seg.mark.value), [seg.mark, 0])[1] += seg.count
        else:
            row.append((track, {"text": ""}))
        rows.append(row)
    banded(w, parent, rows)
    key = w.p(parent, after=8)
    for mark, count in totals.values():
        w.mark_run(key, mark, size=9)
        w.r(key, f" {count}    ", size=9)


def series(w, parent, s: Series) -> None:
    _title(w, parent, s.title + (f" ({s.unit})" if s.unit else ""))
    target_word = words(w.lang)["target"]
    points = [(str(y), v, "#3b6491") for y, v in s.points]
    points += [(f"{target_word} {y}", v, "#c9d6e3") for y, v in s.target]
    top = max([v for _, v, _ in points if v > 0], default=1.0)
    track = min(w.text_width - LABEL, int(110 * MM))
    rows = []
    for label, value, fill in points:
        bar = max(MIN_SEGMENT, int(track * max(0.0, value) / top))
        row = [(LABEL, {"text": label}),
               (bar, {"text": number(value, w.lang), "fill": fill, "align": "right"})]
        if track - bar > 0:
            row.append((track - bar, {"text": ""}))
        rows.append(row)
    banded(w, parent, rows)


def matrix(w, parent, m: RiskMatrix) -> None:
    widths = [LABEL] + [int(16 * MM)] * len(m.consequences)
    tbl = w.table(parent, widths)
    highest = max((p * c for p in m.probabilities for c in m.consequences), default=1)
    tr = w.tr(tbl, header=True)
    _cell(w, tr, widths[0], m.corner, size=8)
    for c in m.consequences:
        _cell(w, tr, widths[1], str(c), bold=True, align="center")
    for p in m.probabilities:
        tr = w.tr(tbl, min_height=int(9 * MM))
        _cell(w, tr, widths[0], str(p), bold=True, align="center")
        for c in m.consequences:
            count = m.counts.get((p, c), 0)
            _cell(w, tr, widths[1], str(count) if count else "",
                  fill=heat(p * c, m.threshold, highest), bold=True, align="center", size=11)
    if m.note:
        w.r(w.p(parent), m.note, italic=True)
    else:
        gap(w, parent)
