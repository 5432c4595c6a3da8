"""yearend export FILE [-o OUT] [--format md|docx|pdf]: the finished report as GitHub-flavoured
Markdown, Word or PDF, all from the same document model.

The format is --format, else the suffix of OUT (.docx, .pdf; anything else is Markdown). Without
-o (or with `-o -`) Markdown goes to standard output; Word and PDF need a file. With -o the file
is written to a temporary file beside OUT, synced and moved over OUT in one step, so OUT is
either the old file or the whole new one. Writing over the report itself, or into a .toml file,
is refused with a message: both would destroy a report.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from reportmodel.io.atomic import write_atomically
from reportmodel.render import LANGUAGES, PARTS, build_document, export_markdown, parse_parts
from reportmodel.render.files import (FORMATS, SUFFIX, ExportError, format_for, layout_template,
                                      write_file)

from ._common import (EXIT_BAD_INPUT, EXIT_OK, file_argument, load_or_report, only_problem,
                      os_reason)


def register(sub, v) -> None:
    p = sub.add_parser("export", help=v.say("help.export"),
                       description=v.say("help.export.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.file"))
    file_argument(p, "-o", "--output", metavar=v.say("help.metavar.out"),
                  help=v.say("help.export.output"))
    p.add_argument("--format", choices=FORMATS, dest="format", help=v.say("help.export.format"))
    p.add_argument("--template", metavar=v.say("help.metavar.template"),
                   help=v.say("help.export.template"))
    p.add_argument("--only", metavar=v.say("help.metavar.parts"),
                   help=v.say("help.export.only", parts=", ".join([*PARTS, "section:<id>"])))
    p.add_argument("--ascii", action="store_true", help=v.say("help.export.ascii"))
    p.add_argument("--lang", choices=LANGUAGES, help=v.say("help.report_lang"))
    p.set_defaults(run=run)


def choose_format(v, args) -> tuple[str | None, str | None]:
    """(format, None), or (None, why the options do not fit together)."""
    out = args.output if args.output and args.output != "-" else None
    fmt = args.format or (format_for(out) if out else None) or "md"
    if out is None and fmt != "md":
        return None, v.say("cli.export.needs_file", fmt=fmt, name="rapport" + SUFFIX[fmt])
    named = format_for(out) if out else None
    if named is not None and named != fmt:
        return None, v.say("cli.export.suffix", file=out, suffix=Path(out).suffix, fmt=fmt,
                           want=SUFFIX[fmt])
    if args.template and fmt != "docx":
        return None, v.say("cli.export.template_format", template=args.template)
    return fmt, None


def run(args) -> int:
    v = args.v
    problem = only_problem(v, "export", args.only, PARTS, sections=True)
    if problem:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    parts = parse_parts(args.only)
    fmt, problem = choose_format(v, args)
    if fmt is None:
        print(problem, file=sys.stderr)
        return EXIT_BAD_INPUT
    out = args.output
    if out and out != "-":
        problem = refuse_output(v, Path(args.file), Path(out))
        if problem:
            print(v.say("cli.export.refused", file=out, reason=problem), file=sys.stderr)
            return EXIT_BAD_INPUT
    loaded = load_or_report(v, args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    if fmt != "md":
        return write_office(v, args, loaded.report, fmt, parts)
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


def write_office(v, args, report, fmt: str, parts: list[str] | None) -> int:
    """Word or PDF to -o: the same document as the Markdown, written atomically."""
    out = args.output
    try:
        document = build_document(report, only=parts, ascii=args.ascii, lang=args.lang)
    except ValueError as exc:  # a "section:<id>" the report does not have
        print(v.say("cli.export.bad_only", reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    template = Path(args.template) if args.template else None
    if template is None and fmt == "docx":
        template = layout_template(report, args.file)
    try:
        size, warnings = write_file(document, fmt, out, template=template)
    except ExportError as exc:
        print(v.say("cli.export.failed", file=out, reason=v.reason(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(v.say("cli.export.cannot_write", file=out, reason=os_reason(v, exc)),
              file=sys.stderr)
        return EXIT_BAD_INPUT
    for warning in warnings:
        print(v.say("cli.export.warning", file=out, warning=warning), file=sys.stderr)
    shown = f"{size:,}".replace(",", " " if v.lang == "sv" else ",")
    print(v.say("cli.export.written", file=out, size=shown), file=sys.stderr)
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
