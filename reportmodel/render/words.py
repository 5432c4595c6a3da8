"""The fixed words of an exported report, in Swedish and English.

Words that belong to the report's own vocabulary (level names, scale labels, what it calls an
assignment) come from its scheme, not from here.
"""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "sv": {
        "case_number": "Ärendebeteckning",
        "date": "Datum",
        "officer": "Handläggare",
        "decision": "Förslag till beslut",
        "signatories": "Underskrifter",
        "attachments": "Bilagor",
        "summary": "Sammanfattning",
        "count": "Antal",
        "share": "Andel",
        "goals": "Mål och måluppföljning",
        "responsible": "Ansvarig",
        "assessment": "Bedömning",
        "trend": "Trend",
        "comment": "Kommentar",
        "description": "Beskrivning",
        "agenda2030": "Koppling globala mål",
        "gender": "Kön",
        "all": "Alla",
        "women": "Kvinnor",
        "men": "Män",
        "target": "Mål",
        "outcome": "Utfall",
        "start": "Startdatum",
        "end": "Slutdatum",
        "status": "Status",
        "completion": "Färdigställt",
        "internal_control": "Intern kontroll",
        "risk_overview": "Risköversikt",
        "risk_matrix": "Riskmatris",
        "category": "Riskkategori",
        "probability": "Sannolikhet",
        "consequence": "Konsekvens",
        "value": "Riskvärde",
        "matrix_corner": "Sannolikhet \\ Konsekvens",
        "matrix_note": "Antal risker per sannolikhet och konsekvens. Risker med riskvärde {n} "
                       "eller högre ska ha kontrollmoment.",
        "matrix_missing": "{n} risker saknar sannolikhet eller konsekvens och finns inte med "
                          "i matrisen.",
        "subprocesses": "Delprocesser",
        "scope_note": "Avgränsning",
        "carry_over": "Risken förs över till nästa års plan.",
        "risks_without_process": "Risker utan process",
        "frequency": "Frekvens",
        "method": "Metod",
        "result": "Resultat",
        "action": "Åtgärd",
        "contract": "Berört avtal",
        "contents": "Innehåll",
        "overview": "Sammanställning",
        "followed_up": "Vad som följts upp",
        "fulfilment": "Uppfyllt",
        "deficiencies": "Brister",
        "effect": "Påverkan på nämnden",
        "actions": "Vidtagna åtgärder",
        "legend": "Teckenförklaring",
        "symbol": "Symbol",
        "meaning": "Betydelse",
        "used_for": "Används för",
        "no_symbol": "(ingen symbol)",
    },
    "en": {
        "case_number": "Case number",
        "date": "Date",
        "officer": "Officer",
        "decision": "Proposed decision",
        "signatories": "Signatories",
        "attachments": "Attachments",
        "summary": "Summary",
        "count": "Count",
        "share": "Share",
        "goals": "Goals and follow-up",
        "responsible": "Responsible",
        "assessment": "Assessment",
        "trend": "Trend",
        "comment": "Comment",
        "description": "Description",
        "agenda2030": "Link to the global goals",
        "gender": "Gender",
        "all": "All",
        "women": "Women",
        "men": "Men",
        "target": "Target",
        "outcome": "Outcome",
        "start": "Start",
        "end": "End",
        "status": "Status",
        "completion": "Completion",
        "internal_control": "Internal control",
        "risk_overview": "Risk overview",
        "risk_matrix": "Risk matrix",
        "category": "Risk category",
        "probability": "Probability",
        "consequence": "Consequence",
        "value": "Risk value",
        "matrix_corner": "Probability \\ Consequence",
        "matrix_note": "Number of risks per probability and consequence. Risks valued {n} or "
                       "more should have control points.",
        "matrix_missing": "{n} risks lack a probability or consequence and are not in the "
                          "matrix.",
        "subprocesses": "Sub-processes",
        "scope_note": "Scope",
        "carry_over": "The risk carries over into next year's plan.",
        "risks_without_process": "Risks without a process",
        "frequency": "Frequency",
        "method": "Method",
        "result": "Result",
        "action": "Action",
        "contract": "Contract",
        "contents": "Contents",
        "overview": "Overview",
        "followed_up": "What was followed up",
        "fulfilment": "Fulfilled",
        "deficiencies": "Deficiencies",
        "effect": "Effect on the board",
        "actions": "Actions taken",
        "legend": "Legend",
        "symbol": "Symbol",
        "meaning": "Meaning",
        "used_for": "Used for",
        "no_symbol": "(no symbol)",
    },
}

# What each scale marks, as the legend says it; {term} is the report's own word for the item
# (an assignment may be an "Åtagande").
SCALE_USES: dict[str, tuple[str, str, str | None]] = {
    "goal_assessment": ("bedömning av mål", "goal assessment", None),
    "process_assessment": ("bedömning av processområde", "process area assessment", None),
    "trend": ("trend jämfört med föregående år", "trend against the previous year", None),
    "activity_status": ("status för {term}", "{term} status", "activity"),
    "assignment_status": ("status för {term}", "{term} status", "assignment"),
    "control_status": ("status för {term}", "{term} status", "control"),
    "control_assessment": ("bedömning av {term}", "{term} assessment", "control"),
    "contractor_fulfilment": ("uppfyllelse hos privat utförare", "contractor fulfilment", None),
    "risk_category": ("{term}kategori", "{term} category", "risk"),
}


# Plurals of the default item terms, for summary rows and table headings. A report that names its
# items itself (scheme.terms) gets its own word as written.
PLURALS: dict[str, dict[str, str]] = {
    "sv": {"Aktivitet": "Aktiviteter", "Åtagande": "Åtaganden", "Indikator": "Indikatorer",
           "Risk": "Risker", "Process": "Processer", "Område": "Områden"},
    "en": {"Activity": "Activities", "Assignment": "Assignments", "Commitment": "Commitments",
           "Indicator": "Indicators", "Control point": "Control points", "Risk": "Risks",
           "Process": "Processes", "Area": "Areas"},
}


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "sv"]


def plural(term: str, lang: str) -> str:
    """Uppdrag and Kontrollmoment are their own plurals; an unknown term is kept as written."""
    return PLURALS["en" if lang == "en" else "sv"].get(term, term)
