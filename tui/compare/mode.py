"""Compare mode: last year's report beside this one.

The app holds one CompareMode (`app.compare`). Opening a comparison loads the older report and
pairs its items with this report's (reportmodel.core.compare) in a worker thread; the result, a
Comparison, is installed on the UI thread in one step: outline marks (+ new, ~ changed), the
outline's subtitle, and the detail pane's last-year block.

A matching depends only on titles, descriptions, parents and `continues` (docs/diff.md), none
of which the editor's year-end fields touch, so it stays valid while the officer assesses and
comments; it is redone only after a `continues` decision (or its undo). What the detail pane
shows of this year is read live from the report, and the trend suggestion is computed when the
item is shown, so both follow every edit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from reportmodel.core import edits
from reportmodel.core.compare import ItemDiff, Matching, ReportDiff, TrendSuggestion, \
    compare_reports, continues_edit, match_reports, suggest_trend
from reportmodel.core.edits import EditError
from reportmodel.core.model import Report
from reportmodel.io.storage import load_path
from reportmodel.core.tree import Node, walk

from tui.editor.filters import Filter
from tui.common.look import PERCENT_FIELDS, SCALE_FIELDS, TEXT_FIELDS, Look, safe

if TYPE_CHECKING:
    from tui.app import YearendApp

# What the officer fills in at year end. A change in these is last year's result against this
# year's (not yet filled in), not a change in the plan: it does not make an item "changed".
YEAR_END_FIELDS = frozenset(
    {n for names in SCALE_FIELDS.values() for n in names}
    | {n for names in TEXT_FIELDS.values() for n in names}
    | {n for names in PERCENT_FIELDS.values() for n in names}
    | {"latest_outcome"})
NEW, CHANGED = "+", "~"
MARK_STYLE = {NEW: "bold green", CHANGED: "bold yellow"}


def plan_change(field: str) -> bool:
    if field in YEAR_END_FIELDS:
        return False
    if field.startswith("years."):
        return not field.rsplit(".", 1)[-1].startswith("outcome")  # a revised target is the plan
    return True


def mark_of(records: list[ItemDiff]) -> str | None:
    """+ for an item with no predecessor, ~ for one whose plan changed, None otherwise."""
    if not records or records[0].status == "added":
        return NEW
    if any(r.split or r.merge for r in records):
        return CHANGED
    for record in records:
        if any(plan_change(c.field) for c in record.changes):
            return CHANGED
    return None


@dataclass
class Comparison:
    """One pairing of last year's report with this one, and what follows from it."""

    path: Path
    old: Report
    matching: Matching
    diff: ReportDiff
    marks: dict[str, str]  # id in this report -> NEW / CHANGED
    seconds: float  # how long matching and comparing took
    continues: dict[str, str | None]  # each item's `continues` as the matching saw it

    @property
    def added(self) -> int:
        return sum(1 for m in self.marks.values() if m == NEW)

    @property
    def changed(self) -> int:
        return sum(1 for m in self.marks.values() if m == CHANGED)


def compute(old: Report, new: Report, path: Path) -> Comparison:
    """Pair and compare (runs in a worker thread: reads the reports, never changes them)."""
    start = time.perf_counter()
    seen = {node.id: getattr(node.item, "continues", None) for node in walk(new)}
    matching = match_reports(old, new)
    diff = compare_reports(old, new, matching)
    marks = {}
    for entry_id in matching.new:
        mark = mark_of(diff.for_new(entry_id))
        if mark is not None:
            marks[entry_id] = mark
    return Comparison(path, old, matching, diff, marks, time.perf_counter() - start, seen)


def of(app) -> CompareMode:
    """The app's compare mode, made on first use (the app itself need not know it)."""
    mode = getattr(app, "compare", None)
    if mode is None:
        mode = app.compare = CompareMode(app)
    return mode


class CompareMode:
    def __init__(self, app: YearendApp) -> None:
        self.app = app
        self.state: Comparison | None = None
        self.old_look: Look | None = None
        self.pending: tuple[Path, Report] | None = None  # from `yearend edit --compare`
        self._old: tuple[Path, Report] | None = None
        self._generation = 0  # of the latest matching asked for; older results are dropped

    @property
    def on(self) -> bool:
        return self.state is not None

    # -- opening ------------------------------------------------------------------------------
    def screen_ready(self) -> None:
        """The main screen is up: start the comparison asked for on the command line."""
        if self.pending is not None:
            path, old = self.pending
            self.pending = None
            self.start(path, old)

    def problem(self, path: Path) -> str | None:
        """Why `path` cannot be compared with (a message), or None; loads it when it can."""
        from tui.app import display_path

        shown = display_path(path)
        if path.resolve() == self.app.path.resolve():
            return self.app.words("compare.same_file")
        if not path.is_file():
            return self.app.words("compare.no_file", file=shown)
        loaded = load_path(path)
        if loaded.report is None or loaded.errors:
            errors = loaded.errors
            first = errors[0].format(shown) if errors else "?"
            return self.app.words("compare.broken", file=shown, n=len(errors) or 1, first=first)
        self._old = (path, loaded.report)
        return None

    def open_dialog(self) -> None:
        """Ask for last year's report (the palette's "Compare with last year …")."""
        from tui.compare.open_screen import CompareOpenScreen

        report = self.app.report
        if report is None:
            return

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.open_checked()

        self.app.push_screen(CompareOpenScreen(self.app.path, report.meta.year, self.problem),
                             chosen)

    def commands(self, node: Node | None) -> list[tuple[str, str, object]]:
        """The palette's compare entries: (name, help, callback)."""
        w = self.app.words
        main = self.app.main
        out: list[tuple[str, str, object]] = [
            (w("compare.open"), w("compare.open_help"), self.open_dialog)]
        if self.state is None or main is None:
            return out
        if node is not None and hasattr(node.item, "continues"):
            out.append((w("compare.change_match"), node.item.title,
                        lambda: self.change_match(node)))
        suggestion = self.trend(node) if node is not None else None
        if suggestion is not None and suggestion.suggested and not suggestion.agrees:
            out.append((w("binding.accept_trend"), node.item.title,
                        lambda: self.accept_trend(node)))
        out.append((w("palette.filter", name=w("compare.filter")), "",
                    lambda: main.apply_filter(self.changed_filter())))
        out.append((w("compare.stop"), "", self.stop))
        return out

    def open_checked(self) -> None:
        """Start comparing with the report `problem()` just loaded."""
        if self._old is not None:
            path, old = self._old
            self._old = None
            self.start(path, old)

    def start(self, path: Path, old: Report) -> None:
        from tui.app import display_path

        self.app.notify(self.app.words("compare.loading", file=display_path(path)), timeout=2)
        self._run(path, old)

    def _run(self, path: Path, old: Report) -> None:
        report = self.app.report
        if report is None:
            return

        self._generation += 1
        generation = self._generation

        def work() -> None:
            try:
                try:
                    comparison = compute(old, report, path)
                except RuntimeError:
                    # An edit on the UI thread added an indicator year while it was read.
                    comparison = compute(old, report, path)
            except Exception as exc:  # a comparison that fails must not take the editor down
                self.app.call_from_thread(self._failed, generation, exc)
                return
            self.app.call_from_thread(self._install, comparison, generation)

        self.app.run_worker(work, thread=True, exclusive=True, group="compare",
                            name="compare", exit_on_error=False)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.app.notify(self.app.words("compare.failed", reason=f"{type(exc).__name__}: "
                                           f"{exc}"), severity="error", timeout=10)

    def rematch(self) -> None:
        if self.state is not None:
            self._run(self.state.path, self.state.old)

    def _install(self, comparison: Comparison, generation: int | None = None) -> None:
        from tui.app import display_path

        if generation is not None and generation != self._generation:
            return  # stopped, or a newer matching is on its way

        first = self.state is None
        self.state = comparison
        self.old_look = Look(comparison.old, self.app.words)
        main = self.app.main
        if main is None:
            return
        w = self.app.words
        shown = display_path(comparison.path)
        relabel(main.outline, comparison.marks)
        main.outline.border_subtitle = Text(safe(w(
            "compare.subtitle", added=comparison.added, changed=comparison.changed, file=shown)))
        main.detail.last_year = self.render_for
        main.detail.last_year_comment = self.old_comment
        main.detail.refresh_view()
        if first:
            self.app.notify(w("compare.ready", file=shown, added=comparison.added,
                              changed=comparison.changed), timeout=4)

    def stop(self) -> None:
        self._generation += 1
        self.state = None
        self.old_look = None
        main = self.app.main
        if main is None:
            return
        relabel(main.outline, None)
        main.outline.border_subtitle = None
        main.detail.last_year = None
        main.detail.last_year_comment = None
        main.detail.refresh_view()
        self.app.notify(self.app.words("compare.stopped"), timeout=2)

    # -- reading ------------------------------------------------------------------------------
    def records(self, node: Node) -> list[ItemDiff]:
        return self.state.diff.for_new(node.id) if self.state is not None else []

    def trend(self, node: Node) -> TrendSuggestion | None:
        if self.state is None or node.kind != "goal" or self.app.report is None:
            return None
        return suggest_trend(self.state.old, self.app.report, node.id, self.state.matching)

    def old_comment(self, node: Node) -> str | None:
        """Last year's comment of the item(s) this one continues, shown beside the comment box
        (where a rolled-over report has `previous_comment`)."""
        comments = [r.old.item.comment for r in self.records(node)
                    if r.old is not None and getattr(r.old.item, "comment", None)]
        return "\n\n".join(comments) or None

    def render_for(self, node: Node):
        if self.state is None or self.old_look is None:
            return None
        from tui.compare.last_year import render_last_year

        return render_last_year(self, node)

    def filters(self) -> list[Filter]:
        """The filters compare mode adds to the `f` menu."""
        return [self.changed_filter()] if self.state is not None else []

    def changed_filter(self) -> Filter:
        marks = self.state.marks if self.state is not None else {}
        return Filter("since_last_year", self.app.words("compare.filter"),
                      lambda node: node.id in marks)

    # -- the officer's decisions --------------------------------------------------------------
    def accept_trend(self, node: Node | None) -> None:
        from tui.common.messages import Change, ChangeRequested

        w = self.app.words
        if self.state is None:
            self.app.notify(w("compare.not_open"), severity="warning")
            return
        suggestion = self.trend(node) if node is not None else None
        if suggestion is None or suggestion.suggested is None:
            self.app.notify(w("compare.no_trend"), severity="warning")
            return
        main = self.app.main
        if main is not None and node is not None:
            main.post_message(ChangeRequested(Change(node.path, "trend", suggestion.suggested)))

    def change_match(self, node: Node | None) -> None:
        from tui.compare.match import MatchScreen

        w = self.app.words
        if self.state is None:
            self.app.notify(w("compare.not_open"), severity="warning")
            return
        if node is None or not hasattr(node.item, "continues"):
            kind = self.app.look.kind_name(node) if node is not None and self.app.look else ""
            self.app.notify(w("compare.cannot_match", kind=kind), severity="warning")
            return

        def chosen(result: tuple[list[str] | None] | None) -> None:
            if result is not None:
                self.set_continues(node, result[0])

        self.app.push_screen(MatchScreen(self, node), chosen)

    def set_continues(self, node: Node, old_ids: list[str] | None) -> bool:
        """Record the officer's pairing as `continues`, undoably, and match again."""
        app = self.app
        if app.report is None:
            return False
        try:
            edit = continues_edit(app.report, node.id, old_ids)
        except EditError as exc:
            app.notify(app.words("note.edit_refused", reason=str(exc)), severity="error")
            return False
        if not app.history.do(app.report, edit):
            return False
        app._show_state(edits.paths(edit))  # after_change() matches again
        app.notify(app.words("compare.match_set", title=node.item.title), timeout=3)
        return True

    def after_change(self, paths: list[tuple[str, ...]]) -> None:
        """The report changed (an edit, an undo, a redo): match again when an item's
        `continues` is no longer what the matching saw. Year-end fields never change it."""
        state, report = self.state, self.app.report
        if state is None or report is None:
            return
        for path in paths:
            try:
                item = edits.resolve(report, path)
            except EditError:
                continue
            if hasattr(item, "continues") and item.continues != state.continues.get(item.id):
                state.continues[item.id] = item.continues  # one re-match per change
                self.rematch()
                return


def relabel(outline, marks: dict[str, str] | None) -> None:
    """Put the marks on every row at once: one invalidation, not one per row. The rows' own
    labels are reused (a mark is the first two cells), not rebuilt: rebuilding 15,000 rows
    costs half a second, re-marking them a fraction of that."""
    had_marks = outline.marks is not None
    styled = {NEW: Text(NEW + " ", style=MARK_STYLE[NEW]),
              CHANGED: Text(CHANGED + " ", style=MARK_STYLE[CHANGED])}
    outline.marks = {k: styled[v] for k, v in marks.items()} if marks is not None else None
    shown = outline.by_path
    for path in [p for p in outline.labels if p not in shown]:
        del outline.labels[path]  # rows hidden by a filter are labelled again when shown
    blank = Text("  ")
    outline._bulk = True
    try:
        for path, tree_node in shown.items():
            node = tree_node.data
            if not isinstance(node, Node):
                continue
            base = tree_node._label
            if had_marks:
                base = base[2:]
            if outline.marks is not None:
                base = Text.assemble(outline.marks.get(node.item.id, blank), base)
            outline.labels[path] = base
            tree_node._label = base  # Tree has no bulk relabel; set_label refreshes per row
    finally:
        outline._bulk = False
        outline._invalidate()
