"""Words of building and changing the report in the editor (tui/editor/structure/): adding, editing,
moving and deleting items, and the report's header. What the report calls its items comes from
its scheme (look.term), not from here."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # keys
    "binding.add_item": ("Lägg till", "Add"),
    "binding.edit_item": ("Redigera alla fält / byt namn", "Edit every field / rename"),
    "binding.delete_item": ("Ta bort", "Delete"),
    "binding.move_up": ("Flytta upp", "Move up"),
    "binding.move_down": ("Flytta ned", "Move down"),
    "binding.cut_item": ("Klipp ut (för att flytta)", "Cut (to move)"),
    "binding.paste_item": ("Klistra in här", "Paste here"),
    "binding.move_to": ("Flytta till …", "Move to …"),
    "binding.header": ("Rapportens uppgifter", "The report's details"),
    "binding.sheet_ok": ("Klar: för in ändringarna i rapporten", "Done: put the changes in the report"),
    "binding.sheet_save": ("Klar, och spara filen", "Done, and save the file"),
    "binding.select_all": ("Markera allt", "Select all"),
    "binding.text_home": ("Till textens början", "To the start of the text"),
    "binding.text_end": ("Till textens slut", "To the end of the text"),
    "help.sheet": ("I ett formulär för en post eller rapportens uppgifter",
                   "In the form of an item or of the report's details"),
    "kind.goal": ("Mål", "Goal"),
    "note.first": ("“{title}” ligger redan först", "“{title}” is already first"),
    "note.last": ("“{title}” ligger redan sist", "“{title}” is already last"),
    "detail.hint_report": ("Enter eller c ändrar rapportens uppgifter · a lägger till mål, "
                           "processer, risker och text · e ändrar en post · Delete tar bort",
                           "Enter or c changes the report's details · a adds goals, processes, "
                           "risks and text · e changes an item · Delete deletes"),
    # the add menu
    "add.title": ("Lägg till", "Add"),
    "add.after": ("{term} efter \u201c{title}\u201d", "{term} after \u201c{title}\u201d"),
    "add.under": ("{term} under \u201c{title}\u201d", "{term} under \u201c{title}\u201d"),
    "add.top": ("{term}", "{term}"),
    "add.new": ("Ny: {term}", "New: {term}"),
    # the sheet
    "sheet.edit": ("{term}: \u201c{title}\u201d", "{term}: \u201c{title}\u201d"),
    "sheet.new": ("Ny: {term}", "New: {term}"),
    "sheet.where": ("Under \u201c{title}\u201d", "Under \u201c{title}\u201d"),
    "sheet.header": ("Rapportens uppgifter", "The report's details"),
    "sheet.ok": ("Klar", "Done"),
    "sheet.cancel": ("Avbryt", "Cancel"),
    "sheet.keys": ("Tab nästa fält · Enter eller Esc klar · ctrl+s klar och spara · "
                   "Avbryt kastar det skrivna", "Tab next field · Enter or Esc done · ctrl+s "
                   "done and save · Cancel drops what was typed"),
    "sheet.lines": ("en per rad", "one a line"),
    "sheet.date": ("ÅÅÅÅ-MM-DD", "YYYY-MM-DD"),
    "sheet.agenda": ("globala mål 1–17, t.ex. 3, 5, 11", "global goals 1-17, e.g. 3, 5, 11"),
    "sheet.unset": ("(inget)", "(none)"),
    "sheet.value": ("Riskvärde {value} = sannolikhet × konsekvens. Från {threshold} krävs "
                    "kontrollmoment.", "Risk value {value} = probability × consequence. From "
                    "{threshold} control points are required."),
    "sheet.value_unset": ("Riskvärdet blir sannolikhet × konsekvens. Från {threshold} krävs "
                          "kontrollmoment.", "The risk value is probability × consequence. From "
                          "{threshold} control points are required."),
    "sheet.signatories": ("Undertecknare: namn; titel", "Signatories: name; title"),
    "sheet.years": ("Mål och utfall per år", "Targets and outcomes by year"),
    "sheet.add_year": ("Lägg till år", "Add a year"),
    "sheet.preview": ("Förhandsvisning", "Preview"),
    "sheet.refused": ("{field}: {reason}", "{field}: {reason}"),
    "sheet.nothing": ("Inget ändrat", "Nothing changed"),
    # notes
    "note.added": ("Lade till {term} \u201c{title}\u201d", "Added {term} \u201c{title}\u201d"),
    "note.deleted": ("Tog bort {term} \u201c{title}\u201d · ctrl+z ångrar",
                     "Deleted {term} \u201c{title}\u201d · ctrl+z undoes"),
    "note.cut": ("\u201c{title}\u201d utklippt: gå dit den ska och tryck ctrl+v",
                 "\u201c{title}\u201d cut: go where it belongs and press ctrl+v"),
    "note.nothing_cut": ("Inget utklippt: ctrl+x på en post först",
                         "Nothing cut: ctrl+x on an item first"),
    "note.cut_gone": ("Det utklippta finns inte längre", "What was cut no longer exists"),
    "note.no_item": ("Välj en post först", "Choose an item first"),
    "note.cannot_add": ("Här kan inget läggas till", "Nothing can be added here"),
    "note.no_targets": ("Det finns ingen annan plats för {term}", "There is no other place for "
                        "{term}"),
    "note.structure_change": ("{action} {term} \u201c{title}\u201d",
                              "{action} {term} \u201c{title}\u201d"),
    "action.add": ("tillägg av", "adding"),
    "action.move": ("flytt av", "moving"),
    "action.delete": ("borttagning av", "deleting"),
    "note.header_change": ("rapportens uppgifter", "the report's details"),
    # delete with dependents
    "delete.title": ("Ta bort {term} \u201c{title}\u201d?", "Delete {term} \u201c{title}\u201d?"),
    "delete.has": ("Under den finns: {what}.", "Under it: {what}."),
    "delete.all": ("Ta bort allt", "Delete everything"),
    "delete.move": ("Flytta dem till …", "Move them to …"),
    "delete.cancel": ("Avbryt", "Cancel"),
    "delete.pick": ("Flytta det som ligger under \u201c{title}\u201d till",
                    "Move what is under \u201c{title}\u201d to"),
    "move.pick": ("Flytta \u201c{title}\u201d till", "Move \u201c{title}\u201d to"),
    "move.top": ("Översta nivån", "The top level"),
    # live validation
    "detail.problems": ("Att rätta", "To correct"),
    "progress.problems.one": ("1 fel att rätta", "1 problem to correct"),
    "progress.problems": ("{n} fel att rätta", "{n} problems to correct"),
}
