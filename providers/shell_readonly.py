"""Which shell commands only read: the rule that spares them the typed confirmation.

A command is read-only when every simple command in it (split at ``|``, ``&&``, ``||``, ``;`` and newlines) is a
program on the list below, used in a way that writes nothing: ``date``, ``curl`` without a body, method or
output file, ``kubectl get|describe|logs|top|...``, ``docker ps|logs|inspect|...``, ``git status|log|show|...``,
``aws <service> describe-*|get-*|list-*`` and the like. ``cd`` and ``export NAME=value`` count as read-only too:
they change only the checklist's own working directory and variables, never a system.

The rule is conservative: anything it cannot read with certainty needs the usual confirmation. That includes
output redirections other than to ``/dev/null`` or another descriptor (``> file``, ``>> file``, ``&> file``),
here-documents, background jobs (``&``), subshells and groups (``( )``, ``{ }``), command substitution
(``$( )``, backticks, ``<( )``), unquoted ``$VAR`` or globs (they can expand into extra options or names),
a pipe into anything not on the list (``| sh``, ``| tee``, ``| xargs``), ``curl -X POST``/``-d``/``-F``/``-T``/
``-o``/``-O``, ``kubectl apply|patch|delete|exec|...``, ``sed``/``awk`` (they can write files), ``sudo``,
``watch``, ``env CMD``, ``NAME=value cmd`` (a variable can change what a program does), setting ``PATH``,
``LD_*``, ``GIT_*``, ``PAGER`` and the like, and every program not named here.
"""

from __future__ import annotations

import re

__all__ = ["is_read_only", "not_read_only_reason"]

# fmt: off
ALWAYS_READ_ONLY = frozenset({
    "date", "echo", "printf", "pwd", "whoami", "id", "hostname", "uname", "uptime", "true", "false", "sleep",
    "cat", "head", "tail", "grep", "egrep", "fgrep", "rg", "wc", "cut", "tr", "column", "jq", "base64",
    "md5sum", "sha1sum", "sha256sum", "diff", "cmp", "ls", "stat", "du", "df", "free", "ps", "nproc",
    "dig", "nslookup", "host", "ping", "getent", "which", "type", "basename", "dirname", "realpath", "readlink",
    "printenv", "lsof", "ss", "netstat", "pg_isready", "cd",
})
# fmt: on
"""Programs that read whatever their arguments (none of them takes an option that writes a file)."""

READ_ONLY_SUBCOMMANDS: dict[str, frozenset[str]] = {
    "kubectl": frozenset({
        "get", "describe", "logs", "top", "explain", "version", "api-resources", "api-versions", "events",
        "rollout status", "rollout history", "config view", "config current-context", "config get-contexts",
        "auth can-i", "auth whoami",
    }),
    "docker": frozenset({
        "ps", "logs", "images", "inspect", "version", "info", "top", "port", "history", "events",
        "container ls", "container ps", "container inspect", "container logs", "image ls", "image inspect",
        "image history", "compose ps", "compose logs", "compose images", "compose top",
        "compose version", "compose ls",
    }),
    "docker-compose": frozenset({"ps", "logs", "images", "top", "version", "ls"}),
    "git": frozenset({
        "status", "log", "show", "diff", "describe", "rev-parse", "blame", "ls-files", "shortlog", "cat-file",
        "grep", "ls-remote",
    }),
    "systemctl": frozenset({
        "status", "is-active", "is-enabled", "is-failed", "list-units", "list-timers", "show", "cat",
    }),
    "gh": frozenset({
        "run view", "run list", "run watch", "workflow view", "workflow list", "pr view", "pr list", "pr checks",
        "pr diff", "release view", "release list", "auth status",
    }),
    "helm": frozenset({"list", "ls", "status", "history", "get", "show", "version"}),
}
"""Programs that read only with these sub-commands (one or two words, after the global options below)."""

GLOBAL_OPTIONS_WITH_VALUE: dict[str, frozenset[str]] = {
    "kubectl": frozenset({"-n", "--namespace", "--context", "--cluster", "--kubeconfig", "--user", "-s", "--server",
                          "--request-timeout", "-v"}),
    "docker": frozenset({"-H", "--host", "--context", "-c", "--config", "-l", "--log-level"}),
    "docker-compose": frozenset({"-f", "--file", "-p", "--project-name", "--project-directory", "--env-file",
                                 "--profile"}),
    "git": frozenset({"-C", "--git-dir", "--work-tree"}),
    # not `git -c`: a config value such as core.pager or an alias runs commands
    "systemctl": frozenset({"-H", "--host", "-M", "--machine", "-n", "--lines", "-o", "--output", "-p",
                            "--property", "-t", "--type", "--state"}),
    "gh": frozenset({"-R", "--repo"}),
    "helm": frozenset({"-n", "--namespace", "--kube-context", "--kubeconfig"}),
    "aws": frozenset({"--region", "--profile", "--output", "--query", "--endpoint-url", "--color",
                      "--cli-read-timeout", "--cli-connect-timeout", "--ca-bundle"}),
}
"""Options that may come before the sub-command and take the next word as their value."""

AWS_READ_ONLY_OPERATIONS = re.compile(r"(?:describe|get|list)-[a-z0-9-]+")
AWS_READ_ONLY_PAIRS = frozenset({("s3", "ls"), ("logs", "tail"), ("logs", "filter-log-events")})
AWS_WRITING_GETS = frozenset({("s3api", "get-object"), ("s3api", "get-object-torrent")})
"""get- operations that write a local file (their last argument)."""
HOSTNAME_READ_OPTIONS = frozenset({"-f", "-s", "-i", "-I", "-d", "-a", "-A", "--fqdn", "--long", "--short",
                                   "--ip-address", "--all-ip-addresses", "--all-fqdns", "--domain", "--alias"})
"""`hostname NAME` sets the host name; these only print."""

# curl: options that send a body, change the method, upload, write a file or read a config that could do any of it.
CURL_WRITING_LONG = frozenset({
    "--data", "--data-raw", "--data-binary", "--data-urlencode", "--data-ascii", "--json", "--form",
    "--form-string", "--upload-file", "--output", "--remote-name", "--remote-name-all", "--output-dir",
    "--config", "--cookie-jar", "--dump-header", "--trace", "--trace-ascii", "--stderr", "--libcurl",
    "--etag-save", "--hsts", "--alt-svc", "--create-dirs", "--url-query", "--variable", "--expand-url",
})
CURL_WRITING_SHORT = frozenset("dFTKoOcD")
CURL_SHORT_WITH_VALUE = frozenset("AbcCdDeEFHKmoPQrtTuUwxXyYz")
CURL_METHOD_OPTIONS = ("-X", "--request")
CURL_READ_METHODS = frozenset({"GET", "HEAD"})
FIND_WRITING = frozenset({"-delete", "-exec", "-execdir", "-ok", "-okdir", "-fprint", "-fprint0", "-fprintf",
                          "-fls"})
SAFE_REDIRECT_TARGETS = frozenset({"/dev/null"})

_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
STEERING_VARIABLES = frozenset({"PATH", "IFS", "BASH_ENV", "ENV", "SHELLOPTS", "BASHOPTS", "PS4", "PROMPT_COMMAND",
                                "CDPATH", "PAGER", "GIT_PAGER", "EDITOR", "VISUAL"})
"""Variables that decide which program runs or what it runs: setting them is not read-only."""
_OPERATOR = re.compile(r"[0-9]*(?:>>|>&|>\||&>>|&>|<<<|<<-|<<|<&|<>|<|>)|&&|\|\||;;|[|;&\n]|[(){}]")


class _Word:
    """One shell word: its text with quotes removed, and what an unquoted part of it would do."""

    __slots__ = ("expands", "text")

    def __init__(self) -> None:
        self.text = ""
        self.expands = False
        """An unquoted ``$``, glob or ``~``: the shell may turn it into other words."""


class _Unreadable(Exception):
    """The command holds something the rule will not judge (a substitution, an unclosed quote...)."""


def not_read_only_reason(command: str) -> str | None:
    """None when ``command`` only reads (see the module docstring), else why it needs confirming."""
    try:
        segments = _segments(command)
    except _Unreadable as error:
        return str(error)
    if not segments:
        return "there is nothing to run"
    for words in segments:
        reason = _simple_command_reason(words)
        if reason is not None:
            return reason
    return None


def is_read_only(command: str) -> bool:
    return not_read_only_reason(command) is None


def _segments(command: str) -> list[list[_Word]]:
    """The simple commands of ``command`` as words; redirections are checked and dropped here."""
    segments: list[list[_Word]] = [[]]
    pos, end = 0, len(command)
    pending_redirect: str | None = None
    while pos < end:
        char = command[pos]
        if char in " \t":
            pos += 1
            continue
        if char == "\\" and command.startswith("\\\n", pos):
            pos += 2
            continue
        if char == "#":
            newline = command.find("\n", pos)
            pos = end if newline < 0 else newline
            continue
        operator = _OPERATOR.match(command, pos)
        if operator:
            token = operator.group()
            pos = operator.end()
            if _is_redirect(token):
                pending_redirect = _redirect_kind(token)
                continue
            if token in ("&", "(", ")", "{", "}", ";;"):
                raise _Unreadable(f"{token!r} (background job, subshell or group) is more than the rule reads")
            if pending_redirect is not None:
                raise _Unreadable("a redirection without a target")
            segments.append([])
            continue
        word, pos = _read_word(command, pos)
        if pending_redirect is not None:
            _check_redirect(pending_redirect, word)
            pending_redirect = None
            continue
        segments[-1].append(word)
    if pending_redirect is not None:
        raise _Unreadable("a redirection without a target")
    return [words for words in segments if words]


def _is_redirect(token: str) -> bool:
    return bool(token) and token.lstrip("0123456789")[:1] in ("<", ">", "&") and token not in ("&", "&&")


def _redirect_kind(token: str) -> str:
    bare = token.lstrip("0123456789")
    if bare in ("<<", "<<-"):
        raise _Unreadable("a here-document is more than the rule reads")
    if bare in ("<", "<<<"):
        return "read"
    if bare in (">&", "<&"):
        return "fd"
    return "write"


def _check_redirect(kind: str, word: _Word) -> None:
    if word.expands:
        raise _Unreadable("a redirection to an expanded name")
    if kind == "read":
        return
    if kind == "fd" and (word.text.isdigit() or word.text == "-"):
        return
    if word.text in SAFE_REDIRECT_TARGETS:
        return
    raise _Unreadable(f"it writes to {word.text!r} (an output redirection)")


def _read_word(command: str, pos: int) -> tuple[_Word, int]:
    word = _Word()
    end = len(command)
    while pos < end:
        char = command[pos]
        if char in " \t\n;|&<>(){}" and not (char in "{}" and word.text):
            break
        if char == "'":
            close = command.find("'", pos + 1)
            if close < 0:
                raise _Unreadable("an unclosed quote")
            word.text += command[pos + 1 : close]
            pos = close + 1
        elif char == '"':
            pos = _double_quoted(command, pos + 1, word)
        elif char == "\\":
            word.text += command[pos + 1 : pos + 2]
            pos += 2
        elif char == "`" or command.startswith("$(", pos):
            raise _Unreadable("a command substitution runs a command the rule cannot see")
        else:
            if char in "$*?[~":
                word.expands = True
            word.text += char
            pos += 1
    return word, pos


def _double_quoted(command: str, pos: int, word: _Word) -> int:
    end = len(command)
    while pos < end:
        char = command[pos]
        if char == '"':
            return pos + 1
        if char == "`" or command.startswith("$(", pos):
            raise _Unreadable("a command substitution runs a command the rule cannot see")
        if char == "\\" and pos + 1 < end and command[pos + 1] in '$`"\\\n':
            word.text += command[pos + 1]
            pos += 2
            continue
        word.text += char  # a quoted "$VAR" stays one word: it cannot become an option
        pos += 1
    raise _Unreadable("an unclosed quote")


def _simple_command_reason(words: list[_Word]) -> str | None:
    texts = [word.text for word in words]
    if any(word.expands for word in words):
        return "an unquoted $variable or glob could expand into other arguments"
    assignments = [text for text in texts if _ASSIGNMENT.match(text)]
    if len(assignments) == len(texts) or (texts[0] == "export" and _assignments_only(texts[1:])):
        # `NAME=value` or `export NAME=value` alone changes only the checklist's variables.
        risky = [name for name in map(_assigned_name, texts) if name and _steers_programs(name)]
        return f"setting {risky[0]} changes which programs run or how" if risky else None
    if _ASSIGNMENT.match(texts[0]):
        return "a command with its own variables (NAME=value cmd) can change what the program does"
    program, args = texts[0], texts[1:]
    if program == "export":
        return "export with options"
    if program == "date" and any(arg == "--set" or arg.startswith("--set=") or _short_has(arg, "s") for arg in args):
        return "date --set changes the clock"
    if program == "hostname" and not HOSTNAME_READ_OPTIONS.issuperset(args):
        return "hostname with an argument sets the host name"
    if program == "git" and any(arg.startswith("--output") for arg in args):
        return "git --output writes a file"
    if program in ALWAYS_READ_ONLY:
        return None
    if program == "curl":
        return _curl_reason(args)
    if program == "find":
        writing = FIND_WRITING.intersection(args)
        return f"find {sorted(writing)[0]} changes or runs things" if writing else None
    if program == "aws":
        return _aws_reason(args)
    if program in READ_ONLY_SUBCOMMANDS:
        return _subcommand_reason(program, args)
    return f"{program!r} is not on the read-only list"


def _assignments_only(args: list[str]) -> bool:
    return all(_ASSIGNMENT.match(arg) or _NAME.fullmatch(arg) for arg in args)


def _assigned_name(text: str) -> str | None:
    match = _ASSIGNMENT.match(text)
    return text[: match.end() - 1] if match else (text if _NAME.fullmatch(text) else None)


def _steers_programs(name: str) -> bool:
    return name in STEERING_VARIABLES or name.startswith(("LD_", "DYLD_", "GIT_", "BASH_FUNC_"))


def _short_has(arg: str, letter: str) -> bool:
    return arg.startswith("-") and not arg.startswith("--") and letter in arg[1:]


def _subcommand_reason(program: str, args: list[str]) -> str | None:
    positional = _after_global_options(program, args)
    if positional is None:
        return f"{program} with an option the rule does not know before its sub-command"
    allowed = READ_ONLY_SUBCOMMANDS[program]
    one = positional[0] if positional else ""
    two = " ".join(positional[:2])
    if two in allowed or one in allowed:
        return None
    if program == "docker" and one == "compose":
        compose = _after_global_options("docker-compose", positional[1:])
        if compose and f"compose {compose[0]}" in allowed:
            return None
    return f"{program} {two or one or '(no sub-command)'} is not a read-only sub-command"


def _after_global_options(program: str, args: list[str]) -> list[str] | None:
    """The words from the sub-command on; None when an unknown option comes before it."""
    with_value = GLOBAL_OPTIONS_WITH_VALUE.get(program, frozenset())
    index = 0
    while index < len(args) and args[index].startswith("-"):
        option = args[index]
        name = option.split("=", 1)[0]
        if "=" in option and name in with_value:
            index += 1
        elif option in with_value:
            index += 2
        elif option in ("--no-cli-pager", "--no-paginate", "--debug", "--all-namespaces", "-A", "--no-pager"):
            index += 1
        else:
            return None
    return args[index:]


def _aws_reason(args: list[str]) -> str | None:
    positional = _after_global_options("aws", args)
    if positional is None or len(positional) < 2:
        return "aws without a service and operation the rule can read"
    service, operation = positional[0], positional[1]
    if (service, operation) in AWS_WRITING_GETS:
        return f"aws {service} {operation} writes a local file"
    if AWS_READ_ONLY_OPERATIONS.fullmatch(operation) or (service, operation) in AWS_READ_ONLY_PAIRS:
        return None
    return f"aws {service} {operation} is not a describe-/get-/list- operation"


def _curl_reason(args: list[str]) -> str | None:
    index = 0
    while index < len(args):
        arg = args[index]
        index += 1
        if arg == "--":
            break
        if arg.startswith("--"):
            name, _, value = arg.partition("=")
            if name in CURL_WRITING_LONG:
                return f"curl {name} sends data or writes a file"
            if name == "--request":
                method = value or (args[index] if index < len(args) else "")
                index += 0 if value else 1
                if method.upper() not in CURL_READ_METHODS:
                    return f"curl --request {method} is not a GET"
            continue
        if arg.startswith("-") and len(arg) > 1:
            reason, takes_next = _curl_short_cluster(arg[1:], args[index] if index < len(args) else "")
            if reason is not None:
                return reason
            index += 1 if takes_next else 0
    return None


def _curl_short_cluster(letters: str, following: str) -> tuple[str | None, bool]:
    """Judge ``-fsSL``-style options: (why not read-only or None, whether the next word is an option's value)."""
    for position, letter in enumerate(letters):
        if letter in CURL_WRITING_SHORT:
            return f"curl -{letter} sends data or writes a file", False
        if letter in CURL_SHORT_WITH_VALUE:
            value = letters[position + 1 :]
            if letter == "X" and (value or following).upper() not in CURL_READ_METHODS:
                return f"curl -X {value or following} is not a GET", False
            return None, not value
    return None, False
