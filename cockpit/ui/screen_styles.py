"""Each screen's own rules (its ``CSS_PATH``, a .tcss file beside its module) are parsed when the screen is first
shown: the first frame parses the dashboard's rules only (``cockpit.tcss``).

Textual's own loading re-parses every source of the stylesheet in a fresh one (every widget's defaults and the
app's file) and restyles every widget, each time a screen with a new file is first shown. Here the file joins the
stylesheet as one more source: the next use of the rules parses it alone (the others come from the stylesheet's
cache) and only the screen being shown is restyled. So a screen's file styles that screen's own widgets only, and
comes after ``cockpit.tcss`` in the stylesheet (a rule of the file wins a tie with one of the app's, as it did
when they were one file).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

    AppPart = App[Any]
else:
    AppPart = object  # an App while type checking (super() reaches Textual's App in CockpitApp's MRO)


class ScreenStylesheets(AppPart):
    """A mixin of ``CockpitApp`` (``self`` is the app): Textual calls ``_load_screen_css`` before it shows a screen
    (pushed, switched to or a mode's first), once the screen is registered and styled, before it composes."""

    def _load_screen_css(self, screen: Screen[Any]) -> None:
        if screen.CSS:
            super()._load_screen_css(screen)  # inline rules: Textual's own way
            return
        if self.css_monitor is not None:
            self.css_monitor.add_paths(screen.css_path)
        added = False
        for path in screen.css_path:
            if not self.stylesheet.has_source(str(path), ""):
                # The source key Textual gives a CSS_PATH file; add_source (unlike ``read``) also drops the map of
                # rules by selector, which would keep the new rules unused.
                text = Path(path).read_text(encoding="utf-8")
                self.stylesheet.add_source(text, read_from=(str(path), ""), is_default_css=False)
                added = True
        if added:
            self.stylesheet.update(screen)  # styled as it was registered, before these rules were in
