"""The label of every field, in Swedish and English: one set for the editor, `show`, `diff`,
`stats` and the CLI, so a field is called the same everywhere.

FIELD_LABELS is by field name; ITEM_FIELD_LABELS overrides it where one kind of item means
something else by the same name.
"""

from __future__ import annotations

FIELD_LABELS: dict[str, tuple[str, str]] = {
    # items
    "title": ("Titel", "Title"),
    "level": ("Nivå", "Level"),
    "parent": ("Under", "Under"),
    "number": ("Nummer", "Number"),
    "description": ("Beskrivning", "Description"),
    "responsible": ("Ansvarig", "Responsible"),
    "responsible_bodies": ("Ansvariga", "Responsible bodies"),
    "agenda2030": ("Agenda 2030", "Agenda 2030"),
    "assessment": ("Bedömning", "Assessment"),
    "trend": ("Trend", "Trend"),
    "comment": ("Kommentar", "Comment"),
    "previous_comment": ("Förra årets kommentar", "Last year's comment"),
    "continues": ("Fortsätter", "Continues"),
    "source_note": ("Källanteckning", "Source note"),
    "unit": ("Enhet", "Unit"),
    "gender_split": ("Könsuppdelad", "By gender"),
    "higher_is_better": ("Högre är bättre", "Higher is better"),
    "start": ("Start", "Start"),
    "end": ("Slut", "End"),
    "status": ("Status", "Status"),
    "completion": ("Färdigställandegrad", "Completion"),
    "group": ("Grupp", "Group"),
    "subprocesses": ("Delprocesser", "Sub-processes"),
    "process": ("Process", "Process"),
    "category": ("Kategori", "Category"),
    "probability": ("Sannolikhet", "Probability"),
    "consequence": ("Konsekvens", "Consequence"),
    "value": ("Riskvärde", "Risk value"),
    "scope_note": ("Avgränsning", "Scope"),
    "carry_over_note": ("Om överföringen", "On the carry-over"),
    "recurring": ("Återkommande", "Recurring"),
    "signing_unit": ("Undertecknande enhet", "Signing unit"),
    "carry_over": ("Förs till nästa års plan", "Carried into next year's plan"),
    "frequency": ("Frekvens", "Frequency"),
    "method": ("Metod", "Method"),
    "result": ("Resultat", "Result"),
    "action": ("Åtgärd", "Action"),
    "fulfilment": ("Uppfyllt", "Fulfilled"),
    "fulfilment_note": ("Om uppfyllelsen", "On fulfilment"),
    "deficiencies": ("Brister", "Deficiencies"),
    "effect": ("Påverkan på nämnden", "Effect on the board"),
    "actions": ("Vidtagna åtgärder", "Actions taken"),
    "text": ("Text", "Text"),
    "years": ("Värden per år", "Values by year"),
    "latest_outcome": ("Senaste utfall", "Latest outcome"),
    # an indicator year's measures
    "target": ("Mål", "Target"),
    "outcome": ("Utfall", "Outcome"),
    "target_women": ("Mål kvinnor", "Target women"),
    "outcome_women": ("Utfall kvinnor", "Outcome women"),
    "target_men": ("Mål män", "Target men"),
    "outcome_men": ("Utfall män", "Outcome men"),
    # the report's metadata
    "municipality": ("Kommun", "Municipality"),
    "board": ("Nämnd", "Board"),
    "kind": ("Slag", "Kind"),
    "year": ("År", "Year"),
    "language": ("Språk", "Language"),
    "case_number": ("Ärendebeteckning", "Case number"),
    "date": ("Datum", "Date"),
    "officer": ("Handläggare", "Officer"),
    "decision": ("Förslag till beslut", "Proposed decision"),
    "attachments": ("Bilagor", "Attachments"),
    "signatories": ("Undertecknare", "Signatories"),
    "scheme": ("Schema", "Scheme"),
    "name": ("Namn", "Name"),
}

ITEM_FIELD_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("risk", "category"): ("Riskkategori", "Risk category"),
    ("goal", "parent"): ("Under", "Under"),
}

# Values of fields that are words, not the officer's text.
VALUE_LABELS: dict[str, tuple[str, str]] = {
    "true": ("ja", "yes"),
    "false": ("nej", "no"),
    "lang.sv": ("svenska", "Swedish"),
    "lang.en": ("engelska", "English"),
    "empty": ("(tomt)", "(empty)"),
}
