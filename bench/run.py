"""`python -m bench`: measure every figure, print one table, write docs/performance.md."""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

from . import document, machine, model_figures, process_figures
from .generate import SIZES
from .table import MISSED, Row, markdown
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
                   help="profile one figure with pyinstrument instead: load save export diff "
                        "open key-down key-assess check")
    p.add_argument("--size", default="L", choices=sorted(SIZES), help="size for --profile")
    return p.parse_args(argv)


def measure(files: Files, quick: bool) -> tuple[list[Row], list[str]]:
    from . import tui_figures  # imports Textual: after the start-up figure's subprocesses

    sizes = ["S", "M"] if quick else ["S", "M", "L"]
    big = sizes[-1]
    rows: list[Row] = []
    notes: list[str] = []
    for size in sizes:
        started = time.perf_counter()
        path = files.report(size)
        progress(f"{size}: {path.stat().st_size / 1e6:.2f} MB generated and saved in "
                 f"{time.perf_counter() - started:.1f} s")
        notes.append(f"{size}: {path.stat().st_size / 1e6:.2f} MB")

    progress("start-up of yearend check")
    rows.append(process_figures.check_startup(files, quick))
    for size in sizes:
        progress(f"load {size}")
        rows.append(model_figures.load(files, size, quick))
    for size in sizes:
        progress(f"save {size}")
        row, first = model_figures.save(files, size, quick)
        rows.append(row)
        notes.append(f"save {size}: a first save, nothing proven yet (a new model, as rollover "
                     f"writes): {first.value:.3f} s, {first.ratio:.2f}× the baseline")
    progress(f"export {big}")
    rows.append(model_figures.export(files, big, quick))
    progress(f"diff {big}")
    files.mutated(big)
    diff_row, compare_s, render_s = model_figures.diff(files, big, quick)
    rows.append(diff_row)
    m = files.mutations.get(big)
    if m is not None:
        notes.append(f"diff {big}: compare_reports {compare_s:.3f} s + render_markdown "
                     f"{render_s:.3f} s (best of each); next year's {big} has {m.assessments} "
                     f"assessments, {m.statuses} statuses and {m.comments} comments changed, "
                     f"{m.outcomes} new outcomes, {m.added} items added, {m.removed} removed, "
                     f"{m.renamed} renamed, {m.rekeyed} re-keyed")
    progress(f"peak memory {big}")
    rows.append(process_figures.peak_memory(files, big))
    try:
        for size in sizes:
            progress(f"open-to-interactive {size}")
            row, tree_only = tui_figures.open_to_interactive(files, size, quick)
            rows.append(row)
            notes.append(f"open {size}: the editor is {row.value / tree_only.baseline:.1f}× the "
                         f"bare Tree alone ({tree_only.baseline:.3f} s, no file read)")
        progress(f"key presses {big}")
        key_rows, presses = tui_figures.keypresses(files, big, quick)
        rows += key_rows
        for key, p in presses.items():
            notes.append(f"key {key} on {big}, {len(p.wall)} items: key to last paint, minus "
                         f"waits for a CPU: best {_ms(p.own)}; wall: best {_ms(p.wall)}; "
                         f"CPU: best {_ms(p.cpu)}")
    except tui_figures.EditorMissing as exc:
        notes.append(f"editor figures not measured: {exc}")
    return rows, notes


def _ms(times: list[float]) -> str:
    return (f"{min(times) * 1000:.0f} ms, median {statistics.median(times) * 1000:.0f} ms, "
            f"worst {max(times) * 1000:.0f} ms")


def render(rows: list[Row], notes: list[str], quick: bool, took: float, started: str,
           load: str) -> str:
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
        else "Every budget is met.",
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
        rows, notes = measure(files, args.quick)
    text = render(rows, notes, args.quick, time.perf_counter() - started_at, started, load)
    print(text)
    write = args.write if args.write is not None else not args.quick
    if write:
        document.write(DOC, text)
        progress(f"wrote {DOC}")
    return 0
