"""One item of the report as a document of its own: the editor's preview of a goal, a process, a
risk, a section, a contractor area or one leaf, with the same blocks as in the whole export.
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.tree import Node, lookup
from reportmodel.render.builder.context import BuildContext, make_context
from reportmodel.render.builder.contractors import area_blocks, row_table
from reportmodel.render.builder.control import control_table, process_blocks, risk_blocks
from reportmodel.render.builder.goals import GoalBuilder, section_blocks
from reportmodel.render.builder.leaves import activity_table, assignment_table, indicator_table
from reportmodel.render.builder.parts import Builder
from reportmodel.render.document import Block, Document, Meta, Part


def item_blocks(ctx: BuildContext, node: Node, level: int) -> list[Block]:
    item = node.item
    sections_in = Builder(ctx).sections_in
    kind = node.kind
    if kind == "section":
        return section_blocks(ctx, item, level, sections_in)
    if kind == "goal":
        return GoalBuilder(ctx, sections_in).goal(item, level)
    if kind == "indicator":
        return indicator_table(ctx, [item])
    if kind == "activity":
        return activity_table(ctx, [item])
    if kind == "assignment":
        return assignment_table(ctx, [item])
    if kind == "process":
        from reportmodel.core.tree import risks_by_process
        blocks = process_blocks(ctx, item, level)
        for risk in risks_by_process(ctx.report).get(item.id, []):
            blocks += risk_blocks(ctx, risk, level + 1)
        return blocks
    if kind == "risk":
        return risk_blocks(ctx, item, level)
    if kind == "control":
        return control_table(ctx, [item])
    if kind == "contractor":
        return area_blocks(ctx, item, level)
    if kind == "contractor_row":
        area = ctx.report.contractors.get(node.parent_id)
        return row_table(ctx, area or m.ContractorArea(id="", title=""), [item])
    raise KeyError(f"cannot render an item of kind {kind!r}")


def item_document(report: m.Report, node: Node | str, *, ascii: bool = False,
                  lang: str | None = None, level: int = 2) -> Document:
    """One item (a goal with everything under it, a process with its risks, a risk with its
    control points, a section, a contractor area, or one leaf as a one-row table) as a document
    of one part: the editor's preview. `node` may be a reference as tree.lookup reads it
    ("processes/ekonomi"); KeyError for one the report lacks, AmbiguousId for a bare id that
    several items carry."""
    if isinstance(node, str):
        found = lookup(report, node)
        if found is None:
            raise KeyError(f"no item with id {node!r} in the report")
        node = found
    ctx = make_context(report, ascii=ascii, lang=lang)
    blocks = item_blocks(ctx, node, level)
    title = getattr(node.item, "title", "")
    return Document(title=title, lang=ctx.lang, meta=Meta(title=title),
                    parts=[Part(node.kind, title, blocks)])
