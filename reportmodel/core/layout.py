"""How a report is laid out as a document: data of the report (`[layout]`), not code.

Kalmar prints its goals under "Fokusområde – …" headings, one indicator table per goal, the
legend last; a process-oriented report puts the legend near the front and its commitments after
an area's goals; a numbered-goals report prints each board goal as a one-row table and one
indicator table per council goal. A report names a preset and overrides what differs; `resolve`
gives the full `Layout` the document builder follows. Every key is described in docs/format.md.

Each field's metadata says how it is read and written (io/codec_read.py), like the model's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from reportmodel.core.scheme import SCALE_NAMES


def f(kind: str, *, of: type | None = None, choices: tuple[str, ...] = ()) -> Any:
    return field(default=None, metadata={"kind": kind, "required": False, "scale": None,
                                         "of": of, "choices": choices})


# Parts of a document; "section:<id>" places one narrative section (with its sub-sections).
PART_NAMES = ("title", "memo", "toc", "summary", "overview", "sections", "legend", "goals",
              "internal-control", "contractors")
MEMO_NAMES = ("decision", "signatures", "attachments")
GOAL_STYLES = ("heading", "table")
LEAF_STYLES = ("table", "blocks")
INDICATOR_TABLES = ("per-goal", "per-parent")
YEAR_ORDERS = ("newest-first", "oldest-first")
INDICATOR_COLUMNS = ("by-year", "target", "outcome")
# A legend row's words: "Label (wording)" or, where `legend_meanings` words the value, the wording.
LEGEND_WORDINGS = ("label", "meaning")
RISK_STYLES = ("heading", "group-row")
CONTROL_COLUMNS = ("title", "responsible", "frequency", "method", "status", "assessment",
                   "result", "action", "comment")
GOAL_COLUMNS = ("title", "responsible", "agenda2030", "assessment", "trend")
# Columns of a level's activity and assignment tables that its `column_titles` may also name
# ("completion" = "Färdiggrad"); the goal row's own columns keep their keys.
LEAF_COLUMNS = ("status", "completion", "start", "end")
# The columns a level's `column_titles` can name: its one-row goal table's and its leaf tables'.
LEVEL_TITLE_ROLES = GOAL_COLUMNS + LEAF_COLUMNS
# A contract area's table (`[contractors.<id>.columns]`), by role.
CONTRACTOR_COLUMNS = ("contract", "title", "description", "fulfilment", "deficiencies", "effect",
                      "actions", "comment")
# What `legend_scales` may name besides the scales: the scheme's completion steps.
LEGEND_EXTRA = ("completion",)


@dataclass
class LevelLayout:
    """How the goals of one level of the scheme are printed (`[layout.levels.<level key>]`)."""

    style: str | None = f("str", choices=GOAL_STYLES)
    heading: str | None = f("str")
    columns: list[str] | None = f("str_list")
    column_titles: dict[str, str] | None = f("str_map")
    indicator_tables: str | None = f("str", choices=INDICATOR_TABLES)
    indicator_line: str | None = f("str")
    goals_heading: str | None = f("str")
    assignments_heading: str | None = f("str")
    assignments: str | None = f("str", choices=LEAF_STYLES)
    comment_label: str | None = f("str")


@dataclass
class Layout:
    """`[layout]`: None everywhere means "as the preset says"."""

    preset: str | None = f("str")
    parts: list[str] | None = f("str_list")
    titles: dict[str, str] | None = f("str_map")
    appendices: list[str] | None = f("str_list")
    memo: list[str] | None = f("str_list")
    decision_numbered: bool | None = f("bool")
    goals_intro: list[str] | None = f("str_list")
    overview_columns: list[str] | None = f("str_list")
    leaves_after_children: bool | None = f("bool")
    indicator_columns: list[str] | None = f("str_list")
    indicator_years: str | None = f("str", choices=YEAR_ORDERS)
    indicator_history: int | None = f("int")
    indicator_numbers: bool | None = f("bool")
    agenda2030: str | None = f("str")
    agenda2030_none: str | None = f("str")
    legend_scales: list[str] | None = f("str_list")
    legend_meanings: dict[str, str] | None = f("str_map")
    legend_wording: str | None = f("str", choices=LEGEND_WORDINGS)
    # false: the legend is Symbol | Betydelse, as a source legend of a symbol and its wording
    legend_used_for: bool | None = f("bool")
    risk_overview: bool | None = f("bool")
    risk_matrix: bool | None = f("bool")
    risk_style: str | None = f("str", choices=RISK_STYLES)
    control_columns: list[str] | None = f("str_list")
    control_legend: bool | None = f("bool")
    carry_over: str | None = f("str")
    # A Word template (.docx/.dotx) for `export --format docx`, relative to the report's folder.
    template: str | None = f("str")
    levels: dict[str, LevelLayout] | None = f("record_map", of=LevelLayout)


KALMAR = Layout(
    preset="kalmar",
    parts=["title", "memo", "summary", "sections", "goals", "internal-control", "contractors",
           "legend"],
    titles={},
    appendices=["goals", "internal-control", "contractors"],
    memo=["decision", "signatures", "attachments"],
    decision_numbered=False,
    goals_intro=[],
    overview_columns=["title", "assessment", "trend"],
    leaves_after_children=True,
    indicator_columns=["by-year"],
    indicator_years="newest-first",
    indicator_history=0,
    indicator_numbers=False,
    agenda2030="{number} {name}",
    agenda2030_none="",
    legend_scales=[],
    legend_meanings={},
    legend_wording="label",
    legend_used_for=True,
    risk_overview=True,
    risk_matrix=True,
    risk_style="heading",
    control_columns=[],
    control_legend=False,
    carry_over="",
    levels={},
)

PROCESS = replace(
    KALMAR, preset="process",
    parts=["title", "memo", "toc", "summary", "sections", "legend", "goals", "internal-control",
           "contractors"],
    decision_numbered=True,
    indicator_columns=["outcome", "target"],
    indicator_years="oldest-first",
    legend_scales=["process_assessment", "assignment_status", "trend"],
    risk_overview=False,
    risk_matrix=False,
    levels={
        "processomrade": LevelLayout(heading="Processområde {title}", goals_heading="4-åriga processmål",
                                     assignments_heading="1-åriga åtaganden",
                                     assignments="blocks"),
        "processmal": LevelLayout(heading="{title}"),
    },
)

NUMBERED = replace(
    KALMAR, preset="numbered",
    parts=["title", "memo", "toc", "sections", "goals", "internal-control", "contractors"],
    indicator_columns=["target", "outcome"],
    indicator_numbers=True,
    legend_scales=["goal_assessment"],
    agenda2030="Mål {number} - {name}",
    agenda2030_none="-",
    risk_overview=False,
    risk_matrix=False,
    risk_style="group-row",
    control_columns=["title", "responsible", "frequency", "method", "assessment", "result",
                     "action"],
    control_legend=True,
    levels={
        "kf-mal": LevelLayout(heading="{number}. {title}", indicator_tables="per-parent"),
        "namndsmal": LevelLayout(style="table", columns=["title", "agenda2030", "assessment"],
                                 column_titles={"title": "Nämndens mål",
                                                "agenda2030": "Koppling Agenda 2030"},
                                 indicator_line="Indikator: {titles}"),
    },
)

LAYOUT_PRESETS: dict[str, Layout] = {"kalmar": KALMAR, "process": PROCESS, "numbered": NUMBERED}


def resolve(decl: Layout | None, scheme_preset: str = "kalmar") -> Layout:
    """The declared layout over its preset (by default the one named like the scheme's preset)."""
    decl = decl or Layout()
    name = decl.preset or ("numbered" if scheme_preset == "tvaniva" else scheme_preset)
    base = LAYOUT_PRESETS.get(name, KALMAR)
    values = {fl.name: getattr(decl, fl.name) for fl in fields(Layout)
              if getattr(decl, fl.name) is not None and fl.name != "levels"}
    out = replace(base, **values)
    levels = dict(base.levels or {})
    for key, level in (decl.levels or {}).items():
        merged = levels.get(key, LevelLayout())
        over = {fl.name: getattr(level, fl.name) for fl in fields(LevelLayout)
                if getattr(level, fl.name) is not None}
        levels[key] = replace(merged, **over)
    out.levels = levels
    return out


Coded = tuple[tuple[str, ...], str, dict[str, Any]]


def layout_problems(decl: Layout, level_keys: list[str] | None = None) -> list[Coded]:
    """(key path, vocabulary code, values) for every name the layout uses that is not one:
    values outside their choices, unknown parts, memo entries, columns and levels. What needs the
    report itself (which sections exist, a section placed twice) is core/layout_check.py's."""
    out: list[Coded] = []

    def bad(path: tuple[str, ...], code: str, value: str, expected: tuple[str, ...] | list[str]
            ) -> None:
        out.append((path, code, {"value": value, "expected": ", ".join(expected)}))

    def choices(obj: Any, path: tuple[str, ...]) -> None:
        for fl in fields(obj):
            value = getattr(obj, fl.name)
            allowed = fl.metadata.get("choices")
            if allowed and value is not None and value not in allowed:
                bad(path + (fl.name,), "layout.not_choice", value, allowed)

    def names(values: list[str] | None, path: tuple[str, ...], allowed: tuple[str, ...],
              code: str, sections: bool = False) -> None:
        for i, value in enumerate(values or []):
            if value not in allowed and not (sections and value.startswith("section:")):
                bad(path + (str(i),), code, value, allowed)

    choices(decl, ("layout",))
    if decl.preset is not None and decl.preset not in LAYOUT_PRESETS:
        bad(("layout", "preset"), "layout.not_preset", decl.preset, tuple(LAYOUT_PRESETS))
    names(decl.parts, ("layout", "parts"), PART_NAMES, "layout.not_part", sections=True)
    for key in decl.titles or {}:
        if key not in PART_NAMES and not key.startswith("section:"):
            bad(("layout", "titles", key), "layout.not_part", key, PART_NAMES)
    names(decl.appendices, ("layout", "appendices"), PART_NAMES, "layout.not_part",
          sections=True)
    names(decl.goals_intro, ("layout", "goals_intro"), ("legend",), "layout.not_intro",
          sections=True)
    names(decl.overview_columns, ("layout", "overview_columns"), GOAL_COLUMNS,
          "layout.not_column")
    names(decl.memo, ("layout", "memo"), MEMO_NAMES, "layout.not_memo_entry", sections=True)
    names(decl.indicator_columns, ("layout", "indicator_columns"), INDICATOR_COLUMNS,
          "layout.not_column")
    names(decl.control_columns, ("layout", "control_columns"), CONTROL_COLUMNS,
          "layout.not_column")
    legend_names = SCALE_NAMES + LEGEND_EXTRA
    names(decl.legend_scales, ("layout", "legend_scales"), legend_names, "layout.not_scale")
    for key, level in (decl.levels or {}).items():
        path = ("layout", "levels", key)
        if level_keys is not None and key not in level_keys:
            bad(path, "layout.not_level", key, level_keys)
        choices(level, path)
        names(level.columns, path + ("columns",), GOAL_COLUMNS, "layout.not_column")
        for role in level.column_titles or {}:
            if role not in LEVEL_TITLE_ROLES:
                bad(path + ("column_titles", role), "layout.not_column", role, LEVEL_TITLE_ROLES)
    return out
