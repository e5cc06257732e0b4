"""Developer endpoints under /__sandbox/: credentials, inbox, faults, rules."""

from __future__ import annotations

import math
from typing import Any

from otp_desktop.sandbox.faults import ENDPOINTS, Fault, FaultKind
from otp_desktop.sandbox.handlers import Handler
from otp_desktop.sandbox.http.messages import Request, Response, json_response
from otp_desktop.sandbox.http.routing import Router
from otp_desktop.sandbox.otp_store import OtpRuleError
from otp_desktop.sandbox.state import SandboxState
from otp_desktop.sandbox.users import (
    checked_balances,
    forget_number,
    forget_user,
    set_balances,
    users_json,
)
from otp_desktop.sandbox.validation import bad_request, parse_json

DEFAULT_USER = "sandbox-user-1"


def _body(request: Request) -> Any:
    return parse_json(request.body or b"{}")


async def index(_request: Request, _state: SandboxState) -> Response:
    return json_response(
        {
            "endpoints": {
                "GET /__sandbox/credentials?user=ID": "demo clientID, clientSecret and a fresh JWT",
                "GET /__sandbox/messages?phone_number=N": "codes sent, newest first",
                "GET|POST|DELETE /__sandbox/faults": "list, add or clear injected faults",
                "GET|POST /__sandbox/rules": "read or change the rules",
                "GET|POST|DELETE /__sandbox/users": "list users, set a balance, forget one",
                "GET|DELETE /__sandbox/requests?since=T": "requests received, newest first",
                "GET /__sandbox/openapi.yaml": "the OpenAPI 3.1 document of the API",
                "POST /__sandbox/reset": "forget codes, users, wallets and faults",
            },
            "fault_kinds": [k.value for k in FaultKind],
            "fault_endpoints": ["*", *ENDPOINTS],
        }
    )


async def credentials(request: Request, state: SandboxState) -> Response:
    user = request.query.get("user", DEFAULT_USER)
    if not user or len(user) > 128:
        raise bad_request("user must be 1 to 128 characters.")
    return json_response(
        {
            "clientID": state.authority.client_id,
            "clientSecret": state.authority.client_secret,
            "userJwt": state.mint_jwt(user),
            "user_id": user,
        }
    )


async def messages(request: Request, state: SandboxState) -> Response:
    found = state.otp.messages(request.query.get("phone_number"))
    now = state.clock.now()
    return json_response({"messages": [m.to_json(now) for m in found]})


async def faults_list(_request: Request, state: SandboxState) -> Response:
    board = state.faults
    return json_response({"faults": [f.to_json() for f in board.faults]})


async def faults_add(request: Request, state: SandboxState) -> Response:
    board = state.faults
    data = _body(request)
    items = data if isinstance(data, list) else [data]
    try:
        new = [Fault.from_json(item) for item in items]
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    for fault in new:
        board.add(fault)
    return json_response({"faults": [f.to_json() for f in board.faults]}, status=201)


async def faults_clear(request: Request, state: SandboxState) -> Response:
    board = state.faults
    board.clear(request.query.get("endpoint"))
    return json_response({"faults": [f.to_json() for f in board.faults]})


async def rules_get(_request: Request, state: SandboxState) -> Response:
    return json_response(state.rules.to_json())


async def rules_set(request: Request, state: SandboxState) -> Response:
    data = _body(request)
    if not isinstance(data, dict):
        raise bad_request("Send a JSON object of rules to change.")
    try:
        state.set_rules(state.rules.updated(data))
    except (ValueError, TypeError) as exc:
        raise bad_request(str(exc)) from None
    return json_response(state.rules.to_json())


def _users_answer(state: SandboxState, status: int = 200) -> Response:
    listed = users_json(state.users, state.otp, state.wallets, state.clock.now())
    return json_response({"users": listed}, status=status)


async def users_list(_request: Request, state: SandboxState) -> Response:
    return _users_answer(state)


async def users_set(request: Request, state: SandboxState) -> Response:
    """Add a user (a wallet with the starting balances) or set its balances."""
    data = _body(request)
    if not isinstance(data, dict):
        raise bad_request('Send a JSON object like {"user_id": "u1", "earned_balance": 50}.')
    user = data.get("user_id")
    if not isinstance(user, str) or not 0 < len(user) <= 128:
        raise bad_request("user_id must be a string of 1 to 128 characters.")
    try:
        balances = checked_balances(data)
    except ValueError as exc:
        raise bad_request(str(exc)) from None
    set_balances(state.wallets, user, balances, state.clock.now())
    return _users_answer(state)


async def users_remove(request: Request, state: SandboxState) -> Response:
    """Forget a user (?user_id=) or one number (?e164=): new again to the sandbox."""
    user, e164 = request.query.get("user_id"), request.query.get("e164")
    if (user is None) == (e164 is None):
        raise bad_request("Give either user_id or e164.")
    if user is not None:
        found = forget_user(state.users, state.otp, state.wallets, user)
    else:
        found = forget_number(state.users, state.otp, str(e164))
    if not found:
        raise OtpRuleError(404, "The sandbox knows no such user or number.", code="NOT_FOUND")
    return _users_answer(state)


async def requests_list(request: Request, state: SandboxState) -> Response:
    since_text = request.query.get("since")
    since = None
    if since_text is not None:
        try:
            since = float(since_text)
        except ValueError:
            since = math.nan
        if not math.isfinite(since):
            raise bad_request("since must be a time in Unix seconds, like 1767225600.5.")
    return json_response({"requests": state.journal.listed(since)})


async def requests_clear(_request: Request, state: SandboxState) -> Response:
    state.journal.clear()
    return json_response({"requests": []})


async def openapi(_request: Request, _state: SandboxState) -> Response:
    from importlib import resources  # on first use: only this endpoint reads a package file

    document = resources.files("otp_desktop.sandbox").joinpath("openapi.yaml").read_bytes()
    return Response(body=document, content_type="application/yaml; charset=utf-8")


async def reset(_request: Request, state: SandboxState) -> Response:
    state.reset()
    return json_response({"message": "Sandbox state reset."})


def add_routes(router: Router[Handler]) -> None:
    router.add_get("/__sandbox/", index)
    router.add_get("/__sandbox/credentials", credentials)
    router.add_get("/__sandbox/messages", messages)
    router.add_get("/__sandbox/faults", faults_list)
    router.add("POST", "/__sandbox/faults", faults_add)
    router.add("DELETE", "/__sandbox/faults", faults_clear)
    router.add_get("/__sandbox/rules", rules_get)
    router.add("POST", "/__sandbox/rules", rules_set)
    router.add_get("/__sandbox/users", users_list)
    router.add("POST", "/__sandbox/users", users_set)
    router.add("DELETE", "/__sandbox/users", users_remove)
    router.add_get("/__sandbox/requests", requests_list)
    router.add("DELETE", "/__sandbox/requests", requests_clear)
    router.add("POST", "/__sandbox/reset", reset)
    router.add_get("/__sandbox/openapi.yaml", openapi)


__all__ = ["OtpRuleError", "add_routes"]
