"""The command line's help: every command's one-line help, description and option help, in
Swedish and English ("help.<command>", "help.<command>.description", "help.<command>.<option>").
argparse's own words are in argparse_sv.py; diff, rollover and the git commands' help in
cli_help_between.py, merged in here.
"""

from __future__ import annotations

from reportmodel.core.vocabulary.cli_help_between import MESSAGES as _BETWEEN

MESSAGES: dict[str, tuple[str, str]] = {
    "help.description": ("Årsrapporter för kommunala nämnder, sparade som vanliga TOML-filer.",
                         "Year-end reports of Swedish municipal boards, kept as plain TOML "
                         "files."),
    "help.version": ("visa versionen och avsluta", "show the version and exit"),
    "help.lang": ("språk för meddelanden: sv eller en (standard: inställningarna, sedan "
                  "LANG, annars sv)",
                  "language of messages: sv or en (default: the settings, then LANG, else sv)"),
    "help.file": ("rapporten", "the report"),
    # placeholders in usage lines; messages name them too ("-o UT", "yearend diff GAMMAL NY")
    "help.metavar.command": ("KOMMANDO", "COMMAND"),
    "help.metavar.file": ("FIL", "FILE"),
    "help.metavar.old": ("GAMMAL", "OLD"),
    "help.metavar.new": ("NY", "NEW"),
    "help.metavar.part": ("DEL", "PART"),
    "help.metavar.parts": ("DELAR", "PARTS"),
    "help.metavar.out_md": ("UT.md", "OUT.md"),
    "help.metavar.out": ("UT", "OUT"),
    "help.metavar.template": ("MALL.docx", "TEMPLATE.docx"),
    "help.metavar.year": ("ÅR", "YEAR"),
    "help.metavar.topic": ("ÄMNE", "TOPIC"),
    "help.force": ("skriv över en befintlig fil", "overwrite an existing file"),
    "help.only_parts": ("bara dessa delar, kommaseparerade: {parts}",
                        "only these parts, comma-separated: {parts}"),
    "help.ascii": ("ord i stället för symboler", "words instead of symbols"),
    "help.report_lang": ("språk för de fasta orden i rapporten (standard: rapportens)",
                         "language of the fixed words (default: the report's)"),
    # check
    "help.check": ("kontrollera rapportfiler och förklara varje problem",
                   "validate report files and explain every problem"),
    "help.check.description": (
        "Kontrollera rapportfiler. Skriver varje fel och varning med fil, rad och post. "
        "Vid årets slut varnar den också för det som brukar glömmas: ärendebeteckning och "
        "datum, trender, indikatorer utan årets utfall. Slutkod 0 när filen är giltig, 1 vid "
        "varningar med --strict, 2 när en fil har fel eller inte kan läsas.",
        "Validate report files. Prints every error and warning with its file, line and item. "
        "At year end it also warns about what is easily forgotten: case number and date, "
        "trends, indicators without this year's outcome. Exit 0 when valid, 1 when there are "
        "warnings and --strict is given, 2 when a file has errors or cannot be read."),
    "help.check.strict": ("misslyckas även vid varningar", "fail on warnings too"),
    "help.check.quiet": ("skriv bara problemen, ingen sammanfattning",
                         "print problems only, no summary"),
    # fmt
    "help.fmt": ("skriv om rapportfiler i kanonisk form", "rewrite report files in canonical form"),
    "help.fmt.description": (
        "Skriv om rapportfiler kanoniskt: den nyckelordning, layout och formatversion som "
        "yearend skriver. En fil med fel lämnas orörd. Ett inledande BOM-tecken tas bort.",
        "Rewrite report files canonically: the key order, layout and format version yearend "
        "writes. A file with errors is left alone. A leading byte-order mark is removed."),
    "help.fmt.check": ("ändra ingenting; slutkod 1 när en fil inte är kanonisk",
                       "change nothing; exit 1 when a file is not canonical"),
    # stats
    "help.stats": ("sammanställning: bedömningar, status, risker",
                   "summary counts: assessments, statuses, risks"),
    "help.stats.description": (
        "Skriv antalen som rapportens sammanställningar visar: mål per nivå och bedömning, "
        "aktiviteter och uppdrag per status, kontrollmoment per bedömning, risker per "
        "riskvärde. --format json skriver kontraktet i docs/cli.md.",
        "Print the counts a report's summary tables hold: goals per level by assessment, "
        "activities and assignments by status, control points by assessment, risks by value. "
        "--format json prints the documented contract of docs/cli.md."),
    "help.stats.format": ("text (tabeller) eller json (ett dokumenterat kontrakt)",
                          "text (tables) or json (a documented contract)"),
    # new
    "help.new": ("skriv en tom rapport av en förinställd form",
                 "write a blank report of a preset shape"),
    "help.new.description": (
        "Skriv en tom rapport: metadata och schemat från en förinställning (kalmar: Helt/"
        "Delvis/Ej uppfyllt på fyra målnivåer; tvaniva: Uppfyllt/Ej uppfyllt; process: "
        "processområden med trend och åtaganden). Skriver inte över en fil utan --force.",
        "Write a blank report: metadata and the scheme of a preset (kalmar: Helt/Delvis/Ej "
        "uppfyllt over four goal levels; tvaniva: Uppfyllt/Ej uppfyllt; process: process areas "
        "with trend and åtaganden). Refuses to overwrite a file without --force."),
    "help.new.preset": ("rapportens form", "the report's shape"),
    "help.new.output": ("filen som skrivs", "the file to write"),
    "help.new.municipality": ("kommunens namn", "the municipality's name"),
    "help.new.board": ("nämndens namn", "the board's name"),
    "help.new.year": ("rapportens år", "the report's year"),
    "help.new.kind": ("rapportens typ", "the kind of report"),
    "help.new.title": ("standard: '<Typ> <år>' på rapportens språk",
                       "default: '<Kind> <year>' in the report's language"),
    "help.new.lang": ("rapportens språk", "the report's language"),
    # edit
    "help.edit": ("öppna en rapport i redigeraren", "open a report in the editor"),
    "help.edit.description": (
        "Öppna en rapport i terminalredigeraren: bedöm mål, skriv kommentarer, sätt status "
        "och utfall, spara med ctrl+s. En fil med fel öppnas inte; dess problem skrivs ut "
        "(slutkod 2). F1 i redigeraren visar alla tangenter. Utan FIL öppnas den rapport som "
        "öppnades senast, vid den post som var vald när den stängdes.",
        "Open a report in the terminal editor: assess goals, write comments, set statuses and "
        "indicator outcomes, save with ctrl+s. A file with errors is not opened; its problems "
        "are printed (exit 2). F1 in the editor lists every key. Without FILE the report opened "
        "last is opened again, at the item selected when it was closed."),
    "help.edit.file": ("rapporten (standard: den som öppnades senast)",
                       "the report (default: the one opened last)"),
    "help.edit.compare": ("jämför med förra årets rapport GAMMAL: innehållet markerar nya (+) "
                          "och ändrade (~) poster, detaljen visar förra årets värden",
                          "compare with last year's report OLD: the outline marks new (+) and "
                          "changed (~) items, the detail shows last year's values"),
    # demo
    "help.demo": ("prova redigeraren på en kopia av en riktig rapport",
                  "try the editor on a copy of a real report"),
    "help.demo.description": (
        "Kopiera exempelrapporten (Kalmar kommun, Kommunstyrelsens årsrapport 2022) till din "
        "datamapp och öppna kopian i redigeraren. En befintlig kopia öppnas som du lämnade den.",
        "Copy the sample report (Kalmar kommun, Kommunstyrelsens årsrapport 2022) to your data "
        "directory and open the copy in the editor. An existing copy is opened as you left it."),
    "help.demo.reset": ("ersätt kopian med en ny från exemplet (den gamla sparas som .bak)",
                        "replace the copy with a fresh one from the sample (the old copy is "
                        "kept as .bak)"),
    "help.demo.path": ("skriv kopians sökväg i stället för att öppna redigeraren",
                       "print the copy's path instead of opening the editor"),
    # export
    "help.export": ("skriv rapporten som Markdown, Word eller PDF",
                    "write the report as Markdown, Word or PDF"),
    "help.export.format": ("md (GitHub-Markdown), docx (Word) eller pdf (taggad PDF/UA); "
                           "standard: från namnet efter -o, annars md. docx och pdf kräver -o",
                           "md (GitHub-flavoured Markdown), docx (Word) or pdf (tagged PDF/UA); "
                           "default: from the -o name, else md. docx and pdf need -o"),
    "help.export.template": ("en Word-mall (.docx, .dotx) vars format, sidhuvuden och sidfötter "
                             "Word-filen tar; standard: rapportens [layout] template",
                             "a Word template (.docx, .dotx) whose styles, headers and footers "
                             "the Word file takes; default: the report's [layout] template"),
    "help.export.description": (
        "Skriv den färdiga rapporten som Markdown (GitHub-varianten), Word (docx) eller PDF: titelblock, förslag till "
        "beslut, sammanfattning, textavsnitt, mål med indikatorer, aktiviteter och uppdrag, "
        "intern kontroll med risköversikt och riskmatris, uppföljning av privata utförare och "
        "en teckenförklaring. Samma rapport ger alltid samma byte (Word och PDF: med "
        "SOURCE_DATE_EPOCH satt). Se docs/export.md och docs/documents.md.",
        "Write the finished report as GitHub-flavoured Markdown, Word (docx) or PDF: title block, proposed "
        "decision, summary table, narrative sections, goals with indicators, activities and "
        "assignments, internal control with risk overview and matrix, contractor follow-up, "
        "and a legend of the symbols used. The same report always gives the same bytes (Word and "
        "PDF: with SOURCE_DATE_EPOCH set). See docs/export.md and docs/documents.md."),
    "help.export.output": ("skriv till den här filen (atomärt) i stället för standard ut; "
                           "ändelsen (.md, .docx, .pdf) väljer formatet om inte --format anges",
                           "write to this file (atomically) instead of standard output; its "
                           "suffix (.md, .docx, .pdf) chooses the format unless --format is given"),
    "help.export.only": ("bara dessa delar, kommaseparerade, för separata bilagor: {parts}, "
                         "section:<id> (ett textavsnitt med sina underavsnitt) (titelblocket "
                         "skrivs alltid, teckenförklaringen när en symbol används)",
                         "only these parts, comma-separated, for separate appendices: {parts}, "
                         "section:<id> (one narrative section with its sub-sections) (the title "
                         "block is always written, the legend when a symbol is used)"),
    "help.export.ascii": ("ord i stället för symboler, för konverteringar som tappar emoji "
                          "(Word)",
                          "words instead of symbols, for conversions that lose emoji (Word)"),
    # show
    "help.show": ("visa den färdiga rapporten i terminalen",
                  "show the finished report in the terminal"),
    "help.show.description": (
        "Visa den färdiga rapporten i terminalen: tabeller, bedömningar och status i sina "
        "färger. Längre än skärmen öppnas den i en bläddrare ($PAGER eller less). Följer "
        "NO_COLOR.",
        "Show the finished report in the terminal: tables, assessments and statuses in their "
        "colours. Longer than the screen, it opens in a pager ($PAGER or less). Honours "
        "NO_COLOR."),
    "help.show.no_pager": ("bläddra aldrig, skriv allt", "never page, print everything"),
    "help.show.width": ("lägg ut för N kolumner ({min}-{max}; standard: terminalens)",
                        "lay out for N columns ({min}-{max}; default: the terminal's)"),
    # help, completion
    "help.help": ("visa dokumentationen som följer med yearend",
                  "show the documentation that ships with yearend"),
    "help.help.description": (
        "Visa ett dokument som följer med yearend: {topics}. Utan ÄMNE listas dokumenten.",
        "Show a document that ships with yearend: {topics}. Without TOPIC the documents are "
        "listed."),
    "help.help.topic": ("dokumentet att visa", "the document to show"),
    "help.completion": ("skriv ett kompletteringsskript för bash, zsh eller fish",
                        "print a shell completion script for bash, zsh or fish"),
    "help.completion.description": (
        "Skriv ett skript som låter skalet komplettera kommandon, flaggor och filnamn. "
        "bash: yearend completion bash > ~/.local/share/bash-completion/completions/yearend; "
        "zsh: yearend completion zsh > ~/.zfunc/_yearend; fish: yearend completion fish > "
        "~/.config/fish/completions/yearend.fish.",
        "Print a script that lets the shell complete commands, options and file names. "
        "bash: yearend completion bash > ~/.local/share/bash-completion/completions/yearend; "
        "zsh: yearend completion zsh > ~/.zfunc/_yearend; fish: yearend completion fish > "
        "~/.config/fish/completions/yearend.fish."),
    "help.completion.shell": ("skalet", "the shell"),
}
MESSAGES.update(_BETWEEN)
