"""The parts of the document that are neither goals, internal control nor contractors: the title
block, the cover memo, the goal overview, the narrative sections, the summary and the legend
(`Builder`, one per build: it knows which sections the layout or a goal has placed).
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.stats import compute_stats
from reportmodel.core.swedish import format_share
from reportmodel.render.builder.context import BuildContext, col, number_cell, text_cell
from reportmodel.render.builder.goals import GoalBuilder, section_blocks
from reportmodel.render.builder.legend import legend_block, legend_groups
from reportmodel.render.builder.text import strong, text_blocks
from reportmodel.render.document import (Block, BulletList, Heading, Paragraph, Row, Signatures,
                                         Table, plain)


class Builder:
    def __init__(self, ctx: BuildContext):
        self.ctx = ctx
        report = ctx.report
        self.placed: set[str] = set()  # sections given a place by the layout or a goal
        self.sections_in: dict[str, list[m.Section]] = {}
        for key, section in report.sections.items():
            if section.goal and section.goal in report.goals:
                self.sections_in.setdefault(section.goal, []).append(section)
                self.placed.add(key)
            elif section.parent and section.parent in report.sections:
                self.sections_in.setdefault("section:" + section.parent, []).append(section)
        layout = ctx.layout
        for name in (layout.parts or []) + (layout.memo or []) + (layout.goals_intro or []):
            if name.startswith("section:"):
                self.placed.add(name[len("section:"):])

    # -- parts ---------------------------------------------------------------------------------
    def title(self, title: str) -> list[Block]:
        ctx, meta = self.ctx, self.ctx.report.meta
        blocks: list[Block] = [Heading(1, plain(title))]
        lines = "\n".join(x for x in (meta.municipality, meta.board) if x and x.strip())
        if lines:
            blocks.append(Paragraph(plain(lines), hard_breaks=True))
        fields = [(ctx.w["case_number"], "case_number", meta.case_number or ""),
                  (ctx.w["date"], "date", ctx.date(meta.date)),
                  (ctx.w["officer"], "officer", meta.officer or "")]
        present = [f for f in fields if f[2]]
        if present:
            blocks.append(Table([col(label, role) for label, role, _ in present],
                                [Row([text_cell(v) for _, _, v in present])]))
        return blocks

    def memo(self, level: int) -> list[Block]:
        ctx, meta = self.ctx, self.ctx.report.meta
        blocks: list[Block] = []
        for entry in ctx.layout.memo or []:
            if entry == "decision" and meta.decision:
                blocks.append(Heading(level, plain(ctx.w["decision"])))
                if ctx.layout.decision_numbered:
                    blocks.append(BulletList([text_blocks(s) for s in meta.decision],
                                             ordered=True))
                else:
                    for sentence in meta.decision:
                        blocks += text_blocks(sentence)
            elif entry == "signatures":
                people = [(s.name, s.title or "") for s in meta.signatories.values()]
                if people or meta.signing_unit:
                    blocks.append(Signatures(meta.signing_unit or "", people))
            elif entry == "attachments":
                attachments = [a for a in meta.attachments if a.strip()]
                if attachments:
                    blocks += [strong(ctx.w["attachments"]),
                               BulletList([[Paragraph(plain(a))] for a in attachments])]
            elif entry.startswith("section:"):
                section = ctx.report.sections.get(entry[len("section:"):])
                if section is not None:
                    blocks += section_blocks(ctx, section, level, self.sections_in)
        return blocks

    def overview(self, level: int) -> list[Block]:
        """Per top-level goal, a table of its child goals: title, assessment, trend."""
        ctx = self.ctx
        report = ctx.report
        builder = GoalBuilder(ctx, self.sections_in)
        blocks: list[Block] = []
        for root in builder.children.get(None, []):
            kids = [report.goals[k] for k in builder.children.get(root, [])]
            if not kids:
                continue
            level_key = kids[0].level
            scheme_level = ctx.scheme.level(level_key)
            roles = [r for r in ctx.layout.overview_columns or ["title"]
                     if r == "title" or r == "responsible" and ctx.has("goal", "responsible")
                     or r == "assessment" and scheme_level and scheme_level.assessment
                     or r == "trend" and (scheme_level and scheme_level.trend
                                          or ctx.has("goal", "trend"))
                     or r == "agenda2030"]
            if len(roles) < 2:
                continue
            titles = {"title": ctx.level_label(level_key), "responsible": ctx.w["responsible"],
                      "assessment": ctx.w["assessment"], "trend": ctx.w["trend"],
                      "agenda2030": ctx.w["agenda2030"]}
            rows = []
            for kid in kids:
                cells = []
                for r in roles:
                    if r == "title":
                        cells.append(text_cell(kid.title))
                    elif r == "assessment":
                        cells.append(ctx.mark_cell(scheme_level.assessment, kid.assessment))
                    elif r == "trend":
                        cells.append(ctx.mark_cell("trend", kid.trend))
                    elif r == "responsible":
                        cells.append(text_cell(kid.responsible))
                    else:
                        from reportmodel.render.builder.goals import agenda_text
                        cells.append(text_cell(agenda_text(ctx, kid) or ctx.layout.agenda2030_none))
                rows.append(Row(cells))
            blocks += [Heading(level + 1, plain(report.goals[root].title)),
                       Table([col(titles[r], r, 3 if r == "title" else 1) for r in roles], rows)]
        if not blocks:
            return []
        return [Heading(level, plain(ctx.part_title("overview", ctx.w["overview"]))), *blocks]

    def sections(self, level: int) -> list[Block]:
        blocks: list[Block] = []
        report = self.ctx.report
        for key, section in report.sections.items():
            root = not (section.parent and section.parent in report.sections)
            if root and key not in self.placed:
                blocks += section_blocks(self.ctx, section, level, self.sections_in)
        return blocks

    def summary(self, level: int) -> list[Block]:
        ctx = self.ctx
        rows: list[Row] = []
        for title, scale, total, counts in summary_groups(ctx):
            rows.append(Row([text_cell(title, bold=True), text_cell(ctx.number(total), bold=True),
                             text_cell("")]))
            for key, count in counts.items():
                if key == "unset" and not count:
                    continue
                rows.append(Row([ctx.mark_cell(scale, None if key == "unset" else key),
                                 number_cell(ctx.number(count)),
                                 number_cell(ctx.plain(format_share(count, total, ctx.lang)))]))
        if not rows:
            return []
        return [Heading(level, plain(ctx.part_title("summary", ctx.w["summary"]))),
                Table([col("", "title", 3), col(ctx.w["count"], "count", align="right"),
                       col(ctx.w["share"], "share", align="right")], rows)]

    def legend(self, level: int) -> list[Block]:
        ctx = self.ctx
        groups = legend_groups(ctx)
        if not groups or ctx.ascii:  # --ascii writes words, there is nothing to explain
            return []
        return [Heading(level, plain(ctx.part_title("legend", ctx.w["legend"]))),
                legend_block(ctx, groups)]

_LEGEND_HERE = Paragraph(())  # where the goals part wants the legend, filled in last


def summary_groups(ctx: BuildContext) -> list[tuple[str, str, int, dict[str, int]]]:
    """(title, scale name, total, counts by key with "unset" last) for every kind with items."""
    stats = compute_stats(ctx.report)
    groups: list[tuple[str, str, int, dict[str, int]]] = []
    for level in ctx.scheme.levels:
        entry = stats["goals"].get(level.key)
        if level.assessment and entry and entry["total"]:
            groups.append((level.text(ctx.lang), level.assessment, entry["total"],
                           entry["by_assessment"]))
        if entry and entry["total"] and "by_trend" in entry:
            groups.append((f"{level.text(ctx.lang)}{ctx.dash}{ctx.w['trend'].lower()}", "trend",
                           entry["total"], entry["by_trend"]))
    for kind, key, scale, counts in (
            ("activity", "activities", "activity_status", "by_status"),
            ("assignment", "assignments", "assignment_status", "by_status"),
            ("control", "controls", "control_assessment", "by_assessment")):
        entry = stats[key]
        if entry["total"]:
            groups.append((ctx.terms(kind), scale, entry["total"], entry[counts]))
    rows = stats["contractor_rows"]
    if rows["total"]:
        groups.append((ctx.term("contractor"), "contractor_fulfilment", rows["total"],
                       rows["by_fulfilment"]))
    return groups
