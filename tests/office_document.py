"""A Kalmar-like finished document built by hand, for the Word and PDF writers' tests.

Built from the block types alone, so the writers are tested without the builder: a memo with
numbered decision points and signatures, a legend, goals with shaded assessment cells, an
indicator table, a risk matrix, stacked bars, a series and a table long enough to break across
pages, in Swedish with å ä ö and with text that would be markup in Typst or Markdown.
"""

from __future__ import annotations

from reportmodel.render.document import (
    BarSegment, BulletList, Cell, Column, Document, Fact, Facts, Heading, Legend, LegendEntry,
    LegendGroup, Meta, Paragraph, Part, RiskMatrix, Row, Series, Signatures, Span, StackedBars,
    Table, plain,
)
from reportmodel.render.document import Mark

FULL = Mark("goal", "full", "Helt uppfyllt", "🟢", "#2e7d32")
PARTLY = Mark("goal", "partly", "Delvis uppfyllt", "🟡", "#f9a825")
NOT_MET = Mark("goal", "not", "Ej uppfyllt", "🔴", "#c62828")
UNSET = Mark("goal", None, "Ej bedömd", "⚪", None)
DONE = Mark("status", "done", "Genomförd", "✔", "#2e7d32")
ONGOING = Mark("status", "ongoing", "Pågående", "…", "#1565c0")

GOAL_TITLES = [
    "Kalmar kommun ska ha ett gott företagsklimat",
    "Öka andelen invånare som är nöjda med kommunens service",
    "Minska klimatpåverkan från kommunens verksamheter",
    "Alla barn och unga ska få en god start i livet",
    "Kommunen ska vara en attraktiv arbetsgivare för både män och kvinnor",
]
ASSESSED = [FULL, PARTLY, NOT_MET, PARTLY, UNSET]

# Words that mean something to Typst or Markdown; they must come out as they are written.
TRICKY = "Kostnad #1: 50 $ * 2 = [100] _kr_ <b>fet</b> @ref \\ slut"


def memo() -> Part:
    return Part("memo", "Förslag till beslut", [
        Heading(1, plain("Årsrapport 2022 för kommunstyrelsen")),
        Heading(2, plain("Förslag till beslut")),
        BulletList([[Paragraph(plain("Kommunstyrelsen godkänner årsrapporten för 2022."))],
                    [Paragraph(plain("Rapporten överlämnas till kommunfullmäktige."))]],
                   ordered=True),
        Heading(2, plain("Bakgrund")),
        Paragraph((Span("Kommunledningskontoret har sammanställt "),
                   Span("årsrapporten", bold=True), Span(" enligt "),
                   Span("styrmodellen", italic=True), Span(". Läs mer på "),
                   Span("kalmar.se", link="https://kalmar.se/"), Span("."))),
        Paragraph(plain(TRICKY)),
        Signatures("KOMMUNLEDNINGSKONTORET",
                   [("Annika Örnsköld", "kommundirektör"), ("Åke Bäckström", "ekonomichef")]),
    ])


def legend() -> Part:
    return Part("legend", "Teckenförklaring", [
        Heading(1, plain("Teckenförklaring")),
        Legend([
            LegendGroup("Bedömning av mål", [
                LegendEntry(FULL, "Målet är uppnått under året"),
                LegendEntry(PARTLY, "Arbetet pågår och går åt rätt håll"),
                LegendEntry(NOT_MET), LegendEntry(UNSET)]),
            LegendGroup("Status för aktiviteter", [LegendEntry(DONE), LegendEntry(ONGOING)]),
        ]),
    ])


def goal_blocks(number: int, title: str, mark: Mark) -> list:
    return [
        Heading(2, plain(title), number=f"{number}.", anchor=f"goal-{number}"),
        Facts([Fact("Bedömning", mark), Fact("Ansvarig", plain("Förvaltningsledningen"))]),
        Paragraph(plain("Förvaltningen bedömer att målet har utvecklats i positiv riktning "
                        "under året, särskilt inom överförmyndarverksamheten och "
                        "ansvarsfördelningsdiskussionerna mellan förvaltningarna.")),
        BulletList([[Paragraph(plain("Fler e-tjänster för företagare"))],
                    [Paragraph(plain("Kortare handläggningstider för bygglov"))]]),
        Table([Column("Aktivitet", "title", 3.0), Column("Status", "status", 1.0),
               Column("Kommentar", "comment", 3.0)],
              [Row([Cell(plain("Genomföra medborgardialog i Smedby och Ljungbyholm")),
                    Cell(mark=DONE), Cell(plain("Genomförd i maj med 140 deltagare."))]),
               Row([Cell(plain("Digitalisera diarieföringen")), Cell(mark=ONGOING),
                    Cell(plain("Upphandling pågår; klar 2023."))])]),
    ]


def goals() -> Part:
    blocks: list = [Heading(1, plain("Nämndens mål"))]
    blocks.append(Table(
        [Column("Nämndsmål", "title", 4.0), Column("Bedömning", "assessment", 1.0)],
        [Row([Cell(plain(f"{i}. {t}")), Cell(mark=m)])
         for i, (t, m) in enumerate(zip(GOAL_TITLES, ASSESSED), 1)],
        caption="Sammanfattning av målbedömningen"))
    blocks.append(StackedBars("Måluppfyllelse per nivå", [
        ("Långsiktiga mål", [BarSegment(FULL, 4), BarSegment(PARTLY, 6), BarSegment(NOT_MET, 1)]),
        ("Nämndsmål", [BarSegment(FULL, 9), BarSegment(PARTLY, 12), BarSegment(NOT_MET, 3),
                       BarSegment(UNSET, 1)]),
    ]))
    for i, (t, m) in enumerate(zip(GOAL_TITLES, ASSESSED), 1):
        blocks += goal_blocks(i, t, m)
    blocks.append(Heading(3, plain("Indikatorer")))
    blocks.append(Table(
        [Column("Indikator", "title", 3.0), Column("Utfall 2020", "outcome:2020", 1, "right"),
         Column("Utfall 2021", "outcome:2021", 1, "right"),
         Column("Utfall 2022", "outcome:2022", 1, "right"),
         Column("Mål 2023", "target:2023", 1, "right")],
        [Row([Cell(plain("Nöjd-Kund-Index, företagsklimat")), Cell(number="68"),
              Cell(number="71"), Cell(number="prel: 73"), Cell(number="75")]),
         Row([Cell(plain("Sjukfrånvaro (procent)")), Cell(number="2,90"), Cell(number="3,10"),
              Cell(number="2,40"), Cell(number="i.u.")])]))
    blocks.append(Series("Nöjd-Kund-Index, företagsklimat",
                         [(2019, 66.0), (2020, 68.0), (2021, 71.0), (2022, 73.0)],
                         [(2023, 75.0)], unit="index"))
    return Part("goals", "Nämndens mål", blocks, appendix=True)


def internal_control(rows: int = 60) -> Part:
    table_rows: list[Row] = []
    for r in range(rows):
        if r % 6 == 0:
            table_rows.append(Row([Cell(plain(f"Risk {r // 6 + 1}: Felaktiga utbetalningar "
                                              f"av försörjningsstöd"))], group=True))
        table_rows.append(Row([
            Cell(plain(f"Kontrollmoment {r + 1}: stickprov på attest och behörighet")),
            Cell(plain("Ekonomienheten")), Cell(number=str(3 + r % 4)),
            Cell(mark=DONE if r % 3 else ONGOING),
            Cell(plain("Inga avvikelser. Rutinen för återkrav har setts över."))]))
    return Part("internal-control", "Bilaga 1 – Uppföljning av internkontroll", [
        Heading(1, plain("Bilaga 1 – Uppföljning av internkontroll")),
        Paragraph(plain("Riskerna har värderats efter sannolikhet och konsekvens.")),
        RiskMatrix([4, 3, 2, 1], [1, 2, 3, 4],
                   {(4, 4): 1, (3, 4): 2, (3, 3): 3, (2, 3): 4, (2, 2): 5, (1, 1): 2, (1, 4): 1},
                   threshold=8, corner="Sannolikhet \\ Konsekvens",
                   note="Risker med riskvärde 8 eller högre får kontrollmoment."),
        Table([Column("Kontrollmoment", "title", 3.0), Column("Ansvarig", "responsible", 1.2),
               Column("Riskvärde", "value", 0.6, "right"), Column("Status", "status", 1.0),
               Column("Kommentar", "comment", 3.0)], table_rows),
    ], appendix=True)


def kalmar_document(lang: str = "sv", long_rows: int = 60) -> Document:
    meta = Meta(municipality="Kalmar kommun", board="Kommunstyrelsen", kind="Årsrapport",
                title="Årsrapport 2022", year=2022, case_number="KS 2023/0042",
                date="26 januari 2023", officer="Åsa Öberg")
    return Document("Årsrapport 2022 – Kommunstyrelsen", lang, meta,
                    [memo(), legend(), goals(), internal_control(long_rows)])
