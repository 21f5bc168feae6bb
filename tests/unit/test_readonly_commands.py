"""The read-only rule (cockpit.providers.shell_readonly): what needs no typed confirmation, and what still does."""

from __future__ import annotations

from pathlib import Path

import pytest
from msgspec.structs import replace

from cockpit.core.actions import ActionRunner
from cockpit.core.timeline import Timeline
from cockpit.providers.shell import LocalShell
from cockpit.providers.shell_readonly import is_read_only, not_read_only_reason

READ_ONLY = [
    "date",
    "date -u +%Y-%m-%dT%H:%M:%SZ",
    'curl -sS --max-time 10 "${HEALTH_URL:?}"',
    "curl -fsS http://localhost:8000/health/ready | jq .status",
    "curl -I https://example.test/",
    "curl -X GET http://x/health",
    "curl -XHEAD http://x/health",
    'curl -H "Accept: application/json" -w "%{http_code}" http://x/',
    "curl http://x/ >/dev/null 2>&1",
    "kubectl get pods",
    'kubectl -n "${NAMESPACE:?}" get deployment "${DEPLOYMENT:?}" -o wide',
    'kubectl -n "${NAMESPACE:?}" rollout history deployment/"${DEPLOYMENT:?}"',
    "kubectl -n shop get events --sort-by=.lastTimestamp | tail -20",
    "kubectl -n shop get service api-live -o jsonpath='{.spec.selector.color}'",
    "kubectl config current-context",
    "kubectl logs deployment/api --since=15m --tail=100",
    "docker ps -a | grep agente-api",
    "docker compose -f prod.yml ps",
    "docker-compose logs backend --tail 50",
    'docker compose logs --since 5m "${SERVICE:?}" 2>&1 | grep -iE \'error|exception\' | tail -20',
    "git log --oneline -10",
    "git -C /srv/app status",
    "aws ecs describe-services --cluster c --services s",
    "aws --region us-east-1 logs tail /ecs/api --since 15m",
    "gh run view 123 --log",
    "systemctl status nginx",
    "ls -lt ./backups/migrations/",
    "grep -i error < app.log",
    "cd /srv/app",
    "export APP_ENV=production",
    "hostname",
]

NOT_READ_ONLY = [
    ("curl -X POST http://x/rollback", "is not a GET"),
    ("curl --request=DELETE http://x/", "is not a GET"),
    ("curl -d a=b http://x/", "-d sends data"),
    ("curl --data-binary @f http://x/", "--data-binary"),
    ("curl -F file=@x http://x/", "-F sends data"),
    ("curl -sSo out.html http://x/", "-o sends data or writes a file"),
    ("curl http://x/install.sh | sh", "'sh' is not on the read-only list"),
    ("curl http://x/install.sh | bash -s", "'bash'"),
    ("curl http://x/ > page.html", "writes to 'page.html'"),
    ("curl http://x/ >> log", "writes to 'log'"),
    ("curl http://x/ &> out", "writes to 'out'"),
    ("kubectl apply -f deploy.yaml", "kubectl apply"),
    ("kubectl -n shop patch service api -p x", "kubectl patch"),
    ("kubectl delete pod api-1", "kubectl delete"),
    ("kubectl -n shop rollout undo deployment/api", "kubectl rollout undo"),
    ("kubectl exec -it api -- sh", "kubectl exec"),
    ("kubectl --weird get pods", "an option the rule does not know"),
    ("docker-compose stop backend", "docker-compose stop"),
    ("git checkout v41", "git checkout"),
    ("git -c core.pager=evil log", "an option the rule does not know"),
    ("git diff --output=x", "git --output"),
    ("aws ecs update-service --cluster c --service s", "update-service"),
    ("aws s3api get-object --bucket b --key k out", "writes a local file"),
    ("systemctl restart nginx", "systemctl restart"),
    ("./scripts/rollback.sh", "not on the read-only list"),
    ("echo $(rm -rf /tmp/x)", "command substitution"),
    ("echo `id`", "command substitution"),
    ("ls $DIR", "unquoted $variable"),
    ("cat *.log", "glob"),
    ("sleep 100 &", "background"),
    ("(cd /srv && ls)", "subshell"),
    ("cat <<EOF\nx\nEOF", "here-document"),
    ("date; rm -rf /tmp/x", "'rm'"),
    ("date && systemctl restart x", "systemctl restart"),
    ("date -s 2020-01-01", "changes the clock"),
    ("hostname evil", "sets the host name"),
    ("find /tmp -name x -delete", "-delete"),
    ("sed -i s/a/b/ f", "'sed'"),
    ("watch -n 2 'curl -s x'", "'watch'"),
    ("sudo kubectl get pods", "'sudo'"),
    ("FOO=1 kubectl get pods", "NAME=value cmd"),
    ("export PATH=/tmp/evil", "setting PATH"),
    ("LD_PRELOAD=/tmp/x.so", "setting LD_PRELOAD"),
    ("echo 'unclosed", "unclosed quote"),
    ("", "nothing to run"),
]


@pytest.mark.parametrize("command", READ_ONLY)
def test_reading_commands_are_read_only(command: str) -> None:
    assert not_read_only_reason(command) is None


@pytest.mark.parametrize(("command", "why"), NOT_READ_ONLY)
def test_anything_not_clearly_read_only_needs_confirming_and_says_why(command: str, why: str) -> None:
    reason = not_read_only_reason(command)
    assert reason is not None and why in reason, reason


def test_the_shells_plan_says_whether_a_command_changes_anything() -> None:
    shell = LocalShell()
    reading = shell.plan_command("kubectl get pods", step_id="s1.1")
    writing = shell.plan_command("kubectl delete pod api-1", step_id="s1.1")
    assert (reading.changes_nothing, reading.reversible) == (True, True)
    assert (writing.changes_nothing, writing.reversible) == (False, False)


def test_a_protected_environment_asks_no_typed_confirmation_for_a_read_only_command(tmp_path: Path) -> None:
    with Timeline(tmp_path / "t.db") as timeline:
        incident = timeline.open_incident("bad deploy", "production", "api")
        runner = ActionRunner(timeline, incident.id, {}, read_only=False, protected=True, operator="oncall",
                              confirm_phrase="checkout")
        reading = runner.plan_command("curl -fsS http://x/health", step_id="s1.1")
        writing = runner.plan_command("curl -X POST http://x/rollback", step_id="s1.1")
        assert runner.confirmation_phrase(reading) is None
        assert runner.confirmation_phrase(writing) == "checkout"
        # The runner judges the text again: a plan claiming to change nothing does not skip the typed phrase.
        lying = replace(writing, changes_nothing=True)
        assert runner.confirmation_phrase(lying) == "checkout"
        assert is_read_only(reading.command) and not is_read_only(lying.command)
        # The rule is for shell commands only: a provider's action is confirmed whatever its equivalent command.
        assert runner.confirmation_phrase(replace(reading, action="rollback", service="api")) == "api"


# Exact reasons, each case chosen to pin one decision of the rule (tests/mutation_safety.py checks every one-line
# change to it makes a test fail): where an option's value ends, which redirections are reads, and which words
# are a sub-command. None: the command only reads.
EXACT_REASONS = [
    # Redirections: a here-document in either spelling is refused; a here-string and a descriptor are reads.
    ("cat <<-EOF\n\tx\nEOF", "a here-document is more than the rule reads"),
    ("grep -c a <<< abc", None),
    ("cat <&3", None),
    ("ls 2>&-", None),
    ("ls > $OUT", "a redirection to an expanded name"),
    ("echo x > 1", "it writes to '1' (an output redirection)"),
    ("echo x > -", "it writes to '-' (an output redirection)"),
    ("ls >&out.txt", "it writes to 'out.txt' (an output redirection)"),
    # Variables: a bare `export NAME` is fine unless the name steers programs.
    ("export APP_ENV", None),
    ("export PATH", "setting PATH changes which programs run or how"),
    ("DYLD_LIBRARY_PATH=/tmp", "setting DYLD_LIBRARY_PATH changes which programs run or how"),
    ("export GIT_SSH_COMMAND=x", "setting GIT_SSH_COMMAND changes which programs run or how"),
    ("BASH_FUNC_ls=x", "setting BASH_FUNC_ls changes which programs run or how"),
    ("date --rfc-3339=seconds", None),
    # Sub-commands.
    ("kubectl", "kubectl (no sub-command) is not a read-only sub-command"),
    ("docker run ps", "docker run ps is not a read-only sub-command"),
    ("docker compose down", "docker compose down is not a read-only sub-command"),
    ("aws --weird ec2 describe-instances", "aws without a service and operation the rule can read"),
    ("aws ecs", "aws without a service and operation the rule can read"),
    ("aws sts get-caller-identity", None),
    # curl: an option's value is skipped (never judged as an option), and only that value.
    ("curl -H X-A:1 -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl -s -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl -XGET -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl -H -d http://x/", None),
    ("curl http://x/ -H", None),
    ("curl http://x/ -X", "curl -X  is not a GET"),
    ("curl -XPOST http://x/", "curl -X POST is not a GET"),
    ("curl -s -- -d", None),
    ("curl --request=GET http://x/", None),
    ("curl --request GET http://x/", None),
    ("curl --request POST http://x/", "curl --request POST is not a GET"),
    ("curl http://x/ --request", "curl --request  is not a GET"),
    ("curl --request=GET -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl --request GET -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl --silent -d a=b http://x/", "curl -d sends data or writes a file"),
    ("curl localhost:8000/health", None),
    ("curl -s -d a=b -H", "curl -d sends data or writes a file"),
    # Words: quotes and backslashes are removed exactly, so a sub-command is read as the shell will run it.
    ("", "there is nothing to run"),
    ("kubectl 'get' 'pods'", None),
    ("kubectl get '' pods", None),
    ("kubectl g'et' pods", None),
    ("kubectl 'ge't pods", None),
    ('kubectl "get" pods', None),
    ("kubectl g\\et pods", None),
    ('kubectl "get\\$x" pods', "kubectl get$x pods is not a read-only sub-command"),
    ('kubectl "\\X"', "kubectl \\X is not a read-only sub-command"),
    ("echo 'unclosed", "an unclosed quote"),
    ('echo "abc', "an unclosed quote"),
    ('echo "abc\\', "an unclosed quote"),
    ('echo "a\\"', "an unclosed quote"),
    ("echo `id`", "a command substitution runs a command the rule cannot see"),
    ('echo "$(id)"', "a command substitution runs a command the rule cannot see"),
    ('echo "`id`"', "a command substitution runs a command the rule cannot see"),
    ("ls $DIR", "an unquoted $variable or glob could expand into other arguments"),
    # Programs with their own rules.
    ("export -p", "export with options"),
    ("FOO=1 kubectl get pods", "a command with its own variables (NAME=value cmd) can change what the program does"),
    ("date --set 2020-01-01", "date --set changes the clock"),
    ("date --set=2020-01-01", "date --set changes the clock"),
    ("hostname evil", "hostname with an argument sets the host name"),
    ("git diff --output=x", "git --output writes a file"),
    ("find /tmp -name x", None),
    # Global options before a sub-command: each known one skipped with exactly its value.
    ("kubectl -n shop", "kubectl (no sub-command) is not a read-only sub-command"),
    ("kubectl --namespace=shop get pods", None),
    ("kubectl -A --namespace=shop get pods", None),
    ("kubectl -A -n shop get pods", None),
    ("kubectl -n shop -A get pods", None),
    ("aws --query='Name=api' ecs describe-services", None),
    ("aws --no-cli-pager ecs describe-services", None),
    ("aws --no-paginate ecs list-clusters", None),
    ("aws --debug sts get-caller-identity", None),
    ("kubectl --all-namespaces get pods", None),
    ("git --no-pager log", None),
    # Splitting into simple commands: blanks, line continuations, comments, and what is refused by its token.
    ("kubectl Xget pods", "kubectl Xget pods is not a read-only sub-command"),
    ("kubectl \\get pods", None),
    ("kubectl \\\n get pods", None),
    ("kubectl \\\nget pods", None),
    ("date # ; rm -rf /tmp/x", None),
    ("date # c", None),
    ("date\ndate # c", None),
    ("date # x\nrm -rf /tmp/x", "'rm' is not on the read-only list"),
    ("date # x\nrm -rf /tmp/x\necho", "'rm' is not on the read-only list"),
    ("(ls)", "'(' (background job, subshell or group) is more than the rule reads"),
    ("ls )", "')' (background job, subshell or group) is more than the rule reads"),
    ("{ ls; }", "'{' (background job, subshell or group) is more than the rule reads"),
    ("ls }", "'}' (background job, subshell or group) is more than the rule reads"),
    ("ls ;; date", "';;' (background job, subshell or group) is more than the rule reads"),
    ("ls > | cat", "a redirection without a target"),
    ("ls >", "a redirection without a target"),
    ("ls >/dev/null; rm x", "'rm' is not on the read-only list"),
]


@pytest.mark.parametrize(("command", "reason"), EXACT_REASONS)
def test_the_rule_gives_exactly_this_reason(command: str, reason: str | None) -> None:
    assert not_read_only_reason(command) == reason
