"""Which documented endpoint an exchange called, and the values a re-run
chains on (the phone number, the page key). Shared by the Postman export,
the replay and the import, so all three read a session the same way."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from otp_desktop.api.endpoints import Endpoint
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.safe_json import UnsafeJson, loads
from otp_desktop.phone import PhoneNumber


class Step(StrEnum):
    REGISTER = "register"
    RESEND = "resend"
    VERIFY = "verify"
    BALANCE = "balance"
    TRANSACTIONS = "transactions"
    WITHDRAW = "withdraw"
    OTHER = "other"


API_PATHS = {endpoint.value: Step[endpoint.name] for endpoint in Endpoint}
SENDS_CODE = (Step.REGISTER, Step.RESEND)
PAGE_KEY = "last_evaluated_key"


def _path_only(exchange: Exchange) -> str:
    return exchange.path.split("?", 1)[0].rstrip("/")


def step_of(exchange: Exchange) -> Step:
    path = _path_only(exchange)
    # endswith: an imported file may call the API under a prefix (a gateway's /v1/...).
    return next((step for api, step in API_PATHS.items() if path.endswith(api)), Step.OTHER)


def split_url(exchange: Exchange) -> tuple[str, str]:
    """(base URL, path with query): the base is what the environment supplies."""
    path = _path_only(exchange)
    for api in API_PATHS:
        if path.endswith(api):
            cut = exchange.url.find(api)
            return exchange.url[:cut], exchange.url[cut:]
    parts = urlsplit(exchange.url)
    base = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    return base, exchange.url[len(base) :]


def query_of(exchange: Exchange) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(exchange.url).query))


def json_body(text: str) -> Any:
    """The body's JSON, or None (an imported file's body may be anything)."""
    try:
        return loads(text) if text else None
    except UnsafeJson:
        return None


_NUMBER_RE = re.compile(r'"phone_number"\s*:\s*"([0-9]{1,20})"')
_COUNTRY_RE = re.compile(r'"countryCode"\s*:\s*"(\+[0-9]{1,4})"')


def phone_of(exchange: Exchange) -> PhoneNumber | None:
    """The number a register, resend or verify body was sent to.

    Also from a Postman template (`"otp": {{otp}}` is not JSON), hence the
    fallback to the two fields' text."""
    body = json_body(exchange.request_body)
    if isinstance(body, dict):
        number, country = body.get("phone_number"), body.get("countryCode")
        if isinstance(number, str) and isinstance(country, str):
            return PhoneNumber.of(number, country)
    number_match = _NUMBER_RE.search(exchange.request_body)
    country_match = _COUNTRY_RE.search(exchange.request_body)
    if number_match and country_match:
        return PhoneNumber.of(number_match.group(1), country_match.group(1))
    return None


def refused_verify(exchange: Exchange) -> bool:
    """A verify the server refused for its code (400): re-runs send a wrong
    code on purpose, so the run walks the same path as the session."""
    return step_of(exchange) is Step.VERIFY and exchange.status == 400


def wrong_code(code: str) -> str:
    """A code of the same length that is certainly not `code`."""
    width = max(len(code), 1)
    number = int(code) if code.isascii() and code.isdigit() else 0
    return f"{(number + 1) % 10**width:0{width}d}"
