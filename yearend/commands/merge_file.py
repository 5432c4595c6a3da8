"""yearend merge-file BASE OURS THEIRS [PATH]: git's merge driver for report files.

Git calls it as `yearend merge-file %O %A %B %P` (set up by `yearend share`). The result is
written over OURS; exit 0 when the merge is clean, 1 when conflicts were kept in the file (git
then marks the file as conflicted until it is resolved and added), as git expects of a driver.
A version that is not a report at all is merged by `git merge-file` as plain text, with markers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportmodel.io import git
from reportmodel.io.atomic import write_atomically
from reportmodel.io.mergefile import NotAReport, merge_texts

from ._common import EXIT_BAD_INPUT, EXIT_OK, EXIT_PROBLEMS

HELP = "merge three versions of a report (git's merge driver)"

# The command's words in one place: Swedish is the users' language, English the alternative.
MESSAGES = {
    "sv": {
        "clean": "{path}: sammanfogat utan konflikter",
        "conflicts": "{path}: {n} konflikt(er) sparade i filen; lös dem i yearend edit, "
                     "sedan git add och git commit:",
        "problem": "{path}: det sammanfogade resultatet har fel som måste rättas:",
        "text": "{path}: {why}; sammanfogar som vanlig text med konfliktmarkeringar",
        "unreadable": "{path}: kan inte läsa {file}: {why}",
    },
    "en": {
        "clean": "{path}: merged without conflicts",
        "conflicts": "{path}: {n} conflict(s) kept in the file; resolve them in yearend edit, "
                     "then git add and git commit:",
        "problem": "{path}: the merged result has errors to fix:",
        "text": "{path}: {why}; merging as plain text with conflict markers",
        "unreadable": "{path}: cannot read {file}: {why}",
    },
}


def say(key: str, **values) -> str:
    lang = "en" if os.environ.get("YEAREND_LANG", "").startswith("en") else "sv"
    return MESSAGES[lang][key].format(**values)


def register(sub) -> None:
    p = sub.add_parser("merge-file", help=HELP,
                       description="Merge two versions of a report with their common ancestor, "
                       "item by item and field by field, writing the result over OURS. A field "
                       "changed differently on both sides is kept as a conflict in the file's "
                       "[conflicts] table (never <<<<<<< markers); `yearend check` lists them. "
                       "Exit 0 clean, 1 conflicts. Git runs it as: yearend merge-file %%O %%A "
                       "%%B %%P")
    p.add_argument("base", metavar="BASE")
    p.add_argument("ours", metavar="OURS")
    p.add_argument("theirs", metavar="THEIRS")
    p.add_argument("path", metavar="PATH", nargs="?", help="the file's name in the repository")
    p.set_defaults(run=run)


def _read(name: str, shown: str) -> str | None:
    try:
        return Path(name).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(say("unreadable", path=shown, file=name, why=getattr(exc, "strerror", None) or exc),
              file=sys.stderr)
        return None


def run(args) -> int:
    shown = args.path or args.ours
    texts = [_read(name, shown) for name in (args.base, args.ours, args.theirs)]
    if any(t is None for t in texts):
        return EXIT_BAD_INPUT
    try:
        result = merge_texts(*texts)  # type: ignore[arg-type]
    except NotAReport as exc:
        return _text_merge(args, shown, str(exc))
    write_atomically(args.ours, result.text.encode("utf-8"), may_hold_report=True)
    if result.clean:
        print(say("clean", path=shown), file=sys.stderr)
        return EXIT_OK
    report = result.loaded.report if result.loaded else None
    kept = report.conflicts if report is not None else result.conflicts
    if kept:
        print(say("conflicts", path=shown, n=len(kept)), file=sys.stderr)
        for conflict in kept:
            print(f"  {'.'.join(conflict.path)}: {conflict.field}", file=sys.stderr)
    if result.problems:
        print(say("problem", path=shown), file=sys.stderr)
        for problem in result.problems:
            print("  " + problem.format(shown), file=sys.stderr)
    return EXIT_PROBLEMS


def _text_merge(args, shown: str, why: str) -> int:
    print(say("text", path=shown, why=why), file=sys.stderr)
    try:
        done = git.run(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs",
                        args.ours, args.base, args.theirs], ".", check=False)
    except git.GitMissing as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK if done.returncode == 0 else EXIT_PROBLEMS
