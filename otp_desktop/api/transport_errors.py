"""httpx's exceptions in the client's own words.

Every detail is masked by value (ApiError does it): httpx quotes header
values in some messages ("Illegal header value b'…'").
"""

from __future__ import annotations

import socket
import ssl

import httpx

from otp_desktop.api.errors import (
    WHAT_TO_DO_CA,
    ApiError,
    ConnectionDroppedError,
    NameResolutionError,
    NetworkError,
    RequestTimeoutError,
    TlsError,
)

_TLS_PROBLEMS = (
    # (words OpenSSL, truststore or the OS use, what the user reads)
    (("expired",), "The server's certificate has expired. Its owner must renew it."),
    (
        ("hostname mismatch", "not valid for", "doesn't match", "does not match"),
        "The server's certificate is for another host name. Check the environment's base URL.",
    ),
    (
        (
            "self-signed",
            "self signed",
            "unable to get local issuer",
            "unknown ca",
            "not trusted",
            "untrusted",
            "unable to get issuer",
        ),
        f"The server's certificate is not trusted by this computer. {WHAT_TO_DO_CA}",
    ),
)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def is_name_resolution_failure(exc: BaseException) -> bool:
    if any(isinstance(e, socket.gaierror) for e in _chain(exc)):
        return True
    text = str(exc).lower()
    return (
        "name or service not known" in text
        or "nodename nor servname" in text
        or "getaddrinfo" in text
        or "temporary failure in name resolution" in text
    )


def tls_error(exc: BaseException) -> TlsError | None:
    """A named certificate problem, if that is what `exc` is."""
    chain = _chain(exc)
    texts = " ".join(str(e) for e in chain).lower()
    is_tls = (
        any(isinstance(e, ssl.SSLCertVerificationError) for e in chain)
        or "certificate verify failed" in texts
    )
    if not is_tls:
        return None
    detail = next((str(e) for e in chain if isinstance(e, ssl.SSLError)), str(exc))
    for words, message in _TLS_PROBLEMS:
        if any(w in texts for w in words):
            return TlsError(message, detail)
    return TlsError(detail=detail)


def unknown_outcome(what: str, is_post: bool) -> str:
    if is_post:
        return (
            f"{what} The request may or may not have been processed: check the result "
            "before sending it again."
        )
    return f"{what} Try again in a moment."


# httpx's failures read the same way: (kinds, error, plain words, whether a
# POST may have reached the server). The first kind that matches wins.
_READINGS: tuple[
    tuple[type[Exception] | tuple[type[Exception], ...], type[ApiError], str, bool], ...
] = (
    (
        httpx.ConnectTimeout,
        RequestTimeoutError,
        "The server did not accept the connection in time. Check the address and "
        "the network, then try again.",
        False,
    ),
    (httpx.TimeoutException, RequestTimeoutError, "The server did not answer in time.", True),
    (
        httpx.ProxyError,
        NetworkError,
        "The proxy refused the connection or could not reach the server. Check the "
        "proxy settings (HTTPS_PROXY, or the environment's proxy field).",
        False,
    ),
    (
        (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError),
        ConnectionDroppedError,
        "The connection was closed before the answer was complete.",
        True,
    ),
)


def as_api_error(exc: httpx.HTTPError, is_post: bool) -> ApiError:
    """The client's error for an httpx exception raised while calling."""
    detail = f"{type(exc).__name__}: {exc}"
    for kinds, error, words, outcome_unknown in _READINGS:
        if isinstance(exc, kinds):
            if not outcome_unknown:
                return error(words, detail)
            message = unknown_outcome(words, is_post)
            return error(message, detail, may_have_reached_server=is_post)
    if isinstance(exc, httpx.ConnectError):
        tls = tls_error(exc)
        if tls is not None:
            return tls
        cls = NameResolutionError if is_name_resolution_failure(exc) else NetworkError
        return cls(detail=detail)
    if isinstance(exc, httpx.UnsupportedProtocol):
        return NetworkError(
            "The environment's base URL is not a valid http:// or https:// address.", str(exc)
        )
    return NetworkError(detail=detail)
