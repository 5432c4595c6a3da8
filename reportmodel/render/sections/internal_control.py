"""Internal control (K22 from line 1588): a risk overview ordered by risk value, a probability x
consequence matrix counting the risks in each cell, then per process its risks, each with its
facts, texts and control points (assessment, result, action, comment) and follow-up activities.

Ties in the overview are ordered by title in Swedish order, so the table is the same every time
whatever order the file lists the risks in.
"""

from __future__ import annotations

from collections.abc import Callable

from reportmodel.core import model as m
from reportmodel.core.swedish import sort_key
from reportmodel.core.tree import risks_by_process
from reportmodel.core.validate import risk_value
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import (Md, bullet_list, emphasis, heading, labelled, paragraphs, strong,
                               table)
from reportmodel.render.sections.leaves import activity_table, notes


def _int(ctx: Context, value: int | None) -> str:
    return "" if value is None else ctx.number(value)


def ordered_risks(report: m.Report) -> list[m.Risk]:
    """Highest value first; risks without a value last; ties by title in Swedish order."""
    def key(risk: m.Risk):
        value = risk_value(risk)
        return (value is None, -(value or 0), sort_key(risk.title), risk.id)
    return sorted(report.risks.values(), key=key)


def _risk_columns(ctx: Context, risks: list[m.Risk]) -> list[tuple[str, Callable[[m.Risk], str]]]:
    """(header, cell function) of the risk fields any of these risks has, in K22's order.
    A plan without a risk matrix has no probability, consequence or value: no empty columns."""
    w = ctx.w
    columns = [
        (w["category"], lambda r: ctx.label("risk_category", r.category) if r.category else ""),
        (w["responsible"], lambda r: r.responsible or ""),
        (w["value"], lambda r: _int(ctx, risk_value(r))),
        (w["probability"], lambda r: _int(ctx, r.probability)),
        (w["consequence"], lambda r: _int(ctx, r.consequence)),
    ]
    return [(header, cell) for header, cell in columns if any(cell(r) for r in risks)]


def risk_overview(ctx: Context, level: int) -> list[str]:
    risks = ordered_risks(ctx.report)
    if not risks:
        return []
    columns = _risk_columns(ctx, risks)
    headers = [ctx.term("risk")] + [header for header, _ in columns]
    rows = [[r.title] + [cell(r) for _, cell in columns] for r in risks]
    numbers = {ctx.w["value"], ctx.w["probability"], ctx.w["consequence"]}
    right = [i for i, header in enumerate(headers) if i and header in numbers]
    return [heading(level, ctx.w["risk_overview"]), table(headers, rows, right=right)]


def matrix_counts(report: m.Report, size: int) -> tuple[dict[tuple[int, int], int], int]:
    """(probability, consequence) -> number of risks, and how many risks lack either."""
    counts: dict[tuple[int, int], int] = {}
    missing = 0
    for risk in report.risks.values():
        p, c = risk.probability, risk.consequence
        if p is None or c is None or not (1 <= p <= size and 1 <= c <= size):
            missing += 1
            continue
        counts[(p, c)] = counts.get((p, c), 0) + 1
    return counts, missing


def risk_matrix(ctx: Context, level: int) -> list[str]:
    size = ctx.scheme.risk_matrix_size
    counts, missing = matrix_counts(ctx.report, size)
    if not counts:
        return []
    threshold = ctx.scheme.risk_control_threshold
    rows = []
    for p in range(size, 0, -1):  # the most probable at the top, as risk matrices are drawn
        row: list[str] = [str(p)]
        for c in range(1, size + 1):
            n = counts.get((p, c), 0)
            # Cells at or above the control threshold in bold: those risks need control points.
            row.append("" if not n else Md(f"**{n}**") if p * c >= threshold else str(n))
        rows.append(row)
    blocks = [heading(level, ctx.w["risk_matrix"]),
              table([ctx.w["matrix_corner"]] + [str(c) for c in range(1, size + 1)], rows,
                    right=range(1, size + 1)),
              ctx.w["matrix_note"].format(n=threshold)]
    if missing:
        blocks.append(ctx.w["matrix_missing"].format(n=missing))
    return blocks


def control_table(ctx: Context, controls: dict[str, m.ControlPoint]) -> list[str]:
    if not controls:
        return []
    items = list(controls.values())
    w = ctx.w
    who = any(c.responsible for c in items)
    freq = any(c.frequency for c in items)
    headers = [ctx.term("control")] + ([w["responsible"]] if who else [])
    headers += ([w["frequency"]] if freq else []) + [w["status"], w["assessment"]]
    rows = []
    for c in items:
        row = [c.title] + ([c.responsible or ""] if who else [])
        row += ([c.frequency or ""] if freq else [])
        rows.append(row + [ctx.mark("control_status", c.status),
                           ctx.mark("control_assessment", c.assessment)])
    blocks = [table(headers, rows)]
    for c in items:
        blocks += notes(ctx, c.title, [(w["description"], c.description), (w["method"], c.method),
                                       (w["result"], c.result), (w["action"], c.action),
                                       (w["comment"], c.comment)])
    return blocks


def risk_blocks(ctx: Context, risk: m.Risk, level: int) -> list[str]:
    w = ctx.w
    blocks = [heading(level, risk.title), *paragraphs(risk.description)]
    columns = _risk_columns(ctx, [risk])
    if columns:
        blocks.append(table([header for header, _ in columns],
                            [[cell(risk) for _, cell in columns]]))
    blocks += labelled(w["scope_note"], risk.scope_note, bold=True)
    if risk.carry_over:
        blocks.append(w["carry_over"])
    blocks += labelled(w["comment"], risk.comment, bold=True)
    blocks += control_table(ctx, risk.controls)
    blocks += activity_table(ctx, risk.activities)
    return blocks


def process_blocks(ctx: Context, process: m.Process, level: int) -> list[str]:
    blocks = [heading(level, process.title)]
    if process.group:
        blocks.append(emphasis(process.group))
    blocks += paragraphs(process.description)
    if any(s.strip() for s in process.subprocesses):
        blocks += [strong(ctx.w["subprocesses"]), bullet_list(process.subprocesses)]
    blocks += labelled(ctx.w["comment"], process.comment, bold=True)
    blocks += control_table(ctx, process.controls)
    return blocks


def internal_control(ctx: Context, level: int = 2) -> list[str]:
    report = ctx.report
    if not report.processes and not report.risks:
        return []
    blocks = [heading(level, ctx.w["internal_control"])]
    blocks += risk_overview(ctx, level + 1)
    blocks += risk_matrix(ctx, level + 1)
    grouped = risks_by_process(report)
    for pkey, process in report.processes.items():
        blocks += process_blocks(ctx, process, level + 1)
        for risk in grouped.get(pkey, []):
            blocks += risk_blocks(ctx, risk, level + 2)
    if grouped.get(None):
        blocks.append(heading(level + 1, ctx.w["risks_without_process"]))
        for risk in grouped[None]:
            blocks += risk_blocks(ctx, risk, level + 2)
    return blocks
