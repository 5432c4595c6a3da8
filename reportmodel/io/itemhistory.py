"""The history of one item from the git history of its report: who changed which field when.

Each committed version of the file is read (one `git cat-file` process for all of them), the item
found in it by its id and compared field by field with the version before. Only the item's block
is parsed (the file's table for the top-level item holding it, found by its header), so a hundred
versions of a large report cost a hundred text searches and a few small parses, not a hundred
loads. A version where the item cannot be found that way (a hand-written file whose tables are not
grouped by item) is parsed whole.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportmodel.io import git

COLLECTIONS = "sections|goals|processes|risks|contractors"
CHILD_TABLES = ("indicators", "activities", "assignments", "controls", "rows")
_TOP = re.compile(rf"^\[(?:{COLLECTIONS})\.[A-Za-z0-9_-]+\]\s*$|^\[conflicts[.\]]", re.MULTILINE)
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


def locate(text: str, item_id: str) -> tuple[tuple[str, ...], dict[str, Any]] | None:
    """The item's key path and its data in one version of the file, or None when absent."""
    if item_id not in text:
        return None
    ident = re.escape(item_id)
    found = re.search(rf"^\[({COLLECTIONS})\.{ident}\]\s*$", text, re.MULTILINE)
    nested = None
    if found is None:
        nested = re.search(rf"^\[({COLLECTIONS})\.([A-Za-z0-9_-]+)\.({'|'.join(CHILD_TABLES)})"
                           rf"\.{ident}\]\s*$", text, re.MULTILINE)
    try:
        if found is not None:
            path = (found.group(1), item_id)
            start = found.start()
        elif nested is not None:
            path = (nested.group(1), nested.group(2), nested.group(3), item_id)
            header = f"[{path[0]}.{path[1]}]"
            start = text.rfind("\n" + header + "\n", 0, nested.start()) + 1
            if start == 0 and not text.startswith(header):
                raise LookupError
        else:
            return _locate_whole(text, item_id)
        after = _TOP.search(text, start + 1)
        data = tomllib.loads(text[start:after.start() if after else len(text)])
        item = data[path[0]][path[1]]
        if len(path) == 4:
            item = item[path[2]][path[3]]
        return path, item
    except (tomllib.TOMLDecodeError, KeyError, LookupError, TypeError):
        return _locate_whole(text, item_id)


def _locate_whole(text: str, item_id: str) -> tuple[tuple[str, ...], dict[str, Any]] | None:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None
    for name in COLLECTIONS.split("|"):
        table = data.get(name)
        if not isinstance(table, dict):
            continue
        if isinstance(table.get(item_id), dict):
            return (name, item_id), table[item_id]
        for key, item in table.items():
            for sub in CHILD_TABLES:
                children = item.get(sub) if isinstance(item, dict) else None
                if isinstance(children, dict) and isinstance(children.get(item_id), dict):
                    return (name, key, sub, item_id), children[item_id]
    return None


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


def item_history(path: str | os.PathLike[str], item_id: str, limit: int | None = None,
                 include_uncommitted: bool = True) -> list[Entry]:
    """Who changed the item when, oldest first: one Entry per commit that changed it (its
    creation, each change of its fields, a move, its deletion), then the file's uncommitted
    changes to it. GitError (GitMissing) when git cannot answer."""
    path = Path(path)
    commits = git.file_log(path, limit)
    entries: list[Entry] = []
    previous: tuple[tuple[str, ...], dict[str, Any]] | None = None
    previous_text: bytes | None = None
    located = None

    def step(meta: tuple[str, str, str, str, str], located) -> None:
        nonlocal previous
        if located is None and previous is None:
            return
        if located is None:
            entries.append(Entry(*meta, "deleted", previous[0]))
        elif previous is None:
            entries.append(Entry(*meta, "created", located[0],
                                 compare({}, located[1])))
        else:
            changes = compare(previous[1], located[1])
            moved = located[0] != previous[0]
            if changes or moved:
                entries.append(Entry(*meta, "moved" if moved else "changed", located[0], changes))
        previous = located

    for commit, raw in zip(commits, git.file_versions(path, [c.rev for c in commits])):
        if raw != previous_text:  # a commit that did not change the bytes changes nothing
            located = locate(raw.decode("utf-8", "replace"), item_id) if raw is not None else None
            previous_text = raw
        step((commit.rev, commit.author, commit.email, commit.date, commit.subject), located)
    if include_uncommitted and git.uncommitted(path):
        try:
            now = path.read_bytes()
        except OSError:
            now = None
        current = locate(now.decode("utf-8", "replace"), item_id) if now is not None else None
        step(("", "", "", "", ""), current)
    return entries
