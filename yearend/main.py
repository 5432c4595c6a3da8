"""The `yearend` command line. Each command lives in yearend/commands/<name>.py and registers
itself; commands that do not open the editor never import Textual, so they start fast.

Exit codes: 0 ok, 1 problems found (check, fmt --check, diff --exit-code), 2 bad input or usage.
No traceback ever reaches the user: an unexpected error is written to a crash log instead.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from yearend.guard import guarded_output

# name -> one-line help. Only the module of the command being run is imported (so `yearend check`
# does not pay for rich, the export or the diff); `yearend --help` lists them from this table.
# A test checks each line against the module's own help.
COMMANDS = {
    "check": "validate report files and explain every problem",
    "fmt": "rewrite report files in canonical form",
    "stats": "summary counts: assessments, statuses, risks",
    "new": "write a blank report of a preset shape",
    "edit": "open a report in the editor",
    "demo": "try the editor on a copy of a real report",
    "export": "write the report as Markdown, Word or PDF",
    "show": "show the finished report in the terminal",
    "diff": "compare two reports: last year's and this year's",
    "rollover": "start next year's report from this one",
    "merge-file": "merge three versions of a report (git's merge driver)",
    "share": "set up a folder as a git repository the team shares reports through",
    "todo": "what each responsible person still has to fill in",
    "log": "who changed which field of an item when, from git",
}
EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 70
# Commands that start the editor: their stdout is left alone (yearend/guard.py).
EDITOR_COMMANDS = {"edit", "demo"}


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        from reportmodel.core.textsafety import visible

        self.print_usage(sys.stderr)
        print(visible(f"{self.prog}: {message}"), file=sys.stderr)  # it may quote an argument
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with the full definition of `command` (or of every command when None)."""
    parser = Parser(prog="yearend", description="Year-end reports of Swedish municipal boards, "
                    "kept as plain TOML files.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for name, help_text in COMMANDS.items():
        if command is None or name == command:
            importlib.import_module(f"yearend.commands.{name.replace('-', '_')}").register(sub)
        else:
            sub.add_parser(name, help=help_text)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # `yearend FILE` is `yearend edit FILE`.
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS and argv[0].endswith(".toml"):
        argv = ["edit", *argv]
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command if command in COMMANDS else "")
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        with guarded_output(stdout=args.command not in EDITOR_COMMANDS):
            return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print("yearend: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: a message and a log, not a traceback
        from reportmodel.core.textsafety import visible
        from reportmodel.io.crashlog import write_crash_log

        log = write_crash_log(exc)
        print(visible(f"yearend: internal error: {type(exc).__name__}: {exc}") + "\n"
              f"A crash log was written to {log}; please send it to the yearend developers.",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
