"""A private dockerd for one test session: own data-root, exec-root and socket in a temp dir, no networking setup.

The loopback proxy variables are not optional: a missing image would otherwise make the daemon try a public
registry. The daemon is stopped by its pid (never by name), and a network namespace mount it leaves is unmounted.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path
from typing import IO, Any

from tests.backends.docker.sshd import free_port
from tests.backends.docker.tls import TlsFiles, dockerd_flags

READY_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 10.0
LOOPBACK_PROXY = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9", "NO_PROXY": ""}


class DaemonFailed(RuntimeError):
    """dockerd did not come up; the message carries the end of its log."""


class PrivateDockerd:
    def __init__(self, root: Path, tls: TlsFiles | None = None) -> None:
        self.root = root
        self.tls = tls
        """With certificates, the daemon also listens with TLS (client certificates verified) on tcp://127.0.0.1."""
        self.tls_port = free_port() if tls is not None else None
        self.socket = root / "docker.sock"
        self.log_path = root / "dockerd.log"
        self.process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    @property
    def tcp_url(self) -> str:
        return f"tcp://127.0.0.1:{self.tls_port}"

    def start(self) -> None:
        """Start dockerd and wait until its API answers; kill it again when it never does."""
        (self.root / "data").mkdir(parents=True, exist_ok=True)
        env = {**os.environ, **LOOPBACK_PROXY}
        env.pop("DOCKER_HOST", None)
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [
                "dockerd",
                "--data-root", str(self.root / "data"),
                "--exec-root", str(self.root / "x"),
                "--pidfile", str(self.root / "dockerd.pid"),
                "-H", self.url,
                "--iptables=false", "--ip6tables=false", "--bridge=none",
                "--containerd-namespace", f"cockpit-{os.getpid()}",
                "--containerd-plugins-namespace", f"cockpit-{os.getpid()}-plugins",
                *(dockerd_flags(self.tls, self.tls_port) if self.tls and self.tls_port else ()),
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            self._wait_ready()
        except BaseException:
            self.kill()
            self.stop()
            raise

    def _wait_ready(self) -> None:
        import docker

        deadline = time.monotonic() + READY_TIMEOUT_S
        last: Exception | None = None
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise DaemonFailed(f"dockerd exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                # The client contacts the daemon in its constructor: build it inside the loop.
                client = docker.DockerClient(base_url=self.url, timeout=5)
                client.ping()
                client.close()
                return
            except Exception as error:  # noqa: BLE001 - not up yet, whatever the reason
                last = error
                time.sleep(0.1)
        raise DaemonFailed(f"dockerd not ready after {READY_TIMEOUT_S:g} s ({last}):\n{self.log_tail()}")

    def client(self, **kwargs: Any) -> Any:
        import docker

        return docker.DockerClient(base_url=self.url, timeout=30, **kwargs)

    def log_tail(self, limit: int = 4000) -> str:
        try:
            return self.log_path.read_bytes()[-limit:].decode(errors="replace")
        except OSError:
            return ""

    def kill(self) -> None:
        """SIGKILL, as a crash would. Its containerd goes with it; the containers' shims would survive and keep a
        restarted containerd from starting (measured: it times out), so they and their containers are killed too,
        as a crashed host service takes its containers down. ``restart`` then brings the engine back."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(STOP_TIMEOUT_S)
        self._close_log()
        self._kill_shims()
        self._forget_dead_containerd()

    def restart(self) -> None:
        """Start again on the same data-root and socket (after ``kill``)."""
        self.start()

    def stop(self) -> None:
        """Remove every container (a stopped dockerd leaves running ones to their shims), then SIGTERM dockerd
        (SIGKILL if it hangs); stop a containerd it left behind, and unmount what it mounted under the root."""
        if self.process is not None and self.process.poll() is None:
            self._remove_containers()
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                self.process.send_signal(signal.SIGKILL)
                self.process.wait(STOP_TIMEOUT_S)
        self._close_log()
        self._stop_orphaned_containerd()
        self._kill_shims()
        self._unmount_all()

    def _remove_containers(self) -> None:
        try:
            client = self.client()
            for container in client.api.containers(all=True):
                client.api.remove_container(container["Id"], force=True, v=True)
            client.close()
        except Exception:  # noqa: BLE001 - best effort: the daemon is being stopped either way
            pass

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def _unmount_all(self) -> None:
        """Mounts under the root (the data-root bind, overlays, netns), deepest first."""
        try:
            mounts = Path("/proc/self/mounts").read_text().splitlines()
        except OSError:
            return
        prefix = str(self.root) + "/"
        points = [line.split()[1] for line in mounts if len(line.split()) > 1 and line.split()[1].startswith(prefix)]
        for point in sorted(points, key=len, reverse=True):
            subprocess.run(["umount", "-l", point], capture_output=True, check=False)

    def _stop_orphaned_containerd(self) -> None:
        """A SIGKILLed dockerd leaves the containerd it started running (a restarted one adopts it). Stop it once
        its dockerd is gone, by the pid in the exec-root (never by name)."""
        pid_file = self.root / "x" / "containerd" / "containerd.pid"
        try:
            pid = int(pid_file.read_text().strip())
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        except (OSError, ValueError):
            return
        if b"containerd" not in cmdline or str(self.root).encode() not in cmdline:
            return
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while Path(f"/proc/{pid}/cmdline").exists() and Path(f"/proc/{pid}/cmdline").read_bytes() \
                and time.monotonic() < deadline:
            time.sleep(0.05)

    def _kill_shims(self) -> None:
        """The containerd shims of this engine (found by their containerd address under our root) and the
        container processes under them, by pid: children first, so nothing is left orphaned."""
        address = f"{self.root}/x/containerd/containerd.sock".encode()
        shims, parents = [], {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if b"containerd-shim" in cmdline and address in cmdline:
                shims.append(int(entry.name))
        for shim in shims:
            for pid in [pid for pid, parent in parents.items() if parent == shim] + [shim]:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def _forget_dead_containerd(self) -> None:
        """containerd dies with its dockerd; where PID 1 does not reap orphans it stays a zombie, which a new
        dockerd takes for a live containerd (kill -0 succeeds) and waits on until it gives up. Drop its pid file."""
        pid_file = self.root / "x" / "containerd" / "containerd.pid"
        try:
            pid = int(pid_file.read_text().strip())
        except (OSError, ValueError):
            return
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while time.monotonic() < deadline:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                state = "gone"
            if state in ("Z", "X", "gone"):
                pid_file.unlink(missing_ok=True)
                return
            time.sleep(0.05)
