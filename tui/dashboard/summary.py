"""The progress of the report, a part of it or one item with what is under it, as text: one
bar per goal level and kind of item, and how many items still need the officer.

Counts come from reportmodel/core/progress.py only. The whole report's and each part's are views
of the session's Progress, which the session keeps current edit by edit; an item's subtree is
computed once and kept until the next change (`Glance.changed`), so moving the cursor costs no
walk over the report.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from reportmodel.core.progress import (Count, Progress, compute, indicator_state,
                                       subtree_nodes)
from reportmodel.core.tree import Node

from tui.common.i18n import plural
from tui.common.look import Look, safe
from tui.dashboard.bars import (STATE_COLOURS, STATE_SYMBOLS, CountRows, count_rows,
                                sparkline)

BAR_WIDTH = 20
# The fields of Progress each part of the outline holds (a partition: every count in one part).
PART_FIELDS = {
    "goals": ("levels", "activities", "assignments", "indicators"),
    "internal_control": ("controls", "risk_activities"),
    "contractors": ("contractor_rows",),
    "sections": (),
}
# Kinds of item whose read view shows the progress of what is under them.
PARENT_KINDS = frozenset({"goal", "process", "risk", "contractor"})


def part_view(progress: Progress, part: str) -> Progress:
    """The counts of one part of the outline, taken from the whole report's Progress (the same
    objects: nothing is computed)."""
    view = Progress()
    for name in PART_FIELDS.get(part, ()):
        setattr(view, name, getattr(progress, name))
    view.attention = sum(c.open for c in _counts(view))
    return view


def _counts(progress: Progress) -> Iterable[Count]:
    yield from progress.levels.values()
    yield from (progress.activities, progress.risk_activities, progress.assignments,
                progress.controls, progress.contractor_rows, progress.indicators)


def rows(look: Look, progress: Progress) -> list[tuple[str, Count, object, str]]:
    """(label, count, scale, words for done/total) of every count with items in it."""
    scheme, lang, w = look.scheme, look.lang, look.words
    out: list[tuple[str, Count, object, str]] = []
    for key, count in progress.levels.items():
        level = scheme.level(key)
        if count.total and level is not None:
            out.append((plural(level.text(lang)), count, scheme.scales.get(level.assessment),
                        "dash.assessed"))
    kinds = [
        (plural(scheme.term("activity", lang)), progress.activities, "activity_status"),
        (w("dash.risk_activities"), progress.risk_activities, "activity_status"),
        (plural(scheme.term("assignment", lang)), progress.assignments, "assignment_status"),
        (plural(scheme.term("control", lang)), progress.controls, "control_assessment"),
        (plural(w("kind.contractor_row")), progress.contractor_rows, "contractor_fulfilment"),
    ]
    for label, count, scale in kinds:
        if count.total:
            words = "dash.assessed" if scale in ("control_assessment",
                                                 "contractor_fulfilment") else "dash.done"
            out.append((label, count, scheme.scales.get(scale), words))
    if progress.indicators.total:
        out.append((plural(scheme.term("indicator", lang)), progress.indicators, None,
                    "dash.with_outcome"))
    return out


def render(look: Look, progress: Progress, title: str | None = None, *,
           open_only: bool = False, width: int = BAR_WIDTH,
           wide: int = CountRows.WIDE) -> RenderableType:
    """The bars of `progress` under `title`, then what still needs the officer (`open_only`:
    a part's view, which knows what is unfilled but not which comments are missing)."""
    w = look.words
    parts: list[RenderableType] = []
    if title:
        parts.append(Padding(Text(safe(title), style="bold"), (0, 0, 1, 0)))
    found = rows(look, progress)
    if not found:
        parts.append(Text(w("dash.nothing"), style="dim"))
        return Group(*parts)
    parts.append(count_rows(look, found, width, wide))
    parts.append(Text(""))
    if progress.attention:
        words = "dash.open" if open_only else "dash.attention"
        parts.append(Text(w.count(words, progress.attention), style="bold yellow"))
    else:
        parts.append(Text(w("dash.all_done"), style="bold green"))
    return Group(*parts)


class Glance:
    """The progress the detail pane shows for a row, kept until an item under it changes.

    A focus area on a large report holds thousands of items (20 ms to count on L): its counts
    are kept across edits elsewhere, and counted again only after a change to one of its own."""

    def __init__(self, look: Look, progress: Progress) -> None:
        self.look = look
        self.progress = progress
        self._cache: dict[tuple[str, ...], tuple[Progress, frozenset[tuple[str, ...]]]] = {}

    def changed(self, progress: Progress, paths: Iterable[tuple[str, ...]] | None = None) -> None:
        """The report changed at `paths` (None: anywhere, as after a reload)."""
        self.progress = progress
        if paths is None:
            self._cache.clear()
            return
        touched = {tuple(p) for p in paths}
        for key, (_found, covered) in list(self._cache.items()):
            # A path under an item (an indicator's year) counts as the item.
            if any(p[:k] in covered for p in touched for k in range(2, len(p) + 1)):
                del self._cache[key]

    def of_part(self, part: str) -> Progress:
        return part_view(self.progress, part)

    def of_subtree(self, path: tuple[str, ...], nodes: Iterable[Node]) -> Progress:
        cached = self._cache.get(path)
        if cached is None:
            nodes = list(nodes)
            cached = self._cache[path] = (compute(self.look.report, nodes),
                                          frozenset(n.path for n in nodes))
        return cached[0]


def descendants(tree_node) -> list[Node]:
    """The items under an outline row, in reading order."""
    out: list[Node] = []
    stack = list(reversed(tree_node.children))
    while stack:
        node = stack.pop()
        if isinstance(node.data, Node):
            out.append(node.data)
        stack.extend(reversed(node.children))
    return out


def for_row(glance: Glance, data, tree_node=None, filtered: bool = False) -> RenderableType | None:
    """What the detail pane shows of progress for an outline row: the whole report (the report
    row), a part (a group row) or an item with items under it; None for the rest."""
    look = glance.look
    if data == "report":
        return render(look, glance.progress, look.words("dash.title"))
    if isinstance(data, str):
        part = glance.of_part(data)
        return render(look, part, open_only=True) if rows(look, part) else None
    if isinstance(data, Node) and data.kind == "indicator":
        return indicator_block(look, data.item)
    if not isinstance(data, Node) or data.kind not in PARENT_KINDS:
        return None
    if tree_node is None or not tree_node.children:
        return None
    if filtered:  # the rows under it are only the matches: ask the report
        from_report = subtree_nodes(look.report, data.path)
        nodes = from_report
    else:
        nodes = [data, *descendants(tree_node)]
    progress = glance.of_subtree(data.path, nodes)
    return render(look, progress) if rows(look, progress) else None


def indicator_block(look: Look, indicator) -> RenderableType | None:
    """This year's outcome against its target, and the outcomes over the years."""
    year = look.report.meta.year
    state = indicator_state(indicator, year)
    w = look.words
    text = Text()
    text.append(STATE_SYMBOLS[state] + " ", style=STATE_COLOURS[state] or "dim")
    text.append(w(f"state.{state}"), style="bold")
    line = sparkline(indicator, year)
    if line:
        text.append(f"   {w('dash.sparkline')} ")
        years = sorted(indicator.years)
        text.append(f"{years[0]} ", style="dim")
        text.append_text(line)
        text.append(f" {years[-1]}", style="dim")
    return text
