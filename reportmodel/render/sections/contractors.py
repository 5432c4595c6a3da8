"""Follow-up of private contractors: per contract area a table of what was followed up, whether
it was fulfilled, deficiencies, effect on the board and actions taken; then row comments and the
area's general comment."""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import heading, labelled, table
from reportmodel.render.sections.leaves import notes


def fulfilment_text(ctx: Context, row: m.ContractorRow) -> str:
    mark = ctx.mark("contractor_fulfilment", row.fulfilment)
    note = (row.fulfilment_note or "").strip()
    return f"{mark}\n{note}" if note else mark


def row_table(ctx: Context, rows: dict[str, m.ContractorRow]) -> list[str]:
    if not rows:
        return []
    w = ctx.w
    cells = [[r.title, fulfilment_text(ctx, r), r.deficiencies or "", r.effect or "",
              r.actions or ""] for r in rows.values()]
    blocks = [table([w["followed_up"], w["fulfilment"], w["deficiencies"], w["effect"],
                     w["actions"]], cells)]
    for r in rows.values():
        blocks += notes(ctx, r.title, [(w["comment"], r.comment)])
    return blocks


def area_blocks(ctx: Context, area: m.ContractorArea, level: int) -> list[str]:
    blocks = [heading(level, area.title), *row_table(ctx, area.rows)]
    blocks += labelled(ctx.w["comment"], area.comment, bold=True)
    return blocks


def contractors(ctx: Context, level: int = 2) -> list[str]:
    if not ctx.report.contractors:
        return []
    blocks = [heading(level, ctx.term("contractor"))]
    for area in ctx.report.contractors.values():
        blocks += area_blocks(ctx, area, level + 1)
    return blocks
