"""Follow-up of private contractors: per contract area its description, a table whose columns the
area may name itself (`columns`: role -> header, in order), the rows' texts, and the area's general
comment. Default columns: what was followed up, fulfilled, deficiencies, effect, actions."""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.layout import CONTRACTOR_COLUMNS
from reportmodel.render.builder.context import BuildContext, col, mark_cell, text_cell
from reportmodel.render.builder.text import labelled, notes, text_blocks
from reportmodel.render.document import Block, Cell, Heading, Row, Table, plain

ROLES = CONTRACTOR_COLUMNS  # what `check` accepts in `columns` is what is printed


def default_columns(ctx: BuildContext, area: m.ContractorArea) -> dict[str, str]:
    w = ctx.w
    out: dict[str, str] = {}
    if area.contract or any(r.contract for r in area.rows.values()):
        out["contract"] = w["contract"]
    out.update({"title": w["followed_up"], "fulfilment": w["fulfilment"],
                "deficiencies": w["deficiencies"], "effect": w["effect"],
                "actions": w["actions"]})
    return out


def _cell(ctx: BuildContext, area: m.ContractorArea, row: m.ContractorRow, role: str) -> Cell:
    if role == "fulfilment":
        if row.fulfilment is None and row.fulfilment_note and row.fulfilment_note.strip():
            return text_cell(row.fulfilment_note)  # answered in free words: the words alone
        return mark_cell(ctx.mark_of("contractor_fulfilment", row.fulfilment),
                         row.fulfilment_note)
    if role == "contract":
        return text_cell(row.contract or area.contract)
    return text_cell(getattr(row, role, None))


def row_table(ctx: BuildContext, area: m.ContractorArea, rows: list[m.ContractorRow]) -> list[Block]:
    if not rows:
        return []
    columns = {k: v for k, v in (area.columns or default_columns(ctx, area)).items() if k in ROLES}
    roles = list(columns)
    table = Table([col(columns[r], r, 2 if r in ("title", "deficiencies", "actions") else 1)
                   for r in roles], [Row([_cell(ctx, area, row, r) for r in roles]) for row in rows])
    blocks: list[Block] = [table]
    w = ctx.w
    for row in rows:
        # A contract not in a column follows the table like the other texts (never lost); the
        # area's own is printed above the table (area_blocks).
        own = row.contract if row.contract != area.contract else None
        texts = [(w["contract"], own)] if "contract" not in roles else []
        texts += [(w["description"], row.description)] if "description" not in roles else []
        texts += [(w["comment"], row.comment)] if "comment" not in roles else []
        blocks += notes(row.title, texts)
    return blocks


def area_blocks(ctx: BuildContext, area: m.ContractorArea, level: int) -> list[Block]:
    blocks: list[Block] = [Heading(level, plain(area.title), anchor="contractors-" + area.id)]
    blocks += text_blocks(area.description)
    rows = list(area.rows.values())
    if area.contract and rows and "contract" not in (area.columns or default_columns(ctx, area)):
        blocks += labelled(ctx.w["contract"], area.contract)
    blocks += row_table(ctx, area, rows)
    blocks += labelled(ctx.w["comment"], area.comment)
    return blocks


def contractors(ctx: BuildContext, level: int) -> list[Block]:
    blocks: list[Block] = []
    for area in ctx.report.contractors.values():
        blocks += area_blocks(ctx, area, level)
    return blocks
