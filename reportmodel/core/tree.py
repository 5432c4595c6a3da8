"""Walking a report as the tree an officer sees: sections, the goal hierarchy with its leaf
items, internal control (processes -> risks -> control points), contractor follow-up.

Containers are stored flat with parent references (model.py); this is the one place that turns
them into a tree, in file order, so export, diff, statistics and the editor all agree on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from reportmodel.core import model as m

# Item kinds, as used in paths, statistics and the editor.
KINDS = ("section", "goal", "indicator", "activity", "assignment", "process", "risk", "control",
         "contractor", "contractor_row")


@dataclass(frozen=True)
class Node:
    kind: str
    item: Any
    path: tuple[str, ...]  # TOML key path, e.g. ("goals", "budget", "activities", "x")
    depth: int
    parent_id: str | None = None

    @property
    def id(self) -> str:
        return self.item.id


_new = object.__new__
_set_dict = object.__setattr__  # Node is frozen: its own __setattr__ refuses


def _node(kind: str, item: Any, path: tuple[str, ...], depth: int,
          parent_id: str | None = None) -> Node:
    """Node(...) for the walks below, which make one per item (15 000 in a large report): the
    frozen dataclass's generated __init__ sets each field through object.__setattr__, this gives
    the Node its whole __dict__ in one step (a third of the cost). The same Node in every way."""
    node = _new(Node)
    _set_dict(node, "__dict__", {"kind": kind, "item": item, "path": path, "depth": depth,
                                 "parent_id": parent_id})
    return node


def children_index(items: dict[str, Any], attr: str = "parent") -> dict[str | None, list[str]]:
    """parent id -> child ids in file order; items whose parent is missing count as roots."""
    index: dict[str | None, list[str]] = {}
    for key, item in items.items():
        parent = getattr(item, attr)
        if parent is not None and parent not in items:
            parent = None
        index.setdefault(parent, []).append(key)
    return index


def _walk_flat(items: dict[str, Any], kind: str, root: str, depth: int = 0) -> Iterator[Node]:
    index = children_index(items)
    seen: set[str] = set()
    # An explicit stack: a hierarchy 200 levels deep must not hit the recursion limit.
    stack = [(key, depth) for key in reversed(index.get(None, []))]
    while stack:
        key, d = stack.pop()
        if key in seen:
            continue  # a cycle; validation reports it
        seen.add(key)
        item = items[key]
        yield _node(kind, item, (root, key), d, item.parent)
        stack.extend((child, d + 1) for child in reversed(index.get(key, [])))


def walk_sections(report: m.Report) -> Iterator[Node]:
    yield from _walk_flat(report.sections, "section", "sections")


def walk_goals(report: m.Report, leaves: bool = True) -> Iterator[Node]:
    """Goals depth first; after each goal its indicators, activities and assignments."""
    for node in _walk_flat(report.goals, "goal", "goals"):
        yield node
        if leaves:
            yield from goal_leaves(node.item, node.depth + 1)


def goal_leaves(goal: m.Goal, depth: int = 1) -> Iterator[Node]:
    base = ("goals", goal.id)
    for sub, kind in (("indicators", "indicator"), ("activities", "activity"),
                      ("assignments", "assignment")):
        for key, item in getattr(goal, sub).items():
            yield _node(kind, item, base + (sub, key), depth, goal.id)


def risks_by_process(report: m.Report) -> dict[str | None, list[m.Risk]]:
    """process id -> its risks in file order; None holds risks without a (known) process."""
    out: dict[str | None, list[m.Risk]] = {}
    for risk in report.risks.values():
        key = risk.process if risk.process in report.processes else None
        out.setdefault(key, []).append(risk)
    return out


def walk_internal_control(report: m.Report) -> Iterator[Node]:
    grouped = risks_by_process(report)
    for pkey, process in report.processes.items():
        yield _node("process", process, ("processes", pkey), 0)
        for ckey, control in process.controls.items():
            yield _node("control", control, ("processes", pkey, "controls", ckey), 1, pkey)
        for risk in grouped.get(pkey, []):
            yield from _risk_nodes(risk, 1, pkey)
    for risk in grouped.get(None, []):
        yield from _risk_nodes(risk, 0, None)


def _risk_nodes(risk: m.Risk, depth: int, parent: str | None) -> Iterator[Node]:
    base = ("risks", risk.id)
    yield _node("risk", risk, base, depth, parent)
    for ckey, control in risk.controls.items():
        yield _node("control", control, base + ("controls", ckey), depth + 1, risk.id)
    for akey, activity in risk.activities.items():
        yield _node("activity", activity, base + ("activities", akey), depth + 1, risk.id)


def walk_contractors(report: m.Report) -> Iterator[Node]:
    for akey, area in report.contractors.items():
        yield _node("contractor", area, ("contractors", akey), 0)
        for rkey, row in area.rows.items():
            yield _node("contractor_row", row, ("contractors", akey, "rows", rkey), 1, akey)


def walk(report: m.Report) -> Iterator[Node]:
    """Every item of the report, in the order the report reads."""
    yield from walk_sections(report)
    yield from walk_goals(report)
    yield from walk_internal_control(report)
    yield from walk_contractors(report)


# Where an id must be unique. Each container collection is its own: a process "ekonomi" may sit
# beside a goal and a section "ekonomi", since every reference names its collection by its field
# (a goal's `parent` is a goal, a risk's `process` a process). Leaf items share one: they move
# between containers and keep their id, and `continues` and the item history follow them by it.
CONTAINER_COLLECTIONS = {"section": "sections", "goal": "goals", "process": "processes",
                         "risk": "risks", "contractor": "contractors"}
LEAVES = "items"  # the id space of indicators, activities, assignments, controls, contractor rows
ID_SPACES = tuple(CONTAINER_COLLECTIONS.values()) + (LEAVES,)

Key = tuple[str, str]  # (id space, id): names one item of a report


def id_space(kind: str) -> str:
    return CONTAINER_COLLECTIONS.get(kind, LEAVES)


def key_of(node: Node) -> Key:
    return (id_space(node.kind), node.item.id)


def find_path(report: m.Report, path: tuple[str, ...]) -> Node | None:
    """The node at a TOML key path: ("processes", "ekonomi"), ("goals", "g", "activities", "a")."""
    path = tuple(path)
    for node in walk(report):
        if node.path == path:
            return node
    return None


def find_key(report: m.Report, key: Key) -> Node | None:
    """The item with this id in this id space (see ID_SPACES)."""
    space, item_id = key
    for node in walk(report):
        if node.item.id == item_id and id_space(node.kind) == space:
            return node
    return None


def find_all(report: m.Report, item_id: str) -> list[Node]:
    """Every item with this id: at most one per id space."""
    return [node for node in walk(report) if node.item.id == item_id]


def ancestors(report: m.Report, goal_id: str) -> list[m.Goal]:
    """The goal's parents, nearest first (cycles stop the walk)."""
    out: list[m.Goal] = []
    seen = {goal_id}
    current = report.goals.get(goal_id)
    while current is not None and current.parent and current.parent not in seen:
        seen.add(current.parent)
        parent = report.goals.get(current.parent)
        if parent is None:
            break
        out.append(parent)
        current = parent
    return out


class AmbiguousId(LookupError):
    """A bare id that several items carry (one per id space): the caller must say which."""

    def __init__(self, item_id: str, candidates: list[str]):
        self.item_id = item_id
        self.candidates = candidates  # each as ref_text gives it: "processes/ekonomi"
        super().__init__(f'"{item_id}" names several items: ' + ", ".join(self.candidates))


def ref_text(node: Node) -> str:
    """How an officer names an item unambiguously: its collection and id for a container
    ("processes/ekonomi"), its whole key path for a leaf ("goals/ekonomi/activities/a")."""
    return "/".join(node.path)


def lookup(report: m.Report, ref: str) -> Node | None:
    """An item named as an officer writes it: a key path with "/" or "." between keys
    ("processes/ekonomi", "goals.g.activities.a"), or a bare id when one item carries it.
    None when nothing matches; AmbiguousId when a bare id is carried by several items."""
    parts = tuple(p for p in ref.replace(".", "/").split("/") if p)
    if len(parts) > 1:
        return find_path(report, parts)
    found = find_all(report, ref.strip())
    if len(found) > 1:
        raise AmbiguousId(ref.strip(), [ref_text(node) for node in found])
    return found[0] if found else None
