"""How far the year-end work has come, and which items still need the officer.

An item needs attention when a year-end field the officer must fill is unset (a goal on an assessed
level without an assessment, an activity or assignment without a status, a control point or a
contractor row not assessed), or when the value set requires a comment and there is none (Delvis
uppfyllt without a word of explanation). The editor's progress line, its `n`/`N` jumps and its
"needs attention" filter all ask this module, so they never disagree.

Counts follow the scheme: a report whose levels are Perspektiv > Processområde counts process
areas, not nämndsmål.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportmodel.core import model as m
from reportmodel.core.fields import COMMENT_RULE, PRIMARY, comment_fields, scale_of
from reportmodel.core.scheme import Scheme
from reportmodel.core.tree import Node, walk

UNASSESSED = "unassessed"  # a goal, control point or contractor row without its assessment
NO_STATUS = "no_status"  # an activity or assignment without a status
COMMENT_MISSING = "comment_missing"  # a scale value that requires a comment, without one


@dataclass
class Count:
    done: int = 0
    total: int = 0


@dataclass
class Progress:
    # level key -> assessed / total goals on that level, for every level that is assessed
    levels: dict[str, Count] = field(default_factory=dict)
    activities: Count = field(default_factory=Count)  # with a status
    assignments: Count = field(default_factory=Count)  # with a status
    controls: Count = field(default_factory=Count)  # assessed
    contractor_rows: Count = field(default_factory=Count)  # assessed
    comments_missing: int = 0
    attention: int = 0  # items needing attention, of any reason

    @property
    def complete(self) -> bool:
        return self.attention == 0


def _has_text(*texts: str | None) -> bool:
    return any(t and t.strip() for t in texts)


def attention(report: m.Report, kind: str, item: Any, scheme: Scheme | None = None) -> list[str]:
    """Why this item needs the officer (empty: it does not). `kind` is a reportmodel.tree kind.
    Pass the resolved `scheme` when asking about many items: resolving it is not free."""
    scheme = scheme or report.scheme
    reasons: list[str] = []
    primary = PRIMARY.get(kind)
    if primary is None:
        return reasons
    scale = scale_of(scheme, kind, item, primary)
    if scale is None:
        return reasons  # a goal on a level that is only a heading
    if getattr(item, primary) is None:
        reasons.append(NO_STATUS if primary == "status" else UNASSESSED)
    needs = any(_requires_comment(scheme, kind, item, name) for name in COMMENT_RULE[kind])
    if needs and not _has_text(*(getattr(item, name) for name in comment_fields(kind))):
        reasons.append(COMMENT_MISSING)
    return reasons


def _requires_comment(scheme: Scheme, kind: str, item: Any, name: str) -> bool:
    scale = scale_of(scheme, kind, item, name)
    return scale is not None and scale.requires_comment(getattr(item, name))


def node_attention(report: m.Report, node: Node, scheme: Scheme | None = None) -> list[str]:
    return attention(report, node.kind, node.item, scheme)


def compute(report: m.Report) -> Progress:
    scheme = report.scheme
    progress = empty(scheme)
    for node in walk(report):
        count_item(progress, report, node.kind, node.item, scheme)
    return progress


def empty(scheme: Scheme) -> Progress:
    progress = Progress()
    for level in scheme.levels:
        if level.assessment:
            progress.levels[level.key] = Count()
    return progress


def count_item(progress: Progress, report: m.Report, kind: str, item: Any, scheme: Scheme,
               sign: int = 1) -> None:
    """Add one item's share to `progress` (sign -1 takes it away again).

    An edit changes one item, so the editor keeps its progress current by taking the item's
    share away before the change and adding it back after, instead of walking the whole report
    on every key press; compute() is the same sum over every item.
    """
    count: Count | None = None
    primary = PRIMARY.get(kind)
    done = primary is not None and getattr(item, primary) is not None
    if kind == "goal":
        count = progress.levels.get(item.level)
    elif kind in ("activity", "assignment"):
        count = progress.activities if kind == "activity" else progress.assignments
    elif kind == "control":
        count = progress.controls
    elif kind == "contractor_row":
        count = progress.contractor_rows
    if count is not None:
        count.total += sign
        count.done += sign * done
    reasons = attention(report, kind, item, scheme)
    if reasons:
        progress.attention += sign
        progress.comments_missing += sign * (COMMENT_MISSING in reasons)
