"""The words of sharing reports through git: `yearend share`, `merge-file`, `todo` and `log`
(code -> (sv, en)). Their help texts are in cli_help.py with every other command's."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # yearend merge-file (git's merge driver)
    "share.merge.clean": ("{path}: sammanfogat utan konflikter",
                          "{path}: merged without conflicts"),
    "share.merge.conflicts": ("{path}: {n} konflikter sparade i filen; lös dem i yearend edit, "
                              "sedan git add och git commit:",
                              "{path}: {n} conflicts kept in the file; resolve them in yearend "
                              "edit, then git add and git commit:"),
    "share.merge.conflicts.one": ("{path}: 1 konflikt sparad i filen; lös den i yearend edit, "
                                  "sedan git add och git commit:",
                                  "{path}: 1 conflict kept in the file; resolve it in yearend "
                                  "edit, then git add and git commit:"),
    "share.merge.problem": ("{path}: det sammanfogade resultatet har fel som måste rättas:",
                            "{path}: the merged result has errors to fix:"),
    "share.merge.text": ("{path}: {why}; sammanfogar som vanlig text med konfliktmarkeringar",
                         "{path}: {why}; merging as plain text with conflict markers"),
    "share.merge.not_report": ("{name}: ingen rapport (ingen [report]-tabell)",
                               "{name}: not a report (no [report] table)"),
    "share.merge.cannot_write": ("{path}: kan inte skriva {file}: {reason}; inget skrevs",
                                 "{path}: cannot write {file}: {reason}; nothing was written"),
    "share.merge.unreadable": ("{path}: kan inte läsa {file}: {why}",
                               "{path}: cannot read {file}: {why}"),
    # yearend share
    "share.setup.not_dir": ("{dir}: finns inte eller är ingen mapp",
                            "{dir}: does not exist or is not a folder"),
    "share.setup.init": ("skapade ett git-förråd i {dir}", "created a git repository in {dir}"),
    "share.setup.exists": ("{dir} är redan ett git-förråd", "{dir} is already a git repository"),
    "share.setup.inside": ("{dir} ligger i git-förrådet {root}; ställer in det",
                           "{dir} is inside the git repository {root}; setting that up"),
    "share.setup.driver": ("ställde in sammanfogning av rapporter (merge.yearend.driver = "
                           "{driver})",
                           "set up merging of reports (merge.yearend.driver = {driver})"),
    "share.setup.driver_ok": ("sammanfogning av rapporter är redan inställd",
                              "merging of reports is already set up"),
    "share.setup.driver_name": ("yearend: rapporter sammanfogade post för post",
                                "yearend: reports merged item by item"),
    "share.setup.file": ("lade till i {file}: {lines}", "added to {file}: {lines}"),
    "share.setup.file_ok": ("{file} är redan rätt", "{file} is already right"),
    "share.setup.done": ("klart: lägg rapporterna i {root}, sedan git add och git commit "
                         "(se docs/sharing.md)",
                         "done: put the reports in {root}, then git add and git commit "
                         "(see docs/sharing.md)"),
    "share.git_failed": ("yearend {command}: {reason}", "yearend {command}: {reason}"),
    # yearend todo
    "share.todo.person": ("{name}: {open} av {total} kvar att fylla i",
                          "{name}: {open} of {total} left to fill in"),
    "share.todo.person_done": ("{name}: allt ifyllt ({total} av {total})",
                               "{name}: everything filled in ({total} of {total})"),
    "share.todo.nobody": ("(ingen ansvarig)", "(no one responsible)"),
    "share.todo.none_left": ("Allt är ifyllt i {file}.", "Everything is filled in in {file}."),
    "share.todo.no_person": ("Ingen med namnet {name} är ansvarig för något i {file}.",
                             "No one named {name} is responsible for anything in {file}."),
    "share.todo.item": ("  - {kind} \u201d{title}\u201d: {why} [{id}]",
                        "  - {kind} \u201c{title}\u201d: {why} [{id}]"),
    "share.todo.item_under": ("  - {kind} \u201d{title}\u201d (under {under}): {why} [{id}]",
                              "  - {kind} \u201c{title}\u201d (under {under}): {why} [{id}]"),
    "share.todo.total": ("Totalt {open} poster kvar för {people} personer.",
                         "In all {open} items left for {people} people."),
    "share.todo.unassessed": ("bedömning saknas", "assessment missing"),
    "share.todo.no_status": ("status saknas", "status missing"),
    "share.todo.comment_missing": ("kommentar saknas", "comment missing"),
    "share.todo.outcome_missing": ("utfall för {year} saknas", "outcome for {year} missing"),
    # yearend log
    "share.log.created": ("skapade", "created"),
    "share.log.changed": ("ändrade", "changed"),
    "share.log.deleted": ("tog bort", "deleted"),
    "share.log.moved": ("flyttade till {where}", "moved to {where}"),
    "share.log.unset": ("(tomt)", "(unset)"),
    "share.log.uncommitted": ("(inte incheckat)", "(not committed)"),
    "share.log.none": ("{item}: inga ändringar i git-historiken för {file}",
                       "{item}: no changes in the git history of {file}"),
    "share.log.no_file": ("{file}: filen finns inte", "{file}: no such file"),
    "share.log.ambiguous": ('"{item}" är id för flera poster i {file}: {candidates}. Ange vilken, '
                            "t.ex. yearend log {file} {first}",
                            '"{item}" is the id of several items in {file}: {candidates}. Say '
                            "which, e.g. yearend log {file} {first}"),
    "share.log.bad_ref": ('"{item}": okänd samling "{collection}" (väntade en av: {known})',
                          '"{item}": unknown collection "{collection}" (expected one of: {known})'),
}
