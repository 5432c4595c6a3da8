"""What the report calls each kind of item (its scheme's terms: Uppdrag or Åtagande, its goal
levels), what `a` may add where the cursor is, and words for a structural change."""

from __future__ import annotations

from dataclasses import dataclass

from reportmodel.core import model as m, places
from reportmodel.core.edits import EditError, ItemPath, resolve
from reportmodel.core.tree import Node

from tui.common.look import Look, safe

# The group rows of the outline and the kinds that sit at the top of each.
GROUP_KINDS = {
    "sections": ("section",),
    "goals": ("goal",),
    "internal_control": ("process", "risk"),
    "contractors": ("contractor",),
}
TOP_KINDS = ("section", "goal", "process", "risk", "contractor")
# Under an item, the kinds most often added first.
CHILD_ORDER = ("goal", "indicator", "activity", "assignment", "risk", "control",
               "contractor_row", "section")


def term(look: Look, kind: str, level: str | None = None) -> str:
    if kind == "goal":
        found = look.scheme.level(level) if level else None
        return safe(found.text(look.lang)) if found else look.words("kind.goal")
    if kind in ("section", "contractor_row"):
        return look.words(f"kind.{kind}")
    return safe(look.scheme.term(kind, look.lang))


def top_level(look: Look) -> str | None:
    levels = look.scheme.levels
    return levels[0].key if levels else None


def levels_below(look: Look, level: str | None) -> list[str]:
    levels = [lv.key for lv in look.scheme.levels]
    return levels[levels.index(level) + 1:] if level in levels else []


@dataclass(frozen=True)
class AddOption:
    kind: str
    parent: ItemPath | None
    index: int | None
    level: str | None
    label: str

    @property
    def key(self) -> str:
        return f"{self.kind}|{'/'.join(self.parent or ())}|{self.index}|{self.level or ''}"


def sibling_index(report: m.Report, node: Node) -> int:
    kind = node.kind
    if places.is_flat(kind):
        parent = places.parent_path(report, node.path)
        return places.siblings(report, kind, parent).index(node.path[-1])
    return list(places.entries_at(report, places.home(node.path))).index(node.path[-1])


def add_options(look: Look, data: Node | str | None) -> list[AddOption]:
    """What may be added at the row under the cursor: the item's own kind after it, then each
    kind it may hold; on the report row or a group row, the kinds of the top level."""
    w = look.words
    report = look.report
    out: list[AddOption] = []
    if not isinstance(data, Node):
        kinds = GROUP_KINDS.get(data, TOP_KINDS) if isinstance(data, str) else TOP_KINDS
        for kind in kinds:
            level = top_level(look) if kind == "goal" else None
            if kind == "goal" and level is None:
                continue
            out.append(AddOption(kind, None, None, level,
                                 w("add.top", term=term(look, kind, level))))
        return out
    item = data.item
    title = safe(item.title)
    level = getattr(item, "level", None) if data.kind == "goal" else None
    try:
        parent = places.parent_path(report, data.path)
        index = sibling_index(report, data) + 1
    except EditError:
        parent, index = None, None
    out.append(AddOption(data.kind, parent, index, level,
                         w("add.after", term=term(look, data.kind, level), title=title)))
    for kind in CHILD_ORDER:
        if data.kind not in places.SPECS[kind].parents:
            continue
        if kind == "section" and data.kind != "section":
            continue
        # A goal may hold goals of any lower level (a nämndsmål straight under a focus area).
        for child_level in (levels_below(look, level) if kind == "goal" else [None]):
            out.append(AddOption(kind, data.path, None, child_level,
                                 w("add.under", term=term(look, kind, child_level), title=title)))
    return out


def describe(look: Look, edit) -> str:
    """A structural or header edit in a few words, for the undo and redo notes."""
    w = look.words
    path = edit.path
    if path and path[0] == "report":
        return w("note.header_change")
    title, level = "", None
    for where in (path, getattr(edit, "old_path", None)):
        if where is None:
            continue
        try:
            item = resolve(look.report, where)
        except (EditError, KeyError):
            continue
        title, level = item.title, getattr(item, "level", None)
        break
    action = w(f"action.{edit.action}") if w.has(f"action.{edit.action}") else edit.action
    return w("note.structure_change", action=action, term=term(look, edit.kind, level).lower(),
             title=safe(title))


def item_label(look: Look, node: Node) -> str:
    level = getattr(node.item, "level", None) if node.kind == "goal" else None
    number = getattr(node.item, "number", None)
    prefix = f"{safe(number)} " if number else ""
    return f"{term(look, node.kind, level)}: {prefix}{safe(node.item.title)}"
