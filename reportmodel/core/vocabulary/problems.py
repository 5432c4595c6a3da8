"""Problems found in a report, worded: code -> (sv, en). A Problem that carries a code
(reportmodel.core.problems) is shown in the reader's language; one without a code still shows
its English `message` (call sites not converted yet are listed in docs/cli.md, "Language").
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # the editor's settings file (config.toml)
    "settings.unreadable": ("kan inte läsas ({reason}); standardinställningarna används",
                            "cannot be read ({reason}); using the default settings"),
    "settings.syntax": ("TOML-syntax: {reason}; standardinställningarna används",
                        "TOML syntax: {reason}; using the default settings"),
    "settings.bad_language": ("{value} är inget språk; väntade ett av {expected}",
                              "{value} is not a language; expected one of {expected}"),
    "settings.bad_theme": ("{value} är inget tema; väntade ett temanamn{known}",
                           "{value} is not a theme; expected a theme name{known}"),
    "settings.keys_not_table": ("väntade en tabell med tangentbindningars id och tangenter, "
                                "inte {value}",
                                "expected a table of binding ids and keys, not {value}"),
    "settings.unknown_binding": ("ingen tangentbindning har detta id (id:na står i "
                                 "docs/editor.md, Inställningar)",
                                 "no key binding has this id (the ids are listed in "
                                 "docs/editor.md, Settings)"),
    "settings.bad_key": ("{value} är ingen tangent; väntade t.ex. \"f2\" eller \"ctrl+e\" "
                         "eller flera tangenter åtskilda med komma",
                         "{value} is not a key; expected e.g. \"f2\" or \"ctrl+e\" "
                         "or several keys separated by commas"),
    "settings.unknown": ("okänd inställning; väntade \"language\", \"theme\" eller [keys]",
                         "unknown setting; expected \"language\", \"theme\" or [keys]"),
    # reading the file (reportmodel.io.storage)
    "load.no_such_file": ("filen finns inte", "no such file"),
    "load.is_directory": ("är en mapp, inte en rapportfil", "is a directory, not a report file"),
    "load.cannot_read": ("kan inte läsa filen: {reason}", "cannot read the file: {reason}"),
    "load.empty": ("filen är tom (väntade en rapport: format_version = 1 och sedan en "
                   "[report]-tabell; `yearend new` skriver en tom rapport)",
                   "the file is empty (expected a report: format_version = 1, then a [report] "
                   "table; `yearend new` writes a blank one)"),
    # a TOML syntax error at a bare key with å, ä or ö (reportmodel.io.storage, toml_hint.py)
    "load.toml_table_twice": (
        "tabellen [{name}] står två gånger (första gången på rad {first}); en tabell skrivs en "
        "gång: för ihop raderna under den första, eller ge den andra ett annat id",
        "the table [{name}] is written twice (first on line {first}); a table is written once: "
        "move the lines under the first, or give the second another id"),
    "load.toml_key_twice": (
        "{name} står två gånger i samma tabell (första gången på rad {first}); ta bort den ena",
        "{name} is written twice in the same table (first on line {first}); remove one of them"),
    "load.toml_non_ascii_key": (
        "TOML-syntax: {reason}; en nyckel med å, ä eller ö ({key}) måste stå inom citattecken "
        '("{key}") eller skrivas som ASCII-nyckeln {ascii} (rapportens id:n och nivånycklar har '
        "inga å, ä, ö)",
        "TOML syntax: {reason}; a key with å, ä or ö ({key}) must be in quotes (\"{key}\") or "
        "written as the ASCII key {ascii} (the report's ids and level keys have no å, ä, ö)"),
    # the [conflicts] table a merge leaves (reportmodel.core.conflicts)
    "load.conflicts.not_table": ("väntade en tabell med konflikter, med postens sökväg som "
                                 "nyckel",
                                 "expected a table of conflicts keyed by item path"),
    "load.conflicts.not_fields": ("väntade en tabell med fält i konflikt",
                                  "expected a table of conflicting fields"),
    "load.conflicts.not_entry": ("väntade en tabell med base, ours och theirs",
                                 "expected a table with base, ours and theirs"),
    "load.conflicts.unknown_key": ("okänd nyckel; väntade en av: {expected}",
                                   "unknown key; expected one of: {expected}"),
    "load.conflicts.bad_side": ('väntade "ours" eller "theirs"', 'expected "ours" or "theirs"'),
    # validation (reportmodel.core.validate)
    "check.not_in_scale": ('"{value}" finns inte i skalan {scale} (väntade en av: {keys}; '
                           "utelämna nyckeln för ej satt)",
                           '"{value}" is not in the scale {scale} (expected one of: {keys}; '
                           "leave the key out for unset)"),
    "check.comment_needed": ('"{value}" behöver en kommentar som förklarar (kommentar saknas)',
                             '"{value}" needs a comment explaining it (comment is missing)'),
    "check.comment_needed.contractor": (
        '"{value}" behöver en förklaring: skriv bristerna (deficiencies), en fri text om '
        "uppfyllandet (fulfilment_note) eller en kommentar (comment)",
        '"{value}" needs an explanation: give the deficiencies, a free-text note on the '
        "fulfilment (fulfilment_note) or a comment"),
    "check.completion_step": ("{value} är inte ett steg för färdigställandegrad i den här "
                              "rapporten (väntade en av: {steps})",
                              "{value} is not a completion step of this report (expected one "
                              "of: {steps})"),
    "check.ends_before_start": ("slutar {end}, före starten ({start})",
                                "ends {end}, before it starts ({start})"),
    "check.gender_without_split": (
        "ett värde per kön, men indikatorn har inte gender_split = true (det visas inte)",
        "a value by gender, but the indicator has no gender_split = true (it will not be "
        "shown)"),
    "check.unknown_process": ('"{id}" är inte id för någon process i den här rapporten',
                              '"{id}" is not the id of any process in this report'),
    "check.unknown_process_known": ('"{id}" är inte id för någon process i den här rapporten '
                                    "(väntade ett av: {expected})",
                                    '"{id}" is not the id of any process in this report '
                                    "(expected one of: {expected})"),
    "check.outside_matrix": ("{value} ligger utanför riskmatrisen (väntade 1–{size})",
                             "{value} is outside the risk matrix (expected 1-{size})"),
    "check.value_not_product": (
        "{value} är inte sannolikhet × konsekvens ({p} × {c} = {product})",
        "{value} is not probability x consequence ({p} x {c} = {product})"),
    "check.risk_without_controls": (
        "riskvärdet {value} är {threshold} eller mer men risken har inga kontrollmoment",
        "risk value {value} is {threshold} or more but the risk has no control points"),
    "check.unknown_parent.goal": ('"{id}" är inte id för något mål i den här rapporten',
                                  '"{id}" is not the id of any goal in this report'),
    "check.unknown_parent.section": ('"{id}" är inte id för något avsnitt i den här rapporten',
                                     '"{id}" is not the id of any section in this report'),
    "check.cycle.goal": ("målhierarkin går i cirkel: {chain}",
                         "the goal hierarchy has a cycle: {chain}"),
    "check.cycle.section": ("avsnittshierarkin går i cirkel: {chain}",
                            "the section hierarchy has a cycle: {chain}"),
    "check.long_cycle.goal": ("målhierarkin går i cirkel: {head} -> ... ({n} mål) ... -> {tail}",
                              "the goal hierarchy has a cycle: {head} -> ... ({n} goals) ... -> "
                              "{tail}"),
    "check.long_cycle.section": ("avsnittshierarkin går i cirkel: {head} -> ... ({n} avsnitt) "
                                 "... -> {tail}",
                                 "the section hierarchy has a cycle: {head} -> ... ({n} sections) "
                                 "... -> {tail}"),
    "check.too_deep.goal": ("målhierarkin är mer än {depth} nivåer djup här (en rapport har "
                            "några få nivåer; är en parent fel?)",
                            "the goal hierarchy is more than {depth} levels deep here (a report "
                            "has a few levels; is a parent wrong?)"),
    "check.too_deep.section": ("avsnittshierarkin är mer än {depth} nivåer djup här (en rapport "
                               "har några få nivåer; är en parent fel?)",
                               "the section hierarchy is more than {depth} levels deep here (a "
                               "report has a few levels; is a parent wrong?)"),
    # unresolved merge conflicts (reportmodel.core.conflicts; listed by yearend check)
    "check.conflict.changed": ("olöst konflikt: ändrat på båda sidor (vårt: {ours}, deras: "
                               "{theirs}); välj ett värde i yearend edit",
                               "unresolved conflict: changed on both sides (ours: {ours}, "
                               "theirs: {theirs}); choose a value in yearend edit"),
    "check.conflict.deleted_by_ours": ("olöst konflikt: raderat på vår sida, ändrat på deras; "
                                       "behåll eller radera i yearend edit",
                                       "unresolved conflict: deleted on our side, edited on "
                                       "theirs; keep or delete it in yearend edit"),
    "check.conflict.deleted_by_theirs": ("olöst konflikt: raderat på deras sida, ändrat på vår; "
                                         "behåll eller radera i yearend edit",
                                         "unresolved conflict: deleted on their side, edited on "
                                         "ours; keep or delete it in yearend edit"),
    "check.unknown_level": ('"{level}" är ingen målnivå i den här rapporten (väntade en av: '
                            "{keys})",
                            '"{level}" is not a goal level of this report (expected one of: '
                            "{keys})"),
    "check.level_order": ('{level} under "{parent}" ({parent_level}): väntade en högre nivå '
                          "ovanför",
                          'a {level} under "{parent}", a {parent_level}: expected a higher level '
                          "above it"),
    "check.level_not_assessed": (
        "{level} bedöms inte enligt rapportens schema (ta bort bedömningen eller ge nivån en "
        "bedömningsskala)",
        "{level} is not assessed in this report's scheme (remove the assessment, or give the "
        "level an assessment scale)"),
    "check.level_no_trend": ("{level} har ingen trend enligt rapportens schema",
                             "{level} has no trend in this report's scheme"),
    # at year end (reportmodel.core.yearend_checks)
    "yearend.no_case_number": (
        "ärendebeteckning saknas (årsskiftet tömmer den; skriv årets, t.ex. \"KS 2023/0123\")",
        "the case number is empty (rollover clears it; give this year's, e.g. "
        "\"KS 2023/0123\")"),
    "yearend.no_date": ("datum saknas (årsskiftet tömmer det; skriv rapportens datum, "
                        "t.ex. 2024-02-15)",
                        "the date is empty (rollover clears it; give the report's date, e.g. "
                        "2024-02-15)"),
    "yearend.no_trend": ("{level} \"{title}\" har ingen trend; rapporten visar trend på den "
                         "nivån",
                         "{level} \"{title}\" has no trend; the report shows a trend on that "
                         "level"),
    "yearend.no_outcome": ("indikatorn \"{title}\" saknar utfall för {year}",
                           "the indicator \"{title}\" has no outcome for {year}"),
    # a stage keeps the first MAX_PROBLEMS problems and counts the rest (core.problems)
    "check.more_problems": ("... och {n} problem till av samma slag (de första {shown} visas; "
                            "rätta dem och kontrollera igen)",
                            "... and {n} more problems like these (the first {shown} are shown; "
                            "fix those and check again)"),
}
