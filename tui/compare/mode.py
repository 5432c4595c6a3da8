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

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import App

from reportmodel.core import edits
from reportmodel.core.compare import ItemDiff, TrendSuggestion, continues_edit, suggest_trend
from reportmodel.core.edits import EditError
from reportmodel.core.model import Report
from reportmodel.core.tree import Node, key_of
from reportmodel.core.vocabulary import vocab
from reportmodel.io.storage import load_path
from tui.common.look import Look, safe
from tui.common.messages import Change, ChangeRequested
from tui.common.paths import display_path
from tui.compare.comparison import CHANGED, MARK_STYLE, NEW, Comparison, compute
from tui.compare.last_year import render_last_year
from tui.compare.match import MatchScreen
from tui.compare.open_screen import CompareOpenScreen
from tui.editor.filters import Filter

if TYPE_CHECKING:
    from tui.session import Session


def of(app) -> CompareMode:
    """The app's compare mode (for `yearend edit --compare OLD`)."""
    return app.compare


class CompareMode:
    def __init__(self, app: App, session: Session) -> None:
        self.app = app  # for notes, prompts, the worker thread and the main screen
        self.session = session
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
        shown = display_path(path)
        if path.resolve() == self.session.path.resolve():
            return self.app.words("compare.same_file")
        if not path.is_file():
            return self.app.words("compare.no_file", file=shown)
        loaded = load_path(path)
        if loaded.report is None or loaded.errors:
            errors = loaded.errors
            first = vocab(self.app.words.lang).format_problem(errors[0], shown) if errors else "?"
            return self.app.words("compare.broken", file=shown, n=len(errors) or 1, first=first)
        self._old = (path, loaded.report)
        return None

    def open_dialog(self) -> None:
        """Ask for last year's report (the palette's "Compare with last year …")."""
        report = self.session.report
        if report is None:
            return

        def chosen(path: Path | None) -> None:
            if path is not None:
                self.open_checked()

        self.app.push_screen(CompareOpenScreen(self.session.path, report.meta.year, self.problem),
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
        self.app.notify(self.app.words("compare.loading", file=display_path(path)), timeout=2)
        self._run(path, old)

    def _run(self, path: Path, old: Report) -> None:
        report = self.session.report
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
        styled = {NEW: Text(NEW + " ", style=MARK_STYLE[NEW]),
                  CHANGED: Text(CHANGED + " ", style=MARK_STYLE[CHANGED])}
        subtitle = Text(safe(w("compare.subtitle", added=comparison.added,
                               changed=comparison.changed, file=shown)))
        main.show_comparison({k: styled[v] for k, v in comparison.marks.items()}, subtitle,
                             self.render_for, self.old_comment)
        if first:
            self.app.notify(w("compare.ready", file=shown, added=comparison.added,
                              changed=comparison.changed), timeout=4)

    def reshow(self) -> None:
        """The main screen was built again (another language): put the comparison back."""
        if self.state is not None:
            self._install(self.state)

    def stop(self) -> None:
        self._generation += 1
        self.state = None
        self.old_look = None
        main = self.app.main
        if main is None:
            return
        main.show_comparison(None, None, None, None)
        self.app.notify(self.app.words("compare.stopped"), timeout=2)

    # -- reading ------------------------------------------------------------------------------
    def records(self, node: Node) -> list[ItemDiff]:
        return self.state.diff.for_new(key_of(node)) if self.state is not None else []

    def trend(self, node: Node) -> TrendSuggestion | None:
        if self.state is None or node.kind != "goal" or self.session.report is None:
            return None
        return suggest_trend(self.state.old, self.session.report, node.id, self.state.matching)

    def old_comment(self, node: Node) -> str | None:
        """Last year's comment of the item(s) this one continues, shown beside the comment box
        (where a rolled-over report has `previous_comment`)."""
        comments = [r.old.item.comment for r in self.records(node)
                    if r.old is not None and getattr(r.old.item, "comment", None)]
        return "\n\n".join(comments) or None

    def render_for(self, node: Node):
        if self.state is None or self.old_look is None:
            return None
        return render_last_year(self, node)

    def filters(self) -> list[Filter]:
        """The filters compare mode adds to the `f` menu."""
        return [self.changed_filter()] if self.state is not None else []

    def changed_filter(self) -> Filter:
        marks = self.state.marks if self.state is not None else {}
        return Filter("since_last_year", self.app.words("compare.filter"),
                      lambda node: key_of(node) in marks)

    # -- the officer's decisions --------------------------------------------------------------
    def accept_trend(self, node: Node | None) -> None:
        w = self.app.words
        if self.state is None:
            self.app.notify(w("compare.not_open"), severity="warning")
            return
        suggestion = self.trend(node) if node is not None else None
        if suggestion is None or suggestion.suggested is None:
            self.app.notify(w("compare.no_trend"), severity="warning")
            return
        if node is not None:
            self.app.post_message(ChangeRequested(Change(node.path, "trend",
                                                         suggestion.suggested)))

    def change_match(self, node: Node | None) -> None:
        w = self.app.words
        if self.state is None:
            self.app.notify(w("compare.not_open"), severity="warning")
            return
        if node is None or not hasattr(node.item, "continues"):
            kind = self.app.look.kind_name(node) if node is not None and self.app.look else ""
            self.app.notify(w("compare.cannot_match", kind=kind), severity="warning")
            return
        if self.session.refused():  # read-only: say so before the officer picks anything
            return

        def chosen(result: tuple[list[str] | None] | None) -> None:
            if result is not None:
                self.set_continues(node, result[0])

        self.app.push_screen(MatchScreen(self, node), chosen)

    def set_continues(self, node: Node, old_ids: list[str] | None) -> bool:
        """Record the officer's pairing as `continues`, through the session (undoable, refused
        in read-only mode); after_change() then matches again."""
        app, session = self.app, self.session
        if session.refused():
            return False
        try:
            edit = continues_edit(session.report, node.path, old_ids)
        except EditError as exc:
            app.notify(app.words("note.edit_refused", reason=app.words.reason(exc)),
                       severity="error")
            return False
        if not session.do(edit):
            return False
        app.notify(app.words("compare.match_set", title=node.item.title), timeout=3)
        return True

    def after_change(self, paths: list[tuple[str, ...]]) -> None:
        """The report changed (an edit, an undo, a redo): match again when an item's
        `continues` is no longer what the matching saw. Year-end fields never change it."""
        state, report = self.state, self.session.report
        if state is None or report is None:
            return
        for path in paths:
            try:
                item = edits.resolve(report, path)
            except EditError:
                continue
            path = tuple(path)
            if hasattr(item, "continues") and item.continues != state.continues.get(path):
                state.continues[path] = item.continues  # one re-match per change
                self.rematch()
                return

