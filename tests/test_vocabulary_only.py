"""No user-facing label or message is defined in yearend/, tui/ or reportmodel/ outside the
vocabulary (reportmodel/core/vocabulary/): issue 11, part 5.

The rule, checked on the syntax tree of every module (the editor's words are the vocabulary's
editor*.py; tui/ is held to R3 and R5: it prints nothing and has no argparse). A *worded literal* is a string constant, or the literal
parts of an f-string, holding a run of two or more letters ("Totalt", "wrote {n}"; not "\\n",
": " or "{name:<12} {first}").

  R1 print(...) in yearend/ or reportmodel/ gets no worded literal as a positional argument.
  R2 In yearend/, no call gets a worded literal as help=, description= or epilog= (argparse).
  R3 Problem(...) gets no worded literal as its message, and no helper that makes problems
     (add, warn, problem, _error, _warning) gets a worded literal with a space in it (a code
     such as "yearend.no_date" has none), except in the functions PENDING names (none now;
     docs/cli.md lists what is left in English and why).
  R4 In yearend/, no exception is raised with a worded literal: what reaches the officer is said
     through the vocabulary.
  R5 No dict holds two or more (Swedish, English) label pairs: 2-tuples of string constants of
     which one has a space, a capital or a letter outside ASCII; except presets.py, whose
     levels, scales and terms are report data a report overrides in its own file.
"""

from __future__ import annotations

import ast
import re

from .conftest import ROOT

VOCABULARY = ROOT / "reportmodel" / "core" / "vocabulary"
PENDING: set[tuple[str, str]] = set()
REPORT_DATA = {"reportmodel/core/presets.py"}
PROBLEM_HELPERS = {"add", "warn", "problem", "_error", "_warning"}
_WORD = re.compile(r"[^\W\d_]{2,}")


def literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def worded(node: ast.AST, spaced: bool = False) -> bool:
    text = literal_text(node)
    if text is None or not _WORD.search(text):
        return False
    return not spaced or " " in text


def label_pair(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Tuple) and len(node.elts) == 2):
        return False
    texts = [literal_text(e) if isinstance(e, ast.Constant) else None for e in node.elts]
    if any(t is None for t in texts):
        return False
    return any(" " in t or t[:1].isupper() or not t.isascii() for t in texts)


def callee(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def pending_lines(tree: ast.AST, rel: str) -> set[int]:
    """The lines of the functions of this module that PENDING names."""
    names = {name for path, name in PENDING if path == rel}
    return {line for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name in names
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1)}


def violations(source: str, rel: str) -> list[str]:
    out: list[str] = []
    in_cli = rel.startswith("yearend/")
    tree = ast.parse(source)
    pending = pending_lines(tree, rel)
    for node in ast.walk(tree):
        where = f"{rel}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Call):
            name = callee(node)
            is_pending = node.lineno in pending
            if name == "print" and any(worded(a) for a in node.args):
                out.append(f"{where}: R1 print with words")
            if in_cli and any(k.arg in ("help", "description", "epilog") and worded(k.value)
                              for k in node.keywords):
                out.append(f"{where}: R2 argparse text")
            if name == "Problem" and not is_pending:
                message = node.args[2] if len(node.args) > 2 else next(
                    (k.value for k in node.keywords if k.arg == "message"), None)
                if message is not None and worded(message):
                    out.append(f"{where}: R3 Problem message")
            if name in PROBLEM_HELPERS and not is_pending and any(
                    worded(a, spaced=True) for a in node.args):
                out.append(f"{where}: R3 problem helper {name}() with words")
        if in_cli and isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and any(
                worded(a) for a in node.exc.args):
            out.append(f"{where}: R4 raise with words")
        if isinstance(node, ast.Dict) and rel not in REPORT_DATA and sum(
                label_pair(v) for v in node.values if v is not None) >= 2:
            out.append(f"{where}: R5 label table")
    return out


def test_no_message_or_label_outside_the_vocabulary():
    found = []
    for top in ("yearend", "reportmodel", "tui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            if VOCABULARY in path.parents:
                continue
            rel = path.relative_to(ROOT).as_posix()
            found += violations(path.read_text(encoding="utf-8"), rel)
    assert found == []


def test_the_rule_finds_what_it_forbids(monkeypatch):
    source = '''
import argparse
print(f"wrote {n} bytes")
print("\\n".join(lines), file=sys.stderr)
p.add_argument("--x", help="fail on warnings too")
p.add_argument("--y", help=v.say("help.y"))
problems.append(Problem(Severity.ERROR, "", "no such file"))
self.warn(path, f"ends {end}, before it starts")
raise ValueError(f"unknown part {part}")
WORDS = {"total": ("Totalt", "Total"), "count": ("Antal", "Count")}
FIELDS = {"control": ("comment", "result"), "row": ("note", "comment")}
'''
    found = violations(source, "yearend/x.py")
    rules = sorted(f.split(": ", 1)[1].split()[0] for f in found)
    assert rules == ["R1", "R2", "R3", "R3", "R4", "R5"]
    # The exemption mechanism, with a function listed as pending (none is listed now).
    monkeypatch.setitem(globals(), "PENDING", {("reportmodel/io/codec_read.py", "claim")})
    pending = source.replace("self.warn(", "def claim(self):\n    self.warn(")
    found = violations(pending, "reportmodel/io/codec_read.py")
    assert sorted(f.split(": ", 1)[1].split()[0] for f in found) == ["R1", "R3", "R5"]
