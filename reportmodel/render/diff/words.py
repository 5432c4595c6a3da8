"""The words of `yearend diff` output (the new report's language), from the one vocabulary
(reportmodel.core.vocabulary: area "diff", field labels, kinds)."""

from __future__ import annotations

from reportmodel.core.scheme import DEFAULT_TERMS, Scheme
from reportmodel.core.vocabulary import vocab


def word(lang: str, key: str) -> str:
    return vocab(lang).say(f"diff.{key}")


def field_label(name: str, lang: str, kind: str | None = None) -> str:
    """"years.2022.outcome_women" -> "Utfall 2022 (kvinnor)"."""
    return vocab(lang).field(kind, name)


def kind_label(kind: str, scheme: Scheme, lang: str) -> str:
    return vocab(lang, scheme).kind(kind) if kind in DEFAULT_TERMS else vocab(lang).kind(kind)


def part_label(part: str, scheme: Scheme, lang: str) -> str:
    if part == "assignments":
        term = scheme.term("assignment", lang)
        default = DEFAULT_TERMS["assignment"][1 if lang == "en" else 0]
        if term != default:
            return term  # the report's own word: "Åtagande"
    return word(lang, part)
