"""The editor's main screen: header, outline, detail pane, search box, footer.

The screen moves the cursor, opens forms, filters and searches. It never changes the report: a
change is a ChangeRequested message, which the session (tui/session.py) applies. It knows
nothing of the features beside it: compare mode's keys leave as a CompareKey message, its extra
filters come in through `extra_filters`, its marks through `show_comparison`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from rich.console import RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Tree

from reportmodel.core.progress import Progress, attention
from reportmodel.core.tree import Node

from tui.dashboard import summary
from tui.dashboard.screens import GlanceKeys
from tui.editor import filters
from tui.editor.filtering import Filtering
from tui.editor.structure.actions import StructureActions
from tui.editor.structure.sheet import HEADER_PATH
from tui.editor.filters import Filter
from tui.common.keys import localize
from tui.common.look import Look
from tui.common.textual_private import build_tree_lines
from tui.common.messages import Change, ChangeRequested, FormDone
from tui.editor.detail import DetailPane
from tui.editor.header import ReportHeader
from tui.common.keybar import KeyBar
from tui.editor.outline import Outline
from tui.editor.search_bar import SearchBar
from tui.common.picker import ValuePicker

FREEZE_ROWS = 2000  # below this the heap is small and a full collection costs more than it saves


class MainScreen(StructureActions, GlanceKeys, Filtering, Screen[None]):
    BINDINGS = [
        Binding("slash", "search", "Search", id="search"),
        Binding("n", "next_attention", "Next to do", id="next_attention"),
        Binding("N", "previous_attention", "Previous", show=False, id="previous_attention"),
        Binding("f", "filter", "Filter", id="filter"),
        Binding("o", "dashboard", "Overview", id="dashboard"),
        Binding("L", "legend", "Legend", show=False, id="legend"),
        Binding("m", "compare_match", "Match", show=False, id="compare_match"),
        Binding("t", "accept_trend", "Trend", show=False, id="accept_trend"),
        # Merge conflicts and git history (tui/sharing/): they leave as a SharingKey message.
        Binding("x", "sharing_key('next_conflict')", "Next conflict", show=False,
                id="next_conflict"),
        Binding("X", "sharing_key('previous_conflict')", "Previous conflict", show=False,
                id="previous_conflict"),
        Binding("r", "sharing_key('resolve_conflict')", "Resolve", show=False,
                id="resolve_conflict"),
        Binding("H", "sharing_key('item_history')", "History", show=False, id="item_history"),
    ]

    class Ready(Message):
        """The screen is up and showing the report."""

    class CompareKey(Message):
        """A compare-mode key (`m` change the match, `t` accept the trend) on `node`."""

        def __init__(self, action: str, node: Node | None) -> None:
            super().__init__()
            self.action = action
            self.node = node

    class SharingKey(Message):
        """A key of the sharing feature (conflicts, history: `action`) on `node`."""

        def __init__(self, action: str, node: Node | None) -> None:
            super().__init__()
            self.action = action
            self.node = node

    def __init__(self, look: Look, display_path: str, progress: Progress) -> None:
        super().__init__()
        self.look = look
        self.progress = progress
        self.display_path = display_path
        self.active_filter: Filter | None = None
        self._search_start = None  # the outline row the search started from
        # Filters a feature adds to the `f` menu (compare mode: "new or changed").
        self.extra_filters: Callable[[], list[Filter]] = list
        # The live check's items with problems, and one item's problems (the session's).
        self.problem_items: Callable[[], set] = set
        self.problems_of: Callable[[tuple[str, ...]], list] = lambda path: []
        self._typed_back = None  # a restored box's (path, field, text, year), for on_outline_edit

    def compose(self) -> ComposeResult:
        yield ReportHeader(self.look, self.display_path, self.progress, id="header")
        with Horizontal(id="body"):
            yield Outline(self.look, id="outline")
            yield DetailPane(self.look, self.display_path, id="detail")
        yield SearchBar(placeholder=self.look.words("search.placeholder"), id="search")
        yield KeyBar()

    def on_mount(self) -> None:
        words = self.look.words
        localize(self, words)
        for widget in (self.outline, self.detail, self.search_bar):
            localize(widget, words)
        if not getattr(self.app, "cursor_blink", True):
            self.search_bar.cursor_blink = False
        self.outline.on_cursor = self._cursor_moved
        self.glance = summary.Glance(self.look, self.progress)
        self.detail.summary = lambda data: summary.for_row(
            self.glance, data, self.outline.by_path.get(getattr(data, "path", None)),
            self.active_filter is not None)
        self.detail.problems = self.problems_of
        self.outline.load()
        self._set_outline_title(None, 0)
        self.outline.move_cursor_to_line(0)
        self.outline.focus()
        if len(self.outline.order) > FREEZE_ROWS:
            self.call_after_refresh(self._freeze)
        self.post_message(MainScreen.Ready())

    def _freeze(self) -> None:
        # The report and the outline's rows live as long as the editor. Moved out of the cyclic
        # GC's reach once painted, they are not walked again by every collection the interface's
        # allocations trigger (on a report of 13,000 items, a large share of each key press).
        build_tree_lines(self.outline)  # built lazily on first paint; build it before freezing
        gc.collect()
        gc.freeze()

    # -- parts --------------------------------------------------------------------------------
    @property
    def outline(self) -> Outline:
        return self.query_one(Outline)

    @property
    def detail(self) -> DetailPane:
        return self.query_one(DetailPane)

    @property
    def header(self) -> ReportHeader:
        return self.query_one(ReportHeader)

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def after_change(self, paths: list[tuple[str, ...]], progress, dirty: bool,
                     read_only: bool = False) -> None:
        """The session changed the report: show it everywhere it is shown."""
        self.progress = progress
        self.glance_changed(progress, paths)
        self.header.problems = len(self.problem_items())
        self.header.update_state(progress, dirty, read_only)
        self.outline.refresh_rows(paths)
        self.detail.refresh_view()

    # -- what the app and the features ask of the screen ---------------------------------------
    @property
    def current(self) -> Node | None:
        return self.outline.current

    def go_to_path(self, path: tuple[str, ...]) -> bool:
        return self.outline.go_to_path(path)

    def focus_outline(self) -> None:
        self.outline.focus()

    def take_pending(self) -> list[Change]:
        """What is typed in an open form and not yet committed."""
        return self.detail.take_pending()

    async def end_form(self) -> list[Change]:
        """Close an open form; what was typed and not committed is returned, not dropped."""
        return await self.detail.close_form()

    def ask_invalid(self, then: Callable[[], object]) -> bool:
        """A typed value in the open form does not validate: ask (fix / discard) before
        leaving; True when asked (`then` runs after a discard)."""
        return self.detail.ask_invalid(then)

    def reopen_box(self, path: tuple[str, ...], field: str, text: str,
                   year: int | None = None) -> bool:
        """Open the item at `path` with `text` in its `field` box (a restored recovery copy).
        Through the outline's queue, so the rows' own highlights (a rebuild) come first.
        Text of a field only the sheet has (a title, the header's) reopens the sheet with it."""
        if path == HEADER_PATH:
            self.outline.call_later(self.open_header, field, text)
            return True
        if not self.go_to_path(path):
            return False
        self._typed_back = (path, field, text, year)
        self.outline.post_message(Outline.Edit(self.outline.by_path[path].data, field))
        return True

    def show_path(self, display_path: str) -> None:
        """The report's file is now `display_path` (after "save as")."""
        self.display_path = self.header.display_path = self.detail.display_path = display_path
        self.header.refresh()

    def show_comparison(self, marks: dict | None, subtitle: Text | None,
                        last_year: Callable[[Node], RenderableType | None] | None,
                        last_year_comment: Callable[[Node], str | None] | None) -> None:
        """Compare mode's marks on the rows, its line under the outline and its block in the
        detail pane (all None: comparing stopped)."""
        self.outline.set_marks(marks)
        self.outline.border_subtitle = subtitle
        self.detail.last_year = last_year
        self.detail.last_year_comment = last_year_comment
        self.detail.refresh_view()

    async def rebuild(self, look: Look, progress: Progress, dirty: bool,
                      read_only: bool) -> None:
        """Compose the screen again for a new Look (another language, another report), at the
        same item when it is still there; filter and search off. The default screen cannot be
        switched for another without Textual internals, so it is the same screen, recomposed."""
        here = self.outline.current
        self.look = look
        self.progress = progress
        self.active_filter = None
        self._search_start = None
        await self.recompose()
        self.on_mount()
        self.after_change([], progress, dirty, read_only)
        if here is not None:
            self.outline.go_to_path(here.path)

    # -- cursor and detail --------------------------------------------------------------------
    def _show_row(self, tree_node) -> None:
        data = tree_node.data
        if isinstance(data, Node) or data == "report":
            self.detail.show(data)
        else:
            self.detail.show(data, str(tree_node.label), _count_items(tree_node))

    def _cursor_moved(self, tree_node) -> None:
        if self.detail.editing is None:
            self._show_row(tree_node)

    async def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        data = event.node.data
        editing = self.detail.editing
        if editing is not None and (not isinstance(data, Node) or data.path != editing.path):
            target = event.node
            if self.detail.ask_invalid(lambda: self.outline.go_to(target)):
                self.outline.go_to_path(editing.path)  # stay until fixed or discarded
                return
            await self.close_form()
            self._show_row(event.node)  # the form was open: the row is shown only now

    async def on_outline_edit(self, message: Outline.Edit) -> None:
        node = message.node
        if self.outline.current is None or self.outline.current.path != node.path:
            self.outline.go_to_path(node.path)
        for change in self.detail.take_pending():
            self.post_message(ChangeRequested(change))
        form = await self.detail.open_form(node, message.field)
        typed_back, self._typed_back = self._typed_back, None
        if typed_back is not None and typed_back[0] == node.path:
            if not form.put_text(typed_back[1], typed_back[2], typed_back[3]):
                await self.detail.close_form()  # no such box in the form: the sheet has it
                self.outline.focus()  # where the sheet returns to                self.outline.focus()  # where the sheet returns to
                self.action_edit_item(typed_back[1], typed_back[2], node)

    def on_outline_set_value(self, message: Outline.SetValue) -> None:
        node = message.node
        primary = self.look.primary(node)
        w = self.look.words
        if primary is None:
            self.notify(w("note.no_scale", kind=self.look.kind_name(node)), severity="warning")
            return
        name, scale = primary
        if message.index > len(scale.values):
            self.notify(w("note.no_such_value", field=w.field(name), n=len(scale.values)),
                        severity="warning")
            return
        key = None if message.index == 0 else scale.values[message.index - 1].key
        self.post_message(ChangeRequested(Change(node.path, name, key)))

    def on_outline_pick(self, message: Outline.Pick) -> None:
        node = message.node
        primary = self.look.primary(node)
        if primary is None:
            self.notify(self.look.words("note.no_scale", kind=self.look.kind_name(node)),
                        severity="warning")
            return
        name, scale = primary

        def picked(result: tuple[str | None] | None) -> None:
            if result is not None:
                self.post_message(ChangeRequested(Change(node.path, name, result[0])))

        self.app.push_screen(ValuePicker(self.look, self.look.words.field(name), scale,
                                         getattr(node.item, name)), picked)

    async def on_form_done(self, message: FormDone) -> None:
        await self.form_done(message.then_save)

    async def form_done(self, then_save: bool = False) -> None:
        if then_save:
            await self.run_action("app.save")
            return  # ctrl+s in a text box saves and stays in the box
        await self.close_form()
        self.outline.focus()

    async def close_form(self) -> None:
        for change in await self.detail.close_form():
            self.post_message(ChangeRequested(change))

    def action_expand_all(self) -> None:
        self.outline.action_toggle_expand_all()

    # -- compare mode's keys (tui/compare/) -----------------------------------------------------
    def action_compare_match(self) -> None:
        self.post_message(MainScreen.CompareKey("match", self.outline.current))

    def action_accept_trend(self) -> None:
        self.post_message(MainScreen.CompareKey("trend", self.outline.current))

    def action_sharing_key(self, action: str) -> None:
        self.post_message(MainScreen.SharingKey(action, self.outline.current))

    # -- next / previous item needing attention -----------------------------------------------
    def action_next_attention(self) -> None:
        self._jump_attention(forward=True)

    def action_previous_attention(self) -> None:
        self._jump_attention(forward=False)

    def _jump_attention(self, forward: bool) -> None:
        report, scheme = self.look.report, self.look.scheme
        problems = self.problem_items()  # the live check's: counted as needing attention
        if not self.jump(lambda node: bool(attention(report, node.kind, node.item, scheme,
                                                     outcomes=True)) or node.path in problems,
                         forward):
            self.notify(self.look.words("note.nothing_needs"))

    def jump(self, keep: Callable[[Node], bool], forward: bool = True) -> bool:
        """To the next (previous) row whose item `keep`s, wrapping around (and saying so);
        False when no row does."""
        outline = self.outline
        here = outline.index_of.get(id(outline.cursor_node), -1)
        problems = self.problem_items()  # the live check's: counted as needing attention
        for tree_node in outline.scan(forward):
            data = tree_node.data
            if isinstance(data, Node) and keep(data):
                there = outline.index_of[id(tree_node)]
                if (there <= here) if forward else (there >= here):
                    self.notify(self.look.words("note.wrapped"), timeout=2)
                outline.go_to(tree_node)
                return True
        return False

    # -- search -------------------------------------------------------------------------------
    def action_search(self) -> None:
        self._search_start = self.outline.cursor_node
        self.search_bar.remove_class("-nomatch")
        self.search_bar.open()

    @on(SearchBar.QueryChanged)
    def search_changed(self, message: SearchBar.QueryChanged) -> None:
        query = message.query.strip()
        if not query:
            return
        keep = filters.search(query)
        outline = self.outline
        for tree_node in outline.scan(forward=True, start=self._search_start):
            if isinstance(tree_node.data, Node) and keep(tree_node.data):
                outline.go_to(tree_node)
                self.search_bar.remove_class("-nomatch")
                return
        self.search_bar.add_class("-nomatch")

    @on(SearchBar.QueryAccepted)
    def search_accepted(self, message: SearchBar.QueryAccepted) -> None:
        self.search_bar.close()
        query = message.query.strip()
        if not query:
            self.outline.focus()
            return
        if not self.apply_filter(filters.by_search(self.look, query)):
            self.notify(self.look.words("search.none", query=query), severity="warning")
            self.outline.focus()

    @on(SearchBar.QueryCancelled)
    def search_cancelled(self) -> None:
        self.search_bar.close()
        if self._search_start is not None and id(self._search_start) in self.outline.index_of:
            self.outline.go_to(self._search_start)
        self.outline.focus()


def _count_items(tree_node) -> int:
    count = 0
    stack = list(tree_node.children)
    while stack:
        node = stack.pop()
        count += 1
        stack.extend(node.children)
    return count
