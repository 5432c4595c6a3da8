"""yearend check FILE...: every problem in each file, as FILE:LINE: path: message; at year end
also what an officer forgets (reportmodel.core.yearend_checks)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from reportmodel.core.conflicts import ITEM
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.problems import Problem, Severity, coded, describe
from reportmodel.core.yearend_checks import year_end_warnings
from reportmodel.io.storage import load_path

from ._common import (EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument,
                      print_problems)


def register(sub, v) -> None:
    p = sub.add_parser("check", help=v.say("help.check"),
                       description=v.say("help.check.description"))
    file_argument(p, "files", nargs="+", metavar=v.say("help.metavar.file"))
    p.add_argument("--strict", action="store_true", help=v.say("help.check.strict"))
    p.add_argument("-q", "--quiet", action="store_true", help=v.say("help.check.quiet"))
    add_lang(p, v)
    p.set_defaults(run=run)


def conflict_problems(v, filename: str, report) -> list[Problem]:
    """Each unresolved merge conflict in the report's [conflicts] table, at its line."""
    if report is None or not report.conflicts:
        return []
    try:
        index = LineIndex(Path(filename).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        index = None
    empty = v.value_word("empty")
    out = []
    for c in report.conflicts:
        where = ("conflicts", ".".join(c.path), c.field)
        path = ".".join(c.path) + (f".{c.field}" if c.field != ITEM else "")
        line = index.line(where) if index else None
        if c.field == ITEM:
            code = ("check.conflict.deleted_by_theirs" if c.deleted_by == "theirs"
                    else "check.conflict.deleted_by_ours")
            out.append(coded(Severity.ERROR, path, code, line))
        else:
            out.append(coded(Severity.ERROR, path, "check.conflict.changed", line,
                             ours=empty if c.ours is None else describe(c.ours),
                             theirs=empty if c.theirs is None else describe(c.theirs)))
    return out


def with_lines(filename: str, problems: list[Problem]) -> list[Problem]:
    """The problems with the line of their path in the file (read again only when there are
    any: a valid report's text is not kept by the loader)."""
    if not problems:
        return problems
    try:
        index = LineIndex(Path(filename).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return problems
    return [replace(p, line=index.line(tuple(p.path.split(".")))) for p in problems]


def run(args) -> int:
    v = args.v
    worst = EXIT_OK
    for filename in args.files:
        loaded = load_path(filename)
        problems = loaded.problems
        if loaded.report is not None and not loaded.errors:
            problems = problems + with_lines(filename, year_end_warnings(loaded.report))
        # Unresolved merge conflicts are not errors of the file (the editor must open it to
        # resolve them) but the report is not finished while any is left: exit 1.
        conflicts = conflict_problems(v, filename, loaded.report)
        print_problems(v, filename, sorted(problems + conflicts, key=lambda p: p.line or 0),
                       sys.stdout)
        errors = len(loaded.errors)
        warnings = len(problems) - errors
        if loaded.report is None or errors:
            worst = max(worst, EXIT_BAD_INPUT)
        elif conflicts or (args.strict and warnings):
            worst = max(worst, EXIT_PROBLEMS)
        if not args.quiet:
            failed = errors or conflicts or (args.strict and warnings)
            counted = v.say("cli.n_warnings", n=warnings)
            if conflicts:
                counted += ", " + v.say("cli.n_conflicts", n=len(conflicts))
            print(v.say("cli.check.failed" if failed else "cli.check.ok", file=filename,
                        errors=v.say("cli.n_errors", n=errors), warnings=counted))
    return worst
