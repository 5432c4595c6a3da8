"""`yearend diff --format json`: the documented contract (docs/diff.md, "The JSON contract").

Every key is always present (null or an empty list when there is nothing), so scripts never
need to test for a key. Values are as in the TOML file: scale keys, numbers or marked values
("prel: 73", "i.u."), ISO dates; labels are in the new report's language.
"""

from __future__ import annotations

from typing import Any

from reportmodel.core.compare.changes import FieldChange, ItemDiff
from reportmodel.core.compare.items import PARTS, key as entry_key
from reportmodel.core.compare.report_diff import ReportDiff
from reportmodel.core.compare.worddiff import word_diff

CONTRACT_VERSION = 1
# The contract gives `words` for titles and descriptions (docs/diff.md); the text output
# word-diffs every changed text.
WORD_DIFFED = {"title", "description"}


def change_json(change: FieldChange) -> dict[str, Any]:
    words = None
    if change.type == "text" and change.field in WORD_DIFFED:
        words = [[op, text] for op, text in word_diff(change.old, change.new)]
    return {"field": change.field, "type": change.type, "old": change.old, "new": change.new,
            "old_label": change.old_label, "new_label": change.new_label,
            "direction": change.direction, "words": words}


def item_json(item: ItemDiff) -> dict[str, Any]:
    entry = item.new or item.old
    assert entry is not None
    return {
        "kind": item.kind, "part": item.part, "status": item.status,
        "old_id": item.old_id, "new_id": item.new_id,
        "old_title": item.old.title if item.old else None,
        "new_title": item.new.title if item.new else None,
        "level": entry.level,
        "old_parent": item.old.parent if item.old else None,
        "new_parent": item.new.parent if item.new else None,
        # ids are unique within their collection only: the parent's kind says which it is
        "old_parent_kind": item.old.parent_kind if item.old else None,
        "new_parent_kind": item.new.parent_kind if item.new else None,
        "match": item.how, "score": item.score,
        "renamed": item.renamed, "moved": item.moved,
        "split_from": item.split.old_id if item.split else None,
        "merged_from": list(item.merge.old_ids) if item.merge else None,
        "changes": [change_json(c) for c in item.changes],
    }


def side(report: Any, filename: str | None) -> dict[str, Any]:
    meta = report.meta
    return {"file": filename, "title": meta.title, "year": meta.year, "kind": meta.kind,
            "scheme": report.scheme_decl.preset, "language": meta.language}


def diff_json(diff: ReportDiff, only: set[str] | None = None, old_file: str | None = None,
              new_file: str | None = None) -> dict[str, Any]:
    parts = [p for p in PARTS if only is None or p in only]
    m = diff.matching
    return {
        "yearend_diff": CONTRACT_VERSION,
        "language": diff.lang,
        "old": side(diff.old, old_file),
        "new": side(diff.new, new_file),
        "parts": parts,
        "differs": diff.differs(set(parts)),
        "report": [change_json(c) for c in diff.meta] if "report" in parts else [],
        "levels": [{
            "level": s.level, "label": s.label, "old_total": s.old_total,
            "new_total": s.new_total,
            "assessments": [{"key": r.key, "label": r.label, "old": r.old, "new": r.new}
                            for r in s.rows],
        } for s in diff.levels] if "goals" in parts else [],
        "summary": {p: diff.summary(p) for p in parts if p != "report"},
        "items": [item_json(d) for d in diff.select(set(parts)) if d.status != "unchanged"],
        "splits": [{"kind": s.kind, "old_id": s.old_id, "new_ids": list(s.new_ids),
                    "match": s.how} for s in m.splits
                   if m.old[entry_key(s.kind, s.old_id)].part in parts],
        "merges": [{"kind": g.kind, "old_ids": list(g.old_ids), "new_id": g.new_id,
                    "match": g.how} for g in m.merges
                   if m.new[entry_key(g.kind, g.new_id)].part in parts],
        "notes": [{"new_id": n.new_id, "old_id": n.old_id, "problem": n.problem,
                   "message": n.message} for n in m.notes],
        "trend_suggestions": [{
            "goal_id": t.goal_id, "old_id": t.old_id, "level": t.level,
            "old_assessment": t.old_assessment, "new_assessment": t.new_assessment,
            "direction": t.direction, "suggested": t.suggested, "current": t.current,
            "agrees": t.agrees,
        } for t in diff.trends] if "goals" in parts else [],
    }
