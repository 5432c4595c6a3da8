"""`python -m bench`: measure every figure, print one table, write docs/performance.md."""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import document, machine, model_figures, process_figures
from .generate import SIZES
from .table import MISSED, Row, amount, markdown
from .workdir import Files

DOC = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    p.add_argument("--quick", action="store_true",
                   help="sizes S and M only, fewer repetitions; writes no docs unless --write")
    p.add_argument("--write", action=argparse.BooleanOptionalAction, default=None,
                   help="write docs/performance.md (default: yes for a full run, no for --quick)")
    p.add_argument("--workdir", type=Path,
                   help="keep the generated reports here (default: a temporary directory, removed)")
    p.add_argument("--profile", metavar="FIGURE",
                   help="profile one figure with pyinstrument instead: load save export show diff "
                        "open key-down key-assess check")
    p.add_argument("--size", default="L", choices=sorted(SIZES), help="size for --profile")
    return p.parse_args(argv)


class Results:
    """The rows and notes of a run; a figure that fails is a note, not the end of the run."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self.failed: list[str] = []

    def step(self, label: str, fn: Callable[[], None]) -> None:
        progress(label)
        try:
            fn()
        except Exception as exc:  # one broken figure must not hide the others
            traceback.print_exc()
            self.failed.append(label)
            self.notes.append(f"{label}: NOT MEASURED, {type(exc).__name__}: {exc}")


def measure(files: Files, quick: bool) -> Results:
    sizes = ["S", "M"] if quick else ["S", "M", "L"]
    big = sizes[-1]
    out = Results()
    for size in sizes:
        started = time.perf_counter()
        path = files.report(size)
        progress(f"{size}: {path.stat().st_size / 1e6:.2f} MB generated and saved in "
                 f"{time.perf_counter() - started:.1f} s")
        out.notes.append(f"{size}: {path.stat().st_size / 1e6:.2f} MB")

    out.step("start-up of yearend check",
             lambda: out.rows.append(process_figures.check_startup(files, quick)))
    for size in sizes:
        out.step(f"load {size}", lambda: out.rows.append(model_figures.load(files, size, quick)))

    def save(size: str) -> None:
        row, first = model_figures.save(files, size, quick)
        out.rows.append(row)
        out.notes.append(f"save {size}: a first save, nothing proven yet (a new model, as "
                         f"rollover writes): {first.value:.3f} s, {first.ratio:.2f}× the baseline")

    for size in sizes:
        out.step(f"save {size}", lambda: save(size))
    out.step(f"export {big}", lambda: out.rows.append(model_figures.export(files, big, quick)))
    out.step(f"show {big}", lambda: out.rows.append(model_figures.show(files, big, quick)))

    def diff() -> None:
        files.mutated(big)
        row, compare_s, render_s = model_figures.diff(files, big, quick)
        out.rows.append(row)
        m = files.mutations[big]
        out.notes.append(
            f"diff {big}: compare_reports {compare_s:.3f} s + render_markdown {render_s:.3f} s "
            f"(best of each); next year's {big} has {m.assessments} assessments, {m.statuses} "
            f"statuses and {m.comments} comments changed, {m.outcomes} new outcomes, {m.added} "
            f"items added, {m.removed} removed, {m.renamed} renamed, {m.rekeyed} re-keyed")

    out.step(f"diff {big}", diff)

    def merge() -> None:
        from . import merge_figure

        row, note = merge_figure.merge(files, big, quick)
        out.rows.append(row)
        out.notes.append(note)

    out.step(f"merge {big}", merge)
    out.step(f"peak memory {big}",
             lambda: out.rows.append(process_figures.peak_memory(files, big)))

    from . import office_figures  # Word and PDF export (issue 14)

    for size in dict.fromkeys(["S", big]):
        out.step(f"Word and PDF {size}",
                 lambda: out.rows.extend(office_figures.writers(files, size, quick)))
    out.step(f"peak memory of Word and PDF {big}",
             lambda: out.rows.extend(office_figures.peak_memory(files, big)))

    from . import tui_figures  # imports Textual: after the start-up figure's subprocesses

    def open_editor(size: str) -> None:
        row, tree_only = tui_figures.open_to_interactive(files, size, quick)
        out.rows.append(row)
        out.notes.append(f"open {size}: the editor is {row.value / tree_only.baseline:.1f}× the "
                         f"bare Tree alone ({tree_only.baseline:.3f} s, no file read)")

    def keys() -> None:
        key_rows, presses = tui_figures.keypresses(files, big, quick)
        out.rows.extend(key_rows)
        for key, p in presses.items():
            out.notes.append(f"key {key} on {big}, {len(p.wall)} items: key to last paint, "
                             f"minus waits for a CPU: best {_ms(p.own)}; wall: best "
                             f"{_ms(p.wall)}; CPU: best {_ms(p.cpu)}")

    for size in sizes:
        out.step(f"open-to-interactive {size}", lambda: open_editor(size))
    out.step(f"key presses {big}", keys)
    note = reference_speed(out.rows, big, files.report(big).stat().st_size / 1e6)
    if note:
        out.notes.append(note)
    return out


# engineering-notes.md: tomllib.loads of a 7.6 MB report took 0.85 s on the reference machine.
REFERENCE_TOMLLIB_S_PER_MB = 0.85 / 7.6


def reference_speed(rows: list[Row], size: str, megabytes: float) -> str | None:
    """The absolute figures rescaled to the speed of engineering-notes' machine, judged by this
    run's tomllib: on a shared machine the absolute seconds say as much about the neighbours."""
    load = next((r for r in rows if r.figure.startswith("load") and r.size == size), None)
    if load is None or not load.baseline:
        return None
    factor = load.baseline / (REFERENCE_TOMLLIB_S_PER_MB * megabytes)
    scaled = [f"{r.figure} {amount(r.value / factor, r.unit)}"
              for r in rows if r.budget is not None and r.budget.limit is not None
              and r.size == size and r.unit != "MB"]
    return (f"speed: this run's tomllib.loads ran at {factor:.2f}× the time engineering-notes "
            f"measured (0.85 s for 7.6 MB); rescaled by that, on {size}: " + "; ".join(scaled)
            + " (verdicts are on the measured figures)")


def _ms(times: list[float]) -> str:
    return (f"{min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms, "
            f"worst {max(times) * 1000:.0f} ms")


def render(results: Results, quick: bool, took: float, started: str, load: str) -> str:
    rows, notes = results.rows, results.notes
    missed = [r for r in rows if r.verdict == MISSED]
    mode = "quick run (S and M only, fewer repetitions; L budgets not judged)" if quick else \
        "full run"
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m bench`); everything above the section \"What was "
        "changed to reach it\" is rewritten on every run.",
        "",
        "## Latest run",
        "",
        f"{started}, {mode}, on {machine.describe()}. Load average at the start: {load}. "
        f"The run took {took:.0f} s.",
        "",
        markdown(rows),
        "",
        ("Missed: " + "; ".join(f"{r.figure} ({r.size})" for r in missed) + ".") if missed
        else "Every budget measured is met.",
        *([f"Not measured (see the notes): {', '.join(results.failed)}."]
          if results.failed else []),
        "",
        "Notes:",
        "",
        *[f"- {n}" for n in notes],
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.profile:
        from .profile import profile

        return profile(args.profile, args.size, args.workdir)
    started_at = time.perf_counter()
    started = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    load = machine.load_average()
    with Files(args.workdir) as files:
        results = measure(files, args.quick)
    text = render(results, args.quick, time.perf_counter() - started_at, started, load)
    print(text)
    write = args.write if args.write is not None else not args.quick
    if write:
        document.write(DOC, text)
        progress(f"wrote {DOC}")
    # Missed budgets are findings (exit 0); a figure that could not be measured is a failure.
    return 1 if results.failed else 0
