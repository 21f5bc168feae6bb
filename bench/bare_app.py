"""The baseline for the first-frame benchmark: a bare Textual app with one widget."""

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("bare-first-frame")


if __name__ == "__main__":
    BareApp().run()
