"""Confirm or change what an item continues from last year: a searchable list of last year's
items of the same kind, with "new item (no match)" first and, when the officer has decided
before, "let yearend decide". Dismisses with (old_ids,) for continues_edit, or None."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from reportmodel.core.tree import Node, key_of

from tui.common.look import safe
from tui.common.picker import ChoiceScreen

if TYPE_CHECKING:
    from tui.compare.mode import CompareMode

NEW_ITEM = "\x00new"  # option ids no item id can be (ids are a-z, 0-9 and dashes)
AUTO = "\x00auto"
OLD = "old:"


class MatchScreen(ChoiceScreen):
    def __init__(self, mode: CompareMode, node: Node):
        state = mode.state
        w = mode.app.words
        options: list[tuple[str, Text]] = [(NEW_ITEM, Text(w("compare.match_none"),
                                                           style="green"))]
        if getattr(node.item, "continues", None):
            options.append((AUTO, Text(w("compare.match_auto"), style="dim")))
        selected = NEW_ITEM
        if state is not None:
            old_look = mode.old_look
            current = {p.old_id for p in state.matching.for_new(key_of(node))}
            for entry in state.matching.old.values():
                if entry.kind != node.kind:
                    continue
                prompt = Text("✓ " if entry.id in current else "  ", style="green")
                prompt.append(safe(entry.title.split("\n", 1)[0]))
                where = _where(old_look, state.matching, entry)
                if where:
                    prompt.append(f"  {safe(where)}", style="dim")
                options.append((OLD + entry.id, prompt))
                if entry.id in current and selected == NEW_ITEM:
                    selected = OLD + entry.id
        title = w("compare.match_title", title=safe(node.item.title.split("\n", 1)[0]))
        super().__init__(title, options, selected, searchable=True,
                         placeholder=w("compare.match_type"))

    def result_for(self, option_id: str | None):
        if option_id == NEW_ITEM:
            return ([],)
        if option_id == AUTO:
            return (None,)
        if option_id and option_id.startswith(OLD):
            return ([option_id[len(OLD):]],)
        return None


def _where(look, matching, entry) -> str:
    """The level of a goal, or the item above it: two items of one title told apart."""
    if entry.kind == "goal" and look is not None:
        level = look.scheme.level(entry.level)
        return level.text(look.lang) if level else (entry.level or "")
    parent = matching.old.get(entry.parent_key) if entry.parent else None
    return parent.title.split("\n", 1)[0] if parent is not None else ""
