"""yearend stats FILE: the summary counts of a report, as text tables or as JSON (a contract)."""

from __future__ import annotations

import json
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from reportmodel.core.fields import scale_name
from reportmodel.core.stats import compute_stats
from reportmodel.core.vocabulary import vocab
from reportmodel.render.text_safety import one_line

from ._common import EXIT_BAD_INPUT, EXIT_OK, add_lang, file_argument, load_or_report

def register(sub, v) -> None:
    p = sub.add_parser("stats", help=v.say("help.stats"),
                       description=v.say("help.stats.description"))
    file_argument(p, "file", metavar=v.say("help.metavar.file"), help=v.say("help.file"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=v.say("help.stats.format"))
    add_lang(p, v)
    p.set_defaults(run=run)


def run(args) -> int:
    loaded = load_or_report(args.v, args.file)
    if loaded is None:
        return EXIT_BAD_INPUT
    report = loaded.report
    stats = compute_stats(report)
    if args.format == "json":
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    scheme = report.scheme
    v = vocab(args.chosen_lang or report.meta.language, scheme)
    lang = v.lang
    console = Console(highlight=False)

    def table(title: str, scale_key: str, counts: dict[str, int], total: int) -> Table:
        scale = scheme.scale(scale_key)
        t = Table(title=Text(title), title_justify="left", show_header=False, box=None,
                  padding=(0, 2, 0, 0))
        for key, n in counts.items():
            label = scale.label(None if key == "unset" else key, lang)
            symbol = scale.symbol(None if key == "unset" else key)
            value = scale.get(key)
            t.add_row(Text(one_line(symbol), style=value.colour if value and value.colour
                           else ""), Text(one_line(label)), str(n))
        t.add_row("", Text(v.say("cli.stats.total"), style="bold"),
                  Text(str(total), style="bold"))
        return t

    for level in scheme.levels:
        entry = stats["goals"][level.key]
        if level.assessment:
            console.print(table(f"{one_line(level.text(lang))} ({entry['total']})",
                                level.assessment,
                                entry["by_assessment"], entry["total"]))
        else:
            console.print(Text(f"{one_line(level.text(lang))}: {entry['total']}"))
        console.print()
        if "by_trend" in entry:
            trend = one_line(scheme.scale("trend").name)
            console.print(table(f"{one_line(level.text(lang))} – {trend}", "trend",
                                entry["by_trend"], entry["total"]))
            console.print()
    for part, kind, name, key in (("activities", "activity", "status", "by_status"),
                                  ("assignments", "assignment", "status", "by_status"),
                                  ("controls", "control", "assessment", "by_assessment"),
                                  ("contractor_rows", "contractor", "fulfilment",
                                   "by_fulfilment")):
        entry = stats[part]
        if entry["total"]:
            # the report's own word where it names the kind itself ("Åtagande")
            field_kind = "contractor_row" if kind == "contractor" else kind
            console.print(table(one_line(v.kind(kind, plural=True)), scale_name(field_kind, name),
                                entry[key], entry["total"]))
            console.print()
    console.print(Text(f"{v.kind('indicator', plural=True)}: {stats['indicators']['total']}"))
    risks = stats["risks"]
    if risks["total"]:
        with_controls = v.say("cli.stats.with_controls", n=risks["with_controls"])
        console.print(Text(f"{v.kind('risk', plural=True)}: {risks['total']}, {with_controls}"))
    if risks["by_value"]:  # no risk with a value: no table (a bare header says nothing)
        t = Table(show_header=True, box=None, padding=(0, 2, 0, 0))
        t.add_column(v.field("risk", "value"), justify="right")
        t.add_column(v.say("cli.stats.count"), justify="right")
        for value, n in risks["by_value"].items():
            t.add_row(value, str(n))
        console.print(t)
    return EXIT_OK
