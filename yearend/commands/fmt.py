"""yearend fmt FILE...: rewrite files canonically (the bytes yearend itself would save)."""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.core.problems import SaveError
from reportmodel.io.storage import load_path, render, save_report

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, print_problems


def register(sub) -> None:
    p = sub.add_parser("fmt", help="rewrite report files in canonical form",
                       description="Rewrite report files canonically: the key order, layout and "
                       "format version yearend writes. A file with errors is left alone. "
                       "A leading byte-order mark is removed.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 when a file is not canonical")
    p.set_defaults(run=run)


def run(args) -> int:
    worst = EXIT_OK
    for filename in args.files:
        loaded = load_path(filename, allow_bom=True)
        if loaded.errors or loaded.report is None:
            print_problems(filename, loaded.errors)
            print(f"{filename}: not formatted (fix the errors first)", file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        try:
            canonical = render(loaded.report)
        except SaveError as exc:
            print(f"{filename}: {exc}", file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        if Path(filename).read_bytes() == canonical:
            continue
        if args.check:
            print(f"{filename}: not canonical (run: yearend fmt {filename})")
            worst = max(worst, EXIT_PROBLEMS)
            continue
        try:
            save_report(loaded.report, filename, backup=False)
        except SaveError as exc:
            print(f"{filename}: {exc}", file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        print(f"{filename}: formatted")
    return worst
