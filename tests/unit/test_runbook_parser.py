"""The runbook parser on runbooks this project has never seen, and on each rule of issue 3 one at a time.

The three files in tests/data/runbooks were written for these tests: CRLF line ends with front matter and setext
headings; tab indentation, admonitions and HTML; console transcripts and every lint finding.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from cockpit.runbooks.commands import (
    assigned_variables,
    is_inline_command,
    placeholders,
    reads_as_shell,
    split_commands,
    used_variables,
)
from cockpit.runbooks.lint import lint_runbook
from cockpit.runbooks.model import (
    Command,
    Runbook,
    RunbookError,
    Section,
    Step,
    format_lint,
    runbook_outline,
    runbook_to_json_text,
)
from cockpit.runbooks.notation import parse_attributes, parse_duration
from cockpit.runbooks.parser import MAX_BYTES, load_runbook, parse_runbook

DATA = Path(__file__).parents[1] / "data" / "runbooks"
CANARY = DATA / "k8s_canary_crlf.md"
COMPOSE = DATA / "mkdocs_tabs_html.md"
ECS = DATA / "ecs_console_lint.md"

_COMMAND = {
    "type": "object",
    "required": ["language", "fenced", "shell", "code", "line"],
    "properties": {
        "language": {"type": ["string", "null"]},
        "fenced": {"type": "boolean"},
        "shell": {"type": "boolean"},
        "code": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
    },
}
_STEP = {
    "type": "object",
    "required": ["id", "kind", "text", "line", "checked", "commands"],
    "properties": {
        "id": {"type": "string"},
        "kind": {"type": "string"},
        "text": {"type": "string"},
        "line": {"type": "integer", "minimum": 1},
        "checked": {"type": "boolean"},
        "commands": {"type": "array", "items": _COMMAND},
    },
}
_TABLE = {
    "type": "object",
    "required": ["line", "header", "rows"],
    "properties": {
        "line": {"type": "integer", "minimum": 1},
        "header": {"type": "array", "items": {"type": "string"}},
        "rows": {"type": "array", "items": {"type": "array", "items": {"type": "string"}}},
    },
}
ISSUE_SHAPE: dict[str, Any] = {
    "type": "object",
    "required": ["title", "front_matter", "sections"],
    "properties": {
        "title": {"type": ["string", "null"]},
        "front_matter": {"type": ["object", "null"]},
        "sections": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["heading", "level", "line", "steps", "tables"],
                "properties": {
                    "heading": {"type": "string"},
                    "level": {"type": "integer", "minimum": 0, "maximum": 6},
                    "line": {"type": "integer", "minimum": 1},
                    "steps": {"type": "array", "items": _STEP},
                    "tables": {"type": "array", "items": _TABLE},
                },
            },
        },
    },
}
"""The JSON shape issue 3 fixes (more keys are allowed)."""


def line_of(path: Path, needle: str) -> int:
    """1-based line of the first line containing ``needle``."""
    lines = path.read_bytes().decode().replace("\r\n", "\n").split("\n")
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def section(runbook: Runbook, heading: str) -> Section:
    return next(s for s in runbook.sections if s.heading == heading)


def step(runbook: Runbook, step_id: str) -> Step:
    found = runbook.step(step_id)
    assert found is not None, f"no step {step_id}: {[s.id for s in runbook.steps()]}"
    return found


def messages(runbook: Runbook) -> list[tuple[int, str, str]]:
    return [(f.line, str(f.severity), f.message) for f in lint_runbook(runbook)]


# -- the JSON shape ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_json_has_the_shape_the_issue_fixes(path: Path) -> None:
    runbook = load_runbook(path)
    text = runbook_to_json_text(runbook)
    jsonschema.validate(json.loads(text), ISSUE_SHAPE)
    assert json.loads(text) == runbook.to_json()
    assert runbook.to_json()["source"] == str(path)


# -- unseen runbook 1: CRLF, front matter, setext headings, comments, console --------------------------------


def test_crlf_runbook_front_matter_and_setext_headings() -> None:
    runbook = load_runbook(CANARY)
    assert runbook.front_matter == {
        "title": "Canary rollback for payments-api",
        "owner": "payments-sre",
        "tags": ["kubernetes", "canary"],
        "review": "2025-01-10",
    }
    assert runbook.title == "Canary rollback for payments-api"
    assert [(s.heading, s.level, s.line) for s in runbook.sections] == [
        ("", 0, 1),
        ("Payments canary rollback", 1, line_of(CANARY, "Payments canary rollback")),
        ("Signals", 2, line_of(CANARY, "Signals")),
        ("Roll back", 2, line_of(CANARY, "Roll back")),
        ("Verify", 2, line_of(CANARY, "Verify")),
    ]
    preamble = runbook.sections[0]
    assert [(s.id, s.kind, s.text, s.line) for s in preamble.steps] == [
        ("s0.1", "checkbox", "Incident channel open", line_of(CANARY, "Incident channel open")),
    ]


def test_crlf_runbook_parses_exactly_like_its_lf_twin() -> None:
    text = CANARY.read_bytes().decode()
    assert "\r\n" in text
    assert parse_runbook(text).to_json() == parse_runbook(text.replace("\r\n", "\n")).to_json()
    assert parse_runbook(text.replace("\r\n", "\r")).to_json() == parse_runbook(text).to_json()


def test_ordered_steps_take_comment_attributes_and_their_fences() -> None:
    runbook = load_runbook(CANARY)
    freeze, undo, watch = section(runbook, "Roll back").steps
    assert (freeze.id, freeze.kind, freeze.text) == (
        "freeze",
        "ordered",
        "Freeze the canary so it takes no new traffic:",
    )
    assert freeze.attrs == {"id": "freeze", "action": "scale", "target": "payments", "replicas": "0"}
    assert freeze.commands == (
        Command(
            "bash",
            True,
            True,
            "kubectl -n payments scale deployment/payments-api-canary --replicas=0\n",
            line_of(CANARY, "```bash"),
            ("kubectl -n payments scale deployment/payments-api-canary --replicas=0",),
        ),
    )
    # The comment on the line under the item's text is inside the item: it belongs to this step.
    assert (undo.id, undo.text) == ("s3.2", "Roll the stable deployment back one revision")
    assert undo.attrs == {"verify": "revision", "target": "payments", "revision": "previous"}
    assert undo.commands[0].language == "shell"
    assert undo.commands[0].commands == (
        "kubectl -n payments rollout undo deployment/payments-api",
        "kubectl -n payments rollout status deployment/payments-api --timeout=120s",
    )
    # A comment inside the item's text: the attributes are read and the comment leaves the text.
    assert watch.text == "Watch the error ratio settle"
    assert watch.attrs == {
        "verify": "metric",
        "target": "payments",
        "metric": "error_rate",
        "below": "0.02",
        "for": "5m",
    }


def test_console_block_keeps_prompted_commands_and_drops_output() -> None:
    console = section(load_runbook(CANARY), "Roll back").steps[2].commands[0]
    assert (console.language, console.shell, console.line) == ("console", True, line_of(CANARY, "```console"))
    assert "Running" in console.code
    assert console.commands == (
        "kubectl -n payments get pods -l app=payments-api",
        "kubectl -n payments top pods -l app=payments-api",
    )


def test_checkboxes_nested_and_checked_and_the_decision_table() -> None:
    verify = section(load_runbook(CANARY), "Verify")
    assert [(s.kind, s.text, s.checked) for s in verify.steps] == [
        ("checkbox", "Stable pods ready", True),
        ("checkbox", "Canary at zero replicas", False),
        ("checkbox", "Nested: HPA paused kubectl -n payments get hpa", False),
    ]
    hpa = verify.steps[2].commands
    assert hpa == (
        Command(
            None,
            False,
            True,
            "kubectl -n payments get hpa",
            line_of(CANARY, "HPA paused"),
            ("kubectl -n payments get hpa",),
        ),
    )
    (table,) = verify.tables
    assert table.header == ("Component Status", "Action")
    assert table.rows == (("database unhealthy", "Roll back now"), ("canary unhealthy", "Scale canary to zero"))
    assert table.attrs == {"decision": "true", "target": "payments"}
    assert table.line == line_of(CANARY, "| Component Status")


def test_a_clean_runbook_has_no_lint_findings() -> None:
    assert lint_runbook(load_runbook(CANARY)) == []


# -- unseen runbook 2: tabs, admonitions, HTML, tilde fences, unterminated fence ------------------------------


def test_tab_indented_ordered_steps_own_their_fences() -> None:
    runbook = load_runbook(COMPOSE)
    assert [(s.heading, s.level) for s in runbook.sections] == [
        ("Compose blue-green switch", 1),
        ("Switch traffic", 2),
        ("Check", 2),
    ]
    live, switch, reload = section(runbook, "Switch traffic").steps
    assert (live.kind, live.text, live.commands[0].commands) == (
        "ordered",
        "Check which colour is live",
        ("curl -s http://localhost/version",),
    )
    assert switch.id == "switch"
    assert switch.attrs == {"action": "switch", "target": "web", "to": "green", "id": "switch"}
    assert (switch.commands[0].language, switch.commands[0].commands) == ("sh", ("./scripts/switch.sh green",))
    # The unlabelled fence sits in the nested checkbox item, so it is that step's, not its parent's.
    assert (reload.kind, reload.text) == ("checkbox", "Confirm the reload worked")
    assert reload.commands[0].language is None
    assert reload.commands[0].shell
    assert reload.commands[0].commands == ("docker compose exec nginx nginx -s reload",)


def test_admonitions_html_blocks_and_raw_html_tables_are_prose() -> None:
    top = section(load_runbook(COMPOSE), "Compose blue-green switch")
    assert top.steps == ()
    assert top.tables == ()


def test_indented_code_bullets_quoted_tasks_and_an_unterminated_fence() -> None:
    runbook = load_runbook(COMPOSE)
    steps = section(runbook, "Check").steps
    assert [(s.kind, s.text) for s in steps] == [
        ("command", "Check"),
        ("bullet", "Check the health endpoint: curl -fsS http://localhost/health"),
        ("checkbox", "Quoted task one"),
        ("checkbox", "Quoted task two"),
        ("checkbox", "Doubly quoted task"),
        ("command", "Then confirm from outside"),
        ("command", "Then confirm from outside"),
    ]
    indented = steps[0].commands[0]
    assert (indented.fenced, indented.language, indented.shell) == (False, None, True)
    assert indented.commands == ("docker compose ps", "docker compose logs --tail=50 web")
    assert [s.checked for s in steps[2:5]] == [False, True, False]
    braces = steps[5]
    assert braces.attrs == {"verify": "health", "target": "web"}
    assert (braces.commands[0].language, braces.commands[0].shell) == (None, True)
    unterminated = steps[6].commands[0]
    assert unterminated.commands == ('echo "this fence never closes"',)
    assert (unterminated.line, "warning", "code fence is never closed: it runs to the end of its block") in [
        (line, severity, message) for line, severity, message in messages(runbook)
    ]


# -- unseen runbook 3: console prompts, heredocs, attributes carried or dropped, every lint finding -------------


def test_prompts_with_user_and_host_and_a_comment_carried_over_a_heading() -> None:
    runbook = load_runbook(ECS)
    assert runbook.title == "ECS rollback for billing"
    assert runbook.front_matter == {"service": "billing", "runbook-version": "3", "nested": ""}
    (find,) = section(runbook, "Find the last good task definition").steps
    assert find.attrs == {"verify": "health", "target": "billing"}
    assert find.commands[0].commands == (
        "aws ecs describe-services --cluster prod --services billing --query 'services[0].taskDefinition'",
        "aws ecs list-task-definitions --family-prefix billing --sort DESC --max-items 3",
    )


def test_heredocs_and_loops_stay_one_command() -> None:
    roll_back = step(load_runbook(ECS), "rollback")
    assert roll_back.attrs == {"id": "rollback", "action": "rollback", "target": "billing"}
    assert roll_back.commands[0].commands == (
        "aws ecs update-service --cluster prod --service billing --task-definition billing:PREVIOUS_REVISION",
        'aws ecs wait services-stable --cluster prod --services "$SERVICE"',
        "cat <<EOF > /tmp/note.txt\nrolled back by $USER\nEOF",
        (
            "for task in $(aws ecs list-tasks --cluster prod --service-name billing"
            " --query 'taskArns[]' --output text);"
            ' do\n  aws ecs describe-tasks --cluster prod --tasks "$task"\ndone'
        ),
    )


def test_lint_reports_every_problem_with_its_line() -> None:
    runbook = load_runbook(ECS)
    verify_line = line_of(ECS, "1. Error rate")
    assert messages(runbook) == [
        (5, "info", "front matter line not read (only `key: value` and `- item` lines are understood)"),
        (
            line_of(ECS, "verify=revision"),
            "warning",
            "cockpit attributes (verify=revision target=billing) apply to nothing: a heading comes first",
        ),
        (line_of(ECS, "```bash"), "warning", "step rollback: fill in PREVIOUS_REVISION before running"),
        (verify_line, "warning", "step s4.1: unknown cockpit attribute 'colour'"),
        (verify_line, "error", "step s4.1: verify=metric needs exactly one of below=<number> or above=<number>"),
        (verify_line, "error", "step s4.1: for=soon is not a duration like 30s, 5m or 1h"),
        (verify_line + 1, "error", "duplicate step id 'rollback' (also used by line 31); keeping s4.2"),
        (verify_line + 2, "warning", "step s4.3 has no text"),
        (verify_line + 2, "error", "step s4.3: verify=sometimes is not one of health, revision, metric, deployment"),
        (verify_line + 3, "warning", "step s4.4: fill in <issue-number> before running"),
        (
            line_of(ECS, "action=restart"),
            "warning",
            "cockpit attributes (action=restart target=billing) apply to nothing: no step or table follows it",
        ),
    ]


def test_format_lint_prints_one_compiler_style_line_per_finding() -> None:
    findings = lint_runbook(load_runbook(ECS))
    text = format_lint(findings, str(ECS))
    assert (
        text.splitlines()[0] == f"{ECS}:5: info: front matter line not read (only `key: value` and `- item` "
        "lines are understood)"
    )
    assert len(text.splitlines()) == len(findings)
    assert format_lint(findings).splitlines()[-1].startswith(f"line {line_of(ECS, 'action=restart')}: warning: ")
    assert format_lint([]) == ""


def test_outline_lists_sections_steps_and_commands() -> None:
    outline = runbook_outline(load_runbook(CANARY))
    assert "## Roll back" in outline
    assert "freeze" in outline
    assert "$ kubectl -n payments rollout undo deployment/payments-api" in outline
    assert "[x] Stable pods ready" in outline
    assert "table (decision table): Component Status | Action  (2 rows)" in outline
    assert runbook_outline(parse_runbook("")) == "<string>"


# -- the rules one at a time -----------------------------------------------------------------------------------


def test_text_before_the_first_heading_is_a_section_only_when_it_holds_steps() -> None:
    assert [s.heading for s in parse_runbook("Intro prose.\n\n# One\n").sections] == ["One"]
    with_step = parse_runbook("```bash\nls\n```\n# One\n")
    assert [(s.heading, s.level, len(s.steps)) for s in with_step.sections] == [("", 0, 1), ("One", 1, 0)]
    assert parse_runbook("").sections == ()
    assert parse_runbook("").title is None


def test_every_heading_starts_a_section_with_its_level() -> None:
    text = "# A\n## B\n###### F\nSet\n===\nSub\n---\n####### not a heading\n"
    assert [(s.heading, s.level, s.line) for s in parse_runbook(text).sections] == [
        ("A", 1, 1),
        ("B", 2, 2),
        ("F", 6, 3),
        ("Set", 1, 4),
        ("Sub", 2, 6),
    ]


def test_front_matter_keeps_line_numbers_and_is_not_a_heading() -> None:
    runbook = parse_runbook("---\nowner: sre\n---\n# Title\n")
    assert runbook.front_matter == {"owner": "sre"}
    assert [(s.heading, s.line) for s in runbook.sections] == [("Title", 4)]
    # Without YAML-looking content it is Markdown: thematic breaks, a setext heading, a real heading.
    assert parse_runbook("---\n# Title\n---\n").front_matter is None
    assert [s.heading for s in parse_runbook("---\n# Title\n---\n").sections] == ["Title"]
    assert parse_runbook("---\nno end\n").front_matter is None
    assert parse_runbook("text\n---\nkey: value\n---\n").front_matter is None


@pytest.mark.parametrize(
    ("item", "checked"),
    [
        ("- [ ] open", False),
        ("- [x] done", True),
        ("* [X] done", True),
        ("+ [ ] plus", False),
        ("1. [x] ordered task", True),
        ("> - [ ] quoted", False),
        ("- a\n  - b\n    - [ ] deep", False),
    ],
)
def test_task_list_items_are_checkbox_steps(item: str, checked: bool) -> None:
    (only,) = parse_runbook(item).steps()
    assert (only.kind, only.checked) == ("checkbox", checked)


@pytest.mark.parametrize("item", ["- [ ]foo", "- \\[ ] escaped", "- [y] other", "- text [ ] later", "[ ] no list"])
def test_lookalikes_are_not_tasks(item: str) -> None:
    assert list(parse_runbook(item).steps()) == []


def test_an_empty_task_is_a_step_lint_flags() -> None:
    runbook = parse_runbook("# T\n- [ ]\n")
    (empty,) = runbook.steps()
    assert (empty.kind, empty.text) == ("checkbox", "")
    assert messages(runbook) == [(2, "warning", "step s1.1 has no text")]


def test_a_fence_belongs_to_the_innermost_list_item() -> None:
    text = (
        "1. Roll back\n"
        "\n"
        "   ```bash\n"
        "   kubectl rollout undo deployment/api\n"
        "   ```\n"
        "   - [ ] Confirmed\n"
        "\n"
        "     > ```\n"
        "     > kubectl get pods\n"
        "     > ```\n"
        "   - while it rolls, watch:\n"
        "     ```\n"
        "     watch kubectl get rs\n"
        "     ```\n"
    )
    assert [(s.kind, s.text, [c.code for c in s.commands]) for s in parse_runbook(text).steps()] == [
        ("ordered", "Roll back", ["kubectl rollout undo deployment/api\n"]),
        ("checkbox", "Confirmed", ["kubectl get pods\n"]),
        ("bullet", "while it rolls, watch:", ["watch kubectl get rs\n"]),
    ]


def test_bullets_are_steps_only_with_code() -> None:
    text = "- plain prose\n- names a tool: `kubectl`\n- runs: `kubectl get pods`\n- has a block\n  ```\n  x\n  ```\n"
    assert [(s.kind, s.text) for s in parse_runbook(text).steps()] == [
        ("bullet", "runs: kubectl get pods"),
        ("bullet", "has a block"),
    ]


def test_ordered_items_are_steps_except_a_table_of_contents() -> None:
    text = "1. [Intro](#intro)\n2. [Rollback][rb]\n\n[rb]: #rollback\n\n# Do\n1. First\n2. Second\n"
    assert [(s.id, s.text) for s in parse_runbook(text).steps()] == [("s1.1", "First"), ("s1.2", "Second")]


def test_an_unindented_fence_after_an_item_takes_the_item_as_its_text() -> None:
    text = (
        "# Roll back\n1. Find the last good version\n```bash\ngh run list\n```\n"
        "2. Deploy it\n```bash\nmake deploy\n```\n"
    )
    assert [(s.kind, s.text, s.line, s.commands[0].line) for s in parse_runbook(text).steps()] == [
        ("command", "Find the last good version", 2, 3),
        ("command", "Deploy it", 6, 7),
    ]
    checkbox = parse_runbook("- [ ] Check it\n```bash\nls\n```\n")
    assert [(s.kind, s.text) for s in checkbox.steps()] == [("checkbox", "Check it"), ("command", "")]


def test_a_standalone_fence_takes_the_paragraph_before_it_or_the_heading() -> None:
    text = "### 1. Check status\n```bash\nls\n```\n**Then restart:**\n\n```bash\nmake restart\n```\n```\n{}\n```\n"
    assert [(s.kind, s.text, s.line) for s in parse_runbook(text).steps()] == [
        ("command", "1. Check status", 2),
        ("command", "Then restart", 7),
        ("command", "Then restart", 10),
    ]
    json_block = list(parse_runbook(text).steps())[2].commands[0]
    assert (json_block.shell, json_block.commands) == (False, ())


def test_fence_languages_and_shell_detection() -> None:
    text = "```python\nprint(1)\n```\n```Bash\nls\n```\n```zsh\nls\n```\n```\nSELECT 1;\n```\n```\n# c\ncurl x\n```\n"
    assert [(c.language, c.shell) for s in parse_runbook(text).steps() for c in s.commands] == [
        ("python", False),
        ("Bash", True),
        ("zsh", True),
        (None, False),
        (None, True),
    ]


@pytest.mark.parametrize(
    ("comment", "attrs"),
    [
        ('<!-- cockpit: verify=health target="api blue" -->', {"verify": "health", "target": "api blue"}),
        ("<!-- cockpit: id=one, verify='revision' -->", {"id": "one", "verify": "revision"}),
        ("<!--COCKPIT:decision-->", {"decision": "true"}),
        ("<!-- cockpit: -->", {}),
        ("<!-- not ours: verify=health -->", {}),
    ],
)
def test_comment_attributes_go_to_the_next_step(comment: str, attrs: dict[str, str]) -> None:
    (only,) = parse_runbook(f"{comment}\n1. Do it\n").steps()
    assert only.attrs == attrs


def test_bad_attribute_tokens_are_notes_not_errors() -> None:
    runbook = parse_runbook('<!-- cockpit: verify=health =oops target=a"b -->\n1. Do it\n')
    assert next(runbook.steps()).attrs == {"verify": "health"}
    assert [m for m in messages(runbook) if m[1] == "error"] == [
        (1, "error", "cockpit attribute '=oops' is not key=value, key=\"value\" or a flag"),
        (1, "error", 'cockpit attribute \'target=a"b\' is not key=value, key="value" or a flag'),
    ]


def test_ids_can_be_set_but_never_collide() -> None:
    text = "# A\n<!-- cockpit: id=s1.2 -->\n1. one\n2. two\n3. three <!-- cockpit: id='has space' -->\n"
    runbook = parse_runbook(text)
    assert [s.id for s in runbook.steps()] == ["s1.1", "s1.2", "s1.3"]
    assert [m[2] for m in messages(runbook)] == [
        "duplicate step id 's1.2' (also used by another step's position); keeping s1.1",
        "step id 'has space' is not usable: use letters, digits, '.', '_', ':' or '-'; keeping s1.3",
    ]


def test_verification_and_action_attributes_are_checked() -> None:
    text = (
        "<!-- cockpit: verify=metric metric=p95 above=fast for=1h -->\n1. a\n"
        "<!-- cockpit: action=scale replicas=many -->\n2. b\n"
        "<!-- cockpit: action=switch timeout=90 target= -->\n3. c\n"
        "<!-- cockpit: action=explode decision -->\n4. d\n"
        "<!-- cockpit: verify=health -->\n| a |\n|---|\n"
    )
    assert [(line, severity, message) for line, severity, message in messages(parse_runbook(text))] == [
        (2, "error", "step s0.1: above=fast is not a number"),
        (4, "error", "step s0.2: action=scale needs replicas=<whole number>"),
        (6, "error", "step s0.3: target= needs a value"),
        (6, "error", "step s0.3: action=switch needs to=<colour or slot>"),
        (8, "error", "step s0.4: action=explode is not one of rollback, restart, scale, switch"),
        (8, "warning", "step s0.4: decision marks a table, but a step follows the comment"),
        (10, "warning", "table: verify and action belong to steps, but a table follows the comment"),
    ]


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30.0),
        ("5m", 300.0),
        ("1h", 3600.0),
        ("250ms", 0.25),
        ("90", 90.0),
        (" 1.5m ", 90.0),
        ("soon", None),
        ("", None),
        ("-5s", None),
        ("5 m", None),
    ],
)
def test_durations(text: str, seconds: float | None) -> None:
    assert parse_duration(text) == seconds


def test_attribute_parser_reports_what_it_cannot_read() -> None:
    assert parse_attributes("a=1 b=\"two words\" c='x' flag,d=4") == (
        {"a": "1", "b": "two words", "c": "x", "flag": "true", "d": "4"},
        [],
    )
    assert parse_attributes('="x" ok=1 e="unclosed') == ({"ok": "1"}, ['="x"', 'e="unclosed'])


def test_line_numbers_count_every_kind_of_line_break() -> None:
    for newline in ("\n", "\r\n", "\r"):
        text = newline.join(["# A", "", "para", "", "- [ ] task", "", "```sh", "ls", "```"])
        runbook = parse_runbook(text)
        assert [(s.kind, s.line) for s in runbook.steps()] == [("checkbox", 5), ("command", 7)], repr(newline)


def test_byte_order_mark_nul_and_control_characters_are_survived() -> None:
    runbook = parse_runbook("\ufeff# Title\n\x00\x01\x7f\n- [ ] a\x00b\n")
    assert runbook.title == "Title"
    assert [s.text for s in runbook.steps()] == ["a\ufffdb"]


@pytest.mark.parametrize("shape", ["list", "ordered", "quote", "mixed"])
def test_500_deep_nesting_is_read_to_a_limit_without_recursion_errors(shape: str) -> None:
    step_in, item = {
        "list": ("  ", "- [ ] task"),
        "ordered": ("   ", "1. [ ] task"),
        "quote": (">", " - [ ] task"),
        "mixed": ("  ", "- > text"),
    }[shape]
    text = "# Before\n```sh\nls\n```\n# Deep\n" + "\n".join(step_in * depth + item for depth in range(500))
    runbook = parse_runbook(text)
    assert section(runbook, "Before").steps[0].commands[0].commands == ("ls",)
    (deep,) = [m for m in messages(runbook) if "levels deep" in m[2]]
    assert (
        deep[2] == "nested more than 64 levels deep: from here on, the rest of the enclosing list or quote is not read"
    )
    assert 5 < deep[0] < 70
    if shape != "mixed":
        assert 10 < sum(s.kind == "checkbox" for s in runbook.steps()) < 64


def test_one_long_line_of_quote_markers() -> None:
    runbook = parse_runbook(">" * 100_000 + " - [ ] lost\n# After\n- [ ] kept\n")
    assert [s.text for s in section(runbook, "After").steps] == ["kept"]


def test_a_megabyte_runbook_parses_completely() -> None:
    one = CANARY.read_bytes().decode()
    copies = 1_000_000 // len(one) + 1
    runbook = parse_runbook(one + "\n\n" + "\n\n".join([one.split("---", 2)[2]] * copies))
    single = parse_runbook(one)
    assert sum(1 for _ in runbook.steps()) == sum(1 for _ in single.steps()) * (copies + 1)
    # `id=freeze` repeats in every copy: only the first keeps it, so every id stays unique.
    assert len({s.id for s in runbook.steps()}) == sum(1 for _ in runbook.steps())
    assert sum(s.id == "freeze" for s in runbook.steps()) == 1


# -- files that are no runbook ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"# ok\x00\x01\x02", "looks like a binary file (it contains NUL bytes), not a Markdown runbook"),
        (b"# caf\xe9\n", "runbook is not valid UTF-8 (byte 0xe9 at offset 5); save it as UTF-8"),
        ("# hi\n".encode("utf-16"), "runbook is UTF-16 encoded; save it as UTF-8"),
        (b"#" * (MAX_BYTES + 1), "runbook is larger than 10 MB; split it into smaller runbooks"),
    ],
)
def test_unreadable_files_get_one_line_naming_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(content)
    with pytest.raises(RunbookError) as raised:
        load_runbook(path)
    assert str(raised.value) == f"{path}: {message}"


def test_missing_paths_and_directories(tmp_path: Path) -> None:
    with pytest.raises(RunbookError, match=r"nope\.md: no such runbook file$"):
        load_runbook(tmp_path / "nope.md")
    with pytest.raises(RunbookError, match=r": is a directory, not a runbook file$"):
        load_runbook(tmp_path)


def test_a_loaded_file_names_its_path_as_source(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"# Big\n\n" + b"```sh\nls\n```\n" * 1000)
    runbook = load_runbook(path)
    assert runbook.source == str(path)
    assert sum(1 for _ in runbook.steps()) == 1000


# -- shell reading -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "commands"),
    [
        ("# comment\n\nls -l  # list\n", ("ls -l",)),
        ("echo '#not a comment' a#b $#\n", ("echo '#not a comment' a#b $#",)),
        ("aws ecs describe \\\n  --cluster c \\\n  --service s\n", ("aws ecs describe --cluster c --service s",)),
        ("kubectl get pods |\n  grep api &&\n  echo ok\n", ("kubectl get pods | grep api && echo ok",)),
        ("psql -c 'SELECT 1;\nSELECT 2;'\nls\n", ("psql -c 'SELECT 1;\nSELECT 2;'", "ls")),
        ('python -c "\nprint(1)\n"\n', ('python -c "\nprint(1)\n"',)),
        ("cat <<-'END' > f\n\tbody $X\n\tEND\nls\n", ("cat <<-'END' > f\n\tbody $X\n\tEND", "ls")),
        ("if true; then\n  echo yes\nfi\nls\n", ("if true; then\n  echo yes\nfi", "ls")),
        ("case $x in\n  a) echo a ;;\nesac\n", ("case $x in\n  a) echo a ;;\nesac",)),
        ("while read -r line; do\n  echo $line\ndone < f\n", ("while read -r line; do\n  echo $line\ndone < f",)),
        ("{\n  echo a\n} > log\n", ("{\n  echo a\n} > log",)),
        ("X=$(kubectl get svc \\\n  -o name)\necho $X\n", ("X=$(kubectl get svc -o name)", "echo $X")),
        ("echo `date\n`\n", ("echo `date\n`",)),
        ("echo if fi done\n", ("echo if fi done",)),
        ("find . -name '*.log' -exec rm {} \\;\n", ("find . -name '*.log' -exec rm {} \\;",)),
        ("echo 'never closed\nls\n", ("echo 'never closed\nls",)),
    ],
)
def test_shell_blocks_split_into_single_commands(code: str, commands: tuple[str, ...]) -> None:
    assert split_commands(code, "bash") == commands


@pytest.mark.parametrize(
    ("code", "language", "commands"),
    [
        ("$ ls\noutput\n$ echo a \\\n> b\nmore output\n", "console", ("ls", "echo a b")),
        ("user@host:~/x$ make deploy\n(venv) $ pytest -q\n", None, ("make deploy", "pytest -q")),
        ("NAME READY\napi 1/1\n", "console", ()),
        ("kubectl get pods\n", "console", ("kubectl get pods",)),
        ("$ \n", "bash", ()),
        ("$HOME/bin/tool --help\n", "bash", ("$HOME/bin/tool --help",)),
    ],
)
def test_prompts_separate_commands_from_output(code: str, language: str | None, commands: tuple[str, ...]) -> None:
    assert split_commands(code, language) == commands


@pytest.mark.parametrize(
    ("code", "shell"),
    [
        ("curl -s http://x\n", True),
        ("# first\n\nkubectl get pods\n", True),
        ("$ anything\n", True),
        ("./scripts/rollback.sh\n", True),
        ("FOO=1 make deploy\n", True),
        ("FOO=1\n", False),
        ('{"status": "ok"}\n', False),
        ("SELECT 1;\n", False),
        ("", False),
        ("# only a comment\n", False),
    ],
)
def test_unlabelled_blocks_read_as_shell_by_their_first_command(code: str, shell: bool) -> None:
    assert reads_as_shell(code) is shell


@pytest.mark.parametrize(
    ("code", "command"),
    [
        ("kubectl get pods", True),
        ("$ ls", True),
        ("./run.sh", True),
        ("kubectl", False),
        ("scripts/blue-green-deploy.sh", False),
        (".github/workflows/deploy.yml", False),
        ("checks.can_deploy", False),
    ],
)
def test_inline_code_is_a_command_only_when_it_runs_something(code: str, command: bool) -> None:
    assert is_inline_command(code) is command


@pytest.mark.parametrize(
    ("command", "holes"),
    [
        ("aws ecs describe-tasks --tasks <task-id>", ["<task-id>"]),
        ("gh run view [run-id] --log", ["[run-id]"]),
        ("aws ecs update-service --task-definition app:OLD_VERSION", ["OLD_VERSION"]),
        ("docker tag a <ECR_REPO>:latest", ["<ECR_REPO>"]),
        ("gunzip -c backup_YYYYMMDD_HHMMSS.sql.gz", ["YYYYMMDD_HHMMSS"]),
        ("grep '[a-z]' f 2>&1 | sort <<EOF", []),
        ('echo "$OLD_VERSION" ${NEW_TAG} FOO_BAR=1 "$HOME"', []),
        ("echo ${arr[IDX]} services[0] [[ -f x ]]", []),
    ],
)
def test_placeholders_in_commands(command: str, holes: list[str]) -> None:
    assert placeholders(command) == holes


def test_variables_used_and_set() -> None:
    assert used_variables("echo $A ${B} ${C:-d} '$E' \"$F\" $1 $?") == {"A", "B", "F"}
    assert assigned_variables("A=1 B+=2; export C=3; declare -x D=4; for E in x; do read -r F; done") == {
        "A",
        "B",
        "C",
        "D",
        "E",
        "F",
    }
