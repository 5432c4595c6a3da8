"""Helpers shared by commands: printing problems, loading with a clean failure, and the words
for what the system says (OSError) and for --only parts, all through the vocabulary."""

from __future__ import annotations

import argparse
import errno
import sys

from reportmodel.core.problems import Problem
from reportmodel.core.vocabulary import Vocabulary
from reportmodel.io.storage import Loaded, load_path
from yearend.language import LANGUAGES

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2
# A file-name argument: shells complete it with file names (shtab reads `.complete`).
FILE = {"bash": "_shtab_compgen_files", "zsh": "_files",
        "fish": "(__fish_complete_path (commandline -ct))"}
_ERRNO_CODES = {errno.ENOENT: "enoent", errno.EACCES: "eacces", errno.EPERM: "eacces",
                errno.EISDIR: "eisdir", errno.ENOSPC: "enospc", errno.EROFS: "erofs"}


def add_lang(parser: argparse.ArgumentParser, v: Vocabulary) -> None:
    """`--lang` for a command without a report language of its own: the messages' language
    (read before parsing, yearend/language.py; SUPPRESS keeps the top-level value)."""
    parser.add_argument("--lang", choices=LANGUAGES, dest="ui_lang", default=argparse.SUPPRESS,
                        help=v.say("help.lang"))


def file_argument(parser, *names: str, **kwargs):
    action = parser.add_argument(*names, **kwargs)
    action.complete = FILE  # type: ignore[attr-defined]
    return action


def print_problems(v: Vocabulary, filename: str, problems: list[Problem], stream=None) -> None:
    stream = stream or sys.stderr
    for problem in problems:
        print(v.format_problem(problem, filename), file=stream)


def load_or_report(v: Vocabulary, filename: str) -> Loaded | None:
    """The loaded report, or None after printing why it could not be loaded (exit 2)."""
    loaded = load_path(filename)
    if loaded.errors or loaded.report is None:
        print_problems(v, filename, loaded.errors)
        errors = v.say("cli.n_errors", n=len(loaded.errors))
        print(v.say("cli.not_a_report", file=filename, errors=errors), file=sys.stderr)
        return None
    return loaded


def os_reason(v: Vocabulary, exc: OSError) -> str:
    """What the system said, in the reader's language (strerror is always English)."""
    if exc.errno is None and exc.args:
        # A write yearend refused itself (io.atomic.UnsafeTarget: a device, a FIFO, a report
        # under another name): its own reason, by its vocabulary code.
        return v.say("cli.os.refused", reason=v.reason(exc))
    code = _ERRNO_CODES.get(exc.errno or 0)
    return v.say(f"cli.os.{code}") if code else v.say("cli.os.other", errno=exc.errno)


def only_problem(v: Vocabulary, command: str, values: list[str] | str | None,
                 parts: tuple[str, ...] | list[str], fold_case: bool = False,
                 sections: bool = False) -> str | None:
    """Why the --only values (comma-separated or repeated) are not parts, or None."""
    if values is None:
        return None
    values = [values] if isinstance(values, str) else values
    given = {p.strip().lower() if fold_case else p.strip()
             for value in values for p in value.split(",") if p.strip()}
    # "section:<id>": the report's sections are known only once it is read (the builder checks).
    unknown = sorted(p for p in given - set(parts) if not (sections and p.startswith("section:")
                                                           and len(p) > len("section:")))
    if not given or unknown:
        return v.say("cli.unknown_part", command=command, parts=", ".join(unknown) or '""',
                     expected=", ".join([*parts, "section:<id>"] if sections else parts))
    return None
