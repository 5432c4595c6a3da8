"""The fixed words of an exported or shown report, in Swedish and English:
"export.<key>" -> (sv, en). Words that belong to the report"s own vocabulary (level names,
scale labels, what it calls an assignment) come from its scheme."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # a warning of the PDF writer (render/pdf/writer.py)
    "export.pdf.missing_glyphs": ("PDF:ens typsnitt saknar {chars}: skrivs som {replacement}",
                                  "the PDF's fonts have no {chars}: printed as {replacement}"),
    "export.case_number": ("Ärendebeteckning", "Case number"),
    "export.date": ("Datum", "Date"),
    "export.officer": ("Handläggare", "Officer"),
    "export.decision": ("Förslag till beslut", "Proposed decision"),
    "export.signatories": ("Underskrifter", "Signatories"),
    "export.attachments": ("Bilagor", "Attachments"),
    "export.summary": ("Sammanfattning", "Summary"),
    "export.count": ("Antal", "Count"),
    "export.share": ("Andel", "Share"),
    "export.goals": ("Mål och måluppföljning", "Goals and follow-up"),
    "export.responsible": ("Ansvarig", "Responsible"),
    "export.assessment": ("Bedömning", "Assessment"),
    "export.trend": ("Trend", "Trend"),
    "export.comment": ("Kommentar", "Comment"),
    "export.description": ("Beskrivning", "Description"),
    "export.agenda2030": ("Koppling globala mål", "Link to the global goals"),
    "export.gender": ("Kön", "Gender"),
    "export.all": ("Alla", "All"),
    "export.women": ("Kvinnor", "Women"),
    "export.men": ("Män", "Men"),
    "export.target": ("Mål", "Target"),
    "export.outcome": ("Utfall", "Outcome"),
    "export.start": ("Startdatum", "Start"),
    "export.end": ("Slutdatum", "End"),
    "export.status": ("Status", "Status"),
    "export.completion": ("Färdigställt", "Completion"),
    "export.internal_control": ("Intern kontroll", "Internal control"),
    "export.risk_overview": ("Risköversikt", "Risk overview"),
    "export.risk_matrix": ("Riskmatris", "Risk matrix"),
    "export.category": ("Riskkategori", "Risk category"),
    "export.probability": ("Sannolikhet", "Probability"),
    "export.consequence": ("Konsekvens", "Consequence"),
    "export.value": ("Riskvärde", "Risk value"),
    "export.matrix_corner": ("Sannolikhet \\ Konsekvens", "Probability \\ Consequence"),
    "export.matrix_note": (
        "Antal risker per sannolikhet och konsekvens. Risker med riskvärde {n} eller högre ska "
        "ha kontrollmoment.",
        "Number of risks per probability and consequence. Risks valued {n} or more should have "
        "control points."),
    "export.matrix_missing": (
        "{n} risker saknar sannolikhet eller konsekvens och finns inte med i matrisen.",
        "{n} risks lack a probability or consequence and are not in the matrix."),
    "export.subprocesses": ("Delprocesser", "Sub-processes"),
    "export.scope_note": ("Avgränsning", "Scope"),
    "export.carry_over": ("Risken förs över till nästa års plan.",
                          "The risk carries over into next year's plan."),
    "export.risks_without_process": ("Risker utan process", "Risks without a process"),
    "export.frequency": ("Frekvens", "Frequency"),
    "export.method": ("Metod", "Method"),
    "export.result": ("Resultat", "Result"),
    "export.action": ("Åtgärd", "Action"),
    "export.followed_up": ("Vad som följts upp", "What was followed up"),
    "export.fulfilment": ("Uppfyllt", "Fulfilled"),
    "export.deficiencies": ("Brister", "Deficiencies"),
    "export.effect": ("Påverkan på nämnden", "Effect on the board"),
    "export.actions": ("Vidtagna åtgärder", "Actions taken"),
    "export.contract": ("Berört avtal", "Contract"),
    "export.contents": ("Innehåll", "Contents"),
    "export.overview": ("Sammanställning", "Overview"),
    "export.legend": ("Teckenförklaring", "Legend"),
    "export.symbol": ("Symbol", "Symbol"),
    "export.meaning": ("Betydelse", "Meaning"),
    "export.used_for": ("Används för", "Used for"),
    "export.no_symbol": ("(ingen symbol)", "(no symbol)"),
    # an export that cannot be made (render.office, files, docx, pdf): each names the file
    "export.error.epoch": ("SOURCE_DATE_EPOCH: väntade hela sekunder sedan 1970, fick {value}",
                           "SOURCE_DATE_EPOCH: expected whole seconds since 1970, got {value}"),
    "export.error.template_docx_only": ("{template}: en Word-mall gäller bara --format docx",
                                        "{template}: a Word template applies to --format docx "
                                        "only"),
    "export.error.unknown_format": ("okänt format {format}: väntade ett av {expected}",
                                    "unknown format {format}: expected one of {expected}"),
    "export.error.cannot_write": ("{file}: kan inte skriva här ({reason})",
                                  "{file}: cannot write here ({reason})"),
    "export.error.template_unreadable": ("{template}: kan inte läsa mallen ({reason})",
                                         "{template}: cannot read the template ({reason})"),
    "export.error.not_a_template": ("{template}: inget Word-dokument eller Word-mall (.docx, "
                                    ".dotx)",
                                    "{template}: not a Word document or template (.docx, "
                                    ".dotx)"),
    "export.error.pdf_layout": ("PDF: Typst kunde inte lägga upp dokumentet: {reason}",
                                "PDF: Typst could not lay out the document: {reason}"),
    "export.error.pdf_glyphs": ("PDF: Typst kunde inte visa vissa tecken ens efter att de "
                                "ersatts",
                                "PDF: Typst could not show some characters even after "
                                "replacing them"),
}

# What each scale marks, as the legend says it; {term} is the report"s own word for the item
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
    "completion": ("färdigställande av {term}", "{term} completion", "assignment"),
}
