"""The one table `make bench` prints: each figure, its baseline, the ratio and the budget."""

from __future__ import annotations

from dataclasses import dataclass

OK, MISSED, INFO = "OK", "MISSED", "–"


@dataclass(frozen=True)
class Budget:
    """A limit on the ratio to the baseline (`ratio`) or on the figure itself (`limit`, in the
    figure's unit)."""

    ratio: float | None = None
    limit: float | None = None
    unit: str = "s"

    def text(self) -> str:
        if self.ratio is not None:
            return f"≤ {self.ratio:g}× baseline"
        return f"≤ {amount(self.limit, self.unit)}"

    def met(self, value: float, ratio: float | None) -> bool:
        if self.ratio is not None:
            return ratio is not None and ratio <= self.ratio
        return value <= self.limit


@dataclass
class Row:
    figure: str
    size: str
    value: float
    unit: str = "s"  # s, ms or MB
    baseline_name: str = ""
    baseline: float | None = None
    budget: Budget | None = None
    reps: int = 1
    # A condition the figure must also meet, with its text (check: "Textual not imported").
    extra_ok: bool = True
    extra_note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def verdict(self) -> str:
        if self.budget is None:
            return INFO
        return OK if self.budget.met(self.value, self.ratio) and self.extra_ok else MISSED

    def cells(self) -> list[str]:
        baseline = ""
        if self.baseline is not None:
            baseline = f"{amount(self.baseline, self.unit)} ({self.baseline_name})"
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else ""
        figure = f"{self.figure}{'; ' + self.extra_note if self.extra_note else ''}"
        return [figure, self.size, amount(self.value, self.unit), baseline, ratio,
                self.budget.text() if self.budget else "", self.verdict, str(self.reps)]


HEADER = ["Figure", "Size", "Measured", "Baseline (same run)", "Ratio", "Budget", "Verdict",
          "Reps"]


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value * 1000:.1f} ms" if value < 1 else f"{value * 1000:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def markdown(rows: list[Row]) -> str:
    """A GitHub Markdown table (it also reads well as plain text in a terminal)."""
    table = [HEADER] + [row.cells() for row in rows]
    widths = [max(len(r[i]) for r in table) for i in range(len(HEADER))]
    lines = []
    for n, cells in enumerate(table):
        lines.append("| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |")
        if n == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def missed(rows: list[Row]) -> list[Row]:
    return [row for row in rows if row.verdict == MISSED]
