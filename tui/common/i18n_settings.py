"""Words of the settings, preview and export screens; merged into tui.common.i18n.STRINGS (one
catalogue for the editor, kept in parts so no module grows past ~400 lines)."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # keys
    "binding.preview": ("Förhandsgranska", "Preview"),
    "binding.preview_toggle": ("Posten / hela delen", "Item / whole part"),
    "binding.settings_save": ("Spara inställningarna", "Save the settings"),
    "binding.export_write": ("Skriv filen", "Write the file"),
    # settings
    "settings.title": ("Inställningar", "Settings"),
    "settings.language": ("Språk", "Language"),
    "settings.language.auto": ("Rapportens språk", "The report's language"),
    "settings.language.sv": ("Svenska", "Swedish"),
    "settings.language.en": ("Engelska", "English"),
    "settings.theme": ("Tema", "Theme"),
    "settings.keys": ("Tangenter: ändras under [keys] i {file}, se docs/editor.md.",
                      "Keys: changed under [keys] in {file}, see docs/editor.md."),
    "settings.keys_set": ("Ändrade tangenter: {keys}", "Rebound keys: {keys}"),
    "settings.save": ("Spara", "Save"),
    "settings.cancel": ("Avbryt", "Cancel"),
    "settings.saved": ("Inställningarna sparade i {file}", "Settings saved to {file}"),
    "settings.save_failed": ("Kunde inte spara inställningarna i {file}: {reason}",
                             "Could not save the settings to {file}: {reason}"),
    "settings.not_saved_broken": ("{file} har fel och skrivs inte över; ändringen gäller "
                                  "bara nu", "{file} has errors and is not overwritten; the "
                                  "change holds for this session only"),
    "settings.problems": ("Inställningarna har fel, standardvärden används:\n{problems}",
                          "The settings have errors, defaults are used:\n{problems}"),
    # palette
    "palette.settings": ("Inställningar …", "Settings …"),
    "palette.language": ("Språk: {name}", "Language: {name}"),
    "palette.preview_item": ("Förhandsgranska posten", "Preview the item"),
    "palette.preview_part": ("Förhandsgranska hela delen", "Preview the whole part"),
    "palette.export": ("Exportera som Markdown …", "Export as Markdown …"),
    # preview
    "preview.title_item": ("Förhandsgranskning: {title}", "Preview: {title}"),
    "preview.title_part": ("Förhandsgranskning av delen: {title}", "Preview of the part: {title}"),
    "preview.rendering": ("Förbereder förhandsgranskningen …", "Preparing the preview …"),
    "preview.nothing": ("Välj en post i innehållet att förhandsgranska",
                        "Choose an item in the contents to preview"),
    "preview.footer": ("Esc stänger · Tab växlar mellan posten och hela delen · "
                       "hela rapporten: Exportera som Markdown",
                       "Esc closes · Tab switches between the item and the whole part · "
                       "the whole report: Export as Markdown"),
    # export
    "export.title": ("Exportera som Markdown", "Export as Markdown"),
    "export.where": ("Skriv till fil:", "Write to file:"),
    "export.hint": ("Enter skriver · Esc avbryter", "Enter writes · Esc cancels"),
    "export.written": ("Exporterade {file} ({size} byte)", "Exported {file} ({size} bytes)"),
    "export.failed": ("Kunde inte skriva {file}: {reason}; inget skrevs",
                      "Could not write {file}: {reason}; nothing was written"),
    "export.refused_toml": ("Skriver inte Markdown till en .toml-fil (det kan vara en rapport); "
                            "ge filen ett namn som slutar på .md",
                            "Refusing to write Markdown into a .toml file (it may be a report); "
                            "give the file a name ending in .md"),
    "export.refused_dir": ("Det är en mapp; ge ett filnamn, t.ex. rapport.md",
                           "That is a directory; give a file name, e.g. report.md"),
    "export.refused_parent": ("Mappen {dir} finns inte", "The directory {dir} does not exist"),
    "export.refused_self": ("Det är rapportfilen själv; den skrivs inte över",
                            "That is the report file itself; it is not overwritten"),
    "export.empty": ("Skriv ett filnamn", "Type a file name"),
}
