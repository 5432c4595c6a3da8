"""Adding and removing a year of an indicator, for its targets and outcomes.

Targets and outcomes themselves are set with edits.change_value, for any year.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportmodel.core import model as m
from reportmodel.core import places
from reportmodel.core.edits import EditError, ItemPath, resolve


@dataclass(frozen=True)
class SetYear:
    """Add (after set) or remove (after None) one year of an indicator. Values, not objects,
    are kept: edits.SetIndicatorValue replaces the year objects it empties."""

    path: ItemPath
    year: int
    before: m.IndicatorYear | None
    after: m.IndicatorYear | None

    def _put(self, report: m.Report, entry: m.IndicatorYear | None) -> None:
        years = resolve(report, self.path).years
        if entry is None:
            years.pop(self.year, None)
        else:
            years[self.year] = m.IndicatorYear(**vars(entry))
            ordered = dict(sorted(years.items()))
            years.clear()
            years.update(ordered)

    def apply(self, report: m.Report) -> None:
        self._put(report, self.after)

    def revert(self, report: m.Report) -> None:
        self._put(report, self.before)

    @property
    def noop(self) -> bool:
        return self.before == self.after


def _indicator(report: m.Report, path: ItemPath) -> m.Indicator:
    indicator = resolve(report, tuple(path))
    if not isinstance(indicator, m.Indicator):
        raise EditError("edit.not_indicator", path=places.show(path))
    return indicator


def add_year(report: m.Report, path: ItemPath, year: int) -> SetYear:
    """An empty year of an indicator, for its targets and outcomes to be filled in."""
    indicator = _indicator(report, path)
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2200:
        raise EditError("edit.not_a_year", value=repr(year))
    if year in indicator.years:
        raise EditError("edit.has_year", path=places.show(path), year=year)
    return SetYear(tuple(path), year, None, m.IndicatorYear())


def remove_year(report: m.Report, path: ItemPath, year: int) -> SetYear:
    """Remove a year of an indicator with its targets and outcomes."""
    indicator = _indicator(report, path)
    if year not in indicator.years:
        raise EditError("edit.no_year", path=places.show(path), year=year)
    return SetYear(tuple(path), year, m.IndicatorYear(**vars(indicator.years[year])), None)
