"""Word and PDF export figures: the writers over a synthetic finished document of the size of S
and L, against the Markdown export of the generated report of the same size, in the same run.

The document is built from the block types directly (the shapes of bench/generate.py's S and L:
goals with an assessment, activity tables, indicator tables, internal control with its long
table), so these figures measure the writers alone; once the builder is joined to them, the
export figure is build + write and this module builds with it instead.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

from reportmodel.render import export_markdown
from reportmodel.render.document import (
    BarSegment, Cell, Column, Document, Fact, Facts, Heading, Legend, LegendEntry, LegendGroup,
    Mark, Meta, Paragraph, Part, RiskMatrix, Row as TableRow, StackedBars, Table, plain,
)
from reportmodel.render.office import render_document

from .table import Budget, Row
from .timing import cpu_timed, interleave
from .workdir import Files

CREATED = datetime.datetime(2023, 1, 26, tzinfo=datetime.timezone.utc)
SMALL_BUDGET = Budget(limit=1.0)
LARGE_BUDGET = Budget(ratio=10.0)
MEMORY_BUDGET = Budget(limit=300.0, unit="MB")

# goals, activities, indicators, control points (on risks) per size, as bench/generate.py makes.
SHAPES = {"S": (25, 77, 20, 21, 12), "M": (350, 2000, 450, 220, 80),
          "L": (1800, 10000, 600, 1000, 400)}

MARKS = [Mark("goal", "full", "Helt uppfyllt", "", "#2e7d32"),
         Mark("goal", "partly", "Delvis uppfyllt", "", "#f9a825"),
         Mark("goal", "not", "Ej uppfyllt", "", "#c62828")]
STATUS = [Mark("status", "done", "Genomförd", "", "#2e7d32"),
          Mark("status", "ongoing", "Pågående", "", "#1565c0")]
COMMENT = ("Förvaltningen bedömer att målet har utvecklats i positiv riktning under året, "
           "särskilt inom överförmyndarverksamheten och samverkan med föreningslivet i "
           "Smedby, Ljungbyholm och Rinkabyholm. Arbetet fortsätter under nästa år. ")


def synthetic_document(size: str) -> Document:
    goals, activities, indicators, controls, risks = SHAPES[size]
    per_goal = activities // goals
    blocks: list = [Heading(1, plain("Nämndens mål"))]
    blocks.append(StackedBars("Måluppfyllelse", [("Nämndsmål", [
        BarSegment(m, goals // 3 + (i == 0) * (goals % 3)) for i, m in enumerate(MARKS)])]))
    for g in range(goals):
        mark = MARKS[g % 3]
        blocks += [Heading(2, plain(f"Nämndsmål {g + 1}: ökad delaktighet för invånarna"),
                           number=f"{g + 1}."),
                   Facts([Fact("Bedömning", mark), Fact("Ansvarig", plain("Förvaltningschef"))]),
                   Paragraph(plain(COMMENT)),
                   Table([Column("Aktivitet", "title", 3), Column("Status", "status", 1),
                          Column("Kommentar", "comment", 3)],
                         [TableRow([Cell(plain(f"Aktivitet {g}.{a}: se över rutinerna")),
                                    Cell(mark=STATUS[a % 2]), Cell(plain(COMMENT[:90]))])
                          for a in range(per_goal)])]
        if g < indicators:
            blocks.append(Table(
                [Column("Indikator", "title", 3)] + [Column(f"Utfall {y}", f"outcome:{y}", 1,
                                                            "right") for y in (2020, 2021, 2022)],
                [TableRow([Cell(plain("Andel nöjda brukare (procent)")), Cell(number="71"),
                           Cell(number="73,5"), Cell(number="prel: 74")])]))
    rows = []
    for c in range(controls):
        if c % max(1, controls // risks) == 0:
            rows.append(TableRow([Cell(plain(f"Risk {c}: felaktiga utbetalningar"))], group=True))
        rows.append(TableRow([Cell(plain(f"Kontrollmoment {c + 1}: stickprov på attester")),
                              Cell(plain("Ekonomienheten")), Cell(number="6"),
                              Cell(mark=STATUS[c % 2]), Cell(plain(COMMENT[:120]))]))
    control = [Heading(1, plain("Uppföljning av intern kontroll")),
               RiskMatrix([4, 3, 2, 1], [1, 2, 3, 4], {(4, 4): 2, (2, 3): 5}, 8, "S \\ K"),
               Table([Column("Kontrollmoment", "title", 3), Column("Ansvarig", "responsible", 1),
                      Column("Riskvärde", "value", 1, "right"), Column("Status", "status", 1),
                      Column("Kommentar", "comment", 3)], rows)]
    legend = [Heading(1, plain("Teckenförklaring")),
              Legend([LegendGroup("Bedömning", [LegendEntry(m) for m in MARKS])])]
    meta = Meta("Kalmar kommun", "Kommunstyrelsen", "Årsrapport", "Årsrapport 2022", 2022,
                "KS 2023/1", "26 januari 2023", "Åsa Öberg")
    return Document("Årsrapport 2022", "sv", meta, [
        Part("legend", "Teckenförklaring", legend), Part("goals", "Nämndens mål", blocks),
        Part("internal-control", "Intern kontroll", control, appendix=True)])


def writers(files: Files, size: str, quick: bool) -> list[Row]:
    """DOCX and PDF of the synthetic document, interleaved with export_markdown of the
    generated report of the same size (the baseline)."""
    document = synthetic_document(size)
    report = files.model(size)
    reps = 2 if quick or size == "L" else 5
    # CPU time of the process for all three: Typst works on a thread of its own (timing.cpu_timed).
    docx_t, pdf_t, md_t = interleave(
        [cpu_timed(lambda: render_document(document, "docx", created=CREATED)),
         cpu_timed(lambda: render_document(document, "pdf", created=CREATED)),
         cpu_timed(lambda: export_markdown(report))], reps, min_reps=2)
    budget = SMALL_BUDGET if size == "S" else LARGE_BUDGET if size == "L" else None
    base = "export_markdown of the report"
    return [Row(f"export: Word (.docx) of a {size}-sized document", size, min(docx_t), "s", base,
                min(md_t), budget, len(docx_t)),
            Row(f"export: PDF (Typst) of a {size}-sized document", size, min(pdf_t), "s", base,
                min(md_t), budget, len(pdf_t))]


_WORKLOAD = """
import sys
from bench.office_figures import synthetic_document, CREATED
from reportmodel.render.office import render_document
document = synthetic_document(sys.argv[1])
if sys.argv[2] != "-":
    render_document(document, sys.argv[2], created=CREATED)
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) * 1024 / 1e6)
"""


def peak_memory(size: str) -> list[Row]:
    """Peak resident set of a process that builds the document and writes one format; beside
    it, a process that only builds the document (imports included)."""
    def peak(fmt: str) -> float:
        out = subprocess.run([sys.executable, "-c", _WORKLOAD, size, fmt or "-"],
                             capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent.parent)
        return float(out.stdout.strip().splitlines()[-1])
    floor = peak("")
    budget = MEMORY_BUDGET if size == "L" else None
    return [Row(f"peak memory: {name} export of a {size}-sized document", size, peak(fmt), "MB",
                "building the document alone", floor, budget)
            for fmt, name in (("docx", "Word"), ("pdf", "PDF"))]


if __name__ == "__main__":  # python -m bench.office_figures [S|L]: quick look without make bench
    import time
    for size in sys.argv[1:] or ["S"]:
        doc = synthetic_document(size)
        for fmt in ("docx", "pdf"):
            t = time.perf_counter()
            data = render_document(doc, fmt, created=CREATED)
            print(json.dumps({"size": size, "format": fmt, "s": round(time.perf_counter() - t, 3),
                              "bytes": len(data)}))
