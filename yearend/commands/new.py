"""yearend new --preset NAME -o FILE: a blank report of a preset's shape, ready to fill in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.core.presets import PRESETS
from reportmodel.core.problems import SaveError
from reportmodel.core.scheme import SchemeDecl
from reportmodel.core.vocabulary import vocab
from reportmodel.io.storage import save_report

from ._common import EXIT_BAD_INPUT, EXIT_OK, file_argument


def register(sub, v) -> None:
    p = sub.add_parser("new", help=v.say("help.new"), description=v.say("help.new.description"))
    p.add_argument("--preset", choices=sorted(PRESETS), default="kalmar",
                   help=v.say("help.new.preset"))
    file_argument(p, "-o", "--output", required=True, metavar=v.say("help.metavar.file"),
                  help=v.say("help.new.output"))
    p.add_argument("--municipality", default="Kommunen", help=v.say("help.new.municipality"))
    p.add_argument("--board", default="Nämnden", help=v.say("help.new.board"))
    p.add_argument("--year", type=int, default=dt.date.today().year, help=v.say("help.new.year"))
    p.add_argument("--kind", choices=sorted(m.REPORT_KINDS), default="arsrapport",
                   help=v.say("help.new.kind"))
    p.add_argument("--title", help=v.say("help.new.title"))
    p.add_argument("--lang", choices=("sv", "en"), default="sv", help=v.say("help.new.lang"))
    p.add_argument("--force", action="store_true", help=v.say("help.force"))
    p.set_defaults(run=run)


def run(args) -> int:
    v = args.v
    out = Path(args.output)
    if out.exists() and not args.force:
        print(v.say("cli.new.exists", file=out), file=sys.stderr)
        return EXIT_BAD_INPUT
    if not 1900 <= args.year <= 2200:
        print(v.say("cli.new.bad_year", year=args.year), file=sys.stderr)
        return EXIT_BAD_INPUT
    title = args.title or f"{vocab(args.lang).report_kind(args.kind)} {args.year}"
    report = m.Report(
        meta=m.Meta(municipality=args.municipality, board=args.board, kind=args.kind,
                    title=title, year=args.year, language=args.lang),
        scheme_decl=SchemeDecl(preset=args.preset),
    )
    try:
        save_report(report, out, backup=False)
    except SaveError as exc:
        print(v.say("cli.cannot_save", command="new", file=out, reason=v.reason(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(v.say("cli.new.written", file=out, preset=args.preset, year=args.year))
    return EXIT_OK
