"""One exception hierarchy for everything that can go wrong on a call.

Each error carries `user_message` (plain words: what happened, what to do)
and `detail` (the technical part the UI shows behind "Details").
`may_have_reached_server` says whether a POST might have taken effect, so
the UI never offers a blind retry of a withdrawal whose outcome is unknown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator


class ApiError(Exception):
    """Base of every error the client raises."""

    user_message: str = "The request failed."

    def __init__(
        self,
        user_message: str | None = None,
        detail: str = "",
        *,
        may_have_reached_server: bool = False,
    ) -> None:
        # Masked by value: an error text may quote a header or an echoed body.
        # (Imported here: the flow's vocabulary imports this module for the
        # first frame, which does without masking's patterns.)
        from otp_desktop.api.masking import mask_text

        self.user_message = mask_text(self.user_message if user_message is None else user_message)
        self.detail = mask_text(detail)
        self.may_have_reached_server = may_have_reached_server
        super().__init__(
            self.user_message if not detail else f"{self.user_message} ({self.detail})"
        )


class NetworkError(ApiError):
    """The server could not be reached, or the connection broke."""

    user_message = (
        "The server could not be reached. Check the network connection and the "
        "environment's address, then try again."
    )


class NameResolutionError(NetworkError):
    user_message = (
        "The server's name could not be found. Check the environment's base URL "
        "and your network or VPN, then try again."
    )


class ConnectionDroppedError(NetworkError):
    user_message = (
        "The connection was closed before the server answered. The request may or "
        "may not have been processed."
    )


class RequestTimeoutError(ApiError):
    user_message = "The server did not answer in time. Try again in a moment."


class ServerTooSlowError(RequestTimeoutError):
    """The answer kept coming, too slowly: the request's total deadline passed."""

    user_message = "The server is too slow: the answer did not arrive in time."


WHAT_TO_DO_CA = (
    "If the company's network inspects TLS, set its CA file in the environment; "
    "otherwise the server may not be who it claims."
)


class TlsError(NetworkError):
    """The server's certificate was refused; the message names the problem."""

    user_message = f"The server's certificate could not be verified. {WHAT_TO_DO_CA}"


class CredentialError(ApiError):
    """A credential the client refuses to send (a character no header carries)."""


class HttpStatusError(ApiError):
    """The server answered with a 4xx or 5xx status."""

    def __init__(
        self,
        status: int,
        server_message: str,
        *,
        body_excerpt: str = "",
        retry_after: float | None = None,
        retry_after_capped: bool = False,
        attempts_left: int | None = None,
        error_code: str = "",
    ) -> None:
        from otp_desktop.api.masking import mask_text

        self.status = status
        self.error_code = error_code
        """The body's machine-readable `code` (e.g. NO_PENDING_CODE), or ''."""
        self.server_message = mask_text(server_message)
        self.body_excerpt = mask_text(body_excerpt)
        self.retry_after = retry_after
        self.retry_after_capped = retry_after_capped
        """The server asked for more than `retry_after` (a wait not to be trusted)."""
        self.attempts_left = attempts_left
        super().__init__(
            _plain_words_for_status(status, self.server_message, retry_after),
            f"HTTP {status}: {self.server_message or self.body_excerpt or '(empty body)'}",
        )


class UnexpectedResponseError(ApiError):
    """The server answered, but not with what the documentation describes."""

    user_message = (
        "The server sent an answer the app does not understand. This is a server "
        "problem; the details show what arrived."
    )
    status: int | None = None
    """The answer's HTTP status, when one arrived (set by the client)."""


class AcceptedButUnreadableError(UnexpectedResponseError):
    """A POST the server accepted (2xx) whose answer cannot be read: it took
    effect, so repeating it could send a second SMS or reuse a spent code."""

    SENT = (
        "The server accepted the request, but its answer cannot be read, so the code it "
        "sent cannot be used here. A code may still arrive by SMS: wait a moment before "
        "sending another."
    )
    VERIFIED = (
        "The server accepted the code, but its answer cannot be read. The number may well "
        "be verified: check on the server before verifying again."
    )


def _plain_words_for_status(status: int, server_message: str, retry_after: float | None) -> str:
    said = f' The server said: "{server_message}"' if server_message else ""
    if status == 400:
        return f"The server refused the request as invalid.{said}"
    if status == 401:
        return f"The server did not accept the credentials. Check the environment's client ID, client secret and user JWT.{said}"  # noqa: E501
    if status == 403:
        return f"The credentials are not allowed to do this.{said}"
    if status == 404:
        return f"The server does not know this address. Check the environment's base URL.{said}"
    if status == 409:
        return f"The server reported a conflict with the current state.{said}"
    if status == 422:
        return f"The server could not process the data sent.{said}"
    if status == 429:
        wait = (
            f" Wait {int(retry_after + 0.999)} s and try again."
            if retry_after and 0 < retry_after < 10**6
            else " Wait a moment and try again."
        )
        return f"Too many requests.{wait}{said}"
    if 500 <= status < 600:
        return f"The server had a problem (HTTP {status}). Try again in a moment; if it persists, report it.{said}"  # noqa: E501
    return f"The server answered with HTTP {status}.{said}"


@contextlib.contextmanager
def accepted(message: str) -> Iterator[None]:
    """Around a POST and the reading of its answer: an accepted (2xx)
    answer that cannot be read becomes AcceptedButUnreadableError."""
    try:
        yield
    except AcceptedButUnreadableError:
        raise
    except UnexpectedResponseError as exc:
        if exc.status is not None and not 200 <= exc.status < 300:
            raise
        raise AcceptedButUnreadableError(
            message, exc.detail, may_have_reached_server=True
        ) from None
