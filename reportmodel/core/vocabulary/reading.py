"""Problems found while reading a report file, worded: code -> (sv, en). The bytes and the TOML
(reportmodel.io.storage, prescan), the format version (migrate), the tables and keys
(codec_read, codec_scheme) and the [layout] table (core.layout). Every message says what is
expected; the file, line and key path are put before it where it is printed.

`read.what.*` and `read.value.*` are phrases put into other messages (vocabulary.Phrase), and
`file.kind.*` says what a file that is not a regular file is.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # what a value is, when it is not what was expected (core.problems.describe)
    "read.value.table": ("en tabell", "a table"),
    "read.value.list": ("en lista", "a list"),
    "read.value.long_number": ("ett tal med {n} siffror", "a number of {n} digits"),
    # what is not a regular file (io.safe_read.kind_of)
    "file.kind.directory": ("en mapp", "a directory"),
    "file.kind.fifo": ("en FIFO (namngiven pipe)", "a FIFO (named pipe)"),
    "file.kind.chardev": ("en teckenenhet", "a character device"),
    "file.kind.blockdev": ("en blockenhet", "a block device"),
    "file.kind.socket": ("en socket", "a socket"),
    "file.kind.other": ("inte en vanlig fil", "not a regular file"),
    # a file yearend reads that is not a report (a lock, the settings: io.safe_read)
    "file.not_regular": ("är {kind}, inte en vanlig fil", "is {kind}, not a regular file"),
    "file.too_large": ("är {size} MB; yearend läser filer på upp till {limit} MB",
                       "is {size} MB; yearend reads files up to {limit} MB"),
    "file.grew_too_large": ("är större än {limit} MB; yearend läser filer på upp till {limit} MB",
                            "is larger than {limit} MB; yearend reads files up to {limit} MB"),
    # the bytes (io.storage.decode, load_path)
    "read.too_large": ("filen är {size} MB; yearend läser rapporter på upp till {limit} MB (är "
                       "detta verkligen en rapport?)",
                       "the file is {size} MB; yearend reads reports up to {limit} MB (is this "
                       "really a report?)"),
    "read.grew_too_large": ("filen är större än {limit} MB; yearend läser rapporter på upp till "
                            "{limit} MB (är detta verkligen en rapport?)",
                            "the file is larger than {limit} MB; yearend reads reports up to "
                            "{limit} MB (is this really a report?)"),
    "read.binary": ("detta är en binärfil, inte text (en NUL-byte vid byte {byte}); väntade en "
                    "rapport i TOML",
                    "this is a binary file, not text (a NUL byte at byte {byte}); expected a "
                    "TOML report"),
    "read.not_utf8": ("filen är inte UTF-8-text (byte {byte}); spara den som UTF-8 (den kan "
                      "vara Latin-1 eller Windows-1252)",
                      "the file is not UTF-8 text (byte {byte}); save it as UTF-8 (it may be "
                      "Latin-1 or Windows-1252)"),
    "read.bom": ("filen börjar med en byte-ordningsmarkering (BOM), som TOML inte tillåter; "
                 "`yearend fmt FIL` tar bort den",
                 "the file starts with a byte-order mark (BOM), which TOML does not allow; "
                 "`yearend fmt FILE` removes it"),
    "read.not_regular": ("är {kind}, inte en rapportfil; yearend läser bara vanliga filer",
                         "is {kind}, not a report file; yearend reads only regular files"),
    # the TOML (io.storage.parse); tomllib's own reason is in English
    "read.toml_syntax": ("TOML-syntax: {reason}", "TOML syntax: {reason}"),
    "read.toml_syntax_end": ("TOML-syntax: {reason} (i slutet av filen)",
                             "TOML syntax: {reason} (at the end of the file)"),
    "read.unreadable_value": ("ett värde yearend inte kan läsa: {reason}",
                              "a value yearend cannot read: {reason}"),
    "read.too_deep": ("TOML nästlad för djupt (listor eller tabeller i varandra tusentals nivåer "
                      "djupt); detta är ingen rapport",
                      "TOML nested too deeply (arrays or tables inside each other thousands of "
                      "levels deep); this is not a report"),
    # shapes refused before tomllib reads them (io.prescan)
    "read.prescan.key_parts": ("en punktad nyckel med fler än {max} delar (en rapports nycklar "
                               "har högst 6, t.ex. goals.x.indicators.y.years.2022)",
                               "a dotted key of more than {max} parts (a report's keys have at "
                               "most 6, e.g. goals.x.indicators.y.years.2022)"),
    "read.prescan.key_dots": ("fler än {max} punkter i punktade nycklar (`a.b = …`) i en fil; en "
                              "rapport har inga eller några tusen, och tomllib läser en sådan "
                              "fil mycket långsamt",
                              "more than {max} dots in dotted keys (`a.b = …`) in one file; a "
                              "report has none or a few thousand, and tomllib reads such a file "
                              "very slowly"),
    "read.prescan.nesting": ("TOML nästlad för djupt: listor eller tabeller mer än {max} nivåer "
                             "i varandra (en rapport nästlar några få)",
                             "TOML nested too deeply: arrays or tables more than {max} levels "
                             "inside each other (a report nests a few)"),
    "read.prescan.long_number": ("ett tal med {digits} siffror; yearend läser tal med upp till "
                                 "{max} siffror",
                                 "a number of {digits} digits; yearend reads numbers of up to "
                                 "{max} digits"),
    "read.prescan.tables": ("fler än {limit} tabeller i en fil på {size} byte: en fil får ha "
                            "{free} tabeller och behöver därutöver i snitt {per_table} byte per "
                            "tabell (rapporter har 450 eller fler); så många små tabeller skulle "
                            "göra varje kommando långsamt",
                            "more than {limit} tables in a file of {size} bytes: a file may have "
                            "{free} tables and beyond that needs {per_table} bytes per table on "
                            "average (reports have 450 or more); this many tiny tables would make "
                            "every command slow"),
    # the format version (io.migrate)
    "read.no_version": ("saknas (väntade format_version = {version} överst i filen)",
                        "missing (expected format_version = {version} at the top of the file)"),
    "read.bad_version": ("{value} är ingen formatversion (väntade {version})",
                         "{value} is not a format version (expected {version})"),
    "read.newer_version": ("filen har formatversion {version}, skriven av en nyare yearend; den "
                           "här läser upp till version {max} (uppgradera yearend)",
                           "the file is format version {version}, written by a newer yearend; "
                           "this one reads up to version {max} (upgrade yearend)"),
    # tables and keys (io.codec_read)
    "read.unknown_key": ("okänd nyckel; väntade en av: {expected}",
                         "unknown key; expected one of: {expected}"),
    "read.unknown_key.hint": ('okänd nyckel (menade du "{hint}"?); väntade en av: {expected}',
                              'unknown key (did you mean "{hint}"?); expected one of: '
                              "{expected}"),
    "read.no_report_table": ("[report]-tabellen saknas (municipality, board, kind, title, year)",
                             "missing the [report] table (municipality, board, kind, title, "
                             "year)"),
    "read.bad_id": ("{value} är inget giltigt id (väntade små bokstäver a-z, siffror och enkla "
                    'bindestreck, t.ex. "budget-i-balans")',
                    "{value} is not a valid id (expected lower-case letters a-z, digits and "
                    'single dashes, e.g. "budget-i-balans")'),
    "read.not_collection": ("väntade en tabell med poster med id som nyckel, fann {found}",
                            "expected a table of items keyed by id, found {found}"),
    "read.duplicate_id": ('id "{id}" finns redan: {where}; {rule} (byt namn på en av dem)',
                          'duplicate id "{id}": already used by {where}; {rule} '
                          "(rename one of them)"),
    "read.duplicate_id.line": ('id "{id}" finns redan: {where} (rad {at}); {rule} (byt namn på '
                               "en av dem)",
                               'duplicate id "{id}": already used by {where} (line {at}); '
                               "{rule} (rename one of them)"),
    "read.id_rule.collection": ("id måste vara unika inom {collection}",
                                "ids must be unique within {collection}"),
    "read.id_rule.signatories": ("undertecknarnas id måste vara unika",
                                 "signatories' ids must be unique"),
    "read.id_rule.leaves": ("id för indikatorer, aktiviteter, uppdrag, kontrollmoment och "
                            "utförarrader måste vara unika i hela rapporten",
                            "ids of indicators, activities, assignments, control points and "
                            "contractor rows must be unique in the whole report"),
    "read.not_table": ("väntade en tabell, fann {found}", "expected a table, found {found}"),
    "read.empty": ('"{key}" är tom (väntade en text)', '"{key}" is empty (expected some text)'),
    "read.missing_key": ('obligatorisk nyckel "{key}" saknas', 'missing required key "{key}"'),
    "read.not_text": ("{value} är ingen text (väntade {what})",
                      "{value} is not text (expected {what})"),
    "read.not_report_kind": ("{value} är ingen rapporttyp (väntade en av: {expected})",
                             "{value} is not a report kind (expected one of: {expected})"),
    "read.not_language": ('{value} är inget språk (väntade "sv" eller "en")',
                          '{value} is not a language (expected "sv" or "en")'),
    "read.not_int": ("{value} är inget heltal (väntade {what})",
                     "{value} is not a whole number (expected {what})"),
    "read.out_of_range": ("{value} ligger utanför det tillåtna (väntade {what})",
                          "{value} is out of range (expected {what})"),
    "read.not_bool": ("{value} är varken true eller false", "{value} is not true or false"),
    "read.not_int_plain": ("{value} är inget heltal", "{value} is not a whole number"),
    "read.not_text_plain": ("{value} är ingen text inom citattecken",
                            "{value} is not text in quotes"),
    "read.not_date": ("{value} är inget datum (väntade ÅÅÅÅ-MM-DD)",
                      "{value} is not a date (expected YYYY-MM-DD)"),
    "read.date_quoted": ("{value} är text, inte ett datum (skriv det utan citattecken: {date})",
                         "{value} is text, not a date (write it without quotes: {date})"),
    "read.date_with_time": ("{value} har en tid (väntade ett datum ÅÅÅÅ-MM-DD)",
                            "{value} has a time (expected a date YYYY-MM-DD)"),
    "read.not_text_list": ('{value} är ingen lista (väntade ["...", "..."])',
                           '{value} is not a list (expected ["...", "..."])'),
    "read.not_goal_list": ("{value} är ingen lista (väntade nummer på globala mål, t.ex. [8, 11])",
                           "{value} is not a list (expected goal numbers, e.g. [8, 11])"),
    "read.not_indicator_value": ('{value} är inget indikatorvärde (väntade ett tal, "prel: N" '
                                 '(preliminärt), "i.u." (uppgift saknas) eller "-")',
                                 "{value} is not an indicator value (expected a number, \"prel: N\" "
                                 '(preliminary), "i.u." (no data) or "-")'),
    "read.not_text_map": ('{value} är ingen tabell (väntade par av nyckel = "text")',
                          '{value} is not a table (expected key = "text" pairs)'),
    "read.not_table_of_tables": ("väntade en tabell med tabeller, fann {found}",
                                 "expected a table of tables, found {found}"),
    "read.not_years": ("väntade en tabell med år, fann {found}",
                       "expected a table of years, found {found}"),
    "read.not_year_key": ("{value} är inget år (väntade fyra siffror {lo}-{hi}, t.ex. \"2022\")",
                          "{value} is not a year (expected four digits {lo}-{hi}, e.g. "
                          "\"2022\")"),
    # what a value was expected to be (read.not_text, read.not_int, read.out_of_range)
    "read.what.text": ("text inom citattecken", "text in quotes"),
    "read.what.level": ("nyckeln till en av schemats målnivåer",
                        "the key of a goal level of the scheme"),
    "read.what.scale": ("en nyckel i skalan {scale}", "a key of the scale {scale}"),
    "read.what.assessment": ("en nyckel i nivåns bedömningsskala",
                             "a key of the level's assessment scale"),
    "read.what.count": ("ett heltal, 0 eller mer", "a whole number, 0 or more"),
    "read.what.year": ("ett år {first}-{last}, t.ex. 2022",
                       "a year {first}-{last} such as 2022"),
    "read.what.percent": ("en procentsats 0-100, utan %", "a percentage 0-100, without %"),
    "read.what.matrix": ("ett heltal från 1 till matrisens storlek",
                         "a whole number from 1 to the matrix size"),
    "read.what.global_goal": ("ett globalt mål 1-17", "a global goal 1-17"),
    "read.what.matrix_size": ("en matrisstorlek 2-10", "a matrix size 2-10"),
    "read.what.threshold": ("det riskvärde från vilket en risk behöver kontrollmoment",
                            "the risk value from which a risk needs control points"),
    # the [scheme] table (io.codec_scheme)
    "read.scheme.not_preset": ("{value} är ingen förinställning (väntade en av: {expected})",
                               "{value} is not a preset (expected one of: {expected})"),
    "read.scheme.steps": ("väntade en lista med procentsatser 0-100, t.ex. [0, 20, 80, 100]",
                          "expected a list of percentages 0-100, e.g. [0, 20, 80, 100]"),
    "read.scheme.terms": ('väntade en tabell som assignment = ["Åtagande", "Commitment"]',
                          'expected a table such as assignment = ["Åtagande", "Commitment"]'),
    "read.scheme.term_pair": ('väntade ["svenskt ord", "engelskt ord"]',
                              'expected ["Swedish word", "English word"]'),
    "read.scheme.levels": ("väntade en tabell per målnivå, t.ex. [scheme.levels.namndsmal]",
                           "expected one table per goal level, e.g. [scheme.levels.namndsmal]"),
    "read.scheme.bad_level_key": ('"{key}" är ingen giltig nivånyckel',
                                  '"{key}" is not a valid level key'),
    "read.scheme.not_assessment_scale": (
        '{value} är ingen bedömningsskala (väntade "goal_assessment" eller "process_assessment")',
        '{value} is not an assessment scale (expected "goal_assessment" or '
        '"process_assessment")'),
    "read.scheme.not_scales": ("väntade en tabell med skalor, fann {found}",
                               "expected a table of scales, found {found}"),
    "read.scheme.no_values": ("väntade minst ett värde, t.ex. [scheme.scales.{name}.values.helt]",
                              "expected at least one value, e.g. "
                              "[scheme.scales.{name}.values.helt]"),
    "read.scheme.bad_value_key": ('"{key}" är ingen giltig nyckel', '"{key}" is not a valid key'),
    "read.scheme.not_colour": ('{value} är ingen färg (väntade ett färgnamn som "green", eller '
                               '"#2e7d32"); den visas utan färg',
                               '{value} is not a colour (expected a colour name such as "green", '
                               'or "#2e7d32"); it is shown without colour'),
}
