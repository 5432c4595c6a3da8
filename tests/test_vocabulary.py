"""The vocabulary's API: labels in both languages, the report's own terms first, messages with
every value made safe for a terminal, problems worded by their code."""

from __future__ import annotations

from reportmodel.core.problems import Severity, coded
from reportmodel.core.vocabulary import MESSAGES, vocab
from reportmodel.io.storage import load_report

from .conftest import DATA


def test_every_message_has_both_languages_and_the_same_values():
    import string

    for code, (sv, en) in MESSAGES.everything().items():
        assert sv and en, code
        names = {f for _, f, _, _ in string.Formatter().parse(sv) if f}
        assert names == {f for _, f, _, _ in string.Formatter().parse(en) if f}, code


def test_labels_and_the_reports_own_terms():
    process = load_report(DATA / "process-oriented.toml")
    sv, en = vocab("sv", process.scheme), vocab("en", process.scheme)
    assert sv.kind("assignment") == "Åtagande" and sv.kind("assignment", plural=True) == "Åtaganden"
    assert en.kind("assignment") == "Commitment"
    assert vocab("sv").kind("assignment") == "Uppdrag"  # the default without a report
    assert sv.level("processomrade") == "Processområde" and en.level("processomrade") == "Process area"
    assert sv.field("contractor_row", "effect") == "Påverkan på nämnden"
    assert sv.field("risk", "category") == "Riskkategori" and sv.field("goal", "category") == "Kategori"
    assert sv.field(None, "years.2022.outcome_women") == "Utfall 2022 (kvinnor)"
    assert en.field(None, "years.2022.target") == "Target 2022"
    assert sv.report_kind("verksamhetsplan") == "Verksamhetsplan"


def test_say_shows_control_characters_in_every_value_as_escapes_and_picks_the_singular():
    v = vocab("sv")
    text = v.say("cli.fmt.formatted", file="rapport\x1b]0;titel\x07\x1b[2J.toml\n")
    # shown, never obeyed (reportmodel.core.textsafety.visible); the trailing newline is dropped
    assert text == "rapport\\x1b]0;titel\\x07\\x1b[2J.toml: omskriven"
    assert v.say("cli.fmt.formatted", file="a\nb") == "a\\nb: omskriven"
    assert v.say("cli.n_warnings", n=1) == "1 varning" and v.say("cli.n_warnings", n=2) == "2 varningar"
    assert vocab("en").say("cli.n_errors", n=1) == "1 error"


def test_a_coded_problem_is_worded_in_the_readers_language():
    problem = coded(Severity.WARNING, "goals.x.end", "check.ends_before_start", 7,
                    end="2022-01-01", start="2022-02-01")
    assert problem.message == "ends 2022-01-01, before it starts (2022-02-01)"  # English, as before
    assert vocab("sv").format_problem(problem, "r.toml") == (
        "r.toml:7: varning: goals.x.end: slutar 2022-01-01, före starten (2022-02-01)")
    assert vocab("en").format_problem(problem, "r.toml") == problem.format("r.toml")


def test_a_refused_edit_or_save_is_worded_in_the_readers_language(tmp_path):
    import os

    import pytest

    from reportmodel.core import places
    from reportmodel.core.edits import EditError
    from reportmodel.core.field_edits import set_field
    from reportmodel.io.atomic import UnsafeTarget, inspect_target

    report = load_report(DATA / "editor" / "small.toml")
    sv, en = vocab("sv"), vocab("en")
    with pytest.raises(EditError) as refused:  # names the field by its label
        set_field(report, ("goals", "budget-i-balans"), "title", "")
    assert sv.reason(refused.value) == "Titel kan inte vara tom"
    assert en.reason(refused.value) == str(refused.value) == "Title cannot be empty"
    with pytest.raises(EditError) as refused:  # kinds by the report's words, "or" in Swedish
        places.check_parent(report, "activity", None)
    assert sv.reason(refused.value) == "aktivitet måste placeras under mål eller risk"
    assert en.reason(refused.value) == "a activity must be placed under a goal or risk"
    target = tmp_path / "låst.toml"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o444)
    if os.geteuid() == 0:
        target.chmod(0)  # root may write anything with a write bit; none at all is refused
    with pytest.raises(UnsafeTarget) as unsafe:
        inspect_target(target, may_hold_report=False)
    assert sv.reason(unsafe.value).startswith(f"{target} är skrivskyddad (rättigheter -")
    assert "make the file writable first" in en.reason(unsafe.value)
    assert sv.reason(ValueError("utan kod")) == "utan kod"  # an exception with no code: as is


def test_no_editor_word_is_defined_twice():
    # The editor's words are kept in parts (vocabulary/editor*.py) merged into one table: a key
    # defined in two parts silently takes the last one's words (a deleted item was once told
    # "{file} har tagits bort från disken" and raised KeyError for its missing {file}).
    import ast

    from .conftest import ROOT

    seen: dict[str, str] = {}
    twice = []
    for path in sorted((ROOT / "reportmodel" / "core" / "vocabulary").glob("editor*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        if key.value in seen:
                            twice.append((key.value, seen[key.value], path.name))
                        seen[key.value] = path.name
    assert twice == []
