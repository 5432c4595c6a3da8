"""Year over year: pair the items of two reports and say what changed.

    matching = match_reports(old, new)          # pairs by kind, how each was matched
    diff = compare_reports(old, new, matching)  # per-item change records, levels, trends
    diff.for_new(("goals", "budget-i-balans"))  # what to show beside an item in the editor
    suggest_trend(old, new, "tillsyn", matching)
    continues_edit(new, ("goals", "fossilbranslefri-koncern"), ["fossilbranslefri-kommun"])

The renderers (render_text, render_md, render_json) turn a ReportDiff into `yearend diff` output.
"""

from reportmodel.core.compare.changes import BETTER, SAME, WORSE, FieldChange, ItemDiff
from reportmodel.core.compare.decisions import continues_edit
from reportmodel.core.compare.items import PARTS, Entry
from reportmodel.core.compare.levels import LevelRow, LevelSummary
from reportmodel.core.compare.matching import HOWS, NEW_MARK, Matching, Merge, Note, Pair, Split, format_continues, \
    match_reports, parse_continues
from reportmodel.core.compare.report_diff import ReportDiff, compare_reports
from reportmodel.core.compare.textnorm import normalise
from reportmodel.core.compare.trends import TrendSuggestion, suggest_trend, suggest_trends
from reportmodel.core.compare.worddiff import word_diff

__all__ = [
    "BETTER", "HOWS", "NEW_MARK", "PARTS", "SAME", "WORSE", "Entry", "FieldChange", "ItemDiff",
    "LevelRow", "LevelSummary", "Matching", "Merge", "Note", "Pair", "ReportDiff", "Split",
    "TrendSuggestion", "compare_reports", "continues_edit", "format_continues", "match_reports",
    "normalise",
    "parse_continues", "suggest_trend", "suggest_trends", "word_diff",
]
