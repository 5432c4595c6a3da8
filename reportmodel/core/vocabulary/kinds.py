"""What kinds of item and of report are called, in Swedish and English, singular and plural.

A report's own terms (its scheme's `terms`, its level names) override these: Kalmar's "Uppdrag"
is another municipality's "Åtagande" (Vocabulary.kind).
"""

from __future__ import annotations

# kind -> (sv, en, sv plural, en plural)
KINDS: dict[str, tuple[str, str, str, str]] = {
    "report": ("Rapport", "Report", "Rapporter", "Reports"),
    "section": ("Avsnitt", "Section", "Avsnitt", "Sections"),
    "goal": ("Mål", "Goal", "Mål", "Goals"),
    "indicator": ("Indikator", "Indicator", "Indikatorer", "Indicators"),
    "activity": ("Aktivitet", "Activity", "Aktiviteter", "Activities"),
    "assignment": ("Uppdrag", "Assignment", "Uppdrag", "Assignments"),
    "process": ("Process", "Process", "Processer", "Processes"),
    "risk": ("Risk", "Risk", "Risker", "Risks"),
    "control": ("Kontrollmoment", "Control point", "Kontrollmoment", "Control points"),
    "contractor": ("Uppföljning av privata utförare", "Follow-up of private contractors",
                   "Uppföljning av privata utförare", "Follow-up of private contractors"),
    "contractor_row": ("Uppföljningspunkt", "Follow-up item", "Uppföljningspunkter",
                       "Follow-up items"),
}

# Plurals of terms a report may choose for itself (scheme.terms); an unknown term is kept as
# written (Uppdrag and Kontrollmoment are their own plurals).
TERM_PLURALS: dict[str, dict[str, str]] = {
    "sv": {"Aktivitet": "Aktiviteter", "Åtagande": "Åtaganden", "Indikator": "Indikatorer",
           "Risk": "Risker", "Process": "Processer", "Område": "Områden"},
    "en": {"Activity": "Activities", "Assignment": "Assignments", "Commitment": "Commitments",
           "Indicator": "Indicators", "Control point": "Control points", "Risk": "Risks",
           "Process": "Processes", "Area": "Areas"},
}

# The kinds of report a file can be (`[report] kind`), as they are written on the cover.
REPORT_KINDS: dict[str, tuple[str, str]] = {
    "arsrapport": ("Årsrapport", "Annual report"),
    "verksamhetsplan": ("Verksamhetsplan", "Operational plan"),
    "verksamhetsberattelse": ("Verksamhetsberättelse", "Annual activity report"),
    "arsbokslut": ("Årsbokslut", "Annual accounts"),
    "delarsrapport": ("Delårsrapport", "Interim report"),
}
