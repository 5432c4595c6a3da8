"""The words for typed text (a value that does not validate, text restored into its box), a
report deleted or read-only at save, and ctrl+c, in Swedish and English; merged into
reportmodel.core.vocabulary.editor.STRINGS."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "note.ctrl_c": ("ctrl+c avslutar inte redigeraren: tryck {keys} för att avsluta.",
                    "ctrl+c does not quit the editor: press {keys} to quit."),
    "invalid.title": ("Värdet är inte giltigt", "The value is not valid"),
    "invalid.question": ("{field}: ”{text}” kan inte sparas: {error}",
                         "{field}: “{text}” cannot be saved: {error}"),
    "invalid.fix": ("Rätta", "Fix it"),
    "invalid.discard": ("Kasta det skrivna", "Discard what was typed"),
    "recovery.typed": ("Text som skrevs i {field} för ”{title}” (öppnas igen i rutan): {text}",
                       "Text typed in {field} of “{title}” (opened again in its box): {text}"),
    "note.file_deleted": ("{file} har tagits bort från disken. Ditt arbete finns kvar här: ctrl+s "
                     "sparar filen igen (eller spara som).",
                     "{file} was deleted from the disk. Your work is still here: ctrl+s saves "
                     "the file again (or save as)."),
    "deleted.title": ("Filen är borttagen", "The file was deleted"),
    "deleted.question": ("{file} har tagits bort från disken sedan den öppnades eller sparades "
                         "här. Rapporten finns kvar i redigeraren.",
                         "{file} was deleted from the disk since it was opened or saved here. "
                         "The report is still in the editor."),
    "deleted.save_again": ("Spara igen", "Save it again"),
    "readonly.title": ("Filen är skrivskyddad", "The file is read-only"),
    "readonly.question": ("{file} får inte skrivas (behörighet {mode}). Spara under ett annat "
                          "namn, eller gör filen skrivbar först (chmod u+w) och spara igen.",
                          "{file} may not be written (permissions {mode}). Save under another "
                          "name, or make the file writable first (chmod u+w) and save again."),
    "unsafe.question": ("{file} kan inte skrivas: {reason}. Spara under ett annat namn.",
                        "{file} cannot be written: {reason}. Save under another name."),
}
