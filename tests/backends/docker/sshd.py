"""A private sshd on 127.0.0.1 in front of the private dockerd, and the client side the system ``ssh`` needs.

- Throw-away host key and client key; ``authorized_keys`` forces a wrapper that runs nothing but
  ``docker system dial-stdio`` against the private daemon's socket.
- System ssh reads ``~/.ssh`` from the passwd entry, not $HOME: an ``ssh`` wrapper (first on PATH in the tests that
  use it) passes ``-F CONFIG``. The config names three aliases for the same server: ``127.0.0.1`` (the right key
  and host key), ``wrong-key`` (a key the server refuses) and ``wrong-host-key`` (a known_hosts with another key).
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import IO

READY_TIMEOUT_S = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _keygen(path: Path) -> str:
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "cockpit-test", "-f", str(path)],
                   check=True, capture_output=True)
    return path.with_suffix(".pub").read_text().strip()


class PrivateSshd:
    def __init__(self, root: Path, docker_socket: Path) -> None:
        self.root = root
        self.docker_socket = docker_socket
        self.port = free_port()
        self.bin_dir = root / "bin"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def url(self, alias: str = "127.0.0.1", port: int | None = None) -> str:
        return f"ssh://root@{alias}:{port or self.port}"

    def start(self) -> None:
        root = self.root
        root.mkdir(parents=True, exist_ok=True)
        Path("/run/sshd").mkdir(parents=True, exist_ok=True)
        host_pub = _keygen(root / "host_key")
        client_pub = _keygen(root / "client_key")
        _keygen(root / "other_key")
        other_host_pub = _keygen(root / "other_host_key")
        docker_cli = shutil.which("docker") or "docker"
        wrapper = root / "dial-stdio"
        wrapper.write_text(
            "#!/bin/sh\n"
            "# Forced command: only the docker SDK's ssh transport, only against the private daemon.\n"
            'if [ "$SSH_ORIGINAL_COMMAND" = "docker system dial-stdio" ]; then\n'
            f'    DOCKER_HOST=unix://{self.docker_socket} exec {docker_cli} system dial-stdio\n'
            "fi\n"
            'echo "only docker system dial-stdio is allowed here" >&2\n'
            "exit 1\n"
        )
        wrapper.chmod(0o755)
        (root / "authorized_keys").write_text(f'command="{wrapper}",restrict {client_pub}\n')
        (root / "sshd_config").write_text(
            f"ListenAddress 127.0.0.1\nPort {self.port}\nHostKey {root / 'host_key'}\nPidFile {root / 'sshd.pid'}\n"
            f"AuthorizedKeysFile {root / 'authorized_keys'}\nPasswordAuthentication no\n"
            "KbdInteractiveAuthentication no\nUsePAM no\nStrictModes no\nPermitRootLogin prohibit-password\n"
            "MaxStartups 100:30:200\nMaxSessions 100\n"
        )
        key_type, key = host_pub.split()[:2]
        other_type, other = other_host_pub.split()[:2]
        (root / "known_hosts").write_text(f"[127.0.0.1]:{self.port} {key_type} {key}\n")
        (root / "wrong_known_hosts").write_text(f"[127.0.0.1]:{self.port} {other_type} {other}\n")
        common = "  HostName 127.0.0.1\n  IdentitiesOnly yes\n  StrictHostKeyChecking yes\n" \
                 "  GlobalKnownHostsFile /dev/null\n  LogLevel ERROR\n"
        (root / "ssh_config").write_text(
            f"Host wrong-key\n{common}  IdentityFile {root / 'other_key'}\n"
            f"  UserKnownHostsFile {root / 'known_hosts'}\n"
            f"Host wrong-host-key\n{common}  IdentityFile {root / 'client_key'}\n"
            f"  UserKnownHostsFile {root / 'wrong_known_hosts'}\n"
            f"Host 127.0.0.1\n{common}  IdentityFile {root / 'client_key'}\n"
            f"  UserKnownHostsFile {root / 'known_hosts'}\n"
        )
        self.bin_dir.mkdir(exist_ok=True)
        ssh = self.bin_dir / "ssh"
        ssh.write_text(f'#!/bin/sh\nexec {shutil.which("ssh") or "/usr/bin/ssh"} -F {root / "ssh_config"} "$@"\n')
        ssh.chmod(0o755)
        self._log = (root / "sshd.log").open("ab")
        self.process = subprocess.Popen(
            ["/usr/sbin/sshd", "-f", str(root / "sshd_config"), "-D", "-e"],
            stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"sshd exited: {(root / 'sshd.log').read_text(errors='replace')[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError("sshd did not listen in time")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self._log is not None:
            self._log.close()
            self._log = None
