"""The typed model of a board's year-end report.

Field order here is the key order in the TOML file (tomli-w keeps insertion order), so reordering
fields changes every saved file: don't, without a format version bump. Each field's metadata says
how it is read and written (codec.py): its kind, whether it is required, and for scale fields which
scale of the scheme holds its values.

Containers (sections, goals, processes, risks, contractor areas) are flat tables keyed by id that
name their parent; leaf items (indicators, activities, assignments, control points, contractor
rows) are nested under their container. Moving a goal is one changed line, and an item's id is its
table key, so ids are unique by construction within a table; a container's id is unique within
its collection only (a process and a goal may both be "ekonomi"), a leaf's among all leaf items
(checked on load: core/tree.ID_SPACES).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportmodel.core.conflict_entry import Conflict
from reportmodel.core.presets import PRESETS
from reportmodel.core.layout import Layout, resolve as resolve_layout
from reportmodel.core.scheme import Scheme, SchemeDecl
from reportmodel.core.values import IndicatorValue
from reportmodel.core.vocabulary.kinds import REPORT_KINDS as _REPORT_KINDS


def f(kind: str, default: Any = None, *, required: bool = False, scale: str | None = None,
      of: type | None = None, factory: Any = None) -> Any:
    meta = {"kind": kind, "required": required, "scale": scale, "of": of}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def _list() -> Any:
    return list


def _dict() -> Any:
    return dict


# Fields every year-end item shares, by name, so rollover and diff can treat them alike.
#   continues         the id this item continues in last year's report (diff matching)
#   previous_comment  last year's comment, kept by rollover for the officer to read
#   source_note       where the data came from, or what was lost converting it


@dataclass
class Signatory:
    id: str
    name: str = f("str", "", required=True)
    title: str | None = f("str")


@dataclass
class Meta:
    municipality: str = f("str", "", required=True)
    board: str = f("str", "", required=True)
    kind: str = f("kind", "arsrapport", required=True)
    title: str = f("str", "", required=True)
    year: int = f("year", 0, required=True)
    language: str = f("language", "sv")
    case_number: str | None = f("str")
    date: date | None = f("date")
    officer: str | None = f("str")
    # The unit that signs the memo, as printed ("KOMMUNLEDNINGSKONTORET").
    signing_unit: str | None = f("str")
    decision: list[str] = f("str_list", factory=_list())
    attachments: list[str] = f("str_list", factory=_list())
    signatories: dict[str, Signatory] = f("children", of=Signatory, factory=_dict())


# The kinds of report, key -> (Swedish, English) as written on the cover (the vocabulary's).
REPORT_KINDS = _REPORT_KINDS


@dataclass
class Section:
    id: str
    title: str = f("str", "", required=True)
    parent: str | None = f("ref")
    # Printed inside this goal (an area), between its comment and its child goals, instead of
    # among the narrative parts: the economy tables of an area "Ekonomi".
    goal: str | None = f("ref")
    text: str | None = f("text")
    source_note: str | None = f("text")


@dataclass
class IndicatorYear:
    """Target and outcome of one year, in total and optionally split by gender."""

    target: IndicatorValue | None = f("value")
    outcome: IndicatorValue | None = f("value")
    target_women: IndicatorValue | None = f("value")
    outcome_women: IndicatorValue | None = f("value")
    target_men: IndicatorValue | None = f("value")
    outcome_men: IndicatorValue | None = f("value")


@dataclass
class Indicator:
    id: str
    title: str = f("str", "", required=True)
    number: str | None = f("str")  # as printed before the title: "2.1"
    unit: str | None = f("str")
    description: str | None = f("text")
    gender_split: bool = f("bool", False)
    # Higher outcome is better unless false (sick leave, waiting times): drives diff arrows.
    higher_is_better: bool = f("bool", True)
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")
    years: dict[int, IndicatorYear] = f("years", factory=_dict())


@dataclass
class Activity:
    id: str
    title: str = f("str", "", required=True)
    description: str | None = f("text")
    responsible: str | None = f("str")
    start: date | None = f("date")
    end: date | None = f("date")
    status: str | None = f("scale", scale="activity_status")
    completion: int | None = f("percent")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")


@dataclass
class Assignment:
    """An uppdrag from the council, or an åtagande (commitment) with responsible bodies."""

    id: str
    title: str = f("str", "", required=True)
    description: str | None = f("text")
    responsible: str | None = f("str")
    responsible_bodies: list[str] = f("str_list", factory=_list())
    start: date | None = f("date")
    end: date | None = f("date")
    status: str | None = f("scale", scale="assignment_status")
    completion: int | None = f("percent")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")


@dataclass
class Goal:
    """A node of the goal hierarchy at any level: focus area, council goal, nämndsmål, process
    area. Which fields apply is decided by its level in the scheme, not by a subclass."""

    id: str
    title: str = f("str", "", required=True)
    level: str = f("level", "", required=True)
    parent: str | None = f("ref")
    number: str | None = f("str")
    description: str | None = f("text")
    responsible: str | None = f("str")
    agenda2030: list[int] = f("agenda2030", factory=_list())
    assessment: str | None = f("assessment")
    trend: str | None = f("scale", scale="trend")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")
    indicators: dict[str, Indicator] = f("children", of=Indicator, factory=_dict())
    activities: dict[str, Activity] = f("children", of=Activity, factory=_dict())
    assignments: dict[str, Assignment] = f("children", of=Assignment, factory=_dict())


@dataclass
class ControlPoint:
    id: str
    title: str = f("str", "", required=True)
    description: str | None = f("text")
    responsible: str | None = f("str")
    frequency: str | None = f("str")
    method: str | None = f("text")
    status: str | None = f("scale", scale="control_status")
    assessment: str | None = f("scale", scale="control_assessment")
    result: str | None = f("text")
    action: str | None = f("text")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")
    # Checked every year whatever the selection says: rollover always keeps it.
    recurring: bool = f("bool", False)


@dataclass
class Process:
    """A process or area of the internal-control plan; risks name it as their `process`."""

    id: str
    title: str = f("str", "", required=True)
    group: str | None = f("str")
    description: str | None = f("text")
    subprocesses: list[str] = f("str_list", factory=_list())
    comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")
    # A flat control table (what is checked, by whom, how) hangs its controls on the area itself.
    controls: dict[str, ControlPoint] = f("children", of=ControlPoint, factory=_dict())


@dataclass
class Risk:
    id: str
    title: str = f("str", "", required=True)
    process: str | None = f("ref")
    description: str | None = f("text")
    category: str | None = f("scale", scale="risk_category")
    responsible: str | None = f("str")
    probability: int | None = f("matrix")
    consequence: int | None = f("matrix")
    # Stored as printed; validation checks it equals probability x consequence.
    value: int | None = f("int")
    scope_note: str | None = f("text")
    carry_over: bool = f("bool", False)
    # What the report says about the carry-over, e.g. "Ingår i urvalet till IK-plan 2024".
    carry_over_note: str | None = f("str")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    continues: str | None = f("str")
    source_note: str | None = f("text")
    controls: dict[str, ControlPoint] = f("children", of=ControlPoint, factory=_dict())
    activities: dict[str, Activity] = f("children", of=Activity, factory=_dict())


@dataclass
class ContractorRow:
    id: str
    title: str = f("str", "", required=True)
    description: str | None = f("text")
    contract: str | None = f("str")  # "berört avtal"; the area's when unset
    fulfilment: str | None = f("scale", scale="contractor_fulfilment")
    fulfilment_note: str | None = f("text")
    deficiencies: str | None = f("text")
    effect: str | None = f("text")
    actions: str | None = f("text")
    comment: str | None = f("text")
    previous_comment: str | None = f("text")  # last year's findings, kept by rollover
    source_note: str | None = f("text")


@dataclass
class ContractorArea:
    id: str
    title: str = f("str", "", required=True)
    description: str | None = f("text")
    contract: str | None = f("str")  # "berört avtal"
    # The table's columns in order, by role, with the report's own headers: contract, title,
    # fulfilment, deficiencies, effect, actions, comment.
    columns: dict[str, str] = f("str_map", factory=_dict())
    comment: str | None = f("text")
    previous_comment: str | None = f("text")
    source_note: str | None = f("text")
    rows: dict[str, ContractorRow] = f("children", of=ContractorRow, factory=_dict())


@dataclass
class Report:
    meta: Meta = field(default_factory=Meta)
    scheme_decl: SchemeDecl = field(default_factory=SchemeDecl)
    sections: dict[str, Section] = field(default_factory=dict)
    goals: dict[str, Goal] = field(default_factory=dict)
    processes: dict[str, Process] = field(default_factory=dict)
    risks: dict[str, Risk] = field(default_factory=dict)
    contractors: dict[str, ContractorArea] = field(default_factory=dict)
    # Unresolved merge conflicts, the file's [conflicts] table (conflicts.py); empty normally.
    conflicts: list[Conflict] = field(default_factory=list)
    layout_decl: Layout = field(default_factory=Layout)
    # Chunk key -> (the item's TOML data, its text or None) last proven to round-trip: read from
    # disk, or verified by a save. Lets a save skip re-verifying what did not change. Not part of
    # the report's value (compare=False); see storage.save_report.
    verified: dict[tuple[str, ...], tuple[dict[str, Any], str | None]] = field(
        default_factory=dict, compare=False, repr=False)

    @property
    def layout(self) -> Layout:
        """The declared layout over its preset (core/layout.py)."""
        return resolve_layout(self.layout_decl, self.scheme_decl.preset)

    @property
    def scheme(self) -> Scheme:
        # Resolved on demand: the declaration is the truth, and it is small.
        return self.scheme_decl.resolve(PRESETS)
