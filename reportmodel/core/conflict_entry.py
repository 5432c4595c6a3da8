"""One merge conflict as the report holds it (see conflicts.py for reading, writing and resolving).

Apart from conflicts.py so that the model can hold a list of them without importing the code that
resolves them, which itself needs the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportmodel.core.vocabulary import FieldWord, Phrase

ITEM = "item"  # the field name of an item-level conflict (deleted on one side, edited on the other)
SIDES = ("ours", "theirs")
OURS, THEIRS = SIDES


@dataclass(frozen=True)
class Conflict:
    path: tuple[str, ...]  # the item's key path: ("goals", "g", "activities", "a"); ("report",)
    field: str  # a field name, dotted for nested values ("years.2023.outcome"), or ITEM
    base: Any = None  # TOML data of each side; None: unset (or absent) on that side
    ours: Any = None
    theirs: Any = None
    deleted_by: str | None = None  # for ITEM: the side that deleted the item ("ours"/"theirs")

    @property
    def key(self) -> tuple[str, str]:
        return ".".join(self.path), self.field

    @property
    def item_id(self) -> str:
        return self.path[-1] if self.path else ""

    def describe(self) -> Phrase:
        """What is in conflict, said in the reader's language (a str: the English wording)."""
        where = ".".join(self.path)
        if self.field == ITEM:
            side = "ours" if self.deleted_by == OURS else "theirs"
            return Phrase(f"edit.conflict.deleted_by_{side}", where=where)
        return Phrase("edit.conflict.changed" if where else "edit.conflict.changed_file",
                      where=where, field=FieldWord(self.field))
