"""Three-way merge of a report's data by item id and field.

Works on the TOML data of one top-level item (a goal with its indicators and activities, a risk
with its control points, the header) as tomllib reads it: tables of items keyed by id are merged
item by item, an item's fields one by one. A field changed on one side takes that side; changed
alike on both, either; changed differently on both, it is a Conflict (conflicts.py) and the merged
data keeps OURS' value. An item deleted on one side and edited on the other is a Conflict too, and
the edited item is kept, so nothing anyone wrote is lost.

Pure: no file system, no TOML text. io/mergefile.py splits files into items and writes the result.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core.conflicts import ITEM, OURS, THEIRS, Conflict

ABSENT: Any = object()  # the key is not in that side's data

# Tables whose entries are items keyed by id (model.py "children"), not fields.
ITEM_TABLES = frozenset({"indicators", "activities", "assignments", "controls", "rows",
                         "signatories"})
COLLECTIONS = ("sections", "goals", "processes", "risks", "contractors")


def _ordered_keys(ours: dict, theirs: dict) -> list[str]:
    """Ours' keys in their order, each key only theirs has placed after its predecessor there."""
    keys = list(ours)
    seen = set(keys)
    previous: str | None = None
    for key in theirs:
        if key not in seen:
            keys.insert(keys.index(previous) + 1 if previous in seen else 0, key)
            seen.add(key)
        previous = key
    return keys


class Merger:
    """Collects the conflicts of one merge."""

    def __init__(self) -> None:
        self.conflicts: list[Conflict] = []

    def merge(self, base: Any, ours: Any, theirs: Any, path: tuple[str, ...],
              field: tuple[str, ...] = ()) -> Any:
        """Merge one value. `path` is the key path of the item the value belongs to, `field` the
        keys below it (empty: the item itself)."""
        if ours == theirs:
            return ours
        if ours == base:
            return theirs
        if theirs == base:
            return ours
        o_dict, t_dict = isinstance(ours, dict), isinstance(theirs, dict)
        if not field and (ours is ABSENT or theirs is ABSENT):
            # an item deleted on one side, edited (it differs from base) on the other: keep it
            deleted_by = OURS if ours is ABSENT else THEIRS
            self.conflicts.append(Conflict(path, ITEM, deleted_by=deleted_by))
            return theirs if ours is ABSENT else ours
        if (o_dict or ours is ABSENT) and (t_dict or theirs is ABSENT) and (o_dict or t_dict):
            return self.merge_table(base if isinstance(base, dict) else {},
                                    ours if o_dict else {}, theirs if t_dict else {}, path, field)
        self.conflicts.append(Conflict(path, ".".join(field), _data(base), _data(ours),
                                       _data(theirs)))
        return ours

    def merge_table(self, base: dict, ours: dict, theirs: dict, path: tuple[str, ...],
                    field: tuple[str, ...]) -> dict:
        items = bool(field) and field[-1] in ITEM_TABLES
        out: dict[str, Any] = {}
        for key in _ordered_keys(ours, theirs):
            if items:
                value = self.merge(base.get(key, ABSENT), ours.get(key, ABSENT),
                                   theirs.get(key, ABSENT), path + (*field, key), ())
            else:
                value = self.merge(base.get(key, ABSENT), ours.get(key, ABSENT),
                                   theirs.get(key, ABSENT), path, field + (key,))
            if value is not ABSENT:
                out[key] = value
        return out


def _data(value: Any) -> Any:
    return None if value is ABSENT else value


def merge_item(base: Any, ours: Any, theirs: Any, path: tuple[str, ...]
               ) -> tuple[Any, list[Conflict]]:
    """Merge one top-level item's data (ABSENT where a side does not have it). Returns the merged
    data (ABSENT: deleted) and the conflicts found."""
    merger = Merger()
    return merger.merge(base, ours, theirs, path), merger.conflicts


def merge_header(base: dict, ours: dict, theirs: dict) -> tuple[dict, list[Conflict]]:
    """The header (format_version, [report], [scheme]): [report]'s fields are ("report",)'s, its
    signatories items; the scheme is merged key by key below ("scheme",)."""
    merger = Merger()
    out: dict[str, Any] = {}
    for key in _ordered_keys(ours, theirs):
        path = (key,) if key in ("report", "scheme") else ()
        field = () if path else (key,)
        b, o, t = base.get(key, ABSENT), ours.get(key, ABSENT), theirs.get(key, ABSENT)
        if path and isinstance(o, dict) and isinstance(t, dict):
            value = merger.merge_table(b if isinstance(b, dict) else {}, o, t, path, ())
        else:
            value = merger.merge(b, o, t, path, field or (key,))
        if value is not ABSENT:
            out[key] = value
    return out, merger.conflicts


def merge_conflict_tables(base: Any, ours: Any, theirs: Any, new: list[Conflict]) -> list[Conflict]:
    """Conflicts already in the files, merged (an entry resolved on one side stays resolved), and
    the new ones on top: a new conflict on the same field replaces an old entry."""
    from reportmodel.core.conflicts import read_conflicts

    def read(raw: Any) -> dict[tuple[str, str], Conflict]:
        if not isinstance(raw, dict):
            return {}
        return {c.key: c for c in read_conflicts(raw, lambda path, code, **values: None)}

    b, o, t = read(base), read(ours), read(theirs)
    out: dict[tuple[str, str], Conflict] = {}
    for key in _ordered_keys(o, t):  # type: ignore[arg-type]
        in_o, in_t, in_b = key in o, key in t, key in b
        if in_o and in_t:
            out[key] = o[key]
        elif (in_o and not in_b) or (in_t and not in_b):
            out[key] = o.get(key) or t[key]  # added on one side
        # in base and gone on one side: resolved there
    for conflict in new:
        out[conflict.key] = conflict
    return list(out.values())
