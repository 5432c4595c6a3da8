"""Last year's values of the item under the cursor, for the detail pane in compare mode.

One renderable (no widgets), built from the ItemDiff records of the comparison: how the item was
paired, last year's assessment or status with its symbol, responsible, completion, indicator
values and comment (shortened), what changed in the plan, and for a goal on a level with a
trend the suggested trend with the key that accepts it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from reportmodel.core.compare import ItemDiff
from reportmodel.core.tree import Node

from tui.common.look import SCALE_FIELDS, Look, safe
from tui.compare.comparison import plan_change
from tui.editor import detail_view as view

if TYPE_CHECKING:
    from tui.compare.mode import CompareMode

COMMENT_CHARS = 240
# Plain fields worth seeing side by side; the rest of a plan change is named in one line.
SHOWN = ("responsible", "completion")


def shorten(text: str, limit: int = COMMENT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def how_text(look: Look, record: ItemDiff) -> str:
    w = look.words
    how = record.how or "id"
    if how == "similar":
        score = look.number(round(record.score or 0.0, 2))
        text = w("compare.how.similar", score=score)
    else:
        text = w(f"compare.how.{how}")
    if record.split is not None:
        text += " · " + w("compare.split", n=len(record.split.new_ids))
    if record.merge is not None:
        text += " · " + w("compare.merge", n=len(record.merge.old_ids))
    return text


def render_last_year(mode: CompareMode, node: Node) -> RenderableType | None:
    state, old_look, look = mode.state, mode.old_look, mode.app.look
    if state is None or old_look is None or look is None:
        return None
    w = look.words
    records = mode.records(node)
    parts: list[RenderableType] = [
        Text(w("compare.heading", file=safe(state.path.name)), style="bold underline")]
    matched = [r for r in records if r.old is not None]
    if not matched:
        marked = (getattr(node.item, "continues", None) or "").strip() == "-"
        parts.append(Text(w("compare.marked_new" if marked else "compare.new_item",
                            file=safe(state.path.name)), style="green"))
    for record in matched:
        parts.append(_record(look, old_look, node, record))
    suggestion = _trend(mode, look, node)
    if suggestion is not None:
        parts.append(suggestion)
    if hasattr(node.item, "continues"):
        parts.append(Text(w("compare.hint"), style="dim"))
    return Group(*parts)


def _record(look: Look, old_look: Look, node: Node, record: ItemDiff) -> RenderableType:
    w = look.words
    old = record.old.item  # type: ignore[union-attr]
    old_node = Node(record.old.kind, old, (), 0)  # type: ignore[union-attr]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(w("compare.matched"), Text(how_text(look, record), style="dim"))
    if record.renamed or old.title != node.item.title:
        grid.add_row(w("compare.was_titled"), Text(safe(old.title)))
    for name in SCALE_FIELDS.get(old_node.kind, ()):
        scale = old_look.scale_for(old_node, name)
        if scale is not None:
            grid.add_row(w.field(name), old_look.value_text(scale, getattr(old, name)))
    for name in SHOWN:
        before = getattr(old, name, None)
        after = getattr(node.item, name, None)
        if before is None and after is None:
            continue
        shown = Text(safe(_plain(look, name, before)))
        if before != after:
            shown.append(f"  → {safe(_plain(look, name, after))}", style="yellow")
        grid.add_row(w.field(name), shown)
    plan = [c.field for c in record.changes
            if c.field not in SHOWN and c.field != "title" and _is_plan(c.field)]
    if plan:
        names = list(dict.fromkeys(w.field(f.split(".")[0] if not f.startswith("years.")
                                           else f.rsplit(".", 1)[-1]) for f in plan))
        grid.add_row(w("compare.changed_fields"), Text(", ".join(names), style="yellow"))
    parts: list[RenderableType] = [grid]
    if record.old.kind == "indicator":  # type: ignore[union-attr]
        table = view.years_table(old_look, old)
        if table is not None:
            parts.append(table)
    comment = getattr(old, "comment", None)
    if comment:
        parts.append(Text(w.field("comment"), style="bold"))
        parts.append(Padding(Text(safe(shorten(comment))), (0, 0, 0, 2)))
    return Group(*parts)


def _is_plan(field: str) -> bool:
    return plan_change(field)


def _plain(look: Look, name: str, value) -> str:
    if value is None:
        return "–"
    if name == "completion":
        return f"{value} %"
    return str(value)


def _trend(mode: CompareMode, look: Look, node: Node) -> Text | None:
    suggestion = mode.trend(node)
    if suggestion is None or suggestion.suggested is None:
        return None
    w = look.words
    scale = look.scheme.scale("trend")
    old_scale = mode.old_look.scale_for(Node("goal", mode.state.old.goals[suggestion.old_id], (),
                                             0), "assessment")
    new_scale = look.scale_for(node, "assessment")
    text = Text()
    text.append(w("compare.trend") + "  ", style="bold")
    text.append_text(look.value_text(scale, suggestion.suggested))
    old_label = old_scale.label(suggestion.old_assessment, look.lang) if old_scale else ""
    new_label = new_scale.label(suggestion.new_assessment, look.lang) if new_scale else ""
    text.append("  (" + safe(w("compare.trend_reason", old=old_label, new=new_label)) + ")",
                style="dim")
    if suggestion.agrees:
        text.append(" · " + w("compare.trend_agrees"), style="green")
    else:
        text.append(" · " + w("compare.trend_accept"), style="bold cyan")
    return text
