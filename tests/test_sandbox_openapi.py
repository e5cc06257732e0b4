"""docs/openapi.yaml against the two readings of the API: the client's models
and requests, and the sandbox's answers and validation. If any of the three
drifts, a test here fails."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs
import pytest
import yaml

from otp_desktop.api import Credentials, RewardsClient, UnexpectedResponseError
from otp_desktop.api.codes import CodeEncoding, CodeNotRepresentableError
from otp_desktop.api.models import (
    RegisterResult,
    Transaction,
    TransactionDescription,
    TransactionsPage,
    VerifyResult,
    WalletBalance,
    WithdrawResult,
    validate,
)
from otp_desktop.api.shapes import json_schema
from otp_desktop.phone import PhoneNumber
from otp_desktop.sandbox import EmbeddedSandbox, ManualClock
from otp_desktop.sandbox.handlers import ROUTES
from tests.sandbox_helpers import latest_message

DOC_PATH = Path(__file__).resolve().parent.parent / "docs" / "openapi.yaml"
DOC: dict[str, Any] = yaml.safe_load(DOC_PATH.read_text(encoding="utf-8"))
SCHEMAS = DOC["components"]["schemas"]


def resolved(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with the document's components, for a validator."""
    return {**schema, "components": DOC["components"]}


def is_valid(schema: dict[str, Any], instance: Any) -> bool:
    return bool(jsonschema_rs.Draft202012Validator(resolved(schema)).is_valid(instance))


def deref(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        kind = schema["$ref"].split("/")[2]
        schema = DOC["components"][kind][name]
    return schema


def response_schema(path: str, method: str, status: int) -> dict[str, Any]:
    response = deref(DOC["paths"][path][method.lower()]["responses"][str(status)])
    return response["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


# --- the document itself ----------------------------------------------------------


def test_the_document_is_openapi_3_1_of_the_six_endpoints():
    assert DOC["openapi"] == "3.1.0"
    documented = {(m.upper(), p) for p, ops in DOC["paths"].items() for m in ops}
    assert documented == {(method, path) for method, path, _, _ in ROUTES}
    headers = {s["name"] for s in DOC["components"]["securitySchemes"].values()}
    assert headers == {"clientID", "clientSecret", "user-jwt-token"}


def test_the_exact_json_types():
    assert SCHEMAS["CodeSent"]["properties"]["authCode"]["type"] == "string"
    assert SCHEMAS["CodeNumber"]["type"] == "integer"
    verify = SCHEMAS["VerifyBody"]["allOf"][1]["properties"]
    assert verify["authCode"] == verify["otp"] == {"$ref": "#/components/schemas/CodeNumber"}
    assert set(SCHEMAS["Error"]["required"]) == {"message", "code"}
    too_many = deref(DOC["paths"]["/api/proxy/auth/otp/register"]["post"]["responses"]["429"])
    assert "Retry-After" in too_many["headers"]
    for status in ("400", "401", "404", "405", "413", "429"):
        name = {
            "400": "BadRequest",
            "401": "Unauthorized",
            "404": "NotFound",
            "405": "MethodNotAllowed",
            "413": "PayloadTooLarge",
            "429": "TooManyRequests",
        }[status]
        error = DOC["components"]["responses"][name]["content"]["application/json"]["schema"]
        assert error == {"$ref": "#/components/schemas/Error"}


def test_the_sandbox_serves_the_document(sandbox: EmbeddedSandbox):
    served = httpx.get(f"{sandbox.base_url}/__sandbox/openapi.yaml")
    assert served.status_code == 200
    assert served.headers["Content-Type"].startswith("application/yaml")
    assert served.content == DOC_PATH.read_bytes()


# --- the client's models ----------------------------------------------------------------


MODEL_SCHEMAS: list[tuple[type[Any], dict[str, Any]]] = [
    (RegisterResult, SCHEMAS["CodeSent"]),
    (VerifyResult, response_schema("/api/proxy/auth/otp/verify", "POST", 201)),
    (WalletBalance, SCHEMAS["WalletBalance"]),
    (Transaction, SCHEMAS["Transaction"]),
    (TransactionDescription, SCHEMAS["Transaction"]["properties"]["description"]),
    (TransactionsPage, SCHEMAS["TransactionsPage"]),
    (WithdrawResult, response_schema("/api/wallet/withdraw", "POST", 200)),
]


def json_types(schema: dict[str, Any]) -> set[str]:
    schema = deref(schema)
    if "anyOf" in schema:
        return set().union(*(json_types(s) for s in schema["anyOf"]))
    if "allOf" in schema:
        return set().union(*(json_types(s) for s in schema["allOf"]))
    kind = schema.get("type", "object")
    types = set(kind) if isinstance(kind, list) else {kind}
    return types | ({"number"} if "integer" in types else set())


@pytest.mark.parametrize(("model", "doc"), MODEL_SCHEMAS, ids=lambda m: getattr(m, "__name__", ""))
def test_each_client_model_reads_the_documented_fields_with_their_types(model, doc):
    mine = json_schema(model)
    mine_props, doc_props = mine["properties"], doc["properties"]
    # Every field the client reads is documented, with a type the document allows.
    for name, prop in mine_props.items():
        assert name in doc_props, f"{model.__name__}.{name} is not in the document"
        doc_types = json_types(doc_props[name])
        if "$ref" in prop and "$defs" in mine:
            prop = mine["$defs"][prop["$ref"].rsplit("/", 1)[1]]
        assert doc_types & json_types(prop), f"{model.__name__}.{name}: {prop} vs {doc_types}"
    # What the client requires, the document requires too.
    assert set(mine.get("required", [])) <= set(doc.get("required", []))


def test_the_register_model_refuses_what_the_document_refuses():
    assert not is_valid(SCHEMAS["CodeSent"], {"authCode": 2735, "isNewUser": True})
    with pytest.raises(UnexpectedResponseError, match="authCode"):
        validate(RegisterResult, {"authCode": 2735, "isNewUser": True})
    good = {"authCode": "2735", "isNewUser": True}
    assert is_valid(SCHEMAS["CodeSent"], good)
    assert validate(RegisterResult, good).auth_code == "2735"


def client_bodies(
    run: Callable[[Coroutine[Any, Any, None]], None],
    encoding: CodeEncoding,
    otp: str,
    auth_code: str = "2735",
) -> list[dict[str, Any]]:
    """The JSON bodies the real client sends for register and verify."""
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        if request.url.path.endswith("/verify"):
            return httpx.Response(201, json={"message": "ok"})
        return httpx.Response(200, json={"authCode": auth_code, "isNewUser": True})

    async def talk() -> None:
        client = RewardsClient(
            "http://api.invalid",
            Credentials("id", "secret", "jwt"),
            code_encoding=encoding,
            transport=httpx.MockTransport(answer),
        )
        async with client:
            sent_code = await client.register(PhoneNumber.of("9876543219", "+91"))
            await client.verify(PhoneNumber.of("9876543219", "+91"), sent_code.auth_code, otp)

    run(talk())  # on a loop of its own: the Qt tests' loop runs for the whole session
    return sent


def test_the_client_sends_the_documented_bodies(run):
    register, verify = client_bodies(run, CodeEncoding.NUMBER, "596097")
    assert is_valid(SCHEMAS["PhoneBody"], register)
    assert is_valid(SCHEMAS["VerifyBody"], verify)
    assert verify["otp"] == 596097


def test_a_leading_zero_authcode_is_never_sent_as_a_corrupted_number(run):
    # The authCode "0735" cannot be the documented number without losing its 0:
    # the number mode refuses, the auto mode sends the digits as a string (the
    # one documented deviation, which the sandbox accepts).
    with pytest.raises(CodeNotRepresentableError):
        client_bodies(run, CodeEncoding.NUMBER, "596097", auth_code="0735")
    _, verify = client_bodies(run, CodeEncoding.AUTO, "596097", auth_code="0735")
    assert verify["authCode"] == "0735"
    assert verify["otp"] == 596097


# --- the sandbox's answers and validation --------------------------------------------------


def check(response: httpx.Response, path: str, method: str) -> None:
    schema = response_schema(path, method, response.status_code)
    assert is_valid(schema, response.json()), (path, response.status_code, response.text)


REGISTER = "/api/proxy/auth/otp/register"
RESEND = "/api/proxy/auth/otp/resend"
VERIFY = "/api/proxy/auth/otp/verify"


def test_every_sandbox_answer_matches_the_document(
    sandbox: EmbeddedSandbox, creds, clock: ManualClock
):
    base = sandbox.base_url
    h = {
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
    body = {"phone_number": "9876543219", "countryCode": "+91"}
    post = lambda path, b=None, **kw: httpx.post(base + path, json=b, headers={**h, **kw})  # noqa: E731
    check(post(REGISTER, body), REGISTER, "POST")
    too_soon = post(RESEND, body)
    check(too_soon, RESEND, "POST")
    assert too_soon.status_code == 429
    assert is_valid(
        DOC["components"]["headers"]["RetryAfter"]["schema"], too_soon.headers["Retry-After"]
    )
    clock.advance(30)
    check(post(RESEND, body), RESEND, "POST")
    sent = latest_message(base)
    wrong = {**body, "authCode": int(sent["authCode"]), "otp": (int(sent["otp"]) + 1) % 10**6}
    check(post(VERIFY, wrong), VERIFY, "POST")
    right = post(VERIFY, {**wrong, "otp": int(sent["otp"])})
    assert right.status_code == 201
    check(right, VERIFY, "POST")
    check(post(REGISTER, {"phone_number": "1"}), REGISTER, "POST")
    check(httpx.post(base + REGISTER, json=body), REGISTER, "POST")  # 401
    check(post(REGISTER, None, **{"Content-Type": "application/json"}), REGISTER, "POST")
    for path in ("/api/wallet/balance", "/api/wallet/transactions/list"):
        check(httpx.get(base + path, headers=h), path, "GET")
        check(httpx.get(base + path), path, "GET")  # 401
    page = httpx.get(
        base + "/api/wallet/transactions/list", params={"last_evaluated_key": "x"}, headers=h
    )
    check(page, "/api/wallet/transactions/list", "GET")
    check(post("/api/wallet/withdraw"), "/api/wallet/withdraw", "POST")
    check(post("/api/wallet/withdraw"), "/api/wallet/withdraw", "POST")  # 400


@pytest.mark.parametrize(
    "body",
    [
        {"phone_number": "9876543219", "countryCode": "+91"},
        {"phone_number": "09876543219", "countryCode": "+91"},
        {"phone_number": "2015550124", "countryCode": "+1", "extra": [1]},
        {"phone_number": 9876543219, "countryCode": "+91"},
        {"phone_number": "9876543219", "countryCode": 91},
        {"phone_number": "98765 43219", "countryCode": "+91"},
        {"phone_number": "9876543219", "countryCode": "+091"},
        {"phone_number": "9" * 18, "countryCode": "+91"},
        {"phone_number": "", "countryCode": "+91"},
        {"countryCode": "+91"},
        {"phone_number": "9876543219"},
        ["9876543219", "+91"],
    ],
)
def test_the_sandbox_refuses_exactly_the_bodies_the_document_refuses(sandbox, creds, body):
    h = {
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
    answer = httpx.post(sandbox.base_url + REGISTER, json=body, headers=h)
    assert (answer.status_code == 200) == is_valid(SCHEMAS["PhoneBody"], body), answer.text


@pytest.mark.parametrize(
    "codes",
    [
        {"authCode": 1234, "otp": 123456},
        {"authCode": 0, "otp": 12345},
        {"authCode": 9999999999, "otp": 9999999999},
        {"authCode": 10000000000, "otp": 1},
        {"authCode": -1, "otp": 1},
        {"authCode": 1.5, "otp": 1},
        {"authCode": True, "otp": 1},
        {"authCode": None, "otp": 1},
        {"authCode": 1},
        {"otp": 1},
    ],
)
def test_the_sandbox_checks_verify_codes_as_the_document_does(sandbox, creds, codes):
    h = {
        "clientID": creds.client_id,
        "clientSecret": creds.client_secret,
        "user-jwt-token": creds.user_jwt,
    }
    body = {"phone_number": "9876543219", "countryCode": "+91", **codes}
    answer = httpx.post(sandbox.base_url + VERIFY, json=body, headers=h)
    assert answer.status_code == 400
    refused_as_invalid = answer.json()["code"] == "INVALID_REQUEST"
    assert refused_as_invalid != is_valid(SCHEMAS["VerifyBody"], body), answer.text
