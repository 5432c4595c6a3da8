"""The summary table: how many goals of each assessed level got which assessment, activities and
assignments by status, control points by assessment (as K15 prints it, lines 242-250).

One table in long form (a bold row per kind of item with its total, then a row per scale value
with count and share) because scales differ in length: five activity statuses beside three goal
assessments do not fit K15's three columns. Every value of a scale is listed, zeros included,
so a reader sees that nothing was "Ej uppfyllt"; "not assessed" only when something is.
"""

from __future__ import annotations

from reportmodel.core.stats import compute_stats
from reportmodel.core.swedish import format_share
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import Md, heading, strong, table


def summary_groups(ctx: Context) -> list[tuple[str, str, int, dict[str, int]]]:
    """(title, scale name, total, counts by key with "unset" last) for every kind that has items.
    The rich view shows the same groups."""
    stats = compute_stats(ctx.report)
    groups: list[tuple[str, str, int, dict[str, int]]] = []
    for level in ctx.scheme.levels:
        entry = stats["goals"].get(level.key)
        if level.assessment and entry and entry["total"]:
            groups.append((level.text(ctx.lang), level.assessment, entry["total"],
                           entry["by_assessment"]))
    for kind, key, scale, counts in (
            ("activity", "activities", "activity_status", "by_status"),
            ("assignment", "assignments", "assignment_status", "by_status"),
            ("control", "controls", "control_assessment", "by_assessment")):
        entry = stats[key]
        if entry["total"]:
            groups.append((ctx.terms(kind), scale, entry["total"], entry[counts]))
    return groups


def summary(ctx: Context, level: int = 2) -> list[str]:
    groups = summary_groups(ctx)
    if not groups:
        return []
    rows: list[list[str]] = []
    for title, scale, total, counts in groups:
        rows.append([strong(title), Md(f"**{ctx.number(total)}**"), ""])
        for key, count in counts.items():
            if key == "unset" and not count:
                continue
            rows.append([ctx.mark(scale, None if key == "unset" else key), ctx.number(count),
                         ctx.plain(format_share(count, total, ctx.lang))])
    return [heading(level, ctx.w["summary"]),
            table(["", ctx.w["count"], ctx.w["share"]], rows, right=(1, 2))]
