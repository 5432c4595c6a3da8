"""yearend edit FILE (or just `yearend FILE`): open a report in the terminal editor.

A file with errors is not opened: its problems are printed as FILE:LINE: message (as `yearend
check` prints them) and the exit code is 2, so the list stays on screen while the officer fixes
the file. Textual is imported only here, when the editor really starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.storage import Loaded

from ._common import EXIT_BAD_INPUT, load_or_report


def register(sub) -> None:
    p = sub.add_parser("edit", help="open a report in the editor",
                       description="Open a report in the terminal editor: assess goals, write "
                       "comments, set statuses and indicator outcomes, save with ctrl+s. A file "
                       "with errors is not opened; its problems are printed (exit 2). F1 in the "
                       "editor lists every key.")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(run=run)


def run(args) -> int:
    loaded = load_or_report(args.file)
    if loaded is None:
        if not Path(args.file).exists():
            print(f"(`yearend new {args.file}` starts a new report)", file=sys.stderr)
        return EXIT_BAD_INPUT
    return open_editor(args.file, loaded)


def open_editor(path: str | Path, loaded: Loaded) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("yearend: the editor needs a terminal (stdin and stdout must not be redirected)",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    from tui.app import YearendApp

    app = YearendApp(path, loaded)
    result = app.run()
    if app.crash is not None:
        from ..crashlog import write_crash_log

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
