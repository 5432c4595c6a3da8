"""Export the report as Markdown from the editor: ask where, refuse what would destroy a report,
write atomically (the same checks and the same writer as `yearend export -o`)."""

from __future__ import annotations

import os
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from reportmodel.render import export_markdown
from reportmodel.core.model import Report
from reportmodel.io.atomic import write_atomically

from tui.common.i18n import Words
from tui.common.keys import localize


def default_target(report_path: Path) -> Path:
    """Beside the report, with .md for .toml: rapport.toml -> rapport.md."""
    return report_path.with_suffix(".md")


def refusal(words: Words, report_path: Path, out: Path) -> str | None:
    """Why `out` must not be written, in the officer's words, or None."""
    if not str(out).strip() or out.name == "":
        return words("export.empty")
    if out.suffix.lower() == ".toml":
        return words("export.refused_toml")
    if out.is_dir():
        return words("export.refused_dir")
    if not out.parent.exists():
        return words("export.refused_parent", dir=str(out.parent))
    try:
        if out.exists() and report_path.exists() and os.path.samefile(report_path, out):
            return words("export.refused_self")
    except OSError:
        pass
    return None


def export_to(report: Report, report_path: Path, out: Path, words: Words) -> tuple[bool, str]:
    """Write the export to `out`: (done, what to tell the officer)."""
    problem = refusal(words, report_path, out)
    if problem:
        return False, problem
    data = export_markdown(report).encode("utf-8")  # the report's language, as the command
    try:
        write_atomically(out, data)
    except OSError as exc:
        return False, words("export.failed", file=str(out), reason=exc.strerror or str(exc))
    size = f"{len(data):,}".replace(",", " " if words.lang == "sv" else ",")
    return True, words("export.written", file=str(out), size=size)


class ExportScreen(ModalScreen[Path | None]):
    """Asks for the file; dismissed with the path written, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="close")]
    DEFAULT_CSS = """
    ExportScreen { align: center middle; }
    ExportScreen > Vertical { width: 80; height: auto; border: round $accent;
                              background: $surface; padding: 1 2; }
    ExportScreen #export-problem { color: $error; height: auto; }
    ExportScreen .hint { color: $text-muted; }
    """

    def __init__(self, report: Report, report_path: Path, display_target: str,
                 words: Words) -> None:
        super().__init__()
        self.report = report
        self.report_path = report_path
        self.display_target = display_target
        self.words = words

    def compose(self) -> ComposeResult:
        w = self.words
        with Vertical() as box:
            box.border_title = Text(w("export.title"))
            yield Label(Text(w("export.where")))
            yield Input(self.display_target, id="export-path")
            yield Static("", id="export-problem")
            yield Static(Text(w("export.hint")), classes="hint")

    def on_mount(self) -> None:
        localize(self, self.words)
        field = self.query_one(Input)
        if not getattr(self.app, "cursor_blink", True):
            field.cursor_blink = False
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        out = Path(os.path.expanduser(event.value.strip()))
        done, message = export_to(self.report, self.report_path, out, self.words)
        if done:
            self.app.notify(message, timeout=5)
            self.dismiss(out)
        else:
            # Stay open with the reason shown, so the officer can correct the name.
            self.query_one("#export-problem", Static).update(Text(message))
            self.app.notify(message, severity="error", timeout=8)

    def action_cancel(self) -> None:
        self.dismiss(None)
