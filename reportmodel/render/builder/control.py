"""Internal control: a legend of the control assessment when the layout asks for one, a risk
overview ordered by risk value and a probability x consequence matrix (each only when the layout
asks for it and there is something to show), then per process its risks with their control points.

Risks are printed as headings (`risk_style = "heading"`, K22) or as bold group rows of one control
table per process (`"group-row"`: Kontrollmoment | Ansvarig | Frekvens | … under each risk).
Columns of the control table: the layout's `control_columns`, or by default those the report uses.
Ties in the overview are ordered by title in Swedish order, so the table is the same every time.
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.swedish import sort_key
from reportmodel.core.tree import risks_by_process
from reportmodel.core.validate import risk_value
from reportmodel.render.builder.context import (BuildContext, col, number_cell, scale_use,
                                                short_cell, text_cell)
from reportmodel.render.builder.goals import fill
from reportmodel.render.builder.leaves import activity_table
from reportmodel.render.builder.legend import legend_block, legend_groups
from reportmodel.render.builder.text import labelled, notes, strong, text_blocks
from reportmodel.render.document import (Block, BulletList, Cell, Heading, Paragraph, RiskMatrix,
                                         Row, Span, Table, plain)


def ordered_risks(report: m.Report) -> list[m.Risk]:
    """Highest value first; risks without a value last; ties by title in Swedish order."""
    def key(risk: m.Risk):
        value = risk_value(risk)
        return (value is None, -(value or 0), sort_key(risk.title), risk.id)
    return sorted(report.risks.values(), key=key)


def _int(ctx: BuildContext, value: int | None) -> str:
    return "" if value is None else ctx.number(value)


_RISK_ROLES = ("category", "responsible", "value", "probability", "consequence")
_NUMBERS = ("value", "probability", "consequence")


def _risk_texts(ctx: BuildContext, risk: m.Risk) -> tuple[str, ...]:
    """The risk's texts in _RISK_ROLES' order (K22's), "" where it has none. Each risk is printed
    twice (the overview and its own table), so they are made once per build."""
    texts = ctx.risk_texts.get(risk.id)
    if texts is None or texts[0] is not risk:
        texts = ctx.risk_texts[risk.id] = (risk, (
            ctx.label("risk_category", risk.category) if risk.category else "",
            risk.responsible or "", _int(ctx, risk_value(risk)), _int(ctx, risk.probability),
            _int(ctx, risk.consequence)))
    return texts[1]


def _risk_columns(ctx: BuildContext, texts: list[tuple[str, ...]]) -> list[tuple[int, str, str]]:
    """(position in _RISK_ROLES, header, role) of the risk fields any of these risks has."""
    w = ctx.w
    return [(n, w[role], role) for n, role in enumerate(_RISK_ROLES) if any(t[n] for t in texts)]


def _risk_cells(texts: tuple[str, ...], columns: list[tuple[int, str, str]]) -> list[Cell]:
    # A category and a person repeat from risk to risk: shared cells, written once (short_cell).
    return [number_cell(texts[n]) if role in _NUMBERS else short_cell(texts[n])
            for n, _, role in columns]


def risk_overview(ctx: BuildContext, level: int) -> list[Block]:
    risks = ordered_risks(ctx.report)
    texts = [_risk_texts(ctx, r) for r in risks]
    columns = _risk_columns(ctx, texts)
    if not risks or not columns:  # a one-column list of titles says nothing the parts don't
        return []
    cols = [col(ctx.term("risk"), "title", 3)]
    cols += [col(header, role, align="right" if role in _NUMBERS else "left")
             for _, header, role in columns]
    rows = [Row([text_cell(r.title), *_risk_cells(t, columns)]) for r, t in zip(risks, texts)]
    return [Heading(level, plain(ctx.w["risk_overview"])), Table(cols, rows)]


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


def risk_matrix(ctx: BuildContext, level: int) -> list[Block]:
    size = ctx.scheme.risk_matrix_size
    counts, missing = matrix_counts(ctx.report, size)
    if not counts:
        return []
    threshold = ctx.scheme.risk_control_threshold
    blocks: list[Block] = [
        Heading(level, plain(ctx.w["risk_matrix"])),
        RiskMatrix(list(range(size, 0, -1)), list(range(1, size + 1)), counts, threshold,
                   corner=ctx.w["matrix_corner"], note=ctx.w["matrix_note"].format(n=threshold))]
    if missing:
        blocks.append(Paragraph(plain(ctx.w["matrix_missing"].format(n=missing))))
    return blocks


_CONTROL_TEXTS = ("description", "method", "result", "action", "comment")


def control_columns(ctx: BuildContext) -> list[str]:
    if ctx.layout.control_columns:
        return list(ctx.layout.control_columns)
    cols = ["title"] + [name for name in ("responsible", "frequency", "status", "assessment")
                        if ctx.has("control", name)]
    return cols


def _control_cols(ctx: BuildContext, roles: list[str]) -> list:
    """The control table's columns: one list per build, shared by its 1 000 tables."""
    key = ("control", *roles)
    cols = ctx._columns.get(key)
    if cols is None:
        cols = ctx._columns[key] = [_control_col(ctx, r) for r in roles]
    return cols


def _control_col(ctx: BuildContext, role: str):
    titles = {"title": ctx.term("control"), "responsible": ctx.w["responsible"],
              "frequency": ctx.w["frequency"], "method": ctx.w["method"],
              "status": ctx.w["status"], "assessment": ctx.w["assessment"],
              "result": ctx.w["result"], "action": ctx.w["action"], "comment": ctx.w["comment"]}
    return col(titles[role], role, 3 if role in ("title", "method", "result", "action") else 1)


def _control_cell(ctx: BuildContext, c: m.ControlPoint, role: str) -> Cell:
    if role == "status":
        return ctx.mark_cell("control_status", c.status)
    if role == "assessment":
        return ctx.mark_cell("control_assessment", c.assessment)
    if role in _SHORT_ROLES:  # a person or a frequency repeats: a shared cell, written once
        return short_cell(getattr(c, role))
    return text_cell(getattr(c, role))


_SHORT_ROLES = frozenset(("responsible", "frequency"))


def control_table(ctx: BuildContext, controls: list[m.ControlPoint]) -> list[Block]:
    if not controls:
        return []
    roles = control_columns(ctx)
    table = Table(_control_cols(ctx, roles),
                  [Row([_control_cell(ctx, c, r) for r in roles]) for c in controls])
    blocks: list[Block] = [table]
    w = ctx.w
    texts = [(w[name], name) for name in _CONTROL_TEXTS if name not in roles]
    for c in controls:
        blocks += notes(c.title, [(label, getattr(c, name)) for label, name in texts])
    return blocks


def carry_over(ctx: BuildContext, risk: m.Risk) -> list[Block]:
    if not risk.carry_over:
        return []
    text = risk.carry_over_note or (fill(ctx.layout.carry_over, year=str(ctx.report.meta.year + 1))
                                    if ctx.layout.carry_over else ctx.w["carry_over"])
    return [Paragraph(plain(text))]


def risk_blocks(ctx: BuildContext, risk: m.Risk, level: int) -> list[Block]:
    w = ctx.w
    blocks: list[Block] = [Heading(level, plain(risk.title), anchor="risks-" + risk.id)]
    blocks += text_blocks(risk.description)
    texts = _risk_texts(ctx, risk)
    shown = tuple(n for n in range(len(_RISK_ROLES)) if texts[n])
    if shown:
        # One list of columns per combination of fields, shared by the risks' tables.
        cached = ctx._columns.get(("risk", shown))
        if cached is None:
            columns = [(n, w[_RISK_ROLES[n]], _RISK_ROLES[n]) for n in shown]
            cached = ctx._columns["risk", shown] = (columns, [
                col(h, role, align="right" if role in _NUMBERS else "left")
                for _, h, role in columns])
        blocks.append(Table(cached[1], [Row(_risk_cells(texts, cached[0]))]))
    blocks += labelled(w["scope_note"], risk.scope_note)
    blocks += carry_over(ctx, risk)
    blocks += labelled(w["comment"], risk.comment)
    blocks += control_table(ctx, list(risk.controls.values()))
    blocks += activity_table(ctx, list(risk.activities.values()))
    return blocks


def grouped_table(ctx: BuildContext, risks: list[m.Risk]) -> list[Block]:
    """`group-row`: one control table for the risks of a process, a bold row per risk."""
    roles = control_columns(ctx)
    rows: list[Row] = []
    after: list[Block] = []
    w = ctx.w
    for risk in risks:
        rows.append(Row([Cell(text=(Span(risk.title, bold=True),))]
                        + [Cell() for _ in roles[1:]], group=True))
        rows += [Row([_control_cell(ctx, c, r) for r in roles]) for c in risk.controls.values()]
        texts = labelled(w["scope_note"], risk.scope_note) + carry_over(ctx, risk)
        texts += labelled(w["comment"], risk.comment)
        for c in risk.controls.values():
            texts += [b for b in notes(c.title, [(w[n], getattr(c, n)) for n in _CONTROL_TEXTS
                                                 if n not in roles])]
        if texts:
            after += [strong(risk.title), *texts]
        after += activity_table(ctx, list(risk.activities.values()))
    if not rows:
        return []
    return [Table(_control_cols(ctx, roles), rows), *after]


def process_blocks(ctx: BuildContext, process: m.Process, level: int) -> list[Block]:
    blocks: list[Block] = [Heading(level, plain(process.title), anchor="processes-" + process.id)]
    if process.group:
        blocks.append(Paragraph((Span(process.group, italic=True),)))
    blocks += text_blocks(process.description)
    subs = [s for s in process.subprocesses if s.strip()]
    if subs:
        blocks += [strong(ctx.w["subprocesses"]),
                   BulletList([[Paragraph(plain(s))] for s in subs])]
    blocks += labelled(ctx.w["comment"], process.comment)
    blocks += control_table(ctx, list(process.controls.values()))
    return blocks


def control_legend(ctx: BuildContext) -> list[Block]:
    """The control assessment's legend, its rows and words as the main legend's (legend.py)."""
    groups = legend_groups(ctx, ["control_assessment"], always=True)
    return [legend_block(ctx, groups)] if groups else []


def internal_control(ctx: BuildContext, level: int) -> list[Block]:
    report = ctx.report
    if not report.processes and not report.risks:
        return []
    layout = ctx.layout
    blocks: list[Block] = control_legend(ctx) if layout.control_legend else []
    if layout.risk_overview:
        blocks += risk_overview(ctx, level)
    if layout.risk_matrix:
        blocks += risk_matrix(ctx, level)
    grouped = risks_by_process(report)
    rows = layout.risk_style == "group-row"
    for pkey, process in report.processes.items():
        blocks += process_blocks(ctx, process, level)
        risks = grouped.get(pkey, [])
        if rows:
            blocks += grouped_table(ctx, risks)
        else:
            for risk in risks:
                blocks += risk_blocks(ctx, risk, level + 1)
    if grouped.get(None):
        blocks.append(Heading(level, plain(ctx.w["risks_without_process"])))
        if rows:
            blocks += grouped_table(ctx, grouped[None])
        else:
            for risk in grouped[None]:
                blocks += risk_blocks(ctx, risk, level + 1)
    return blocks
