"""yearend check FILE...: every problem in each file, as FILE:LINE: path: message."""

from __future__ import annotations

import sys

from pathlib import Path

from reportmodel.core.conflicts import ITEM
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.problems import Problem, Severity, describe
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


def _shown(value) -> str:
    return "(tomt)" if value is None else describe(value)


def conflict_problems(filename: str, report) -> list[Problem]:
    if report is None or not report.conflicts:
        return []
    try:
        index = LineIndex(Path(filename).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        index = None
    out = []
    for c in report.conflicts:
        where = ("conflicts", ".".join(c.path), c.field)
        out.append(Problem(Severity.ERROR, ".".join(c.path) + (f".{c.field}" if c.field != ITEM
                                                              else ""),
                           CONFLICT_MESSAGE[c.field == ITEM].format(
                               side=SIDE_WORDS.get(c.deleted_by or "", c.deleted_by),
                               ours=_shown(c.ours), theirs=_shown(c.theirs)),
                           index.line(where) if index else None))
    return out


SIDE_WORDS = {"ours": "vår sida, ours", "theirs": "deras sida, theirs"}
CONFLICT_MESSAGE = {  # Swedish, the users' language (English in brackets)
    False: "olöst konflikt: ändrat på båda sidor (vårt: {ours}, deras: {theirs}); välj ett värde "
           "i yearend edit (unresolved conflict: changed on both sides)",
    True: "olöst konflikt: raderat på ena sidan ({side}), ändrat på den andra; behåll eller "
          "radera i yearend edit (unresolved conflict: deleted on one side, edited on the other)",
}


def run(args) -> int:
    worst = EXIT_OK
    for filename in args.files:
        loaded = load_path(filename)
        # Unresolved merge conflicts are not errors of the file (the editor must open it to
        # resolve them) but the report is not finished while any is left: exit 1.
        conflicts = conflict_problems(filename, loaded.report)
        print_problems(filename, sorted(loaded.problems + conflicts, key=lambda p: p.line or 0),
                       sys.stdout)
        errors, warnings = len(loaded.errors), len(loaded.warnings)
        if loaded.report is None or errors:
            worst = max(worst, EXIT_BAD_INPUT)
        elif conflicts or (args.strict and warnings):
            worst = max(worst, EXIT_PROBLEMS)
        if not args.quiet:
            failed = errors or conflicts or (args.strict and warnings)
            status = "FAILED" if failed else "ok"
            extra = f", {len(conflicts)} conflict{'s' * (len(conflicts) != 1)}" if conflicts else ""
            print(f"{filename}: {status} ({errors} error{'s' * (errors != 1)}, "
                  f"{warnings} warning{'s' * (warnings != 1)}{extra})")
    return worst
