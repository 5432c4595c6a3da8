"""What depends on an item: what a delete would take along or leave without a parent.

A goal holds the goals that name it as parent and its own indicators, activities and assignments;
a process the risks that name it and its control points; a risk its control points and
activities; a section its subsections; a contractor area its rows. Leaf items hold nothing.
The editor shows this before a delete and asks; structure_edits.delete_item executes the choice.
"""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.edits import EditError, ItemPath, resolve


@dataclass(frozen=True)
class Dependent:
    kind: str
    path: ItemPath
    title: str
    relation: str  # "child": names the item as its parent; "contained": nested inside it


@dataclass(frozen=True)
class Dependents:
    path: ItemPath
    direct: tuple[Dependent, ...]  # what a move-and-delete moves
    all: tuple[Dependent, ...]  # what a delete-with-dependents deletes, the direct ones first
    suggested_target: ItemPath | None  # where the direct ones could go: the item's own parent

    def __bool__(self) -> bool:
        return bool(self.direct)

    def counts(self) -> dict[str, int]:
        """kind -> how many of that kind a delete with dependents takes along."""
        return dict(Counter(d.kind for d in self.all))


def _direct(report: m.Report, path: ItemPath, flat: dict[str, dict[str | None, list[str]]]
            ) -> list[Dependent]:
    """What sits directly under the item; `flat` caches, per flat kind, parent id -> ids."""
    kind = places.kind_of(path)
    item = resolve(report, path)
    out: list[Dependent] = []
    for child_kind, sp in places.SPECS.items():
        if kind not in sp.parents:
            continue
        if sp.collection is None:
            for key, child in getattr(item, sp.attr).items():
                out.append(Dependent(child_kind, path + (sp.attr, key), child.title, "contained"))
            continue
        if child_kind not in flat:
            flat[child_kind] = places.children_by_parent(report, child_kind)
        items = getattr(report, sp.collection)
        for key in flat[child_kind].get(path[1], []):
            out.append(Dependent(child_kind, (sp.collection, key), items[key].title, "child"))
    return out


def dependents(report: m.Report, path: ItemPath) -> Dependents:
    path = tuple(path)
    flat: dict[str, dict[str | None, list[str]]] = {}
    direct = _direct(report, path, flat)
    everything: list[Dependent] = []
    seen = {path}
    queue = deque(direct)
    while queue:
        dep = queue.popleft()
        if dep.path in seen:
            continue  # a cycle in a hand-written file; validation reports it
        seen.add(dep.path)
        everything.append(dep)
        queue.extend(_direct(report, dep.path, flat))
    parent = places.parent_path(report, path)
    suggested = None
    if parent is not None and direct:
        try:
            check_target(report, Dependents(path, tuple(direct), (), None), parent)
            suggested = parent
        except EditError:
            pass
    return Dependents(path, tuple(direct), tuple(everything), suggested)


def check_target(report: m.Report, found: Dependents, target: ItemPath | None) -> None:
    """EditError unless every direct dependent can move to `target`."""
    target = tuple(target) if target is not None else None
    gone = {found.path} | {d.path for d in found.all}
    if target is not None and target in gone:
        raise EditError("edit.deleted_too", path=places.show(target))
    for dep in found.direct:
        places.check_parent(report, dep.kind, target)
        if dep.kind == "goal":
            places.level_fits(report, resolve(report, dep.path).level, target)


def move_targets(report: m.Report, path: ItemPath) -> list[ItemPath]:
    """Every item the dependents of `path` could all be moved to, in file order (for the
    editor's choice); empty when nothing depends on it or nothing fits."""
    found = dependents(report, path)
    if not found:
        return []
    kinds = {k for d in found.direct for k in places.SPECS[d.kind].parents if k}
    out = []
    for kind in kinds:
        sp = places.SPECS[kind]
        if sp.collection is None:
            continue  # only containers hold other items
        for key in getattr(report, sp.collection):
            candidate = (sp.collection, key)
            try:
                check_target(report, found, candidate)
            except EditError:
                continue
            out.append(candidate)
    return out
