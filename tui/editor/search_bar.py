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
    DEFAULT_CSS = """
    SearchBar { dock: bottom; display: none; border: none; height: 1; padding: 0 1; }
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
