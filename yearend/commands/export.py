"""yearend export FILE [-o OUT.md]: the finished report as GitHub-flavoured Markdown.

Without -o (or with `-o -`) the Markdown goes to standard output. With -o it is written to a
temporary file beside OUT, synced and moved over OUT in one step, so OUT is either the old file
or the whole new one. Writing over the report itself, or Markdown into a .toml file, is refused
with a message: both would destroy a report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportmodel.io.atomic import write_atomically
from reportmodel.render import LANGUAGES, PARTS, export_markdown, parse_parts

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report

PART_HELP = ", ".join(PARTS)


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write the report as Markdown",
        description="Write the finished report as GitHub-flavoured Markdown: title block, "
        "proposed decision, summary table, narrative sections, goals with indicators, "
        "activities and assignments, internal control with risk overview and matrix, "
        "contractor follow-up, and a legend of the symbols used. The same report always gives "
        "the same bytes. See docs/export.md.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT.md",
                   help="write to this file (atomically) instead of standard output")
    p.add_argument("--only", metavar="PARTS",
                   help=f"only these parts, comma-separated, for separate appendices: {PART_HELP} "
                   "(the title block is always written, the legend when a symbol is used)")
    p.add_argument("--ascii", action="store_true",
                   help="words instead of symbols, for conversions that lose emoji (Word)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the fixed words and number style (default: the report's)")
    p.set_defaults(run=run)


def run(args) -> int:
    try:
        parts = parse_parts(args.only)
    except ValueError as exc:
        print(f"yearend export: --only: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    out = args.output
    if out and out != "-":
        problem = refuse_output(Path(args.file), Path(out))
        if problem:
            print(f"yearend export: {out}: {problem}", file=sys.stderr)
            return EXIT_BAD_INPUT
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    try:
        data = export_markdown(loaded.report, only=parts, ascii=args.ascii,
                               lang=args.lang).encode("utf-8")
    except ValueError as exc:  # a "section:<id>" the report does not have
        print(f"yearend export: --only: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not out or out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_atomically(Path(out), data)
    except OSError as exc:
        print(f"yearend export: cannot write {out}: {exc.strerror or exc}; nothing was written",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"yearend export: wrote {out} ({len(data):,} bytes)".replace(",", " "),
          file=sys.stderr)
    return EXIT_OK


def refuse_output(report: Path, out: Path) -> str | None:
    """Why OUT must not be written, or None."""
    if out.suffix.lower() == ".toml":
        return ("refusing to write Markdown into a .toml file (it may be a report); "
                "give the output a .md name")
    if out.is_dir():
        return "is a directory; give a file name, e.g. rapport.md"
    if not out.parent.exists() and str(out.parent):
        return f"the directory {out.parent} does not exist"
    try:
        if out.exists() and report.exists() and os.path.samefile(report, out):
            return "is the report itself; refusing to overwrite it"
    except OSError:
        pass
    return None
