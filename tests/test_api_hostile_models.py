"""Hypothesis feeds structured hostile bodies to every response model: a
valid answer with one value, at any path, replaced by deep nesting, a huge
or non-finite number or a wrong type. Each ends in a model with finite
numbers or in UnexpectedResponseError; an error answer (4xx) always gives
an HttpStatusError; the exchange always exports."""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from otp_desktop.api.errors import HttpStatusError, UnexpectedResponseError
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.models import (
    RegisterResult,
    TransactionsPage,
    VerifyResult,
    WalletBalance,
    WithdrawResult,
    validate,
)
from otp_desktop.api.responses import interpret
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.report import report

TRANSACTION = {
    "uid": "t1",
    "amount": 5,
    "created_at": "2024-01-01T00:00:00Z",
    "description": {"eventName": "signup", "rewardAmount": 5},
}
VALID: dict[type[Any], Any] = {
    RegisterResult: {"authCode": "4688", "isNewUser": True},
    VerifyResult: {"message": "successfully verified OTP & identity-associated"},
    WalletBalance: {
        "wallet_address": "0xabc",
        "earned_balance": 250,
        "bonus_balance": 100,
        "minWalletBalToWithdraw": 100,
        "wallet_transaction_error": False,
        "created_at": "2024-01-01T00:00:00Z",
    },
    TransactionsPage: {"transactions": [TRANSACTION, TRANSACTION], "last_evaluated_key": "k"},
    WithdrawResult: {"gamer_id": "g", "bonus": 1.5, "message": "Withdrawn Successfully"},
}
PLACEHOLDER = "__hostile__"

# Raw JSON tokens: what json.dumps could never write.
HOSTILE_TOKENS = st.one_of(
    st.integers(1, 200_000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 50_000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "1e-999", "1E400"]),
    st.integers(20, 6000).map(lambda n: "9" * n),
    st.integers(20, 6000).map(lambda n: "-" + "9" * n + ".5e3"),
    st.sampled_from(['"²"', '"\\u0000"', "true", "null", "[]", "{}", '""', '"1e999"']),
    st.from_type(type(None)).map(lambda _: json.dumps({"message": None})),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    ).map(json.dumps),
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths(inner, (*prefix, index))
    return found


def with_token(valid: Any, path: tuple[Any, ...], token: str) -> bytes:
    if not path:
        return token.encode()
    data = json.loads(json.dumps(valid))
    holder = data
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = PLACEHOLDER
    return json.dumps(data).replace(f'"{PLACEHOLDER}"', token, 1).encode()


def all_finite(model: Any) -> bool:
    def walk(value: Any) -> bool:
        if isinstance(value, float):
            return math.isfinite(value)
        if dataclasses.is_dataclass(value):
            return all(walk(v) for v in vars(value).values())
        if isinstance(value, list):
            return all(walk(v) for v in value)
        return True

    return walk(model)


@st.composite
def hostile_bodies(draw: st.DrawFn) -> tuple[type[Any], bytes]:
    model = draw(st.sampled_from(sorted(VALID, key=lambda m: m.__name__)))
    path = draw(st.sampled_from(paths(VALID[model])))
    return model, with_token(VALID[model], path, draw(HOSTILE_TOKENS))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_bodies(), st.sampled_from([200, 201, 400, 429, 500]))
def test_hostile_bodies_end_in_a_model_or_the_clients_own_error(case, status):
    model, raw = case
    headers = (("content-type", "application/json"), ("retry-after", "5"))
    result: Any
    try:
        result = validate(model, interpret(status, raw, headers, allow_empty=True))
    except (HttpStatusError, UnexpectedResponseError) as exc:
        result = exc
    if status >= 400:
        assert isinstance(result, HttpStatusError)
        assert result.status == status
        assert result.user_message
    elif isinstance(result, UnexpectedResponseError):
        assert result.user_message
        assert result.detail
    else:
        assert isinstance(result, model)
        assert all_finite(result)
    exchange = Exchange(
        "GET", "http://127.0.0.1/x", (), "", 0.0, status=status, response_body=raw.decode()
    )
    assert '"entries"' in har_text([exchange])
    assert "Response body:" in report(exchange)


def test_every_valid_sample_is_accepted():
    for model, data in VALID.items():
        assert isinstance(
            validate(model, interpret(200, json.dumps(data).encode(), (), False)), model
        )
