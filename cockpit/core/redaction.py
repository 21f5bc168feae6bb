"""Secret redaction: everything the timeline stores passes through here first.

The timeline outlives the incident (it is exported, pasted into reviews, attached to tickets), so a token that
leaks into a command's output or an error message must never reach the file. Redaction keeps the context around a
secret (the header name, the variable name, the token's prefix) so the review still says what was there.

Patterns are compiled once at import. Each has cheap substring triggers checked first, because the timeline runs
every summary and detail value through here and almost none of them holds a secret: one scan for any trigger at all
settles most text, and a text found clean is remembered (field names and states repeat in every event).
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
CLEAN_MEMO_SIZE = 4096
"""How many texts without a secret a Redactor remembers (then it starts again): the names and states of events."""
CLEAN_MEMO_MAX_LENGTH = 256
"""Longer texts are not remembered: summaries and outputs rarely repeat."""

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
        # PEM and PGP armour ("PRIVATE KEY BLOCK"). An unterminated block (output cut at its end) is redacted to
        # the end of the text.
        re.compile(
            r"(?P<keep>-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)[\s\S]*?"
            r"(?P<keep_after>-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)"
        ),
        _keep(REDACTED),
    ),
    _Rule(
        ("private key",),
        # A block whose BEGIN line was cut off (the shell keeps the *last* bytes of long output): the armour lines
        # left before its END line are the key. The rule above already replaced every whole block's body with
        # REDACTED, which is not armour, so this one only sees headless blocks.
        re.compile(
            r"(?m)(?:^[A-Za-z0-9+/=:\- ]*\r?\n)*^[A-Za-z0-9+/=]{8,}\r?\n(?:^[A-Za-z0-9+/=]*\r?\n)*"
            r"(?P<keep_after>-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----)"
        ),
        _keep(REDACTED + "\n"),
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
    _Rule(
        ("glpat-", "gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "glcbt-", "glimt-", "glagent-"),
        re.compile(r"\b(?P<keep>gl(?:pat|dt|rt|ptt|ft|soat|cbt|imt|agent)-)[A-Za-z0-9_-]{20,}"),
        _keep(REDACTED),
    ),
    # Google API keys and OAuth access tokens; Stripe secret and restricted keys and webhook secrets (the
    # publishable pk_ keys are public by design and stay).
    _Rule(("aiza",), re.compile(r"\b(?P<keep>AIza)[0-9A-Za-z_-]{35}"), _keep(REDACTED)),
    _Rule(("ya29.",), re.compile(r"\b(?P<keep>ya29\.)[0-9A-Za-z_-]{20,}"), _keep(REDACTED)),
    _Rule(
        ("sk_live", "sk_test", "rk_live", "rk_test", "whsec_"),
        re.compile(r"\b(?P<keep>(?:sk|rk)_(?:live|test)_|whsec_)[0-9A-Za-z]{10,}"),
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
        # The password runs to the *last* '@' of the URL, so one holding '/' or '@' goes whole; a port (digits, then
        # a path or the end) is not a password, so host:3000/d/x@v2 stays.
        re.compile(
            r"(?P<keep>\b[a-zA-Z][a-zA-Z0-9+.\-]{0,31}://[^/\s:@]*:)(?!\d{1,5}(?:[/?#\s]|$))[^\s]*?"
            r"(?P<keep_after>@)(?=[^\s@]*(?:\s|$))"
        ),
        _keep(URL_PASSWORD_MASK),
    ),
    _Rule(
        ("-u", "--user"),
        # curl -u user:password, --user=user:password (a bare '-u root' has no password to hide; '-u redis://...'
        # is a URL, for the URL rule).
        # A user starting with '+' or '%' is a format ('date -u +%H:%M:%SZ'), not a user.
        re.compile(r"(?P<keep>(?<!\S)(?:-u|--user)(?:\s+|=)(?![+%])[^\s:@/\"']+:)(?!//)[^\s\"']+"),
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
        ("client-key-data",),
        # kubeconfig's private key, also as 'kubectl config set users.NAME.client-key-data VALUE'.
        re.compile(r"(?P<keep>client-key-data[\"']?(?:\s*[:=]\s*|\s+)[\"']?)[A-Za-z0-9+/=]{16,}"),
        _keep(REDACTED),
    ),
    _Rule(
        ("mysql", "mariadb"),
        # mysql -pPASSWORD (no space: with a space, -p prompts). Only after a MySQL client: '-p' is a port or a
        # 'parents' flag everywhere else.
        re.compile(r"(?P<keep>\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b[^\n|;&]*?(?<!\S)-p)(?=[^\s-])"
                   r"[^\s\"']+"),
        _keep(REDACTED),
    ),
    _Rule(
        ("machine", "default"),
        # A .netrc entry: 'machine HOST login USER password PASSWORD' (or 'default login ... password ...').
        re.compile(r"(?P<keep>\b(?:machine\s+\S+|default)(?:\s+(?:login|account)\s+\S+)*\s+password\s+)[^\s]+"),
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
        # 'client-key-data' is kubeconfig's private key. Names that end in 'key' but name a column, a cache entry or a
        # public half (primary_key, sort_key, public_key...) are data, not secrets: see _NOT_SECRET_KEYS.
        re.compile(
            r"(?P<keep>(?<![\w/-])(?P<name>[A-Za-z0-9_-]*(?:token|password|passwd|secret)"
            r"|[A-Za-z0-9_-]*[_-](?:key(?:[_-]data)?|pwd)"
            r"|(?:api|access|secret|private|signing|encryption|master|client)key)"
            r"[\"']?\s*[:=]\s*[\"']?)(?!-----BEGIN )[^\s\"',;]+",
            re.IGNORECASE,
        ),
        lambda m: m[0] if _not_secret_name(m["name"]) else f"{m['keep']}{REDACTED}",
    ),
)

_ANY_TRIGGER = re.compile(
    "|".join(re.escape(t) for t in sorted({t for rule in _RULES for t in rule.triggers}, key=len, reverse=True))
)
"""Every rule's triggers in one pattern: one scan of the lowered text says whether any rule can match at all."""

_NOT_SECRET_KEYS = frozenset((
    "primary", "foreign", "unique", "sort", "partition", "range", "hash", "shard", "routing", "cache", "lookup",
    "index", "composite", "natural", "surrogate", "idempotency", "dedup", "dedupe", "object", "row", "group",
    "message", "public", "host", "ssh_host", "kms", "key_id", "access_key_id", "primary_key", "foreign_key",
))
"""Words before '_key' (or the whole name) that make it an identifier: 'primary_key: id' is schema, not a secret."""


def _not_secret_name(name: str) -> bool:
    words = re.split(r"[_-]", name.lower())
    if words[-1] not in ("key", "id"):
        return False
    return len(words) >= 2 and (words[-2] in _NOT_SECRET_KEYS or "_".join(words[-3:]) in _NOT_SECRET_KEYS)

_SENSITIVE_KEY = re.compile(
    r"password|passwd|secret|token|authorization|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?key"
    r"|credential|^auths?$",
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
        self._clean: dict[str, bool] = {}
        """Texts this redactor left unchanged, each with whether it names a secret as a key. Redaction depends on the
        text alone, so they stay unchanged; only clean texts are kept, so no secret lives on in the memo."""

    def redact(self, text: str) -> str:
        if text in self._clean:
            return text
        redacted = self._redact(text)
        if redacted == text and len(text) <= CLEAN_MEMO_MAX_LENGTH:
            if len(self._clean) >= CLEAN_MEMO_SIZE:
                self._clean.clear()
            self._clean[text] = bool(_SENSITIVE_KEY.search(text))
        return redacted

    def _redact(self, text: str) -> str:
        lowered = text.lower()
        redacted = text
        if _ANY_TRIGGER.search(lowered) is not None:
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
            # Keys are data too: a health component can be named after its connection string.
            return {
                self.redact(str(key)): self._redact_value(item, hide=hide or self._names_a_secret(str(key)))
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

    def _names_a_secret(self, key: str) -> bool:
        """Whether values under this key are secrets whatever they look like (a clean key was just remembered)."""
        known = self._clean.get(key)
        return bool(_SENSITIVE_KEY.search(key)) if known is None else known
