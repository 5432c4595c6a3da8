"""yearend todo FILE [--responsible NAME] [--format json]: what each responsible still has to fill
in, as plain text fit for a reminder e-mail (core/responsible.py decides; the editor counts alike).
"""

from __future__ import annotations

import json
import os
import sys

from reportmodel.core.responsible import NOBODY, Person, people, person
from reportmodel.render.text_safety import one_line

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, load_or_report

HELP = "what each responsible person still has to fill in"

# The command's words in one place: Swedish is the users' language, English the alternative.
MESSAGES = {
    "sv": {
        "person": "{name}: {open} av {total} kvar att fylla i",
        "person_done": "{name}: allt ifyllt ({total} av {total})",
        "nobody": "(ingen ansvarig)",
        "none_left": "Allt är ifyllt i {file}.",
        "no_person": "Ingen med namnet {name} är ansvarig för något i {file}.",
        "under": "under",
        "total": "Totalt {open} poster kvar för {people} personer.",
        "goal": "Mål", "activity": "Aktivitet", "assignment": "Uppdrag",
        "control": "Kontrollmoment", "contractor_row": "Utförare", "indicator": "Indikator",
        "unassessed": "bedömning saknas", "no_status": "status saknas",
        "comment_missing": "kommentar saknas", "outcome_missing": "utfall för {year} saknas",
    },
    "en": {
        "person": "{name}: {open} of {total} left to fill in",
        "person_done": "{name}: everything filled in ({total} of {total})",
        "nobody": "(no one responsible)",
        "none_left": "Everything is filled in in {file}.",
        "no_person": "No one named {name} is responsible for anything in {file}.",
        "under": "under",
        "total": "In all {open} items left for {people} people.",
        "goal": "Goal", "activity": "Activity", "assignment": "Assignment",
        "control": "Control point", "contractor_row": "Contractor", "indicator": "Indicator",
        "unassessed": "assessment missing", "no_status": "status missing",
        "comment_missing": "comment missing", "outcome_missing": "outcome for {year} missing",
    },
}


def words() -> dict[str, str]:
    return MESSAGES["en" if os.environ.get("YEAREND_LANG", "").startswith("en") else "sv"]


def register(sub) -> None:
    p = sub.add_parser("todo", help=HELP,
                       description="List, per responsible person, the items of a report that "
                       "still need something filled in (assessment, status, a required comment, "
                       "this year's indicator outcome), as plain text for a reminder e-mail. An "
                       "item without a responsible answers to the goal or risk it belongs to.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--responsible", metavar="NAME", help="only this person (case ignored)")
    p.add_argument("--all", action="store_true", help="list people with nothing left too")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def to_json(filename: str, year: int, selected: list[Person]) -> dict:
    return {"file": filename, "year": year, "people": [
        {"name": p.name or None, "done": p.count.done, "total": p.count.total,
         "open": [{"path": ".".join(i.path), "kind": i.kind, "id": i.id, "title": i.title,
                   "under": i.under, "reasons": list(i.reasons)} for i in p.open]}
        for p in selected]}


def to_text(filename: str, year: int, selected: list[Person], show_done: bool) -> str:
    w = words()
    lines: list[str] = []
    for p in selected:
        if not p.open and not show_done:
            continue
        name = one_line(p.name) if p.name != NOBODY else w["nobody"]
        if p.open:
            lines.append(w["person"].format(name=name, open=len(p.open), total=p.count.total))
        else:
            lines.append(w["person_done"].format(name=name, total=p.count.total))
        for item in p.open:
            why = ", ".join(w[r].format(year=year) for r in item.reasons)
            under = f" ({w['under']} {one_line(item.under)})" if item.under else ""
            lines.append(f"  - {w[item.kind]} \u201d{one_line(item.title)}\u201d{under}: {why}"
                         f" [{item.id}]")
        lines.append("")
    left = [p for p in selected if p.open]
    if not left and not show_done:
        return w["none_left"].format(file=filename) + "\n"
    if len(selected) > 1:
        lines.append(w["total"].format(open=sum(len(p.open) for p in left), people=len(left)))
    return "\n".join(lines).rstrip("\n") + "\n"


def run(args) -> int:
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    if args.responsible is not None:
        chosen = person(report, args.responsible)
        if not chosen.count.total:
            print(words()["no_person"].format(name=args.responsible, file=args.file),
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
                                 args.all or args.responsible is not None))
    return EXIT_OK
