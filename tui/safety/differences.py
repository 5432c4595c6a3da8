"""What the reliability prompts list: how a restored copy or a reloaded file differs from the
report open (reportmodel.core.compare, an item a line), and who holds a lock."""

from __future__ import annotations

from reportmodel.io import lock
from reportmodel.core.compare import compare_reports
from reportmodel.core.model import Report

from tui.common.look import safe

LISTED = 8  # differences listed in a prompt; the rest are counted


def describe_holder(w, holder: lock.LockInfo) -> str:
    return w("holder", user=safe(holder.user), host=safe(holder.host), pid=holder.pid,
             since=holder.time[:16].replace("T", " "))


def differences(w, old: Report, new: Report, limit: int = LISTED) -> list[str]:
    """What differs from `old` in `new`, an item a line: "Budget i balans: Bedömning Delvis
    uppfyllt → Helt uppfyllt", "Kommentar"."""
    diff = compare_reports(old, new)
    lines: list[str] = []
    if diff.meta:
        lines.append(", ".join(dict.fromkeys(_field(w, c) for c in diff.meta)))
    for item in diff.items:
        if item.status == "unchanged":
            continue
        entry = item.new or item.old
        title = safe(getattr(entry.item, "title", "") or entry.id)
        if item.status in ("added", "removed"):
            lines.append(f"{title} ({w('diff.' + item.status)})")
            continue
        lines.append(f"{title}: " + "; ".join(dict.fromkeys(_change(w, c) for c in item.changes)))
    if len(lines) > limit:
        rest = len(lines) - (limit - 1)
        lines = lines[:limit - 1] + [w("recovery.more", n=rest)]
    return lines


def _field(w, change) -> str:
    parts = change.field.split(".")
    name = w.field(parts[-1])
    return f"{name} {parts[1]}" if len(parts) == 3 else name


def _change(w, change) -> str:
    name = _field(w, change)
    if change.type in ("scale", "value") and (change.old_label or change.new_label):
        return f"{name} {safe(change.old_label or '–')} → {safe(change.new_label or '–')}"
    return name
