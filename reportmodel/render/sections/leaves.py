"""A goal's leaf items as tables: indicators, activities, assignments; then, below each table,
the texts of the rows that have any (a table cell is no place for a paragraph).

Risks' follow-up activities use the same activity table.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportmodel.core import model as m
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import labelled, strong, table


def notes(ctx: Context, title: str, texts: Iterable[tuple[str, str | None]]) -> list[str]:
    """The row's title in bold, then each text with its label: *Kommentar:* ..."""
    body: list[str] = []
    for label, text in texts:
        body.extend(labelled(label, text))
    return [strong(title), *body] if body else []


def indicator_years(indicators: Iterable[m.Indicator]) -> list[tuple[int, bool, bool]]:
    """(year, has a target, has an outcome), newest first: Mål 2022 | Utfall 2022 | Utfall 2021."""
    seen: dict[int, list[bool]] = {}
    for indicator in indicators:
        for year, values in indicator.years.items():
            has = seen.setdefault(year, [False, False])
            has[0] |= any(v is not None for v in (values.target, values.target_women,
                                                   values.target_men))
            has[1] |= any(v is not None for v in (values.outcome, values.outcome_women,
                                                   values.outcome_men))
    return [(year, t, o) for year, (t, o) in sorted(seen.items(), reverse=True) if t or o]


def indicator_table(ctx: Context, indicators: dict[str, m.Indicator]) -> list[str]:
    if not indicators:
        return []
    items = list(indicators.values())
    years = indicator_years(items)
    split = any(i.gender_split for i in items)
    headers = [ctx.term("indicator")] + ([ctx.w["gender"]] if split else [])
    columns: list[tuple[int, str]] = []
    for year, has_target, has_outcome in years:
        if has_target:
            headers.append(f"{ctx.w['target']} {year}")
            columns.append((year, "target"))
        if has_outcome:
            headers.append(f"{ctx.w['outcome']} {year}")
            columns.append((year, "outcome"))
    first_value = len(headers) - len(columns)
    rows: list[list[str]] = []
    for indicator in items:
        groups = [("", ctx.w["all"])]
        if indicator.gender_split:
            groups += [("_women", ctx.w["women"]), ("_men", ctx.w["men"])]
        for n, (suffix, gender) in enumerate(groups):
            row = [indicator.title if n == 0 else ""] + ([gender] if split else [])
            for year, field in columns:
                values = indicator.years.get(year)
                value = getattr(values, field + suffix) if values else None
                row.append(ctx.value(value, indicator.unit))
            rows.append(row)
    blocks = [table(headers, rows, right=range(first_value, len(headers)))]
    for indicator in items:
        blocks += notes(ctx, indicator.title, [(ctx.w["description"], indicator.description),
                                               (ctx.w["comment"], indicator.comment)])
    return blocks


def activity_table(ctx: Context, activities: dict[str, m.Activity]) -> list[str]:
    if not activities:
        return []
    items = list(activities.values())
    completion = any(a.completion is not None for a in items)
    headers = [ctx.term("activity"), ctx.w["responsible"], ctx.w["start"], ctx.w["end"],
               ctx.w["status"]] + ([ctx.w["completion"]] if completion else [])
    rows = []
    for a in items:
        row = [a.title, a.responsible or "", ctx.date(a.start), ctx.date(a.end),
               ctx.mark("activity_status", a.status)]
        rows.append(row + ([ctx.completion(a.completion)] if completion else []))
    blocks = [table(headers, rows, right=(5,) if completion else ())]
    for a in items:
        blocks += notes(ctx, a.title, [(ctx.w["description"], a.description),
                                       (ctx.w["comment"], a.comment)])
    return blocks


def responsible_text(item: m.Assignment) -> str:
    """'Anna Emrin', 'KS, SBN', or both: 'Anna Emrin (KS, SBN)'."""
    bodies = ", ".join(b for b in item.responsible_bodies if b.strip())
    if item.responsible and bodies:
        return f"{item.responsible} ({bodies})"
    return item.responsible or bodies


def assignment_table(ctx: Context, assignments: dict[str, m.Assignment]) -> list[str]:
    if not assignments:
        return []
    items = list(assignments.values())
    who = any(responsible_text(a) for a in items)  # K22 prints uppdrag without one
    dates = any(a.start or a.end for a in items)
    completion = any(a.completion is not None for a in items)
    headers = [ctx.term("assignment")] + ([ctx.w["responsible"]] if who else [])
    headers += [ctx.w["start"], ctx.w["end"]] if dates else []
    headers += [ctx.w["status"]] + ([ctx.w["completion"]] if completion else [])
    rows = []
    for a in items:
        row = [a.title] + ([responsible_text(a)] if who else [])
        row += [ctx.date(a.start), ctx.date(a.end)] if dates else []
        row += [ctx.mark("assignment_status", a.status)]
        rows.append(row + ([ctx.completion(a.completion)] if completion else []))
    blocks = [table(headers, rows, right=(len(headers) - 1,) if completion else ())]
    for a in items:
        blocks += notes(ctx, a.title, [(ctx.w["description"], a.description),
                                       (ctx.w["comment"], a.comment)])
    return blocks
