"""Where each kind of item lives and what may hold it: the map the structure edits work from.

Containers (sections, goals, processes, risks, contractor areas) are flat tables that name their
parent by id (`parent`, a risk's `process`); leaf items are nested in a dict of their parent
(model.py). Everything here reads the report, nothing changes it, so the edit builders can ask
before they decide, and the editor can ask what it may offer (which parents fit an item).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.edits import EditError, ItemPath, resolve
from reportmodel.core.tree import LEAVES, children_index, id_space
from reportmodel.core.vocabulary import KindWords


@dataclass(frozen=True)
class KindSpec:
    kind: str
    cls: type
    collection: str | None = None  # top-level table of a flat kind
    ref: str | None = None  # the attribute of a flat kind naming its parent
    attr: str | None = None  # the dict of its parent a nested kind lives in
    parents: tuple[str | None, ...] = (None,)  # kinds that may hold it; None: the top level


SPECS: dict[str, KindSpec] = {s.kind: s for s in (
    KindSpec("section", m.Section, "sections", "parent", parents=("section", None)),
    KindSpec("goal", m.Goal, "goals", "parent", parents=("goal", None)),
    KindSpec("process", m.Process, "processes"),
    KindSpec("risk", m.Risk, "risks", "process", parents=("process", None)),
    KindSpec("contractor", m.ContractorArea, "contractors"),
    KindSpec("indicator", m.Indicator, attr="indicators", parents=("goal",)),
    KindSpec("activity", m.Activity, attr="activities", parents=("goal", "risk")),
    KindSpec("assignment", m.Assignment, attr="assignments", parents=("goal",)),
    KindSpec("control", m.ControlPoint, attr="controls", parents=("risk", "process")),
    KindSpec("contractor_row", m.ContractorRow, attr="rows", parents=("contractor",)),
)}
COLLECTION_KIND = {s.collection: s.kind for s in SPECS.values() if s.collection}
ATTR_KIND = {s.attr: s.kind for s in SPECS.values() if s.attr}


def spec(kind: str) -> KindSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise EditError("edit.not_kind", kind=kind, expected=", ".join(SPECS)) from None


def kind_of(path: ItemPath) -> str:
    """The kind of the item at a key path (checked for shape, not for existence)."""
    if len(path) == 2 and path[0] in COLLECTION_KIND:
        return COLLECTION_KIND[path[0]]
    if len(path) >= 4 and not len(path) % 2 and path[-2] in ATTR_KIND:
        return ATTR_KIND[path[-2]]
    raise EditError("edit.not_item_path", path=".".join(path))


def is_flat(kind: str) -> bool:
    return SPECS[kind].collection is not None


def show(path: ItemPath | None) -> str:
    return "the top level" if path is None else ".".join(path)


# -- dicts of entries, addressed by key path ---------------------------------------------------

def entries_at(report: m.Report, addr: tuple[str, ...]) -> dict[Any, Any]:
    """The dict at an address: ("goals",), ("goals", "g", "activities"), ("report",
    "signatories"), ("goals", "g", "indicators", "i", "years")."""
    if addr[0] == "report":
        return getattr(report.meta, addr[1])
    if len(addr) == 1:
        return getattr(report, addr[0])
    return getattr(resolve(report, addr[:-1]), addr[-1])


def home(path: ItemPath) -> tuple[str, ...]:
    """The address of the dict an item is an entry of."""
    return path[:-1]


def parent_path(report: m.Report, path: ItemPath) -> ItemPath | None:
    """The item holding this one: a nested item's container, a flat item's named parent."""
    kind = kind_of(path)
    sp = SPECS[kind]
    if sp.collection is None:
        return path[:-2]
    if sp.ref is None:
        return None
    ref = getattr(resolve(report, path), sp.ref)
    parent_kind = next(k for k in sp.parents if k is not None)
    collection = SPECS[parent_kind].collection
    if ref is None or ref not in getattr(report, collection):
        return None
    return (collection, ref)


def check_parent(report: m.Report, kind: str, parent: ItemPath | None) -> str | None:
    """The parent's kind (None: top level), after checking it exists and may hold `kind`."""
    sp = spec(kind)
    if parent is None:
        if None not in sp.parents:
            raise EditError("edit.must_be_under", kind=KindWords(kind),
                            allowed=KindWords(*(k for k in sp.parents if k)))
        return None
    parent = tuple(parent)
    parent_kind = kind_of(parent)
    resolve(report, parent)  # raises when it does not exist
    if parent_kind not in sp.parents:
        raise EditError("edit.cannot_be_under", kind=KindWords(kind),
                        parent_kind=KindWords(parent_kind), parent=show(parent),
                        allowed=KindWords(*sp.parents))
    return parent_kind


def parent_ref(parent: ItemPath | None) -> str | None:
    return None if parent is None else parent[1]


def children_by_parent(report: m.Report, kind: str) -> dict[str | None, list[str]]:
    """For a flat kind: parent id (None: top level) -> the ids under it, in file order."""
    sp = SPECS[kind]
    items = getattr(report, sp.collection)
    if sp.ref is None:
        return {None: list(items)}
    if sp.ref == "parent":
        return children_index(items)
    # A risk whose process does not exist is shown at the top level, as tree.py does.
    known = report.processes
    out: dict[str | None, list[str]] = {}
    for key, item in items.items():
        ref = getattr(item, sp.ref)
        out.setdefault(ref if ref in known else None, []).append(key)
    return out


def siblings(report: m.Report, kind: str, parent: ItemPath | None) -> list[str]:
    """The ids of the items of `kind` under `parent`, in file order."""
    sp = SPECS[kind]
    if sp.collection is None:
        return list(getattr(resolve(report, parent), sp.attr))
    return children_by_parent(report, kind).get(parent_ref(parent), [])


def subtree(items: dict[str, Any], key: str) -> list[str]:
    """`key` and every item under it in a self-referencing table, in file order."""
    index = children_index(items)
    found = {key}
    stack = [key]
    while stack:
        for child in index.get(stack.pop(), []):
            if child not in found:
                found.add(child)
                stack.append(child)
    return [k for k in items if k in found]


# -- ids ------------------------------------------------------------------------------------------

@cache
def _children_attrs(cls: type) -> tuple[str, ...]:
    return tuple(fl.name for fl in fields(cls) if fl.metadata.get("kind") == "children")


def _collect(item: Any, out: set[str]) -> None:
    for attr in _children_attrs(type(item)):
        children = getattr(item, attr)
        if children:
            out.update(children)
            for child in children.values():
                _collect(child, out)


def taken_ids(report: m.Report, kind: str) -> set[str]:
    """The ids a new item of `kind` may not take: those of its id space (tree.ID_SPACES). A
    container's collection is its own space (a process may be called what a goal is); leaf items
    share one; signatories have theirs. codec_read.claim checks a file the same way."""
    if kind == "signatory":
        return set(report.meta.signatories)
    space = id_space(spec(kind).kind)
    if space != LEAVES:
        return set(getattr(report, space))
    out: set[str] = set()
    for name in COLLECTION_KIND:
        for item in getattr(report, name).values():
            _collect(item, out)
    return out


# -- goal levels ---------------------------------------------------------------------------------

def level_fits(report: m.Report, level: str, parent: ItemPath | None) -> None:
    """A goal of `level` may sit under `parent`: the parent's level must be a higher one."""
    scheme = report.scheme
    if scheme.level(level) is None:
        keys = ", ".join(lv.key for lv in scheme.levels)
        raise EditError("edit.unknown_level", level=level, keys=keys)
    if parent is None:
        return
    above = resolve(report, parent)
    if scheme.level(above.level) is None:
        return  # the parent's own level is wrong; validation names that one
    if scheme.level_index(above.level) >= scheme.level_index(level):
        raise EditError("edit.level_order", level=scheme.level(level).label, title=above.title,
                        above=scheme.level(above.level).label)


def level_below(report: m.Report, parent: ItemPath | None) -> str:
    """The level a new goal under `parent` gets unless told: the next one down."""
    levels = report.scheme.levels
    if not levels:
        raise EditError("edit.no_levels")
    if parent is None:
        return levels[0].key
    index = report.scheme.level_index(resolve(report, parent).level)
    if index + 1 >= len(levels):
        raise EditError("edit.lowest_level", path=show(parent))
    return levels[max(index + 1, 0)].key
