"""`yearend diff --format json` keeps the contract documented in docs/diff.md: the JSON Schema
there validates the output and the example beside it."""

import json
import re

import pytest

from reportmodel.core.compare import compare_reports
from reportmodel.render.diff.render_json import diff_json
from reportmodel.io.storage import load_report

from .conftest import DATA, ROOT

DOC = (ROOT / "docs" / "diff.md").read_text(encoding="utf-8")
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def fenced(info: str) -> str:
    match = re.search(rf"^```{re.escape(info)}\n(.*?)^```", DOC, re.S | re.M)
    assert match, f"docs/diff.md has no ```{info} block"
    return match.group(1)


SCHEMA = json.loads(fenced("json schema"))
EXAMPLE = json.loads(fenced("json"))


def check_type(value, name: str) -> bool:
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


def validate(value, schema, path="$"):
    """The subset of JSON Schema the contract uses; raises AssertionError naming the path."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        return validate(value, SCHEMA["$defs"][name], path)
    if "anyOf" in schema:
        errors = []
        for option in schema["anyOf"]:
            try:
                return validate(value, option, path)
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{path}: matches none of {errors}")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any(check_type(value, n) for n in names), f"{path}: {value!r} is not {names}"
    if "enum" in schema:
        assert value in schema["enum"], f"{path}: {value!r} not in {schema['enum']}"
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            assert key in value, f"{path}: missing {key}"
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in props:
                validate(item, props[key], f"{path}.{key}")
            elif extra is False:
                raise AssertionError(f"{path}: unexpected key {key}")
            elif isinstance(extra, dict):
                validate(item, extra, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{path}[{i}]")


def test_the_validator_rejects_what_the_contract_forbids():
    good = json.loads(json.dumps(EXAMPLE))
    validate(good, SCHEMA)
    for mutate in (lambda d: d.pop("items"), lambda d: d.update(extra=1),
                   lambda d: d["items"][0].update(status="moved"),
                   lambda d: d["items"][0]["changes"][0].update(direction="up"),
                   lambda d: d["summary"]["goals"].pop("added")):
        bad = json.loads(json.dumps(EXAMPLE))
        mutate(bad)
        with pytest.raises(AssertionError):
            validate(bad, SCHEMA)


def test_the_documented_example_validates():
    validate(EXAMPLE, SCHEMA)


@pytest.mark.parametrize("only", [None, {"goals"}, {"internal-control", "report"}])
def test_output_validates_against_the_documented_schema(only):
    old = load_report(DATA / "compare" / "old.toml")
    new = load_report(DATA / "compare" / "new.toml")
    data = diff_json(compare_reports(old, new), only, "old.toml", "new.toml")
    data = json.loads(json.dumps(data, ensure_ascii=False))  # what a script reads
    validate(data, SCHEMA)
    assert data["parts"] == [p for p in SCHEMA["$defs"]["part"]["enum"]
                             if only is None or p in only]
    assert all(item["part"] in data["parts"] for item in data["items"])


def test_every_kind_of_change_and_item_is_in_the_output_and_valid():
    old = load_report(DATA / "compare" / "old.toml")
    new = load_report(DATA / "compare" / "new.toml")
    new.goals["trygghet"].continues = "finns-inte"
    new.goals["trygghet"].agenda2030 = [11, 16]
    activity = new.goals["budget-i-balans"].activities.pop("genomlysning-2022-2023")
    new.goals["trygghet"].activities["genomlysning-2022-2023"] = activity
    data = json.loads(json.dumps(diff_json(compare_reports(old, new))))
    validate(data, SCHEMA)
    types = {c["type"] for item in data["items"] for c in item["changes"]}
    assert types == {"scale", "text", "value", "list", "ref"}
    assert {c["type"] for c in data["report"]} == {"value", "list"}
    statuses = {item["status"] for item in data["items"]}
    assert statuses == {"added", "removed", "changed"}
    assert data["splits"] and data["merges"] and data["notes"]
    budget = next(i for i in data["items"] if i["new_id"] == "budget-i-balans")
    assessment = next(c for c in budget["changes"] if c["field"] == "assessment")
    assert assessment == {"field": "assessment", "type": "scale", "old": "helt",
                          "new": "delvis", "old_label": "Helt uppfyllt",
                          "new_label": "Delvis uppfyllt", "direction": "worse", "words": None}


def test_trend_suggestions_in_json_validate():
    old = load_report(DATA / "process-oriented.toml")
    new = load_report(DATA / "process-oriented.toml")
    new.goals["bygglov"].assessment = "delvis"
    data = json.loads(json.dumps(diff_json(compare_reports(old, new))))
    validate(data, SCHEMA)
    [bygglov] = [t for t in data["trend_suggestions"] if t["goal_id"] == "bygglov"]
    assert (bygglov["direction"], bygglov["suggested"], bygglov["agrees"]) == (
        "worse", "samre", False)
