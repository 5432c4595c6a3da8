"""The rules of `yearend check`, for the items an edit touched, while the officer edits.

validate.Validator's rule methods are run on one top-level item at a time (a goal with its
indicators, activities and assignments; a risk with its control points; ...), so a key press
costs the size of that item, not of the report. The problems are exactly those validate()
gives for the item; the report-wide checks (missing parents, cycles, duplicate ids) are left
to loading, since no edit can produce them.

LiveCheck keeps every item's problems and is told which items an edit touched.
"""

from __future__ import annotations

from collections.abc import Iterable

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.edits import ItemPath
from reportmodel.core.edits import paths as edit_paths
from reportmodel.core.problems import Problem
from reportmodel.core.validate import Validator


def item_of(problem_path: str) -> ItemPath:
    """The item a problem is about: "risks.r.controls.c.assessment" -> ("risks", "r",
    "controls", "c")."""
    parts = tuple(problem_path.split("."))
    end = 2
    while end + 1 < len(parts) and parts[end] in places.ATTR_KIND:
        end += 2
    return parts[:end]


def check_top(report: m.Report, top: ItemPath, validator: Validator | None = None
              ) -> list[Problem]:
    """Every problem of one top-level item and everything nested in it."""
    v = validator or Validator(report, None)
    start = len(v.problems)
    collection, key = top
    item = getattr(report, collection).get(key)
    if item is None:
        return []
    if collection == "goals":
        v.goal(key, item)
    elif collection == "risks":
        v.risk(key, item)
    elif collection == "processes":
        for ckey, control in item.controls.items():
            v.control(top + ("controls", ckey), control)
    elif collection == "contractors":
        fulfilment = v.scheme.scale("contractor_fulfilment")
        for rkey, row in item.rows.items():
            path = top + ("rows", rkey)
            v.in_scale(fulfilment, row.fulfilment, path + ("fulfilment",))
            v.comment_needed(fulfilment, row.fulfilment, row.fulfilment_note or row.comment,
                             path + ("fulfilment",))
    return v.problems[start:]


def neighbours(report: m.Report, top: ItemPath) -> list[ItemPath]:
    """The top-level items whose problems depend on this one: a goal's parent and children
    (their level and title appear in each other's warnings)."""
    if top[0] != "goals" or top[1] not in report.goals:
        return []
    out = [("goals", k) for k in places.siblings(report, "goal", top)]
    parent = report.goals[top[1]].parent
    if parent in report.goals:
        out.append(("goals", parent))
    return out


def check_item(report: m.Report, path: ItemPath) -> list[Problem]:
    """The problems of the item at `path` itself (not of the items nested in it)."""
    path = tuple(path)
    return [p for p in check_top(report, path[:2]) if item_of(p.path) == path]


class LiveCheck:
    """Every item's problems, kept up to date edit by edit."""

    def __init__(self, report: m.Report):
        self.report = report
        self._by_top: dict[ItemPath, list[Problem]] = {}
        v = Validator(report, None)
        for collection in ("goals", "risks", "processes", "contractors"):
            for key in getattr(report, collection):
                found = check_top(report, (collection, key), v)
                if found:
                    self._by_top[(collection, key)] = found

    def touched(self, edit) -> None:
        """Recheck what an edit (or its undo) touched."""
        self.recheck(getattr(edit, "affected", None) or edit_paths(edit))

    def recheck(self, item_paths: Iterable[ItemPath]) -> None:
        tops: set[ItemPath] = set()
        for path in item_paths:
            if len(path) >= 2 and path[0] in places.COLLECTION_KIND:
                top = tuple(path[:2])
                tops.add(top)
                tops.update(neighbours(self.report, top))
        v = Validator(self.report, None)
        for top in tops:
            found = check_top(self.report, top, v)
            if found:
                self._by_top[top] = found
            else:
                self._by_top.pop(top, None)

    def problems(self, path: ItemPath) -> list[Problem]:
        """The item's own problems."""
        path = tuple(path)
        return [p for p in self._by_top.get(path[:2], []) if item_of(p.path) == path]

    def all(self) -> list[Problem]:
        return [p for found in self._by_top.values() for p in found]

    def items(self) -> set[ItemPath]:
        """The items with at least one problem: the count "needs attention" adds."""
        return {item_of(p.path) for p in self.all()}
