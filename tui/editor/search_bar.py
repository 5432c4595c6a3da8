"""The search box under the outline: `/` opens it, typing jumps to the first match, Enter shows
all matches (as a filter), Escape goes back to where the search started."""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="search_cancel"),
        Binding("enter", "accept", "Show matches", id="search_accept"),
    ]
    # Input's own focus style (a tall border) is more specific than `SearchBar`: at height 1
    # it left only the top border on screen and nothing of the text. The key bar is docked at
    # the bottom too, and docked widgets overlap: the box sits on the line above it.
    DEFAULT_CSS = """
    SearchBar, SearchBar:focus { dock: bottom; display: none; border: none; height: 1;
                                 padding: 0 1; margin: 0 0 1 0; background: $boost; }
    SearchBar.-open { display: block; }
    SearchBar.-nomatch { color: $error; }
    """

    class QueryChanged(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class QueryAccepted(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class QueryCancelled(Message):
        pass

    def open(self) -> None:
        self.value = ""
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        self.remove_class("-open")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()

    def action_accept(self) -> None:
        self.post_message(self.QueryAccepted(self.value))

    def action_cancel(self) -> None:
        self.post_message(self.QueryCancelled())
