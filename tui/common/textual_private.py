"""Every use of a Textual private name outside the outline's own overrides, in one place.

Checked against textual 8.2.8 (pinned exactly in pyproject.toml): each has no public API that
does the same (docs/architecture.md lists them with why). On a Textual upgrade, read this module
and tui/editor/outline.py first; the suite's tests of the outline, the help screen, the keymap
and the crash path fail when one of these changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from rich.text import Text
from textual.binding import Binding
from textual.dom import DOMNode
from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Tree


def redescribe_bindings(node: DOMNode, describe: Callable[[Binding], str | None]) -> None:
    """Give `node`'s own bindings new descriptions (the officer's language). Textual keeps a
    binding's description on the Binding; set_keymap changes keys only, and BINDINGS is the
    class's, shared by every instance. `_bindings` is the node's own copy."""
    key_to_bindings = node._bindings.key_to_bindings
    for key, bindings in key_to_bindings.items():
        new = []
        for binding in bindings:
            text = describe(binding)
            new.append(dataclasses.replace(binding, description=text) if text else binding)
        key_to_bindings[key] = new


def build_tree_lines(tree: Tree) -> None:
    """Build a Tree's row list now, not lazily on paint (before gc.freeze())."""
    tree._tree_lines  # noqa: B018  a property that builds and caches


def relabel_quietly(node, label: Text) -> None:
    """Set a tree row's label without the per-row refresh set_label schedules; the caller
    refreshes the tree once (relabelling 15,000 rows one by one takes seconds)."""
    node._label = label


def invalidate_tree(tree: Tree) -> None:
    """Drop a Tree's cached rows after relabel_quietly (one refresh for all)."""
    Tree._invalidate(tree)


def set_scroll_size(widget: Widget, size: Size) -> None:
    """Update the scrollbars for a new virtual size without the layout pass the `virtual_size`
    reactive asks for (the reader's size changes on every item shown)."""
    widget.set_reactive(Widget.virtual_size, size)
    widget._scroll_update(size)


class CrashHooks:
    """Mixed into the app: what happens on an internal error. Textual has no public hook for
    an unhandled exception; the editor keeps the error for the command line (which writes one
    line and a crash log, never a traceback to an officer) and saves the unsaved work first."""

    crash: BaseException | None = None

    def crashed(self, error: BaseException) -> None:  # the app's own handling
        raise NotImplementedError

    def _handle_exception(self, error: Exception) -> None:
        self.crash = error
        self.crashed(error)
        super()._handle_exception(error)  # type: ignore[misc]

    def _fatal_error(self) -> None:
        # Textual's own prints a traceback with locals on exit; the command line prints one
        # line instead, so only the bell and the shutdown are kept.
        self.bell()  # type: ignore[attr-defined]
        self._close_messages_no_wait()  # type: ignore[attr-defined]

