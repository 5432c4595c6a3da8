"""The header: the report's title, year and file, whether it has unsaved changes, and the
progress line ("Nämndsmål 18/25 bedömda · Aktiviteter 37/77 · 3 kommentarer saknas").

Two lines, always: on a narrow terminal the progress line drops its words ("bedömda") before it
is cut, and the title line is cut with an ellipsis, so the outline keeps its rows at 80×24. The
counts are the session's Progress (reportmodel/core/progress.py), the same `yearend stats` prints.
"""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from reportmodel.core.progress import Progress

from tui.common.i18n import plural
from tui.common.look import Look, safe


def progress_parts(look: Look, progress: Progress, short: bool = False,
                   merged: bool = False, open_only: bool = False) -> list[Text]:
    """The parts of the progress line; `short`: without "bedömda"; `merged`: what is missing
    as one count of items needing attention instead of one per reason; `open_only`: only the
    counts with something left to fill in."""
    w = look.words
    scheme = look.scheme
    parts: list[Text] = []
    for key, count in progress.levels.items():
        if not count.total:
            continue
        if open_only and count.done == count.total:
            continue
        level = scheme.level(key)
        label = safe(plural(level.text(look.lang)) if level else key)
        words = "progress.short" if short else "progress.level"
        parts.append(_count(w(words, label=label, done=count.done, total=count.total),
                            count.done, count.total))
    counted = [("activity", progress.activities), ("assignment", progress.assignments),
               ("control", progress.controls), ("indicator", progress.indicators)]
    for kind, count in counted:
        if count.total and not (open_only and count.done == count.total):
            label = safe(plural(scheme.term(kind, look.lang)))
            parts.append(_count(w("progress.count", label=label, done=count.done,
                                  total=count.total), count.done, count.total))
    if progress.contractor_rows.total and not (
            open_only and progress.contractor_rows.done == progress.contractor_rows.total):
        count = progress.contractor_rows
        label = plural(w("kind.contractor_row"))
        parts.append(_count(w("progress.count", label=label, done=count.done, total=count.total),
                            count.done, count.total))
    if merged and (progress.comments_missing or progress.outcomes_missing):
        parts.append(Text(w.count("progress.attention", progress.attention), style="bold red"))
        return parts
    if progress.comments_missing:
        text = w.count("progress.comments_missing", progress.comments_missing)
        parts.append(Text(text, style="bold red"))
    if progress.outcomes_missing:
        text = w.count("progress.outcomes_missing", progress.outcomes_missing)
        parts.append(Text(text, style="bold yellow"))
    if progress.complete:
        parts.append(Text(w("progress.all_done"), style="bold green"))
    return parts


def progress_text(look: Look, progress: Progress, width: int | None = None) -> Text:
    """The progress line; with `width`, a shorter form when the long one does not fit: first
    without the counts that are complete, then without "bedömda", then with what is missing as
    one count (the overview, `o`, has them all)."""
    sep = Text(" · ", style="dim")
    text = sep.join(progress_parts(look, progress))
    for short, merged in ((False, False), (True, False), (True, True)):
        if width is None or text.cell_len <= width:
            break
        text = sep.join(progress_parts(look, progress, short=short, merged=merged,
                                       open_only=True))
    return text


def _count(text: str, done: int, total: int) -> Text:
    return Text(text, style="green" if done == total else "")


class ReportHeader(Widget):
    DEFAULT_CSS = """
    ReportHeader { height: 2; padding: 0 1; background: $panel; }
    """

    def __init__(self, look: Look, display_path: str, progress: Progress, **kwargs) -> None:
        super().__init__(**kwargs)
        self.look = look
        self.display_path = display_path
        self.dirty = False
        self.read_only = False
        self.progress = progress
        self.sharing: Text | None = None  # tui/sharing/: conflicts left, not committed in git
        self.problems = 0  # items the live check finds wrong (the screen keeps it current)

    def update_state(self, progress: Progress, dirty: bool, read_only: bool = False) -> None:
        self.progress = progress
        self.dirty = dirty
        self.read_only = read_only
        self.refresh()  # always two lines: no layout pass

    def show_sharing(self, status: Text | None) -> None:
        """The sharing feature's part of the first line (tui/sharing/feature.py)."""
        if status != self.sharing:
            self.sharing = status
            self.refresh()  # the header is always two lines: no layout pass

    def render(self) -> Text:
        width = self.content_region.width or None
        meta = self.look.report.meta
        first = Text(no_wrap=True, overflow="ellipsis", end="")
        title = Text(safe(meta.title.split("\n", 1)[0]), style="bold")
        if str(meta.year) not in meta.title:
            title.append(f" {meta.year}", style="bold")
        marks = Text()
        if self.dirty:
            marks.append("  " + self.look.words("unsaved"), style="bold yellow")
        if self.read_only:
            marks.append("  " + self.look.words("read_only"), style="bold red")
        if self.sharing is not None:
            marks.append("  ")
            marks.append_text(self.sharing)
        path = Text(f"  ·  {safe(self.display_path)}", style="dim")
        if width is not None:
            # The marks matter more than the path, the path more than the title's tail.
            room = width - marks.cell_len
            if title.cell_len + path.cell_len > room:
                path.truncate(max(0, room - min(title.cell_len, max(room // 2, 10))),
                              overflow="ellipsis")
            title.truncate(max(1, room - path.cell_len), overflow="ellipsis")
        first.append_text(title)
        first.append_text(path)
        first.append_text(marks)
        second = progress_text(self.look, self.progress, width)
        if self.problems:
            second.append(" · ", style="dim")
            second.append(self.look.words.count("progress.problems", self.problems),
                          style="bold red")
        second.no_wrap = True
        second.overflow = "ellipsis"
        if width is not None:
            second.truncate(width, overflow="ellipsis")
        return Text("\n").join([first, second])
