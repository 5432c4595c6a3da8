"""What the outline can be narrowed to: items needing attention, goals not fully achieved,
control points with remarks, one person's items, search matches.

Filters are predicates on reportmodel.tree Nodes; the outline keeps the rows above a match so a
match is always seen in its place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportmodel.core.progress import attention
from reportmodel.core.responsible import people, responsible_of
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


def responsible_people(look: Look) -> list[tuple[str, str]]:
    """(name, "Anna Emrin  (3 kvar av 12)") for everyone answering for an item, as
    `yearend todo` counts them (an item without a name answers to its goal's or risk's)."""
    w = look.words
    out = []
    for person in people(look.report):
        name = person.name or w("responsible.nobody")
        out.append((person.name, w("responsible.option", name=name, open=len(person.open),
                                   total=person.count.total)))
    return out


def open_items_of(look: Look, name: str) -> Filter:
    """What `name` still has to fill in (NOBODY: the items no one answers for); when nothing is
    left, every item they answer for."""
    report = look.report
    shown = name or look.words("responsible.nobody")
    for person in people(report):
        if person.name == name and person.open:
            paths = {item.path for item in person.open}
            return Filter("responsible", look.words("filter.responsible_open", name=shown),
                          lambda node: node.path in paths)
    memo: dict[str, str] = {}
    return Filter("responsible", look.words("filter.responsible_named", name=shown),
                  lambda node: responsible_of(report, node, memo) == name)


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


def risk_cell(probability: int, consequence: int) -> Predicate:
    return lambda node: (node.kind == "risk" and node.item.probability == probability
                         and node.item.consequence == consequence)


def by_risk_cell(look: Look, probability: int, consequence: int) -> Filter:
    """The risks of one cell of the risk matrix (the overview's heat map)."""
    return Filter("risk_cell", look.words("filter.risk_cell", p=probability, c=consequence),
                  risk_cell(probability, consequence))


def by_search(look: Look, query: str) -> Filter:
    return Filter("search", look.words("filter.search", query=query), search(query))
