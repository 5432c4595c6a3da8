"""Who has what left: the items that need attention (progress.py), grouped by responsible person.

An item's responsible is its own `responsible`, else that of the nearest item above it that names
one (an indicator answers to its goal's responsible, a control point to its risk's, a nämndsmål
without a name to its long-term goal's). `yearend todo` prints this and the editor's filter per
responsible uses the same lists, so the reminder e-mail and the editor count alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportmodel.core import model as m
from reportmodel.core.progress import Count, attention
from reportmodel.core.swedish import sort_key
from reportmodel.core.tree import Node, walk

NOBODY = ""  # the key of items no one is responsible for
# Kinds whose items are filled in at year end (the ones progress counts).
COUNTED = frozenset({"goal", "activity", "assignment", "control", "contractor_row", "indicator"})


@dataclass(frozen=True)
class OpenItem:
    path: tuple[str, ...]
    kind: str
    id: str
    title: str
    responsible: str  # NOBODY when no one is named
    reasons: tuple[str, ...]  # progress.py reasons: unassessed, no_status, comment_missing, ...
    under: str | None = None  # the title of the goal, risk or area it belongs to


@dataclass
class Person:
    name: str  # NOBODY for items no one is responsible for
    count: Count = field(default_factory=Count)  # done / total of the items they answer for
    open: list[OpenItem] = field(default_factory=list)  # in the order the report reads


def _goal_responsible(report: m.Report, goal_id: str, memo: dict[str, str]) -> str:
    if goal_id in memo:
        return memo[goal_id]
    chain: list[str] = []
    seen: set[str] = set()
    current = report.goals.get(goal_id)
    name = NOBODY
    while current is not None and current.id not in seen:
        if current.id in memo:
            name = memo[current.id]
            break
        seen.add(current.id)
        chain.append(current.id)
        if current.responsible and current.responsible.strip():
            name = current.responsible.strip()
            break
        current = report.goals.get(current.parent) if current.parent else None
    for gid in chain:
        memo[gid] = name
    return name


def responsible_of(report: m.Report, node: Node, memo: dict[str, str] | None = None) -> str:
    """The person answering for the item at `node` (NOBODY when no one is named)."""
    memo = {} if memo is None else memo
    own = getattr(node.item, "responsible", None)
    if own and own.strip():
        return own.strip()
    if node.kind == "goal":
        return _goal_responsible(report, node.id, memo)
    if node.path[0] == "goals":
        return _goal_responsible(report, node.path[1], memo)
    if node.path[0] == "risks":
        risk = report.risks.get(node.path[1])
        if risk is not None and risk.responsible and risk.responsible.strip():
            return risk.responsible.strip()
    return NOBODY


def people(report: m.Report) -> list[Person]:
    """Everyone answering for an item, in Swedish alphabetical order (no one last), with their
    counts and open items."""
    scheme = report.scheme
    memo: dict[str, str] = {}
    found: dict[str, Person] = {}
    for node in walk(report):
        if node.kind not in COUNTED:
            continue
        if node.kind == "goal":
            level = scheme.level(node.item.level)
            if level is None or not level.assessment:
                continue  # headings of the hierarchy are not filled in
        name = responsible_of(report, node, memo)
        person = found.get(name)
        if person is None:
            person = found[name] = Person(name)
        reasons = attention(report, node.kind, node.item, scheme, outcomes=True)
        person.count.total += 1
        person.count.done += not reasons
        if reasons:
            under = None
            if node.parent_id:
                parent = (report.goals.get(node.parent_id) or report.risks.get(node.parent_id)
                          or report.processes.get(node.parent_id)
                          or report.contractors.get(node.parent_id))
                under = parent.title if parent is not None else None
            person.open.append(OpenItem(node.path, node.kind, node.id, node.item.title, name,
                                        tuple(reasons), under))
    return sorted(found.values(), key=lambda p: (p.name == NOBODY, sort_key(p.name)))


def person(report: m.Report, name: str) -> Person:
    """One person's items; names match without regard to case and surrounding spaces."""
    wanted = name.strip().casefold()
    for p in people(report):
        if p.name.casefold() == wanted:
            return p
    return Person(name.strip())


def open_counts(report: m.Report) -> dict[str, int]:
    """name -> items still open: the count `yearend todo` gives and the editor's filter shows."""
    return {p.name: len(p.open) for p in people(report)}
