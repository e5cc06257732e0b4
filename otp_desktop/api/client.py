"""The async rewards API client: one long-lived httpx.AsyncClient each.

No POST is retried once it may have reached the server (a second register
sends a second SMS, a second withdraw may move money twice). Only failures
to connect are retried, by httpx's transport, because nothing was sent.
Whatever goes wrong (network, TLS, proxy, a hostile answer) ends in one of
the client's own errors (errors.py), with every secret masked.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from otp_desktop.api import proxies
from otp_desktop.api.body_reader import (
    ACCEPT_ENCODING,
    BodyTooLarge,
    UnreadableEncoding,
    read_decoded,
)
from otp_desktop.api.codes import CodeEncoding, PhoneFields, encode_code, phone_body
from otp_desktop.api.credentials import CredentialProblem, Credentials, check_credentials
from otp_desktop.api.endpoints import Endpoint
from otp_desktop.api.errors import (
    AcceptedButUnreadableError,
    ApiError,
    CredentialError,
    HttpStatusError,
    NetworkError,
    ServerTooSlowError,
    UnexpectedResponseError,
    accepted,
)
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import register_secret
from otp_desktop.api.models import (
    RegisterResult,
    TransactionsPage,
    VerifyResult,
    WalletBalance,
    WithdrawResult,
    validate,
)
from otp_desktop.api.responses import decode_text, interpret
from otp_desktop.api.timeouts import Timeouts
from otp_desktop.api.transport_errors import as_api_error, unknown_outcome

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
ExchangeHook = Callable[[Exchange], None]

__all__ = ["Credentials", "ExchangeHook", "RewardsClient", "Timeouts"]


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
        proxy: str = proxies.SYSTEM,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self.code_encoding = code_encoding
        self.max_body_bytes = max_body_bytes
        self.timeouts = timeouts or Timeouts()
        self._hooks: list[ExchangeHook] = [on_exchange] if on_exchange else []
        # Known from now on: masked by value wherever they turn up.
        register_secret(credentials.client_secret)
        register_secret(credentials.user_jwt)
        if transport is None:
            try:
                transport = proxies.transport(
                    self.base_url, proxy, retries=connect_retries, verify=verify
                )
            except proxies.ProxyProblem as exc:
                raise NetworkError(str(exc), f"proxy: {proxy}") from None
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeouts.to_httpx(),
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # proxies are chosen above, as the system says
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

    async def register(self, phone: PhoneFields) -> RegisterResult:
        body = phone_body(phone)
        with accepted(AcceptedButUnreadableError.SENT):
            data = await self._call("POST", Endpoint.REGISTER, body, otp_headers=True)
            return validate(RegisterResult, data)

    async def resend(self, phone: PhoneFields) -> RegisterResult:
        body = phone_body(phone)
        with accepted(AcceptedButUnreadableError.SENT):
            data = await self._call("POST", Endpoint.RESEND, body, otp_headers=True)
            return validate(RegisterResult, data)

    async def verify(self, phone: PhoneFields, auth_code: str, otp: str) -> VerifyResult:
        body: dict[str, Any] = phone_body(phone)
        body["authCode"], note_a = encode_code(auth_code, self.code_encoding, "authCode")
        body["otp"], note_o = encode_code(otp, self.code_encoding, "otp")
        register_secret(otp)
        note = "; ".join(n for n in (note_a, note_o) if n) or None
        with accepted(AcceptedButUnreadableError.VERIFIED):
            data = await self._call(
                "POST", Endpoint.VERIFY, body, otp_headers=True, note=note, allow_empty=True
            )
            return VerifyResult() if data is None else validate(VerifyResult, data)

    async def wallet_balance(self) -> WalletBalance:
        return validate(WalletBalance, await self._call("GET", Endpoint.BALANCE, None))

    async def wallet_transactions(self, last_evaluated_key: str = "") -> TransactionsPage:
        params = {"last_evaluated_key": last_evaluated_key} if last_evaluated_key else None
        data = await self._call("GET", Endpoint.TRANSACTIONS, None, params=params)
        return validate(TransactionsPage, data)

    async def withdraw(self) -> WithdrawResult:
        return validate(WithdrawResult, await self._call("POST", Endpoint.WITHDRAW, None))

    # --- transport --------------------------------------------------------

    def _headers(self, otp_headers: bool) -> dict[str, str]:
        creds = self.credentials
        try:  # never let httpx quote an illegal header value (the secret) in an error
            check_credentials(creds)
        except CredentialProblem as exc:
            raise CredentialError(str(exc), f"{exc.field}: not sent") from None
        headers = {
            "Content-Type": "application/json",
            "Accept": "application/json",
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        # OTP endpoints always carry the partner credentials; the wallet ones
        # only when configured (the API documentation, "Headers").
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
        headers = self._headers(otp_headers)  # before any request
        request = self._http.build_request(
            method, path, content=content or None, headers=headers, params=params
        )
        seen = _Seen(time.time(), time.perf_counter())
        error: str | None = None
        try:
            await self._send(request, seen)
            return interpret(seen.status, seen.raw, seen.headers, allow_empty)
        except asyncio.CancelledError:
            error = "cancelled"
            raise
        except ApiError as exc:
            # A status error is a complete answer; anything else is worth a word.
            if not isinstance(exc, HttpStatusError):
                error = exc.detail or exc.user_message
            if isinstance(exc, UnexpectedResponseError) and exc.status is None:
                exc.status = seen.status or None
            raise
        finally:
            exchange = Exchange(
                method=method,
                url=str(request.url),
                request_headers=tuple(request.headers.multi_items()),
                request_body=content.decode("utf-8", errors="replace"),
                started_at=seen.started,
                duration_ms=(time.perf_counter() - seen.t0) * 1000,
                status=seen.status,
                response_headers=seen.headers,
                response_body=decode_text(seen.raw),
                response_size=len(seen.raw),
                error=error,
                note=note,
            )
            for hook in self._hooks:
                hook(exchange)

    async def _send(self, request: httpx.Request, seen: _Seen) -> None:
        """Send and read the whole answer within the total deadline; every
        failure becomes the client's own error."""
        is_post = request.method == "POST"
        total = self.timeouts.total
        try:
            async with asyncio.timeout(total):
                response = await self._http.send(request, stream=True)
                seen.status = response.status_code
                seen.headers = tuple(response.headers.multi_items())
                try:
                    seen.raw = await self._read_capped(response)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise ServerTooSlowError(
                _too_slow(is_post),
                f"no complete answer within the {total:g} s deadline",
                may_have_reached_server=is_post,
            ) from None
        except httpx.HTTPError as exc:
            raise as_api_error(exc, is_post) from None
        except BodyTooLarge:
            raise _too_large(self.max_body_bytes) from None
        except UnreadableEncoding as exc:
            raise UnexpectedResponseError(detail=str(exc)) from None

    async def _read_capped(self, response: httpx.Response) -> bytes:
        declared = response.headers.get("content-length", "")
        encoding = response.headers.get("content-encoding", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes and not encoding:
            raise BodyTooLarge
        if response.is_stream_consumed:  # a transport that read the body already
            if len(response.content) > self.max_body_bytes:
                raise BodyTooLarge
            return response.content
        # Decoded here, not by httpx, so a decompression bomb stops at the cap
        # without ever being expanded in memory.
        return await read_decoded(response.aiter_raw(), encoding, self.max_body_bytes)


def _too_large(cap: int) -> UnexpectedResponseError:
    return UnexpectedResponseError(
        detail=f"the response is larger than the {cap // 1024} KiB limit"
    )


def _too_slow(is_post: bool) -> str:
    return unknown_outcome("The server is too slow: the answer did not arrive in time.", is_post)


@dataclass(slots=True)
class _Seen:
    """What arrived so far, for the exchange record."""

    started: float
    t0: float
    status: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    raw: bytes = b""
