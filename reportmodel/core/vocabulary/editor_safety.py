"""The words of the editor's reliability prompts (recovery, lock, file changed on disk, crash),
in Swedish and English; merged into reportmodel.core.vocabulary.editor.STRINGS so `Words` finds them like any other."""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    "read_only": ("skrivskyddad", "read-only"),
    "note.read_only": ("Rapporten är öppen skrivskyddad: {holder} har den öppen. Inget kan "
                       "ändras eller sparas här.",
                       "The report is open read-only: {holder} has it open. Nothing can be "
                       "changed or saved here."),
    "note.recovery_failed": ("Kunde inte skriva återställningskopian: {reason}",
                             "Could not write the recovery copy: {reason}"),
    "note.recovery_unreadable": ("Återställningskopian {path} kunde inte läsas och används inte.",
                                 "The recovery copy {path} could not be read and is not used."),
    "note.restored": ("Återställt: ändringarna är inte sparade än (ctrl+s sparar)",
                      "Restored: the changes are not saved yet (ctrl+s saves)"),
    "note.recovery_discarded": ("Återställningskopian är borttagen",
                                "The recovery copy was removed"),
    "note.recovery_kept": ("Kopian sparas tills vidare: den erbjuds igen nästa gång filen öppnas",
                           "The copy is kept: it is offered again next time the file is opened"),
    "note.changed_on_disk": ("{file} har ändrats på disk av ett annat program. Vid ctrl+s får du "
                             "välja: läsa in den igen, skriva över eller spara som.",
                             "{file} was changed on disk by another program. On ctrl+s you can "
                             "choose: reload it, overwrite or save as."),
    "note.reloaded": ("Läste in {file} igen", "Reloaded {file}"),
    "note.reload_failed": ("Kunde inte läsa in {file} igen: {reason}",
                           "Could not reload {file}: {reason}"),
    "note.lock_other": ("{file} är öppen i en annan redigerare ({holder}): välj ett annat namn",
                        "{file} is open in another editor ({holder}): choose another name"),
    "recovery.title": ("Osparat arbete finns kvar", "Unsaved work was kept"),
    "recovery.question": ("Det finns en återställningskopia av {file} från {when} med ändringar "
                          "som aldrig sparades (redigeraren avslutades utan att spara).",
                          "There is a recovery copy of {file} from {when} with changes that "
                          "were never saved (the editor stopped without saving)."),
    "recovery.differs": ("Skillnader mot filen:", "Differences from the file:"),
    "recovery.more": ("… och {n} till", "… and {n} more"),
    "recovery.same": ("Inga skillnader i rapportens innehåll.",
                      "No differences in the report's contents."),
    "recovery.restore": ("Återställ", "Restore"),
    "recovery.discard": ("Kasta kopian", "Discard the copy"),
    "recovery.later": ("Bestäm senare", "Decide later"),
    "locked.title": ("Rapporten är redan öppen", "The report is already open"),
    "locked.question": ("{file} är öppen i en annan redigerare: {holder}. Två som sparar samma "
                        "fil skriver över varandras arbete.",
                        "{file} is open in another editor: {holder}. Two editors saving the "
                        "same file overwrite each other's work."),
    "locked.read_only": ("Öppna skrivskyddad", "Open read-only"),
    "locked.quit": ("Avsluta", "Quit"),
    "holder": ("{user} på {host} (process {pid}, sedan {since})",
               "{user} on {host} (process {pid}, since {since})"),
    "disk.title": ("Filen har ändrats på disk", "The file was changed on disk"),
    "disk.question": ("{file} har ändrats av ett annat program sedan den öppnades eller "
                      "sparades här.",
                      "{file} was changed by another program since it was opened or saved here."),
    "disk.lost": ("Läs in igen: det som skiljer din version från filen försvinner:",
                  "Reload: what differs between your version and the file is lost:"),
    "disk.nothing_lost": ("Läs in igen: inget av ditt arbete går förlorat.",
                          "Reload: none of your work is lost."),
    "disk.overwrite_note": ("Skriv över: filens nya innehåll ersätts av ditt (det sparas som "
                            "{bak}).",
                            "Overwrite: the file's new contents are replaced by yours (kept as "
                            "{bak})."),
    "disk.reload": ("Läs in igen", "Reload"),
    "disk.overwrite": ("Skriv över", "Overwrite"),
    "disk.save_as": ("Spara som…", "Save as…"),
    "disk.cancel": ("Avbryt", "Cancel"),
    "save_as.title": ("Spara som", "Save as"),
    "save_as.prompt": ("Ny fil (Enter sparar, Esc avbryter):",
                       "New file (Enter saves, Esc cancels):"),
    "save_as.exists": ("{file} finns redan: välj ett annat namn",
                       "{file} already exists: choose another name"),
    "diff.added": ("ny", "new"),
    "diff.removed": ("borttagen", "removed"),
    "binding.recovery_restore": ("Återställ", "Restore"),
    "binding.recovery_discard": ("Kasta kopian", "Discard the copy"),
    "binding.recovery_later": ("Bestäm senare", "Decide later"),
    "binding.locked_read_only": ("Skrivskyddad", "Read-only"),
    "binding.locked_quit": ("Avsluta", "Quit"),
    "binding.disk_reload": ("Läs in igen", "Reload"),
    "binding.disk_overwrite": ("Skriv över", "Overwrite"),
    "binding.disk_save_as": ("Spara som", "Save as"),
    "binding.disk_cancel": ("Avbryt", "Cancel"),
}
