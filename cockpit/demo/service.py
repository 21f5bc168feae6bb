"""The embedded backend of ``cockpit demo``: a real HTTP service on 127.0.0.1, just deployed at a bad revision.

It serves what the seed runbooks ``curl`` by hand (``/health/live``, ``/health/ready`` with ``checks``, ``/version``,
Prometheus ``/metrics``, NDJSON ``/logs``) plus a small admin API the demo provider reads and drives
(``/admin/state``, ``POST /admin/deploy``). A background clock generates synthetic checkout traffic through the same
path as ``/api/checkout`` and finishes rollouts, so rolling back really makes the errors stop and the panes recover.
Only the standard library is used, and nothing is written to the terminal: the TUI owns it.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Self

from cockpit.demo.simulation import ACCESS_LOG_SAMPLE, CLOCK_TICK_S, CheckoutSimulation

if TYPE_CHECKING:
    from cockpit.demo.server import DemoHTTPServer

LOOPBACK = "127.0.0.1"


class DemoService:
    """The checkout service of ``cockpit demo``, started in-process on 127.0.0.1.

    >>> with DemoService(seed=1) as demo:
    ...     demo.revision
    'v42'
    """

    def __init__(
        self,
        *,
        host: str = LOOPBACK,
        port: int = 0,
        revision: str = "v42",
        rollout_s: float = 3.0,
        traffic_rps: float = 8.0,
        seed: int | None = None,
        access_log_sample: int = ACCESS_LOG_SAMPLE,
    ) -> None:
        if host != LOOPBACK:
            raise ValueError(f"the demo service binds {LOOPBACK} only, not {host!r}")
        self.simulation = CheckoutSimulation(
            revision=revision, rollout_s=rollout_s, seed=seed, access_log_sample=access_log_sample
        )
        self.traffic_rps = max(traffic_rps, 0.0)
        self._port = port
        self._socket: socket.socket | None = None
        """Bound and listening from ``reserve`` on: a client connecting before ``start`` waits, never refused."""
        self._server: DemoHTTPServer | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    @property
    def base_url(self) -> str:
        if self._socket is None:
            raise RuntimeError("the demo service is not running: call start() first")
        return f"http://{LOOPBACK}:{self._socket.getsockname()[1]}"

    @property
    def revision(self) -> str:
        return self.simulation.revision

    def reserve(self) -> str:
        """Bind and listen, without serving yet (``cockpit demo`` serves once its first frame is up: the HTTP server's
        imports and threads would delay it); returns the base URL. Reserving twice is harmless."""
        if self._stopping.is_set():
            raise RuntimeError("a stopped demo service cannot be restarted: create a new one")
        if self._socket is None:
            listening = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as socketserver does: restarts
                listening.bind((LOOPBACK, self._port))
                listening.listen(16)
            except BaseException:
                listening.close()
                raise
            self._socket = listening
        return self.base_url

    def start(self) -> str:
        """Bind, start serving and generating traffic; returns the base URL. Starting twice is harmless."""
        if self._server is not None:
            return self.base_url
        from cockpit.demo.server import DemoHTTPServer

        self.reserve()
        assert self._socket is not None
        self._server = DemoHTTPServer(self._socket, self.simulation)
        self._threads = [
            threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="demo-http", daemon=True
            ),
            threading.Thread(target=self._run_clock, name="demo-clock", daemon=True),
        ]
        for thread in self._threads:
            thread.start()
        return self.base_url

    def stop(self) -> None:
        """End log streams and traffic, close the socket and join every thread. Stopping twice is harmless."""
        self._stopping.set()
        self.simulation.logs.close()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.drop_connections()
            server.server_close()  # closes the reserved socket too
        elif self._socket is not None:
            self._socket.close()
        self._socket = None
        for thread in self._threads:
            thread.join()
        self._threads = []

    def generate_traffic(self, count: int) -> None:
        """Serve ``count`` synthetic checkout requests now (the clock thread serves ``traffic_rps`` a second)."""
        self.simulation.generate(count)

    def wait_for_rollout(self, timeout: float) -> bool:
        """Block until no rollout is in progress; False when ``timeout`` seconds ran out first."""
        return self.simulation.wait_settled(timeout)

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def _run_clock(self) -> None:
        owed = 0.0
        last = time.monotonic()
        while not self._stopping.wait(CLOCK_TICK_S):
            now = time.monotonic()
            # Capped so a process resumed after a long pause does not replay minutes of traffic in one go.
            owed = min(owed + (now - last) * self.traffic_rps, max(self.traffic_rps, 1.0))
            last = now
            due = int(owed)
            owed -= due
            self.simulation.tick()
            self.simulation.generate(due)
