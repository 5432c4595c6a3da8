"""yearend show FILE: the finished report in the terminal, in colour, through a pager when it is
longer than the screen.

The view is rendered once into text, then either printed or handed to the pager ($PAGER, else
`less`; LESS=FRX unless LESS is set, as git does, so colours pass and a short text is not
paged). NO_COLOR is honoured by rich; output that is not a terminal gets no escape codes at all.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from rich.console import Console

from reportmodel.core.textsafety import guard_output
from reportmodel.render import LANGUAGES, PARTS
from reportmodel.render.rich_view import render_report

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report

MIN_WIDTH = 40
MAX_WIDTH = 500  # rich lays out every line to the width: 1 000 000 columns took 1.6 GB


def register(sub) -> None:
    p = sub.add_parser(
        "show", help="show the finished report in the terminal",
        description="Show the finished report in the terminal: tables, assessments and statuses "
        "in their colours. Longer than the screen, it opens in a pager ($PAGER or less). "
        "Honours NO_COLOR.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--no-pager", action="store_true", help="never page, print everything")
    p.add_argument("--width", type=int, metavar="N",
                   help=f"lay out for N columns ({MIN_WIDTH}-{MAX_WIDTH}; default: the "
                   "terminal's)")
    p.add_argument("--only", metavar="PARTS", help=f"only these parts: {', '.join(PARTS)}")
    p.add_argument("--ascii", action="store_true", help="words instead of symbols")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the fixed words (default: the report's)")
    p.set_defaults(run=run)


def run(args) -> int:
    if args.width is not None and args.width < MIN_WIDTH:
        print(f"yearend show: --width {args.width} is too narrow; give at least {MIN_WIDTH}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.width is not None and args.width > MAX_WIDTH:
        print(f"yearend show: --width {args.width} is too wide; give at most {MAX_WIDTH}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    try:
        view = render_report(loaded.report, only=args.only, ascii=args.ascii, lang=args.lang)
    except ValueError as exc:
        print(f"yearend show: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    # markup and emoji off: nothing printed here is ever read as rich markup or :emoji: codes.
    console = Console(width=args.width, highlight=False, markup=False, emoji=False)
    if console.width > MAX_WIDTH:  # COLUMNS=1000000 from the environment: the same bound
        console.width = MAX_WIDTH
    with console.capture() as capture:
        console.print(view)
    # The pager gets the text straight, not through the guarded stdout (yearend/guard.py).
    output = guard_output(capture.get(), colours=True)
    lines = output.count("\n")
    # The pager only for a person at a terminal: FORCE_COLOR into a pipe must not start less.
    if sys.stdout.isatty() and not args.no_pager and lines > console.height:
        if page(output):
            return EXIT_OK
    sys.stdout.write(output)
    sys.stdout.flush()
    return EXIT_OK


def page(text: str) -> bool:
    """Show text in the pager; False when there is none to run (the caller prints instead)."""
    command = os.environ.get("PAGER", "less")
    if not command.strip():
        return False
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        proc = subprocess.Popen(shlex.split(command), stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):
        return False
    try:
        assert proc.stdin is not None
        proc.stdin.write(text.encode("utf-8", "replace"))
        proc.stdin.close()
    except BrokenPipeError:
        pass  # the reader quit the pager before the end
    while True:
        try:
            proc.wait()
            return True
        except KeyboardInterrupt:
            continue  # Ctrl-C belongs to the pager, as less itself ignores it
