"""yearend stats FILE: the summary counts of a report, as text tables or as JSON (a contract)."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportmodel.core.stats import compute_stats

from ._common import EXIT_BAD_INPUT, EXIT_OK, load_or_report

WORDS = {
    "sv": {"goals": "Mål", "total": "Totalt", "activities": "Aktiviteter",
           "assignments": "Uppdrag", "controls": "Kontrollmoment", "risks": "Risker",
           "indicators": "Indikatorer", "with_controls": "med kontrollmoment",
           "value": "Riskvärde", "count": "Antal"},
    "en": {"goals": "Goals", "total": "Total", "activities": "Activities",
           "assignments": "Assignments", "controls": "Control points", "risks": "Risks",
           "indicators": "Indicators", "with_controls": "with control points",
           "value": "Risk value", "count": "Count"},
}


def register(sub) -> None:
    p = sub.add_parser("stats", help="summary counts: assessments, statuses, risks",
                       description="Print the counts a report's summary tables hold: goals per "
                       "level by assessment, activities and assignments by status, control "
                       "points by assessment, risks by value. --format json prints the "
                       "documented contract of docs/cli.md.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def run(args) -> int:
    loaded = load_or_report(args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    stats = compute_stats(report)
    if args.format == "json":
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    lang = report.meta.language
    words = WORDS[lang]
    scheme = report.scheme
    console = Console(highlight=False)

    def table(title: str, scale_name: str, counts: dict[str, int], total: int) -> Table:
        scale = scheme.scale(scale_name)
        t = Table(title=Text(title), title_justify="left", show_header=False, box=None,
                  padding=(0, 2, 0, 0))
        for key, n in counts.items():
            label = scale.label(None if key == "unset" else key, lang)
            symbol = scale.symbol(None if key == "unset" else key)
            value = scale.get(key)
            t.add_row(Text(symbol, style=value.colour if value and value.colour else ""),
                      Text(label), str(n))
        t.add_row("", Text(words["total"], style="bold"), Text(str(total), style="bold"))
        return t

    for level in scheme.levels:
        entry = stats["goals"][level.key]
        if level.assessment:
            console.print(table(f"{level.text(lang)} ({entry['total']})", level.assessment,
                                entry["by_assessment"], entry["total"]))
        else:
            console.print(Text(f"{level.text(lang)}: {entry['total']}"))
        console.print()
        if "by_trend" in entry:
            console.print(table(f"{level.text(lang)} – {scheme.scale('trend').name}", "trend",
                                entry["by_trend"], entry["total"]))
            console.print()
    terms = stats["terms"]
    for part, scale_name, key, term in (
            ("activities", "activity_status", "by_status", "activity"),
            ("assignments", "assignment_status", "by_status", "assignment"),
            ("controls", "control_assessment", "by_assessment", "control"),
            ("contractor_rows", "contractor_fulfilment", "by_fulfilment", "contractor")):
        entry = stats[part]
        if entry["total"]:
            # The report's own word where it names the kind itself ("Åtagande").
            name = terms[term] if term in scheme.terms or part != "activities" else words[part]
            if part in ("activities", "controls") and term not in scheme.terms:
                name = words[part]
            console.print(table(name, scale_name, entry[key], entry["total"]))
            console.print()
    console.print(Text(f"{words['indicators']}: {stats['indicators']['total']}"))
    risks = stats["risks"]
    if risks["total"]:
        console.print(Text(f"{words['risks']}: {risks['total']}, {risks['with_controls']} "
                           f"{words['with_controls']}"))
        t = Table(show_header=True, box=None, padding=(0, 2, 0, 0))
        t.add_column(words["value"], justify="right")
        t.add_column(words["count"], justify="right")
        for value, n in risks["by_value"].items():
            t.add_row(value, str(n))
        console.print(t)
    return EXIT_OK
