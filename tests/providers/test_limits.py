"""Bounded reads against real loopback servers: byte ceilings after decompression, JSON ceilings, deadlines."""

from __future__ import annotations

import gzip
import json
import socketserver
import threading
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import pytest

from cockpit.providers.base import BadResponse, TimedOut
from cockpit.providers.http_fetch import RedirectLoop, TooManyRedirects, fetch, new_client
from cockpit.providers.limits import (
    InvalidJson,
    TooComplex,
    TooLarge,
    decode_json_sync,
    one_line,
    visible_text,
)
from tests.providers.conftest import StubServer

CAP = 1024 * 1024


@pytest.fixture
async def client() -> AsyncIterator[object]:
    made = await new_client(timeout=5)
    yield made
    await made.aclose()


async def test_a_gzip_bomb_costs_its_cap_not_its_expansion(client: object, stub_server: StubServer) -> None:
    bomb = gzip.compress(b"\0" * (256 * CAP), compresslevel=9)  # 256 MiB of zeros in ~250 KB
    url = stub_server.route("/bomb", 200, bomb, headers={"Content-Encoding": "gzip"})
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge, match=r"answered more than 1 MiB \(stopped reading there\)"):
            await fetch(client, url, timeout_s=5, max_bytes=CAP)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * CAP, f"peak {peak / CAP:.1f} MiB"


async def test_compressed_answers_under_the_cap_read_whole(client: object, stub_server: StubServer) -> None:
    payload = json.dumps({"status": "ok", "pad": "x" * 5000}).encode()
    gz = stub_server.route("/gz", 200, gzip.compress(payload), headers={"Content-Encoding": "gzip"})
    deflated = stub_server.route("/deflate", 200, zlib.compress(payload), headers={"Content-Encoding": "deflate"})
    raw_deflate = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = stub_server.route("/raw", 200, raw_deflate.compress(payload) + raw_deflate.flush(),
                            headers={"Content-Encoding": "deflate"})
    for url in (gz, deflated, raw):
        fetched = await fetch(client, url, timeout_s=5, max_bytes=CAP)  # type: ignore[arg-type]
        assert fetched.body == payload


async def test_an_unbounded_encoding_or_a_corrupt_stream_is_a_bad_response(
    client: object, stub_server: StubServer
) -> None:
    brotli = stub_server.route("/br", 200, b"\x8b\x02\x80", headers={"Content-Encoding": "br"})
    with pytest.raises(BadResponse, match="encoding the cockpit does not read: br"):
        await fetch(client, brotli, timeout_s=5)  # type: ignore[arg-type]
    corrupt = stub_server.route("/corrupt", 200, b"\x1f\x8b not gzip at all", headers={"Content-Encoding": "gzip"})
    with pytest.raises(BadResponse, match="corrupt compressed body"):
        await fetch(client, corrupt, timeout_s=5)  # type: ignore[arg-type]


async def test_a_declared_length_over_the_cap_is_refused_before_reading(
    client: object, stub_server: StubServer
) -> None:
    url = stub_server.route("/big", 200, b"x" * (CAP + 1), content_type="text/plain")
    with pytest.raises(TooLarge):
        await fetch(client, url, timeout_s=5, max_bytes=CAP)  # type: ignore[arg-type]
    assert (await fetch(client, url, timeout_s=5, max_bytes=2 * CAP)).body == b"x" * (CAP + 1)  # type: ignore[arg-type]


class DripHandler(socketserver.BaseRequestHandler):
    """Answers headers at once, then one body byte every 50 ms for ever (until the client leaves)."""

    def handle(self) -> None:
        self.request.recv(4096)
        try:
            self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n")
            for _ in range(400):  # bounded: 20 s at most, far past any test's timeout
                self.request.sendall(b"1\r\nx\r\n")
                time.sleep(0.05)
        except OSError:
            return


@pytest.fixture
def drip_url() -> Iterator[str]:
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), DripHandler) as server:
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/health"
        finally:
            server.shutdown()
            thread.join()


async def test_a_dripping_body_ends_within_the_timeout(client: object, drip_url: str) -> None:
    # Each byte arrives well within httpx's read timeout, so only an overall deadline can end this.
    started = time.monotonic()
    with pytest.raises(TimedOut, match="no complete answer within 0.5 s"):
        await fetch(client, drip_url, timeout_s=0.5)  # type: ignore[arg-type]
    assert time.monotonic() - started < 0.6


async def test_redirects_are_counted_and_loops_named(client: object, stub_server: StubServer) -> None:
    a = stub_server.route("/a", 302, headers={"Location": "/b"})
    stub_server.route("/b", 302, headers={"Location": "/a"})
    with pytest.raises(RedirectLoop, match=r"redirects in a loop: .*/a -> .*/b -> .*/a"):
        await fetch(client, a, timeout_s=5)  # type: ignore[arg-type]
    for hop in range(4):
        stub_server.route(f"/hop{hop}", 302, headers={"Location": f"/hop{hop + 1}"})
    end = stub_server.route("/hop4", 200, {"status": "ok"})
    with pytest.raises(TooManyRedirects, match="redirected more than 3 times"):
        await fetch(client, stub_server.route("/hop0", 302, headers={"Location": "/hop1"}),  # type: ignore[arg-type]
                    timeout_s=5, max_redirects=3)
    fetched = await fetch(client, stub_server.route("/hop0", 302, headers={"Location": "/hop1"}),  # type: ignore[arg-type]
                          timeout_s=5, max_redirects=4)
    assert (fetched.url, fetched.status_code, len(fetched.redirects)) == (end, 200, 4)
    ftp = stub_server.route("/ftp", 302, headers={"Location": "ftp://127.0.0.1/x"})
    with pytest.raises(BadResponse, match="redirected to a refused scheme"):
        await fetch(client, ftp, timeout_s=5)  # type: ignore[arg-type]


async def test_credentials_never_follow_a_redirect_to_another_origin(
    client: object, stub_server: StubServer
) -> None:
    other = StubServer()
    try:
        landing = other.route("/landing", 200, "OK", content_type="text/plain")
        url = stub_server.route("/away", 302, headers={"Location": landing})
        await fetch(client, url, timeout_s=5, headers={"Authorization": "Bearer s3cret"})  # type: ignore[arg-type]
        assert stub_server.seen[-1]["Authorization"] == "Bearer s3cret"
        assert other.seen[-1]["Authorization"] is None
    finally:
        other.close()


def test_json_ceilings() -> None:
    assert decode_json_sync(b'{"a": [1, 2, {"b": null}]}') == {"a": [1, 2, {"b": None}]}
    with pytest.raises(TooComplex, match="nests deeper than 64 levels"):
        decode_json_sync(b"[" * 100 + b"]" * 100)
    with pytest.raises(TooComplex, match="nests deeper than 64 levels"):
        decode_json_sync(b"[" * 5000 + b"]" * 5000)  # past the decoder's own recursion limit: still one error
    many = json.dumps({"checks": {f"c{i}": "ok" for i in range(20_000)}}).encode()
    with pytest.raises(TooComplex, match="more than 10,000 JSON values"):
        decode_json_sync(many, max_items=10_000)
    with pytest.raises(InvalidJson, match="the health body is not valid JSON"):
        decode_json_sync(b'{"status": ', what="the health body")
    with pytest.raises(InvalidJson):
        decode_json_sync(b'"\xff\xfe"')


def test_control_characters_become_visible() -> None:
    hostile = "ok\x1b[2J\x1b]0;owned\x07\r\x9b31m\u202egnp.exe\x7f\nnext\tline"
    shown = visible_text(hostile)
    assert all(not (ord(c) < 0x20 and c not in "\n\t") and not 0x7F <= ord(c) < 0xA0 for c in shown)
    assert shown == "ok\u241b[2J\u241b]0;owned\u2407\u240d\\x9b31m<U+202E>gnp.exe\u2421\nnext\tline"
    assert one_line("a\nb\tc\x1b", 80) == "a\u2424b c\u241b"
    assert one_line("x" * 100, 10) == "x" * 9 + "…"
