"""The document as plain data for the Typst template.

The officer's text reaches Typst as JSON strings (through `sys.inputs`), never as markup, so
nothing written in a report (`#`, `*`, `$`, `[`, `<`, `@`, a backslash) can be read as Typst:
there is nothing to escape. Every decision about what is shown is made here or by the builder;
the template only lays out.
"""

from __future__ import annotations

from typing import Any

from reportmodel.render.document import (
    Block, BulletList, Cell, Document, Facts, Heading, Inline, Legend, Mark, Paragraph, Part,
    RiskMatrix, Series, Signatures, StackedBars, Table,
)
from reportmodel.render.office_common import (
    column_fractions, contents_place, contents_scope, fill_of, heading_levels, heat, ink_on,
    lang_tag, number, words,
)


def spans(text: Inline, hard_breaks: bool = False) -> list[dict[str, Any]]:
    """A "\n" is a line break only where the block says so (Paragraph.hard_breaks: an address,
    a signature); elsewhere the officer's line breaks reflow, as Markdown's soft breaks do.
    Typst would break the line at every "\n" of a string."""
    out = []
    for s in text:
        span: dict[str, Any] = {"t": s.text if hard_breaks else s.text.replace("\n", " ")}
        if s.bold:
            span["b"] = True
        if s.italic:
            span["i"] = True
        if s.code:
            span["c"] = True
        if s.link:
            span["l"] = s.link
        out.append(span)
    return out


def mark(m: Mark) -> dict[str, str]:
    fill = fill_of(m)
    return {"label": m.label, "fill": fill, "ink": ink_on(fill)}


class _Converter:
    def __init__(self, document: Document, parts: list[Part]) -> None:
        self.lang = document.lang
        self.levels = heading_levels([p.blocks for p in parts])
        self.outlined = True  # False: the part's headings are outside the contents' scope


    def block(self, b: Block) -> dict[str, Any]:
        if isinstance(b, Heading):
            out = {"k": "h", "level": self.levels.get(id(b), b.level), "number": b.number or "",
                   "text": spans(b.text)}
            if not self.outlined:
                out["o"] = False
            return out
        if isinstance(b, Paragraph):
            return {"k": "p", "text": spans(b.text, getattr(b, "hard_breaks", False))}
        if isinstance(b, BulletList):
            return {"k": "list", "ordered": b.ordered, "start": b.start,
                    "items": [[self.block(x) for x in item] for item in b.items]}
        if isinstance(b, Facts):
            return {"k": "facts", "facts": [
                {"label": f.label,
                 **({"mark": mark(f.value)} if isinstance(f.value, Mark)
                    else {"text": spans(f.value)})} for f in b.facts]}
        if isinstance(b, Table):
            return self.table(b)
        if isinstance(b, Legend):
            return {"k": "legend", "groups": [
                {"title": g.title, "entries": [{"mark": mark(e.mark), "meaning": e.meaning}
                                               for e in g.entries]} for g in b.groups]}
        if isinstance(b, RiskMatrix):
            return self.matrix(b)
        if isinstance(b, StackedBars):
            return self.bars(b)
        if isinstance(b, Series):
            return self.series(b)
        if isinstance(b, Signatures):
            return {"k": "sign", "unit": b.unit, "people": [list(p) for p in b.people]}
        raise TypeError(f"no PDF form for block {type(b).__name__}")

    def cell(self, c: Cell) -> dict[str, Any]:
        if c.mark is not None:
            return {"mark": mark(c.mark)}
        if c.number is not None:
            return {"s": c.number}
        text = c.text
        if not c.blocks and (not text or len(text) == 1 and not (
                text[0].bold or text[0].italic or text[0].code or text[0].link)):
            # The common cell, one plain text: a string, laid out without the span loop.
            return {"s": text[0].text.replace("\n", " ") if text else ""}
        out: dict[str, Any] = {"text": spans(c.text)}
        if c.blocks:
            out["blocks"] = [self.block(x) for x in c.blocks]
        return out

    def table(self, t: Table) -> dict[str, Any]:
        n = len(t.columns)
        rows = []
        for row in t.rows:
            if row.group:
                rows.append({"group": True, "cells": [self.cell(row.cells[0])] if row.cells
                             else [{"text": []}]})
            else:
                cells = [self.cell(c) for c in row.cells[:n]]
                cells += [{"text": []}] * (n - len(cells))
                rows.append({"group": False, "cells": cells})
        return {"k": "table", "caption": t.caption or "", "header": t.header,
                "titles": [c.title for c in t.columns], "align": [c.align for c in t.columns],
                "widths": [round(f, 4) for f in column_fractions(t)], "rows": rows}

    def matrix(self, m: RiskMatrix) -> dict[str, Any]:
        highest = max((p * c for p in m.probabilities for c in m.consequences), default=1)
        rows = []
        for p in m.probabilities:
            cells = []
            for c in m.consequences:
                fill = heat(p * c, m.threshold, highest)
                count = m.counts.get((p, c), 0)
                cells.append({"n": str(count) if count else "", "fill": fill, "ink": ink_on(fill)})
            rows.append({"p": str(p), "cells": cells})
        return {"k": "matrix", "corner": m.corner, "cols": [str(c) for c in m.consequences],
                "rows": rows, "note": m.note}

    def bars(self, s: StackedBars) -> dict[str, Any]:
        bars = []
        keys: dict[tuple[str, str | None], dict[str, Any]] = {}
        for label, segments in s.bars:
            total = sum(max(0, seg.count) for seg in segments)
            segs = []
            for seg in segments:
                if seg.count <= 0:
                    continue
                segs.append({"mark": mark(seg.mark), "n": seg.count,
                             "share": round(seg.count / total, 4)})
                key = keys.setdefault((seg.mark.scale, seg.mark.value),
                                      {"mark": mark(seg.mark), "n": 0})
                key["n"] += seg.count
            bars.append({"label": label, "total": total, "segs": segs})
        return {"k": "bars", "title": s.title, "bars": bars, "keys": list(keys.values())}

    def series(self, s: Series) -> dict[str, Any]:
        values = [v for _, v in s.points] + [v for _, v in s.target]
        top = max([v for v in values if v > 0], default=1.0)
        def points(ps: list[tuple[int, float]]) -> list[dict[str, Any]]:
            return [{"year": str(y), "value": number(v, self.lang),
                     "share": round(max(0.0, v) / top, 4)} for y, v in ps]
        return {"k": "series", "title": s.title, "unit": s.unit, "points": points(s.points),
                "target": points(s.target)}


def document_data(document: Document) -> dict[str, Any]:
    meta = document.meta
    # The title block and the contents part are drawn from Meta and the headings (the title
    # page or memo head, Typst's outline), as the Word writer does: printed again they would
    # repeat the title and list the contents twice.
    parts = [p for p in document.parts if p.kind not in ("title", "toc")]
    conv = _Converter(document, parts)
    scope = contents_scope(document)
    converted = []
    for i, p in enumerate(parts):
        conv.outlined = scope is None or i in scope
        converted.append({"kind": p.kind, "title": p.title, "appendix": p.appendix,
                          "blocks": [conv.block(b) for b in p.blocks]})
    return {
        # PDF/UA requires a title: the report's, else its metadata's, else "Rapport".
        "title": (document.title or meta.title or words(document.lang)["untitled"]).strip()
                 or words(document.lang)["untitled"],
        "lang": "en" if document.lang == "en" else "sv",
        "region": lang_tag(document.lang).split("-")[1],
        "words": words(document.lang),
        "meta": {"municipality": meta.municipality, "board": meta.board, "kind": meta.kind,
                 "title": meta.title, "year": str(meta.year) if meta.year else "",
                 "case_number": meta.case_number, "date": meta.date, "officer": meta.officer},
        "memo_first": bool(parts) and parts[0].kind == "memo",
        # The layout's toc: its title, and the index of the part it comes before (none: after
        # the title page or memo).
        "contents_title": contents_place(document)[1],
        "contents_at": contents_place(document)[0],
        # An appendix's own contents (scope): they follow its heading on the same page.
        "contents_scoped": scope is not None,
        "parts": converted,
    }
