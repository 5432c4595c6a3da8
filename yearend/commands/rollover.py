"""yearend rollover FILE: start next year's report from this one (docs/diff.md, "Rollover")."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from reportmodel.core.model import REPORT_KINDS
from reportmodel.core.problems import SaveError
from reportmodel.core.rollover import rollover
from reportmodel.io.storage import save_report

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report


def register(sub) -> None:
    p = sub.add_parser(
        "rollover", help="start next year's report from this one",
        description="Write next year's report: the same goals, indicators, risks and control "
        "points with the same ids; the year moved on in titles and metadata; assessments, "
        "statuses, trends and comments cleared, with this year's comment kept as "
        "previous_comment; finished activities and assignments left out. The file FILE is "
        "not changed.")
    p.add_argument("file", metavar="FILE", help="this year's report")
    p.add_argument("--year", type=int, metavar="YEAR",
                   help="the new report's year (default: the year after FILE's)")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="where to write it (default: FILE's name with the year moved on, "
                   "e.g. kalmar-2022.toml -> kalmar-2023.toml)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists (kept as "
                   "OUT.bak)")
    p.add_argument("--move-years", action="store_true",
                   help="also move the year on in item titles (listed otherwise, unchanged)")
    p.add_argument("--keep-all", action="store_true",
                   help="carry over finished activities and assignments too")
    p.add_argument("--kind", choices=list(REPORT_KINDS),
                   help="the kind of the new report (default: FILE's kind), e.g. verksamhetsplan")
    p.set_defaults(run=run)


def default_output(path: str, old: int, new: int) -> str | None:
    name = Path(path).name
    moved = re.sub(rf"(?<!\d){old}(?!\d)", str(new), name)
    return str(Path(path).with_name(moved)) if moved != name else None


def run(args) -> int:
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    year = args.year if args.year is not None else report.meta.year + 1
    out = args.output or default_output(args.file, report.meta.year, year)
    if out is None:
        print(f"yearend rollover: {args.file}: the file name has no year {report.meta.year} to "
              "move on; give the new file's name with -o OUT", file=sys.stderr)
        return EXIT_BAD_INPUT
    if Path(out).exists() and os.path.samefile(out, args.file):
        print(f"yearend rollover: {out} is the report it starts from; write next year's report "
              "to another file (-o OUT)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if Path(out).exists() and not args.force:
        print(f"yearend rollover: {out} already exists; use --force to replace it",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = rollover(report, year, keep_all=args.keep_all, kind=args.kind,
                          move_titles=args.move_years)
    except ValueError as exc:
        print(f"yearend rollover: {args.file}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        save_report(result.report, out)
    except SaveError as exc:
        print(f"yearend rollover: {out}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    dropped = len(result.dropped_activities)
    dropped_a = len(result.dropped_assignments)
    lines = [f"{out}: {result.report.meta.title} ({result.year_from} -> {result.year_to})",
             f"  activities carried over: {result.carried_activities}, finished left out: "
             f"{dropped}",
             f"  assignments carried over: {result.carried_assignments}, finished left out: "
             f"{dropped_a}",
             f"  comments kept as previous_comment: {result.comments_kept}; titles with the "
             f"year moved on: {result.titles_changed}"]
    if result.year_changes and not args.move_years:
        lines.append(f"  titles with {result.year_from} left as they are (--move-years moves "
                     f"them): {len(result.year_changes)}")
        lines += [f"    {item}: {old!r} -> {new!r}" for item, old, new in result.year_changes]
    if result.dropped_risks:
        lines.append(f"  risks not marked carry_over left out: {len(result.dropped_risks)}")
    print("\n".join(lines))
    return EXIT_OK
