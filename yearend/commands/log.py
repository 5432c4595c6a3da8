"""yearend log FILE ITEM: who changed which field of an item when, from the file's git history
(reportmodel/io/itemhistory.py; the editor shows the same for the selected item)."""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from reportmodel.core.problems import describe
from reportmodel.io import git
from reportmodel.io.itemhistory import Entry, item_history
from reportmodel.render.text_safety import one_line

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS

HELP = "who changed which field of an item when, from git"

# The command's words in one place: Swedish is the users' language, English the alternative.
MESSAGES = {
    "sv": {
        "created": "skapade", "changed": "ändrade", "deleted": "tog bort",
        "moved": "flyttade till {where}", "unset": "(tomt)",
        "uncommitted": "(inte incheckat)",
        "none": "{item}: inga ändringar i git-historiken för {file}",
        "no_file": "{file}: filen finns inte",
    },
    "en": {
        "created": "created", "changed": "changed", "deleted": "deleted",
        "moved": "moved to {where}", "unset": "(unset)",
        "uncommitted": "(not committed)", "none": "{item}: no changes in the git history of {file}",
        "no_file": "{file}: no such file",
    },
}


def words() -> dict[str, str]:
    return MESSAGES["en" if os.environ.get("YEAREND_LANG", "").startswith("en") else "sv"]


def register(sub) -> None:
    p = sub.add_parser("log", help=HELP,
                       description="List who changed which field of one item when, read from "
                       "the git history of the report file: each committed version is compared "
                       "with the one before by the item's id. Uncommitted changes come last.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("item", metavar="ITEM", help="the item's id (or its key path)")
    p.add_argument("-n", "--max-count", type=int, metavar="N",
                   help="read only the last N commits of the file")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def _value(data: Any) -> str:
    if data is None:
        return words()["unset"]
    if hasattr(data, "isoformat"):
        return data.isoformat()
    return one_line(describe(data))


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def to_text(entries: list[Entry]) -> str:
    w = words()
    lines = []
    for e in entries:
        action = w["moved"].format(where=".".join(e.path)) if e.action == "moved" else w[e.action]
        if e.rev:
            lines.append(f"{_when(e.date)}  {one_line(e.author)}  {action}  "
                         f"({e.rev[:7]} {one_line(e.subject)})")
        else:
            lines.append(f"{w['uncommitted']}  {action}")
        for c in e.changes:
            lines.append(f"    {c.field}: {_value(c.before)} \u2192 {_value(c.after)}")
    return "\n".join(lines) + "\n"


def _json_value(data: Any) -> Any:
    return data.isoformat() if hasattr(data, "isoformat") else data


def to_json(entries: list[Entry]) -> list[dict]:
    return [{"commit": e.rev or None, "author": e.author or None, "email": e.email or None,
             "date": e.date or None, "subject": e.subject or None, "action": e.action,
             "path": ".".join(e.path),
             "changes": [{"field": c.field, "before": _json_value(c.before),
                          "after": _json_value(c.after)} for c in e.changes]}
            for e in entries]


def run(args) -> int:
    if not Path(args.file).is_file():
        print(words()["no_file"].format(file=args.file), file=sys.stderr)
        return EXIT_BAD_INPUT
    item = args.item.rsplit(".", 1)[-1]
    try:
        entries = item_history(args.file, item, args.max_count)
    except git.GitError as exc:
        print(f"yearend log: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        json.dump(to_json(entries), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not entries:
        print(words()["none"].format(item=item, file=args.file), file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write(to_text(entries))
    return EXIT_OK
