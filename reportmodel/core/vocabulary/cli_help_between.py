"""The command line's help for the commands between years and between officers: diff, rollover,
merge-file, share, todo and log ("help.<command>…", as cli_help.py). Apart from cli_help.py, which
merges them in, only so that neither module grows past what a reader takes in at once.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # diff
    "help.diff": ("jämför två rapporter: förra årets och årets",
                  "compare two reports: last year's and this year's"),
    "help.diff.description": (
        "Jämför två rapporter post för post. Poster paras ihop via id:t de fortsätter "
        "(continues = \"gammalt-id\"), sedan via id, titel (årtal i titlar räknas inte) och "
        "likhet i titel och beskrivning; aldrig via position. Visar bedömningar per nivå sida "
        "vid sida, nya, borttagna, omdöpta, flyttade, delade och sammanslagna poster och varje "
        "ändrat fält, ändrade texter ord för ord. Slutkod 0, eller med --exit-code 1 när "
        "rapporterna skiljer sig; 2 vid felaktig indata.",
        "Compare two reports item by item. Items are paired by the id they continue "
        "(continues = \"old-id\"), then by id, by title (years in titles ignored) and by "
        "similarity of title and description; never by position. Prints assessments per level "
        "side by side, items added, removed, renamed, moved, split and merged, and every "
        "changed field, changed texts word by word. Exit 0, or with --exit-code 1 when the "
        "reports differ; 2 on bad input."),
    "help.diff.old": ("den äldre rapporten, t.ex. förra årets",
                      "the older report, e.g. last year's"),
    "help.diff.new": ("den nyare rapporten", "the newer report"),
    "help.diff.format": ("text (färger i en terminal), md (ett dokument att bifoga), json "
                         "(kontraktet i docs/diff.md)",
                         "text (colours in a terminal), md (a document to attach), json (the "
                         "contract in docs/diff.md)"),
    "help.diff.only": ("begränsa till delar, kommaseparerade eller upprepade: {parts}",
                       "limit to parts, comma-separated or repeated: {parts}"),
    "help.diff.exit_code": ("slutkod 1 när rapporterna (de visade delarna) skiljer sig, 0 "
                            "annars",
                            "exit 1 when the reports (the parts shown) differ, 0 when they do "
                            "not"),
    "help.diff.suggest_trends": ("visa bara de trender som ändringen i bedömning föreslår, för "
                                 "nivåer med trend; inget skrivs",
                                 "list only the trends the change in assessment suggests, for "
                                 "levels with a trend; nothing is written"),
    # rollover
    "help.rollover": ("påbörja nästa års rapport från den här",
                      "start next year's report from this one"),
    "help.rollover.description": (
        "Skriv nästa års rapport: samma mål, indikatorer, risker och kontrollmoment med samma "
        "id; året framflyttat i titlar och metadata; bedömningar, status, trender och "
        "kommentarer tömda, med årets kommentar sparad som previous_comment; avslutade "
        "aktiviteter och uppdrag utelämnade. Filen FIL ändras inte.",
        "Write next year's report: the same goals, indicators, risks and control points with "
        "the same ids; the year moved on in titles and metadata; assessments, statuses, trends "
        "and comments cleared, with this year's comment kept as previous_comment; finished "
        "activities and assignments left out. The file FILE is not changed."),
    "help.rollover.file": ("årets rapport", "this year's report"),
    "help.rollover.year": ("den nya rapportens år (standard: året efter FILs)",
                           "the new report's year (default: the year after FILE's)"),
    "help.rollover.output": ("vart den skrivs (standard: FILs namn med året framflyttat, t.ex. "
                             "kalmar-2022.toml -> kalmar-2023.toml)",
                             "where to write it (default: FILE's name with the year moved on, "
                             "e.g. kalmar-2022.toml -> kalmar-2023.toml)"),
    "help.rollover.force": ("ersätt UT om den finns (sparas som UT.bak)",
                            "replace OUT if it exists (kept as OUT.bak)"),
    "help.rollover.move_years": ("flytta också året i posternas titlar och i [layout.titles] "
                                 "(annars listas de, oförändrade)",
                                 "also move the year on in item titles and [layout.titles] "
                                 "(listed otherwise, unchanged)"),
    "help.rollover.keep_all": ("för över avslutade aktiviteter och uppdrag också",
                               "carry over finished activities and assignments too"),
    "help.rollover.kind": ("den nya rapportens typ (standard: FILs), t.ex. verksamhetsplan",
                           "the kind of the new report (default: FILE's kind), e.g. "
                           "verksamhetsplan"),
    # sharing through git: merge-file, share, todo, log
    "help.merge-file": ("sammanfoga tre versioner av en rapport (gits merge-drivrutin)",
                        "merge three versions of a report (git's merge driver)"),
    "help.merge-file.description": (
        "Sammanfoga två versioner av en rapport med deras gemensamma ursprung, post för post och "
        "fält för fält, och skriv resultatet över VÅR. Ett fält som ändrats olika på båda sidor "
        "sparas som en konflikt i filens [conflicts]-tabell (aldrig med konfliktmarkeringar); "
        "`yearend check` listar dem. Slutstatus 0 utan konflikter, 1 med. Git kör den som: "
        "yearend merge-file %O %A %B %P",
        "Merge two versions of a report with their common ancestor, item by item and field by "
        "field, writing the result over OURS. A field changed differently on both sides is kept "
        "as a conflict in the file's [conflicts] table (never conflict markers); `yearend check` "
        "lists them. Exit 0 clean, 1 conflicts. Git runs it as: yearend merge-file %O %A %B %P"),
    "help.merge-file.path": ("filens namn i förrådet", "the file's name in the repository"),
    "help.metavar.base": ("BAS", "BASE"),
    "help.metavar.ours": ("VÅR", "OURS"),
    "help.metavar.theirs": ("DERAS", "THEIRS"),
    "help.metavar.path": ("SÖKVÄG", "PATH"),
    "help.metavar.dir": ("MAPP", "DIR"),
    "help.metavar.name": ("NAMN", "NAME"),
    "help.metavar.item": ("POST", "ITEM"),
    "help.share": ("gör en mapp till ett git-förråd som gruppen delar rapporter genom",
                   "set up a folder as a git repository the team shares reports through"),
    "help.share.description": (
        "Gör MAPP till ett git-förråd för rapporter (git init om den inte är ett) och ställ in "
        "det: yearends merge-drivrutin i dess inställningar, .gitattributes som pekar ut den för "
        "*.toml, .gitignore för säkerhetskopior, lås och tillfälliga filer. Kan köras igen; "
        "säger vad den gjorde.",
        "Make DIR a git repository for reports (git init when it is not one) and set it up: the "
        "yearend merge driver in its config, .gitattributes naming it for *.toml, .gitignore for "
        "backups, locks and temporary files. Safe to run again; says what it did."),
    "help.todo": ("vad varje ansvarig har kvar att fylla i",
                  "what each responsible person still has to fill in"),
    "help.todo.description": (
        "Lista per ansvarig person de poster i en rapport som fortfarande behöver något ifyllt "
        "(bedömning, status, en kommentar som krävs, årets utfall för en indikator), som vanlig "
        "text för ett påminnelsemejl. En post utan ansvarig hör till målet eller risken den "
        "ligger under.",
        "List, per responsible person, the items of a report that still need something filled "
        "in (assessment, status, a required comment, this year's indicator outcome), as plain "
        "text for a reminder e-mail. An item without a responsible answers to the goal or risk "
        "it belongs to."),
    "help.todo.responsible": ("bara den här personen (skiftläge spelar ingen roll)",
                              "only this person (case ignored)"),
    "help.todo.all": ("lista också dem som inte har något kvar",
                      "list people with nothing left too"),
    "help.format_text_json": ("utdataformat: text eller json", "output format: text or json"),
    "help.log": ("vem som ändrade vilket fält i en post och när, från git",
                 "who changed which field of an item when, from git"),
    "help.log.description": (
        "Lista vem som ändrade vilket fält i en post och när, läst ur rapportfilens git-historik: "
        "varje incheckad version jämförs med den före via postens id. Ändringar som inte är "
        "incheckade kommer sist.",
        "List who changed which field of one item when, read from the git history of the report "
        "file: each committed version is compared with the one before by the item's id. "
        "Uncommitted changes come last."),
    "help.log.item": ("postens id, eller samling/id när flera poster har samma id "
                      "(processes/ekonomi), eller dess nyckelsökväg",
                      "the item's id, or collection/id when several items share the id "
                      "(processes/ekonomi), or its key path"),
    "help.log.max_count": ("läs bara filens N senaste incheckningar",
                           "read only the last N commits of the file"),
}
