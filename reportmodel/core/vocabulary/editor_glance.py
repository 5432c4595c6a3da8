"""Words of the dashboards, the legend and the progress line; merged into
reportmodel.core.vocabulary.editor.STRINGS (one catalogue, kept in parts so no module grows past ~400 lines)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # keys
    "binding.dashboard": ("Översikt", "Overview"),
    "binding.legend": ("Teckenförklaring", "Legend"),
    "binding.dashboard_close": ("Stäng", "Close"),
    "binding.matrix_left": ("Vänster i matrisen", "Left in the matrix"),
    "binding.matrix_right": ("Höger i matrisen", "Right in the matrix"),
    "binding.matrix_up": ("Upp i matrisen", "Up in the matrix"),
    "binding.matrix_down": ("Ner i matrisen", "Down in the matrix"),
    "binding.matrix_choose": ("Visa riskerna i rutan", "Show the risks in the cell"),
    "help.dashboard": ("Översikten", "The overview"),
    # progress line
    "progress.outcomes_missing.one": ("1 utfall saknas", "1 outcome missing"),
    "progress.outcomes_missing": ("{n} utfall saknas", "{n} outcomes missing"),
    "progress.attention.one": ("1 att åtgärda", "1 to do"),
    "progress.attention": ("{n} att åtgärda", "{n} to do"),
    "progress.short": ("{label} {done}/{total}", "{label} {done}/{total}"),
    # dashboards
    "dash.title": ("Översikt", "Overview"),
    "dash.part": ("Översikt: {part}", "Overview: {part}"),
    "dash.assessed": ("{done}/{total} bedömda", "{done}/{total} assessed"),
    "dash.done": ("{done}/{total} ifyllda", "{done}/{total} filled in"),
    "dash.with_outcome": ("{done}/{total} med utfall", "{done}/{total} with an outcome"),
    "dash.nothing": ("Inget här fylls i vid årets slut.", "Nothing here is filled in at year end."),
    "dash.attention.one": ("1 post behöver åtgärdas", "1 item needs attention"),
    "dash.attention": ("{n} poster behöver åtgärdas", "{n} items need attention"),
    "dash.open.one": ("1 post kvar att fylla i", "1 item left to fill in"),
    "dash.open": ("{n} poster kvar att fylla i", "{n} items left to fill in"),
    "dash.all_done": ("Allt är ifyllt.", "Everything is filled in."),
    "dash.risk_activities": ("Åtgärder under risker", "Follow-up activities under risks"),
    "dash.matrix": ("Riskmatris", "Risk matrix"),
    "dash.probability": ("↑ sannolikhet", "↑ probability"),
    "dash.consequence": ("konsekvens →", "consequence →"),
    "dash.matrix_hint": ("Pilar väljer ruta · Enter eller klick visar riskerna",
                         "Arrows choose a cell · Enter or a click shows the risks"),
    "dash.matrix_unplaced.one": ("1 risk utan sannolikhet eller konsekvens",
                                 "1 risk without probability or consequence"),
    "dash.matrix_unplaced": ("{n} risker utan sannolikhet eller konsekvens",
                             "{n} risks without probability or consequence"),
    "dash.matrix_empty": ("Inga risker i rutan", "No risks in that cell"),
    "dash.people": ("Per ansvarig", "By responsible"),
    "dash.person_open": ("{open} kvar av {total}", "{open} left of {total}"),
    "dash.nobody": ("(ingen ansvarig)", "(no one responsible)"),
    "dash.more_people": ("… och {n} till", "… and {n} more"),
    "dash.sparkline": ("Utfall per år", "Outcome by year"),
    "state.met": ("uppnått", "met"),
    "state.not_met": ("ej uppnått", "not met"),
    "state.no_target": ("utan målvärde", "no target"),
    "state.no_data": ("uppgift saknas", "no data"),
    "state.unset": ("utfall saknas", "no outcome"),
    "filter.risk_cell": ("Sannolikhet {p} × konsekvens {c}", "Probability {p} × consequence {c}"),
    # legend
    "legend.title": ("Teckenförklaring", "Legend"),
    "legend.risk": ("Talet före en risk", "The number before a risk"),
    "legend.risk_text": (
        "Riskvärdet: sannolikhet × konsekvens (1–{n} vardera). Rött och fetstilt när värdet "
        "är {threshold} eller mer (då ska risken ha kontrollmoment); – när det saknas.",
        "The risk value: probability × consequence (1–{n} each). Red and bold when it is "
        "{threshold} or more (the risk then needs control points); – when it is missing."),
    "legend.marks": ("Övriga tecken", "Other marks"),
    "legend.tree": ("▸ ▾  ihopfälld / utfälld rad", "▸ ▾  collapsed / expanded row"),
    "legend.comment": ("← kommentar saknas: värdet kräver en kommentar",
                       "← comment missing: the value requires a comment"),
    "legend.outcome": ("tal i cyan efter en indikator: årets utfall",
                       "a number in cyan after an indicator: this year's outcome"),
    "legend.percent": ("”40 %” efter en aktivitet: hur långt den kommit",
                       "“40 %” after an activity: how far it has come"),
    "legend.unset": ("ej satt", "not set"),
}

# The scales' own names, for the legend's headings.
SCALE_TITLES: dict[str, tuple[str, str]] = {
    "goal_assessment": ("Bedömning av mål", "Goal assessment"),
    "process_assessment": ("Bedömning av processområden", "Process area assessment"),
    "trend": ("Trend", "Trend"),
    "activity_status": ("Status för aktiviteter", "Activity status"),
    "assignment_status": ("Status för uppdrag", "Assignment status"),
    "control_status": ("Status för kontrollmoment", "Control point status"),
    "control_assessment": ("Bedömning av kontrollmoment", "Control point assessment"),
    "contractor_fulfilment": ("Uppfyllelse, privata utförare", "Fulfilment, private contractors"),
    "risk_category": ("Riskkategori", "Risk category"),
}
STRINGS.update({f"scale.{name}": words for name, words in SCALE_TITLES.items()})
