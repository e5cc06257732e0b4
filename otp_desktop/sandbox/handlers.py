"""The six documented endpoints."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

from otp_desktop.sandbox.otp_store import VERIFIED_MESSAGE, OtpRuleError
from otp_desktop.sandbox.state import SandboxState, sms_log
from otp_desktop.sandbox.tokens import TokenRejectedError
from otp_desktop.sandbox.validation import code_field, json_object, phone_fields

STATE_KEY = web.AppKey("state", SandboxState)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _state(request: web.Request) -> SandboxState:
    return request.app[STATE_KEY]


def error_response(err: OtpRuleError) -> web.Response:
    headers = {}
    if err.retry_after is not None:
        headers["Retry-After"] = str(max(1, int(err.retry_after + 0.999)))
    return web.json_response(
        {"message": err.message, **err.extra}, status=err.status, headers=headers
    )


def _user(request: web.Request, *, partner_required: bool) -> str:
    """Check the partner credentials and the JWT; the JWT's user id."""
    state = _state(request)
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


async def _send(request: web.Request, kind: str) -> web.Response:
    state = _state(request)
    user = _user(request, partner_required=True)
    phone = phone_fields(await json_object(request), state.rules)
    code, is_new = state.otp.send(phone, kind)
    state.users.note(phone, user)
    if state.log_codes:
        sms_log.info("SMS to %s: code %s (authCode %s)", phone.e164, code.otp, code.auth_code)
    return web.json_response({"authCode": code.auth_code, "isNewUser": is_new})


async def register(request: web.Request) -> web.Response:
    return await _send(request, "register")


async def resend(request: web.Request) -> web.Response:
    return await _send(request, "resend")


async def verify(request: web.Request) -> web.Response:
    state = _state(request)
    user = _user(request, partner_required=True)
    data = await json_object(request)
    phone = phone_fields(data, state.rules)
    auth_code = code_field(data, "authCode", state.rules.auth_code_digits)
    otp = code_field(data, "otp", state.rules.otp_digits)
    state.otp.verify(phone, auth_code, otp)
    state.users.note(phone, user)  # the number now belongs to the verifying user
    return web.json_response({"message": VERIFIED_MESSAGE}, status=201)


async def balance(request: web.Request) -> web.Response:
    state = _state(request)
    user = _user(request, partner_required=False)
    return web.json_response(state.wallets.wallet(user).balance_json(state.rules))


async def transactions(request: web.Request) -> web.Response:
    state = _state(request)
    user = _user(request, partner_required=False)
    return web.json_response(state.wallets.page(user, request.query.get("last_evaluated_key", "")))


async def withdraw(request: web.Request) -> web.Response:
    state = _state(request)
    user = _user(request, partner_required=False)
    return web.json_response(state.wallets.withdraw(user))


ROUTES: tuple[tuple[str, str, str, Handler], ...] = (
    ("POST", "/api/proxy/auth/otp/register", "register", register),
    ("POST", "/api/proxy/auth/otp/resend", "resend", resend),
    ("POST", "/api/proxy/auth/otp/verify", "verify", verify),
    ("GET", "/api/wallet/balance", "balance", balance),
    ("GET", "/api/wallet/transactions/list", "transactions", transactions),
    ("POST", "/api/wallet/withdraw", "withdraw", withdraw),
)
