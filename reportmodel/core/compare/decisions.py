"""The officer's word on a pairing, kept in the file as the new item's `continues`.

The editor's compare mode offers "this continues …", "this is new" and "let yearend decide";
each is an ordinary edit (reportmodel.edits.SetField), so it goes through the undo history and is
saved like any other change. Match again after applying it.
"""

from __future__ import annotations

from reportmodel.core import model as m
from reportmodel.core.edits import EditError, SetField
from reportmodel.core.ids import is_valid_id
from reportmodel.core.tree import find
from reportmodel.core.compare.matching import NEW_MARK, format_continues


def continues_edit(report: m.Report, item_id: str, old_ids: list[str] | None) -> SetField:
    """An edit of the item `item_id` of the newer report: `[old_id]` confirms or corrects its
    pair, several ids make it a merge, `[]` marks it new (continues = "-"), None removes the
    decision so matching decides again."""
    node = find(report, item_id)
    if node is None or not hasattr(node.item, "continues"):
        raise EditError("edit.no_continuing", id=item_id)
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
