"""yearend check FILE...: every problem in each file, as FILE:LINE: path: message."""

from __future__ import annotations

import sys

from reportmodel.io.storage import load_path

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, print_problems


def register(sub) -> None:
    p = sub.add_parser("check", help="validate report files and explain every problem",
                       description="Validate report files. Prints every error and warning with "
                       "its file, line and item. Exit 0 when valid, 1 when there are warnings "
                       "and --strict is given, 2 when a file has errors or cannot be read.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--strict", action="store_true", help="fail on warnings too")
    p.add_argument("-q", "--quiet", action="store_true", help="print problems only, no summary")
    p.set_defaults(run=run)


def run(args) -> int:
    worst = EXIT_OK
    for filename in args.files:
        loaded = load_path(filename)
        print_problems(filename, loaded.problems, sys.stdout)
        errors, warnings = len(loaded.errors), len(loaded.warnings)
        if loaded.report is None or errors:
            worst = max(worst, EXIT_BAD_INPUT)
        elif args.strict and warnings:
            worst = max(worst, EXIT_PROBLEMS)
        if not args.quiet:
            status = "ok" if not errors and not (args.strict and warnings) else "FAILED"
            print(f"{filename}: {status} ({errors} error{'s' * (errors != 1)}, "
                  f"{warnings} warning{'s' * (warnings != 1)})")
    return worst
