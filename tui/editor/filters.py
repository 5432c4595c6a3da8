"""What the outline can be narrowed to: items needing attention, goals not fully achieved,
control points with remarks, one person's items, search matches.

Filters are predicates on reportmodel.tree Nodes; the outline keeps the rows above a match so a
match is always seen in its place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from reportmodel.core.progress import attention
from reportmodel.core.swedish import sort_key
from reportmodel.core.tree import Node, walk

from tui.common.look import Look

Predicate = Callable[[Node], bool]


@dataclass(frozen=True)
class Filter:
    key: str  # attention, not_fulfilled, remarks, responsible, search
    label: str  # as shown to the officer
    keep: Predicate


def needs_attention(look: Look) -> Predicate:
    report, scheme = look.report, look.scheme
    return lambda node: bool(attention(report, node.kind, node.item, scheme,
                                                outcomes=True))


def below_best(look: Look, kind: str, field: str) -> Predicate:
    """Items of `kind` whose `field` is set to a value below the best of its scale: Delvis and Ej
    uppfyllt for goals, Med anmärkning and Ej genomförd for control points."""

    def keep(node: Node) -> bool:
        if node.kind != kind:
            return False
        primary = look.primary(node)
        scale = look.scale_for(node, field)
        if primary is None or scale is None or not scale.values:
            return False
        value = scale.get(getattr(node.item, field))
        return value is not None and value.order < max(v.order for v in scale.values)

    return keep


def responsible(name: str) -> Predicate:
    wanted = name.casefold()
    return lambda node: (getattr(node.item, "responsible", None) or "").casefold() == wanted


def responsible_names(look: Look) -> list[tuple[str, int]]:
    """Every responsible named in the report with how many items are theirs, Swedish order."""
    counts: Counter[str] = Counter()
    for node in walk(look.report):
        name = getattr(node.item, "responsible", None)
        if name and name.strip():
            counts[name.strip()] += 1
    return sorted(counts.items(), key=lambda kv: sort_key(kv[0]))


def search(query: str) -> Predicate:
    """Every word of the query in the title, comments or responsible (any case)."""
    words = query.casefold().split()

    def keep(node: Node) -> bool:
        item = node.item
        haystack = " ".join(filter(None, (
            item.title, getattr(item, "comment", None), getattr(item, "previous_comment", None),
            getattr(item, "responsible", None), getattr(item, "result", None),
            getattr(item, "action", None), " ".join(getattr(item, "responsible_bodies", []) or []),
        ))).casefold()
        return all(word in haystack for word in words)

    return keep


def standard(look: Look) -> list[Filter]:
    w = look.words
    return [
        Filter("attention", w("filter.attention"), needs_attention(look)),
        Filter("not_fulfilled", w("filter.not_fulfilled"), below_best(look, "goal", "assessment")),
        Filter("remarks", w("filter.remarks"), below_best(look, "control", "assessment")),
    ]


def by_responsible(look: Look, name: str) -> Filter:
    return Filter("responsible", look.words("filter.responsible_named", name=name), responsible(name))


def risk_cell(probability: int, consequence: int) -> Predicate:
    return lambda node: (node.kind == "risk" and node.item.probability == probability
                         and node.item.consequence == consequence)


def by_risk_cell(look: Look, probability: int, consequence: int) -> Filter:
    """The risks of one cell of the risk matrix (the overview's heat map)."""
    return Filter("risk_cell", look.words("filter.risk_cell", p=probability, c=consequence),
                  risk_cell(probability, consequence))


def by_search(look: Look, query: str) -> Filter:
    return Filter("search", look.words("filter.search", query=query), search(query))
