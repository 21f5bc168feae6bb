"""Textual's footer, rebuilt only when the keys it shows change.

Textual's own rebuilds every key widget (a relayout of the screen) whenever the bindings may have changed, i.e. on
every focus move: opening the log filter cost 15-30 ms of the keystroke for a footer that looked the same before and
after. Here a rebuild happens only when a key appears or changes. Keys that are merely unavailable for a moment (a
filter field with the focus takes them as text) stay listed: dimming them in place was measured at ~10 ms a keystroke,
and the field itself says how to leave it.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer

ShownKey = tuple[str, str, str, bool, str]
"""A drawn binding: key, action, label, enabled, tooltip."""


def shown_keys(screen: Screen[Any]) -> tuple[ShownKey, ...]:
    """What the footer draws for ``screen`` now (its shown bindings and the command palette's key)."""
    palette = screen.app.COMMAND_PALETTE_BINDING
    return tuple(
        (binding.key, binding.action, binding.description, enabled, tooltip)
        for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items()
        if binding.show or key == palette
    )


class CockpitFooter(Footer):
    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._built: dict[str, ShownKey] = {}
        """The keys the footer's widgets were built for, by key."""

    def bindings_changed(self, screen: Screen[Any]) -> None:
        keys = shown_keys(screen)
        if self._bindings_ready and self._built and all(self._built.get(key[0]) == key for key in keys):
            return
        super().bindings_changed(screen)
        # Textual skips the rebuild while the app is unfocused: only a rebuild that happened counts as built.
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self._built = {key[0]: key for key in keys}
