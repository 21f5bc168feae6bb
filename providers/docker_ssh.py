"""``ssh://`` hosts through the system ``ssh`` client, as the docker SDK's ``use_ssh_client=True`` does, plus what
an incident needs from it:

- ssh's own words on stderr are captured (the SDK lets them reach the terminal, where they would scribble over
  the screen) and turned into one typed error per cause: unreachable host, refused key, changed host key;
- ``BatchMode`` and no controlling terminal, so ssh never stops to ask for a password on the operator's screen;
- connections are kept and reused (the SDK starts one ssh process per request), and a dead one is noticed.

The user's keys, ``~/.ssh/config`` and known hosts apply as for any ``ssh`` they type.
"""

from __future__ import annotations

import io
import os
import subprocess
from typing import Any

from docker.transport.sshconn import SSHConnection, SSHConnectionPool, SSHHTTPAdapter, SSHSocket

CONNECT_TIMEOUT_S = 10
ALIVE_INTERVAL_S = 5
STDERR_LIMIT = 4096
SSH_OPTIONS = (
    "-o", "BatchMode=yes",
    "-o", f"ConnectTimeout={CONNECT_TIMEOUT_S}",
    # A link that goes silent ends the ssh process (and so the read waiting on it) within 15 s.
    "-o", f"ServerAliveInterval={ALIVE_INTERVAL_S}",
    "-o", "ServerAliveCountMax=3",
)


class SshFailed(ConnectionError):
    """The ssh process ended with something on stderr; ``stderr`` is ssh's (or the remote command's) message."""

    def __init__(self, stderr: str, returncode: int | None) -> None:
        super().__init__(stderr or f"ssh exited with {returncode}")
        self.stderr = stderr
        self.returncode = returncode


class _PipeReader(io.RawIOBase):
    """ssh's stdout; at end of stream, asks the socket whether ssh failed (and raises its message if so)."""

    def __init__(self, owner: CapturingSshSocket, fd: int) -> None:
        self._owner = owner
        self._sock = owner
        """Where the SDK's CancellableStream.close looks for the socket to shut down."""
        self._fd = fd

    def readable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def readinto(self, buffer: Any) -> int:
        data = os.read(self._fd, len(buffer))
        if not data:
            self._owner.raise_if_failed()
        buffer[: len(data)] = data
        return len(data)


class CapturingSshSocket(SSHSocket):  # type: ignore[misc]  # the docker SDK is untyped: Any
    """The SDK's ssh socket, with stderr captured and ssh kept from the operator's terminal."""

    proc: subprocess.Popen[bytes] | None
    """The ssh process (the SDK's ``__init__`` sets None; ``connect`` starts it, ``close`` ends it)."""

    def connect(self, **kwargs: Any) -> None:
        args = ["ssh", *SSH_OPTIONS]
        if self.user:
            args += ["-l", self.user]
        if self.port:
            args += ["-p", self.port]
        args += ["--", self.host, "docker system dial-stdio"]
        env = {key: value for key, value in os.environ.items() if key not in ("LD_LIBRARY_PATH", "SSL_CERT_FILE")}
        self.proc = subprocess.Popen(
            args,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # No controlling terminal: ssh cannot prompt on (or draw over) the cockpit's screen.
            start_new_session=True,
        )

    def fileno(self) -> int:
        # urllib3 polls this to tell a live pooled connection from a dead one: that is ssh's stdout.
        return self._stdout_fd() if self.proc is not None else super().fileno()

    def makefile(self, mode: str) -> io.BufferedReader[_PipeReader]:
        """A reader per response, as a real socket gives: http.client closes it when the response is done, and a
        kept connection must stay open for the next request."""
        if self.proc is None:
            self.connect()
        reader = io.BufferedReader(_PipeReader(self, self._stdout_fd()))
        reader.channel = self  # type: ignore[attr-defined] # the SDK finds the socket of a stream here
        return reader

    def recv(self, n: int) -> bytes:
        return _PipeReader(self, self._stdout_fd()).read(n) or b""

    def _stdout_fd(self) -> int:
        """ssh's stdout, once ``connect`` started ssh (always with a pipe there)."""
        assert self.proc is not None and self.proc.stdout is not None
        return self.proc.stdout.fileno()

    def _write(self, data: bytes) -> int:
        try:
            written: int = super()._write(data)
            return written
        except BrokenPipeError:
            self.raise_if_failed()
            raise

    def shutdown(self, how: int) -> None:
        """Cancel a stream from another thread: ending ssh ends the read blocked on its stdout."""
        self._closing = True
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def raise_if_failed(self) -> None:
        """At end of stream: when ssh ended with an error, raise it with ssh's own message."""
        if self.proc is None or getattr(self, "_closing", False):
            return
        try:
            code = self.proc.wait(timeout=CONNECT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return
        stderr = self.proc.stderr.read(STDERR_LIMIT).decode(errors="replace").strip() if self.proc.stderr else ""
        if code != 0:
            raise SshFailed(stderr, code)

    def close(self) -> None:
        self._closing = True
        proc, self.proc = self.proc, None
        if proc is None:
            return
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass  # already broken: ssh is gone
        if proc.poll() is None:
            proc.terminate()
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=2)
        super().close()


class _Connection(SSHConnection):  # type: ignore[misc]  # the docker SDK is untyped: Any
    def connect(self) -> None:
        sock = CapturingSshSocket(self.ssh_host)
        sock.settimeout(self.timeout)
        sock.connect()
        self.sock = sock


class _Pool(SSHConnectionPool):  # type: ignore[misc]  # the docker SDK is untyped: Any
    def _new_conn(self) -> _Connection:
        return _Connection(None, self.timeout, self.ssh_host)

    def _get_conn(self, timeout: float | None) -> Any:
        conn = super()._get_conn(timeout)
        sock = getattr(conn, "sock", None)
        if isinstance(sock, CapturingSshSocket) and not sock.alive:
            conn.close()  # its ssh ended (remote restart, network): start a fresh one
            return self._new_conn()
        return conn


class SystemSshAdapter(SSHHTTPAdapter):  # type: ignore[misc]  # the docker SDK is untyped: Any
    """One pool of ssh connections for every request (the SDK's shell-out path builds a pool per request, so
    every request paid for a new ssh handshake: most of a second on a small machine)."""

    def __init__(self, base_url: str, timeout: float, max_pool_size: int) -> None:
        super().__init__(base_url, timeout=timeout, max_pool_size=max_pool_size, shell_out=True)

    def get_connection(self, url: str, proxies: Any = None) -> _Pool:
        with self.pools.lock:
            pool: _Pool | None = self.pools.get(self.ssh_host)
            if pool is None:
                pool = _Pool(ssh_client=None, timeout=self.timeout, maxsize=self.max_pool_size, host=self.ssh_host)
                self.pools[self.ssh_host] = pool
            return pool


def install(api: Any, base_url: str, timeout: float, max_pool_size: int) -> None:
    """Replace the SDK's ssh adapter of an ``APIClient`` built with ``use_ssh_client=True``."""
    adapter = SystemSshAdapter(base_url, timeout, max_pool_size)
    api.mount("http+docker://ssh", adapter)
    api._custom_adapter = adapter  # the SDK closes (and reuses for streams) the adapter it keeps here


def classify(stderr: str) -> str:
    """Which kind of ssh failure ``stderr`` describes: 'host-key', 'unknown-host-key', 'auth', 'unreachable',
    'remote-command' or '' (not recognised)."""
    text = stderr.lower()
    if "remote host identification has changed" in text or "host key for" in text and "has changed" in text:
        return "host-key"
    if "host key verification failed" in text or "no " in text and "host key is known" in text:
        return "unknown-host-key"
    if "permission denied" in text or "too many authentication failures" in text:
        return "auth"
    unreachable = ("connection refused", "no route to host", "could not resolve hostname", "connection timed out",
                   "network is unreachable", "operation timed out", "name or service not known",
                   "connection closed by", "connection reset")
    if any(words in text for words in unreachable):
        return "unreachable"
    if text:
        return "remote-command"
    return ""
