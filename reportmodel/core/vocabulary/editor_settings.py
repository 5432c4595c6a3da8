"""Words of the settings screen (the preview's and export's: i18n_output.py); merged into
reportmodel.core.vocabulary.editor.STRINGS (one catalogue for the editor, kept in parts so no module grows past ~400
lines)."""

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
}
