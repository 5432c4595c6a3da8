"""The history of one item from the git history of its report: who changed which field when.

Each committed version of the file is read (one `git cat-file` process for all of them), the item
found in it by its id and compared field by field with the version before. Only the item's block
is parsed (the file's table for the top-level item holding it, found by its header), so a hundred
versions of a large report cost a hundred text searches and a few small parses, not a hundred
loads. A version where the item cannot be found that way (a hand-written file whose tables are not
grouped by item) is parsed whole.

An id is unique within its id space (core/tree.ID_SPACES), not in the whole file: a process and a
goal may both be "ekonomi". The space says which one is meant: a collection's name for a
container, tree.LEAVES for a leaf item; without it the first item with the id is followed.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportmodel.core.tree import LEAVES
from reportmodel.io import git

COLLECTIONS = "sections|goals|processes|risks|contractors"
CHILD_TABLES = ("indicators", "activities", "assignments", "controls", "rows")
_COLL = COLLECTIONS.encode()
_CHILD = "|".join(CHILD_TABLES).encode()
_TOP = re.compile(rb"^\[(?:" + _COLL + rb")\.[A-Za-z0-9_-]+\][ \t]*$|^\[conflicts[.\]]",
                  re.MULTILINE)
ABSENT = object()


@dataclass(frozen=True)
class FieldChange:
    field: str  # a field name; "years.2023.outcome" for an indicator's value
    before: Any  # TOML data; None: unset
    after: Any


@dataclass(frozen=True)
class Entry:
    rev: str  # the commit; "" for changes not yet committed
    author: str
    email: str
    date: str  # ISO 8601
    subject: str
    action: str  # "created", "changed", "deleted" or "moved" (to another parent; fields may change)
    path: tuple[str, ...]  # where the item was after this commit (before it, when deleted)
    changes: tuple[FieldChange, ...] = ()


def locate(text: str | bytes, item_id: str, space: str | None = None
           ) -> tuple[tuple[str, ...], dict[str, Any]] | None:
    """The item's key path and its data in one version of the file (its text or its UTF-8
    bytes: only the item's block is decoded), or None when absent. `space`: the item's id
    space (a collection, or tree.LEAVES), None for the first item with the id."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    ident = re.escape(item_id).encode("ascii", "replace")
    if item_id.encode("utf-8") not in raw:
        return None
    coll = _COLL if space is None or space == LEAVES else re.escape(space).encode()
    found = None
    if space != LEAVES:
        found = re.search(rb"^\[(" + coll + rb")\." + ident + rb"\][ \t]*$", raw, re.MULTILINE)
    nested = None
    if found is None and (space is None or space == LEAVES):
        nested = re.search(rb"^\[(" + _COLL + rb")\.([A-Za-z0-9_-]+)\.(" + _CHILD + rb")\."
                           + ident + rb"\][ \t]*$", raw, re.MULTILINE)
    try:
        if found is not None:
            path = (found.group(1).decode(), item_id)
            start = found.start()
        elif nested is not None:
            path = (nested.group(1).decode(), nested.group(2).decode(), nested.group(3).decode(),
                    item_id)
            header = f"[{path[0]}.{path[1]}]".encode()
            start = raw.rfind(b"\n" + header + b"\n", 0, nested.start()) + 1
            if start == 0 and not raw.startswith(header):
                raise LookupError
        else:
            return _locate_whole(raw.decode("utf-8", "replace"), item_id, space)
        after = _TOP.search(raw, start + 1)
        data = tomllib.loads(raw[start:after.start() if after else len(raw)].decode("utf-8"))
        item = data[path[0]][path[1]]
        if len(path) == 4:
            item = item[path[2]][path[3]]
        return path, item
    except (tomllib.TOMLDecodeError, KeyError, LookupError, TypeError, UnicodeDecodeError):
        return _locate_whole(raw.decode("utf-8", "replace"), item_id, space)


def _locate_whole(text: str, item_id: str, space: str | None = None
                  ) -> tuple[tuple[str, ...], dict[str, Any]] | None:
    found = places(text, item_id, space)
    return found[0] if found else None


def places(text: str, item_id: str, space: str | None = None
           ) -> list[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every item with this id in the file (in `space` only, when given), parsed whole: the
    candidates `yearend log` lists for an id several items carry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return []
    out: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    for name in COLLECTIONS.split("|"):
        table = data.get(name)
        if not isinstance(table, dict):
            continue
        if space in (None, name) and isinstance(table.get(item_id), dict):
            out.append(((name, item_id), table[item_id]))
        if space not in (None, LEAVES):
            continue
        for key, item in table.items():
            for sub in CHILD_TABLES:
                children = item.get(sub) if isinstance(item, dict) else None
                if isinstance(children, dict) and isinstance(children.get(item_id), dict):
                    out.append(((name, key, sub, item_id), children[item_id]))
    return out


def fields_of(item: dict[str, Any]) -> dict[str, Any]:
    """An item's own fields, flat: its child items are items of their own."""
    out: dict[str, Any] = {}
    for key, value in item.items():
        if key in CHILD_TABLES:
            continue
        if key == "years" and isinstance(value, dict):
            for year, entry in value.items():
                for name, v in (entry.items() if isinstance(entry, dict) else ()):
                    out[f"years.{year}.{name}"] = v
        else:
            out[key] = value
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> tuple[FieldChange, ...]:
    a, b = fields_of(before), fields_of(after)
    keys = list(a) + [k for k in b if k not in a]
    return tuple(FieldChange(k, a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k))


def _merged_changes(located, parents: list) -> tuple[FieldChange, ...]:
    """What a merge commit itself decided: fields whose value is in none of its parents."""
    now = fields_of(located[1])
    olds = [fields_of(p[1]) if p is not None else {} for p in parents]
    keys = list(now) + [k for old in olds for k in old if k not in now]
    seen: set[str] = set()
    out = []
    for k in keys:
        if k in seen:
            continue
        seen.add(k)
        if all(old.get(k) != now.get(k) for old in olds):
            out.append(FieldChange(k, olds[0].get(k), now.get(k)))
    return tuple(out)


def item_history(path: str | os.PathLike[str], item_id: str, limit: int | None = None,
                 include_uncommitted: bool = True, space: str | None = None) -> list[Entry]:
    """Who changed the item when, parents before children: one Entry per commit that changed it
    (its creation, a change of its fields, a move, its deletion), then the file's uncommitted
    changes to it. `space` is the item's id space (see locate). Each commit is compared with its
    parent version of the file; a merge commit shows only what it decided itself (a value in
    none of its parents), the work merged in is shown by the commits that did it. GitError
    (GitMissing) when git cannot answer."""
    path = Path(path)
    commits = git.file_log(path, limit)
    entries: list[Entry] = []
    at: dict[str, Any] = {}  # rev -> the item in that version (None: absent)
    by_oid: dict[bytes, Any] = {}  # versions alike (a revert, a merge taking one side)

    def describe(meta, located, parents: list) -> Entry | None:
        known = [p for p in parents if p is not None]
        if located is None:
            return Entry(*meta, "deleted", known[0][0]) if known else None
        if not known:
            return Entry(*meta, "created", located[0], compare({}, located[1]))
        if len(parents) > 1:
            changes = _merged_changes(located, parents)
            moved = all(located[0] != p[0] for p in known)
        else:
            changes = compare(known[0][1], located[1])
            moved = located[0] != known[0][0]
        if changes or moved:
            return Entry(*meta, "moved" if moved else "changed", located[0], changes)
        return None

    for commit, (oid, raw) in zip(commits, git.file_versions(path, [c.rev for c in commits])):
        if raw is None:
            located = None
        else:
            if oid not in by_oid:
                by_oid[oid] = locate(raw, item_id, space)
            located = by_oid[oid]
        parents = [at.get(p) for p in commit.parents if p in at]
        if not parents and commit.parents and limit:
            at[commit.rev] = located  # the history was cut (-n): the oldest version read is
            continue                  # where it starts, not a creation
        meta = (commit.rev, commit.author, commit.email, commit.date, commit.subject)
        entry = describe(meta, located, parents or [None])
        if entry is not None:
            entries.append(entry)
        at[commit.rev] = located
    if include_uncommitted and git.uncommitted(path):
        try:
            now = path.read_bytes()
        except OSError:
            now = None
        current = locate(now, item_id, space) if now is not None else None
        head = at.get(commits[-1].rev) if commits else None
        entry = describe(("", "", "", "", ""), current, [head])
        if entry is not None:
            entries.append(entry)
    return entries
