"""The baseline for the editor: a bare Textual app that parses the report with tomllib and mounts
one Tree with the same rows, at the same depths, as the editor's outline (all expanded)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Tree


def titles(data: Any) -> Iterator[str]:
    """Every table's title in the parsed file, in file order."""
    if isinstance(data, dict):
        title = data.get("title")
        if isinstance(title, str):
            yield title
        for value in data.values():
            if isinstance(value, dict):
                yield from titles(value)


class BareTreeApp(App[None]):
    """`depths`: the depth of each row of the editor's outline, in order (0 = top level).
    `parse`: read the rows' labels from the file with tomllib (False: the bare Tree alone)."""

    BINDINGS = [Binding("2", "relabel", "Relabel")]

    def __init__(self, path: Path, depths: list[int], parse: bool = True) -> None:
        super().__init__()
        self.path = path
        self.depths = depths
        self.parse = parse

    def compose(self) -> ComposeResult:
        yield Tree("report")

    def on_mount(self) -> None:
        if self.parse:
            labels = list(titles(tomllib.loads(self.path.read_bytes().decode("utf-8"))))
        else:
            labels = [f"Rad {n}" for n in range(100)]
        tree = self.query_one(Tree)
        tree.show_root = False
        stack = [tree.root]
        for n, depth in enumerate(self.depths):
            del stack[depth + 1:]
            stack.append(stack[-1].add(labels[n % len(labels)], expand=True))
        tree.move_cursor_to_line(0)
        tree.focus()

    def action_relabel(self) -> None:
        """The least an assessment can do on screen: relabel the row under the cursor."""
        node = self.query_one(Tree).cursor_node
        if node is not None:
            node.set_label(f"🟡 {node.label}")
