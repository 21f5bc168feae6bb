"""The terminal UI: the Textual app, its widgets (one pane per file) and styles. Screens are ``cockpit.screens``."""
