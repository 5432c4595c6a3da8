"""Assessments per goal level, last year beside this year (the table a report's summary prints).

Levels of the two reports are paired by level key. When the two reports assess a level on
different scales (another scheme), rows are paired by label and ordered by the value's place in
its scale, best first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportmodel.core import model as m
from reportmodel.core.scheme import Scale
from reportmodel.core.compare.changes import rank


@dataclass
class LevelRow:
    key: str | None  # the scale key (the new report's where both have it); None: unset
    label: str
    symbol: str
    colour: str
    old: int = 0
    new: int = 0


@dataclass
class LevelSummary:
    level: str
    label: str
    old_total: int
    new_total: int
    rows: list[LevelRow] = field(default_factory=list)  # empty when neither year assesses it


def _scale(report: m.Report, level_key: str) -> Scale | None:
    level = report.scheme.level(level_key)
    if level is None or not level.assessment:
        return None
    return report.scheme.scales.get(level.assessment)


def level_summary(old: m.Report, new: m.Report, lang: str) -> list[LevelSummary]:
    keys = [lv.key for lv in new.scheme.levels]
    keys += [lv.key for lv in old.scheme.levels if lv.key not in keys]
    out: list[LevelSummary] = []
    for key in keys:
        level = new.scheme.level(key) or old.scheme.level(key)
        olds = [g for g in old.goals.values() if g.level == key]
        news = [g for g in new.goals.values() if g.level == key]
        summary = LevelSummary(key, level.text(lang) if level else key, len(olds), len(news))
        oscale, nscale = _scale(old, key), _scale(new, key)
        if oscale is not None or nscale is not None:
            summary.rows = _rows(oscale, nscale, olds, news, lang)
        out.append(summary)
    return out


def _rows(oscale: Scale | None, nscale: Scale | None, olds: list[m.Goal], news: list[m.Goal],
          lang: str) -> list[LevelRow]:
    rows: dict[str, LevelRow] = {}
    ranks: dict[str, float] = {}
    for scale in (nscale, oscale):
        if scale is None:
            continue
        for value in scale.values:
            label = value.text(lang)
            if label.casefold() not in rows:
                rows[label.casefold()] = LevelRow(value.key, label, value.symbol, value.colour)
                ranks[label.casefold()] = rank(scale, value.key) or 0.0
    unset_scale = nscale or oscale
    assert unset_scale is not None
    unset = LevelRow(None, unset_scale.label(None, lang), unset_scale.unset_symbol, "")

    def row_for(scale: Scale | None, key: str | None) -> LevelRow:
        if key is None or scale is None or scale.get(key) is None:
            return unset if key is None or scale is None else rows.setdefault(
                key, LevelRow(key, key, "", ""))  # a value outside the scale: shown as written
        return rows[scale.get(key).text(lang).casefold()]  # type: ignore[union-attr]

    for goal in olds:
        row_for(oscale, goal.assessment).old += 1
    for goal in news:
        row_for(nscale, goal.assessment).new += 1
    ordered = sorted(rows.items(), key=lambda kv: -ranks.get(kv[0], -1.0))
    return [row for _, row in ordered] + [unset]
