"""Adding, moving and deleting items: the plan's structure as undoable edits.

Every builder checks first and raises EditError with the reason, so an edit that exists can be
applied: the report it leaves has every parent, every id unique and every goal under a higher
level. Each edit is a StructureEdit made of primitive steps (SetEntries, edits.SetField) that
revert exactly; give it to edits.History.do() like any other edit.

SetEntries replaces a whole dict's entries (keys, objects, order) and puts the old ones back on
revert. It holds the item objects themselves: the history is linear, so when an edit is reverted
every later edit has been reverted first and the objects are as the edit left them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.dependents import Dependents, dependents
from reportmodel.core.edits import (
    Edit,
    EditError,
    ItemPath,
    SetField,
    check_completion,
    field_scale,
    resolve,
)
from reportmodel.core.field_edits import check_value, field_meta
from reportmodel.core.ids import unique_id
from reportmodel.core.vocabulary import FieldWord, KindWords

Entries = tuple[tuple[Any, Any], ...]


@dataclass(frozen=True)
class SetEntries:
    """Replace the entries of the dict at `addr` (places.entries_at)."""

    addr: tuple[str, ...]
    before: Entries
    after: Entries

    @property
    def path(self) -> tuple[str, ...]:
        return self.addr

    def _fill(self, report: m.Report, entries: Entries) -> None:
        target = places.entries_at(report, self.addr)
        target.clear()
        target.update(entries)

    def apply(self, report: m.Report) -> None:
        self._fill(report, self.after)

    def revert(self, report: m.Report) -> None:
        self._fill(report, self.before)

    @property
    def noop(self) -> bool:
        return len(self.before) == len(self.after) and all(
            a[0] == b[0] and a[1] is b[1] for a, b in zip(self.before, self.after))


@dataclass(frozen=True)
class StructureEdit:
    """An item added, moved or deleted, as one step of the history.

    path      where the item is after apply (for a delete: where it was)
    old_path  where it was before (None for an add)
    affected  every item path whose problems or progress may change, before or after the edit:
              the editor rebuilds its outline and recounts them (edits.paths() does not cover
              structure: the item at `path` does not exist on one side of the edit)
    """

    action: str  # "add", "move", "delete"
    kind: str
    path: ItemPath
    old_path: ItemPath | None
    parts: tuple[Edit, ...]
    affected: tuple[ItemPath, ...] = ()
    structural: bool = field(default=True, init=False)

    def apply(self, report: m.Report) -> None:
        for part in self.parts:
            part.apply(report)

    def revert(self, report: m.Report) -> None:
        for part in reversed(self.parts):
            part.revert(report)

    @property
    def noop(self) -> bool:
        return all(part.noop for part in self.parts)


class Choice(enum.Enum):
    """What to do with the items that depend on one being deleted."""

    DELETE_ALL = "delete_all"  # delete the item and everything under it
    MOVE = "move"  # move what is directly under it to another parent, then delete it
    CANCEL = "cancel"  # nothing


class HasDependents(EditError):
    """Deleting this item would leave others without a parent: ask, then call again with a
    Choice. `.dependents` says what depends on it."""

    def __init__(self, found: Dependents):
        self.dependents = found
        kinds = ", ".join(f"{n} {k}" for k, n in found.counts().items())
        super().__init__(f"{places.show(found.path)} has items under it ({kinds}); "
                         "delete them too, move them to another parent, or cancel")


# -- positions -------------------------------------------------------------------------------------

def _entries(d: dict) -> Entries:
    return tuple(d.items())


def _flat_order(report: m.Report, kind: str, key: str, parent: ItemPath | None,
                index: int | None, block: list[str]) -> list[str]:
    """The keys of a flat table with `block` (an item and what is under it) placed as sibling
    number `index` (None: last) of `parent`, the rest in their order."""
    sp = places.SPECS[kind]
    items = getattr(report, sp.collection)
    rest = [k for k in items if k not in block]
    sibs = [k for k in places.siblings(report, kind, parent) if k not in block]
    if index is not None and not 0 <= index <= len(sibs):
        raise EditError("edit.position", position=index + 1, last=len(sibs) + 1)
    if index is not None and index < len(sibs):
        at = rest.index(sibs[index])
    elif sibs:
        last = sibs[-1]
        tail = places.subtree(items, last) if sp.ref == "parent" else [last]
        tail_keys = set(tail)
        at = max(i for i, k in enumerate(rest) if k in tail_keys) + 1
    elif parent is not None and parent[0] == sp.collection:
        at = rest.index(parent[1]) + 1
    else:
        at = len(rest)
    return rest[:at] + block + rest[at:]


def _reorder(report: m.Report, addr: tuple[str, ...], order: list[str],
             extra: dict[str, Any] | None = None) -> SetEntries:
    d = places.entries_at(report, addr)
    source = {**d, **(extra or {})}
    return SetEntries(addr, _entries(d), tuple((k, source[k]) for k in order))


def _nested_insert(report: m.Report, addr: tuple[str, ...], key: str, item: Any,
                   index: int | None) -> SetEntries:
    d = places.entries_at(report, addr)
    keys = [k for k in d if k != key]
    if index is not None and not 0 <= index <= len(keys):
        raise EditError("edit.position", position=index + 1, last=len(keys) + 1)
    keys.insert(len(keys) if index is None else index, key)
    return _reorder(report, addr, keys, {key: item})


def _remove(report: m.Report, addr: tuple[str, ...], keys: set[str]) -> SetEntries:
    d = places.entries_at(report, addr)
    return SetEntries(addr, _entries(d), tuple((k, v) for k, v in d.items() if k not in keys))


# -- add -------------------------------------------------------------------------------------------

def add_item(report: m.Report, kind: str, parent: ItemPath | None, title: str, *,
             index: int | None = None, **values: Any) -> StructureEdit:
    """A new item of `kind` under `parent` (an item path, or None for the top level), as
    sibling number `index` (0-based; None: last). Its id comes from the title, unique in its id
    space (tree.ID_SPACES). `values` sets other fields, checked as set_field checks them; a
    goal's level defaults to the one below its parent's."""
    sp = places.spec(kind)
    parent = tuple(parent) if parent is not None else None
    places.check_parent(report, kind, parent)
    item = sp.cls(id="item")
    item.title = check_value(report, item, "title", title)
    item.id = unique_id(item.title, places.taken_ids(report, kind))
    if kind == "goal":
        level = values.pop("level", None) or places.level_below(report, parent)
        places.level_fits(report, level, parent)
        item.level = level
    _fill_values(report, item, values)
    if sp.ref is not None:
        setattr(item, sp.ref, places.parent_ref(parent))
    if sp.collection is not None:
        order = _flat_order(report, kind, item.id, parent, index, [item.id])
        part = _reorder(report, (sp.collection,), order, {item.id: item})
        path = (sp.collection, item.id)
    else:
        addr = parent + (sp.attr,)
        part = _nested_insert(report, addr, item.id, item, index)
        path = addr + (item.id,)
    affected = (path,) + ((parent,) if parent else ())
    return StructureEdit("add", kind, path, None, (part,), affected)


def _fill_values(report: m.Report, item: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if name in ("id", "title"):
            raise EditError("edit.own_argument", field=FieldWord(name))
        kind = field_meta(item, name)["kind"]
        if kind in ("scale", "assessment"):
            scale = field_scale(report, item, name)
            if value is not None and (scale is None or scale.get(value) is None):
                raise EditError("edit.not_value_here", value=value, field=FieldWord(name))
        elif kind == "percent":
            value = check_completion(report, value)
        else:
            value = check_value(report, item, name, value)
        setattr(item, name, value)
    if isinstance(item, m.Risk) and item.probability is not None and item.consequence is not None:
        item.value = item.probability * item.consequence


# -- move ------------------------------------------------------------------------------------------

_SAME = object()


def move_item(report: m.Report, path: ItemPath, parent: Any = _SAME,
              index: int | None = None) -> StructureEdit:
    """Move the item at `path` to sibling number `index` (None: last) under `parent` (an item
    path, None for the top level; left out: its present parent). A goal or section takes
    everything under it along; nested items keep their ids, unique among all leaf items."""
    path = tuple(path)
    kind = places.kind_of(path)
    sp = places.SPECS[kind]
    item = resolve(report, path)
    old_parent = places.parent_path(report, path)
    parent = old_parent if parent is _SAME else (tuple(parent) if parent is not None else None)
    places.check_parent(report, kind, parent)
    key = path[-1]
    if sp.collection is not None:
        items = getattr(report, sp.collection)
        block = places.subtree(items, key) if sp.ref == "parent" else [key]
        if parent is not None and parent[0] == sp.collection and parent[1] in block:
            raise EditError("edit.under_itself", path=places.show(path))
        if kind == "goal" and parent != old_parent:
            places.level_fits(report, item.level, parent)
        parts: list[Edit] = []
        if sp.ref is not None and getattr(item, sp.ref) != places.parent_ref(parent) \
                and parent != old_parent:
            parts.append(SetField(path, sp.ref, getattr(item, sp.ref), places.parent_ref(parent)))
        # The order is computed as if the item already had its new parent.
        order = _flat_order(_Moved(report, sp, key, parent), kind, key, parent, index, block)
        parts.append(_reorder(report, (sp.collection,), order))
        new_path = path
    else:
        if parent == old_parent:
            parts = [_nested_insert(report, places.home(path), key, item, index)]
        else:
            addr = parent + (sp.attr,)
            parts = [_remove(report, places.home(path), {key}),
                     _nested_insert(report, addr, key, item, index)]
        new_path = parent + (sp.attr, key)
    affected = tuple(dict.fromkeys(p for p in (path, new_path, old_parent, parent) if p))
    return StructureEdit("move", kind, new_path, path, tuple(parts), affected)


class _Moved:
    """A view of the report in which one flat item already names its new parent, for
    computing sibling positions before anything is changed."""

    def __init__(self, report: m.Report, sp: places.KindSpec, key: str, parent: ItemPath | None):
        self._report = report
        items = dict(getattr(report, sp.collection))
        if sp.ref is not None:
            moved = _Shadow(items[key], sp.ref, places.parent_ref(parent))
            items[key] = moved
        self._override = {sp.collection: items}

    def __getattr__(self, name: str) -> Any:
        if name in self._override:
            return self._override[name]
        return getattr(self._report, name)


class _Shadow:
    def __init__(self, item: Any, attr: str, value: Any):
        self._item, self._attr, self._value = item, attr, value

    def __getattr__(self, name: str) -> Any:
        return self._value if name == self._attr else getattr(self._item, name)


def move_up(report: m.Report, path: ItemPath) -> StructureEdit:
    return _step(report, path, -1)


def move_down(report: m.Report, path: ItemPath) -> StructureEdit:
    return _step(report, path, +1)


def _step(report: m.Report, path: ItemPath, delta: int) -> StructureEdit:
    path = tuple(path)
    kind = places.kind_of(path)
    resolve(report, path)
    parent = places.parent_path(report, path)
    sibs = places.siblings(report, kind, parent)
    at = sibs.index(path[-1]) + delta
    if not 0 <= at < len(sibs):
        raise EditError("edit.already_first" if delta < 0 else "edit.already_last",
                        path=places.show(path))
    return move_item(report, path, parent, at)


def paste(report: m.Report, cut: ItemPath, at: ItemPath | None) -> StructureEdit:
    """Cut and paste as a move: `cut` goes under `at` when `at` can hold it (last), after `at`
    when `at` is of the same kind (as its next sibling), or to the top level for None. A goal
    pasted on a goal goes under it when that goal's level is higher, else after it; a section
    pasted on a section goes under it."""
    cut = tuple(cut)
    kind = places.kind_of(cut)
    if at is None:
        return move_item(report, cut, None)
    at = tuple(at)
    if at == cut:
        raise EditError("edit.paste_self")
    at_kind = places.kind_of(at)
    resolve(report, at)
    under = at_kind in places.SPECS[kind].parents
    if under and kind == "goal":
        # A goal pasted on a goal goes under it when that is a higher level, else after it.
        scheme = report.scheme
        under = scheme.level_index(resolve(report, at).level) \
            < scheme.level_index(resolve(report, cut).level)
    if under:
        return move_item(report, cut, at)
    if at_kind == kind:
        parent = places.parent_path(report, at)
        # Positions count the siblings without the item being moved.
        sibs = [k for k in places.siblings(report, kind, parent) if k != cut[-1]]
        return move_item(report, cut, parent, sibs.index(at[-1]) + 1)
    raise EditError("edit.paste_at", kind=KindWords(kind), at_kind=KindWords(at_kind),
                    allowed=KindWords(*places.SPECS[kind].parents))


# -- delete ----------------------------------------------------------------------------------------

def delete_item(report: m.Report, path: ItemPath, choice: Choice | None = None,
                target: ItemPath | None = None) -> StructureEdit:
    """Delete the item at `path`. When other items depend on it (dependents.py) a choice is
    needed: without one HasDependents is raised; DELETE_ALL deletes them too; MOVE moves what
    is directly under it to `target` first; CANCEL gives an edit that does nothing."""
    path = tuple(path)
    kind = places.kind_of(path)
    resolve(report, path)
    found = dependents(report, path)
    parent = places.parent_path(report, path)
    if found and choice is None:
        raise HasDependents(found)
    if choice is Choice.CANCEL:
        return StructureEdit("delete", kind, path, path, (), ())
    parts: list[Edit] = []
    affected: list[ItemPath] = [path] + ([parent] if parent else [])
    gone = {path[-1]}
    if found and choice is Choice.MOVE:
        parts += _move_dependents(report, found, target)
        affected += [d.path for d in found.direct] + ([target] if target else [])
    elif found:
        affected += [d.path for d in found.all]
        gone |= {d.path[-1] for d in found.all if d.kind == kind and places.is_flat(kind)}
        # A process's risks live in another table: remove them there.
        other = [d for d in found.all if places.is_flat(d.kind) and d.kind != kind]
        by_collection: dict[str, set[str]] = {}
        for dep in other:
            by_collection.setdefault(dep.path[0], set()).add(dep.path[1])
        for collection, keys in by_collection.items():
            parts.append(_remove(report, (collection,), keys))
    parts.append(_remove(report, places.home(path), gone))
    return StructureEdit("delete", kind, path, path, tuple(parts),
                         tuple(dict.fromkeys(affected)))


def _move_dependents(report: m.Report, found: Dependents, target: ItemPath | None) -> list[Edit]:
    from reportmodel.core.dependents import check_target

    check_target(report, found, target)
    parts: list[Edit] = []
    nested: dict[str, list[tuple[str, Any]]] = {}
    for dep in found.direct:
        sp = places.SPECS[dep.kind]
        if sp.collection is not None:
            item = resolve(report, dep.path)
            parts.append(SetField(dep.path, sp.ref, getattr(item, sp.ref),
                                  places.parent_ref(target)))
        else:
            nested.setdefault(sp.attr, []).append((dep.path[-1], resolve(report, dep.path)))
    for attr, moved in nested.items():
        addr = target + (attr,)
        d = places.entries_at(report, addr)
        parts.append(SetEntries(addr, _entries(d), _entries(d) + tuple(moved)))
        # Empty the deleted item's own dict too, so nothing is held in two places.
        parts.append(_remove(report, found.path + (attr,), {k for k, _ in moved}))
    return parts
