"""The generated reports of one bench run, in a temporary directory removed at the end.

Generating L takes seconds, so each size is generated and saved once per run and every figure
reads the same file. Nothing generated is ever written into the repository.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from reportmodel.core import model as m
from reportmodel.io.storage import load_report, save_report

from .generate import generate
from .mutate import Mutations, mutate

SEED = 1


class Files:
    def __init__(self, root: Path | None = None, seed: int = SEED) -> None:
        self._own = root is None
        self.root = Path(tempfile.mkdtemp(prefix="yearend-bench-")) if root is None else root
        self.root.mkdir(parents=True, exist_ok=True)
        self.scratch = self.root / "scratch"
        self.scratch.mkdir(exist_ok=True)
        self.seed = seed
        self._models: dict[str, m.Report] = {}
        self._mutated: dict[str, m.Report] = {}
        self.mutations: dict[str, Mutations] = {}

    def __enter__(self) -> Files:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._own:
            shutil.rmtree(self.root, ignore_errors=True)

    def report(self, size: str) -> Path:
        """The size's report file (generated and saved with save_report on first use)."""
        path = self.root / f"{size}.toml"
        if not path.exists():
            save_report(generate(size, self.seed), path, backup=False)
        return path

    def model(self, size: str) -> m.Report:
        if size not in self._models:
            self._models[size] = load_report(self.report(size))
        return self._models[size]

    def mutated(self, size: str) -> Path:
        """Next year's version of the size's report (see mutate.py)."""
        path = self.root / f"{size}-next.toml"
        if not path.exists():
            new, self.mutations[size] = mutate(self.model(size), self.seed)
            save_report(new, path, backup=False)
        return path

    def mutated_model(self, size: str) -> m.Report:
        if size not in self._mutated:
            self._mutated[size] = load_report(self.mutated(size))
        return self._mutated[size]
