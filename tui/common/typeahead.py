"""Keys and pastes typed while a text box is opening land in the box, never in the outline.

`c` on the outline posts a request to open the form; until the box has focus, keys go to what is
focused, the outline, where `0` clears a status and a paste is dropped. A fast typist (or a
paste right after `c`) hits that window (~30 ms, longer on a loaded machine). So the app holds
every key and paste from the moment a key that opens a box is seen until focus has moved (the
box is up), then replays them, in the order they were typed, as if they came from the terminal
now: into the box. Nothing is held longer than HOLD_AT_MOST (no box opened: a group row, a
refusal), after which the keys go where they would have gone.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widget import Widget

# Binding actions that open a box for typing: the outline's Enter and `c`, and `e`/F2, which
# opens an item's whole form (tui/editor/structure/) with its first field focused.
OPENING = {"edit", "comment", "screen.edit_item"}
HOLD_AT_MOST = 1.5  # seconds (a form opens in ~30 ms; a loaded machine is slower)


class TypeAhead:
    def __init__(self, app: App) -> None:
        self.app = app
        self.held: list[events.Key | events.Paste] | None = None  # None: not holding
        self._from: Widget | None = None  # what had focus when holding began
        self._timer = None

    @property
    def holding(self) -> bool:
        return self.held is not None

    def hold(self) -> None:
        """A box is about to open: keep what is typed until it has focus."""
        if self.held is None:
            self.held = []
            self._from = self.app.focused
            self._timer = self.app.set_timer(HOLD_AT_MOST, self.release, name="type-ahead")

    def key_pressed(self, key: str) -> None:
        """A key reached the app's bindings (not taken by a widget): does it open a box?"""
        active = self.app.active_bindings.get(key)
        if active is None or not active.enabled or active.binding.action not in OPENING:
            return
        # The outline opens a form only on an item (`current`); on a heading Enter folds it,
        # and keys held then would only lag.
        if getattr(self.app.focused, "current", True) is None:
            return
        self.hold()

    def keep(self, event: events.Event) -> bool:
        """True when `event` (a key or paste) is held for the box."""
        if self.held is None or not isinstance(event, (events.Key, events.Paste)):
            return False
        self.held.append(event)
        return True

    def focused(self, widget: Widget) -> None:
        """Focus moved: the box is up (or something else took focus): replay."""
        if self.held is not None and widget is not self._from:
            self.release()

    def release(self) -> None:
        held, self.held, self._from = self.held, None, None
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not held:
            return
        # Keys already forwarded to the outline were caught on their way back up, after keys
        # still arriving: the time each was read from the terminal is the order typed.
        for event in sorted(held, key=lambda e: e.time):
            if isinstance(event, events.Key):
                fresh: events.Event = events.Key(event.key, event.character)
            else:
                fresh = events.Paste(event.text)
            self.app.post_message(fresh)  # as from the terminal: to what has focus now
