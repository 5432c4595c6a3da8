"""yearend diff OLD NEW: what changed between last year's report and this one (docs/diff.md)."""

from __future__ import annotations

import json
import sys

from reportmodel.core.compare import PARTS, compare_reports

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, load_or_report


def register(sub) -> None:
    p = sub.add_parser(
        "diff", help="compare two reports: last year's and this year's",
        description="Compare two reports item by item. Items are paired by the id they "
        "continue (continues = \"old-id\"), then by id, by title (years in titles ignored) and "
        "by similarity of title and description; never by position. Prints assessments per "
        "level side by side, items added, removed, renamed, moved, split and merged, and every "
        "changed field. Exit 0, or with --exit-code 1 when the reports differ; 2 on bad input.")
    p.add_argument("old", metavar="OLD", help="the older report, e.g. last year's")
    p.add_argument("new", metavar="NEW", help="the newer report")
    p.add_argument("--format", choices=("text", "md", "json"), default="text",
                   help="text (colours in a terminal), md (a document to attach), json (the "
                   "contract in docs/diff.md)")
    p.add_argument("--only", action="append", metavar="PART",
                   help="limit to parts, comma-separated or repeated: " + ", ".join(PARTS))
    p.add_argument("--exit-code", action="store_true",
                   help="exit 1 when the reports (the parts shown) differ, 0 when they do not")
    p.add_argument("--suggest-trends", action="store_true",
                   help="list only the trends the change in assessment suggests, for levels "
                   "with a trend; nothing is written")
    p.set_defaults(run=run)


def parse_only(values: list[str] | None) -> set[str] | None:
    """The --only parts, or None for all; ValueError names an unknown part."""
    if not values:
        return None
    parts = {p.strip().lower() for value in values for p in value.split(",") if p.strip()}
    unknown = sorted(parts - set(PARTS))
    if unknown:
        raise ValueError(f"unknown part {', '.join(unknown)} (expected: {', '.join(PARTS)})")
    return parts


def run(args) -> int:
    try:
        only = parse_only(args.only)
    except ValueError as exc:
        print(f"yearend diff: --only: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    old = load_or_report(args.old)
    new = load_or_report(args.new)
    if old is None or new is None:
        return EXIT_BAD_INPUT
    if new.report.meta.year < old.report.meta.year:
        print(f"yearend diff: note: NEW is from {new.report.meta.year}, OLD from "
              f"{old.report.meta.year}; the older report comes first (yearend diff OLD NEW)",
              file=sys.stderr)
    diff = compare_reports(old.report, new.report)
    if args.format == "json":
        from reportmodel.render.diff.render_json import diff_json

        data = diff_json(diff, only, args.old, args.new)
        if args.suggest_trends:
            data = {"yearend_diff": data["yearend_diff"], "trend_suggestions":
                    data["trend_suggestions"]}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "md":
        from reportmodel.render.diff.render_md import render_markdown

        sys.stdout.write(render_markdown(diff, only, trends_only=args.suggest_trends))
    else:
        from rich.console import Console

        from reportmodel.render.diff.render_text import print_diff

        print_diff(diff, Console(highlight=False), only, trends_only=args.suggest_trends)
    if args.exit_code and diff.differs(only):
        return EXIT_PROBLEMS
    return EXIT_OK
