"""The async rewards API client: one long-lived httpx.AsyncClient each.

No POST is retried once it may have reached the server (a second register
sends a second SMS, a second withdraw may move money twice). Only failures
to connect are retried, by httpx's transport, because nothing was sent.
"""

from __future__ import annotations

import asyncio
import json
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from otp_desktop.api.codes import CodeEncoding, encode_code
from otp_desktop.api.errors import (
    ApiError,
    ConnectionDroppedError,
    HttpStatusError,
    NameResolutionError,
    NetworkError,
    RequestTimeoutError,
    UnexpectedResponseError,
)
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.models import (
    RegisterResult,
    TransactionsPage,
    VerifyResult,
    WalletBalance,
    WithdrawResult,
    describe_validation_problem,
)
from otp_desktop.api.responses import decode_text, parse_json_body, status_error

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
M = TypeVar("M", bound=BaseModel)
ExchangeHook = Callable[[Exchange], None]


@dataclass(frozen=True, slots=True)
class Credentials:
    client_id: str = ""
    client_secret: str = ""
    user_jwt: str = ""

    def __repr__(self) -> str:  # never print the secrets, even in a traceback
        return (
            f"Credentials(client_id={self.client_id!r}, client_secret=«masked», user_jwt=«masked»)"
        )


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 5.0
    read: float = 20.0

    def to_httpx(self) -> httpx.Timeout:
        return httpx.Timeout(
            connect=self.connect, read=self.read, write=self.read, pool=self.connect
        )


def _transport_error(exc: httpx.TransportError, is_post: bool) -> ApiError:
    """The plain-words error for a failure below HTTP; a POST that may have
    been sent is never called a plain failure."""
    if isinstance(exc, httpx.ConnectTimeout):
        return RequestTimeoutError(
            "The server did not accept the connection in time. Check the address and "
            "the network, then try again.",
            f"connect timeout: {exc}",
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(
            _unknown_outcome("The server did not answer in time.", is_post),
            f"{type(exc).__name__}: {exc}",
            may_have_reached_server=is_post,
        )
    if isinstance(exc, httpx.ConnectError):
        cls = NameResolutionError if _is_name_resolution_failure(exc) else NetworkError
        return cls(detail=f"{type(exc).__name__}: {exc}")
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return ConnectionDroppedError(
            _unknown_outcome("The connection was closed before the answer was complete.", is_post),
            f"{type(exc).__name__}: {exc}",
            may_have_reached_server=is_post,
        )
    if isinstance(exc, httpx.UnsupportedProtocol):
        return NetworkError(
            "The environment's base URL is not a valid http:// or https:// address.",
            str(exc),
        )
    return NetworkError(detail=f"{type(exc).__name__}: {exc}")


def _is_name_resolution_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    text = str(exc).lower()
    return (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
    )


class RewardsClient:
    """Async methods for the six documented endpoints."""

    def __init__(
        self,
        base_url: str,
        credentials: Credentials,
        *,
        timeouts: Timeouts | None = None,
        code_encoding: CodeEncoding = CodeEncoding.AUTO,
        on_exchange: ExchangeHook | None = None,
        verify: ssl.SSLContext | str | bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        connect_retries: int = 1,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.code_encoding = code_encoding
        self.max_body_bytes = max_body_bytes
        self._hooks: list[ExchangeHook] = [on_exchange] if on_exchange else []
        if transport is None:
            transport = httpx.AsyncHTTPTransport(retries=connect_retries, verify=verify)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=(timeouts or Timeouts()).to_httpx(),
            transport=transport,
            follow_redirects=False,
            trust_env=True,
        )

    def add_exchange_hook(self, hook: ExchangeHook) -> None:
        self._hooks.append(hook)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> RewardsClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # --- documented endpoints -------------------------------------------

    async def register(self, phone_number: str, country_code: str) -> RegisterResult:
        body = _phone_body(phone_number, country_code)
        data = await self._call("POST", "/api/proxy/auth/otp/register", body, otp_headers=True)
        return _validate(RegisterResult, data)

    async def resend(self, phone_number: str, country_code: str) -> RegisterResult:
        body = _phone_body(phone_number, country_code)
        data = await self._call("POST", "/api/proxy/auth/otp/resend", body, otp_headers=True)
        return _validate(RegisterResult, data)

    async def verify(
        self, phone_number: str, country_code: str, auth_code: str, otp: str
    ) -> VerifyResult:
        body: dict[str, Any] = _phone_body(phone_number, country_code)
        body["authCode"], note_a = encode_code(auth_code, self.code_encoding, "authCode")
        body["otp"], note_o = encode_code(otp, self.code_encoding, "otp")
        note = "; ".join(n for n in (note_a, note_o) if n) or None
        data = await self._call(
            "POST",
            "/api/proxy/auth/otp/verify",
            body,
            otp_headers=True,
            note=note,
            allow_empty=True,
        )
        return VerifyResult() if data is None else _validate(VerifyResult, data)

    async def wallet_balance(self) -> WalletBalance:
        return _validate(WalletBalance, await self._call("GET", "/api/wallet/balance", None))

    async def wallet_transactions(self, last_evaluated_key: str = "") -> TransactionsPage:
        params = {"last_evaluated_key": last_evaluated_key} if last_evaluated_key else None
        data = await self._call("GET", "/api/wallet/transactions/list", None, params=params)
        return _validate(TransactionsPage, data)

    async def withdraw(self) -> WithdrawResult:
        return _validate(WithdrawResult, await self._call("POST", "/api/wallet/withdraw", None))

    # --- transport --------------------------------------------------------

    def _headers(self, otp_headers: bool) -> dict[str, str]:
        creds = self.credentials
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        # OTP endpoints always carry the partner credentials; the wallet ones
        # only when configured (rewards-api.md, "Headers").
        if otp_headers or creds.client_id:
            headers["clientID"] = creds.client_id
        if otp_headers or creds.client_secret:
            headers["clientSecret"] = creds.client_secret
        headers["user-jwt-token"] = creds.user_jwt
        return headers

    async def _call(
        self,
        method: str,
        path: str,
        body: dict[str, Any] | None,
        *,
        otp_headers: bool = False,
        params: dict[str, str] | None = None,
        note: str | None = None,
        allow_empty: bool = False,
    ) -> Any:
        content = json.dumps(body).encode() if body is not None else b""
        request = self._http.build_request(
            method, path, content=content or None, headers=self._headers(otp_headers), params=params
        )
        started = time.time()
        t0 = time.perf_counter()
        status: int | None = None
        resp_headers: tuple[tuple[str, str], ...] = ()
        raw = b""
        error: str | None = None
        is_post = method == "POST"
        try:
            try:
                response = await self._http.send(request, stream=True)
                status = response.status_code
                resp_headers = tuple(response.headers.multi_items())
                try:
                    raw = await self._read_capped(response)
                finally:
                    await response.aclose()
            except httpx.TransportError as exc:
                raise _transport_error(exc, is_post) from None
            return self._interpret(status, raw, resp_headers, allow_empty)
        except asyncio.CancelledError:
            error = "cancelled"
            raise
        except ApiError as exc:
            # A status error is a complete answer; anything else is worth a word.
            if not isinstance(exc, HttpStatusError):
                error = exc.detail or exc.user_message
            raise
        finally:
            exchange = Exchange(
                method=method,
                url=str(request.url),
                request_headers=tuple(request.headers.multi_items()),
                request_body=content.decode("utf-8", errors="replace"),
                started_at=started,
                duration_ms=(time.perf_counter() - t0) * 1000,
                status=status,
                response_headers=resp_headers,
                response_body=decode_text(raw),
                response_size=len(raw),
                error=error,
                note=note,
            )
            for hook in self._hooks:
                hook(exchange)

    async def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise _too_large(self.max_body_bytes)
        if response.is_stream_consumed:  # a transport that read the body already
            if len(response.content) > self.max_body_bytes:
                raise _too_large(self.max_body_bytes)
            return response.content
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():  # decoded: a gzip bomb hits the cap too
            size += len(chunk)
            if size > self.max_body_bytes:
                raise _too_large(self.max_body_bytes)
            chunks.append(chunk)
        return b"".join(chunks)

    def _interpret(
        self,
        status: int | None,
        raw: bytes,
        headers: tuple[tuple[str, str], ...],
        allow_empty: bool,
    ) -> Any:
        assert status is not None
        if status >= 400:
            retry_after = next((v for k, v in headers if k.lower() == "retry-after"), None)
            raise status_error(status, raw, retry_after)
        if not 200 <= status < 300:
            location = next((v for k, v in headers if k.lower() == "location"), "")
            raise UnexpectedResponseError(
                detail=f"HTTP {status} redirect{' to ' + location if location else ''}; "
                "check the environment's base URL"
            )
        # Only a 201 may come without a body: the docs say 201 *is* the answer.
        if allow_empty and status == 201 and not raw.strip():
            return None
        return parse_json_body(raw)


def _too_large(cap: int) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        detail=f"the response is larger than the {cap // 1024} KiB limit"
    )


def _unknown_outcome(what: str, is_post: bool) -> str:
    if is_post:
        return (
            f"{what} The request may or may not have been processed: check the result "
            "before sending it again."
        )
    return f"{what} Try again in a moment."


def _phone_body(phone_number: str, country_code: str) -> dict[str, Any]:
    if not phone_number.isdigit() or not phone_number.isascii():
        raise ApiError("The phone number must be national digits only.", "phone_number")
    if not (country_code.startswith("+") and country_code[1:].isdigit()):
        raise ApiError("The country code must look like +91.", f"countryCode={country_code!r}")
    return {"phone_number": phone_number, "countryCode": country_code}


def _validate(model: type[M], data: Any) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = describe_validation_problem(exc.errors(include_input=False))  # type: ignore[arg-type]
        raise UnexpectedResponseError(
            detail=f"{model.__name__} does not match the documented shape: {problems}"
        ) from None
