"""The `yearend` command line. Each command lives in yearend/commands/<name>.py and registers
itself; commands that do not open the editor never import Textual, so they start fast.

Every word it prints comes from the vocabulary (reportmodel.core.vocabulary), in Swedish unless
`--lang en`, the settings or the environment say English (yearend/language.py).

Exit codes: 0 ok, 1 problems found (check, fmt --check, diff --exit-code), 2 bad input or usage.
No traceback ever reaches the user: an unexpected error is written to a crash log instead.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from reportmodel.core.vocabulary import Vocabulary, vocab
from yearend import __version__
from yearend.guard import guarded_output
from yearend.language import LANGUAGES, chosen_language

# Only the module of the command being run is imported (so `yearend check` does not pay for
# rich, the export or the diff); `yearend --help` lists them with their vocabulary help line.
COMMANDS = ("check", "fmt", "stats", "new", "edit", "demo", "export", "show", "diff",
            "rollover", "merge-file", "share", "todo", "log", "help", "completion")
EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 70
# Commands that start the editor: their stdout is left alone (yearend/guard.py).
EDITOR_COMMANDS = {"edit", "demo"}


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        from reportmodel.core.textsafety import visible

        self.print_usage(sys.stderr)
        print(visible(f"{self.prog}: {message}"), file=sys.stderr)  # it may quote an argument
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser(command: str | None = None, v: Vocabulary | None = None
                 ) -> argparse.ArgumentParser:
    """The parser, with the full definition of `command` (or of every command when None)."""
    v = v or vocab("sv")
    parser = Parser(prog="yearend", description=v.say("help.description"))
    parser.add_argument("--version", action="version", version=f"yearend {__version__}",
                        help=v.say("help.version"))
    parser.add_argument("--lang", choices=LANGUAGES, dest="ui_lang", help=v.say("help.lang"))
    sub = parser.add_subparsers(dest="command", metavar=v.say("help.metavar.command"),
                                parser_class=Parser)
    for name in COMMANDS:
        if command is None or name == command:
            importlib.import_module(f"yearend.commands.{name.replace('-', '_')}").register(sub, v)
        else:
            sub.add_parser(name, help=v.say(f"help.{name}"))
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # `yearend FILE` is `yearend edit FILE`.
    if argv and not argv[0].startswith("-") and argv[0] not in COMMANDS \
            and argv[0].endswith(".toml"):
        argv = ["edit", *argv]
    chosen = chosen_language(argv)
    lang = chosen or "sv"
    if lang == "sv":
        from yearend.argparse_words import speak_swedish

        speak_swedish()
    v = vocab(lang)
    command = next((a for a in argv if not a.startswith("-") and a not in LANGUAGES), None)
    parser = build_parser(command if command in COMMANDS else "", v)
    args = parser.parse_args(argv)
    args.v = v
    # What a report shows (diff, stats) follows a chosen language, else the report's own.
    args.chosen_lang = chosen
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        with guarded_output(stdout=args.command not in EDITOR_COMMANDS):
            return int(args.run(args) or 0)
    except KeyboardInterrupt:
        print(v.say("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: a message and a log, not a traceback
        from reportmodel.core.textsafety import visible
        from reportmodel.io.crashlog import write_crash_log

        log = write_crash_log(exc)
        # The error's text may quote the file: shown as visible escapes, never obeyed.
        print(v.say("cli.internal_error", kind=type(exc).__name__, error=visible(str(exc)),
                    log=log),
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
