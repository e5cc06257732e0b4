"""The sandbox's own HTTP/1.1 layer on a bad day, over a real socket: what
a client that is not httpx may send (malformed lines, huge or many
headers, odd lengths, chunks, pipelining, a hang-up mid-body), each answered
with a plain 4xx JSON or a closed connection, never a 500."""

from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_desktop.sandbox import EmbeddedSandbox, SandboxServer
from tests.sandbox_helpers import add_fault
from tests.sandbox_wire import Answer, Wire, request

RULES = "/__sandbox/rules"


def refused(base: str, data: bytes) -> Answer:
    """Send `data` on a new connection: its answer, after which the sandbox closes."""
    with Wire(base) as wire:
        wire.send(data)
        answer = wire.answer()
        assert answer is not None, "closed without an answer"
        assert answer.headers["connection"] == "close"
        assert wire.closed()
    assert httpx.get(base + RULES).status_code == 200  # and it answers the next client
    return answer


def journal(base: str) -> list[dict[str, object]]:
    return httpx.get(f"{base}/__sandbox/requests").json()["requests"]  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "line",
    [b"GET", b"GET / HTTP/9.9", b"G(T / HTTP/1.1", b"GET  / HTTP/1.1", b"GET api HTTP/1.1",
     b"\x00\xff\xfe / HTTP/1.1", b"GET /a\x01b HTTP/1.1", b"PRI * HTTP/2.0", b"GET / HTTP/1.1 x"],
)  # fmt: skip
def test_a_malformed_request_line_is_a_400(sandbox, line):
    answer = refused(sandbox.base_url, line + b"\r\nHost: 127.0.0.1\r\n\r\n")
    assert (answer.status, answer.json()["code"]) == (400, "INVALID_REQUEST")
    assert answer.headers["content-type"] == "application/json; charset=utf-8"


@pytest.mark.parametrize(
    "header",
    [b"NoColon", b"Bad Name: x", b": no name", b"X-Odd: a\x00b", b"X-Odd: a\rb", b" folded: x"],
)
def test_a_malformed_header_is_a_400(sandbox, header):
    answer = refused(
        sandbox.base_url, b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header + b"\r\n\r\n"
    )
    assert (answer.status, answer.json()["code"]) == (400, "INVALID_REQUEST")


def test_a_request_line_too_long_is_a_414(sandbox):
    answer = refused(sandbox.base_url, request("GET", "/" + "a" * 9000))
    assert (answer.status, answer.json()["code"]) == (414, "URI_TOO_LONG")


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Long": "a" * 9000},  # one header over 8190 bytes
        {f"X-H{i}": "a" for i in range(101)},  # over 100 headers
        {f"X-H{i}": "a" * 4000 for i in range(20)},  # the whole head over 64 KiB
    ],
    ids=["header-too-long", "too-many-headers", "head-too-large"],
)
def test_headers_too_large_are_a_431(sandbox, headers):
    answer = refused(sandbox.base_url, request("GET", RULES, headers=headers))
    assert (answer.status, answer.json()["code"]) == (431, "REQUEST_HEADER_FIELDS_TOO_LARGE")


@pytest.mark.parametrize(
    "framing",
    [{"Content-Length": "abc"}, {"Content-Length": "-1"}, {"Content-Length": "1e3"},
     {"Content-Length": ""}, {"Content-Length": "9" * 30},
     {"Content-Length": "2", "Transfer-Encoding": "chunked"}, {"Transfer-Encoding": "gzip"}],
)  # fmt: skip
def test_a_bad_content_length_or_transfer_encoding_is_a_400(sandbox, framing):
    answer = refused(sandbox.base_url, request("POST", RULES, headers=framing))
    assert (answer.status, answer.json()["code"]) == (400, "INVALID_REQUEST")
    assert sandbox.state.rules.max_attempts == 5


def test_two_different_content_lengths_are_a_400(sandbox):
    head = (
        b"POST /__sandbox/rules HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    )
    data = head + b"Content-Length: 2\r\nContent-Length: 20\r\n\r\n{}"
    assert refused(sandbox.base_url, data).status == 400


def test_a_declared_body_over_the_limit_is_a_413_before_it_is_sent(sandbox):
    head = request("POST", RULES, headers={"Content-Length": str(10**6)})
    answer = refused(sandbox.base_url, head)  # the body itself is never sent
    assert (answer.status, answer.json()["code"]) == (413, "PAYLOAD_TOO_LARGE")
    assert [(e["path"], e["status"], e["body"]) for e in journal(sandbox.base_url)] == [
        (RULES, 413, "(not received)")
    ]


def chunked(path: str, chunks: list[bytes], end: bytes = b"0\r\n\r\n") -> bytes:
    head = request("POST", path, headers={"Transfer-Encoding": "chunked"})
    return head + b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + end


def test_a_chunked_body_is_read(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(chunked(RULES, [b'{"max_att', b'empts": 3}'], end=b"0\r\nX-Trailer: 1\r\n\r\n"))
        answer = wire.answer()
        assert answer is not None
        assert (answer.status, answer.json()["max_attempts"]) == (200, 3)
        wire.send(request("GET", RULES))  # the connection is still in step
        again = wire.answer()
        assert again is not None
        assert again.json()["max_attempts"] == 3


def test_a_chunked_body_over_the_limit_is_a_413(sandbox):
    answer = refused(sandbox.base_url, chunked(RULES, [b" " * 16384] * 5))
    assert (answer.status, answer.json()["code"]) == (413, "PAYLOAD_TOO_LARGE")


@pytest.mark.parametrize(
    "bad", [b"zz\r\n{}\r\n0\r\n\r\n", b"1\r\n{}\r\n0\r\n\r\n", b"123456789\r\n"]
)
def test_a_malformed_chunk_is_a_400(sandbox, bad):
    head = request("POST", RULES, headers={"Transfer-Encoding": "chunked"})
    answer = refused(sandbox.base_url, head + bad)
    assert (answer.status, answer.json()["code"]) == (400, "INVALID_REQUEST")
    assert sandbox.state.rules.max_attempts == 5


def wait_for(condition: object, bound_s: float = 20) -> bool:
    deadline = time.monotonic() + bound_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_a_client_that_closes_mid_body_gets_nothing_and_frees_its_connection(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(request("POST", RULES, headers={"Content-Length": "100"}) + b'{"max_at')
        assert wait_for(lambda: sandbox.server.open_connections() == 1)
    assert wait_for(lambda: sandbox.server.open_connections() == 0)
    assert journal(sandbox.base_url) == []  # an incomplete request is not a request
    assert sandbox.state.rules.max_attempts == 5


def test_pipelined_requests_are_answered_in_order_on_one_connection(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(
            request("GET", RULES)
            + request("POST", RULES, json.dumps({"max_attempts": 4}).encode())
            + request("HEAD", RULES)
            + request("GET", "/nowhere")
        )
        answers = [wire.answer(head_only=i == 2) for i in range(4)]
        assert all(a is not None for a in answers)
        first, changed, head, missing = answers  # type: ignore[misc]
        assert (first.status, first.json()["max_attempts"]) == (200, 5)
        assert (changed.status, changed.json()["max_attempts"]) == (200, 4)
        assert (head.status, int(head.headers["content-length"])) == (200, len(changed.body))
        assert (missing.status, missing.json()["code"]) == (404, "NOT_FOUND")
        wire.send(request("GET", RULES))  # still open after all four
        assert wire.answer() is not None


def test_head_is_allowed_where_get_is_on_the_developer_endpoints_only(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(request("HEAD", "/api/wallet/balance"))
        answer = wire.answer(head_only=True)
        assert answer is not None
        assert (answer.status, answer.headers["allow"]) == (405, "GET")
        wire.send(request("PUT", "/__sandbox/faults"))
        wrong = wire.answer()
        assert wrong is not None
        assert (wrong.status, wrong.headers["allow"]) == (405, "DELETE,GET,HEAD,POST")
        assert wrong.json()["code"] == "METHOD_NOT_ALLOWED"


def test_expect_100_continue_gets_the_interim_answer_before_the_body(sandbox):
    body = b'{"max_attempts": 7}'
    with Wire(sandbox.base_url) as wire:
        wire.send(
            request(
                "POST", RULES, headers={"Expect": "100-continue", "Content-Length": str(len(body))}
            )
        )
        interim = wire.answer()
        assert interim is not None
        assert interim.status == 100
        wire.send(body)
        answer = wire.answer()
        assert answer is not None
        assert answer.json()["max_attempts"] == 7


def test_an_unknown_expectation_is_a_417(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(request("GET", RULES, headers={"Expect": "teapot"}))
        answer = wire.answer()
        assert answer is not None
        assert (answer.status, answer.json()["code"]) == (417, "EXPECTATION_FAILED")


def test_http_1_0_closes_unless_asked_to_keep_alive(sandbox):
    with Wire(sandbox.base_url) as wire:
        wire.send(b"GET /__sandbox/rules HTTP/1.0\r\n\r\n")
        answer = wire.answer()
        assert answer is not None
        assert answer.status == 403  # no Host: not a loopback name (the guard)
        assert wire.closed()
    with Wire(sandbox.base_url) as wire:
        keep = b"GET /__sandbox/rules HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n"
        wire.send(keep)
        answer = wire.answer()
        assert answer is not None
        assert (answer.status, answer.headers["connection"]) == (200, "keep-alive")
        wire.send(keep)
        assert wire.answer() is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=st.binary(max_size=40), value=st.binary(max_size=40))
def test_odd_bytes_never_get_a_500(line, value):
    with EmbeddedSandbox() as sandbox, Wire(sandbox.base_url) as wire:
        wire.send(line + b"\r\nHost: 127.0.0.1\r\nX-Odd: " + value + b"\r\n\r\n")
        answer = wire.answer()
        assert answer is None or answer.status < 500
        assert httpx.get(sandbox.base_url + RULES).status_code == 200


def test_a_stop_closes_every_connection_and_leaves_no_task(run):
    """An idle keep-alive client and one whose request hangs (a fault): both
    are closed by the stop, and nothing of the server is left running."""

    async def scenario() -> tuple[bytes, bytes, set[asyncio.Task[object]]]:
        server = SandboxServer()
        base = await server.start()
        port = int(base.rsplit(":", 1)[1])
        idle_reader, idle_writer = await asyncio.open_connection("127.0.0.1", port)
        idle_writer.write(request("GET", RULES))
        await idle_reader.readuntil(b"\r\n\r\n")
        await asyncio.to_thread(add_fault, base, endpoint="balance", kind="hang")
        hung_reader, hung_writer = await asyncio.open_connection("127.0.0.1", port)
        hung_writer.write(request("GET", "/api/wallet/balance"))
        # The hang has begun once the request is journaled (no event to await for it).
        while not [e for e in server.state.journal.listed() if e["path"].startswith("/api")]:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        await server.stop()
        left = {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}
        idle_rest = await idle_reader.read()
        hung_rest = await hung_reader.read()
        idle_writer.close()
        hung_writer.close()
        return idle_rest, hung_rest, left

    idle_rest, hung_rest, left = run(scenario())
    assert left == set()
    assert b"HTTP/1.1" not in hung_rest  # closed, never answered
    assert idle_rest.count(b"HTTP/1.1") == 0


async def _other_tasks() -> int:
    return len(asyncio.all_tasks()) - 1


@pytest.mark.parametrize("fault", [{"kind": "hang"}, {"kind": "latency", "latency_ms": 600_000}])
def test_a_client_that_hangs_up_frees_its_handler(sandbox, fault):
    add_fault(sandbox.base_url, endpoint="balance", **fault)
    assert wait_for(lambda: sandbox.call(_other_tasks()) == 0)  # earlier connections are done
    with Wire(sandbox.base_url) as wire:
        wire.send(request("GET", "/api/wallet/balance"))
        # The handler is waiting on the fault once the request is journaled.
        assert wait_for(lambda: sandbox.state.journal.listed()[0]["path"] == "/api/wallet/balance")
        assert sandbox.call(_other_tasks()) == 1
    assert wait_for(lambda: sandbox.call(_other_tasks()) == 0)


def test_a_body_far_over_the_limit_gets_its_413_while_it_is_still_being_sent(sandbox):
    """The 413 goes out at once; the rest of the body is read and dropped
    before closing, so the client is not reset mid-send and reads the answer."""
    body = b" " * (8 * 1024 * 1024)
    with Wire(sandbox.base_url) as wire:
        wire.send(request("POST", RULES, body))
        answer = wire.answer()
        assert answer is not None
        assert (answer.status, answer.json()["code"]) == (413, "PAYLOAD_TOO_LARGE")
