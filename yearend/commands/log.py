"""yearend log FILE ITEM: who changed which field of an item when, from the file's git history
(reportmodel/io/itemhistory.py; the editor shows the same for the selected item)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from reportmodel.core.problems import describe
from reportmodel.core.textsafety import one_line
from reportmodel.core.vocabulary import Vocabulary, vocab
from reportmodel.io import git
from reportmodel.core.tree import CONTAINER_COLLECTIONS, LEAVES
from reportmodel.io.itemhistory import Entry, item_history, places

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument

def register(sub, v) -> None:
    p = sub.add_parser("log", help=v.say("help.log"), description=v.say("help.log.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.file"))
    p.add_argument("item", metavar=v.say("help.metavar.item"), help=v.say("help.log.item"))
    p.add_argument("-n", "--max-count", type=int, metavar="N", help=v.say("help.log.max_count"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=v.say("help.format_text_json"))
    add_lang(p, v)
    p.set_defaults(run=run)


def _value(v: Vocabulary, data: Any) -> str:
    if data is None:
        return v.say("share.log.unset")
    if hasattr(data, "isoformat"):
        return data.isoformat()
    return one_line(describe(data))


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def to_text(entries: list[Entry], v: Vocabulary | None = None) -> str:
    v = v or vocab("sv")
    lines = []
    for e in entries:
        action = (v.say("share.log.moved", where=".".join(e.path)) if e.action == "moved"
                  else v.say(f"share.log.{e.action}"))
        if e.rev:
            lines.append(f"{_when(e.date)}  {one_line(e.author)}  {action}  "
                         f"({e.rev[:7]} {one_line(e.subject)})")
        else:
            lines.append(f"{v.say('share.log.uncommitted')}  {action}")
        for c in e.changes:
            lines.append(f"    {c.field}: {_value(v, c.before)} \u2192 {_value(v, c.after)}")
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


def _target(v: Vocabulary, file: str, ref: str) -> tuple[str, str | None] | None:
    """The item's id and id space (core/tree.ID_SPACES) from ITEM: "processes/ekonomi" (or with
    a dot), a leaf's key path, or a bare id, which must name one item of the file as it is now
    (or none: a deleted item's history is still searched). None after printing why not."""
    parts = [p for p in ref.replace("/", ".").split(".") if p] or [ref]
    collections = list(CONTAINER_COLLECTIONS.values())
    if len(parts) > 1:
        if parts[0] not in collections:
            print(v.say("share.log.bad_ref", item=ref, collection=parts[0],
                        known=", ".join(collections)), file=sys.stderr)
            return None
        return parts[-1], (parts[0] if len(parts) == 2 else LEAVES)
    try:
        text = Path(file).read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    found = [path for path, _ in places(text, ref)]
    if len(found) > 1:
        shown = ["/".join(path) for path in found]
        print(v.say("share.log.ambiguous", item=ref, file=file, candidates=", ".join(shown),
                    first=shown[0]), file=sys.stderr)
        return None
    if not found:
        return ref, None
    return ref, (found[0][0] if len(found[0]) == 2 else LEAVES)


def run(args) -> int:
    v = args.v
    if not Path(args.file).is_file():
        print(v.say("share.log.no_file", file=args.file), file=sys.stderr)
        return EXIT_BAD_INPUT
    target = _target(v, args.file, args.item)
    if target is None:
        return EXIT_BAD_INPUT
    item, space = target
    try:
        entries = item_history(args.file, item, args.max_count, space=space)
    except git.GitError as exc:
        print(v.say("share.git_failed", command="log", reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        json.dump(to_json(entries), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    if not entries:
        print(v.say("share.log.none", item=item, file=args.file), file=sys.stderr)
        return EXIT_PROBLEMS
    sys.stdout.write(to_text(entries, v))
    return EXIT_OK
