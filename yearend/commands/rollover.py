"""yearend rollover FILE: start next year's report from this one (docs/diff.md, "Rollover")."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from reportmodel.core.model import REPORT_KINDS
from reportmodel.core.problems import SaveError
from reportmodel.core.rollover import RolloverError, rollover
from reportmodel.core.vocabulary import vocab
from reportmodel.io.storage import save_report

from ._common import EXIT_BAD_INPUT, EXIT_OK, add_lang, file_argument, load_or_report


def register(sub, v) -> None:
    p = sub.add_parser("rollover", help=v.say("help.rollover"),
                       description=v.say("help.rollover.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.rollover.file"))
    p.add_argument("--year", type=int, metavar=v.say("help.metavar.year"),
                   help=v.say("help.rollover.year"))
    file_argument(p, "-o", "--output", metavar=v.say("help.metavar.out"),
                  help=v.say("help.rollover.output"))
    p.add_argument("--force", action="store_true", help=v.say("help.rollover.force"))
    p.add_argument("--move-years", action="store_true", help=v.say("help.rollover.move_years"))
    p.add_argument("--keep-all", action="store_true", help=v.say("help.rollover.keep_all"))
    p.add_argument("--kind", choices=list(REPORT_KINDS), help=v.say("help.rollover.kind"))
    add_lang(p, v)
    p.set_defaults(run=run)


def default_output(path: str, old: int, new: int) -> str | None:
    name = Path(path).name
    moved = re.sub(rf"(?<!\d){old}(?!\d)", str(new), name)
    return str(Path(path).with_name(moved)) if moved != name else None


def run(args) -> int:
    v = args.v
    loaded = load_or_report(v, args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    year = args.year if args.year is not None else report.meta.year + 1
    out = args.output or default_output(args.file, report.meta.year, year)
    if out is None:
        print(v.say("cli.rollover.no_year_in_name", file=args.file, year=report.meta.year),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if Path(out).exists() and os.path.samefile(out, args.file):
        print(v.say("cli.rollover.same_file", file=out), file=sys.stderr)
        return EXIT_BAD_INPUT
    if Path(out).exists() and not args.force:
        print(v.say("cli.rollover.exists", file=out), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = rollover(report, year, keep_all=args.keep_all, kind=args.kind,
                          move_titles=args.move_years)
    except RolloverError as exc:
        print(v.say("cli.rollover.cannot", file=args.file, reason=v.say(exc.code, **exc.values)),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        save_report(result.report, out)
    except SaveError as exc:
        print(v.say("cli.cannot_save", command="rollover", file=out, reason=v.reason(exc)),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    rv = vocab(v.lang, result.report.scheme)
    lines = [v.say("cli.rollover.written", file=out, title=result.report.meta.title,
                   old=result.year_from, new=result.year_to),
             v.say("cli.rollover.leaves", term=rv.kind("activity", plural=True).lower(),
                   carried=result.carried_activities, dropped=len(result.dropped_activities)),
             v.say("cli.rollover.leaves", term=rv.kind("assignment", plural=True).lower(),
                   carried=result.carried_assignments, dropped=len(result.dropped_assignments)),
             v.say("cli.rollover.comments", comments=result.comments_kept,
                   titles=result.titles_changed)]
    if result.year_changes and not args.move_years:
        lines.append(v.say("cli.rollover.year_titles", year=result.year_from,
                           n=len(result.year_changes)))
        lines += [v.say("cli.rollover.year_title", item=item, old=repr(old), new=repr(new))
                  for item, old, new in result.year_changes]
    if result.dropped_risks:
        lines.append(v.say("cli.rollover.risks", n=len(result.dropped_risks)))
    print("\n".join(lines))
    return EXIT_OK
