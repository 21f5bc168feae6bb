"""Configuration: a valid file becomes typed structs; every mistake is one line naming file, line and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cockpit import cli
from cockpit.core.config import (
    CockpitConfig,
    ConfigError,
    PollingConfig,
    apply_env_overrides,
    find_config,
    load_config,
    parse_config,
)
from cockpit.core.config_locate import TomlLocator, dotted
from cockpit.themes import theme_data, theme_names

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIGS = REPO_ROOT / "tests" / "data" / "configs"


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as raised:
        load_config(path, environ={})
    return str(raised.value)


# -- mistakes, each named by file:line:key ------------------------------------------------------------------------


def test_unknown_key_in_the_cockpit_table_names_file_line_key_and_the_known_keys() -> None:
    path = CONFIGS / "unknown_cockpit_key.toml"
    known = "read_only, theme, db, redact_env, operator, log_lines, log_flush_s"
    assert error_of(path) == f"{path}:4: cockpit.them: unknown key (known: {known})"


def test_unknown_key_in_an_environment() -> None:
    path = CONFIGS / "unknown_environment_key.toml"
    assert error_of(path) == (
        f"{path}:3: environments.prod.protect: unknown key (known: protected, description, service, runbook, targets, "
        "triggers)"
    )


def test_unknown_key_in_target_settings_lists_the_provider_keys() -> None:
    path = CONFIGS / "unknown_target_key.toml"
    message = error_of(path)
    prefix = f"{path}:15: environments.prod.targets.api.clustr: unknown key (known: "
    assert message.startswith(prefix)
    known = message.removeprefix(prefix).removesuffix(")").split(", ")
    # The provider's own settings, then the keys every target has.
    assert "service" in known
    assert known[-3:] == ["provider", "interval_s", "timeout_s"]


def test_unknown_top_level_table() -> None:
    text = (
        '[cockpit]\noperator = "a"\n\n[polling]\ninterval_s = 1\n\n[enviroments.prod.targets.api]\nprovider = "fake"\n'
    )
    with pytest.raises(ConfigError) as raised:
        parse_config(text, Path("cockpit.toml"))
    assert str(raised.value) == "cockpit.toml:7: enviroments: unknown key (known: cockpit, polling, environments)"


def test_wrong_type_in_provider_settings_uses_toml_type_names() -> None:
    path = CONFIGS / "wrong_type.toml"
    assert error_of(path) == f"{path}:4: environments.prod.targets.api.replicas: expected `integer`, got `string`"


def test_wrong_type_in_polling() -> None:
    path = CONFIGS / "bad_polling.toml"
    assert error_of(path) == f"{path}:2: polling.interval_s: expected `number`, got `string`"


@pytest.mark.parametrize(
    ("lines", "line", "key", "words"),
    [
        ("[polling]\ntimeout_s = 900", 2, "polling.timeout_s", "<= 300"),
        ("[polling]\ninterval_s = 0", 2, "polling.interval_s", "> 0"),
        ("[polling]\ninterval_s = 10\nmax_backoff_s = 5", 3, "polling.max_backoff_s", "at least interval_s (10)"),
        ("[polling]\ninterval_s = 120", 2, "polling.interval_s", "at most max_backoff_s (60)"),
        ('[cockpit]\ntheme = "neon"', 2, "cockpit.theme", "unknown theme 'neon'"),
        ('[cockpit]\nread_only = "yes"', 2, "cockpit.read_only", "expected `boolean`, got `string`"),
        ("[cockpit]\nlog_lines = 10", 2, "cockpit.log_lines", ">= 100"),
        ("[cockpit]\ntheme = \"cockpit-dark\"\nlog_lines = 1_000_000", 3, "cockpit.log_lines", "<= 100000"),
        ('[cockpit]\nlog_lines = "lots"', 2, "cockpit.log_lines", "expected `integer`, got `string`"),
        ("[cockpit]\nlog_flush_s = 0", 2, "cockpit.log_flush_s", ">= 0.1"),
        ("[cockpit]\nlog_flush_s = 600", 2, "cockpit.log_flush_s", "<= 60"),
        ('[cockpit]\nlog_flush_s = "5s"', 2, "cockpit.log_flush_s", "expected `number`, got `string`"),
    ],
)
def test_bad_values_outside_environments(lines: str, line: int, key: str, words: str) -> None:
    text = f'{lines}\n\n[environments.prod.targets.api]\nprovider = "fake"\n'
    with pytest.raises(ConfigError) as raised:
        parse_config(text, Path("c.toml"))
    assert str(raised.value).startswith(f"c.toml:{line}: {key}: ")
    assert words in str(raised.value)


def test_log_lines_sizes_the_log_ring_buffers() -> None:
    text = '[cockpit]\nlog_lines = 500\n\n[environments.prod.targets.api]\nprovider = "fake"\n'
    assert parse_config(text, Path("c.toml")).log_lines == 500
    assert parse_config(text.replace("log_lines = 500", ""), Path("c.toml")).log_lines == 2000


@pytest.mark.parametrize(
    ("polling", "target", "check_s", "poll_s"),
    [
        ("", "", 5.0, 10.0),  # nothing written: the http check's own default, [polling]'s default for the poll
        ("timeout_s = 20\n", "", 20.0, 20.0),  # [polling] beats the provider's default
        ("timeout_s = 20\n", "timeout_s = 3\n", 3.0, 3.0),  # the target's own key beats both
        ("interval_s = 30\n", "", 5.0, 10.0),  # another [polling] key leaves timeout_s alone
    ],
)
def test_one_precedence_for_timeout_s_target_then_polling_then_provider_default(
    polling: str, target: str, check_s: float, poll_s: float
) -> None:
    text = (
        f"[polling]\n{polling}\n[environments.prod.targets.health]\nprovider = \"http\"\n"
        f'url = "http://127.0.0.1:9/health"\n{target}'
    )
    health = parse_config(text, Path("c.toml")).environments["prod"].targets["health"]
    assert health.settings.timeout_s == check_s
    assert health.polling.timeout_s == poll_s


def test_log_flush_s_paces_the_log_batches() -> None:
    text = '[cockpit]\nlog_flush_s = 0.5\n\n[environments.prod.targets.api]\nprovider = "fake"\n'
    assert parse_config(text, Path("c.toml")).log_flush_s == 0.5
    assert parse_config(text.replace("log_flush_s = 0.5", ""), Path("c.toml")).log_flush_s == 5.0


def test_target_override_slower_than_the_backoff_blames_the_target_interval() -> None:
    text = '[polling]\nmax_backoff_s = 30\n\n[environments.prod.targets.api]\nprovider = "fake"\ninterval_s = 120\n'
    with pytest.raises(ConfigError) as raised:
        parse_config(text, Path("c.toml"))
    assert str(raised.value) == "c.toml:6: environments.prod.targets.api.interval_s: must be at most max_backoff_s (30)"


def test_toml_syntax_error_reports_the_line_tomllib_found() -> None:
    path = CONFIGS / "syntax_error.toml"
    message = error_of(path)
    assert message.startswith(f"{path}:6: invalid TOML: ")
    assert "column" in message


def test_unknown_provider_names_the_installed_ones() -> None:
    path = CONFIGS / "unknown_provider.toml"
    message = error_of(path)
    assert message.startswith(
        f"{path}:5: environments.prod.targets.api.provider: unknown provider 'nomad' (installed: "
    )
    assert "fake" in message


def test_target_without_provider_and_target_that_is_not_a_table() -> None:
    with pytest.raises(ConfigError) as missing:
        parse_config('[environments.prod.targets.api]\nservice = "x"\n', Path("c.toml"))
    assert str(missing.value) == "c.toml:1: environments.prod.targets.api.provider: required key is missing"
    with pytest.raises(ConfigError) as scalar:
        parse_config("[environments.prod]\ntargets.api = 3\n", Path("c.toml"))
    assert str(scalar.value) == "c.toml:2: environments.prod.targets.api: expected a table, got an integer"


def test_missing_required_provider_setting_points_at_the_target_table() -> None:
    # The http provider cannot work without a URL; the line is the target's header, where the key belongs.
    with pytest.raises(ConfigError) as raised:
        parse_config('# prod\n[environments.prod.targets.web]\nprovider = "http"\n', Path("c.toml"))
    assert str(raised.value) == "c.toml:2: environments.prod.targets.web.url: required key is missing"


def test_no_environments_and_environment_without_targets() -> None:
    path = CONFIGS / "no_environments.toml"
    assert error_of(path) == f"{path}: no environments defined (add an [environments.NAME] table with targets)"
    with pytest.raises(ConfigError) as raised:
        parse_config('[environments.prod]\ndescription = "x"\n', Path("c.toml"))
    assert str(raised.value).startswith("c.toml:1: environments.prod: no targets")


def test_missing_unreadable_and_binary_files(tmp_path: Path) -> None:
    assert error_of(tmp_path / "absent.toml") == f"{tmp_path / 'absent.toml'}: no such file"
    assert error_of(tmp_path) == f"{tmp_path}: is a directory, not a TOML file"
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b'[cockpit]\noperator = "\xff"\n')
    assert error_of(binary) == f"{binary}:2: not UTF-8 text"


def test_runbook_must_exist_relative_to_the_config(tmp_path: Path) -> None:
    config = tmp_path / "cockpit.toml"
    config.write_text(
        '[environments.prod]\nrunbook = "rb/missing.md"\n\n[environments.prod.targets.a]\nprovider = "fake"\n'
    )
    message = error_of(config)
    assert message == f"{config}:2: environments.prod.runbook: no such file: {tmp_path / 'rb' / 'missing.md'}"


# -- a valid file ---------------------------------------------------------------------------------------------------


@pytest.fixture
def multi(tmp_path: Path) -> CockpitConfig:
    """valid_multi.toml copied next to the runbook it names (relative paths resolve from the file's directory)."""
    path = tmp_path / "cockpit.toml"
    shutil.copy(CONFIGS / "valid_multi.toml", path)
    (tmp_path / "runbooks").mkdir()
    (tmp_path / "runbooks" / "health.md").write_text("# Health\n\n1. Check `/health/ready`.\n")
    return load_config(path, environ={"USER": "ignored-because-the-file-names-an-operator"})


def test_valid_multi_environment_config(multi: CockpitConfig, tmp_path: Path) -> None:
    assert multi.path == tmp_path / "cockpit.toml"
    assert (multi.theme, multi.operator, multi.read_only) == ("cockpit-light", "alice", False)
    assert multi.db == tmp_path / "state" / "incidents.db"
    assert multi.redact_env == ("DATABASE_URL", "API_TOKEN")
    assert list(multi.environments) == ["production", "staging"]

    production = multi.environment("production")
    assert production.protected and production.description == "prod, eu-west-1"
    assert production.runbook == tmp_path / "runbooks" / "health.md"
    assert list(production.targets) == ["checkout", "checkout health"]
    demo, health = production.targets["checkout"], production.targets["checkout health"]
    assert (demo.provider, demo.settings.base_url, demo.line) == ("demo", "http://127.0.0.1:8080", 21)
    assert demo.polling == PollingConfig(interval_s=4, timeout_s=8.5, max_backoff_s=30)
    assert health.settings.headers == {"Accept": "application/json"}
    assert health.polling == PollingConfig(interval_s=2, timeout_s=1.5, max_backoff_s=30)
    # The http check has a timeout of its own: one key sets both, they mean the same thing.
    assert health.settings.timeout_s == 1.5

    staging = multi.environment("staging")
    # Without `service`, incidents are about the first target; inline-table targets work like sections.
    assert (staging.protected, staging.service, staging.runbook) == (False, "api", None)
    assert staging.targets["api"].settings.url == "http://127.0.0.1:8081/health"
    assert staging.targets["api"].line == 39


def test_choosing_an_environment(multi: CockpitConfig) -> None:
    with pytest.raises(ConfigError, match=r"several environments, choose one with --env \(production, staging\)"):
        multi.environment(None)
    with pytest.raises(ConfigError, match=r"unknown environment 'prod' \(choices: production, staging\)"):
        multi.environment("prod")
    single = parse_config('[environments.only.targets.a]\nprovider = "fake"\n', environ={"USER": "bob"})
    assert single.environment(None).name == "only"
    assert single.operator == "bob"


def test_env_overrides_win_over_the_file(multi: CockpitConfig, tmp_path: Path) -> None:
    overridden = apply_env_overrides(
        multi,
        {
            "COCKPIT_READ_ONLY": "yes",
            "COCKPIT_THEME": "cockpit-contrast",
            "COCKPIT_DB": "~/x.db",
            "COCKPIT_OPERATOR": "bob",
        },
    )
    assert overridden.read_only is True
    assert overridden.theme == "cockpit-contrast"
    assert overridden.db == Path("~/x.db").expanduser()
    assert overridden.operator == "bob"
    # Variables only add restrictions: 0 cannot arm what the file (or an earlier variable) made read-only.
    assert apply_env_overrides(overridden, {"COCKPIT_READ_ONLY": "0"}).read_only is True
    assert apply_env_overrides(multi, {}) is multi


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"COCKPIT_READ_ONLY": "maybe"}, "COCKPIT_READ_ONLY: expected 1/true/yes or 0/false/no, got 'maybe'"),
        ({"COCKPIT_THEME": "neon"}, "COCKPIT_THEME: unknown theme 'neon' (known: "),
    ],
)
def test_bad_env_overrides_are_refused(multi: CockpitConfig, environ: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError) as raised:
        apply_env_overrides(multi, environ)
    assert str(raised.value).startswith(message)


def test_find_config_prefers_explicit_then_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(tmp_path)
    assert find_config(None) is None
    user = tmp_path / "xdg" / "cockpit" / "cockpit.toml"
    user.parent.mkdir(parents=True)
    user.write_text("")
    assert find_config(None) == user
    (tmp_path / "cockpit.toml").write_text("")
    assert find_config(None) == Path("cockpit.toml")
    assert find_config(tmp_path / "other.toml") == tmp_path / "other.toml"


def test_themes_are_data_a_toml_file_adds_a_theme(tmp_path: Path) -> None:
    shipped = {path.stem for path in (REPO_ROOT / "themes").glob("*.toml")}
    assert set(theme_names()) == shipped == {"cockpit-dark", "cockpit-light", "cockpit-contrast"}
    # The command line offers exactly the shipped files: no list of names kept anywhere else.
    open_parser = cli.build_parser()._subparsers._group_actions[0].choices["open"]  # type: ignore[union-attr]
    theme_option = next(action for action in open_parser._actions if action.dest == "theme")
    assert tuple(theme_option.choices) == theme_names()
    # A new file is a new theme, data and all.
    folder = tmp_path / "themes"
    folder.mkdir()
    shutil.copy(REPO_ROOT / "themes" / "cockpit-dark.toml", folder / "night-shift.toml")
    assert theme_names(folder) == ("night-shift",)
    (data,) = theme_data(folder)
    assert data["name"] == "night-shift" and data["dark"] is True and "protected-accent" in data["variables"]


# -- the line locator -------------------------------------------------------------------------------------------


def test_locator_handles_dotted_quoted_keys_and_skips_text_inside_values() -> None:
    lines = [
        "top = 1",  # 1
        "[a]",  # 2
        'b.c = """',  # 3
        "fake = 'not a key'",  # 4
        '"""',  # 5
        "list = [",  # 6
        '  "x = 1",',  # 7
        "]",  # 8
        '"quoted.key" = 2',  # 9
        "[[arr]]",  # 10
        "k = 1",  # 11
        "[[arr]]",  # 12
        "k = 2",  # 13
        "[arr.sub]",  # 14
        "z = 3",  # 15
        "[ 'x y' . z ]  # spaced",  # 16
        "w = 4",  # 17
    ]
    locate = TomlLocator("\n".join(lines)).line_of
    assert locate(["top"]) == 1
    assert locate(["a", "b", "c"]) == 3
    assert locate(["a", "fake"]) == 2  # not a key: falls back to the table
    assert locate(["a", "list"]) == 6
    assert locate(["a", "x"]) == 2
    assert locate(["a", "quoted.key"]) == 9
    assert locate(["arr", 0, "k"]) == 11
    assert locate(["arr", 1, "k"]) == 13
    assert locate(["arr", 1, "sub", "z"]) == 15
    assert locate(["x y", "z", "w"]) == 17
    assert locate(["nowhere", "at", "all"]) == 1


def test_dotted_quotes_names_that_are_not_bare_keys() -> None:
    assert (
        dotted(("environments", "prod", "targets", "checkout health")) == 'environments.prod.targets."checkout health"'
    )
    assert dotted(("arr", 2, "k")) == "arr[2].k"
