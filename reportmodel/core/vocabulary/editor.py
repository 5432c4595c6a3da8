"""The editor's words, in Swedish and English: every label, hint, note and question the Textual
app shows, by key ("note.saved", "binding.<id>" for a key's description). Kept in parts by
feature (editor_compare.py, editor_safety.py, …) so that no module grows past ~400 lines;
tui/common/i18n.py's Words looks them up. Field labels are not here: the editor asks
fields.py (through the vocabulary) like every other output, so a field is called the same in
the editor, the export, `show`, `diff` and `stats`.
"""

from __future__ import annotations

STRINGS: dict[str, tuple[str, str]] = {
    # header and outline
    "unsaved": ("● osparade ändringar", "● unsaved changes"),
    "outline.title": ("Innehåll", "Contents"),
    "outline.report": ("Om rapporten", "About the report"),
    "outline.sections": ("Text", "Text"),
    "outline.goals": ("Mål och uppföljning", "Goals and follow-up"),
    "outline.internal_control": ("Intern kontroll", "Internal control"),
    "outline.contractors": ("Uppföljning av privata utförare", "Follow-up of private contractors"),
    "outline.filtered.one": ("{filter} · 1 träff · Esc visar allt",
                             "{filter} · 1 match · Esc shows all"),
    "outline.filtered": ("{filter} · {n} träffar · Esc visar allt",
                         "{filter} · {n} matches · Esc shows all"),
    "reason.unassessed": ("ej bedömd", "not assessed"),
    "reason.no_status": ("status saknas", "no status"),
    "reason.comment_missing": ("kommentar saknas", "comment missing"),
    "reason.outcome_missing": ("utfall saknas", "outcome missing"),
    # progress line
    "progress.level": ("{label} {done}/{total} bedömda", "{label} {done}/{total} assessed"),
    "progress.count": ("{label} {done}/{total}", "{label} {done}/{total}"),
    "progress.comments_missing.one": ("1 kommentar saknas", "1 comment missing"),
    "progress.comments_missing": ("{n} kommentarer saknas", "{n} comments missing"),
    "progress.all_done": ("allt ifyllt", "everything filled in"),
    # detail pane
    "detail.editing": ("Redigerar", "Editing"),
    "detail.hint_view": ("Enter redigerar · c kommentar · 1–{n} sätter {field}",
                         "Enter edits · c comment · 1–{n} sets {field}"),
    "detail.hint_view_plain": ("Enter redigerar · c kommentar", "Enter edits · c comment"),
    "detail.scale_keys": ("{keys} · 0 {unset} · Enter lista", "{keys} · 0 {unset} · Enter list"),
    "detail.group": ("{n} poster", "{n} items"),
    "detail.previous_comment": ("Förra årets kommentar", "Last year's comment"),
    "detail.values_year": ("Värden {year}", "Values {year}"),
    "detail.years": ("Värden per år", "Values by year"),
    "detail.contents": ("Innehåll", "Contents"),
    "detail.needs": ("Behöver", "Needs"),
    "detail.file": ("Fil", "File"),
    "detail.yes": ("ja", "yes"),
    "detail.no": ("nej", "no"),
    "detail.year_col": ("År", "Year"),
    "detail.count.indicators.one": ("1 indikator", "1 indicator"),
    "detail.count.activities.one": ("1 aktivitet", "1 activity"),
    "detail.count.assignments.one": ("1 uppdrag", "1 assignment"),
    "detail.count.controls.one": ("1 kontrollmoment", "1 control point"),
    "detail.count.rows.one": ("1 rad", "1 row"),
    "detail.count.indicators": ("{n} indikatorer", "{n} indicators"),
    "detail.count.activities": ("{n} aktiviteter", "{n} activities"),
    "detail.count.assignments": ("{n} uppdrag", "{n} assignments"),
    "detail.count.controls": ("{n} kontrollmoment", "{n} control points"),
    "detail.count.risks": ("{n} risker", "{n} risks"),
    "detail.count.rows": ("{n} rader", "{n} rows"),
    "detail.count.children": ("{n} mål under", "{n} goals below"),
    "value.invalid": ('Skriv ett tal (88,5), "prel: 73", "i.u." eller "-"',
                      'Type a number (88.5), "prel: 73", "i.u." or "-"'),
    "completion.invalid": ("Skriv en hel procentsats 0–100", "Type a whole percentage 0-100"),
    "completion.steps": ("Tillåtna steg: {steps}", "Allowed steps: {steps}"),
    # fields, by model field name
    "kind.section": ("Avsnitt", "Section"),
    "kind.contractor_row": ("Uppföljningspunkt", "Follow-up item"),
    "kind.report": ("Rapport", "Report"),
    # keys (binding ids)
    "binding.save": ("Spara", "Save"),
    "binding.quit": ("Avsluta", "Quit"),
    "binding.undo": ("Ångra", "Undo"),
    "binding.redo": ("Gör om", "Redo"),
    "binding.help": ("Hjälp", "Help"),
    "binding.palette": ("Kommandon", "Commands"),
    "binding.search": ("Sök", "Search"),
    "binding.next_attention": ("Nästa att åtgärda", "Next to do"),
    "binding.previous_attention": ("Föregående att åtgärda", "Previous to do"),
    "binding.filter": ("Filter", "Filter"),
    "binding.clear_filter": ("Visa allt", "Show all"),
    "binding.edit": ("Redigera", "Edit"),
    "binding.comment": ("Kommentar", "Comment"),
    "binding.pick": ("Välj värde", "Pick value"),
    "binding.set_value": ("Sätt värde", "Set value"),
    "binding.unset_value": ("Ta bort bedömning/status", "Clear assessment/status"),
    "binding.down": ("Ned", "Down"),
    "binding.up": ("Upp", "Up"),
    "binding.collapse": ("Fäll ihop / till förälder", "Collapse / to parent"),
    "binding.expand": ("Fäll ut / till första under", "Expand / to first child"),
    "binding.toggle": ("Fäll ut/ihop", "Expand/collapse"),
    "binding.expand_all": ("Fäll ut/ihop allt", "Expand/collapse all"),
    "binding.top": ("Till början", "To the top"),
    "binding.bottom": ("Till slutet", "To the end"),
    "binding.page_down": ("Sida ned", "Page down"),
    "binding.page_up": ("Sida upp", "Page up"),
    "binding.form_done": ("Klar", "Done"),
    "binding.form_next": ("Nästa fält", "Next field"),
    "binding.form_previous": ("Föregående fält", "Previous field"),
    "binding.editor_commit": ("Klar, behåll texten", "Done, keep the text"),
    "binding.editor_save": ("Spara filen", "Save the file"),
    "binding.editor_undo": ("Ångra i texten", "Undo in the text"),
    "binding.editor_redo": ("Gör om i texten", "Redo in the text"),
    "binding.close": ("Stäng", "Close"),
    "binding.quit_save": ("Spara och avsluta", "Save and quit"),
    "binding.quit_discard": ("Avsluta utan att spara", "Quit without saving"),
    "binding.quit_cancel": ("Avbryt", "Cancel"),
    "binding.search_accept": ("Visa träffarna", "Show the matches"),
    "binding.search_cancel": ("Avbryt sökningen", "Cancel the search"),
    # help
    "help.title": ("Tangenter", "Keys"),
    "help.outline": ("I innehållet (vänster)", "In the contents (left)"),
    "help.global": ("Överallt", "Everywhere"),
    "help.form": ("När en post redigeras (höger)", "Editing an item (right)"),
    "help.editor": ("I en textruta", "In a text box"),
    "help.search": ("I sökfältet", "In the search box"),
    "help.quit": ("När du avslutar med osparade ändringar", "Quitting with unsaved changes"),
    "help.footer": ("Esc, q, F1 eller ? stänger", "Esc, q, F1 or ? closes"),
    "help.mouse": ("Musen fungerar också: klicka på en rad eller ett fält.",
                   "The mouse works too: click a row or a field."),
    # search and filters
    "search.placeholder": ("Sök i titlar, kommentarer och ansvariga …",
                           "Search titles, comments and responsible …"),
    "search.none": ("Ingen träff på \u201c{query}\u201d", "No match for \u201c{query}\u201d"),
    "filter.title": ("Visa", "Show"),
    "filter.all": ("Allt", "Everything"),
    "filter.attention": ("Behöver åtgärdas", "Needs attention"),
    "filter.not_fulfilled": ("Ej eller delvis uppfyllt", "Not or partly achieved"),
    "filter.remarks": ("Kontrollmoment med anmärkning", "Control points with remarks"),
    "filter.responsible": ("Per ansvarig …", "By responsible …"),
    "filter.responsible_named": ("Ansvarig: {name}", "Responsible: {name}"),
    "filter.search": ("Sökning: \u201c{query}\u201d", "Search: \u201c{query}\u201d"),
    "filter.pick_responsible": ("Välj ansvarig", "Choose responsible"),
    "filter.type": ("Skriv för att begränsa listan …", "Type to narrow the list …"),
    "filter.nothing": ("Inget matchar filtret", "Nothing matches the filter"),
    # notifications
    "note.saved": ("Sparat till {file}", "Saved to {file}"),
    "note.save_failed": ("Kunde inte spara: {reason}", "Could not save: {reason}"),
    "note.undone": ("Ångrat: {what}", "Undone: {what}"),
    "note.redone": ("Gjort om: {what}", "Redone: {what}"),
    "note.nothing_to_undo": ("Inget att ångra", "Nothing to undo"),
    "note.nothing_to_redo": ("Inget att göra om", "Nothing to redo"),
    "note.nothing_needs": ("Inget mer behöver åtgärdas här", "Nothing more needs attention here"),
    "note.wrapped": ("Började om från början", "Wrapped around"),
    "note.no_scale": ("{kind} har ingen bedömning eller status att sätta",
                      "{kind} has no assessment or status to set"),
    "note.no_such_value": ("{field} har bara {n} värden", "{field} has only {n} values"),
    "note.comment_needed": ("{value} behöver en kommentar: tryck c",
                            "{value} needs a comment: press c"),
    "note.edit_refused": ("Ändringen gick inte: {reason}", "The change was refused: {reason}"),
    "note.change": ("{field} för \u201c{title}\u201d", "{field} of \u201c{title}\u201d"),
    # quit
    "quit.title": ("Osparade ändringar", "Unsaved changes"),
    "quit.question": ("Rapporten har ändringar som inte är sparade i {file}.",
                      "The report has changes that are not saved to {file}."),
    "quit.save": ("Spara och avsluta", "Save and quit"),
    "quit.discard": ("Kasta ändringarna", "Discard changes"),
    "quit.cancel": ("Avbryt", "Cancel"),
    # error screen
    "errors.title": ("Rapporten kan inte öppnas", "The report cannot be opened"),
    "errors.intro": ("{file} har {n} fel. Rätta dem i en texteditor (yearend check {file} visar "
                     "samma lista) och öppna filen igen.",
                     "{file} has {n} errors. Fix them in a text editor (yearend check {file} "
                     "shows the same list) and open the file again."),
    # palette
    "palette.placeholder": ("Sök ett kommando …", "Search for a command …"),
    "palette.set": ("{field}: {value}", "{field}: {value}"),
    "palette.set_help": ("Sätt {field} för \u201c{title}\u201d",
                         "Set {field} of \u201c{title}\u201d"),
    "palette.edit_field": ("Skriv {field}", "Write {field}"),
    "palette.filter": ("Visa: {name}", "Show: {name}"),
}

from reportmodel.core.vocabulary.editor_compare import STRINGS as _COMPARE_STRINGS  # noqa: E402

STRINGS.update(_COMPARE_STRINGS)

from reportmodel.core.vocabulary.editor_settings import STRINGS as _SETTINGS_STRINGS  # noqa: E402

STRINGS.update(_SETTINGS_STRINGS)

from reportmodel.core.vocabulary.editor_output import STRINGS as _OUTPUT_STRINGS  # noqa: E402

STRINGS.update(_OUTPUT_STRINGS)

from reportmodel.core.vocabulary.editor_safety import STRINGS as _RELIABILITY_STRINGS  # noqa: E402

STRINGS.update(_RELIABILITY_STRINGS)

from reportmodel.core.vocabulary.editor_sharing import STRINGS as _SHARING_STRINGS  # noqa: E402

STRINGS.update(_SHARING_STRINGS)

from reportmodel.core.vocabulary.editor_glance import STRINGS as _GLANCE_STRINGS  # noqa: E402

STRINGS.update(_GLANCE_STRINGS)

from reportmodel.core.vocabulary.editor_structure import STRINGS as _STRUCTURE_STRINGS  # noqa: E402

STRINGS.update(_STRUCTURE_STRINGS)

from reportmodel.core.vocabulary.editor_typing import STRINGS as _TYPING_STRINGS  # noqa: E402

STRINGS.update(_TYPING_STRINGS)

# Plurals of what reports call things, for the progress line; other words fall back to themselves.
PLURALS: dict[str, str] = {
    "Aktivitet": "Aktiviteter", "Activity": "Activities",
    "Uppdrag": "Uppdrag", "Assignment": "Assignments",
    "Åtagande": "Åtaganden", "Commitment": "Commitments",
    "Kontrollmoment": "Kontrollmoment", "Control point": "Control points",
    "Nämndsmål": "Nämndsmål", "Board goal": "Board goals",
    "Processområde": "Processområden", "Process area": "Process areas",
    "Indikator": "Indikatorer", "Indicator": "Indicators",
    "Uppföljningspunkt": "Uppföljningspunkter", "Follow-up item": "Follow-up items",
}


def plural(word: str) -> str:
    return PLURALS.get(word, word)


