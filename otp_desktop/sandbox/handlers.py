"""The six documented endpoints."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from otp_desktop.sandbox.http.messages import Request, Response, json_response
from otp_desktop.sandbox.otp_store import VERIFIED_MESSAGE, OtpRuleError
from otp_desktop.sandbox.state import SandboxState, sms_log
from otp_desktop.sandbox.tokens import TokenRejectedError
from otp_desktop.sandbox.validation import code_field, json_object, phone_fields

Handler = Callable[[Request, SandboxState], Awaitable[Response]]


def error_response(err: OtpRuleError) -> Response:
    headers = {}
    if err.retry_after is not None:
        headers["Retry-After"] = str(max(1, int(err.retry_after + 0.999)))
    return json_response({"message": err.message, **err.extra}, status=err.status, headers=headers)


def _user(request: Request, state: SandboxState, *, partner_required: bool) -> str:
    """Check the partner credentials and the JWT; the JWT's user id."""
    cid, secret = request.headers.get("clientID"), request.headers.get("clientSecret")
    if (partner_required or cid is not None or secret is not None) and not (
        state.authority.credentials_match(cid, secret)
    ):
        which = "missing" if cid is None or secret is None else "not valid"
        raise OtpRuleError(401, f"clientID or clientSecret is {which}.", code="UNAUTHORIZED_CLIENT")
    try:
        return state.authority.user_of(request.headers.get("user-jwt-token"), state.clock.now())
    except TokenRejectedError as exc:
        raise OtpRuleError(401, f"Unauthorized: {exc}.", code="INVALID_TOKEN") from None


async def _send(request: Request, state: SandboxState, kind: str) -> Response:
    user = _user(request, state, partner_required=True)
    phone = phone_fields(json_object(request.body), state.rules)
    code, is_new = state.otp.send(phone, kind)
    state.users.note(phone, user)
    if state.log_codes:
        sms_log.info("SMS to %s: code %s (authCode %s)", phone.e164, code.otp, code.auth_code)
    return json_response({"authCode": code.auth_code, "isNewUser": is_new})


async def register(request: Request, state: SandboxState) -> Response:
    return await _send(request, state, "register")


async def resend(request: Request, state: SandboxState) -> Response:
    return await _send(request, state, "resend")


async def verify(request: Request, state: SandboxState) -> Response:
    user = _user(request, state, partner_required=True)
    data = json_object(request.body)
    phone = phone_fields(data, state.rules)
    auth_code = code_field(data, "authCode", state.rules.auth_code_digits)
    otp = code_field(data, "otp", state.rules.otp_digits)
    state.otp.verify(phone, auth_code, otp)
    state.users.note(phone, user)  # the number now belongs to the verifying user
    return json_response({"message": VERIFIED_MESSAGE}, status=201)


async def balance(request: Request, state: SandboxState) -> Response:
    user = _user(request, state, partner_required=False)
    return json_response(state.wallets.wallet(user).balance_json(state.rules))


async def transactions(request: Request, state: SandboxState) -> Response:
    user = _user(request, state, partner_required=False)
    return json_response(state.wallets.page(user, request.query.get("last_evaluated_key", "")))


async def withdraw(request: Request, state: SandboxState) -> Response:
    user = _user(request, state, partner_required=False)
    return json_response(state.wallets.withdraw(user))


ROUTES: tuple[tuple[str, str, str, Handler], ...] = (
    ("POST", "/api/proxy/auth/otp/register", "register", register),
    ("POST", "/api/proxy/auth/otp/resend", "resend", resend),
    ("POST", "/api/proxy/auth/otp/verify", "verify", verify),
    ("GET", "/api/wallet/balance", "balance", balance),
    ("GET", "/api/wallet/transactions/list", "transactions", transactions),
    ("POST", "/api/wallet/withdraw", "withdraw", withdraw),
)
