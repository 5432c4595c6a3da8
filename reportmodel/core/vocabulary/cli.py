"""What the command line says, in Swedish and English: code -> (sv, en).

A code ending in ".one" is used instead of its base when the value `n` is 1. Values are written
{name}; Vocabulary.say makes each of them safe for a terminal before it is put in.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # shared
    "cli.n_errors": ("{n} fel", "{n} errors"),
    "cli.n_errors.one": ("1 fel", "1 error"),
    "cli.n_warnings": ("{n} varningar", "{n} warnings"),
    "cli.n_warnings.one": ("1 varning", "1 warning"),
    "cli.n_conflicts": ("{n} konflikter", "{n} conflicts"),
    "cli.n_conflicts.one": ("1 konflikt", "1 conflict"),
    "cli.not_a_report": ("{file}: {errors}; filen är ingen giltig rapport",
                         "{file}: {errors}; not a valid report"),
    "cli.warning_prefix": ("varning: ", "warning: "),
    "cli.interrupted": ("yearend: avbrutet", "yearend: interrupted"),
    "cli.internal_error": (
        "yearend: internt fel: {kind}: {error}\nEn kraschlogg har skrivits till {log}; skicka "
        "den till dem som utvecklar yearend.",
        "yearend: internal error: {kind}: {error}\nA crash log was written to {log}; please "
        "send it to the yearend developers."),
    "cli.unknown_part": ("yearend {command}: --only: okänd del {parts} (väntade en av: "
                         "{expected})",
                         "yearend {command}: --only: unknown part {parts} (expected one of: "
                         "{expected})"),
    "cli.cannot_save": ("yearend {command}: {file}: kunde inte sparas: {reason}",
                        "yearend {command}: {file}: could not be saved: {reason}"),
    "cli.os.enoent": ("filen eller mappen finns inte", "no such file or directory"),
    "cli.os.eacces": ("åtkomst nekad", "permission denied"),
    "cli.os.eisdir": ("är en mapp", "is a directory"),
    "cli.os.enospc": ("disken är full", "no space left on the disk"),
    "cli.os.erofs": ("skrivskyddat filsystem", "read-only file system"),
    "cli.os.other": ("fel {errno}", "error {errno}"),
    # the reason is the document builder's (render/), still English
    "cli.export.bad_only": ("yearend export: --only: {reason}", "yearend export: --only: {reason}"),
    "cli.os.refused": ("vägrade: {reason}", "refused: {reason}"),
    # check
    "cli.check.ok": ("{file}: godkänd ({errors}, {warnings})", "{file}: ok ({errors}, {warnings})"),
    "cli.check.failed": ("{file}: UNDERKÄND ({errors}, {warnings})",
                         "{file}: FAILED ({errors}, {warnings})"),
    # fmt
    "cli.fmt.not_formatted": ("{file}: inte omskriven (rätta felen först)",
                              "{file}: not formatted (fix the errors first)"),
    "cli.fmt.not_canonical": ("{file}: inte i kanonisk form (kör: yearend fmt {file})",
                              "{file}: not canonical (run: yearend fmt {file})"),
    "cli.fmt.formatted": ("{file}: omskriven", "{file}: formatted"),
    # new
    "cli.new.exists": ("yearend new: {file} finns redan och skrivs inte över (använd --force)",
                       "yearend new: {file} exists; not overwritten (use --force)"),
    "cli.new.bad_year": ("yearend new: {year} är inget årtal (väntade t.ex. 2026)",
                         "yearend new: {year} is not a year (expected e.g. 2026)"),
    "cli.new.written": ("{file}: en tom rapport av formen {preset} för {year}",
                        "{file}: a blank {preset} report for {year}"),
    # edit and demo
    "cli.edit.no_file": (
        "yearend edit: ingen FIL angiven och ingen rapport öppnad tidigare; ange rapporten som "
        "ska öppnas (`yearend edit rapport.toml`)",
        "yearend edit: no FILE given and no report opened before; give the report to open "
        "(`yearend edit rapport.toml`)"),
    "cli.edit.start_new": ("(`yearend new -o {file}` påbörjar en ny rapport)",
                           "(`yearend new -o {file}` starts a new report)"),
    "cli.edit.needs_terminal": (
        "yearend: redigeraren behöver en terminal (stdin och stdout får inte vara omdirigerade)",
        "yearend: the editor needs a terminal (stdin and stdout must not be redirected)"),
    "cli.edit.crash": (
        "yearend: redigeraren stoppade på ett internt fel: {kind}: {error}\n{lost} En "
        "kraschlogg har skrivits till {log}; skicka den till dem som utvecklar yearend.",
        "yearend: the editor stopped on an internal error: {kind}: {error}\n{lost} A crash "
        "log was written to {log}; please send it to the yearend developers."),
    "cli.edit.crash_copy": (
        "Dina osparade ändringar sparades i {copy}; öppna {file} igen så erbjuder redigeraren "
        "att återställa dem.",
        "Your unsaved changes were kept in {copy}; open {file} again and the editor offers to "
        "restore them."),
    "cli.edit.crash_lost": (
        "Ändringar efter den senaste sparningen gick förlorade; filen har den senaste sparningen.",
        "Changes made after the last save were lost; the file holds the last save."),
    "cli.edit.crash_nothing_lost": ("Inget gick förlorat: varje ändring var sparad.",
                                    "Nothing was lost: every change had been saved."),
    "cli.demo.missing": (
        "yearend demo: exempelrapporten saknas ({path}); den följer med källkoden till yearend "
        "(kör från en klon av förrådet, t.ex. `make run`)",
        "yearend demo: the sample report is missing ({path}); it ships with the yearend source "
        "tree (run from a clone of the repository, e.g. `make run`)"),
    "cli.demo.cannot_copy": ("yearend demo: kan inte kopiera exemplet till {path}: {reason}",
                             "yearend demo: cannot copy the sample to {path}: {reason}"),
    "cli.demo.fresh": ("yearend demo: en ny kopia av exemplet finns i {path}",
                       "yearend demo: a fresh copy of the sample is in {path}"),
    "cli.demo.reset_hint": ("(`yearend demo --reset` ersätter kopian med en ny)",
                            "(`yearend demo --reset` replaces the copy with a fresh one)"),
    # export and show
    "cli.export.refuse_toml": (
        "vägrar skriva Markdown till en .toml-fil (det kan vara en rapport); ge utdata ett "
        ".md-namn",
        "refusing to write Markdown into a .toml file (it may be a report); give the output a "
        ".md name"),
    "cli.export.refuse_dir": ("är en mapp; ange ett filnamn, t.ex. rapport.md",
                              "is a directory; give a file name, e.g. rapport.md"),
    "cli.export.refuse_no_dir": ("mappen {dir} finns inte", "the directory {dir} does not exist"),
    "cli.export.refuse_self": ("är själva rapporten; skriver inte över den",
                               "is the report itself; refusing to overwrite it"),
    "cli.export.needs_file": ("yearend export: --format {fmt} skriver en fil; ange den med -o, "
                              "t.ex. -o {name}",
                              "yearend export: --format {fmt} writes a file; give one with -o, "
                              "e.g. -o {name}"),
    "cli.export.suffix": ("yearend export: {file}: namnet slutar på {suffix} men formatet är "
                          "{fmt}; ge ett namn som slutar på {want} eller utelämna --format",
                          "yearend export: {file}: the name ends in {suffix} but the format is "
                          "{fmt}; give a {want} name or leave out --format"),
    "cli.export.template_format": ("yearend export: --template {template}: en Word-mall gäller "
                                   "bara --format docx",
                                   "yearend export: --template {template}: a Word template "
                                   "applies to --format docx only"),
    "cli.export.failed": ("yearend export: {reason}; {file} skrevs inte",
                          "yearend export: {reason}; {file} was not written"),
    "cli.export.warning": ("yearend export: {file}: {warning}", "yearend export: {file}: {warning}"),
    "cli.export.refused": ("yearend export: {file}: {reason}", "yearend export: {file}: {reason}"),
    "cli.export.cannot_write": ("yearend export: kan inte skriva {file}: {reason}; inget skrevs",
                                "yearend export: cannot write {file}: {reason}; nothing was "
                                "written"),
    "cli.export.written": ("yearend export: skrev {file} ({size} byte)",
                           "yearend export: wrote {file} ({size} bytes)"),
    "cli.show.too_narrow": ("yearend show: --width {width} är för smalt; ange minst {min}",
                            "yearend show: --width {width} is too narrow; give at least {min}"),
    "cli.show.too_wide": ("yearend show: --width {width} är för brett; ange högst {max}",
                          "yearend show: --width {width} is too wide; give at most {max}"),
    # diff
    "cli.diff.order": (
        "yearend diff: obs: NY är från {new}, GAMMAL från {old}; den äldre rapporten ska stå "
        "först (yearend diff GAMMAL NY)",
        "yearend diff: note: NEW is from {new}, OLD from {old}; the older report comes first "
        "(yearend diff OLD NEW)"),
    # rollover
    "cli.rollover.no_year_in_name": (
        "yearend rollover: {file}: filnamnet har inget årtal {year} att flytta fram; ange den "
        "nya filens namn med -o UT",
        "yearend rollover: {file}: the file name has no year {year} to move on; give the new "
        "file's name with -o OUT"),
    "cli.rollover.same_file": (
        "yearend rollover: {file} är rapporten den utgår från; skriv nästa års rapport till en "
        "annan fil (-o UT)",
        "yearend rollover: {file} is the report it starts from; write next year's report to "
        "another file (-o OUT)"),
    "cli.rollover.exists": ("yearend rollover: {file} finns redan; använd --force för att "
                            "ersätta den",
                            "yearend rollover: {file} already exists; use --force to replace it"),
    # a rollover that cannot be done (core.rollover.RolloverError), shown as cli.rollover.cannot
    "cli.rollover.cannot": ("yearend rollover: {file}: {reason}",
                            "yearend rollover: {file}: {reason}"),
    "cli.rollover.not_forward": (
        "årsskiftet flyttar en rapport framåt: {year} är inte efter {current}",
        "rollover moves a report forward: {year} is not after {current}"),
    "cli.rollover.bad_kind": ("{kind} är ingen rapporttyp (väntade en av: {expected})",
                              "{kind} is not a kind of report (expected one of: {expected})"),
    "cli.rollover.year_range": ("år {year} ligger utanför de år en rapport kan ha "
                                "({low}-{high})",
                                "year {year} is outside the years a report can hold "
                                "({low}-{high})"),
    "cli.rollover.written": ("{file}: {title} ({old} → {new})", "{file}: {title} ({old} → {new})"),
    "cli.rollover.leaves": ("  {term} som förs över: {carried}, avslutade som lämnas: {dropped}",
                            "  {term} carried over: {carried}, finished left out: {dropped}"),
    "cli.rollover.comments": (
        "  kommentarer som sparas som förra årets kommentar: {comments}; titlar med årtalet "
        "framflyttat: {titles}",
        "  comments kept as last year's comment: {comments}; titles with the year moved on: "
        "{titles}"),
    "cli.rollover.year_titles": ("  titlar med {year} och årtal i carry_over som lämnas som de "
                                 "är (--move-years flyttar dem): {n}",
                                 "  titles with {year} and years in carry_over left as they are "
                                 "(--move-years moves them): {n}"),
    "cli.rollover.year_title": ("    {item}: {old} -> {new}", "    {item}: {old} -> {new}"),
    "cli.rollover.risks": ("  risker utan carry_over som lämnas: {n}",
                           "  risks not marked carry_over left out: {n}"),
    "rollover.section_note": ("Texten är från rapporten för {old}: skriv om den för {new}.",
                                  "Text from the {old} report: rewrite it for {new}."),
    # stats
    "cli.stats.total": ("Totalt", "Total"),
    "cli.stats.with_controls": ("{n} med kontrollmoment", "{n} with control points"),
    "cli.stats.count": ("Antal", "Count"),
    # help
    "cli.help.unknown_topic": ("yearend help: inget ämne {topic} (finns: {topics})",
                               "yearend help: no topic {topic} (there are: {topics})"),
    "cli.completion.written": ("# yearend: komplettering för {shell}",
                               "# yearend: completion for {shell}"),
}
