"""Problems with a report's `[layout]` and the names it uses, worded: code -> (sv, en). Each
names what was written and what is expected, so the officer can fix the file from the message
alone (reportmodel.core.layout, reportmodel.core.layout_check)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # names the layout does not know (reportmodel.core.layout.layout_problems)
    "layout.not_choice": ('"{value}" är inte ett av: {expected}',
                          '"{value}" is not one of: {expected}'),
    "layout.not_preset": ('"{value}" är ingen layoutförinställning (väntade en av: {expected})',
                          '"{value}" is not a layout preset (expected one of: {expected})'),
    "layout.not_part": ('"{value}" är ingen del (väntade en av: {expected}, eller '
                        '"section:<id>")',
                        '"{value}" is not a part (expected one of: {expected}, or '
                        '"section:<id>")'),
    "layout.not_intro": ('"{value}" är inte "legend" eller "section:<id>"',
                         '"{value}" is not "legend" or "section:<id>"'),
    "layout.not_memo_entry": ('"{value}" hör inte till följebrevet (väntade en av: {expected}, '
                              'eller "section:<id>")',
                              '"{value}" is not a memo entry (expected one of: {expected}, or '
                              '"section:<id>")'),
    "layout.not_column": ('"{value}" är ingen kolumn här (väntade en av: {expected})',
                          '"{value}" is not a column here (expected one of: {expected})'),
    "layout.not_level": ('"{value}" är ingen målnivå i rapportens schema (väntade en av: '
                         "{expected})",
                         '"{value}" is not a goal level of the scheme (expected one of: '
                         "{expected})"),
    "layout.not_scale": ('"{value}" är ingen skala (väntade en av: {expected})',
                         '"{value}" is not a scale (expected one of: {expected})'),
    # names that need the report (reportmodel.core.layout_check)
    "layout.no_section": ('"{value}": rapporten har inget avsnitt med id "{id}" (väntade '
                          '"section:<id>" med ett av: {expected})',
                          '"{value}": the report has no section with the id "{id}" (expected '
                          '"section:<id>" with one of: {expected})'),
    "layout.no_sections": ('"{value}": rapporten har inga avsnitt (ett avsnitt är en tabell '
                           "[sections.<id>] med title och text)",
                           '"{value}": the report has no sections (a section is a table '
                           "[sections.<id>] with a title and a text)"),
    "layout.part_twice": ('"{value}" står redan i {first}: delen skulle skrivas två gånger '
                          "(ta bort den ena)",
                          '"{value}" is already listed in {first}: the part would be printed '
                          "twice (remove one)"),
    "layout.section_twice.list": ('avsnittet "{id}" står redan i {first}: det skulle skrivas två '
                                  "gånger (ta bort det ena)",
                                  'the section "{id}" is already listed in {first}: it would be '
                                  "printed twice (remove one)"),
    "layout.section_twice.goal": ('avsnittet "{id}" skrivs redan inuti målet "{goal}" (dess '
                                  'goal = "{goal}"): det skulle skrivas två gånger (ta bort '
                                  "goal eller det här)",
                                  'the section "{id}" is already printed inside the goal '
                                  '"{goal}" (its goal = "{goal}"): it would be printed twice '
                                  "(remove goal or this)"),
    "layout.section_twice.parent": ('avsnittet "{id}" skrivs redan under avsnittet "{parent}" '
                                    '(dess parent = "{parent}"): det skulle skrivas två gånger '
                                    "(ta bort parent eller det här)",
                                    'the section "{id}" is already printed under the section '
                                    '"{parent}" (its parent = "{parent}"): it would be printed '
                                    "twice (remove parent or this)"),
    "layout.meaning_not_scale": ('"{value}": "{scale}" är ingen skala (väntade '
                                 '"<skala>.<värde>" med en av: {expected})',
                                 '"{value}": "{scale}" is not a scale (expected '
                                 '"<scale>.<value>" with one of: {expected})'),
    "layout.meaning_not_value": ('"{value}": "{key}" är inget värde i {scale} (väntade en av: '
                                 "{expected})",
                                 '"{value}": "{key}" is not a value of {scale} (expected one '
                                 "of: {expected})"),
    "layout.contractor_column": ('"{value}" är ingen kolumn i en tabell över privata utförare '
                                 "(väntade en av: {expected})",
                                 '"{value}" is not a column of a contractor table (expected one '
                                 "of: {expected})"),
    "layout.carry_over_note_unused": (
        "carry_over_note skrivs bara ut när risken har carry_over = true (lägg till "
        "carry_over = true eller ta bort texten)",
        "carry_over_note is printed only when the risk has carry_over = true (add "
        "carry_over = true or remove the note)"),
}
