"""Redaction against a corpus of real-looking (but fake) secrets, one or more per pattern.

Tokens are assembled from pieces so secret scanners do not flag this file; none of them was ever valid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cockpit.core.redaction import REDACTED, Redactor

AWS_KEY_ID = "AKIA" + "IOSFODNN7EXAMPLE"  # AWS's documented example
AWS_SESSION_KEY_ID = "ASIA" + "Y34FZKBOKMUTVV7A"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"  # AWS's documented example
GH_CLASSIC = "ghp_" + "16C7e42F292c6912E7710c838347Ae178B4a"
GH_OAUTH = "gho_" + "16C7e42F292c6912E7710c838347Ae178B4a"
GH_USER = "ghu_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
GH_SERVER = "ghs_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789"
GH_REFRESH = "ghr_" + "1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498"
GH_FINE = "github_pat_" + "11ABCDEFG0123456789abc_" + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789aBcDeFgHiJkLmNoPqRsTuVw"
SLACK_BOT = "xoxb-" + "2048123456-4096123456789-" + "aBcDeFgHiJkLmNoPqRsTuVwX"
SLACK_USER = "xoxp-" + "2048123456-2048123456-4096123456789-" + "0123456789abcdef0123456789abcdef"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJzdWIiOiJvbmNhbGwifQ.c2lnbmF0dXJlLWZha2U"
PEM_BODY = "MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM9Oi" + "\nZ1Nc1UEkmCtPjM7YAoIzExgR1e6aHbNhqsZ3\nxQ=="


@dataclass(frozen=True)
class Sample:
    text: str
    secret: str
    """Must be gone after redaction."""
    kept: str
    """Context that must survive, so the review still says what was there."""


CORPUS: dict[str, Sample] = {
    "aws access key id": Sample(f"export AWS_ACCESS_KEY_ID={AWS_KEY_ID}", AWS_KEY_ID, "AKIA***REDACTED***"),
    "aws key id in prose": Sample(
        f"denied for {AWS_SESSION_KEY_ID} in eu-west-1", AWS_SESSION_KEY_ID, "denied for ASIA"
    ),
    "aws secret (ini)": Sample(f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET, "aws_secret_access_key = "),
    "aws secret (json)": Sample(
        f'{{"SecretAccessKey": "{AWS_SECRET}", "Expiration": 1}}', AWS_SECRET, '"Expiration": 1'
    ),
    "github classic": Sample(
        f"git push https://x-access-token@github.com {GH_CLASSIC}", GH_CLASSIC, "ghp_***REDACTED***"
    ),
    "github oauth": Sample(f"token {GH_OAUTH} expired", GH_OAUTH, "gho_"),
    "github user-to-server": Sample(f"using {GH_USER}", GH_USER, "ghu_"),
    "github server-to-server": Sample(f"GH={GH_SERVER};", GH_SERVER, "ghs_"),
    "github refresh": Sample(f"refresh {GH_REFRESH}", GH_REFRESH, "ghr_"),
    "github fine-grained": Sample(f"pat {GH_FINE} ok", GH_FINE, "github_pat_***REDACTED*** ok"),
    "bearer header": Sample(
        f"curl -H 'Authorization: Bearer {JWT}' https://api.internal/v1", JWT, "Authorization: Bearer "
    ),
    "bearer alone": Sample(f"sent bearer {JWT}", JWT, "sent bearer "),
    "basic auth header": Sample(
        "Authorization: Basic b25jYWxsOmh1bnRlcjI=", "b25jYWxsOmh1bnRlcjI=", "Authorization: Basic"
    ),
    "url password": Sample(
        "DATABASE_URL=postgres://api:Tr0ub4dor3@db.prod.internal:5432/api",
        "Tr0ub4dor3",
        "postgres://api:***@db.prod.internal:5432/api",
    ),
    "url password, git": Sample(
        "git clone https://ana:s3cr3t-pass@git.example.com/x.git", "s3cr3t-pass", "https://ana:***@git"
    ),
    "pem private key": Sample(
        f"key:\n-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----\nthen",
        "MIIEowIBAAKCAQEA",
        "-----BEGIN RSA PRIVATE KEY-----***REDACTED***-----END RSA PRIVATE KEY-----\nthen",
    ),
    "pem truncated": Sample(
        f"-----BEGIN OPENSSH PRIVATE KEY-----\n{PEM_BODY}", "Z1Nc1UEk", "BEGIN OPENSSH PRIVATE KEY"
    ),
    "name_token": Sample(
        "GITLAB_TOKEN=glpat-x7Yk2Pq9Lm3Nv8Rt", "glpat-x7Yk2Pq9Lm3Nv8Rt", "GITLAB_TOKEN=***REDACTED***"
    ),
    "name_password": Sample("MYSQL_ROOT_PASSWORD=hunter2 docker compose up", "hunter2", "MYSQL_ROOT_PASSWORD="),
    "name_secret (yaml)": Sample("  client_secret: 8f14e45fceea167a5a36", "8f14e45fceea167a5a36", "client_secret: "),
    "name_key (quoted)": Sample(
        'STRIPE_API_KEY="sk_live_51HxYz0123456789"', "sk_live_51HxYz0123456789", "STRIPE_API_KEY="
    ),
    "password flag": Sample("mysql -u root --password hunter22 -h db", "hunter22", "--password ***REDACTED*** -h db"),
    "token flag": Sample("vault login --token=s.8Fh2kLq9ZpXw", "s.8Fh2kLq9ZpXw", "--token="),
    "secret flag": Sample("app --db-secret Zm9vYmFy --verbose", "Zm9vYmFy", "--db-secret ***REDACTED*** --verbose"),
    "slack bot": Sample(f"SLACK={SLACK_BOT}", SLACK_BOT, "xoxb-***REDACTED***"),
    "slack user": Sample(f"posting as {SLACK_USER}.", SLACK_USER, "xoxp-"),
}


@pytest.fixture
def redactor() -> Redactor:
    return Redactor()


@pytest.mark.parametrize("name", CORPUS)
def test_each_pattern_removes_the_secret_and_keeps_context(redactor: Redactor, name: str) -> None:
    sample = CORPUS[name]
    redacted = redactor.redact(sample.text)
    assert sample.secret not in redacted
    assert sample.kept in redacted
    assert "***" in redacted


@pytest.mark.parametrize("name", CORPUS)
def test_redaction_is_stable_when_applied_again(redactor: Redactor, name: str) -> None:
    once = redactor.redact(CORPUS[name].text)
    assert redactor.redact(once) == once


@pytest.mark.parametrize(
    "text",
    [
        "deploy api:42 failed: CrashLoopBackOff on pod api-7d9f8c-xk2 (exit 1), 3/5 ready",
        "kubectl rollout undo deployment/api -n prod --to-revision=3",
        "aws ecs update-service --cluster prod --service api --task-definition api:41",
        "the bearer of bad news; authorization failed for user ana",
        "https://grafana.example.com:3000/d/api@v2?from=now-1h",
        "monkey=banana keyboard=us",
        "p95 latency 840 ms > 500 ms for 5m: rollback advised",
        "Asia/Tokyo time zone",
    ],
)
def test_ordinary_operations_text_is_left_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text) == text


def test_configured_values_are_redacted_longest_first() -> None:
    redactor = Redactor(extra_values=["prod-db-pass", "prod-db-pass-2025", "abc", ""])
    assert redactor.redact("tried prod-db-pass-2025 then prod-db-pass") == f"tried {REDACTED} then {REDACTED}"


def test_configured_values_shorter_than_four_characters_are_ignored() -> None:
    assert Redactor(extra_values=["dev", "1"]).redact("dev cluster 1") == "dev cluster 1"


def test_redact_obj_walks_json_and_hides_secret_named_keys(redactor: Redactor) -> None:
    detail: dict[str, Any] = {
        "plan": {"command": f"gh run rerun 42 # GH_TOKEN={GH_CLASSIC}", "reversible": True, "changes": []},
        "env": [{"name": "DB_PASSWORD", "password": "short"}, {"api_key": 123456, "Authorization": "Basic x"}],
        "credentials": {"user": "ana", "expires": None},
        "tokens": ["a1b2c3", "d4e5f6"],
        "latency_ms": 12.5,
    }
    assert redactor.redact_obj(detail) == {
        "plan": {"command": f"gh run rerun 42 # GH_TOKEN={REDACTED}", "reversible": True, "changes": []},
        "env": [{"name": "DB_PASSWORD", "password": REDACTED}, {"api_key": REDACTED, "Authorization": REDACTED}],
        "credentials": {"user": REDACTED, "expires": None},
        "tokens": [REDACTED, REDACTED],
        "latency_ms": 12.5,
    }
    assert detail["env"][0]["password"] == "short"  # the input is not changed


def test_redact_obj_returns_json_ready_values(redactor: Redactor) -> None:
    class Failure(Exception):
        pass

    assert redactor.redact_obj({1: Failure(f"401 for {GH_CLASSIC}"), "ratio": float("nan"), "t": (1, 2)}) == {
        "1": f"401 for ghp_{REDACTED}",
        "ratio": "nan",
        "t": [1, 2],
    }


@given(
    before=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
    after=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=200),
    secret=st.sampled_from([GH_CLASSIC, GH_FINE, AWS_KEY_ID, SLACK_BOT]),
)
def test_a_token_between_any_text_is_always_removed(before: str, after: str, secret: str) -> None:
    assert secret not in Redactor().redact(f"{before} {secret} {after}")


@pytest.mark.parametrize(
    "text",
    [
        "a." * 50_000 + "://",
        "x://" + "a:" * 50_000,
        "--" + "-" * 100_000 + "password",
        "a_b." * 25_000 + "password=",
        "-----BEGIN RSA PRIVATE KEY-----" * 3_000,
        "authorization" * 20_000,
    ],
)
@pytest.mark.timeout(20)
def test_hostile_input_cannot_stall_the_timeline(redactor: Redactor, text: str) -> None:
    # Linear patterns take milliseconds here (bench/ measures them); a quadratic one takes minutes and is stopped.
    redacted = redactor.redact(text)
    assert redactor.redact(redacted) == redacted  # and what it leaves is stable
