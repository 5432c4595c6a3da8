"""Why an edit was refused (EditError, reportmodel.core.*edits, places), worded: code -> (sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
}
