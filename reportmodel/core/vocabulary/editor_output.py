"""Words of the preview and the export dialog; merged into reportmodel.core.vocabulary.editor.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # palette
    "palette.preview_item": ("Förhandsgranska posten", "Preview the item"),
    "palette.preview_part": ("Förhandsgranska hela delen", "Preview the whole part"),
    "palette.export": ("Exportera (Markdown, Word, PDF) …", "Export (Markdown, Word, PDF) …"),
    # preview
    "preview.title_item": ("Förhandsgranskning: {title}", "Preview: {title}"),
    "preview.title_part": ("Förhandsgranskning av delen: {title}", "Preview of the part: {title}"),
    "preview.rendering": ("Förbereder förhandsgranskningen …", "Preparing the preview …"),
    "preview.nothing": ("Välj en post i innehållet att förhandsgranska",
                        "Choose an item in the contents to preview"),
    "preview.footer": ("Esc stänger · Tab växlar mellan posten och hela delen · "
                       "hela rapporten: Exportera (Ctrl+P)",
                       "Esc closes · Tab switches between the item and the whole part · "
                       "the whole report: Export (Ctrl+P)"),
    # export: the dialog
    "export.title": ("Exportera rapporten", "Export the report"),
    "export.format": ("Format", "Format"),
    "export.format.md": ("Markdown (.md)", "Markdown (.md)"),
    "export.format.docx": ("Word (.docx)", "Word (.docx)"),
    "export.format.pdf": ("PDF (.pdf)", "PDF (.pdf)"),
    "export.parts": ("Delar (mellanslag väljer; bara en bilaga ger bilagans egen titel)",
                     "Parts (space selects; one appendix alone gets its own title)"),
    "export.part.memo": ("Följebrev och förslag till beslut", "Cover memo and decision"),
    "export.part.summary": ("Sammanfattning", "Summary"),
    "export.part.overview": ("Översikt", "Overview"),
    "export.part.sections": ("Texter", "Narrative sections"),
    "export.part.legend": ("Teckenförklaring", "Legend"),
    "export.part.goals": ("Mål och uppföljning (målbilaga)", "Goals and follow-up (appendix)"),
    "export.part.internal-control": ("Intern kontroll", "Internal control"),
    "export.part.contractors": ("Uppföljning av privata utförare",
                                "Follow-up of private contractors"),
    "export.part.section": ("Text: {title}", "Text: {title}"),
    "export.lang": ("Språk", "Language"),
    "export.lang.sv": ("Svenska", "Swedish"),
    "export.lang.en": ("Engelska", "English"),
    "export.template": ("Word-mall (valfri, .docx eller .dotx):",
                        "Word template (optional, .docx or .dotx):"),
    "export.template_none": ("ingen: Words standardutseende", "none: Word's default look"),
    "export.where": ("Skriv till fil:", "Write to file:"),
    "export.go": ("Exportera", "Export"),
    "export.hint": ("Enter i filnamnet exporterar · Tab nästa fält · Esc stänger",
                    "Enter in the file name exports · Tab next field · Esc closes"),
    # export: while it runs, and after
    "export.building": ("Bygger dokumentet …", "Building the document …"),
    "export.running": ("Exporterar {format} … {seconds} s", "Exporting {format} … {seconds} s"),
    "export.busy": ("En export pågår redan; vänta tills den är klar",
                    "An export is already running; wait until it is done"),
    "export.background": ("Exporten fortsätter; du får besked när den är klar",
                          "The export goes on; you will be told when it is done"),
    "export.written": ("Exporterade {file} ({size} byte)", "Exported {file} ({size} bytes)"),
    "export.glyphs": ("{file}: typsnitten i PDF:en saknar {chars}; skrivna som ?",
                      "{file}: the PDF's fonts lack {chars}; printed as ?"),
    "export.failed": ("Kunde inte skriva {file}: {reason}; inget skrevs",
                      "Could not write {file}: {reason}; nothing was written"),
    "export.crashed": ("Exporten av {file} avbröts ({reason}); inget skrevs",
                       "The export of {file} stopped ({reason}); nothing was written"),
    "export.killed": ("avslutad av systemet, kanske slut på minne",
                      "ended by the system, perhaps out of memory"),
    # export: what is refused before anything runs
    "export.refused_toml": ("Skriver inte till en .toml-fil (det kan vara en rapport); "
                            "ge filen ett namn som slutar på {suffix}",
                            "Refusing to write into a .toml file (it may be a report); "
                            "give the file a name ending in {suffix}"),
    "export.refused_dir": ("Det är en mapp; ge ett filnamn, t.ex. rapport{suffix}",
                           "That is a directory; give a file name, e.g. report{suffix}"),
    "export.refused_parent": ("Mappen {dir} finns inte", "The directory {dir} does not exist"),
    "export.refused_self": ("Det är rapportfilen själv; den skrivs inte över",
                            "That is the report file itself; it is not overwritten"),
    "export.refused_suffix": ("Filnamnet slutar på {suffix} men formatet är {format}; "
                              "ge ett namn som slutar på {want}",
                              "The name ends in {suffix} but the format is {format}; "
                              "give a name ending in {want}"),
    "export.empty": ("Skriv ett filnamn", "Type a file name"),
    "export.no_parts": ("Välj minst en del att exportera", "Choose at least one part to export"),
    "export.template_missing": ("Word-mallen {file} finns inte", "The Word template {file} does "
                                "not exist"),
    "export.template_not_word": ("Word-mallen {file} är ingen Word-fil (.docx, .dotx)",
                                 "The Word template {file} is not a Word file (.docx, .dotx)"),
}
