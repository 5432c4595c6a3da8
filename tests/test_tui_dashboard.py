"""The report at a glance (issue 17), driven with Pilot: the editor's counts are the one
definition of progress (`yearend stats`), the risk matrix filters the outline, missing outcomes
need attention, the footer keeps its essential keys on a small terminal."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from reportmodel.core.progress import compute, subtree_nodes
from reportmodel.core.stats import compute_stats
from reportmodel.core.tree import Node
from tui.app import YearendApp
from tui.common.keybar import KeyBar
from tui.dashboard.matrix import RiskMatrix
from tui.dashboard.screens import DashboardScreen, LegendScreen
from tui.editor.header import ReportHeader

ROOT = Path(__file__).parent.parent
REPORTS = sorted((ROOT / "sample_data").glob("*.toml")) + sorted((ROOT / "tests" / "data").glob(
    "*.toml")) + [ROOT / "tests" / "data" / "editor" / "small.toml"]


def copy(tmp_path: Path, source: Path) -> Path:
    path = tmp_path / source.name
    shutil.copy(source, path)
    return path


async def until(pilot, condition) -> None:
    for _ in range(400):
        await pilot.pause(0.025)
        if condition(pilot.app):
            return
    raise AssertionError("the editor did not get there in 10 s")


def shown(widget) -> str:
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


def header_text(app: YearendApp) -> str:
    return app.main.query_one(ReportHeader).render().plain


@pytest.mark.parametrize("source", REPORTS, ids=lambda p: p.name)
async def test_the_editors_counts_are_those_of_stats(tmp_path, source):
    path = copy(tmp_path, source)
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(200, 40)) as pilot:
        await pilot.pause()
        stats = compute_stats(app.report)
        progress = app.progress
        assert progress.activities.total == stats["activities"]["total"]
        assert dict(progress.activities.by_value) == stats["activities"]["by_status"]
        assert progress.assignments.total == stats["assignments"]["total"]
        assert progress.controls.total == stats["controls"]["total"]
        assert dict(progress.controls.by_value) == stats["controls"]["by_assessment"]
        for key, count in progress.levels.items():
            assert dict(count.by_value) == stats["goals"][key]["by_assessment"]
        assert progress.indicators.total == stats["indicators"]["total"]
        # What the header prints is those counts (wide enough for the long form).
        text = header_text(app)
        term = app.look.scheme.term("activity", app.look.lang)
        if stats["activities"]["total"]:
            done = stats["activities"]["total"] - stats["activities"]["by_status"]["unset"]
            assert f"{done}/{stats['activities']['total']}" in text, (term, text)
        if stats["controls"]["total"]:
            done = stats["controls"]["total"] - stats["controls"]["by_assessment"]["unset"]
            assert f"{done}/{stats['controls']['total']}" in text


@pytest.mark.parametrize("source", [ROOT / "sample_data" / "kalmar-2022.toml",
                                    ROOT / "tests" / "data" / "internal-control.toml"],
                         ids=lambda p: p.name)
async def test_progress_kept_edit_by_edit_equals_a_fresh_count(tmp_path, source):
    # A follow-up activity under a risk and a control point set and undone from the outline:
    # the session's running counts must equal a count from scratch after every step.
    path = copy(tmp_path, source)
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        main = app.main
        risk = next(r for r in app.report.risks.values() if r.activities or r.controls)
        kinds = [("activities", next(iter(risk.activities), None)),
                 ("controls", next(iter(risk.controls), None))]
        for collection, item_id in kinds:
            if item_id is None:
                continue
            assert main.go_to_path(("risks", risk.id, collection, item_id))
            for key in ("1", "2", "0", "ctrl+z", "ctrl+y"):
                await pilot.press(key)
                await pilot.pause()
                assert app.progress == compute(app.report), (collection, key)


async def test_choosing_a_matrix_cell_filters_the_outline_to_its_risks(tmp_path):
    path = copy(tmp_path, ROOT / "sample_data" / "kalmar-2022.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await until(pilot, lambda a: isinstance(a.screen, DashboardScreen))
        matrix = app.screen.query_one(RiskMatrix)
        assert app.focused is matrix
        start = matrix.cursor
        await pilot.press("left")
        assert matrix.cursor == (start[0], start[1] - 1)
        await pilot.press("right")
        cell = matrix.cursor
        expected = {r.id for r in app.report.risks.values()
                    if (r.probability, r.consequence) == cell}
        assert expected
        await pilot.press("enter")
        await until(pilot, lambda a: not isinstance(a.screen, DashboardScreen))
        outline = app.main.outline
        shown = {n.data.id for n in outline.order
                 if isinstance(n.data, Node) and n.data.kind == "risk"}
        assert shown == expected
        assert app.main.active_filter.key == "risk_cell"
        assert outline.current.kind == "risk" and outline.current.id in expected
        # Esc shows everything again.
        await pilot.press("escape")
        await pilot.pause()
        assert app.main.active_filter is None


async def test_a_matrix_cell_is_chosen_with_the_mouse(tmp_path):
    path = copy(tmp_path, ROOT / "sample_data" / "kalmar-2022.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await until(pilot, lambda a: isinstance(a.screen, DashboardScreen))
        matrix = app.screen.query_one(RiskMatrix)
        cell = next(iter(sorted(matrix.counts)))
        x = 3 + (cell[1] - 1) * 5 + 2
        y = matrix.size_n - cell[0]
        assert matrix.cell_at(x, y) == cell
        await pilot.click(RiskMatrix, offset=(x, y))
        await until(pilot, lambda a: not isinstance(a.screen, DashboardScreen))
        risks = [n.data for n in app.main.outline.order
                 if isinstance(n.data, Node) and n.data.kind == "risk"]
        assert risks and all((r.item.probability, r.item.consequence) == cell for r in risks)
        assert len(risks) == matrix.counts[cell]


async def test_an_empty_cell_says_so_and_filters_nothing(tmp_path):
    path = copy(tmp_path, ROOT / "tests" / "data" / "editor" / "small.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await until(pilot, lambda a: isinstance(a.screen, DashboardScreen))
        matrix = app.screen.query_one(RiskMatrix)
        assert matrix.cursor == (3, 3)  # the one risk
        await pilot.press("up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert any("Inga risker" in n.message for n in app._notifications)


async def test_a_missing_outcome_needs_attention(tmp_path):
    path = copy(tmp_path, ROOT / "tests" / "data" / "editor" / "small.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(200, 36)) as pilot:
        await pilot.pause()
        indicator = ("goals", "budget-i-balans", "indicators", "servicegrad")
        app.main.go_to_path(indicator)
        await pilot.pause()
        text = shown(app.main.detail.query_one("#detail-view"))
        assert "utfall saknas" in text  # the reason, and the indicator's state
        # `n` stops at it, and the header counts it.
        app.main.outline.move_cursor_to_line(0)
        stops = []
        for _ in range(12):
            await pilot.press("n")
            stops.append(app.main.outline.current.path)
        assert indicator in stops
        assert "1 utfall saknas" in header_text(app)  # 200 columns: every reason apart


async def test_small_terminal_keeps_save_help_and_quit(tmp_path):
    path = copy(tmp_path, ROOT / "sample_data" / "kalmar-2022.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.main.query_one(KeyBar).render().plain
        for words in ("^s", "f1", "q "):
            assert words in bar, bar
        header = app.main.query_one(ReportHeader)
        assert header.size.height == 2
        assert all(len(line) <= 78 for line in header.render().plain.split("\n"))


async def test_the_legend_is_one_key_away_and_in_f1(tmp_path):
    path = copy(tmp_path, ROOT / "tests" / "data" / "editor" / "small.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await until(pilot, lambda a: isinstance(a.screen, LegendScreen))
        await pilot.press("escape")
        await until(pilot, lambda a: not isinstance(a.screen, LegendScreen))
        await pilot.press("f1")
        await pilot.pause()
        from tui.common.help import HelpScreen
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.legend is not None


async def test_a_change_while_the_overview_is_open_shows_in_it(tmp_path):
    path = copy(tmp_path, ROOT / "tests" / "data" / "editor" / "small.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "1")  # a nämndsmål assessed: 3/4
        await pilot.press("o")
        await until(pilot, lambda a: isinstance(a.screen, DashboardScreen))
        assert "3/4 bedömda" in shown_static(app.screen.query_one("#dash-summary"))
        app.session.undo()  # as any change the session announces while it is open
        await pilot.pause()
        assert "2/4 bedömda" in shown_static(app.screen.query_one("#dash-summary"))


def shown_static(widget) -> str:
    console = Console(width=200, record=True, color_system=None, file=io.StringIO())
    console.print(widget.content)
    return console.export_text()


async def test_a_parents_counts_follow_a_change_under_it_and_only_then_are_counted_again(
        tmp_path):
    path = copy(tmp_path, ROOT / "tests" / "data" / "editor" / "small.toml")
    app = YearendApp(path, cursor_blink=False)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        main = app.main
        focus_area = ("goals", "gronare")
        main.go_to_path(focus_area)
        await pilot.pause()
        assert "1/2 bedömda" in shown(main.detail.query_one("#detail-view"))
        cached = main.glance._cache[focus_area]
        # A change elsewhere keeps the focus area's counts; one under it counts them again.
        main.go_to_path(("goals", "kostnadseffektiv"))
        await pilot.press("1")
        assert main.glance._cache[focus_area] is cached
        main.go_to_path(("goals", "trygghet"))
        await pilot.press("1")
        assert focus_area not in main.glance._cache
        main.go_to_path(focus_area)
        await pilot.pause()
        assert "2/2 bedömda" in shown(main.detail.query_one("#detail-view"))
        assert main.glance._cache[focus_area][0] == compute(app.report, subtree_nodes(
            app.report, focus_area))
