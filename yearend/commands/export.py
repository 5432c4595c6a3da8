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

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report

PART_HELP = ", ".join(PARTS)

# Messages added with Word and PDF, in one table so they can move into the vocabulary as a whole.
MESSAGES = {
    "needs_file": "yearend export: --format {fmt} writes a file; give one with -o, e.g. -o {name}",
    "suffix": "yearend export: {out}: the name ends in {suffix} but the format is {fmt}; "
              "give a {want} name or leave out --format",
    "template_format": "yearend export: --template {template}: a Word template applies to "
                       "--format docx only",
    "failed": "yearend export: {reason}; {out} was not written",
    "warning": "yearend export: {out}: {warning}",
}


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="write the report as Markdown, Word or PDF",
        description="Write the finished report as GitHub-flavoured Markdown, Word (docx) or "
        "PDF: title block, "
        "proposed decision, summary table, narrative sections, goals with indicators, "
        "activities and assignments, internal control with risk overview and matrix, "
        "contractor follow-up, and a legend of the symbols used. The same report always gives "
        "the same bytes (Word and PDF: with SOURCE_DATE_EPOCH set). See docs/export.md and "
        "docs/documents.md.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="write to this file (atomically) instead of standard output; its suffix "
                   "(.md, .docx, .pdf) chooses the format unless --format is given")
    p.add_argument("--format", choices=FORMATS, dest="format",
                   help="md (GitHub-flavoured Markdown), docx (Word) or pdf (tagged PDF/UA); "
                   "default: from the -o name, else md. docx and pdf need -o")
    p.add_argument("--template", metavar="WORD.docx",
                   help="a Word template (.docx, .dotx) whose styles, headers and footers the "
                   "Word file takes; default: the report's [layout] template")
    p.add_argument("--only", metavar="PARTS",
                   help=f"only these parts, comma-separated, for separate appendices: {PART_HELP} "
                   "(the title block is always written, the legend when a symbol is used)")
    p.add_argument("--ascii", action="store_true",
                   help="words instead of symbols, for conversions that lose emoji (Word)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help="language of the fixed words and number style (default: the report's)")
    p.set_defaults(run=run)


def choose_format(args) -> tuple[str | None, str | None]:
    """(format, None), or (None, why the options do not fit together)."""
    out = args.output if args.output and args.output != "-" else None
    fmt = args.format or (format_for(out) if out else None) or "md"
    if out is None and fmt != "md":
        return None, MESSAGES["needs_file"].format(fmt=fmt, name="rapport" + SUFFIX[fmt])
    named = format_for(out) if out else None
    if named is not None and named != fmt:
        return None, MESSAGES["suffix"].format(out=out, suffix=Path(out).suffix, fmt=fmt,
                                                want=SUFFIX[fmt])
    if args.template and fmt != "docx":
        return None, MESSAGES["template_format"].format(template=args.template)
    return fmt, None


def run(args) -> int:
    try:
        parts = parse_parts(args.only)
    except ValueError as exc:
        print(f"yearend export: --only: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    fmt, problem = choose_format(args)
    if fmt is None:
        print(problem, file=sys.stderr)
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
    if fmt != "md":
        return write_office(args, loaded.report, fmt, parts)
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


def write_office(args, report, fmt: str, parts: list[str] | None) -> int:
    """Word or PDF to -o: the same document as the Markdown, written atomically."""
    out = args.output
    try:
        document = build_document(report, only=parts, ascii=args.ascii, lang=args.lang)
    except ValueError as exc:  # a "section:<id>" the report does not have
        print(f"yearend export: --only: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    template = Path(args.template) if args.template else None
    if template is None and fmt == "docx":
        template = layout_template(report, args.file)
    try:
        size, warnings = write_file(document, fmt, out, template=template)
    except ExportError as exc:
        print(MESSAGES["failed"].format(out=out, reason=exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"yearend export: cannot write {out}: {exc.strerror or exc}; nothing was written",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    for warning in warnings:
        print(MESSAGES["warning"].format(out=out, warning=warning), file=sys.stderr)
    print(f"yearend export: wrote {out} ({size:,} bytes)".replace(",", " "), file=sys.stderr)
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
