"""Why an edit was refused, worded: code -> (sv, en). EditError from reportmodel.core (edits,
field_edits, header_edits, structure_edits, year_edits, places, dependents, compare.decisions)
and the editor's own checks of what was typed (tui/editor/structure/specs.py); ValueError_ from
reading a typed indicator value (core.values). Each names the field or item and says what is
expected; `{field}` is the field's label, `{kind}` the report's word for a kind of item.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # words put into other messages (Vocabulary.kinds)
    "edit.or": (" eller ", " or "),
    "edit.top_level": ("översta nivån", "the top level"),
    "edit.entry": ("{field} rad {n}", "{field} entry {n}"),
    # items and fields (core.edits, field_edits)
    "edit.not_item_path": ("ingen sökväg till en post: {path}", "not an item path: {path}"),
    "edit.no_item": ("posten {path} finns inte i den här rapporten",
                     "no item {path} in this report"),
    "edit.no_field": ("{kind} har inget fält {field}", "{kind} has no field {field}"),
    "edit.not_year_end_field": ("{field} är inget årsbokslutsfält som kan redigeras här",
                                "{field} is not a year-end field that can be edited here"),
    "edit.not_applicable": ("{field} gäller inte {path} enligt rapportens schema",
                            "{field} does not apply to {path} in this report's scheme"),
    "edit.not_in_scale": ('"{value}" finns inte i skalan {scale} (väntade en av: {keys})',
                          '"{value}" is not in the scale {scale} (expected one of: {keys})'),
    "edit.is_text": ("{field} är en text", "{field} is a text"),
    "edit.completion_not_int": ("färdigställandegraden är en hel procentsats 0-100",
                                "completion is a whole percentage 0-100"),
    "edit.completion_range": ("{value} ligger utanför 0-100 %", "{value} is outside 0-100 %"),
    "edit.completion_step": ("{value} är inte ett steg för färdigställandegrad i den här "
                             "rapporten (väntade en av: {steps})",
                             "{value} is not a completion step of this report (expected one of: "
                             "{steps})"),
    "edit.not_indicator": ("{path} är ingen indikator", "{path} is not an indicator"),
    "edit.not_year_value": ("{field} är inget värde för ett indikatorår",
                            "{field} is not a value of an indicator year"),
    "edit.id_fixed": ("ett id ändras aldrig (byt rubriken i stället)",
                      "an id never changes (rename the title instead)"),
    "edit.one_line": ("{field} är en rad text (inga radbrytningar)",
                      "{field} is one line of text (no line breaks)"),
    "edit.not_empty": ("{field} kan inte vara tom", "{field} cannot be empty"),
    "edit.text_list": ("{field} är en lista med texter", "{field} is a list of texts"),
    "edit.date_with_time": ("{field} är ett datum utan tid (ÅÅÅÅ-MM-DD)",
                            "{field} is a date without a time (YYYY-MM-DD)"),
    "edit.not_date": ("{value} är inget datum (väntade ÅÅÅÅ-MM-DD)",
                      "{value} is not a date (expected YYYY-MM-DD)"),
    "edit.not_whole": ("{field} är ett heltal ({what})", "{field} is a whole number ({what})"),
    "edit.out_of_range": ("{value} ligger utanför det tillåtna för {field} (väntade {what})",
                          "{value} is out of range for {field} (expected {what})"),
    "edit.what.global_goal": ("ett globalt mål 1-17", "a global goal 1-17"),
    "edit.what.matrix": ("1-{size}, riskmatrisens storlek",
                         "1-{size}, the size of the risk matrix"),
    "edit.what.year": ("ett år som 2026", "a year such as 2026"),
    "edit.is_bool": ("{field} är sant eller falskt", "{field} is true or false"),
    "edit.agenda2030_list": ("Agenda 2030 är en lista med nummer på globala mål 1-17",
                             "agenda2030 is a list of global goal numbers 1-17"),
    "edit.agenda2030_twice": ("Agenda 2030 nämner ett globalt mål två gånger",
                              "agenda2030 names a global goal twice"),
    "edit.not_report_kind": ("{value} är ingen rapporttyp (väntade en av: {expected})",
                             "{value} is not a report kind (expected one of: {expected})"),
    "edit.not_language": ('{value} är inget språk (väntade "sv" eller "en")',
                          '{value} is not a language (expected "sv" or "en")'),
    "edit.computed": ("{field} räknas ut (sannolikhet × konsekvens); ändra dem i stället",
                      "{field} is computed (probability x consequence); set those instead"),
    "edit.is_ref": ("{field} säger var posten står: flytta posten i stället",
                    "{field} says where the item sits: move the item instead"),
    "edit.holds_items": ("{field} innehåller poster: lägg till eller ta bort dem i stället",
                         "{field} holds items: add or delete them instead"),
    "edit.not_editable": ("{field} kan inte redigeras här", "{field} cannot be edited here"),
    "edit.gender_values": ("indikatorn har värden per kön; töm dem innan uppdelningen på kön "
                           "stängs av",
                           "the indicator has values by gender; clear them before turning "
                           "gender split off"),
    "edit.level_key": ("nivån är nyckeln till en av schemats målnivåer",
                       "level is the key of a goal level of the scheme"),
    "edit.level_above_children": ('"{title}" under det är {level}; ett mål måste ha en högre '
                                  "nivå än målen under det",
                                  '"{title}" under it is a {level}; a goal must be of a higher '
                                  "level than the goals under it"),
    "edit.level_assessed": ("målet är bedömt, och {level} bedöms inte på den skalan; töm "
                            "bedömningen först",
                            "the goal is assessed, and a {level} is not assessed on that scale; "
                            "clear the assessment first"),
    "edit.level_trend": ("målet har en trend, och {level} har ingen; töm den först",
                         "the goal has a trend, and a {level} has none; clear it first"),
    # the report's header (core.header_edits)
    "edit.signatories": ("{field} innehåller poster: använd redigeringen av undertecknare",
                         "{field} holds items: use the signatory edits"),
    "edit.not_header_list": ("{field} är ingen lista i rapportens huvud",
                             "{field} is not a list of the header"),
    "edit.entry_text": ("en rad i {field} är en text", "an entry of {field} is a text"),
    "edit.entry_empty": ("en rad i {field} kan inte vara tom",
                         "an entry of {field} cannot be empty"),
    "edit.no_entry": ("{field} har ingen rad {index} (den har {n})",
                      "{field} has no entry {index} (it has {n})"),
    "edit.no_signatory": ('undertecknaren "{key}" finns inte i den här rapporten',
                          'no signatory "{key}" in this report'),
    # an indicator's years (core.year_edits)
    "edit.not_a_year": ("{value} är inget år (väntade t.ex. 2026)",
                        "{value} is not a year (expected e.g. 2026)"),
    "edit.has_year": ("{path} har redan året {year}", "{path} already has the year {year}"),
    "edit.no_year": ("{path} har inget år {year}", "{path} has no year {year}"),
    # last year's items that continue (core.compare.decisions)
    "edit.no_continuing": ('ingen post "{id}" som kan fortsätta en annan i den här rapporten',
                           'no item "{id}" that can continue another in this report'),
    "edit.ambiguous_id": ('"{id}" är id för flera poster; skriv vilken: {candidates}',
                          '"{id}" names several items; say which: {candidates}'),
    "edit.bad_id": ('"{value}" är inget id (väntade små bokstäver a-z, siffror och enkla '
                    "bindestreck)",
                    '"{value}" is not an id (expected lower-case letters a-z, digits and single '
                    "dashes)"),
    # where items go (core.places, structure_edits, dependents)
    "edit.not_kind": ('"{kind}" är ingen sorts post (väntade en av: {expected})',
                      '"{kind}" is not a kind of item (expected one of: {expected})'),
    "edit.must_be_under": ("{kind} måste placeras under {allowed}",
                           "a {kind} must be placed under a {allowed}"),
    "edit.cannot_be_under": ("{kind} kan inte placeras under {parent_kind} ({parent}); den hör "
                             "hemma under {allowed}",
                             "a {kind} cannot be placed under a {parent_kind} ({parent}); it "
                             "goes under {allowed}"),
    "edit.unknown_level": ('"{level}" är ingen målnivå i den här rapporten (väntade en av: '
                           "{keys})",
                           '"{level}" is not a goal level of this report (expected one of: '
                           "{keys})"),
    "edit.level_order": ('{level} kan inte placeras under "{title}", {above}: målet ovanför '
                         "måste ha en högre nivå",
                         'a {level} cannot be placed under "{title}", a {above}: the goal above '
                         "must be of a higher level"),
    "edit.no_levels": ("rapportens schema har inga målnivåer",
                       "this report's scheme has no goal levels"),
    "edit.lowest_level": ("{path} är på den lägsta målnivån; inget kan placeras under det",
                          "{path} is on the lowest goal level; nothing goes under it"),
    "edit.position": ("position {position} ligger utanför 1-{last}",
                      "position {position} is outside 1-{last}"),
    "edit.own_argument": ("{field} ges av add_item:s eget argument",
                          "{field} is given by add_item's own argument"),
    "edit.not_value_here": ('"{value}" är inget värde som {field} kan ha här',
                            '"{value}" is not a value {field} can take here'),
    "edit.under_itself": ("{path} kan inte flyttas under sig själv eller en post under den",
                          "{path} cannot be moved under itself or an item under it"),
    "edit.already_first": ("{path} står redan först bland sina syskon",
                           "{path} is already first among its siblings"),
    "edit.already_last": ("{path} står redan sist bland sina syskon",
                          "{path} is already last among its siblings"),
    "edit.paste_self": ("en post kan inte klistras in på sig själv",
                        "an item cannot be pasted onto itself"),
    "edit.paste_at": ("{kind} kan inte klistras in på {at_kind}; klistra in den på {allowed} "
                      "eller på en annan post av samma slag",
                      "a {kind} cannot be pasted at a {at_kind}; paste it on a {allowed} or on "
                      "another {kind}"),
    "edit.deleted_too": ("{path} tas också bort; välj en förälder utanför den",
                         "{path} is deleted too; choose a parent outside it"),
    # resolving a merge conflict (core.conflicts, conflict_entry)
    "edit.conflict.changed": ("{where}: {field} ändrat på båda sidor",
                              "{where}: {field} changed on both sides"),
    "edit.conflict.changed_file": ("{field} ändrat på båda sidor",
                                   "{field} changed on both sides"),
    "edit.conflict.deleted_by_ours": ("{where}: raderat på vår sida, ändrat på deras",
                                      "{where}: deleted on our side, edited on theirs"),
    "edit.conflict.deleted_by_theirs": ("{where}: raderat på deras sida, ändrat på vår",
                                        "{where}: deleted on their side, edited on ours"),
    "edit.conflict.none": ("ingen sådan konflikt: {what}", "no such conflict: {what}"),
    "edit.conflict.choice": ('valet måste vara "ours", "theirs" eller "value", inte {choice}',
                             'choice must be "ours", "theirs" or "value", not {choice}'),
    "edit.conflict.item_value": ("en post raderad på ena sidan behålls eller raderas, den "
                                 "redigeras inte",
                                 "an item deleted on one side is kept or deleted, not edited"),
    "edit.conflict.scheme": ("{what}: lös den genom att redigera filens [scheme] och ta bort "
                             "posten i [conflicts]",
                             "{what}: resolve it by editing the file's [scheme] and removing "
                             "the [conflicts] entry"),
    "edit.conflict.by_file": ("lös konflikten i {field} genom att redigera filen",
                              "resolve {field} by editing the file"),
    "edit.conflict.header": ("rapportens huvud är ingen post",
                             "the report's header is not an item"),
    "edit.conflict.expected": ("{field}: väntade {what}", "{field}: expected {what}"),
    "edit.conflict.not_single": ("{field} är inte ett enskilt värde",
                                 "{field} is not a single value"),
    "edit.conflict.date": ("ett datum", "a date"),
    "edit.conflict.whole": ("ett heltal", "a whole number"),
    "edit.conflict.bool": ("true eller false", "true or false"),
    "edit.conflict.text": ("en text", "text"),
    # what the editor's boxes hold (tui/editor/structure/specs.py)
    "edit.typed_year": ("skriv ett år, t.ex. 2026", "write a year such as 2026"),
    "edit.typed_agenda2030": ("Agenda 2030: 1–17, t.ex. 3, 5, 11",
                              "Agenda 2030: 1–17, e.g. 3, 5, 11"),
    "edit.typed_percent": ("skriv en procentsats 0–100", "write a percentage 0–100"),
    "edit.typed_new_year": ("skriv ett år 1900–2200", "write a year 1900–2200"),
    # a typed indicator value (core.values)
    "edit.value.not_number": ("{value} är inget tal", "{value} is not a number"),
    "edit.value.too_long": ("ett tal med {n} siffror (högst {max})",
                            "a number of {n} digits (at most {max})"),
    "edit.value.not_finite": ("{value} är ett för stort tal (inte ändligt)",
                              "{value} is too large a number (not finite)"),
    "edit.value.not_value": ('{value} är inget värde (väntade ett tal, "prel: N", "i.u." eller '
                             '"-")',
                             '{value} is not a value (expected a number, "prel: N", "i.u." or '
                             '"-")'),
    "edit.value.not_finite_number": ("{value} är inget ändligt tal",
                                     "{value} is not a finite number"),
}
