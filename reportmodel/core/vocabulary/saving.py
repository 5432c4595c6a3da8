"""Why a save did not happen or a write was refused, worded: code -> (sv, en). SaveError from the
report's save (reportmodel.io.storage) and UnsafeTarget from every write (reportmodel.io.atomic);
each names the file or the item and says what to do. The system's own reason (`{reason}`, the
OS's strerror) is in English.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the report's save (io.storage)
    "save.unwritable_value": ("rapporten innehåller ett värde som inte kan skrivas som TOML: "
                              "{reason}",
                              "the report holds a value that cannot be written to TOML: "
                              "{reason}"),
    "save.changed_head": ("att spara skulle ändra rapporten (ett värde överlever inte en "
                          "tur och retur genom TOML): rapportens metadata eller schema; inget "
                          "skrevs",
                          "saving would change the report (a value does not survive a round "
                          "trip through TOML): the report's metadata or scheme; nothing was "
                          "written"),
    "save.changed_head.why": ("att spara skulle ändra rapporten (ett värde överlever inte en "
                              "tur och retur genom TOML): rapportens metadata eller schema "
                              "({why}); inget skrevs",
                              "saving would change the report (a value does not survive a round "
                              "trip through TOML): the report's metadata or scheme ({why}); "
                              "nothing was written"),
    "save.changed_conflicts": ("att spara skulle ändra rapporten (ett värde överlever inte en "
                               "tur och retur genom TOML): tabellen [conflicts]; inget skrevs",
                               "saving would change the report (a value does not survive a "
                               "round trip through TOML): the [conflicts] table; nothing was "
                               "written"),
    "save.changed_item": ("att spara skulle ändra rapporten (ett värde överlever inte en tur "
                          "och retur genom TOML): {item}; inget skrevs",
                          "saving would change the report (a value does not survive a round "
                          "trip through TOML): {item}; nothing was written"),
    "save.shared_id": ('två poster har samma id "{id}"; inget skrevs',
                       'two items share the id "{id}"; nothing was written'),
    "save.failed": ("kunde inte spara {file}: {reason}; filen på disken är oförändrad",
                    "could not save {file}: {reason}; the file on disk is unchanged"),
    "save.read_back_differs": ("filen som lästes tillbaka skiljer sig från det som sparades; "
                               "inget ersattes",
                               "the file written back differs from what was saved; nothing "
                               "replaced"),
    # every write (io.atomic.inspect_target)
    "save.cannot_inspect": ("{file}: {reason}", "{file}: {reason}"),
    "save.not_regular": ("{file} är {kind}, inte en vanlig fil; yearend skriver bara vanliga "
                         "filer",
                         "{file} is {kind}, not a regular file; yearend writes only regular "
                         "files"),
    "save.read_only": ("{file} är skrivskyddad (rättigheter {mode}): spara under ett annat namn, "
                       "eller gör filen skrivbar först (chmod u+w)",
                       "{file} is read-only (permissions {mode}): save under another name, or "
                       "make the file writable first (chmod u+w)"),
    "save.holds_report": ("{file} innehåller en yearend-rapport; skriver inte över den (ange ett "
                          "annat filnamn)",
                          "{file} holds a yearend report; refusing to write over it (give "
                          "another file name)"),
}
