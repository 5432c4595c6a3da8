"""Figures of whole processes: `yearend check` start-up, and peak memory on L."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .table import Budget, Row
from .timing import interleaved
from .workdir import Files

STARTUP_BUDGET = Budget(limit=0.15)
MEMORY_BUDGET = Budget(limit=300, unit="MB")
STARTUP_REPS = 10

# The child for the memory figure: what `yearend export` and `yearend diff` do, in one process.
# Peak RSS from VmHWM: ru_maxrss of a child also counts the parent's pages it was forked with.
_PEAK = """
def peak_kib():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
_WORKLOAD = _PEAK + """
import sys
from reportmodel.io.storage import load_report
from reportmodel.render import export_markdown
from reportmodel.core.compare import compare_reports
from reportmodel.render.diff.render_md import render_markdown
old = load_report(sys.argv[1])
export_markdown(old)
new = load_report(sys.argv[2])
render_markdown(compare_reports(old, new))
print(peak_kib())
"""
_FLOOR = _PEAK + """
import sys, tomllib
tomllib.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
print(peak_kib())
"""
_IMPORTS = """
import sys
from yearend.main import main
try:
    main(["check", "--quiet", sys.argv[1]])
finally:
    print(sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "tui")), file=sys.stderr)
"""


def yearend_command() -> list[str]:
    """The installed `yearend` script beside this Python, as an officer runs it."""
    script = Path(sys.executable).with_name("yearend")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "yearend.main"]


def _wall(argv: list[str], cpu: list[float] | None = None) -> float:
    """Wall time of a subprocess; its CPU time (user + system) is appended to `cpu`."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    return elapsed


def textual_modules(path: Path) -> list[str]:
    """The textual/tui modules `yearend check` imports (should be none)."""
    done = subprocess.run([sys.executable, "-c", _IMPORTS, str(path)], capture_output=True,
                          text=True, check=False)
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "[]"
    try:
        return json.loads(last.replace("'", '"'))
    except ValueError:
        return [f"(could not tell: {last})"]


def check_startup(files: Files, quick: bool) -> Row:
    path = files.report("S")
    argv = [*yearend_command(), "check", "--quiet", str(path)]
    cpu: list[float] = []
    pair = interleaved(lambda: _wall(argv, cpu), lambda: _wall([sys.executable, "-c", "pass"]),
                       4 if quick else STARTUP_REPS)
    imported = textual_modules(path)
    note = "no Textual" if not imported else f"imports {', '.join(imported[:3])}"
    note += f"; CPU {min(cpu):.3f} s"
    return Row("start-up: yearend check", "S", pair.best, "s", "python -c pass",
               pair.best_baseline, STARTUP_BUDGET, pair.reps, extra_ok=not imported,
               extra_note=note)


def _peak_mb(code: str, *args: Path) -> float:
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True,
                          text=True, check=True)
    return int(done.stdout.strip().splitlines()[-1]) * 1024 / 1e6  # KiB


def peak_memory(files: Files, size: str) -> Row:
    old, new = files.report(size), files.mutated(size)
    figure = _peak_mb(_WORKLOAD, old, new)
    floor = _peak_mb(_FLOOR, old)
    return Row("peak memory: load, export, load next year's, diff", size, figure, "MB",
               "tomllib.loads of one file", floor, MEMORY_BUDGET if size == "L" else None)
