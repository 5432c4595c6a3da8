"""The terminal view of goals, internal control and contractor follow-up: the same content and
order as the Markdown export (sections/), drawn with rich tables and the scales' colours."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from reportmodel.core import model as m
from reportmodel.core.agenda2030 import GLOBAL_GOALS, goal_label
from reportmodel.core.tree import risks_by_process, walk_goals
from reportmodel.core.validate import risk_value
from reportmodel.render.context import Context
from reportmodel.render.rich_text import heading, indented, labelled, line, mark, paragraph, table
from reportmodel.render.sections.goals import goal_title
from reportmodel.render.sections.internal_control import matrix_counts, ordered_risks
from reportmodel.render.sections.leaves import indicator_years, responsible_text

INDENT = 2


def leaf_notes(title: str, texts: list[tuple[str, str | None]]) -> list[RenderableType]:
    body: list[RenderableType] = []
    for label, value in texts:
        body += labelled(label, value, INDENT)
    return [line(title, "bold"), *body] if body else []


def indicators(ctx: Context, items: dict[str, m.Indicator]) -> list[RenderableType]:
    if not items:
        return []
    years = indicator_years(items.values())
    split = any(i.gender_split for i in items.values())
    headers = [ctx.term("indicator")] + ([ctx.w["gender"]] if split else [])
    columns = []
    for year, has_target, has_outcome in years:
        for field, has in (("target", has_target), ("outcome", has_outcome)):
            if has:
                headers.append(f"{ctx.w[field]} {year}")
                columns.append((year, field))
    rows = []
    for ind in items.values():
        groups = [("", ctx.w["all"])]
        if ind.gender_split:
            groups += [("_women", ctx.w["women"]), ("_men", ctx.w["men"])]
        for n, (suffix, gender) in enumerate(groups):
            row: list[Text | str] = [ind.title if n == 0 else ""]
            row += [gender] if split else []
            for year, field in columns:
                values = ind.years.get(year)
                row.append(ctx.value(getattr(values, field + suffix) if values else None,
                                     ind.unit))
            rows.append(row)
    first = len(headers) - len(columns)
    out: list[RenderableType] = [table(headers, rows, right=range(first, len(headers)))]
    for ind in items.values():
        out += leaf_notes(ind.title, [(ctx.w["description"], ind.description),
                                      (ctx.w["comment"], ind.comment)])
    return out


def activities(ctx: Context, items: dict[str, m.Activity]) -> list[RenderableType]:
    if not items:
        return []
    w = ctx.w
    completion = any(a.completion is not None for a in items.values())
    headers = [ctx.term("activity"), w["responsible"], w["start"], w["end"], w["status"]]
    headers += [w["completion"]] if completion else []
    rows = []
    for a in items.values():
        row: list[Text | str] = [a.title, a.responsible or "", ctx.date(a.start),
                                 ctx.date(a.end), mark(ctx, "activity_status", a.status)]
        rows.append(row + ([ctx.completion(a.completion)] if completion else []))
    out: list[RenderableType] = [table(headers, rows, right=(5,) if completion else ())]
    for a in items.values():
        out += leaf_notes(a.title, [(w["description"], a.description), (w["comment"], a.comment)])
    return out


def assignments(ctx: Context, items: dict[str, m.Assignment]) -> list[RenderableType]:
    if not items:
        return []
    w = ctx.w
    dates = any(a.start or a.end for a in items.values())
    completion = any(a.completion is not None for a in items.values())
    headers = [ctx.term("assignment"), w["responsible"]]
    headers += [w["start"], w["end"]] if dates else []
    headers += [w["status"]] + ([w["completion"]] if completion else [])
    rows = []
    for a in items.values():
        row: list[Text | str] = [a.title, responsible_text(a)]
        row += [ctx.date(a.start), ctx.date(a.end)] if dates else []
        row.append(mark(ctx, "assignment_status", a.status))
        rows.append(row + ([ctx.completion(a.completion)] if completion else []))
    out: list[RenderableType] = [table(headers, rows)]
    for a in items.values():
        out += leaf_notes(a.title, [(w["description"], a.description), (w["comment"], a.comment)])
    return out


def goal_view(ctx: Context, goal: m.Goal, depth: int) -> list[RenderableType]:
    w = ctx.w
    out: list[RenderableType] = [heading(goal_title(ctx, goal), depth)]
    out += paragraph(goal.description)
    level = ctx.scheme.level(goal.level)
    facts: list[Text] = []
    if goal.responsible:
        facts.append(Text.assemble((f"{w['responsible']}: ", "bold"), line(goal.responsible)))
    if level and level.assessment:
        facts.append(Text.assemble((f"{w['assessment']}: ", "bold"),
                                   mark(ctx, level.assessment, goal.assessment)))
    if level and level.trend:
        facts.append(Text.assemble((f"{w['trend']}: ", "bold"), mark(ctx, "trend", goal.trend)))
    if facts:
        out.append(Text("   ").join(facts))
        out.append(Text(""))
    links = [goal_label(n, ctx.lang) for n in goal.agenda2030 if n in GLOBAL_GOALS]
    out += labelled(w["agenda2030"], ", ".join(links))
    out += labelled(w["comment"], goal.comment)
    out += indicators(ctx, goal.indicators)
    out += activities(ctx, goal.activities)
    out += assignments(ctx, goal.assignments)
    return out


def goals_view(ctx: Context) -> list[RenderableType]:
    out: list[RenderableType] = []
    for node in walk_goals(ctx.report, leaves=False):
        out.append(indented(goal_view(ctx, node.item, node.depth), INDENT * node.depth))
    return out


def _value_style(ctx: Context, value: int | None) -> str:
    if value is None:
        return ""
    threshold = ctx.scheme.risk_control_threshold
    return "bold red" if value >= threshold else "yellow" if value * 2 >= threshold else "green"


def controls(ctx: Context, items: dict[str, m.ControlPoint]) -> list[RenderableType]:
    if not items:
        return []
    w = ctx.w
    headers = [ctx.term("control"), w["responsible"], w["frequency"], w["status"],
               w["assessment"]]
    rows = [[c.title, c.responsible or "", c.frequency or "",
             mark(ctx, "control_status", c.status),
             mark(ctx, "control_assessment", c.assessment)] for c in items.values()]
    out: list[RenderableType] = [table(headers, rows)]
    for c in items.values():
        out += leaf_notes(c.title, [(w["description"], c.description), (w["method"], c.method),
                                    (w["result"], c.result), (w["action"], c.action),
                                    (w["comment"], c.comment)])
    return out


def risk_view(ctx: Context, risk: m.Risk, depth: int) -> list[RenderableType]:
    w = ctx.w
    value = risk_value(risk)
    facts = [(w["category"], ctx.label("risk_category", risk.category) if risk.category else ""),
             (w["responsible"], risk.responsible or ""),
             (w["probability"], "" if risk.probability is None else str(risk.probability)),
             (w["consequence"], "" if risk.consequence is None else str(risk.consequence))]
    parts = [Text.assemble((f"{label}: ", "bold"), line(v)) for label, v in facts if v]
    if value is not None:
        parts.append(Text.assemble((f"{w['value']}: ", "bold"),
                                   (ctx.number(value), _value_style(ctx, value))))
    out: list[RenderableType] = [heading(risk.title, depth), *paragraph(risk.description)]
    if parts:
        out += [Text("   ").join(parts), Text("")]
    out += labelled(w["scope_note"], risk.scope_note)
    if risk.carry_over:
        out += paragraph(w["carry_over"], style="italic")
    out += labelled(w["comment"], risk.comment)
    out += controls(ctx, risk.controls)
    out += activities(ctx, risk.activities)
    return out


def risk_overview(ctx: Context) -> list[RenderableType]:
    w = ctx.w
    rows = []
    for r in ordered_risks(ctx.report):
        value = risk_value(r)
        rows.append([r.title, ctx.label("risk_category", r.category) if r.category else "",
                     r.responsible or "",
                     Text("" if value is None else ctx.number(value),
                          style=_value_style(ctx, value)),
                     "" if r.probability is None else str(r.probability),
                     "" if r.consequence is None else str(r.consequence)])
    headers = [ctx.term("risk"), w["category"], w["responsible"], w["value"], w["probability"],
               w["consequence"]]
    out: list[RenderableType] = [table(headers, rows, right=(3, 4, 5), title=w["risk_overview"])]
    size = ctx.scheme.risk_matrix_size
    counts, _missing = matrix_counts(ctx.report, size)
    if counts:
        matrix_rows = []
        for p in range(size, 0, -1):
            row: list[Text | str] = [str(p)]
            for c in range(1, size + 1):
                n = counts.get((p, c), 0)
                row.append(Text(str(n) if n else "·", style=_value_style(ctx, p * c)))
            matrix_rows.append(row)
        out.append(table([w["matrix_corner"]] + [str(c) for c in range(1, size + 1)], matrix_rows,
                         right=range(1, size + 1), title=w["risk_matrix"]))
    return out


def internal_control_view(ctx: Context) -> list[RenderableType]:
    report = ctx.report
    if not report.processes and not report.risks:
        return []
    out: list[RenderableType] = risk_overview(ctx) if report.risks else []
    grouped = risks_by_process(report)
    for pkey, process in report.processes.items():
        out.append(heading(process.title, 1))
        out += paragraph(process.group, style="italic")
        out += paragraph(process.description)
        if process.subprocesses:
            out += paragraph("\n".join(f"• {s}" for s in process.subprocesses), INDENT)
        out += labelled(ctx.w["comment"], process.comment)
        out += controls(ctx, process.controls)
        for risk in grouped.get(pkey, []):
            out.append(indented(risk_view(ctx, risk, 2), INDENT))
    if grouped.get(None):
        out.append(heading(ctx.w["risks_without_process"], 1))
        for risk in grouped[None]:
            out.append(indented(risk_view(ctx, risk, 2), INDENT))
    return out


def contractors_view(ctx: Context) -> list[RenderableType]:
    w = ctx.w
    out: list[RenderableType] = []
    for area in ctx.report.contractors.values():
        out.append(heading(area.title, 1))
        rows = []
        for r in area.rows.values():
            cell = mark(ctx, "contractor_fulfilment", r.fulfilment)
            if r.fulfilment_note:
                cell = Text.assemble(cell, "\n", line(r.fulfilment_note))
            rows.append([r.title, cell, r.deficiencies or "", r.effect or "", r.actions or ""])
        if rows:
            out.append(table([w["followed_up"], w["fulfilment"], w["deficiencies"], w["effect"],
                              w["actions"]], rows))
        for r in area.rows.values():
            out += leaf_notes(r.title, [(w["comment"], r.comment)])
        out += labelled(w["comment"], area.comment)
    return out
