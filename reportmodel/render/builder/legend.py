"""The legend's rows: which scales, which of their values, in which words.

- Without `legend_scales`: every symbol the document used, and only those, in scale order.
- With `legend_scales`: those scales in the list's order, each only when the parts written use
  one of its values (so `--only memo` gets no legend, and the internal-control appendix no legend
  of goal assessments). A scale's rows are the values `legend_meanings` words, when it words any
  of them (a report copies its source's legend row by row, and a value its source leaves out is
  one it does not word), else all its values. `completion` lists the scheme's completion steps
  (0/20/80/100 %), or the completions used where the scheme has none.
- `legend_wording = "meaning"`: a worded value's row is its wording alone, not "Label (wording)".

The control legend of the internal-control part (`control_legend`) follows the same rows and
words for `control_assessment`, whatever the parts use.
"""

from __future__ import annotations

from reportmodel.core.scheme import SCALE_NAMES
from reportmodel.render.builder.context import BuildContext, scale_use
from reportmodel.render.document import Legend, LegendEntry, LegendGroup, Mark, legend_words

COMPLETION = "completion"  # not a scale: the scheme's completion steps, as a legend "scale"


def legend_block(ctx: BuildContext, groups: list[LegendGroup]) -> Legend:
    if ctx.layout.legend_used_for is False:
        # One group without a title: no "Används för" column (Markdown, terminal) and no
        # group headings (Word, PDF); a row two scales share (same symbol, same words) once.
        seen: set[tuple[str, str]] = set()
        entries = []
        for group in groups:
            for entry in group.entries:
                key = (entry.mark.symbol, legend_words(entry))
                if key not in seen:
                    seen.add(key)
                    entries.append(entry)
        return Legend([LegendGroup("", entries)], columns=(ctx.w["symbol"], ctx.w["meaning"]))
    return Legend(groups, columns=(ctx.w["symbol"], ctx.w["meaning"], ctx.w["used_for"]))


def legend_groups(ctx: BuildContext, names: list[str] | None = None, *,
                  always: bool = False) -> list[LegendGroup]:
    """The groups of a legend of `names` (default: the layout's `legend_scales`); `always`: list
    them whether or not the parts written use them (the control legend)."""
    listed = list(ctx.layout.legend_scales or []) if names is None else names
    groups: list[LegendGroup] = []
    if not listed:
        for name in SCALE_NAMES:
            if name in ctx.scheme.scales:
                keys = [k for k in [*ctx.scale(name).keys(), None] if (name, k) in ctx.used]
                _add(ctx, groups, name, keys)
        return groups
    used = {name for name, _ in ctx.used}
    for name in dict.fromkeys(listed):
        if not always and name not in used:
            continue
        if name == COMPLETION:
            _add_completion(ctx, groups)
        elif name in ctx.scheme.scales:
            keys = ctx.scale(name).keys()
            worded = [k for k in keys if f"{name}.{k}" in (ctx.layout.legend_meanings or {})]
            _add(ctx, groups, name, worded or keys)
    return groups


def _add(ctx: BuildContext, groups: list[LegendGroup], name: str, keys: list[str | None]) -> None:
    scale = ctx.scale(name)
    entries = []
    for key in keys:
        value = scale.get(key)
        symbol = "" if ctx.ascii else scale.symbol(key)
        entries.append(_entry(ctx, name, key, Mark(name, key, ctx.label(name, key), symbol,
                                                   (value.colour or None) if value else None)))
    if entries:
        groups.append(LegendGroup(scale_use(ctx, name), entries))


def _add_completion(ctx: BuildContext, groups: list[LegendGroup]) -> None:
    steps = list(ctx.scheme.completion_steps) or sorted(
        int(k) for n, k in ctx.used if n == COMPLETION and k is not None)
    entries = []
    for step in steps:
        shown = ctx.completion(step)
        # The step as printed is both its symbol and its word: writers print the wording alone.
        entries.append(_entry(ctx, COMPLETION, str(step), Mark(COMPLETION, str(step), shown,
                                                                shown)))
    if entries:
        groups.append(LegendGroup(scale_use(ctx, COMPLETION), entries))


def _entry(ctx: BuildContext, name: str, key: str | None, mark: Mark) -> LegendEntry:
    meaning = (ctx.layout.legend_meanings or {}).get(f"{name}.{key}" if key else f"{name}.unset",
                                                     "")
    if meaning and ctx.layout.legend_wording == "meaning" and mark.symbol != mark.label:
        return LegendEntry(Mark(mark.scale, mark.value, meaning, mark.symbol, mark.colour))
    return LegendEntry(mark, meaning)
