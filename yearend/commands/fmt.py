"""yearend fmt FILE...: rewrite files canonically (the bytes yearend itself would save)."""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.core.problems import SaveError
from reportmodel.io.storage import load_path, render, save_report

from ._common import (EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument,
                      print_problems)


def register(sub, v) -> None:
    p = sub.add_parser("fmt", help=v.say("help.fmt"), description=v.say("help.fmt.description"))
    file_argument(p, "files", nargs="+", metavar=v.say("help.metavar.file"))
    p.add_argument("--check", action="store_true", help=v.say("help.fmt.check"))
    add_lang(p, v)
    p.set_defaults(run=run)


def run(args) -> int:
    v = args.v
    worst = EXIT_OK
    for filename in args.files:
        loaded = load_path(filename, allow_bom=True)
        if loaded.errors or loaded.report is None:
            print_problems(v, filename, loaded.errors)
            print(v.say("cli.fmt.not_formatted", file=filename), file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        try:
            canonical = render(loaded.report)
        except SaveError as exc:
            print(v.say("cli.cannot_save", command="fmt", file=filename, reason=v.reason(exc)),
                  file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        if Path(filename).read_bytes() == canonical:
            continue
        if args.check:
            print(v.say("cli.fmt.not_canonical", file=filename))
            worst = max(worst, EXIT_PROBLEMS)
            continue
        try:
            save_report(loaded.report, filename, backup=False)
        except SaveError as exc:
            print(v.say("cli.cannot_save", command="fmt", file=filename, reason=v.reason(exc)),
                  file=sys.stderr)
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        print(v.say("cli.fmt.formatted", file=filename))
    return worst
