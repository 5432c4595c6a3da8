"""A report's vocabulary: goal levels and scales are data of the report, not code.

Kalmar assesses nämndsmål Helt / Delvis / Ej uppfyllt; another municipality uses Uppfyllt / Ej
uppfyllt, or assesses process areas with a trend arrow. A report names a preset (presets.py) and
may replace any level list or scale with its own declaration; `Scheme` is the resolved result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportmodel.core.vocabulary.kinds import KINDS

# Every scale a report can declare. The names are part of the file format (docs/format.md).
SCALE_NAMES = (
    "goal_assessment",
    "process_assessment",
    "trend",
    "activity_status",
    "assignment_status",
    "control_status",
    "control_assessment",
    "contractor_fulfilment",
    "risk_category",
)

# Which scale each assessable field of an item uses; validation and the editor look it up here.
FIELD_SCALES = {
    ("activity", "status"): "activity_status",
    ("assignment", "status"): "assignment_status",
    ("control", "status"): "control_status",
    ("control", "assessment"): "control_assessment",
    ("risk", "category"): "risk_category",
    ("contractor_row", "fulfilment"): "contractor_fulfilment",
    ("goal", "trend"): "trend",
}


TERM_KINDS = ("activity", "assignment", "indicator", "process", "risk", "control", "contractor")
# The default words live in the vocabulary; a report's `terms` override them.
DEFAULT_TERMS: dict[str, tuple[str, str]] = {kind: KINDS[kind][:2] for kind in TERM_KINDS}


@dataclass(frozen=True)
class ScaleValue:
    key: str
    label: str
    label_en: str = ""
    symbol: str = ""
    colour: str = ""
    # Higher is better (or further along): the diff's better/worse arrow compares these.
    order: int = 0
    comment_required: bool = False
    # The keys the file wrote, so saving writes back those and nothing it did not declare.
    declared: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def text(self, lang: str = "sv") -> str:
        return (self.label_en or self.label) if lang == "en" else self.label


@dataclass(frozen=True)
class Scale:
    name: str
    values: tuple[ScaleValue, ...]
    # Unset is a state of its own, never a silent default: it has its own words and symbol.
    unset_label: str = "Ej utvärderad"
    unset_label_en: str = "Not assessed"
    unset_symbol: str = "○"
    declared: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def get(self, key: str | None) -> ScaleValue | None:
        if key is None:
            return None
        for value in self.values:
            if value.key == key:
                return value
        return None

    def keys(self) -> list[str]:
        return [v.key for v in self.values]

    def label(self, key: str | None, lang: str = "sv") -> str:
        value = self.get(key)
        if value is None:
            return self.unset_label_en if lang == "en" else self.unset_label
        return value.text(lang)

    def symbol(self, key: str | None) -> str:
        value = self.get(key)
        return self.unset_symbol if value is None else value.symbol

    def requires_comment(self, key: str | None) -> bool:
        value = self.get(key)
        return bool(value and value.comment_required)


@dataclass(frozen=True)
class Level:
    key: str
    label: str
    label_en: str = ""
    # Name of the scale its goals are assessed on; None for levels that only group (focus areas).
    assessment: str | None = None
    trend: bool = False

    def text(self, lang: str = "sv") -> str:
        return (self.label_en or self.label) if lang == "en" else self.label


@dataclass(frozen=True)
class Scheme:
    preset: str
    levels: tuple[Level, ...]
    scales: dict[str, Scale]
    completion_steps: tuple[int, ...] = ()  # empty: any whole percentage 0-100
    risk_matrix_size: int = 4
    risk_control_threshold: int = 8
    # What the report calls its kinds of item: Kalmar's "Uppdrag" is another's "Åtagande".
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)

    def term(self, kind: str, lang: str = "sv") -> str:
        sv, en = self.terms.get(kind, DEFAULT_TERMS.get(kind, (kind, kind)))
        return en if lang == "en" else sv

    def level(self, key: str | None) -> Level | None:
        for level in self.levels:
            if level.key == key:
                return level
        return None

    def level_index(self, key: str | None) -> int:
        for i, level in enumerate(self.levels):
            if level.key == key:
                return i
        return -1

    def scale(self, name: str) -> Scale:
        return self.scales[name]


@dataclass
class SchemeDecl:
    """What the file says about its scheme: a preset plus whatever it declares itself.

    Saving writes this back as it was declared, so a file that only says `preset = "kalmar"`
    stays that short.
    """

    preset: str = "kalmar"
    levels: list[Level] | None = None
    scales: dict[str, Scale] = field(default_factory=dict)
    completion_steps: list[int] | None = None
    risk_matrix_size: int | None = None
    risk_control_threshold: int | None = None
    terms: dict[str, tuple[str, str]] = field(default_factory=dict)

    def resolve(self, presets: dict[str, Scheme]) -> Scheme:
        # The presets are passed in: presets.py builds Schemes, so importing it here is a cycle.
        base = presets[self.preset] if self.preset in presets else presets["kalmar"]
        scales = dict(base.scales)
        scales.update(self.scales)
        return Scheme(
            preset=self.preset,
            levels=tuple(self.levels) if self.levels is not None else base.levels,
            scales=scales,
            completion_steps=(
                tuple(self.completion_steps)
                if self.completion_steps is not None
                else base.completion_steps
            ),
            risk_matrix_size=self.risk_matrix_size or base.risk_matrix_size,
            risk_control_threshold=(
                self.risk_control_threshold
                if self.risk_control_threshold is not None
                else base.risk_control_threshold
            ),
            terms={**base.terms, **self.terms},
        )
