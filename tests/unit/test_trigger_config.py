"""[[environments.NAME.triggers]]: valid ones become Triggers, every mistake is file:line:key, none means the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from cockpit.core.config import ConfigError, parse_config
from cockpit.core.trigger_model import SEED_TRIGGERS, Trigger

HEAD = """[environments.production]
service = "checkout"
[environments.production.targets.api]
provider = "fake"
"""
PATH = Path("cockpit.toml")


def triggers(text: str) -> tuple[Trigger, ...]:
    return parse_config(HEAD + text, PATH).environments["production"].triggers


def error(text: str) -> str:
    with pytest.raises(ConfigError) as raised:
        parse_config(HEAD + text, PATH)
    return str(raised.value)


def test_metric_and_health_triggers() -> None:
    parsed = triggers("""
[[environments.production.triggers]]
name = "error rate"
metric = "error_rate"
above = 0.05
for = "2m"

[[environments.production.triggers]]
name = "traffic"
metric = "requests_per_s"
target = "api"
below = 1

[[environments.production.triggers]]
name = "health"
health = "failing"
consecutive = 3
""")
    assert parsed == (
        Trigger("error rate", metric="error_rate", above=0.05, window_s=120.0, line=6),
        Trigger("traffic", metric="requests_per_s", target="api", below=1.0, line=12),
        Trigger("health", consecutive=3, line=18),
    )
    assert parsed[0].describe() == "error_rate > 5% for 2m"


def test_none_configured_means_the_seed_triggers() -> None:
    env = parse_config(HEAD, PATH).environments["production"]
    assert env.triggers == () and env.active_triggers == SEED_TRIGGERS


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('name = "x"\nmetric = "error_rate"\nabove = 1\nwindow = "2m"\n',
         "cockpit.toml:10: environments.production.triggers[0].window: unknown key (known: name, metric, health, "
         "target, above, below, for, consecutive, min_requests, hold)"),
        ('name = "x"\nmetric = "error_rate"\nabove = "5%"\n',
         "cockpit.toml:9: environments.production.triggers[0].above: expected `number`, got `string`"),
        ('name = "x"\nmetric = "error_rate"\nabove = 1\nfor = "two minutes"\n',
         "cockpit.toml:10: environments.production.triggers[0].for: 'two minutes' is not a duration like 30s, 2m "
         "or 1h"),
        ('name = "x"\nmetric = "error_rate"\n',
         "cockpit.toml:6: environments.production.triggers[0]: needs exactly one of above = NUMBER or below = NUMBER"),
        ('name = "x"\nmetric = "error_rate"\nabove = 1\nbelow = 0\n',
         "cockpit.toml:6: environments.production.triggers[0]: needs exactly one of above = NUMBER or below = NUMBER"),
        ('name = "x"\nhealth = "failing"\n',
         "cockpit.toml:6: environments.production.triggers[0].consecutive: required key is missing (how many failed "
         "checks in a row)"),
        ('name = "x"\nhealth = "failing"\nconsecutive = 0\n',
         "cockpit.toml:9: environments.production.triggers[0].consecutive: expected `integer` >= 1"),
        ('name = "x"\nhealth = "degraded"\nconsecutive = 3\n',
         "cockpit.toml:8: environments.production.triggers[0].health: only \"failing\" is supported, got 'degraded'"),
        ('name = "x"\nhealth = "failing"\nconsecutive = 3\nfor = "1m"\n',
         "cockpit.toml:10: environments.production.triggers[0].for: only applies to metric triggers (health "
         "triggers count checks)"),
        ('name = "x"\n',
         "cockpit.toml:6: environments.production.triggers[0]: needs either metric = \"NAME\" (with above/below) or "
         'health = "failing"'),
        ('metric = "error_rate"\nabove = 1\n',
         "cockpit.toml:6: environments.production.triggers[0].name: required key is missing"),
    ],
)
def test_each_mistake_is_named_by_file_line_and_key(body: str, message: str) -> None:
    assert error("\n[[environments.production.triggers]]\n" + body) == message


def test_two_triggers_of_one_name() -> None:
    text = ('\n[[environments.production.triggers]]\nname = "x"\nhealth = "failing"\nconsecutive = 3\n'
            '\n[[environments.production.triggers]]\nname = "x"\nhealth = "failing"\nconsecutive = 2\n')
    assert error(text) == ("cockpit.toml:12: environments.production.triggers[1].name: a trigger named 'x' is "
                           "already defined")


def test_triggers_must_be_an_array_of_tables() -> None:
    assert error('[environments.production.triggers]\nname = "x"\n') == (
        "cockpit.toml:5: environments.production.triggers: expected an array of tables ([[...triggers]])")
