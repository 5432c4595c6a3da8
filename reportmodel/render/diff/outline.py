"""What `yearend diff` prints, independent of the output format.

A ReportDiff becomes parts (goals, activities, …) of counted, grouped items, and each change a
Line of (role, text) spans: "label", "text", "old", "new", "del", "ins", "arrow", "better",
"same", "worse", "muted", "added", "removed", "changed". render_text maps roles to rich styles,
render_md to Markdown; user text only ever sits in a span's text, never in markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportmodel.core.scheme import Scheme
from reportmodel.core.values import format_number
from reportmodel.core.compare.changes import FieldChange, ItemDiff
from reportmodel.core.compare.items import PARTS, Entry, key as entry_key
from reportmodel.core.compare.report_diff import ReportDiff
from reportmodel.core.compare.trends import trend_key
from reportmodel.core.compare.worddiff import DELETE, INSERT, shorten, word_diff
from reportmodel.core.compare.worddiff import EQUAL
from reportmodel.core.vocabulary import vocab
from reportmodel.render.builder.goals import fill
from reportmodel.render.diff.words import field_label, kind_label, part_label, word
from reportmodel.render.text_safety import one_line

Span = tuple[str, str]
Line = list[Span]
WHOLE = {"title"}  # word-diffed in full; other texts show the changes with some words around
CONTEXT = 6  # unchanged words kept on each side of a change in a long text
SHORT = 70  # characters of a text shown when it was added or removed whole
_SPACES = re.compile(r"\s+")
ARROWS = {"better": "↗", "same": "→", "worse": "↘"}


@dataclass
class Group:
    """Items of a part under one container (a goal, a risk), in reading order."""

    heading: str | None
    items: list[ItemDiff] = field(default_factory=list)


@dataclass
class PartOutline:
    part: str
    label: str
    counts: list[tuple[str, int]]
    splits: list[Line]
    merges: list[Line]
    groups: list[Group]  # added, changed and removed items, by container

    @property
    def empty(self) -> bool:
        return not (self.splits or self.merges or self.groups)


class Outliner:
    def __init__(self, diff: ReportDiff):
        self.diff = diff
        self.lang = diff.lang
        self.scheme: Scheme = diff.new.scheme
        self.carrying = diff.new.meta.year > diff.old.meta.year
        self.v = vocab(self.lang, self.scheme)

    def w(self, key: str) -> str:
        return word(self.lang, key)

    # -- values --------------------------------------------------------------------------------
    def arrow(self, direction: str | None) -> Span | None:
        if direction is None:
            return None
        key = trend_key(self.scheme, direction)
        symbol = self.scheme.scale("trend").symbol(key) if key else ARROWS[direction]
        return (direction, f" {symbol or ARROWS[direction]} {self.w(direction)}")

    def show(self, value: Any, label: str | None = None, name: str | None = None) -> str:
        if label is not None and label != "":
            return one_line(label)
        if value is None or value == [] or value == "":
            return self.w("none")
        if isinstance(value, bool):
            return self.w("yes" if value else "no")
        if name == "kind" and isinstance(value, str):
            return self.v.report_kind(value)
        if name == "language" and value in ("sv", "en"):
            return self.v.value_word(f"lang.{value}")
        if isinstance(value, (int, float)):
            return format_number(value, self.lang == "sv")
        if isinstance(value, list):
            return ", ".join(self.show(v) for v in value)
        return one_line(str(value))

    def scale_text(self, change: FieldChange, side: str) -> str:
        key = change.old if side == "old" else change.new
        label = change.old_label if side == "old" else change.new_label
        if not label:
            return self.w("none")  # the level has no such scale in this report
        scheme = self.diff.old.scheme if side == "old" else self.scheme
        scale = scheme.scales.get(change.scale or "")
        symbol = scale.symbol(key) if scale is not None and (key is None or scale.get(key)) else ""
        return f"{symbol} {label}" if symbol else label

    def change_line(self, change: FieldChange, kind: str | None = None,
                    label: str | None = None) -> Line:
        label = label or field_label(change.field, self.lang, kind)
        line: Line = [("label", label + ": ")]
        if change.type == "text" and change.old and change.new:
            # What changed, word by word: a long comment shows its changes with a few words
            # around each, never two identical previews.
            segments = [(op, _SPACES.sub(" ", text))  # one line; spaces between words stay
                        for op, text in word_diff(change.old, change.new)]
            if change.field not in WHOLE:
                segments = condensed(segments)
            for op, text in segments:
                line.append(("del" if op == DELETE else "ins" if op == INSERT else "text", text))
            return line
        if change.type == "text":
            left, right = ("“", "”") if self.lang == "en" else ("”", "”")
            old = f"{left}{shorten(change.old, SHORT)}{right}" if change.old else self.w("none")
            new = f"{left}{shorten(change.new, SHORT)}{right}" if change.new else self.w("none")
        elif change.type == "scale":
            old, new = self.scale_text(change, "old"), self.scale_text(change, "new")
        elif change.type == "ref":
            top = self.w("top")
            old = change.old_label or top
            new = change.new_label or top
        elif change.field == "year":
            old, new = str(change.old), str(change.new)
        else:
            old = self.show(change.old, change.old_label, change.field)
            new = self.show(change.new, change.new_label, change.field)
        line += [("old", old), ("arrow", " → "), ("new", new)]
        arrow = self.arrow(change.direction)
        if arrow is not None and change.direction != "same":
            line.append(arrow)
        return line

    # -- items ---------------------------------------------------------------------------------
    def describe(self, entry: Entry, report_scheme: Scheme) -> str:
        if entry.kind == "goal":
            level = report_scheme.level(entry.level)
            return level.text(self.lang) if level else entry.level or ""
        return kind_label(entry.kind, report_scheme, self.lang)

    def heading(self, item: ItemDiff) -> Line:
        entry = item.new or item.old
        assert entry is not None
        scheme = self.scheme if item.new else self.diff.old.scheme
        marker = {"added": "+ ", "removed": "- "}.get(item.status, "~ ")
        role = item.status if item.status in ("added", "removed") else "changed"
        line: Line = [(role, marker)]
        if item.old is not None and item.new is not None and item.renamed:
            line += [("old", one_line(item.old.title)), ("arrow", " → "),
                     ("new", one_line(item.new.title))]
        else:
            line.append(("text", one_line(entry.title)))
        how = self.how(item)
        detail = self.describe(entry, scheme) + (f", {how}" if how else "")
        line.append(("muted", f" ({detail})"))
        return line

    def how(self, item: ItemDiff) -> str:
        if item.how == "similar" and item.score is not None:
            return f"{self.w('similar')} {format_number(round(item.score, 2), self.lang == 'sv')}"
        return {"title": self.w("by_title"), "continues": self.w("by_continues")}.get(
            item.how or "", "")

    def item_lines(self, item: ItemDiff) -> list[Line]:
        return [self.change_line(c, item.kind, self.carry_over_label(item, c.field))
                for c in item.changes if c.field != "title" or not (item.old and item.new)]

    def carry_over_label(self, item: ItemDiff, name: str) -> str | None:
        """A risk's carry-over in the report's own words ("Ingår i urvalet till IK-plan
        2024"): its `carry_over_note`, else the layout's `carry_over` sentence; None (the
        field's label, "Förs till nästa års plan") when the report has neither."""
        if item.kind != "risk" or name != "carry_over":
            return None
        for entry in (item.new, item.old):
            note = getattr(entry.item, "carry_over_note", None) if entry else None
            if note and note.strip():
                return _label(note)
        report = self.diff.new
        template = report.layout.carry_over
        if template:
            return _label(fill(template, year=str(report.meta.year + 1)))
        return None

    # -- parts ---------------------------------------------------------------------------------
    def container_title(self, entry: Entry, side: str) -> str | None:
        if entry.kind == "goal" or entry.parent is None:
            return None
        source = self.diff.matching.new if side == "new" else self.diff.matching.old
        parent = source.get(entry.parent_key)
        return one_line(parent.title) if parent else None

    def grouped(self, items: list[ItemDiff]) -> list[Group]:
        """Items under the container they now sit in (a removed item: under what its old
        container became), containers in reading order, removed items last in each."""
        m = self.diff.matching
        groups: dict[Any, Group] = {}  # by the container's key in the new report
        ordered = [d for d in items if d.new is not None] + [d for d in items if d.new is None]
        for item in ordered:
            if item.new is not None:
                entry, side = item.new, "new"
                key = entry.parent_key if entry.kind != "goal" else None
            else:
                entry, side = item.old, "old"  # type: ignore[assignment]
                parent = entry.parent_key
                mapped = m.new_of(parent) if parent else None
                if entry.kind == "goal":
                    key = None
                elif mapped is not None:
                    mapped = (parent[0], mapped)  # type: ignore[index]
                    key, entry, side = mapped, m.new[mapped], "container"
                else:
                    key = ("old",) + (entry.parent_key or ("", ""))
            if key not in groups:
                title = one_line(entry.title) if side == "container" else \
                    self.container_title(entry, side)
                groups[key] = Group(title)
            groups[key].items.append(item)
        return list(groups.values())

    def part(self, part: str) -> PartOutline:
        items = [d for d in self.diff.items if d.part == part]
        matched = [d for d in items if d.old and d.new]
        splits = {d.split for d in matched if d.split is not None}
        merges = {d.merge for d in matched if d.merge is not None}
        numbers = self.diff.summary(part)
        counts = [(self.w(key), numbers[key]) for key in
                  ("added", "removed", "renamed", "moved", "split", "merged")]
        if self.carrying and part in ("activities", "assignments"):
            counts.append((self.w("carried"), len(matched)))
        counts += [(self.w("changed"), numbers["changed"]),
                   (self.w("unchanged"), numbers["unchanged"])]
        m = self.diff.matching

        def old(kind: str, item_id: str) -> Entry:
            return m.old[entry_key(kind, item_id)]

        def new(kind: str, item_id: str) -> Entry:
            return m.new[entry_key(kind, item_id)]

        split_lines = [[("changed", "⑂ "), ("old", one_line(old(s.kind, s.old_id).title)),
                        ("arrow", f" {self.w('split_into')} "),
                        ("new", " · ".join(one_line(new(s.kind, i).title) for i in s.new_ids))]
                       for s in sorted(splits, key=lambda s: old(s.kind, s.old_id).index)]
        merge_lines = [[("changed", "⑃ "),
                        ("old", " · ".join(one_line(old(g.kind, i).title) for i in g.old_ids)),
                        ("arrow", f" {self.w('merged_into')} "),
                        ("new", one_line(new(g.kind, g.new_id).title))]
                       for g in sorted(merges, key=lambda g: new(g.kind, g.new_id).index)]
        shown = [d for d in items if d.status != "unchanged"]
        return PartOutline(part, part_label(part, self.scheme, self.lang), counts,
                           split_lines, merge_lines, self.grouped(shown))

    def parts(self, only: set[str] | None) -> list[PartOutline]:
        present = {d.part for d in self.diff.items}
        return [self.part(p) for p in PARTS if p != "report" and p in present
                and (only is None or p in only)]

    def meta_lines(self) -> list[Line]:
        return [self.change_line(c) for c in self.diff.meta]

    def trend_lines(self, all_: bool) -> list[Line]:
        out: list[Line] = []
        trend = self.scheme.scale("trend")
        for s in self.diff.trends:
            if s.agrees and not all_:
                continue
            goal = self.diff.new.goals[s.goal_id]
            line: Line = [("text", one_line(goal.title)), ("muted", ": ")]
            arrow = self.arrow(s.direction)
            line.append(("new", f"{trend.symbol(s.suggested)} {trend.label(s.suggested, self.lang)}"
                         if s.suggested else self.w("none")))
            if arrow:
                line.append(("muted", f" ({self.w('from')} {self.scale_label(s)})"))
            now = trend.label(s.current, self.lang)
            line.append(("muted", f"; {self.w('trend_now')}: {now}"
                         + (f" ({self.w('trend_agrees')})" if s.agrees else "")))
            out.append(line)
        return out

    def scale_label(self, s: Any) -> str:
        old_goal = self.diff.old.goals[s.old_id]
        new_goal = self.diff.new.goals[s.goal_id]
        olevel = self.diff.old.scheme.level(old_goal.level)
        nlevel = self.scheme.level(new_goal.level)
        oscale = self.diff.old.scheme.scale(olevel.assessment)  # type: ignore[union-attr, arg-type]
        nscale = self.scheme.scale(nlevel.assessment)  # type: ignore[union-attr, arg-type]
        return (f"{oscale.label(s.old_assessment, self.lang)} → "
                f"{nscale.label(s.new_assessment, self.lang)}")

    def note_lines(self) -> list[Line]:
        out: list[Line] = []
        for note in self.diff.matching.notes:
            entry = self.diff.matching.new[note.new_key]
            if note.problem == "kind":
                kind = kind_label(note.old_kind or "", self.diff.old.scheme, self.lang)
                text = self.v.say("diff.note_kind", id=note.old_id, kind=kind.lower())
            else:
                text = self.v.say("diff.note_missing", id=note.old_id)
            out.append([("text", one_line(entry.title)),
                        ("muted", f" [{one_line(note.new_id)}]: {text}")])
        return out


def condensed(segments: list[tuple[str, str]], context: int = CONTEXT) -> list[tuple[str, str]]:
    """A word diff with long unchanged stretches cut to `context` words beside each change."""
    out: list[tuple[str, str]] = []
    last = len(segments) - 1
    for i, (op, text) in enumerate(segments):
        words = text.strip(" ").split(" ")
        if op == EQUAL and last > 0:
            lead = " " if text.startswith(" ") else ""
            trail = " " if text.endswith(" ") else ""
            if i == 0 and len(words) > context:
                text = "… " + " ".join(words[-context:]) + trail
            elif i == last and len(words) > context:
                text = lead + " ".join(words[:context]) + " …"
            elif 0 < i < last and len(words) > 2 * context:
                text = (lead + " ".join(words[:context]) + " … " + " ".join(words[-context:])
                        + trail)
        out.append((op, text))
    return out


def _label(sentence: str) -> str:
    """A sentence as a label before ": ja → nej": one line, capitalised, no full stop."""
    text = one_line(sentence.strip().rstrip("."))
    return text[:1].upper() + text[1:]
