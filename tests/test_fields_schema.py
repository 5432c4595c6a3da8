"""The one field schema (reportmodel.core.fields): rollover, progress and the editor's tables
derive from it, so it must agree with the model and with what rollover does."""

from dataclasses import fields as dc_fields

from reportmodel.core import fields as F
from reportmodel.core.rollover import rollover
from reportmodel.io.storage import load_report

from .conftest import ROOT


def test_every_model_field_is_in_the_schema_with_its_storage_kind():
    for kind, cls in F.ITEM_CLASSES.items():
        names = [fl.name for fl in dc_fields(cls) if fl.name != "id"]
        assert [s.name for s in F.item_fields(kind)] == names
    assert F.spec("activity", "status").kind == "scale:activity_status"
    assert F.spec("goal", "assessment").kind == "scale:level"
    assert F.spec("goal", "comment").kind == "text"
    assert F.spec("activity", "start").kind == "date"
    assert F.spec("risk", "value").lower_is_better


def test_year_end_declarations_name_real_fields():
    for kind, entries in F.YEAR_END.items():
        for name, _ in entries:
            assert F.spec(kind, name) is not None, (kind, name)
    for kind, names in F.COMMENT_RULE.items():
        assert all(F.spec(kind, n).comment_rule for n in names)


def test_schema_gives_the_editors_year_end_tables():
    # tui/common/look.py keeps these by hand today; the schema must be able to replace them as they are.
    from tui.common import look

    for kind, names in look.SCALE_FIELDS.items():
        assert F.scale_fields(kind) == names
    for kind, names in look.TEXT_FIELDS.items():
        assert F.text_fields(kind) == names
    for kind, names in look.PERCENT_FIELDS.items():
        assert F.percent_fields(kind) == names
    assert F.PRIMARY == look.PRIMARY_FIELD


def test_rollover_resets_exactly_the_year_end_fields_it_declares():
    report = load_report(ROOT / "sample_data" / "kalmar-2022.toml")
    nxt = rollover(report, keep_all=True).report
    for goal_id, goal in nxt.goals.items():
        old = report.goals[goal_id]
        for s in F.item_fields("goal"):
            if s.rollover in (F.CLEAR, F.PREVIOUS):
                assert getattr(goal, s.name) is None
            elif s.storage != "children" and s.name not in ("title", "previous_comment") \
                    and not s.bookkeeping:
                assert getattr(goal, s.name) == getattr(old, s.name), s.name
        assert goal.previous_comment == (old.comment or None)
