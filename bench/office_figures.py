"""Word and PDF export figures: what `yearend export --format docx|pdf` does with the generated
report of size S and L (build the document, write the format), against the Markdown export of
the same report, in the same run.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

from reportmodel.render import build_document, export_markdown
from reportmodel.render.files import render_file
from reportmodel.render.pdf.writer import release_layout_cache

from .table import Budget, Row
from .timing import Timed, cpu_timed, interleave
from .workdir import Files

CREATED = datetime.datetime(2023, 1, 26, tzinfo=datetime.timezone.utc)
SMALL_BUDGET = Budget(limit=1.0)
LARGE_BUDGET = Budget(ratio=10.0)
MEMORY_BUDGET = Budget(limit=300.0, unit="MB")


def export(report, fmt: str) -> bytes:
    """What the command line does for `yearend export FILE --format FMT` once the report is
    loaded: build the document model, then write it (commands/export.py)."""
    return render_file(build_document(report), fmt, created=CREATED)


def _pdf(report) -> Timed:
    """A PDF export as a process that exports once runs it: the previous repetition's Typst
    cache is dropped before the clock starts (render_pdf would drop it, timed, on its own)."""
    timed = cpu_timed(lambda: export(report, "pdf"))

    def run() -> float:
        release_layout_cache()
        return timed()

    return run


def writers(files: Files, size: str, quick: bool) -> list[Row]:
    """DOCX and PDF of the generated report (build + write), interleaved with export_markdown
    of the same report (the baseline)."""
    report = files.model(size)
    reps = 2 if quick or size == "L" else 5
    # CPU time of the process for all three: Typst works on a thread of its own (timing.cpu_timed).
    docx_t, pdf_t, md_t = interleave(
        [cpu_timed(lambda: export(report, "docx")),
         _pdf(report),
         cpu_timed(lambda: export_markdown(report))], reps, min_reps=2)
    budget = SMALL_BUDGET if size == "S" else LARGE_BUDGET if size == "L" else None
    base = "export_markdown of the report"
    return [Row("export: Word (.docx), build + write", size, min(docx_t), "s", base,
                min(md_t), budget, len(docx_t)),
            Row("export: PDF (Typst), build + write", size, min(pdf_t), "s", base,
                min(md_t), budget, len(pdf_t))]


_WORKLOAD = """
import sys
from bench.office_figures import export
from reportmodel.io.storage import load_report
from reportmodel.render import build_document
report = load_report(sys.argv[1])
if sys.argv[2] != "-":
    export(report, sys.argv[2])
else:
    build_document(report)
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) * 1024 / 1e6)
"""


def peak_memory(files: Files, size: str) -> list[Row]:
    """Peak resident set of a process that loads the report, builds the document and writes one
    format, as `yearend export` does; beside it, a process that only loads and builds."""
    path = files.report(size)

    def peak(fmt: str) -> float:
        out = subprocess.run([sys.executable, "-c", _WORKLOAD, str(path), fmt or "-"],
                             capture_output=True, text=True, check=True,
                             cwd=Path(__file__).resolve().parent.parent)
        return float(out.stdout.strip().splitlines()[-1])
    floor = peak("")
    budget = MEMORY_BUDGET if size == "L" else None
    return [Row(f"peak memory: {name} export (load, build, write)", size, peak(fmt), "MB",
                "loading and building alone", floor, budget)
            for fmt, name in (("docx", "Word"), ("pdf", "PDF"))]


if __name__ == "__main__":  # python -m bench.office_figures [S|L]: quick look without make bench
    import time
    with Files() as files:
        for size in sys.argv[1:] or ["S"]:
            report = files.model(size)
            for fmt in ("docx", "pdf"):
                t, c = time.perf_counter(), time.process_time()
                data = export(report, fmt)
                print(json.dumps({"size": size, "format": fmt,
                                  "wall_s": round(time.perf_counter() - t, 3),
                                  "cpu_s": round(time.process_time() - c, 3),
                                  "bytes": len(data)}))
            t = time.process_time()
            export_markdown(report)
            print(json.dumps({"size": size, "format": "md",
                              "cpu_s": round(time.process_time() - t, 3)}))
