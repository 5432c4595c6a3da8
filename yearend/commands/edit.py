"""yearend edit FILE (or just `yearend FILE`): open a report in the terminal editor.

A file with errors is not opened: its problems are printed as FILE:LINE: message (as `yearend
check` prints them) and the exit code is 2, so the list stays on screen while the officer fixes
the file. Textual is imported only here, when the editor really starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.io.storage import Loaded

from ._common import EXIT_BAD_INPUT, load_or_report


def register(sub) -> None:
    p = sub.add_parser("edit", help="open a report in the editor",
                       description="Open a report in the terminal editor: assess goals, write "
                       "comments, set statuses and indicator outcomes, save with ctrl+s. A file "
                       "with errors is not opened; its problems are printed (exit 2). F1 in the "
                       "editor lists every key. Without FILE the report opened last is opened "
                       "again, at the item selected when it was closed.")
    p.add_argument("file", metavar="FILE", nargs="?",
                   help="the report (default: the one opened last)")
    p.add_argument("--compare", metavar="OLD", help="compare with last year's report OLD: "
                   "the outline marks new (+) and changed (~) items, the detail shows last "
                   "year's values")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.file is None:
        from tui.settings.config import State  # no Textual: platformdirs and json only

        args.file = State().last_file
        if args.file is None:
            print("yearend edit: no FILE given and no report opened before; "
                  "give the report to open (`yearend edit rapport.toml`)", file=sys.stderr)
            return EXIT_BAD_INPUT
    loaded = load_or_report(args.file)
    if loaded is None:
        if not Path(args.file).exists():
            print(f"(`yearend new {args.file}` starts a new report)", file=sys.stderr)
        return EXIT_BAD_INPUT
    old = None
    if getattr(args, "compare", None):
        # A broken OLD is reported like a broken FILE, before the editor starts.
        old = load_or_report(args.compare)
        if old is None:
            return EXIT_BAD_INPUT
    return open_editor(args.file, loaded, (Path(args.compare), old.report) if old else None)


def open_editor(path: str | Path, loaded: Loaded, compare=None) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("yearend: the editor needs a terminal (stdin and stdout must not be redirected)",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    from tui.app import YearendApp

    app = YearendApp(path, loaded)
    if compare is not None:
        from tui.compare import mode as compare_mode

        compare_mode.of(app).pending = compare  # (path, last year's report)
    result = app.run()
    if app.crash is not None:
        from reportmodel.io.crashlog import write_crash_log

        # The app wrote both files while it stopped; this is the one message, printed after
        # the terminal is restored.
        log = app.reliability.crash_log or write_crash_log(app.crash)
        copy = app.reliability.crash_copy
        if copy is not None:
            lost = (f"Your unsaved changes were kept in {copy}; open {path} again and the "
                    "editor offers to restore them.")
        elif app.history.dirty:
            lost = "Changes made after the last save were lost; the file holds the last save."
        else:
            lost = "Nothing was lost: every change had been saved."
        print(f"yearend: the editor stopped on an internal error: {type(app.crash).__name__}: "
              f"{app.crash}\n{lost} A crash log was written to {log}; please send it to the "
              "yearend developers.", file=sys.stderr)
        return 70
    return int(result or 0)
