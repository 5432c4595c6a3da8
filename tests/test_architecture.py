"""The import graph of reportmodel/, tui/ and yearend/: no cycle, and the layers point one way.

Read from the source with the stdlib `ast` (no import-linter to install, nothing imported): every
`import` and `from … import` anywhere in a module counts, also one inside a function, since a
function-level import hides a cycle rather than removing it. Only imports under
`if TYPE_CHECKING:` are left out: they are never run.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("reportmodel", "tui", "yearend")

# (importer prefix, forbidden prefix, why)
RULES = [
    ("reportmodel.core", "reportmodel.io", "core is pure: no file system"),
    ("reportmodel.core", "reportmodel.render", "core knows nothing of output"),
    ("reportmodel.io", "reportmodel.render", "io sits below render"),
    ("reportmodel", "textual", "the domain never imports the interface"),
    ("reportmodel", "tui", "the domain never imports the interface"),
    ("reportmodel", "yearend", "the domain never imports the command line"),
    ("tui", "yearend", "the editor does not depend on the command line"),
]


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # a module of ours, or the top-level name of anything else
    line: int


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def modules(root: Path, packages) -> dict[str, Path]:
    """module name -> file, for every .py file of the packages under root."""
    found = {}
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST):
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _type_checking(node):
            stack.extend(node.orelse)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports(name: str, path: Path, ours: set[str]) -> list[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []

    def add(target: str, line: int) -> None:
        if target.split(".")[0] not in {m.split(".")[0] for m in ours}:
            target = target.split(".")[0]  # someone else's: its top-level name is enough
        else:
            while target not in ours and "." in target:
                target = target.rpartition(".")[0]  # an attribute of a module: the module
        out.append(Import(name, target, line))

    for node in _import_nodes(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
            continue
        if node.level:
            base = package.split(".")
            base = base[:len(base) - (node.level - 1)]
            module = ".".join(base + ([node.module] if node.module else []))
        else:
            module = node.module or ""
        for alias in node.names:
            child = f"{module}.{alias.name}"
            add(child if child in ours else module, node.lineno)
    return out


def graph(root: Path, packages) -> list[Import]:
    found = modules(root, packages)
    ours = set(found)
    return [i for name, path in found.items() for i in imports(name, path, ours)]


def violations(edges: list[Import], rules=RULES) -> list[str]:
    out = []
    for edge in edges:
        for importer, forbidden, why in rules:
            if _under(edge.importer, importer) and _under(edge.target, forbidden):
                out.append(f"{edge.importer} (line {edge.line}) imports {edge.target}: {why}")
    return out


def cycles(edges: list[Import]) -> list[list[str]]:
    """Strongly connected components of more than one module (or a module importing itself)."""
    succ: dict[str, set[str]] = {}
    for edge in edges:
        succ.setdefault(edge.importer, set()).add(edge.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    counter = 0

    def visit(start: str) -> None:  # Tarjan, iterative: no recursion limit on a long chain
        nonlocal counter
        work = [(start, iter(sorted(succ.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(succ.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in succ.get(node, ()):
                        found.append(sorted(component))

    for node in sorted(succ):
        if node not in index:
            visit(node)
    return found


# -- the project -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def project_edges() -> list[Import]:
    return graph(ROOT, PACKAGES)


def test_the_graph_is_read(project_edges):
    # A checker that reads nothing passes everything: make sure it sees known imports.
    pairs = {(e.importer, e.target) for e in project_edges}
    assert ("tui.app", "tui.session") in pairs
    assert ("tui.app", "textual") in pairs
    assert any(_under(i, "reportmodel.io") and _under(t, "reportmodel.core")
               for i, t in pairs)


def test_no_import_cycle(project_edges):
    assert cycles(project_edges) == []


def test_layers(project_edges):
    assert violations(project_edges) == []


# -- the checker itself, on a package made for it ------------------------------------------------

def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


CLEAN = {
    "reportmodel/__init__.py": "",
    "reportmodel/core/__init__.py": "",
    "reportmodel/core/model.py": "import dataclasses\n",
    "reportmodel/io/__init__.py": "",
    "reportmodel/io/storage.py": "from ..core import model\n",
    "reportmodel/render/__init__.py": "",
    "reportmodel/render/out.py": "from reportmodel.io.storage import x\nfrom reportmodel.core.model import y\n",
    "tui/__init__.py": "",
    "tui/app.py": "from textual.app import App\nfrom tui.editor import screen\n",
    "tui/editor/__init__.py": "",
    "tui/editor/screen.py": ("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                             "    from tui.app import App\n"),
    "yearend/__init__.py": "",
    "yearend/cli.py": "def run():\n    from tui.app import App\n",
}


def test_checker_passes_a_clean_package(tmp_path):
    _write(tmp_path, CLEAN)
    edges = graph(tmp_path, PACKAGES)
    assert ("reportmodel.io.storage", "reportmodel.core.model") in {
        (e.importer, e.target) for e in edges}  # a relative import resolved
    assert cycles(edges) == [] and violations(edges) == []


@pytest.mark.parametrize("name, text, broken", [
    ("reportmodel/core/model.py", "from reportmodel.io import storage\n", "reportmodel.io"),
    ("reportmodel/core/model.py", "from ..render.out import z\n", "reportmodel.render"),
    ("reportmodel/io/storage.py", "import reportmodel.render.out\n", "reportmodel.render"),
    ("reportmodel/core/model.py", "def f():\n    import textual.widgets\n", "textual"),
    ("reportmodel/render/out.py", "from tui import app\n", "tui"),
    ("tui/editor/screen.py", "def f():\n    from yearend import cli\n", "yearend"),
])
def test_checker_finds_a_layer_violation(tmp_path, name, text, broken):
    _write(tmp_path, {**CLEAN, name: text})
    found = violations(graph(tmp_path, PACKAGES))
    assert len(found) == 1 and f"imports {broken}" in found[0], found


def test_checker_finds_a_cycle_also_through_a_function_level_import(tmp_path):
    _write(tmp_path, {**CLEAN, "tui/editor/screen.py": "def f():\n    from tui import app\n"})
    assert cycles(graph(tmp_path, PACKAGES)) == [["tui.app", "tui.editor.screen"]]


def test_checker_finds_a_long_cycle(tmp_path):
    files = {**CLEAN, "tui/a.py": "import tui.b\n", "tui/b.py": "from tui import c\n",
             "tui/c.py": "from . import a\n"}
    _write(tmp_path, files)
    assert cycles(graph(tmp_path, PACKAGES)) == [["tui.a", "tui.b", "tui.c"]]
