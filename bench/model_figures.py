"""Figures of the model, in-process: load, save, export and diff."""

from __future__ import annotations

import itertools
import tomllib

from reportmodel.core.compare import compare_reports
from reportmodel.render.diff.render_md import render_markdown
from reportmodel.render import export_markdown
from reportmodel.io.storage import load_report, save_report

from . import baselines
from .table import Budget, Row
from .generate import generate
from .timing import clock, interleave, interleaved, timed
from .workdir import Files

LOAD_BUDGET = Budget(ratio=1.3)
SAVE_BUDGET = Budget(ratio=1.3)
EXPORT_BUDGET = Budget(ratio=0.4)  # issue 13: at or below 0.4× tomllib.loads of the same file
DIFF_BUDGET = Budget(limit=1.0)

# Repetitions per size; a figure stops early (after 3) once it has used its time slice.
REPS = {"S": 15, "M": 9, "L": 5}
SLICE_S = {"S": 10.0, "M": 30.0, "L": 60.0}


def load(files: Files, size: str, quick: bool) -> Row:
    path = files.report(size)
    pair = interleaved(timed(lambda: load_report(path)),
                       timed(lambda: baselines.tomllib_load(path)),
                       3 if quick else REPS[size], budget_s=SLICE_S[size])
    return Row("load: load_report", size, pair.best, "s", "tomllib.loads, bytes read",
               pair.best_baseline, LOAD_BUDGET, pair.reps)


def save(files: Files, size: str, quick: bool) -> tuple[Row, Row]:
    """An officer's save (one comment edited since the last save) and, for the notes, a first
    save of a model never read from disk (as `yearend rollover` writes one)."""
    path = files.report(size)
    report = load_report(path)  # its own copy: the edits below stay out of the other figures
    goals = [g for g in report.goals.values() if g.level == "namndsmal"]
    target = files.scratch / f"save-{size}.toml"
    first = files.scratch / f"save-{size}-first.toml"
    floor = files.scratch / f"save-{size}-baseline.toml"
    save_report(report, target)  # so every timed save replaces a file and keeps a .bak, as in use
    edits = itertools.count()

    def after_an_edit() -> float:
        goal = goals[next(edits) * 7 % len(goals)]
        goal.comment = f"{goal.comment or ''} Kompletterat efter dialog med förvaltningen."
        start = clock()
        save_report(report, target)
        return clock() - start

    def never_saved() -> float:
        fresh = generate(size, files.seed)
        start = clock()
        save_report(fresh, first)
        return clock() - start

    edited, floors = interleave(
        [after_an_edit, timed(lambda: baselines.tomli_w_save(report, floor))],
        3 if quick else REPS[size], budget_s=SLICE_S[size])
    cold = [never_saved() for _ in range(2)]  # for the notes: two are enough
    row = Row("save: save_report after one edit", size, min(edited), "s",
              "tomli-w + write + fsync", min(floors), SAVE_BUDGET, len(edited))
    info = Row("save: save_report, nothing proven yet", size, min(cold), "s",
               "tomli-w + write + fsync", min(floors), None, len(cold))
    return row, info


def export(files: Files, size: str, quick: bool) -> Row:
    report = files.model(size)
    text = files.report(size).read_text("utf-8")
    pair = interleaved(timed(lambda: export_markdown(report)), timed(lambda: tomllib.loads(text)),
                       3 if quick else REPS[size], budget_s=SLICE_S[size])
    return Row("export: export_markdown", size, pair.best, "s", "tomllib.loads of the file",
               pair.best_baseline, EXPORT_BUDGET if size == "L" else None, pair.reps)


def show(files: Files, size: str, quick: bool) -> Row:
    """`yearend show` without the pager: the document built and drawn by rich into text (as
    show.py captures it, 100 columns, no colour codes)."""
    import io

    from rich.console import Console

    from reportmodel.render.rich_view import render_report

    report = files.model(size)
    text = files.report(size).read_text("utf-8")

    def draw() -> None:
        console = Console(file=io.StringIO(), width=100, highlight=False, markup=False,
                          emoji=False, color_system=None)
        console.print(render_report(report))

    pair = interleaved(timed(draw), timed(lambda: tomllib.loads(text)),
                       3 if quick else REPS[size], budget_s=SLICE_S[size])
    return Row("show: render_report drawn by rich", size, pair.best, "s",
               "tomllib.loads of the file", pair.best_baseline, None, pair.reps)


def diff(files: Files, size: str, quick: bool) -> tuple[Row, float, float]:
    """compare_reports + render_markdown of the report against its mutated copy; also returns
    the best compare and render times alone, for the notes."""
    old, new = files.model(size), files.mutated_model(size)
    old_data = baselines.tomllib_load(files.report(size))
    new_data = baselines.tomllib_load(files.mutated(size))
    parts = {"compare": [], "render": []}

    def run() -> float:
        start = clock()
        result = compare_reports(old, new)
        middle = clock()
        render_markdown(result)
        end = clock()
        parts["compare"].append(middle - start)
        parts["render"].append(end - middle)
        return end - start

    pair = interleaved(run, timed(lambda: baselines.dict_diff(old_data, new_data)),
                       3 if quick else REPS[size], budget_s=SLICE_S[size])
    row = Row("diff: compare_reports + render_markdown", size, pair.best, "s",
              "dict diff of the parsed files", pair.best_baseline,
              DIFF_BUDGET if size == "L" else None, pair.reps)
    return row, min(parts["compare"]), min(parts["render"])
