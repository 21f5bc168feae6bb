"""The hostile-data corpus of issue 11: what a backend, a runbook, a note or a file may say, class by class.

Grow it with every provider: each new way a system's data broke something goes here, and every corpus test
(tests/hostile/) runs it against every output it covers.
"""

from __future__ import annotations

MARKUP = (
    "replica[2",  # the reproduced MarkupError: an unclosed '[' ...
    "replica[2 [b]x[/b]",  # ... followed by other markup
    "[b]bold[/b] [i]italic",
    "[@click=app.quit]quit[/]",  # an action link would run on click
    "x[$error]y",  # a theme variable (textual's escape leaves it live)
    "trailing backslash\\",  # escapes our own closing tag after it
    "[link=file:///etc/passwd]x[/link]",
    "[/]", "[red", "][", "[[", "]]", "$name", "$$",
    "<script>alert(1)</script>",
    "![x](http://evil.example/pixel.png)",
    "| a | b |\n|---|---|",
    "`code` **bold** # heading",
)
"""Strings that mean something to Textual/Rich markup, Markdown or HTML: each must show exactly as written."""

CONTROL = (
    "\x1b[2J\x1b[H",  # clear the screen, cursor home
    "\x1b]0;owned\x07",  # set the terminal title
    "\x1b]52;c;b3duZWQ=\x07",  # write the clipboard (OSC 52)
    "\x9b31mred",  # C1 CSI
    "ok\rFAILED",  # carriage return overwrites what was shown
    "\x08\x08\x08",
    "\x00nul",
    "\u202egnp.exe",  # right-to-left override
    "\x7fdel",
)
"""Terminal control: each must reach no output as a control character (newline and tab are fine)."""

ALL_TEXT = MARKUP + CONTROL

QUOTING = (
    "v41'; touch /tmp/pwned; echo '",
    'v41"; touch /tmp/pwned; echo "',
    "v41 $(touch /tmp/pwned)",
    "v41`touch /tmp/pwned`",
    "v41 && rm -rf ~",
    "--help",
    "-rf",
    "v41\nrm -rf /",
    "",
    "*",
    "~root",
)
"""Values that must stay one argument in every shown command (parsed back with shlex.split)."""


def is_control(char: str) -> bool:
    code = ord(char)
    return (code < 0x20 and char not in "\n\t") or 0x7F <= code < 0xA0 or 0x202A <= code <= 0x202E or (
        0x2066 <= code <= 0x2069
    )


def control_characters(text: str) -> list[str]:
    """The control characters left in ``text`` (should be none)."""
    return [repr(char) for char in text if is_control(char)]

HUGE = "A" * 300_000
"""Far past every ceiling a field, a line or a message has."""
INVALID_UTF8 = b"bad \xff\xfe \xc3( \xed\xa0\x80 utf-8"
"""Bytes no UTF-8 decoder accepts (an encoded surrogate among them): each shown as U+FFFD, nothing raised."""
SURROGATE = "lone \udcff surrogate"
"""What JSON's "\\udcff" decodes to: every encoder (the terminal, SQLite, an export) raises on it."""
SAMPLES = (*ALL_TEXT, SURROGATE)
"""One of each kind, for backends that take a string per field."""


def has_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)
