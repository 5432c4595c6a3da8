"""The title block (always first) and the decision proposal with signatories and attachments."""

from __future__ import annotations

from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import bullet_list, heading, lines_with_breaks, paragraphs, strong, table


def title_block(ctx: Context) -> list[str]:
    meta = ctx.report.meta
    blocks = [heading(1, meta.title), lines_with_breaks([meta.municipality, meta.board])]
    # The header of a Swedish tjänsteskrivelse: only the fields the report has.
    fields = [(ctx.w["case_number"], meta.case_number or ""),
              (ctx.w["date"], ctx.date(meta.date)),
              (ctx.w["officer"], meta.officer or "")]
    present = [(label, value) for label, value in fields if value]
    if present:
        blocks.append(table([label for label, _ in present], [[value for _, value in present]]))
    return blocks


def decision(ctx: Context, level: int = 2) -> list[str]:
    meta = ctx.report.meta
    blocks: list[str] = []
    if meta.decision:
        blocks.append(heading(level, ctx.w["decision"]))
        for sentence in meta.decision:
            blocks.extend(paragraphs(sentence))
    for signatory in meta.signatories.values():
        blocks.append(lines_with_breaks([signatory.name, signatory.title or ""]))
    if any(a.strip() for a in meta.attachments):
        blocks.append(strong(ctx.w["attachments"]))
        blocks.append(bullet_list(meta.attachments))
    return blocks
