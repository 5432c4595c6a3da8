"""yearend diff OLD NEW: what changed between last year's report and this one (docs/diff.md)."""

from __future__ import annotations

import json
import sys

from reportmodel.core.compare import PARTS, compare_reports

from ._common import (EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument,
                      load_or_report, only_problem)


def register(sub, v) -> None:
    p = sub.add_parser("diff", help=v.say("help.diff"), description=v.say("help.diff.description"))
    file_argument(p, "old", metavar=v.say("help.metavar.old"), help=v.say("help.diff.old"))
    file_argument(p, "new", metavar=v.say("help.metavar.new"), help=v.say("help.diff.new"))
    p.add_argument("--format", choices=("text", "md", "json"), default="text",
                   help=v.say("help.diff.format"))
    p.add_argument("--only", action="append", metavar=v.say("help.metavar.part"),
                   help=v.say("help.diff.only", parts=", ".join(PARTS)))
    p.add_argument("--exit-code", action="store_true", help=v.say("help.diff.exit_code"))
    p.add_argument("--suggest-trends", action="store_true",
                   help=v.say("help.diff.suggest_trends"))
    add_lang(p, v)
    p.set_defaults(run=run)


def parse_only(values: list[str] | None) -> set[str] | None:
    """The --only parts (already checked by only_problem), or None for all."""
    if not values:
        return None
    return {p.strip().lower() for value in values for p in value.split(",") if p.strip()}


def run(args) -> int:
    v = args.v
    problem = only_problem(v, "diff", args.only, PARTS, fold_case=True)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    only = parse_only(args.only)
    old = load_or_report(v, args.old)
    new = load_or_report(v, args.new)
    if old is None or new is None:
        return EXIT_BAD_INPUT
    if new.report.meta.year < old.report.meta.year:
        print(v.say("cli.diff.order", new=new.report.meta.year, old=old.report.meta.year),
              file=sys.stderr)
    # Labels in the language the user chose, else in the new report's (docs/diff.md).
    diff = compare_reports(old.report, new.report, lang=args.chosen_lang)
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
