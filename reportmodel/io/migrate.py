"""Format versions: refuse newer files, bring older ones up to the current version.

Version 0 was the pre-release draft, in which the report's metadata table was called [meta] and a
goal's Agenda 2030 links were called `global_goals`. Each step takes the data of version n and
returns version n+1; `yearend fmt` then writes the file in the current version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportmodel.io.codec_write import FORMAT_VERSION
from reportmodel.core.lineindex import LineIndex
from reportmodel.core.problems import Problem, Severity, coded


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    data = dict(data)
    if "meta" in data and "report" not in data:
        data["report"] = data.pop("meta")
    goals = data.get("goals")
    if isinstance(goals, dict):
        for goal in goals.values():
            if isinstance(goal, dict) and "global_goals" in goal and "agenda2030" not in goal:
                goal["agenda2030"] = goal.pop("global_goals")
    return data


STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _v0_to_v1}


def migrate(data: dict[str, Any], index: LineIndex) -> tuple[dict[str, Any] | None, list[Problem]]:
    version = data.get("format_version")
    if version is None:
        return None, [coded(Severity.ERROR, "format_version", "read.no_version", 1,
                            version=FORMAT_VERSION)]
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        return None, [coded(Severity.ERROR, "format_version", "read.bad_version",
                            index.line(("format_version",)), value=repr(version),
                            version=FORMAT_VERSION)]
    if version > FORMAT_VERSION:
        return None, [coded(Severity.ERROR, "format_version", "read.newer_version",
                            index.line(("format_version",)), version=version,
                            max=FORMAT_VERSION)]
    while version < FORMAT_VERSION:
        data = STEPS[version](data)
        version += 1
        data["format_version"] = version
    return data, []
