"""yearend todo FILE [--responsible NAME] [--format json]: what each responsible still has to fill
in, as plain text fit for a reminder e-mail (core/responsible.py decides; the editor counts alike).
"""

from __future__ import annotations

import json
import sys

from reportmodel.core.responsible import NOBODY, Person, people, person
from reportmodel.core.textsafety import one_line
from reportmodel.core.vocabulary import Vocabulary, vocab

from ._common import (EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument,
                      load_or_report)

def register(sub, v) -> None:
    p = sub.add_parser("todo", help=v.say("help.todo"), description=v.say("help.todo.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.file"))
    p.add_argument("--responsible", metavar=v.say("help.metavar.name"),
                   help=v.say("help.todo.responsible"))
    p.add_argument("--all", action="store_true", help=v.say("help.todo.all"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=v.say("help.format_text_json"))
    add_lang(p, v)
    p.set_defaults(run=run)


def to_json(filename: str, year: int, selected: list[Person]) -> dict:
    return {"file": filename, "year": year, "people": [
        {"name": p.name or None, "done": p.count.done, "total": p.count.total,
         "open": [{"path": ".".join(i.path), "kind": i.kind, "id": i.id, "title": i.title,
                   "under": i.under, "reasons": list(i.reasons)} for i in p.open]}
        for p in selected]}


def to_text(filename: str, year: int, selected: list[Person], show_done: bool,
            v: Vocabulary | None = None) -> str:
    """The list as plain text; `v` carries the language and the report's own terms
    (vocab(lang, report.scheme))."""
    v = v or vocab("sv")
    lines: list[str] = []
    for p in selected:
        if not p.open and not show_done:
            continue
        name = one_line(p.name) if p.name != NOBODY else v.say("share.todo.nobody")
        if p.open:
            lines.append(v.say("share.todo.person", name=name, open=len(p.open),
                               total=p.count.total))
        else:
            lines.append(v.say("share.todo.person_done", name=name, total=p.count.total))
        for item in p.open:
            why = ", ".join(v.say(f"share.todo.{r}", year=year) for r in item.reasons)
            values = dict(kind=v.kind(item.kind), title=item.title, why=why, id=item.id)
            lines.append(v.say("share.todo.item_under", under=item.under, **values)
                         if item.under else v.say("share.todo.item", **values))
        lines.append("")
    left = [p for p in selected if p.open]
    if not left and not show_done:
        return v.say("share.todo.none_left", file=filename) + "\n"
    if len(selected) > 1:
        lines.append(v.say("share.todo.total", open=sum(len(p.open) for p in left),
                           people=len(left)))
    return "\n".join(lines).rstrip("\n") + "\n"


def run(args) -> int:
    v = args.v
    loaded = load_or_report(v, args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    if args.responsible is not None:
        chosen = person(report, args.responsible)
        if not chosen.count.total:
            print(v.say("share.todo.no_person", name=args.responsible, file=args.file),
                  file=sys.stderr)
            return EXIT_PROBLEMS
        selected = [chosen]
    else:
        selected = people(report)
    if args.format == "json":
        json.dump(to_json(args.file, report.meta.year, selected), sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(to_text(args.file, report.meta.year, selected,
                                 args.all or args.responsible is not None,
                                 vocab(v.lang, report.scheme)))
    return EXIT_OK
