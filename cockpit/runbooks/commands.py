"""Shell awareness for runbook code: which code is shell, and the single commands inside a block.

The checklist runs one command at a time through the action runner, so a block is split roughly the way a shell
would read it: comments and blank lines dropped, backslash-newline and lines ending in ``|``, ``&&`` or ``||``
joined into one line, while quoted strings, ``$( )``, here-documents and ``if/case/for/while/{ }`` bodies stay
one multi-line command. When any line starts with a ``$ `` prompt (a console transcript), only prompted lines and
their continuations are commands; everything else is printed output. This is a reader for display and lint, not
a shell: odd quoting yields a best-effort split, never an exception.
"""

from __future__ import annotations

import re

# fmt: off
SHELL_LANGUAGES = frozenset({
    "bash", "sh", "shell", "zsh", "ksh", "ash", "dash", "fish", "console", "shell-session", "shellsession",
    "sh-session", "terminal",
})
# fmt: on
CONSOLE_LANGUAGES = frozenset({"console", "shell-session", "shellsession", "sh-session", "terminal"})
"""Languages whose blocks are transcripts: prompts mark the commands, the rest is output."""

# fmt: off
KNOWN_COMMANDS = frozenset({
    # containers and orchestration
    "docker", "docker-compose", "podman", "kubectl", "k", "helm", "kustomize", "minikube", "kind", "eksctl", "oc",
    "argocd", "flux", "istioctl", "linkerd", "stern", "kubectx", "kubens", "skaffold", "nomad", "ecs-cli",
    # clouds, CI, infrastructure
    "aws", "gcloud", "gsutil", "az", "gh", "git", "terraform", "ansible", "ansible-playbook", "vault", "consul",
    "heroku", "fly", "flyctl", "vercel",
    # build and language tools
    "make", "npm", "npx", "yarn", "pnpm", "node", "python", "python3", "pip", "pip3", "poetry", "uv", "pytest",
    "alembic", "go", "cargo", "java", "mvn", "gradle", "dotnet", "ruby", "bundle", "rails", "php", "composer",
    # databases
    "psql", "pg_dump", "pg_restore", "pg_isready", "mysql", "mysqldump", "redis-cli", "mongo", "mongosh", "sqlite3",
    # services and hosts
    "systemctl", "journalctl", "service", "supervisorctl", "nginx", "ssh", "scp", "rsync", "sudo", "su",
    # everyday shell
    "cd", "ls", "cat", "grep", "egrep", "rg", "tail", "head", "less", "watch", "curl", "wget", "jq", "yq", "sed",
    "awk", "find", "xargs", "sort", "uniq", "wc", "tee", "echo", "printf", "export", "source", "env", "sleep", "ps",
    "kill", "pkill", "top", "htop", "df", "du", "free", "uptime", "netstat", "ss", "lsof", "dig", "nslookup", "host",
    "ping", "traceroute", "nc", "telnet", "openssl", "tar", "gzip", "gunzip", "zcat", "unzip", "mkdir", "rm", "cp",
    "mv", "ln", "chmod", "chown", "touch", "date", "whoami", "hostname", "uname", "time", "nohup", "tmux", "screen",
    "bash", "sh", "zsh", "apt", "apt-get", "yum", "dnf", "brew", "crontab", "iptables", "ufw", "mount", "umount",
    "open", "xdg-open", "vi", "vim", "nano", "diff", "base64", "timeout",
})
# fmt: on
"""First words that make a line read as a command: orchestration, clouds and CI, build tools, databases, hosts,
and the everyday shell."""

# fmt: off
WELL_KNOWN_VARIABLES = frozenset({
    "HOME", "PATH", "USER", "LOGNAME", "PWD", "OLDPWD", "SHELL", "HOSTNAME", "LANG", "TERM", "TMPDIR", "EDITOR",
    "PAGER", "UID", "EUID", "RANDOM", "SECONDS", "LINENO", "IFS", "REPLY", "BASH_SOURCE", "CI", "KUBECONFIG",
    "AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "DOCKER_HOST", "GITHUB_TOKEN", "GH_TOKEN",
})
# fmt: on
"""Variables a shell or the operator's environment sets; using them is not a sign of a missing assignment."""

_PROMPT = re.compile(r"[ \t]*(?:\([^)\s]*\)[ \t]+)?(?:[\w.-]+@[\w.-]+(?::\S*)?[ \t]?)?\$(?:[ \t]|$)")
"""``$ cmd``, ``(venv) $ cmd`` and ``user@host:~$ cmd``; ``$VAR`` and ``$(...)`` are not prompts."""
_PROMPT_LINE = re.compile(r"^" + _PROMPT.pattern, re.MULTILINE)
_ASSIGNMENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*=")
_SCRIPT_PREFIXES = ("./", "../", "~/")

_CODE_TOKEN = re.compile(
    r"""(?P<space>\s+)
    |(?P<escape>\\.?)
    |(?P<quote>['"`])
    |(?P<subst>\$\()
    |(?P<open>\()
    |(?P<close>\))
    |(?P<herestring><<<)
    |(?P<heredoc><<-?[ \t]*(?:'[^']*'|"[^"]*"|\\?[A-Za-z_][\w.-]*))
    |(?P<separator>;;?|&&|\|\||[|&])
    |(?P<comment>\#.*)
    |(?P<word>[^\s\\'"`$();|&<#]+|[$<#])""",
    re.VERBOSE,
)
_PLAIN_LINE = re.compile(r"[^\\'\"`$()#;|&<]*")
_IN_DOUBLE_QUOTES = re.compile(r'\\.?|"|\$\(|`')
_IN_BACKTICKS = re.compile(r"\\.?|`")
_KEYWORD_DEPTH = {"if": 1, "fi": -1, "case": 1, "esac": -1, "do": 1, "done": -1, "{": 1, "}": -1}
_COMMAND_FOLLOWS = frozenset({"if", "then", "else", "elif", "do", "while", "until", "{", "!", "time"})
_WORD_ENDS = frozenset(" \t;|&)")


def is_shell_language(language: str | None) -> bool:
    return language is not None and language.lower() in SHELL_LANGUAGES


def starts_like_command(line: str) -> bool:
    """Whether a line reads as a shell command: a ``$ `` prompt, a known command or a ``./script``."""
    stripped = line.strip()
    if _PROMPT.match(stripped):
        return True
    for word in stripped.split():
        # `FOO=bar cmd` runs cmd: look past leading assignments.
        if _ASSIGNMENT.match(word):
            continue
        return word in KNOWN_COMMANDS or word.startswith(_SCRIPT_PREFIXES)
    return False


def reads_as_shell(code: str) -> bool:
    """For unlabelled blocks: the first line that is neither blank nor a comment starts like a command."""
    for line in code.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return starts_like_command(stripped)
    return False


def is_shell_block(language: str | None, code: str) -> bool:
    return is_shell_language(language) if language else reads_as_shell(code)


def is_inline_command(code: str) -> bool:
    """Inline code that reads as a command; a lone word (`kubectl`) names a tool rather than running it."""
    stripped = code.strip()
    if _PROMPT.match(stripped) or stripped.startswith(_SCRIPT_PREFIXES):
        return True
    return len(stripped.split()) >= 2 and starts_like_command(stripped)


def split_commands(code: str, language: str | None = None) -> tuple[str, ...]:
    """The single commands of a shell block (see the module docstring)."""
    lines = code.split("\n")
    if _PROMPT_LINE.search(code):
        return _prompted_commands(lines)
    if language and language.lower() in CONSOLE_LANGUAGES and not reads_as_shell(code):
        return ()  # a transcript without prompts is all output
    commands: list[str] = []
    reader: _CommandReader | None = None
    for line in lines:
        if reader is None:
            simple = _simple_command(line)
            if simple is not None:
                if simple:
                    commands.append(simple)
                continue
            reader = _CommandReader()
        reader.feed(line)
        if reader.complete:
            _keep(commands, reader)
            reader = None
    if reader is not None:
        _keep(commands, reader)
    return tuple(commands)


def _simple_command(line: str) -> str | None:
    """What a line starting a new command gives when it needs no reader: "" for a blank or comment line, the line
    itself for one that quotes, substitutes, joins and opens nothing; None when it needs the reader.

    Most lines of a runbook's blocks are of the first two kinds: reading them here costs a regex match instead of
    a reader's steps (a 1 MB runbook has ~20,000 lines of code). The reader gives the same for them."""
    stripped = line.strip()
    if not stripped or stripped[0] == "#":
        return ""
    if not _PLAIN_LINE.fullmatch(line):
        return None
    first = stripped.split(None, 1)[0]
    if first in _KEYWORD_DEPTH or first in _COMMAND_FOLLOWS or _ASSIGNMENT.match(first):
        return None  # a compound command's keyword (or a word after an assignment) the reader must follow
    return stripped


def _prompted_commands(lines: list[str]) -> tuple[str, ...]:
    commands: list[str] = []
    reader: _CommandReader | None = None
    for line in lines:
        if reader is not None and not reader.complete:
            # PS2: transcripts show continuation lines after a `> ` prompt.
            reader.feed(line.removeprefix("> "))
            continue
        if reader is not None:
            _keep(commands, reader)
            reader = None
        prompt = _PROMPT.match(line)
        if prompt:
            reader = _CommandReader()
            reader.feed(line[prompt.end() :])
    if reader is not None:
        _keep(commands, reader)
    return tuple(commands)


def _keep(commands: list[str], reader: _CommandReader) -> None:
    text = reader.text.strip()
    if text:
        commands.append(text)


class _CommandReader:
    """Reads lines until they form one complete command (quotes closed, bodies ended, no continuation)."""

    def __init__(self) -> None:
        self.text = ""
        self._stack: list[str] = []
        """Open quoting contexts: ' " ` $( and ( ."""
        self._depth = 0
        """Open compound commands (if/case/do/{) at the top level."""
        self._heredocs: list[str] = []
        self._heredoc_started = False
        self._join_with_space = False
        self._command_start = True

    @property
    def complete(self) -> bool:
        return not (self._stack or self._depth or self._heredocs or self._join_with_space)

    def feed(self, line: str) -> None:
        if self._heredocs and self._heredoc_started:
            self.text += "\n" + line
            if line.strip() == self._heredocs[0]:
                self._heredocs.pop(0)
            return
        starts_in_code = not self._stack or self._stack[-1] in ("$(", "(")
        if not self._stack and not self._join_with_space:
            self._command_start = True
        code_end, trailing_backslash = self._scan(line)
        at_top = not self._stack
        ends_in_code = at_top or self._stack[-1] in ("$(", "(")
        piece = line[:code_end]
        if ends_in_code:
            piece = piece.rstrip()
            if trailing_backslash:
                piece = piece[:-1].rstrip()
        if starts_in_code and at_top and not piece.strip():
            # A blank or comment-only line adds nothing and ends any pending continuation.
            self._join_with_space = False
        elif not self.text:
            self.text = piece.lstrip()
        elif self._join_with_space:
            self.text += " " + piece.lstrip()
        else:
            self.text += "\n" + piece
        self._join_with_space = trailing_backslash or (at_top and piece.endswith(("|", "&&")))
        self._heredoc_started = bool(self._heredocs)

    def _scan(self, line: str) -> tuple[int, bool]:
        """Update the quoting state over one line; return where a comment starts and whether it ends in ``\\``."""
        pos, end = 0, len(line)
        if not self._stack and _PLAIN_LINE.fullmatch(line):
            # Most lines quote nothing: only their leading words can open or close a compound command.
            for word in line.split():
                if not self._command_start:
                    break
                self._word(word, complete=True)
            return end, False
        at_word_start = True
        while pos < end:
            context = self._stack[-1] if self._stack else None
            if context == "'":
                close = line.find("'", pos)
                if close < 0:
                    return end, False
                self._stack.pop()
                pos, at_word_start = close + 1, False
                continue
            if context in ('"', "`"):
                found = (_IN_DOUBLE_QUOTES if context == '"' else _IN_BACKTICKS).search(line, pos)
                if found is None:
                    return end, False
                token, pos = found.group(), found.end()
                if token == context:
                    self._stack.pop()
                elif token in ("$(", "`"):
                    self._stack.append(token)
                continue
            match = _CODE_TOKEN.match(line, pos)
            if match is None:  # cannot happen: every character matches one of the alternatives
                return end, False
            kind, token = match.lastgroup, match.group()
            if kind == "comment" and not at_word_start:
                pos, at_word_start = pos + 1, False  # `#` inside a word (`a#b`, `$#`) is no comment
                continue
            if kind == "comment":
                return pos, False
            pos = match.end()
            if kind == "escape" and token == "\\":
                return end, True
            self._apply(kind, token, line, pos)
            at_word_start = kind in ("space", "separator", "subst", "open", "close")
        return end, False

    def _apply(self, kind: str | None, token: str, line: str, after: int) -> None:
        if kind == "quote":
            self._stack.append(token)
            self._command_start = False
        elif kind in ("subst", "open"):
            self._stack.append("$(" if kind == "subst" else "(")
            self._command_start = True
        elif kind == "close":
            if self._stack and self._stack[-1] in ("$(", "("):
                self._stack.pop()
            self._command_start = True
        elif kind == "separator":
            self._command_start = True
        elif kind == "heredoc" and not self._stack:
            self._heredocs.append(token.lstrip("<-").strip(" \t'\"\\"))
        elif kind == "word" and self._command_start and not self._stack:
            self._word(token, complete=after >= len(line) or line[after] in _WORD_ENDS)

    def _word(self, word: str, *, complete: bool) -> None:
        """A word where a command may start: track if/case/do/{ nesting; a keyword counts only as a whole word."""
        if _ASSIGNMENT.match(word):
            return  # `FOO=bar cmd`: the command still follows
        if complete:
            self._depth = max(0, self._depth + _KEYWORD_DEPTH.get(word, 0))
        self._command_start = complete and word in _COMMAND_FOLLOWS


# -- lint helpers ------------------------------------------------------------------------------------------------

# Holes found by what the shell would do with them, in the unquoted text only (a quoted "<html>" is a string):
# `<task-id>`, `<env name>`, `<1st-file>` are an input redirection from a file that is not there (and `name>x`
# an output redirection that creates one); `<<task-id>>` is a here-document with no body. A real redirection
# `<in.txt >out.txt` has its closing '>' after a space, a process substitution `<(` or a here-doc `<<EOF` is
# not a hole. Template braces (`{{service}}`) are holes quoted or not: nothing ever fills them.
_ANGLE_PLACEHOLDER = re.compile(r"(?<![<$\d])<(?![<(&=])([A-Za-z0-9][\w .,:/-]{0,60}?)(?<![\s/])>(?![>&=])")
_HEREDOC_PLACEHOLDER = re.compile(r"<<([A-Za-z0-9][\w .-]{0,60}?)>>")
_TEMPLATE_PLACEHOLDER = re.compile(r"\{\{\s*([^{}\s][^{}]{0,60}?)\s*\}\}")
_QUOTED = re.compile(r"'[^']*'|\"(?:[^\"\\]|\\.)*\"")
_QUOTED_ANGLE_PLACEHOLDER = re.compile(r"<([a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)>")
_BRACKET_PLACEHOLDER = re.compile(r"(?<![\w$\[])\[([A-Za-z][A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+|[A-Z][A-Z0-9_]*)\](?!\])")
_UPPER_PLACEHOLDER = re.compile(r"(?<![A-Za-z0-9$<\[])(?<!\$\{)([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?![A-Za-z0-9=])")
_SINGLE_QUOTED = re.compile(r"'[^']*'")
_EXPANSION = re.compile(r"\$\{[^}]*\}")
_VARIABLE_USE = re.compile(r"\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))")
_VARIABLE_SET = re.compile(
    r"(?:^|[\s;&|(`])(?:(?:export|local|readonly|declare|typeset)\s+(?:-\w+\s+)*)?([A-Za-z_]\w*)\+?="
)
_LOOP_OR_READ_VARIABLE = re.compile(r"\b(?:(?:for|select)\s+([A-Za-z_]\w*)\s+in\b|read\s+(?:-\w+\s+)*([A-Za-z_]\w*))")


def placeholders(command: str) -> list[str]:
    """Text meant to be replaced before running: ``<task-id>``, ``<env name>``, ``<<task-id>>``, ``{{service}}``,
    ``[run-id]``, ``OLD_VERSION``."""
    unquoted = _QUOTED.sub("''", command)
    found = [f"{{{{{m.group(1)}}}}}" for m in _TEMPLATE_PLACEHOLDER.finditer(command)]
    found += [f"<<{m.group(1)}>>" for m in _HEREDOC_PLACEHOLDER.finditer(unquoted)]
    found += [f"<{m.group(1)}>" for m in _ANGLE_PLACEHOLDER.finditer(_HEREDOC_PLACEHOLDER.sub("", unquoted))]
    # Inside quotes `<b>` is a string, but `<idle-colour>` in a JSON patch is still a hole: joined words only.
    for quoted in _QUOTED.finditer(command):
        found += [f"<{m.group(1)}>" for m in _QUOTED_ANGLE_PLACEHOLDER.finditer(quoted.group())]
    found += [f"[{m.group(1)}]" for m in _BRACKET_PLACEHOLDER.finditer(command)]
    assigned = assigned_variables(command)
    # A parameter expansion names a variable the shell fills in (``${COMPOSE_PROJECT_NAME:?}``), not a hole.
    outside_expansions = _EXPANSION.sub("", command)
    found += [
        m.group(1)
        for m in _UPPER_PLACEHOLDER.finditer(outside_expansions)
        if m.group(1) not in assigned and m.group(1) not in WELL_KNOWN_VARIABLES
    ]
    return list(dict.fromkeys(found))


def assigned_variables(code: str) -> set[str]:
    names = {m.group(1) for m in _VARIABLE_SET.finditer(code)}
    names |= {m.group(1) or m.group(2) for m in _LOOP_OR_READ_VARIABLE.finditer(code)}
    return names


def used_variables(command: str) -> set[str]:
    """``$NAME`` and ``${NAME}`` outside single quotes; ``${NAME:-default}`` and friends bring their own value."""
    expanded = _SINGLE_QUOTED.sub("''", command)
    return {m.group(1) or m.group(2) for m in _VARIABLE_USE.finditer(expanded)}
