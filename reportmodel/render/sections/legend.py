"""The legend: every symbol the document used, with its meaning and what it marks. Written last,
from the symbols the other parts recorded while rendering, so it never lists a symbol the reader
will not meet (and is empty under --ascii, which writes words instead of symbols)."""

from __future__ import annotations

from reportmodel.core.scheme import SCALE_NAMES
from reportmodel.render.context import Context
from reportmodel.render.markdown_blocks import heading, table
from reportmodel.render.words import SCALE_USES


def scale_use(ctx: Context, name: str) -> str:
    sv, en, kind = SCALE_USES.get(name, (name, name, None))
    template = en if ctx.lang == "en" else sv
    return template.format(term=ctx.term(kind).lower()) if kind else template


def legend_rows(ctx: Context) -> list[tuple[str, str | None, str, str, str]]:
    """(scale name, key, symbol, meaning, used for) in scale order, each scale's unset last."""
    rows = []
    for name in SCALE_NAMES:
        if name not in ctx.scheme.scales:
            continue
        keys: list[str | None] = [*ctx.scale(name).keys(), None]
        for key in keys:
            if (name, key) in ctx.used:
                rows.append((name, key, ctx.scale(name).symbol(key), ctx.label(name, key),
                             scale_use(ctx, name)))
    return rows


def legend(ctx: Context, level: int = 2) -> list[str]:
    rows = legend_rows(ctx)
    if not rows:
        return []
    w = ctx.w
    return [heading(level, w["legend"]),
            table([w["symbol"], w["meaning"], w["used_for"]],
                  [[symbol, meaning, uses] for _, _, symbol, meaning, uses in rows])]
