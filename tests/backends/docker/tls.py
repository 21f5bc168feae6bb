"""Throw-away certificates for a dockerd listening with TLS on 127.0.0.1 (``tcp://`` targets): a CA, a server
certificate for IP 127.0.0.1, and a client certificate (dockerd's --tlsverify asks for one)."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class TlsFiles:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_certs(folder: Path) -> TlsFiles:
    folder.mkdir(parents=True, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _openssl("req", "-x509", *ec, "-keyout", "ca-key.pem", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=cockpit-test-ca", cwd=folder)
    for name, extension in (("server", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth"),
                            ("client", "extendedKeyUsage=clientAuth")):
        (folder / f"{name}.ext").write_text(extension + "\n")
        _openssl("req", *ec, "-keyout", f"{name}-key.pem", "-out", f"{name}.csr", "-subj", f"/CN={name}", cwd=folder)
        _openssl("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem", "-CAcreateserial",
                 "-out", f"{name}-cert.pem", "-days", "2", "-extfile", f"{name}.ext", cwd=folder)
    return TlsFiles(folder / "ca.pem", folder / "server-cert.pem", folder / "server-key.pem",
                    folder / "client-cert.pem", folder / "client-key.pem")


def dockerd_flags(files: TlsFiles, port: int) -> list[str]:
    return ["-H", f"tcp://127.0.0.1:{port}", "--tlsverify", "--tlscacert", str(files.ca),
            "--tlscert", str(files.server_cert), "--tlskey", str(files.server_key)]
