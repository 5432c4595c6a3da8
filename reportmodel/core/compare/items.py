"""A report as a flat list of comparable entries: every item with its kind, parent and part.

Matching and change detection work on these. An id is unique within its id space (core/tree.py:
each container collection, and the leaf items together), so an entry is named by its key, (id
space, id): a process "ekonomi" and a goal "ekonomi" are two entries. `part` is what `yearend
diff --only` selects.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.tree import Key, id_space, walk
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
    # (id space, id) of the item and of its parent, made once: matching looks them up often.
    key: Key = field(default=("", ""), repr=False)
    parent_key: Key | None = field(default=None, repr=False)
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


def key(kind: str, item_id: str) -> Key:
    """The key of the item of `kind` with this id."""
    return (id_space(kind), item_id)


def entries(report: m.Report) -> dict[Key, Entry]:
    """Every item of the report by key, in reading order."""
    out: dict[Key, Entry] = {}
    for i, node in enumerate(walk(report)):
        kind = node.kind
        parent = node.parent_id
        if kind == "goal":
            parent_kind = "goal" if parent else None
        elif kind == "section":
            parent_kind = "section" if parent else None
        elif kind == "risk":
            parent_kind = "process" if parent else None
        else:  # a leaf: its container, named by the first key of its path
            parent_kind = _CONTAINER_OF.get(node.path[0]) if parent else None
        part = KIND_PART[kind]
        if kind == "activity" and parent_kind == "risk":
            part = "internal-control"  # a risk's follow-up activity belongs to internal control
        level = node.item.level if kind == "goal" else None
        key = (id_space(kind), node.id)
        # The parent's id is read in the id space of its kind.
        parent_key = (id_space(parent_kind), parent) if parent and parent_kind else None
        out[key] = Entry(kind, node.id, node.item, parent, parent_kind, level, part, i,
                         key=key, parent_key=parent_key)
    return out


_CONTAINER_OF = {"goals": "goal", "risks": "risk", "processes": "process",
                 "contractors": "contractor"}

