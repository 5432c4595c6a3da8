"""The header: the report's title, year and file, whether it has unsaved changes, and the
progress line ("Nämndsmål 18/25 bedömda · 3 kommentarer saknas · Kontrollmoment 19/21")."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from reportmodel.core.progress import Progress

from tui.common.i18n import plural
from tui.common.look import Look, safe


def progress_text(look: Look, progress: Progress) -> Text:
    w = look.words
    scheme = look.scheme
    parts: list[Text] = []
    for key, count in progress.levels.items():
        level = scheme.level(key)
        label = safe(plural(level.text(look.lang)) if level else key)
        parts.append(_count(w("progress.level", label=label, done=count.done,
                              total=count.total), count.done, count.total))
    if progress.comments_missing:
        text = w.count("progress.comments_missing", progress.comments_missing)
        parts.append(Text(text, style="bold red"))
    for kind, count in (("activity", progress.activities), ("assignment", progress.assignments),
                        ("control", progress.controls)):
        if count.total:
            label = safe(plural(scheme.term(kind, look.lang)))
            parts.append(_count(w("progress.count", label=label, done=count.done,
                                  total=count.total), count.done, count.total))
    if progress.contractor_rows.total:
        count = progress.contractor_rows
        label = plural(w("kind.contractor_row"))
        parts.append(_count(w("progress.count", label=label, done=count.done, total=count.total),
                            count.done, count.total))
    if progress.complete:
        parts.append(Text(w("progress.all_done"), style="bold green"))
    return Text(" · ", style="dim").join(parts)


def _count(text: str, done: int, total: int) -> Text:
    return Text(text, style="green" if done == total else "")


class ReportHeader(Widget):
    DEFAULT_CSS = """
    ReportHeader { height: auto; max-height: 4; padding: 0 1; background: $panel; }
    """

    def __init__(self, look: Look, display_path: str, progress: Progress, **kwargs) -> None:
        super().__init__(**kwargs)
        self.look = look
        self.display_path = display_path
        self.dirty = False
        self.read_only = False
        self.progress = progress
        self.problems = 0  # items the live check finds wrong (the screen keeps it current)
        self._lines = -1

    def update_state(self, progress: Progress, dirty: bool, read_only: bool = False) -> None:
        self.progress = progress
        self.dirty = dirty
        self.read_only = read_only
        # A layout pass repaints the whole screen; only ask for one when the header's height
        # changes (the progress line wrapping onto another line on a narrow terminal).
        width = self.content_region.width
        lines = len(self.render().wrap(self.app.console, width)) if width > 0 else -1
        self.refresh(layout=lines != self._lines)
        self._lines = lines

    def render(self) -> Text:
        meta = self.look.report.meta
        text = Text(safe(meta.title), style="bold")
        if str(meta.year) not in meta.title:
            text.append(f" {meta.year}", style="bold")
        text.append(f"  ·  {safe(self.display_path)}", style="dim")
        if self.dirty:
            text.append("  " + self.look.words("unsaved"), style="bold yellow")
        if self.read_only:
            text.append("  " + self.look.words("read_only"), style="bold red")
        text.append("\n")
        text.append_text(progress_text(self.look, self.progress))
        if self.problems:
            text.append(" · ", style="dim")
            text.append(self.look.words.count("progress.problems", self.problems),
                        style="bold red")
        return text
