"""yearend merge-file BASE OURS THEIRS [PATH]: git's merge driver for report files.

Git calls it as `yearend merge-file %O %A %B %P` (set up by `yearend share`). The result is
written over OURS; exit 0 when the merge is clean, 1 when conflicts were kept in the file (git
then marks the file as conflicted until it is resolved and added), as git expects of a driver.
A version that is not a report at all is merged by `git merge-file` as plain text, with markers.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.io import git
from reportmodel.io.atomic import write_atomically
from reportmodel.io.mergefile import NotAReport, merge_texts

from ._common import (EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS, add_lang, file_argument,
                      os_reason)

def register(sub, v) -> None:
    p = sub.add_parser("merge-file", help=v.say("help.merge-file"),
                       description=v.say("help.merge-file.description"))
    file_argument(p, "base", metavar=v.say("help.metavar.base"))
    file_argument(p, "ours", metavar=v.say("help.metavar.ours"))
    file_argument(p, "theirs", metavar=v.say("help.metavar.theirs"))
    p.add_argument("path", metavar=v.say("help.metavar.path"), nargs="?",
                   help=v.say("help.merge-file.path"))
    add_lang(p, v)
    p.set_defaults(run=run)


def _read(v, name: str, shown: str) -> str | None:
    try:
        return Path(name).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(v.say("share.merge.unreadable", path=shown, file=name,
                    why=getattr(exc, "strerror", None) or exc), file=sys.stderr)
        return None


def run(args) -> int:
    v = args.v
    shown = args.path or args.ours
    texts = [_read(v, name, shown) for name in (args.base, args.ours, args.theirs)]
    if any(t is None for t in texts):
        return EXIT_BAD_INPUT
    try:
        result = merge_texts(*texts)  # type: ignore[arg-type]
    except NotAReport as exc:
        why = "; ".join(v.format_problem(p, exc.name) for p in exc.problems) \
            or v.say("share.merge.not_report", name=exc.name)
        return _text_merge(v, args, shown, why)
    try:  # OURS is git's temporary copy of our version: a report, written over by its merge
        write_atomically(args.ours, result.text.encode("utf-8"), may_hold_report=True)
    except OSError as exc:
        print(v.say("share.merge.cannot_write", path=shown, file=args.ours,
                    reason=os_reason(v, exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    if result.clean:
        print(v.say("share.merge.clean", path=shown), file=sys.stderr)
        return EXIT_OK
    report = result.loaded.report if result.loaded else None
    kept = report.conflicts if report is not None else result.conflicts
    if kept:
        print(v.say("share.merge.conflicts", path=shown, n=len(kept)), file=sys.stderr)
        for conflict in kept:
            print(f"  {'.'.join(conflict.path)}: {conflict.field}", file=sys.stderr)
    if result.problems:
        print(v.say("share.merge.problem", path=shown), file=sys.stderr)
        for problem in result.problems:
            print("  " + v.format_problem(problem, shown), file=sys.stderr)
    return EXIT_PROBLEMS


def _text_merge(v, args, shown: str, why: str) -> int:
    print(v.say("share.merge.text", path=shown, why=why), file=sys.stderr)
    try:
        done = git.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                        args.ours, args.base, args.theirs], ".", check=False)
    except git.GitMissing as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK if done.returncode == 0 else EXIT_PROBLEMS
