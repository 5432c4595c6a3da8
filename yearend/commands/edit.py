"""yearend edit FILE (or just `yearend FILE`): open a report in the terminal editor.

A file with errors is not opened: its problems are printed as FILE:LINE: message (as `yearend
check` prints them) and the exit code is 2, so the list stays on screen while the officer fixes
the file. Textual is imported only here, when the editor really starts.
"""

from __future__ import annotations

import sys
from pathlib import Path

from reportmodel.io.storage import Loaded

from ._common import EXIT_BAD_INPUT, add_lang, file_argument, load_or_report


def register(sub, v) -> None:
    p = sub.add_parser("edit", help=v.say("help.edit"),
                       description=v.say("help.edit.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), nargs="?",
                  help=v.say("help.edit.file"))
    file_argument(p, "--compare", metavar=v.say("help.metavar.old"),
                  help=v.say("help.edit.compare"))
    add_lang(p, v)
    p.set_defaults(run=run)


def run(args) -> int:
    v = args.v
    if args.file is None:
        from tui.settings.config import State  # no Textual: platformdirs and json only

        args.file = State().last_file
        if args.file is None:
            print(v.say("cli.edit.no_file"), file=sys.stderr)
            return EXIT_BAD_INPUT
    loaded = load_or_report(v, args.file)
    if loaded is None:
        if not Path(args.file).exists():
            print(v.say("cli.edit.start_new", file=args.file), file=sys.stderr)
        return EXIT_BAD_INPUT
    old = None
    if getattr(args, "compare", None):
        # A broken OLD is reported like a broken FILE, before the editor starts.
        old = load_or_report(v, args.compare)
        if old is None:
            return EXIT_BAD_INPUT
    return open_editor(v, args.file, loaded,
                       (Path(args.compare), old.report) if old else None)


def open_editor(v, path: str | Path, loaded: Loaded, compare=None) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print(v.say("cli.edit.needs_terminal"), file=sys.stderr)
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
            lost = v.say("cli.edit.crash_copy", copy=copy, file=path)
        elif app.history.dirty:
            lost = v.say("cli.edit.crash_lost")
        else:
            lost = v.say("cli.edit.crash_nothing_lost")
        print(v.say("cli.edit.crash", kind=type(app.crash).__name__, error=app.crash,
                    lost=lost, log=log), file=sys.stderr)
        return 70
    return int(result or 0)
