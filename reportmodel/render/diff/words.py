"""The words of `yearend diff` output, in Swedish and English (the new report's language)."""

from __future__ import annotations

from reportmodel.core.scheme import DEFAULT_TERMS, Scheme

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "heading": "Jämförelse", "older": "Äldre", "newer": "Nyare", "report": "Rapport",
        "levels": "Bedömningar per nivå",
        "level": "Nivå", "assessment": "Bedömning", "goals_n": "Antal mål",
        "sections": "Avsnitt", "goals": "Mål", "indicators": "Indikatorer",
        "activities": "Aktiviteter", "assignments": "Uppdrag",
        "internal-control": "Intern kontroll", "contractors": "Uppföljning av privata utförare",
        "added": "Nya", "removed": "Borttagna", "renamed": "Omdöpta", "moved": "Flyttade",
        "split": "Delade", "merged": "Sammanslagna", "changed": "Ändrade",
        "unchanged": "Oförändrade", "carried": "Överförda",
        "split_into": "delat i", "merged_into": "sammanslaget till",
        "none": "(tomt)", "no_differences": "Inga skillnader.",
        "similar": "likhet", "by_title": "samma titel", "by_continues": "enligt continues",
        "by_id": "samma id", "under": "under", "top": "högsta nivån",
        "notes": "Att kontrollera", "trends": "Föreslagna trender",
        "trend_now": "nu", "trend_agrees": "stämmer", "from": "från",
        "better": "bättre", "same": "oförändrad", "worse": "sämre",
        "women": "kvinnor", "men": "män", "target": "Mål", "outcome": "Utfall",
        "no_trends": "Inga trender att föreslå (ingen nivå med trend är bedömd båda åren).",
        "note_missing": "continues = \"{id}\", men den äldre rapporten har inget sådant id; "
                        "ignoreras",
        "note_kind": "continues = \"{id}\", men det är av typen {kind} i den äldre rapporten; "
                     "ignoreras",
    },
    "en": {
        "heading": "Comparison", "older": "Older", "newer": "Newer", "report": "Report",
        "levels": "Assessments per level",
        "level": "Level", "assessment": "Assessment", "goals_n": "Goals",
        "sections": "Sections", "goals": "Goals", "indicators": "Indicators",
        "activities": "Activities", "assignments": "Assignments",
        "internal-control": "Internal control", "contractors": "Follow-up of private contractors",
        "added": "Added", "removed": "Removed", "renamed": "Renamed", "moved": "Moved",
        "split": "Split", "merged": "Merged", "changed": "Changed",
        "unchanged": "Unchanged", "carried": "Carried over",
        "split_into": "split into", "merged_into": "merged into",
        "none": "(empty)", "no_differences": "No differences.",
        "similar": "similarity", "by_title": "same title", "by_continues": "by continues",
        "by_id": "same id", "under": "under", "top": "the top level",
        "notes": "To check", "trends": "Suggested trends",
        "trend_now": "now", "trend_agrees": "agrees", "from": "from",
        "better": "better", "same": "unchanged", "worse": "worse",
        "women": "women", "men": "men", "target": "Target", "outcome": "Outcome",
        "no_trends": "No trends to suggest (no level with a trend is assessed in both years).",
        "note_missing": "continues = \"{id}\", but the older report has no such id; ignored",
        "note_kind": "continues = \"{id}\", but that is a {kind} in the older report; ignored",
    },
}

FIELDS: dict[str, tuple[str, str]] = {
    "title": ("Titel", "Title"), "description": ("Beskrivning", "Description"),
    "responsible": ("Ansvarig", "Responsible"), "assessment": ("Bedömning", "Assessment"),
    "trend": ("Trend", "Trend"), "comment": ("Kommentar", "Comment"),
    "status": ("Status", "Status"), "start": ("Start", "Start"), "end": ("Slut", "End"),
    "completion": ("Färdigställandegrad", "Completion"), "parent": ("Flyttad", "Moved"),
    "level": ("Nivå", "Level"), "number": ("Nummer", "Number"),
    "agenda2030": ("Agenda 2030", "Agenda 2030"), "unit": ("Enhet", "Unit"),
    "gender_split": ("Könsuppdelad", "Split by gender"),
    "higher_is_better": ("Högre är bättre", "Higher is better"),
    "probability": ("Sannolikhet", "Probability"), "consequence": ("Konsekvens", "Consequence"),
    "value": ("Riskvärde", "Risk value"), "category": ("Kategori", "Category"),
    "scope_note": ("Avgränsning", "Scope"), "carry_over": ("Förs vidare", "Carried over"),
    "frequency": ("Frekvens", "Frequency"), "method": ("Metod", "Method"),
    "result": ("Resultat", "Result"), "action": ("Åtgärd", "Action"),
    "group": ("Grupp", "Group"), "subprocesses": ("Delprocesser", "Sub-processes"),
    "responsible_bodies": ("Ansvariga", "Responsible bodies"),
    "fulfilment": ("Uppfyllt", "Fulfilled"), "fulfilment_note": ("Not", "Note"),
    "deficiencies": ("Brister", "Deficiencies"), "effect": ("Påverkan", "Effect"),
    "actions": ("Åtgärder", "Actions"), "text": ("Text", "Text"),
    "latest_outcome": ("Senaste utfall", "Latest outcome"),
    "municipality": ("Kommun", "Municipality"), "board": ("Nämnd", "Board"),
    "kind": ("Typ", "Kind"), "year": ("År", "Year"), "language": ("Språk", "Language"),
    "case_number": ("Ärendebeteckning", "Case number"), "date": ("Datum", "Date"),
    "officer": ("Handläggare", "Officer"), "decision": ("Förslag till beslut", "Decision"),
    "attachments": ("Bilagor", "Attachments"), "signatories": ("Underskrifter", "Signatories"),
    "scheme": ("Schema", "Scheme"),
}

KIND_WORDS = {"goal": ("Mål", "Goal"), "section": ("Avsnitt", "Section"),
              "contractor_row": ("Uppföljningspunkt", "Follow-up item")}


def word(lang: str, key: str) -> str:
    return WORDS.get(lang, WORDS["sv"])[key]


def field_label(name: str, lang: str) -> str:
    """"years.2022.outcome_women" -> "Utfall 2022 (kvinnor)"."""
    en = lang == "en"
    if name.startswith("years."):
        _, year, measure = name.split(".", 2)
        base, _, gender = measure.partition("_")
        text = f"{word(lang, base)} {year}"
        return f"{text} ({word(lang, gender)})" if gender else text
    pair = FIELDS.get(name)
    return (pair[1] if en else pair[0]) if pair else name


def kind_label(kind: str, scheme: Scheme, lang: str) -> str:
    if kind in DEFAULT_TERMS:
        return scheme.term(kind, lang)
    sv, en = KIND_WORDS.get(kind, (kind, kind))
    return en if lang == "en" else sv


def part_label(part: str, scheme: Scheme, lang: str) -> str:
    if part == "assignments":
        term = scheme.term("assignment", lang)
        default = DEFAULT_TERMS["assignment"][1 if lang == "en" else 0]
        if term != default:
            return term  # the report's own word: "Åtagande"
    return word(lang, part)
