"""Images built locally from the static busybox binary: nothing is ever pulled.

- ``cockpit-busybox:1``: the rootfs (busybox and a few applet links), imported like ``docker import``.
- ``web:1.0`` serves ``/health`` with busybox httpd and passes its HEALTHCHECK; ``web:2.0`` is the bad deploy: same
  server, no health page, so its HEALTHCHECK (and an HTTP health check) fail with a 404.
- ``worker:1.0`` exits non-zero after a line on stdout and one on stderr.
- ``sleeper:1.0`` just runs (bench projects of many containers).
The memory hog is ``cockpit-busybox:1`` with a memory limit and a command that doubles a string until killed.
"""

from __future__ import annotations

import io
import shutil
import tarfile
from typing import Any

BASE = "cockpit-busybox:1"
WEB_GOOD = "web:1.0"
WEB_BAD = "web:2.0"
WORKER = "worker:1.0"
SLEEPER = "sleeper:1.0"
APPLETS = ("sh", "sleep", "echo", "cat", "httpd", "wget", "head", "tr", "env", "true", "false", "date")
HEALTH_INTERVAL = "--interval=500ms --timeout=3s --retries=1"

WEB_CMD = (
    'CMD ["/bin/sh", "-c", "echo \\"web $APP_VERSION listening on 127.0.0.1:$PORT\\"; '
    'exec httpd -f -v -p 127.0.0.1:$PORT -h /www"]'
)
WEB_HEALTH = (
    f'HEALTHCHECK {HEALTH_INTERVAL} CMD ["/bin/sh", "-c", "wget -q -O - http://127.0.0.1:$PORT/health"]'
)


def busybox_path() -> str | None:
    """The static busybox (Debian busybox-static installs it as /bin/busybox)."""
    return shutil.which("busybox")


def _rootfs(busybox: str) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for directory in ("bin", "tmp", "www", "etc"):
            info = tarfile.TarInfo(directory)
            info.type, info.mode = tarfile.DIRTYPE, 0o1777 if directory == "tmp" else 0o755
            tar.addfile(info)
        tar.add(busybox, arcname="bin/busybox")
        for applet in APPLETS:
            link = tarfile.TarInfo(f"bin/{applet}")
            link.type, link.linkname = tarfile.SYMTYPE, "busybox"
            tar.addfile(link)
        passwd = b"root:x:0:0:root:/:/bin/sh\n"
        info = tarfile.TarInfo("etc/passwd")
        info.size = len(passwd)
        tar.addfile(info, io.BytesIO(passwd))
    return buffer.getvalue()


def _context(dockerfile: str, files: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, content in {"Dockerfile": dockerfile.encode(), **files}.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
    buffer.seek(0)
    return buffer


def _build(client: Any, tag: str, dockerfile: str, files: dict[str, bytes] | None = None) -> None:
    client.images.build(fileobj=_context(dockerfile, files or {}), custom_context=True, tag=tag, rm=True,
                        pull=False, network_mode="none")


def build_images(client: Any, busybox: str) -> None:
    """Import the base and build every test image (about a second)."""
    client.api.import_image_from_data(_rootfs(busybox), repository=BASE.split(":")[0], tag=BASE.split(":")[1],
                                      changes=["ENV PATH=/bin", 'CMD ["/bin/sh"]'])
    _build(client, WEB_GOOD, f"FROM {BASE}\nENV APP_VERSION=1.0\nCOPY health /www/health\n"
                              f'COPY index /www/index.html\n{WEB_HEALTH}\n{WEB_CMD}\n',
           {"health": b'{"status": "ok", "version": "1.0"}\n', "index": b"web 1.0\n"})
    _build(client, WEB_BAD, f"FROM {BASE}\nENV APP_VERSION=2.0\nCOPY index /www/index.html\n{WEB_HEALTH}\n{WEB_CMD}\n",
           {"index": b"web 2.0\n"})
    _build(client, WORKER, f"FROM {BASE}\n"
                           'CMD ["/bin/sh", "-c", "echo \\"worker: connecting to queue\\"; '
                           'echo \\"worker: ERROR queue unreachable\\" >&2; exit 3"]\n')
    _build(client, SLEEPER, f'FROM {BASE}\nCMD ["/bin/sh", "-c", "echo sleeper up; exec sleep 100000"]\n')
