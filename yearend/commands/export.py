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

from ._common import (EXIT_BAD_INPUT, EXIT_OK, file_argument, load_or_report, only_problem,
                      os_reason)

def register(sub, v) -> None:
    p = sub.add_parser("export", help=v.say("help.export"),
                       description=v.say("help.export.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.file"))
    file_argument(p, "-o", "--output", metavar=v.say("help.metavar.out_md"),
                  help=v.say("help.export.output"))
    p.add_argument("--only", metavar=v.say("help.metavar.parts"),
                   help=v.say("help.export.only", parts=", ".join(PARTS)))
    p.add_argument("--ascii", action="store_true", help=v.say("help.export.ascii"))
    p.add_argument("--lang", choices=LANGUAGES, help=v.say("help.report_lang"))
    p.set_defaults(run=run)


def run(args) -> int:
    v = args.v
    problem = only_problem(v, "export", args.only, PARTS)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    parts = parse_parts(args.only)
    out = args.output
    if out and out != "-":
        problem = refuse_output(v, Path(args.file), Path(out))
        if problem:
            print(v.say("cli.export.refused", file=out, reason=problem), file=sys.stderr)
            return EXIT_BAD_INPUT
    loaded = load_or_report(v, args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    try:
        data = export_markdown(loaded.report, only=parts, ascii=args.ascii,
                               lang=args.lang).encode("utf-8")
    except ValueError as exc:  # a "section:<id>" the report does not have
        print(v.say("cli.export.bad_only", reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    if not out or out == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return EXIT_OK
    try:
        write_atomically(Path(out), data)
    except OSError as exc:
        print(v.say("cli.export.cannot_write", file=out, reason=os_reason(v, exc)),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    size = f"{len(data):,}".replace(",", " " if v.lang == "sv" else ",")
    print(v.say("cli.export.written", file=out, size=size), file=sys.stderr)
    return EXIT_OK


def refuse_output(v, report: Path, out: Path) -> str | None:
    """Why OUT must not be written, or None."""
    if out.suffix.lower() == ".toml":
        return v.say("cli.export.refuse_toml")
    if out.is_dir():
        return v.say("cli.export.refuse_dir")
    if not out.parent.exists() and str(out.parent):
        return v.say("cli.export.refuse_no_dir", dir=out.parent)
    try:
        if out.exists() and report.exists() and os.path.samefile(report, out):
            return v.say("cli.export.refuse_self")
    except OSError:
        pass
    return None
