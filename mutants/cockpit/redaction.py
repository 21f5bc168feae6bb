"""Secret redaction: everything the timeline stores passes through here first.

The timeline outlives the incident (it is exported, pasted into reviews, attached to tickets), so a token that
leaks into a command's output or an error message must never reach the file. Redaction keeps the context around a
secret (the header name, the variable name, the token's prefix) so the review still says what was there.

Patterns are compiled once at import. Each has cheap substring triggers checked first, because the timeline runs
every summary and detail value through here and almost none of them holds a secret.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

REDACTED = "***REDACTED***"
"""What a secret is replaced with."""
URL_PASSWORD_MASK = "***"
"""What a password inside a URL is replaced with (scheme://user:***@host), short so the URL stays readable."""
MIN_EXTRA_VALUE_LENGTH = 4
"""Configured secret values shorter than this are ignored: redacting every 'dev' or '1' would shred the text."""

_Render = Callable[["re.Match[str]"], str]


@dataclass(frozen=True, slots=True)
class _Rule:
    triggers: tuple[str, ...]
    """Lower-case substrings without which the pattern cannot match: most text has none and skips the regex."""
    pattern: re.Pattern[str]
    """Groups named 'keep*' are context kept verbatim; the rest of the match is the secret."""
    render: _Render


def _keep(replacement: str) -> _Render:
    return lambda m: f"{m.groupdict().get('keep') or ''}{replacement}{m.groupdict().get('keep_after') or ''}"


# Order matters: a PEM block goes first so its body is gone before other rules look inside it, and a labelled
# Authorization header goes before the bare bearer rule. Every rule leaves its own output unchanged, so a
# secret that two rules match is simply replaced twice.
_RULES: tuple[_Rule, ...] = (
    _Rule(
        ("private key",),
        # An unterminated block (truncated command output) is redacted to the end of the text.
        re.compile(
            r"(?P<keep>-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----)[\s\S]*?"
            r"(?P<keep_after>-----END [A-Z0-9 ]*PRIVATE KEY-----|\Z)"
        ),
        _keep(REDACTED),
    ),
    _Rule(("akia", "asia"), re.compile(r"\b(?P<keep>AKIA|ASIA)[A-Z0-9]{16}\b"), _keep(REDACTED)),
    _Rule(
        ("access_key", "accesskey"),
        # 'aws configure set aws_secret_access_key VALUE' separates with a space, the credentials file with '='.
        re.compile(
            r"(?P<keep>(?:aws_)?secret_?access_?key[\"']?(?:\s*[:=]\s*|\s+)[\"']?)[A-Za-z0-9/+=]{16,}", re.IGNORECASE
        ),
        _keep(REDACTED),
    ),
    _Rule(
        ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
        re.compile(r"\b(?P<keep>gh[pousr]_|github_pat_)[A-Za-z0-9_]{20,255}\b"),
        _keep(REDACTED),
    ),
    _Rule(("xox", "xapp"), re.compile(r"\b(?P<keep>xox[abeprs]-|xapp-)[A-Za-z0-9-]{10,}"), _keep(REDACTED)),
    _Rule(
        ("hooks.slack.com",),
        # A Slack webhook URL is its own credential: whoever has the path can post to the channel.
        re.compile(r"(?P<keep>hooks\.slack\.com/(?:services|workflows|triggers)/)[A-Za-z0-9_/-]+"),
        _keep(REDACTED),
    ),
    _Rule(
        ("eyj",),
        # A JSON Web Token (header.payload.signature, both JSON parts starting '{"' = 'eyJ'), labelled or not.
        re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
        _keep(REDACTED),
    ),
    _Rule(
        ("authorization",),
        re.compile(
            r"(?P<keep>\bauthorization[\"']?\s*[:=]\s*[\"']?(?:(?:bearer|basic|token|digest)\s+)?)[^\s\"',;]+",
            re.IGNORECASE,
        ),
        _keep(REDACTED),
    ),
    _Rule(
        ("bearer",),
        # At least 8 characters: real tokens are long, and "bearer of bad news" must survive.
        re.compile(r"(?P<keep>\bbearer\s+)[A-Za-z0-9\-._~+/]{8,}=*", re.IGNORECASE),
        _keep(REDACTED),
    ),
    _Rule(
        ("://",),
        # The scheme is bounded: unbounded, a long dotted text without any URL would take quadratic time.
        # The user may be empty: redis://:password@host.
        re.compile(r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.\-]{0,31}://[^/\s:@]*:)[^/\s@]+(?P<keep_after>@)"),
        _keep(URL_PASSWORD_MASK),
    ),
    _Rule(
        ("-u", "--user"),
        # curl -u user:password, --user=user:password (a bare '-u root' has no password to hide; '-u redis://...'
        # is a URL, for the URL rule).
        re.compile(r"(?P<keep>(?<!\S)(?:-u|--user)(?:\s+|=)[^\s:@/\"']+:)(?!//)[^\s\"']+"),
        _keep(REDACTED),
    ),
    _Rule(
        ("password", "token", "secret", "key"),
        re.compile(
            r"(?P<keep>(?<![\w-])--[\w-]*(?:password|token|secret|api-?key|access-?key)(?:=|\s+))(?![<>|])[^\s\"']+",
            re.IGNORECASE,
        ),
        _keep(REDACTED),
    ),
    _Rule(
        ('"auth"',),
        # A docker config.json credential: base64 of user:password under "auth".
        re.compile(r"(?P<keep>\"auth\"\s*:\s*\")[A-Za-z0-9+/=]{8,}"),
        _keep(REDACTED),
    ),
    _Rule(
        ("token", "passw", "secret", "key", "_pwd"),
        # NAME_TOKEN=x, PGPASSWORD=x, db_password: x, "clientSecret": "x", X-API-Key: x, "api_key": "x". The name is
        # kept so the review says which secret it was. Any name ending in token/password/secret counts; a name ending
        # in 'key' only with a separator or a known prefix, so 'monkey=banana' survives. A name right after '//' is
        # a URL's user (https://x-access-token:...@host), left to the URL rule so the host stays readable; a private
        # key as the value was already redacted by the PEM rule, which keeps its BEGIN line.
        re.compile(
            r"(?P<keep>(?<![\w/-])(?:[A-Za-z0-9_-]*(?:token|password|passwd|secret)|[A-Za-z0-9_-]*[_-](?:key|pwd)"
            r"|(?:api|access|secret|private|signing|encryption|master|client)key)"
            r"[\"']?\s*[:=]\s*[\"']?)(?!-----BEGIN )[^\s\"',;]+",
            re.IGNORECASE,
        ),
        _keep(REDACTED),
    ),
)

_SENSITIVE_KEY = re.compile(
    r"password|passwd|secret|token|authorization|api[_-]?key|access[_-]?key|private[_-]?key|credential|^auths?$",
    re.IGNORECASE,
)
"""Keys whose values are secrets whatever they look like (a short password matches no pattern)."""


class Redactor:
    """Replaces secrets in text and JSON-like objects; ``extra_values`` are literal secrets (configured env values)."""

    def __init__(self, extra_values: Iterable[str] = ()) -> None:
        literals = sorted({v for v in extra_values if len(v) >= MIN_EXTRA_VALUE_LENGTH}, key=len, reverse=True)
        # Longest first, so a value that contains another is replaced whole.
        self._literals = tuple(literals)
        self._extra = re.compile("|".join(map(re.escape, literals))) if literals else None

    def redact(self, text: str) -> str:
        lowered = text.lower()
        redacted = text
        for rule in _RULES:
            for trigger in rule.triggers:
                if trigger in lowered:
                    redacted = rule.pattern.sub(rule.render, redacted)
                    break
        if self._extra is not None and any(literal in redacted for literal in self._literals):
            redacted = self._extra.sub(REDACTED, redacted)
        return redacted

    def redact_obj(self, obj: Any) -> Any:
        """A JSON-ready copy of ``obj`` with every string redacted and every value under a secret-named key hidden.

        JSON-ready because the copy is what gets stored: other objects become their redacted ``str()`` (so a stray
        exception carrying a token is caught too), keys become strings, and NaN or infinity become strings.
        """
        return self._redact_value(obj, hide=False)

    def _redact_value(self, value: Any, *, hide: bool) -> Any:
        if isinstance(value, str):
            return REDACTED if hide and value else self.redact(value)
        if isinstance(value, dict):
            return {
                str(key): self._redact_value(item, hide=hide or bool(_SENSITIVE_KEY.search(str(key))))
                for key, item in value.items()
            }
        if isinstance(value, (list, tuple)):
            return [self._redact_value(item, hide=hide) for item in value]
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, (int, float)):
            if hide:
                return REDACTED  # a numeric PIN is still a secret
            return value if math.isfinite(value) else str(value)
        return self._redact_value(str(value), hide=hide)
