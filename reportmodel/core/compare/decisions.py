"""The officer's word on a pairing, kept in the file as the new item's `continues`.

The editor's compare mode offers "this continues …", "this is new" and "let yearend decide";
each is an ordinary edit (reportmodel.edits.SetField), so it goes through the undo history and is
saved like any other change. Match again after applying it.
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.edits import EditError, SetField
from reportmodel.core.ids import is_valid_id
from reportmodel.core.tree import AmbiguousId, find_path, lookup
from reportmodel.core.compare.matching import NEW_MARK, format_continues


def continues_edit(report: m.Report, item: tuple[str, ...] | str, old_ids: list[str] | None
                   ) -> SetField:
    """An edit of an item of the newer report (its key path, or a reference as tree.lookup
    reads it): `[old_id]` (the id of last year's item of the same kind) confirms or corrects
    its pair, several ids make it a merge, `[]` marks it new (continues = "-"), None removes
    the decision so matching decides again."""
    try:
        node = lookup(report, item) if isinstance(item, str) else find_path(report, item)
    except AmbiguousId as exc:
        raise EditError("edit.ambiguous_id", id=exc.item_id,
                        candidates=", ".join(exc.candidates)) from None
    if node is None or not hasattr(node.item, "continues"):
        shown = item if isinstance(item, str) else ".".join(item)
        raise EditError("edit.no_continuing", id=shown)
    if old_ids is None:
        value = None
    elif not old_ids:
        value = NEW_MARK
    else:
        bad = [i for i in old_ids if not is_valid_id(i)]
        if bad:
            raise EditError("edit.bad_id", value=bad[0])
        value = format_continues(list(dict.fromkeys(old_ids)))
    return SetField(node.path, "continues", node.item.continues, value)
