"""The goal hierarchy, per focus area (the top level): each goal under a heading that names its
level ("Nämndsmål – Budget i balans", as K22 prints it), then its description, a small table of
responsible, assessment and trend, its Agenda 2030 links, its comment, and its leaf items.

A goal's heading is one level below its parent's, so the outline of the document is the goal
tree (K22's "Ett Kalmar för alla", a nämndsmål right under a focus area, sits right under it).
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.agenda2030 import GLOBAL_GOALS, goal_label
from reportmodel.core.tree import walk_goals
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import heading, labelled, paragraphs, table
from reportmodel.render.sections.leaves import activity_table, assignment_table, indicator_table


def goal_title(ctx: Context, goal: m.Goal) -> str:
    title = f"{goal.number} {goal.title}" if goal.number else goal.title
    return ctx.level_label(goal.level) + ctx.dash + title


def goal_facts(ctx: Context, goal: m.Goal) -> list[str]:
    level = ctx.scheme.level(goal.level)
    headers: list[str] = []
    cells: list[str] = []
    if goal.responsible:
        headers.append(ctx.w["responsible"])
        cells.append(goal.responsible or "")
    if level and level.assessment:
        headers.append(ctx.w["assessment"])
        cells.append(ctx.mark(level.assessment, goal.assessment))
    if level and level.trend:
        headers.append(ctx.w["trend"])
        cells.append(ctx.mark("trend", goal.trend))
    return [table(headers, [cells])] if headers else []


def goal_blocks(ctx: Context, goal: m.Goal, level: int) -> list[str]:
    """One goal with its leaf items, under a heading of `level`."""
    blocks = [heading(level, goal_title(ctx, goal))]
    blocks += paragraphs(goal.description)
    blocks += goal_facts(ctx, goal)
    links = [goal_label(n, ctx.lang) for n in goal.agenda2030 if n in GLOBAL_GOALS]
    if links:
        blocks += labelled(ctx.w["agenda2030"], ", ".join(links), bold=True)
    blocks += labelled(ctx.w["comment"], goal.comment, bold=True)
    blocks += indicator_table(ctx, goal.indicators)
    blocks += activity_table(ctx, goal.activities)
    blocks += assignment_table(ctx, goal.assignments)
    return blocks


def goals(ctx: Context, level: int = 2) -> list[str]:
    blocks: list[str] = []
    levels: dict[str, int] = {}  # goal id -> its heading level
    for node in walk_goals(ctx.report, leaves=False):
        parent_level = levels.get(node.item.parent or "", level - 1)
        levels[node.id] = parent_level + 1
        blocks += goal_blocks(ctx, node.item, parent_level + 1)
    return blocks
