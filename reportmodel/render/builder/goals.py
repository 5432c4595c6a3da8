"""The goal hierarchy. Each goal is printed as its level's layout says:

- style "heading" (default): a heading from the level's template (Kalmar: "Nämndsmål – Budget i
  balans"), its description, a one-row table of responsible, assessment and trend, its Agenda 2030
  links, its comment;
- style "table": no heading; an "Indikator: …" line, then a one-row table of the level's columns
  (the goal's number and title, its Agenda 2030 goals, its assessment), then its comment, so the
  title is printed once.

Then the narrative sections placed inside the goal, its child goals (under the level's
`goals_heading` if it has one), and its own indicators, activities and assignments: after the
child goals by default (`leaves_after_children`). A level with `indicator_tables = "per-parent"`
prints one indicator table for all its child goals, after the last of them.
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.agenda2030 import GLOBAL_GOALS, goal_name
from reportmodel.core.tree import children_index
from reportmodel.render.builder.context import BuildContext, col, short_cell, text_cell
from reportmodel.render.builder.leaves import (activity_table, assignment_blocks, assignment_table,
                                             indicator_table)
from reportmodel.render.builder.text import labelled, text_blocks
from reportmodel.render.document import Block, Heading, Paragraph, Row, Span, Table, plain


def fill(template: str, **values: str) -> str:
    """A heading template with {level}, {number}, {title}; a missing number takes its separator
    with it ("{number}. {title}" without a number is just the title)."""
    if not values.get("number"):
        for form in ("{number}. ", "{number} ", "{number}.", "{number}"):
            template = template.replace(form, "")
    return template.format_map(_Default(values)).strip()


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def goal_title(ctx: BuildContext, goal: m.Goal) -> str:
    template = ctx.level_layout(goal.level).heading
    if template is None:  # Kalmar's "Nämndsmål – 1 Budget i balans", without a template
        label = ctx.level_label(goal.level)
        return (f"{label}{ctx.dash}{goal.number} {goal.title}" if goal.number
                else f"{label}{ctx.dash}{goal.title}").strip()
    return fill(template, level=ctx.level_label(goal.level), number=goal.number or "",
                title=goal.title)


def agenda_text(ctx: BuildContext, goal: m.Goal) -> str:
    if not goal.agenda2030:
        return ""
    names = ctx.agenda_names
    if names is None:  # each global goal's link as the layout words it, once per build
        template = ctx.layout.agenda2030 or "{number} {name}"
        names = ctx.agenda_names = {n: template.format(number=n, name=goal_name(n, ctx.lang))
                                    for n in GLOBAL_GOALS}
    return ", ".join([names[n] for n in goal.agenda2030 if n in names])


class GoalBuilder:
    def __init__(self, ctx: BuildContext, sections_in: dict[str, list[m.Section]]):
        self.ctx = ctx
        self.children = children_index(ctx.report.goals)
        self.sections_in = sections_in
        self._fact_columns: dict[tuple[str, ...], list] = {}

    def facts(self, goal: m.Goal) -> list[Block]:
        ctx = self.ctx
        level = ctx.scheme.level(goal.level)
        roles, cells = [], []
        if goal.responsible:
            roles.append("responsible")
            cells.append(short_cell(goal.responsible))
        if level and level.assessment:
            roles.append("assessment")
            cells.append(ctx.mark_cell(level.assessment, goal.assessment))
        if level and (level.trend or goal.trend):
            roles.append("trend")
            cells.append(ctx.mark_cell("trend", goal.trend))
        if not roles:
            return []
        key = tuple(roles)
        cols = self._fact_columns.get(key)
        if cols is None:  # one list per combination, shared by the tables (never changed)
            cols = self._fact_columns[key] = [col(ctx.w[r], r) for r in roles]
        return [Table(cols, [Row(cells)])]

    def goal_row(self, goal: m.Goal) -> list[Block]:
        """Style "table": the level's columns in one row."""
        ctx = self.ctx
        lay = ctx.level_layout(goal.level)
        level = ctx.scheme.level(goal.level)
        titles = lay.column_titles or {}
        defaults = {"title": ctx.level_label(goal.level), "responsible": ctx.w["responsible"],
                    "agenda2030": ctx.w["agenda2030"], "assessment": ctx.w["assessment"],
                    "trend": ctx.w["trend"]}
        cols, cells = [], []
        for role in lay.columns or ["title", "assessment"]:
            cols.append(col(titles.get(role, defaults.get(role, role)), role,
                            3 if role == "title" else 1))
            if role == "title":
                cells.append(text_cell(fill("{number}. {title}", number=goal.number or "",
                                            title=goal.title)))
            elif role == "responsible":
                cells.append(text_cell(goal.responsible))
            elif role == "agenda2030":
                text = agenda_text(ctx, goal).replace(", ", "\n")
                cells.append(text_cell(text or ctx.layout.agenda2030_none or ""))
            elif role == "assessment":
                scale = level.assessment if level and level.assessment else "goal_assessment"
                cells.append(ctx.mark_cell(scale, goal.assessment))
            elif role == "trend":
                cells.append(ctx.mark_cell("trend", goal.trend))
        return [Table(cols, [Row(cells)])]

    def goal(self, goal: m.Goal, level: int) -> list[Block]:
        """One goal and everything under it, its heading at `level`."""
        ctx = self.ctx
        lay = ctx.level_layout(goal.level)
        blocks: list[Block] = []
        if lay.style == "table":
            if lay.indicator_line and goal.indicators:
                names = ", ".join(i.title for i in goal.indicators.values())
                blocks.append(Paragraph(plain(fill(lay.indicator_line, titles=names))))
            blocks += text_blocks(goal.description)
            blocks += self.goal_row(goal)
            child_level = level
        else:
            blocks.append(Heading(level, plain(goal_title(ctx, goal)), anchor="goals-" + goal.id))
            blocks += text_blocks(goal.description)
            blocks += self.facts(goal)
            links = agenda_text(ctx, goal)
            if links:
                blocks += labelled(ctx.w["agenda2030"], links)
            elif ctx.layout.agenda2030_none and goal.level in _levels_with_agenda(ctx):
                blocks += labelled(ctx.w["agenda2030"], ctx.layout.agenda2030_none)
            child_level = level + 1
        blocks += labelled(ctx.w["comment"] if lay.comment_label is None else lay.comment_label,
                           goal.comment)
        for section in self.sections_in.get(goal.id, []):
            blocks += section_blocks(ctx, section, child_level, self.sections_in)
        leaves = self.leaves(goal, child_level)
        after = ctx.layout.leaves_after_children
        if not after:
            blocks += leaves
        kids = [ctx.report.goals[k] for k in self.children.get(goal.id, [])]
        if kids:
            kid_level = child_level
            if lay.goals_heading:
                blocks.append(Heading(child_level, plain(lay.goals_heading)))
                kid_level = child_level + 1
            for kid in kids:
                blocks += self.goal(kid, kid_level)
            if lay.indicator_tables == "per-parent":
                blocks += indicator_table(ctx, [i for kid in kids for i in kid.indicators.values()])
        if after:
            blocks += leaves
        return blocks

    def leaves(self, goal: m.Goal, level: int) -> list[Block]:
        ctx = self.ctx
        parent = ctx.report.goals.get(goal.parent or "")
        blocks: list[Block] = []
        per_parent = parent is not None and ctx.level_layout(parent.level).indicator_tables == "per-parent"
        if not per_parent:
            blocks += indicator_table(ctx, list(goal.indicators.values()))
        lay = ctx.level_layout(goal.level)
        blocks += activity_table(ctx, list(goal.activities.values()), lay.column_titles)
        assignments = list(goal.assignments.values())
        if assignments:
            if lay.assignments_heading:
                blocks.append(Heading(level, plain(lay.assignments_heading)))
            if lay.assignments == "blocks":
                blocks += assignment_blocks(ctx, assignments, lay.column_titles)
            else:
                blocks += assignment_table(ctx, assignments, lay.column_titles)
        return blocks


def _levels_with_agenda(ctx: BuildContext) -> set[str]:
    """Levels whose goals link to global goals somewhere in the report (once per build)."""
    levels = getattr(ctx, "_agenda_levels", None)
    if levels is None:
        levels = {g.level for g in ctx.report.goals.values() if g.agenda2030}
        ctx._agenda_levels = levels  # type: ignore[attr-defined]
    return levels


def section_blocks(ctx: BuildContext, section: m.Section, level: int,
                   sections_in: dict[str, list[m.Section]] | None = None) -> list[Block]:
    """A narrative section: its title as a heading of `level`, its Markdown below it (its own
    headings nested under that one), then its sub-sections."""
    blocks: list[Block] = [Heading(level, plain(section.title), anchor="sections-" + section.id)]
    blocks += text_blocks(section.text, heading_base=min(level, 6))
    for child in (sections_in or {}).get("section:" + section.id, []):
        blocks += section_blocks(ctx, child, level + 1, sections_in)
    return blocks


def goals_part(ctx: BuildContext, level: int, sections_in: dict[str, list[m.Section]],
               roots: list[m.Goal] | None = None) -> list[Block]:
    builder = GoalBuilder(ctx, sections_in)
    if roots is None:
        roots = [ctx.report.goals[k] for k in builder.children.get(None, [])]
    blocks: list[Block] = []
    for goal in roots:
        blocks += builder.goal(goal, level)
    return blocks


__all__ = ["GoalBuilder", "Span", "agenda_text", "fill", "goal_title", "goals_part",
           "section_blocks"]
