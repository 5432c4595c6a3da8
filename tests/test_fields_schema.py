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


def test_the_editor_offers_exactly_the_schemas_year_end_fields():
    # The editor's forms (tui/common/look.py) read the schema; what it offers at year end is what
    # rollover resets: a goal's assessment and trend, a control's status and assessment, ...
    from tui.common import look

    assert look.SCALE_FIELDS["goal"] == ("assessment", "trend")
    assert look.SCALE_FIELDS["control"] == ("status", "assessment")
    assert look.TEXT_FIELDS["contractor_row"] == ("fulfilment_note", "deficiencies", "effect",
                                                  "actions", "comment")
    assert look.PERCENT_FIELDS == {"activity": ("completion",), "assignment": ("completion",)}
    for kind, names in look.SCALE_FIELDS.items():
        assert all(F.spec(kind, n).year_end and F.spec(kind, n).scale for n in names)
    assert look.PRIMARY_FIELD == F.PRIMARY


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
