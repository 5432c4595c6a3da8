"""The selected item's history from git (reportmodel/io/itemhistory.py, as `yearend log`):
who changed which field when. Read in a worker thread (git runs as a subprocess); without git or
outside a repository the view says so in a sentence."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from reportmodel.core.scheme import Scale
from reportmodel.io import git
from reportmodel.io.itemhistory import Entry, item_history
from tui.common.i18n import Words
from tui.common.keys import localize
from tui.common.look import safe
from tui.sharing.resolve import field_label, shown_value

LIMIT = 200  # commits read: a year's work on one report, read in well under a second


def history_text(words: Words, entries: list[Entry],
                 scales: dict[str, Scale] | None = None) -> Text:
    """`scales`: the item's scale fields, whose values are shown by their labels."""
    w = words
    scales = scales or {}
    out = Text()
    for entry in entries:
        if out:
            out.append("\n")
        action = w(f"history.{entry.action}")
        if entry.rev:
            out.append(f"{_when(entry.date)}  ", style="dim")
            out.append(safe(entry.author), style="bold")
            out.append(f"  {action}  ")
            out.append(f"({entry.rev[:7]} {safe(entry.subject)})", style="dim")
        else:
            out.append(w("history.uncommitted"), style="bold yellow")
            out.append(f"  {action}")
        for change in entry.changes:
            out.append(f"\n    {field_label(w, change.field)}: ")
            scale = scales.get(change.field)
            out.append_text(_short(shown_value(w, change.before, scale)))
            out.append(" → ")
            out.append_text(_short(shown_value(w, change.after, scale)))
    return out


def _short(text: Text, width: int = 70) -> Text:
    plain = text.plain.replace("\n", " ")
    if len(plain) > width:
        plain = plain[:width - 1] + "…"
    return Text(plain, style=text.style)


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def read_history(words: Words, path: Path, item_id: str,
                 scales: dict[str, Scale] | None = None, space: str | None = None) -> Text:
    """The history as shown, or the sentence saying why there is none (never a traceback)."""
    try:
        if git.toplevel(path) is None:
            return Text(words("history.no_repo"))
        entries = item_history(path, item_id, LIMIT, space=space)
    except git.GitMissing as exc:
        return Text(str(exc))
    except (git.GitError, OSError, ValueError) as exc:
        return Text(words("history.failed", reason=safe(str(exc))))
    if not entries:
        return Text(words("history.none"))
    return history_text(words, entries, scales)


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,q,L", "close", "Close", id="close_history"),
    ]
    DEFAULT_CSS = """
    HistoryScreen { align: center middle; }
    HistoryScreen > Vertical { width: 96%; height: 90%; border: thick $accent;
                               background: $surface; padding: 0 1; }
    HistoryScreen .hint { color: $text-muted; }
    """

    def __init__(self, words: Words, path: Path, item_id: str, title: str,
                 scales: dict[str, Scale] | None = None, space: str | None = None) -> None:
        super().__init__()
        self.space = space  # the item's id space (tree.ID_SPACES): which "ekonomi" it is
        self.scales = scales
        self.words = words
        self.path = path
        self.item_id = item_id
        self.title_text = title

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical():
            yield Label(Text(w("history.title", title=safe(self.title_text)), style="bold"))
            with VerticalScroll():
                yield Static(Text(w("history.loading"), style="dim italic"), id="entries")
            yield Label(Text(w("history.hint")), classes="hint")

    def on_mount(self) -> None:
        localize(self, self.words)
        self.query_one(VerticalScroll).focus()
        self.run_worker(self._read, thread=True, group="item-history", exclusive=True)

    def _read(self) -> None:
        shown = read_history(self.words, self.path, self.item_id, self.scales, self.space)
        try:
            self.app.call_from_thread(self._show, shown)
        except RuntimeError:  # the editor closed while git was running
            pass

    def _show(self, shown: Text) -> None:
        if self.is_attached:
            self.query_one("#entries", Static).update(shown)

    @property
    def shown(self) -> str:
        """What the view shows, as plain text (tests)."""
        content = self.query_one("#entries", Static).content
        return content.plain if isinstance(content, Text) else str(content)

    def action_close(self) -> None:
        self.dismiss(None)
