"""docs/performance.md: the latest table, how it was measured, and the hand-written section.

Everything above the heading KEPT_HEADING is rewritten on every run; from that heading to the end
of the file is the lead's own text and is kept as it is (a placeholder the first time).
"""

from __future__ import annotations

from pathlib import Path

KEPT_HEADING = "## What was changed to reach it"
PLACEHOLDER = f"""{KEPT_HEADING}

<!-- Written by hand, kept by `make bench`: which design changes brought each figure within its
budget (or why a budget was moved), with the figures before and after. -->

(Not written yet.)
"""

# How the figures are measured: the part of the page that changes only with the bench itself.
METHOD = (Path(__file__).parent / "method.md").read_text("utf-8")


def write(path: Path, generated: str) -> None:
    """Replace the generated part of `path`, keeping the hand-written section."""
    kept = PLACEHOLDER
    if path.exists():
        old = path.read_text("utf-8")
        at = old.find(KEPT_HEADING)
        if at >= 0:
            kept = old[at:]
    path.write_text(generated.rstrip() + "\n\n" + METHOD + "\n" + kept.rstrip() + "\n", "utf-8")
