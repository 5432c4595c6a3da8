"""A report as a flat list of comparable entries: every item with its kind, parent and part.

Matching and change detection work on these; ids are unique in a whole report, so an id alone
names an entry. `part` is what `yearend diff --only` selects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.tree import walk
from reportmodel.core.compare.textnorm import normalise, stems, trigrams

# --only parts, in the order the summary prints them.
PARTS = ("report", "sections", "goals", "indicators", "activities", "assignments",
         "internal-control", "contractors")

KIND_PART = {
    "section": "sections",
    "goal": "goals",
    "indicator": "indicators",
    "activity": "activities",
    "assignment": "assignments",
    "process": "internal-control",
    "risk": "internal-control",
    "control": "internal-control",
    "contractor": "contractors",
    "contractor_row": "contractors",
}

# Containers are matched before the items inside them, so "same parent" can be used.
KIND_ORDER = ("section", "goal", "process", "contractor", "risk", "indicator", "activity",
              "assignment", "control", "contractor_row")


@dataclass(eq=False, slots=True)
class Entry:
    kind: str
    id: str
    item: Any
    parent: str | None  # a goal's parent goal, a leaf's container, a risk's process
    parent_kind: str | None
    level: str | None  # goals only
    part: str
    index: int  # reading order in its report
    _norm: str | None = field(default=None, repr=False)
    _tri: frozenset[str] | None = field(default=None, repr=False)
    _dtri: frozenset[str] | None = field(default=None, repr=False)

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def norm(self) -> str:
        if self._norm is None:
            self._norm = normalise(self.item.title)
        return self._norm

    @property
    def title_grams(self) -> frozenset[str]:
        if self._tri is None:
            self._tri = trigrams(self.norm)
        return self._tri

    @property
    def description_grams(self) -> frozenset[str]:
        if self._dtri is None:
            text = getattr(self.item, "description", None) or getattr(self.item, "text", None)
            # The first sentences say what an item is; the rest is detail.
            self._dtri = trigrams(normalise(text[:250])) if text else frozenset()
        return self._dtri

    @property
    def stems(self) -> set[str]:
        return stems(self.norm)


def entries(report: m.Report) -> dict[str, Entry]:
    """Every item of the report by id, in reading order."""
    out: dict[str, Entry] = {}
    kinds: dict[str, str] = {}
    for i, node in enumerate(walk(report)):
        kind = node.kind
        parent = node.parent_id
        if kind == "goal":
            parent_kind = "goal" if parent else None
        elif kind == "section":
            parent_kind = "section" if parent else None
        else:
            parent_kind = kinds.get(parent) if parent else None
        part = KIND_PART[kind]
        if kind == "activity" and parent_kind == "risk":
            part = "internal-control"  # a risk's follow-up activity belongs to internal control
        level = node.item.level if kind == "goal" else None
        kinds[node.id] = kind
        out[node.id] = Entry(kind, node.id, node.item, parent, parent_kind, level, part, i)
    return out
