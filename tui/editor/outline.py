"""The outline: the whole report as one Tree, one line per item, each with its symbol.

A Tree renders only the lines on screen, so a report of 12,000 items opens in about a second and
moves instantly; never mount a widget per item here. The outline shows the model and posts
messages; it does not change the report.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from reportmodel.core.tree import Key, Node, key_of, walk_contractors, walk_goals, \
    walk_internal_control, walk_sections

from tui.common.look import Look, safe
from tui.common.textual_private import invalidate_tree, relabel_quietly
from tui.editor.structure.keys import STRUCTURE_BINDINGS

# Row data: a reportmodel Node for items, a string for the group rows and the report row.
Data = Node | str
REPORT_ROW = "report"


class Outline(Tree[Data]):
    ICON_NODE = "▸ "
    ICON_NODE_EXPANDED = "▾ "
    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="page_up"),
        Binding("h,left", "collapse_or_parent", "Collapse", show=False, id="collapse"),
        Binding("l,right", "expand_or_child", "Expand", show=False, id="expand"),
        Binding("g,home", "scroll_home", "Top", show=False, id="top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="bottom"),
        Binding("space", "toggle_node", "Toggle", show=False, id="toggle"),
        Binding("shift+space", "toggle_expand_all", "Expand all", show=False, id="expand_all"),
        Binding("enter", "edit", "Edit", id="edit"),
        Binding("c", "comment", "Comment", id="comment"),
        Binding("s", "pick", "Pick", show=False, id="pick"),
        *(Binding(str(n), f"set_value({n})", "Set", show=n == 1, key_display="1-9",
                  id="set_value" if n == 1 else f"set_value_{n}")
          for n in range(1, 10)),
        Binding("0", "set_value(0)", "Clear", show=False, id="unset_value"),
        Binding("escape", "clear_filter", "Show all", show=False, id="clear_filter"),
        *STRUCTURE_BINDINGS,
    ]

    class Edit(Message):
        """The officer wants to edit the item (focus on `field` when given)."""

        def __init__(self, node: Node, field: str | None = None) -> None:
            super().__init__()
            self.node = node
            self.field = field

    class SetValue(Message):
        """A digit on an item: the n-th value of its primary scale, 0 for unset."""

        def __init__(self, node: Node, index: int) -> None:
            super().__init__()
            self.node = node
            self.index = index

    class Pick(Message):
        def __init__(self, node: Node) -> None:
            super().__init__()
            self.node = node

    class ClearFilter(Message):
        pass

    def __init__(self, look: Look, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.look = look
        self.show_root = False
        self.auto_expand = False
        self.guide_depth = 2
        self.by_path: dict[tuple[str, ...], TreeNode[Data]] = {}
        self.order: list[TreeNode[Data]] = []  # every row in reading order, collapsed or not
        self.index_of: dict[int, int] = {}
        # Row labels by path, kept across filter changes; an edit refreshes its item's label.
        self.labels: dict[tuple[str, ...], Text] = {}
        # Compare mode's marks by item key, tree.key_of (+ new, ~ changed since last year), looked
        # up while labelling; None when not comparing (tui/compare_mode.py).
        self.marks: dict[Key, Text] | None = None
        # Flags after a row by path (merge conflicts, tui/sharing/): set_flags.
        self.flags: dict[tuple[str, ...], Text] = {}

    # Called as soon as the cursor lands on a row, before NodeHighlighted arrives: the screen
    # shows the row's details in the same frame as the cursor (one repaint per key, not two).
    on_cursor: Callable[[TreeNode[Data]], None] | None = None

    def watch_cursor_line(self, previous_line: int, line: int) -> None:
        super().watch_cursor_line(previous_line, line)
        node = self.cursor_node
        if previous_line != line and node is not None and self.on_cursor is not None:
            self.on_cursor(node)

    # -- speed --------------------------------------------------------------------------------
    # Tree re-measures every label with a full render and invalidates its line cache on every
    # add; for 13,000 rows that is seconds. Labels here are one-line Text and the outline never
    # scrolls sideways, so a label's length is width enough, and a bulk load invalidates once.
    _bulk = False

    def get_label_width(self, node: TreeNode[Data]) -> int:
        return len(node.label) + (len(self.ICON_NODE) if node.allow_expand else 0)

    def process_label(self, label) -> Text:
        return label if isinstance(label, Text) else Text(str(label))

    def _invalidate(self) -> None:  # Textual private, overridden (docs/architecture.md)
        if not self._bulk:
            invalidate_tree(self)

    def notify_style_update(self) -> None:
        # Tree rebuilds all its lines when a style changes, and focus moving between the outline
        # and the form changes styles: a third of a second per focus change on a large report.
        # Styles change how lines are painted, not which lines there are.
        super(Tree, self).notify_style_update()
        self._line_cache.clear()  # Textual private (docs/architecture.md)
        self.refresh(layout=True)

    # -- building -----------------------------------------------------------------------------
    def load(self, keep: Callable[[Node], bool] | None = None) -> int:
        """(Re)build the rows; with `keep`, only matching items and the rows above them.
        Returns how many items matched."""
        self._bulk = True
        # Building 13,000 rows allocates hundreds of thousands of small objects next to a large
        # report; the cyclic GC would walk the whole heap many times over (most of the time).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._load(keep)
        finally:
            if collecting:
                gc.enable()
            self._bulk = False
            self._invalidate()

    def _load(self, keep: Callable[[Node], bool] | None) -> int:
        self.clear()
        self.by_path.clear()
        self.order = []
        w = self.look.words
        matched = 0
        report = self.look.report
        if keep is None:
            title = safe(self.look.report.meta.title.split("\n", 1)[0]) or w("outline.report")
            self._add(self.root, Text(title, style="bold"), REPORT_ROW)
        groups: list[tuple[str, Iterator[Node]]] = [
            ("sections", walk_sections(report)),
            ("goals", walk_goals(report)),
            ("internal_control", walk_internal_control(report)),
            ("contractors", walk_contractors(report)),
        ]
        for key, nodes in groups:
            rows = list(nodes)
            if not rows:
                continue
            if keep is not None:
                rows, n = _filtered(rows, keep)
                matched += n
                if not rows:
                    continue
            else:
                matched += len(rows)
            label = Text(w(f"outline.{key}"), style="bold underline")
            group = self._add(self.root, label, key)
            stack: list[TreeNode[Data]] = [group]
            for node in rows:
                del stack[node.depth + 1:]
                parent = stack[-1]
                label = self.labels.get(node.path)
                if label is None:
                    label = self.labels[node.path] = self.row_label(node)
                tree_node = self._add(parent, label, node)
                self.by_path[node.path] = tree_node
                stack.append(tree_node)
        for tree_node in self.order:
            tree_node.allow_expand = bool(tree_node.children)
        self.index_of = {id(n): i for i, n in enumerate(self.order)}
        return matched

    def _add(self, parent: TreeNode[Data], label: Text, data: Data) -> TreeNode[Data]:
        node = parent.add(label, data, expand=True)
        self.order.append(node)
        return node

    def row_label(self, node: Node) -> Text:
        row = self.look.row(node)
        flag = self.flags.get(node.path)
        if flag is not None:
            row = Text.assemble(row, flag)
        if self.marks is None:
            return row
        mark = self.marks.get(key_of(node))
        return Text.assemble(mark if mark is not None else "  ", row)

    # -- reading ------------------------------------------------------------------------------
    @property
    def current(self) -> Node | None:
        node = self.cursor_node
        return node.data if node is not None and isinstance(node.data, Node) else None

    def refresh_rows(self, paths: list[tuple[str, ...]]) -> None:
        for path in paths:
            self.labels.pop(path, None)
            tree_node = self.by_path.get(path)
            if tree_node is not None and isinstance(tree_node.data, Node):
                label = self.labels[path] = self.row_label(tree_node.data)
                tree_node.set_label(label)

    def go_to(self, tree_node: TreeNode[Data]) -> None:
        parent = tree_node.parent
        while parent is not None:
            if not parent.is_expanded:
                parent.expand()
            parent = parent.parent
        self.move_cursor(tree_node)
        # Rows are built lazily after an expand: place the cursor again once they exist.
        self.call_after_refresh(self._settle, tree_node)

    def _settle(self, tree_node: TreeNode[Data]) -> None:
        if self.cursor_node is not tree_node:
            self.move_cursor(tree_node)
        self.scroll_to_node(tree_node, animate=False)

    def go_to_path(self, path: tuple[str, ...]) -> bool:
        tree_node = self.by_path.get(path)
        if tree_node is None:
            return False
        self.go_to(tree_node)
        return True

    def scan(self, forward: bool = True,
             start: TreeNode[Data] | None = None) -> Iterator[TreeNode[Data]]:
        """Every row after (or before) the cursor, wrapping around once, the cursor's row last;
        from `start` (included) when given."""
        if not self.order:
            return
        n = len(self.order)
        if start is not None and id(start) in self.index_of:
            first = self.index_of[id(start)]
            for step in range(n):
                yield self.order[(first + step) % n if forward else (first - step) % n]
            return
        here = self.cursor_node
        at = self.index_of.get(id(here), -1) if here is not None else -1
        for step in range(1, n + 1):
            yield self.order[(at + step) % n if forward else (at - step) % n]

    # -- actions ------------------------------------------------------------------------------
    def action_collapse_or_parent(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def action_expand_or_child(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])
            self.call_after_refresh(self._settle, node.children[0])

    def action_edit(self) -> None:
        current = self.current
        if current is not None:
            self.post_message(self.Edit(current))
        elif self.cursor_node is not None and self.cursor_node.data == REPORT_ROW:
            self.app.call_later(self.app.run_action, "screen.edit_item")  # the report's header
        elif self.cursor_node is not None and self.cursor_node.allow_expand:
            self.cursor_node.toggle()

    def action_comment(self) -> None:
        if self.current is not None:
            self.post_message(self.Edit(self.current, "comment"))
        elif self.cursor_node is not None and self.cursor_node.data == REPORT_ROW:
            # The header, at its first empty field (after a rollover: the case number).
            self.app.call_later(self.app.run_action, "screen.edit_item('blank')")

    def action_pick(self) -> None:
        if self.current is not None:
            self.post_message(self.Pick(self.current))

    def action_set_value(self, index: int) -> None:
        if self.current is not None:
            self.post_message(self.SetValue(self.current, index))

    def action_clear_filter(self) -> None:
        self.post_message(self.ClearFilter())

    def set_flags(self, flags: dict[tuple[str, ...], Text],
                  paths: list[tuple[str, ...]] | None = None) -> None:
        """Flag rows after their label (a merge conflict); rows whose flag came or went are
        labelled again, and `paths` too (rows an edit changed)."""
        changed = {p for p in set(flags) ^ set(self.flags)}
        changed.update(p for p in flags if flags[p] != self.flags.get(p))
        self.flags = flags
        self.refresh_rows(list(changed | set(paths or ())))

    # -- compare mode's marks -----------------------------------------------------------------
    def set_marks(self, marks: dict[Key, Text] | None) -> None:
        """Put a mark (by item key) before every row at once, or take them all off (None): one
        invalidation, not one per row. The rows' own labels are reused (a mark is the first two
        cells), not rebuilt: rebuilding 15,000 rows costs half a second, re-marking them a
        fraction of that."""
        had_marks = self.marks is not None
        self.marks = marks
        shown = self.by_path
        for path in [p for p in self.labels if p not in shown]:
            del self.labels[path]  # rows hidden by a filter are labelled again when shown
        blank = Text("  ")
        self._bulk = True
        try:
            for path, tree_node in shown.items():
                node = tree_node.data
                if not isinstance(node, Node):
                    continue
                base = tree_node.label
                if had_marks:
                    base = base[2:]
                if marks is not None:
                    base = Text.assemble(marks.get(key_of(node), blank), base)
                self.labels[path] = base
                relabel_quietly(tree_node, base)
        finally:
            self._bulk = False
            self._invalidate()


def _filtered(rows: list[Node], keep: Callable[[Node], bool]) -> tuple[list[Node], int]:
    """Rows that match and every row above a match (so a match is shown in its place)."""
    included: list[bool] = [False] * len(rows)
    stack: list[int] = []  # indexes of the current row's ancestors
    matched = 0
    for i, node in enumerate(rows):
        del stack[node.depth:]
        if keep(node):
            matched += 1
            included[i] = True
            for j in stack:
                included[j] = True
        stack.append(i)
    return [node for node, inc in zip(rows, included) if inc], matched
