"""Named schemes a report can start from (`[scheme] preset = "..."`).

kalmar    Kalmar's shape: Fokusområde > Långsiktigt mål > Årsmål > Nämndsmål, Helt / Delvis / Ej.
tvaniva   Numbered council and board goals assessed Uppfyllt / Ej uppfyllt.
process   Perspektiv > Processområde (assessed, with trend) > Processmål, with åtaganden.

Symbols are those seen in real reports (docs/format.md lists them); colours are rich colour names.
"""

from __future__ import annotations

from reportmodel.core.scheme import Level, Scale, ScaleValue, Scheme

V = ScaleValue

GOAL_KALMAR = Scale(
    "goal_assessment",
    (
        V("helt", "Helt uppfyllt", "Fully achieved", "🟢", "green", 3),
        V("delvis", "Delvis uppfyllt", "Partly achieved", "🟡", "yellow", 2, True),
        V("ej", "Ej uppfyllt", "Not achieved", "🔴", "red", 1, True),
    ),
)
GOAL_TWO_LEVEL = Scale(
    "goal_assessment",
    (
        V("uppfyllt", "Uppfyllt", "Achieved", "🟢", "green", 2),
        V("ej-uppfyllt", "Ej uppfyllt", "Not achieved", "🔴", "red", 1, True),
    ),
)
PROCESS_ASSESSMENT = Scale(
    "process_assessment",
    (
        V("uppna", "Bedöms uppnå resultatmålen", "Expected to reach its targets", "🟢", "green", 3),
        V("delvis", "Bedöms delvis uppnå resultatmålen", "Expected to partly reach its targets",
          "🟡", "yellow", 2, True),
        V("ej", "Bedöms ej uppnå resultatmålen", "Not expected to reach its targets",
          "🔴", "red", 1, True),
    ),
)
TREND = Scale(
    "trend",
    (
        V("battre", "Bättre", "Better", "↗", "green", 3),
        V("oforandrad", "Oförändrad", "Unchanged", "→", "yellow", 2),
        V("samre", "Sämre", "Worse", "↘", "red", 1),
    ),
    unset_label="Ingen trend angiven",
    unset_label_en="No trend given",
    unset_symbol="·",
)
# K22 prints only symbols, without a legend; the meaning of 🕒 and ⬇ is read from the comments
# next to them: the 🕒 activity (K22:1078) says "Ej aktuellt längre", the ⬇ one (K22:1541) was
# postponed to a decision in 2023. So 🕒 = no longer relevant, ⬇ = delayed.
ACTIVITY_STATUS = Scale(
    "activity_status",
    (
        V("genomford", "Genomförd", "Done", "✓", "green", 4),
        V("pagaende", "Pågående", "In progress", "▶", "blue", 3),
        V("forsenad", "Försenad", "Delayed", "⬇", "yellow", 2, True),
        V("ej-paborjad", "Ej påbörjad", "Not started", "□", "white", 1),
        V("ej-aktuell", "Ej längre aktuell", "No longer relevant", "🕒", "bright_black", 0, True),
    ),
    unset_label="Status saknas",
    unset_label_en="No status",
    unset_symbol="?",
)
ASSIGNMENT_STATUS = Scale(
    "assignment_status",
    (
        V("fardig", "Färdig", "Finished", "✓", "green", 3),
        V("paborjad", "Påbörjad", "Started", "▶", "blue", 2),
        V("ej-paborjad", "Ej påbörjad", "Not started", "□", "white", 1),
    ),
    unset_label="Status saknas",
    unset_label_en="No status",
    unset_symbol="?",
)
COMMITMENT_STATUS = Scale(
    "assignment_status",
    (
        V("klart", "Klart", "Done", "✓", "green", 2),
        V("forsenat", "Försenat", "Delayed", "⬇", "yellow", 1, True),
    ),
    unset_label="Status saknas",
    unset_label_en="No status",
    unset_symbol="?",
)
CONTROL_STATUS = Scale(
    "control_status",
    (
        V("genomford", "Genomförd", "Done", "✓", "green", 3),
        V("pagaende", "Pågående", "In progress", "▶", "blue", 2),
        V("ej-genomford", "Ej genomförd", "Not done", "□", "red", 1, True),
    ),
    unset_label="Status saknas",
    unset_label_en="No status",
    unset_symbol="?",
)
CONTROL_ASSESSMENT = Scale(
    "control_assessment",
    (
        V("utan-anmarkning", "Utan anmärkning", "No remarks", "●", "green", 3),
        V("med-anmarkning", "Med anmärkning", "With remarks", "◐", "yellow", 2, True),
        V("ej-genomford", "Ej genomförd", "Not carried out", "🚫", "red", 1, True),
    ),
    unset_label="Ej bedömd",
    unset_label_en="Not assessed",
)
CONTRACTOR_FULFILMENT = Scale(
    "contractor_fulfilment",
    (
        # Words only: ● ◐ are the control assessment's symbols in the same appendices, and ○
        # is "not assessed" elsewhere; a report that wants symbols declares them.
        V("ja", "Ja", "Yes", "", "green", 3),
        V("delvis", "Delvis", "Partly", "", "yellow", 2, True),
        V("nej", "Nej", "No", "", "red", 1, True),
        V("ej-aktuell", "Ej aktuell", "Not applicable", "", "bright_black", 0),
    ),
    unset_label="Ej bedömd",
    unset_label_en="Not assessed",
    unset_symbol="?",
)
RISK_CATEGORY = Scale(
    "risk_category",
    (
        V("verksamhetsrisk", "Verksamhetsrisk", "Operational risk"),
        V("omvarldsrisk", "Omvärldsrisk", "External risk"),
        V("legal-risk", "Legal risk", "Legal risk"),
        V("finansiell-rapportering", "Risk i finansiell rapportering", "Financial reporting risk"),
        V("finansiell-risk", "Finansiell risk", "Financial risk"),
        V("it-risk", "IT-risk", "IT risk"),
    ),
    unset_label="Kategori saknas",
    unset_label_en="No category",
    unset_symbol="",
)

COMMON_SCALES = {
    s.name: s
    for s in (
        PROCESS_ASSESSMENT, TREND, ACTIVITY_STATUS, ASSIGNMENT_STATUS, CONTROL_STATUS,
        CONTROL_ASSESSMENT, CONTRACTOR_FULFILMENT, RISK_CATEGORY,
    )
}

KALMAR = Scheme(
    preset="kalmar",
    levels=(
        Level("fokusomrade", "Fokusområde", "Focus area"),
        Level("langsiktigt-mal", "Långsiktigt mål", "Long-term goal"),
        Level("arsmal", "Årsmål", "Annual goal"),
        Level("namndsmal", "Nämndsmål", "Board goal", assessment="goal_assessment"),
    ),
    scales={**COMMON_SCALES, "goal_assessment": GOAL_KALMAR},
    risk_matrix_size=4,
    risk_control_threshold=8,
)

TVANIVA = Scheme(
    preset="tvaniva",
    levels=(
        Level("kf-mal", "Kommunfullmäktiges mål", "Council goal"),
        Level("namndsmal", "Nämndsmål", "Board goal", assessment="goal_assessment"),
    ),
    scales={**COMMON_SCALES, "goal_assessment": GOAL_TWO_LEVEL},
    risk_matrix_size=4,
    risk_control_threshold=8,
)

PROCESS = Scheme(
    preset="process",
    levels=(
        Level("perspektiv", "Perspektiv", "Perspective"),
        Level("processomrade", "Processområde", "Process area",
              assessment="process_assessment", trend=True),
        Level("processmal", "Processmål", "Process goal"),
    ),
    scales={**COMMON_SCALES, "goal_assessment": GOAL_KALMAR, "assignment_status": COMMITMENT_STATUS},
    completion_steps=(0, 20, 80, 100),
    risk_matrix_size=4,
    risk_control_threshold=8,
    terms={"assignment": ("Åtagande", "Commitment"), "process": ("Område", "Area")},
)

PRESETS: dict[str, Scheme] = {s.preset: s for s in (KALMAR, TVANIVA, PROCESS)}
