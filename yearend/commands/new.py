"""yearend new --preset NAME -o FILE: a blank report of a preset's shape, ready to fill in."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.core.presets import PRESETS
from reportmodel.core.problems import SaveError
from reportmodel.core.scheme import SchemeDecl
from reportmodel.io.storage import save_report

from ._common import EXIT_BAD_INPUT, EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("new", help="write a blank report of a preset shape",
                       description="Write a blank report: metadata and the scheme of a preset "
                       "(kalmar: Helt/Delvis/Ej uppfyllt over four goal levels; tvaniva: "
                       "Uppfyllt/Ej uppfyllt; process: process areas with trend and "
                       "åtaganden). Refuses to overwrite a file without --force.")
    p.add_argument("--preset", choices=sorted(PRESETS), default="kalmar")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--municipality", default="Kommunen")
    p.add_argument("--board", default="Nämnden")
    p.add_argument("--year", type=int, default=dt.date.today().year)
    p.add_argument("--kind", choices=sorted(m.REPORT_KINDS), default="arsrapport")
    p.add_argument("--title", help="default: '<Kind> <year>' in the report's language")
    p.add_argument("--lang", choices=("sv", "en"), default="sv")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(run=run)


def run(args) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        print(f"yearend new: {out} exists; not overwritten (use --force)", file=sys.stderr)
        return EXIT_BAD_INPUT
    if not 1900 <= args.year <= 2200:
        print(f"yearend new: {args.year} is not a year (expected e.g. 2026)", file=sys.stderr)
        return EXIT_BAD_INPUT
    sv, en = m.REPORT_KINDS[args.kind]
    title = args.title or f"{en if args.lang == 'en' else sv} {args.year}"
    report = m.Report(
        meta=m.Meta(municipality=args.municipality, board=args.board, kind=args.kind,
                    title=title, year=args.year, language=args.lang),
        scheme_decl=SchemeDecl(preset=args.preset),
    )
    try:
        save_report(report, out, backup=False)
    except SaveError as exc:
        print(f"yearend new: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{out}: a blank {args.preset} report for {args.year}")
    return EXIT_OK
