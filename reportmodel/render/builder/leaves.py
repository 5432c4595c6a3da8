"""A goal's leaf items as tables (indicators, activities, assignments), each followed by the texts
of its rows (a table cell is no place for a paragraph); or, where the layout says "blocks", each
commitment as its own little block: title with responsible bodies, status and completion, comment.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportmodel.core import model as m
from reportmodel.render.builder.context import (BuildContext, col, number_cell, short_cell,
                                              text_cell)
from reportmodel.render.builder.text import labelled, notes, strong
from reportmodel.render.document import Block, Cell, Column, Paragraph, Row, Span, Table


def indicator_years(ctx: BuildContext, indicators: Iterable[m.Indicator]) -> list[tuple[int, str]]:
    """(year, "target" | "outcome") columns in the layout's order."""
    seen: dict[int, list[bool]] = {}
    for indicator in indicators:
        for year, values in indicator.years.items():
            has = seen.setdefault(year, [False, False])
            has[0] |= any(v is not None for v in (values.target, values.target_women,
                                                   values.target_men))
            has[1] |= any(v is not None for v in (values.outcome, values.outcome_women,
                                                   values.outcome_men))
    layout = ctx.layout
    years = sorted(seen, reverse=layout.indicator_years != "oldest-first")
    history = layout.indicator_history or 0
    if history:
        # N counts outcome years (as rollover keeps them); a target-only year (next year's
        # target) uses none of the count and shows if it is not older than the outcomes kept.
        outcomes = sorted((y for y in seen if seen[y][1]), reverse=True)[:history]
        oldest = min(outcomes) if outcomes else min(seen, default=0)
        years = [y for y in years if y in outcomes or (not seen[y][1] and y >= oldest)]
    order = layout.indicator_columns or ["by-year"]
    columns: list[tuple[int, str]] = []
    if "by-year" in order:
        for year in years:
            for n, kind in enumerate(("target", "outcome")):
                if seen[year][n]:
                    columns.append((year, kind))
    else:
        for kind in order:
            n = 0 if kind == "target" else 1
            columns += [(year, kind) for year in years if seen[year][n]]
    return columns


def indicator_title(ctx: BuildContext, indicator: m.Indicator) -> str:
    if ctx.layout.indicator_numbers and indicator.number:
        return f"{indicator.number} {indicator.title}"
    return indicator.title


def indicator_table(ctx: BuildContext, indicators: list[m.Indicator]) -> list[Block]:
    if not indicators:
        return []
    w = ctx.w
    columns = indicator_years(ctx, indicators)
    split = any(i.gender_split for i in indicators)
    key = ("indicator", split, *columns)
    cols = ctx._columns.get(key)  # one list per set of years, shared by the tables (never changed)
    if cols is None:
        cols = [col(ctx.term("indicator"), "title", 3)]
        if split:
            cols.append(col(w["gender"], "gender"))
        cols += [col(f"{w[kind]} {year}", f"{kind}:{year}", align="right")
                 for year, kind in columns]
        ctx._columns[key] = cols
    rows: list[Row] = []
    everyone = [("", w["all"])]
    by_gender = [*everyone, ("_women", w["women"]), ("_men", w["men"])]
    value_text = ctx.value
    for indicator in indicators:
        groups = by_gender if indicator.gender_split else everyone
        years, unit = indicator.years, indicator.unit
        for n, (suffix, gender) in enumerate(groups):
            cells = [text_cell(indicator_title(ctx, indicator) if n == 0 else "")]
            if split:
                cells.append(short_cell(gender))
            for year, kind in columns:
                values = years.get(year)
                value = getattr(values, kind + suffix) if values else None
                cells.append(number_cell(value_text(value, unit)))
            rows.append(Row(cells))
    blocks: list[Block] = [Table(cols, rows)]
    for indicator in indicators:
        blocks += notes(indicator.title, [(w["description"], indicator.description),
                                          (w["comment"], indicator.comment)])
    return blocks


def leaf_titles(ctx: BuildContext, titles: dict[str, str] | None = None) -> dict[str, str]:
    """Headers of the status, completion and date columns: the level's `column_titles` over the
    fixed words."""
    w = ctx.w
    out = {"status": w["status"], "completion": w["completion"], "start": w["start"],
           "end": w["end"]}
    out.update({k: v for k, v in (titles or {}).items() if k in out})
    return out


def activity_table(ctx: BuildContext, activities: list[m.Activity],
                   titles: dict[str, str] | None = None) -> list[Block]:
    if not activities:
        return []
    w = ctx.w
    completion = any(a.completion is not None for a in activities)
    key = ("activity", completion, tuple(sorted(titles.items())) if titles else None)
    shape = ctx._columns.get(key)  # the same for every activity table of a level
    if shape is None:
        heads = {"responsible": w["responsible"], **leaf_titles(ctx, titles)}
        shown = [name for name in ("responsible", "start", "end", "status")
                 if ctx.has("activity", name)]
        cols = [col(ctx.term("activity"), "title", 3)]
        cols += [col(heads[name], name) for name in shown]
        if completion:
            cols.append(col(heads["completion"], "completion", align="right"))
        shape = ctx._columns[key] = (cols, shown)
    cols, names = shape
    rows = []
    # The loop a large report runs 10 000 times: the shared cells of dates, statuses and
    # completions are looked up in the context's dicts directly, a method called only the first
    # time a value is seen (it also notes the status for the legend).
    dates, statuses, completions = ctx._date_cells, ctx.activity_status_cells, ctx._completion_cells
    if len(names) == 4:  # responsible, start, end, status: the common table
        for a in activities:
            start, end, status = a.start, a.end, a.status
            cells = [text_cell(a.title), short_cell(a.responsible),
                     dates.get(start) or ctx.date_cell(start), dates.get(end) or ctx.date_cell(end),
                     statuses.get(status) or ctx.activity_status_cell(status)]
            if completion:
                value = a.completion
                cells.append(completions.get(value) or ctx.completion_cell(value))
            rows.append(Row(cells))
    else:
        who, start, end, status = ("responsible" in names, "start" in names, "end" in names,
                                   "status" in names)
        for a in activities:
            cells = [text_cell(a.title)]
            if who:
                cells.append(short_cell(a.responsible))
            if start:
                cells.append(ctx.date_cell(a.start))
            if end:
                cells.append(ctx.date_cell(a.end))
            if status:
                cells.append(ctx.activity_status_cell(a.status))
            if completion:
                cells.append(ctx.completion_cell(a.completion))
            rows.append(Row(cells))
    blocks: list[Block] = [Table(cols, rows)]
    description, comment = w["description"], w["comment"]
    for a in activities:  # notes(), unrolled: most activities have no text (no notes to make)
        text, more = a.description, a.comment
        if text or more:
            body = labelled(description, text, bold=False) if text else []
            if more:
                body += labelled(comment, more, bold=False)
            if body:
                blocks.append(strong(a.title))
                blocks += body
    return blocks


def responsible_text(item: m.Assignment) -> str:
    """'Anna Emrin', 'KS, SBN', or both: 'Anna Emrin (KS, SBN)'."""
    bodies = ", ".join(b for b in item.responsible_bodies if b.strip())
    if item.responsible and bodies:
        return f"{item.responsible} ({bodies})"
    return item.responsible or bodies


def assignment_table(ctx: BuildContext, assignments: list[m.Assignment],
                     titles: dict[str, str] | None = None) -> list[Block]:
    if not assignments:
        return []
    w = ctx.w
    heads = leaf_titles(ctx, titles)
    who = any(responsible_text(a) for a in assignments)  # K22 prints uppdrag without one
    dates = any(a.start or a.end for a in assignments)
    completion = any(a.completion is not None for a in assignments)
    cols = [col(ctx.term("assignment"), "title", 3)]
    cols += [col(w["responsible"], "responsible")] if who else []
    cols += [col(heads["start"], "start"), col(heads["end"], "end")] if dates else []
    cols += [col(heads["status"], "status")]
    cols += [col(heads["completion"], "completion", align="right")] if completion else []
    rows = []
    for a in assignments:
        cells = [text_cell(a.title)] + ([text_cell(responsible_text(a))] if who else [])
        cells += [text_cell(ctx.date(a.start)), text_cell(ctx.date(a.end))] if dates else []
        cells.append(ctx.mark_cell("assignment_status", a.status))
        cells += [ctx.completion_cell(a.completion)] if completion else []
        rows.append(Row(cells))
    blocks: list[Block] = [Table(cols, rows)]
    for a in assignments:
        blocks += notes(a.title, [(w["description"], a.description), (w["comment"], a.comment)])
    return blocks


def assignment_blocks(ctx: BuildContext, assignments: list[m.Assignment],
                      titles: dict[str, str] | None = None) -> list[Block]:
    """Each commitment on its own: "**Title** (KS, SBN, alla bolag)", a one-row table of status
    and completion (headed as the level's `column_titles` say), its description and comment."""
    w = ctx.w
    heads = leaf_titles(ctx, titles)
    blocks: list[Block] = []
    for a in assignments:
        head = [Span(a.title, bold=True)]
        who = responsible_text(a)
        if who:
            head.append(Span(f" ({who})"))
        blocks.append(Paragraph(tuple(head)))
        cols = [col(heads["status"], "status")]
        cells: list[Cell] = [ctx.mark_cell("assignment_status", a.status)]
        if a.completion is not None or ctx.has("assignment", "completion"):
            cols.append(col(heads["completion"], "completion", align="right"))
            cells.append(ctx.completion_cell(a.completion))
        blocks.append(Table(cols, [Row(cells)]))
        blocks += labelled(w["description"], a.description)
        blocks += labelled(w["comment"], a.comment)
    return blocks


__all__ = ["activity_table", "assignment_blocks", "assignment_table", "indicator_table",
           "indicator_years", "responsible_text", "strong"]
