"""Export a session as a Postman collection (v2.1) that newman runs.

Everything secret or environment-specific is a variable, named as the API
documentation names the base URL: `{{rewards_system_url}}`, `{{clientID}}`,
`{{clientSecret}}`, `{{userJwt}}`, `{{authCode}}`, `{{otp}}`. The requests
are built from masked exchanges, and the finished text goes through the
masking module once more with the environment's secrets, so no secret
value can be written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from otp_desktop.api.codes import CodeEncoding
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.masking import mask_text
from otp_desktop.traffic import postman_scripts as js
from otp_desktop.traffic.shape import shape
from otp_desktop.traffic.steps import (
    PAGE_KEY,
    SENDS_CODE,
    Step,
    json_body,
    phone_of,
    query_of,
    refused_verify,
    split_url,
    step_of,
)

SCHEMA = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
BASE = "{{rewards_system_url}}"
HEADER_VARIABLES = {
    "clientid": "clientID",
    "clientsecret": "clientSecret",
    "user-jwt-token": "userJwt",
}
_PLAIN_HEADERS = {"content-type", "accept"}
SECRET_VARIABLES = ("clientSecret", "userJwt", "authCode", "otp")
COLLECTION_SUFFIX = ".postman_collection.json"
ENVIRONMENT_SUFFIX = ".postman_environment.json"
INBOX_PATH = "/__sandbox/messages"


@dataclass(frozen=True, slots=True)
class ExportSource:
    """Where the session ran: what the environment file and the chaining need."""

    name: str
    base_url: str
    client_id: str = ""
    sandbox: bool = False
    code_format: CodeEncoding = CodeEncoding.AUTO


def _headers(exchange: Exchange) -> list[dict[str, str]]:
    out = []
    for name, value in exchange.request_headers:
        variable = HEADER_VARIABLES.get(name.lower())
        if variable:
            out.append({"key": name, "value": "{{" + variable + "}}"})
        elif name.lower() in _PLAIN_HEADERS:
            out.append({"key": name, "value": value})
    return out


def _url(exchange: Exchange, step: Step, source: ExportSource) -> dict[str, Any]:
    base, rest = split_url(exchange)
    path = rest.split("?", 1)[0]
    query = query_of(exchange)
    if step is Step.TRANSACTIONS and PAGE_KEY in query:
        query[PAGE_KEY] = "{{" + PAGE_KEY + "}}"  # the previous page's answer, chained
    # Another host (an imported file's) stays as it is: it is not the environment's.
    same_host = step is not Step.OTHER or base.rstrip("/") == source.base_url.rstrip("/")
    host = BASE if same_host else base
    raw = host + path
    if query:
        raw += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return {
        "raw": raw,
        "host": [host],
        "path": [p for p in path.split("/") if p],
        "query": [{"key": k, "value": v} for k, v in query.items()],
    }


def _number_and_country(exchange: Exchange) -> tuple[str, str]:
    phone = phone_of(exchange)
    return (phone.national_digits, phone.country_code) if phone else ("", "")


def _verify_body(exchange: Exchange) -> str:
    number, country = _number_and_country(exchange)
    return (
        "{\n"
        f'    "phone_number": {json.dumps(number)},\n'
        f'    "countryCode": {json.dumps(country)},\n'
        '    "authCode": {{authCode}},\n'
        '    "otp": {{otp}}\n'
        "}"
    )


def _body(exchange: Exchange, step: Step) -> dict[str, Any] | None:
    if step is Step.VERIFY:
        raw = _verify_body(exchange)
    elif exchange.request_body:
        data = json_body(exchange.request_body)
        raw = json.dumps(data, indent=4) if data is not None else exchange.request_body
    else:
        return None
    return {"mode": "raw", "raw": raw, "options": {"raw": {"language": "json"}}}


def _tests(exchange: Exchange, step: Step) -> list[str]:
    # An imported request may come without an answer: nothing seen, nothing asserted.
    status = exchange.status
    lines = js.status_check(status) if status is not None else []
    seen = shape(exchange.response_body)
    if seen:
        lines += js.shape_check(seen)
    ok = status is None or 200 <= status < 300
    if ok and step in SENDS_CODE:
        lines += js.store_auth_code()
    body = json_body(exchange.response_body)
    if (
        ok
        and step is Step.VERIFY
        and isinstance(body, dict)
        and isinstance(body.get("message"), str)
    ):
        lines += js.message_check(body["message"])
    if ok and step is Step.TRANSACTIONS:
        lines += js.store_page_key(PAGE_KEY)
    return lines


def _event(listen: str, lines: list[str]) -> dict[str, Any]:
    return {"listen": listen, "script": {"type": "text/javascript", "exec": lines}}


def _request_item(exchange: Exchange, source: ExportSource) -> dict[str, Any]:
    step = step_of(exchange)
    name = f"{step.value}: {exchange.method} {exchange.path.split('?', 1)[0]}"
    request: dict[str, Any] = {
        "method": exchange.method,
        "header": _headers(exchange),
        "url": _url(exchange, step, source),
    }
    body = _body(exchange, step)
    if body is not None:
        request["body"] = body
    events = [_event("test", _tests(exchange, step))]
    if step is Step.VERIFY:
        wrong = refused_verify(exchange)
        if wrong:
            name += " (a wrong code, as in the session)"
        hint = (
            "register and the sandbox's inbox set it."
            if source.sandbox
            else "pass it with --env-var otp=CODE."
        )
        events.insert(
            0,
            _event("prerequest", js.verify_prerequest(source.code_format, wrong=wrong, hint=hint)),
        )
    return {"name": name, "event": events, "request": request}


def _inbox_item(exchange: Exchange) -> dict[str, Any]:
    number, country = _number_and_country(exchange)
    return {
        "name": "sandbox inbox: the code sent",
        "event": [_event("test", js.status_check(200) + js.store_code_from_inbox(country))],
        "request": {
            "method": "GET",
            "header": [],
            "url": {
                "raw": f"{BASE}{INBOX_PATH}?phone_number={number}",
                "host": [BASE],
                "path": ["__sandbox", "messages"],
                "query": [{"key": "phone_number", "value": number}],
            },
            "description": "Added by the export: keeps the code the sandbox sent in otp.",
        },
    }


def _description(source: ExportSource, left_out: int) -> str:
    lines = [
        f"Exported by otp-desktop from a session on the environment {source.name!r}.",
        "Variables: rewards_system_url, clientID, clientSecret, userJwt "
        "(register and resend keep authCode from their answers).",
    ]
    if source.sandbox:
        lines.append("The code comes from the sandbox's inbox (GET /__sandbox/messages).")
    else:
        lines.append(
            "The code arrives by SMS: pass it to the runner, "
            "newman run COLLECTION --env-var otp=CODE (one code per run)."
        )
    lines.append(
        "Run: newman run COLLECTION -e ENVIRONMENT_FILE "
        "--env-var clientSecret=... --env-var userJwt=..."
    )
    if left_out:
        lines.append(f"{left_out} request(s) without an answer were left out.")
    return "\n".join(lines)


def collection(
    exchanges: Iterable[Exchange], source: ExportSource, title: str = ""
) -> dict[str, Any]:
    masked = [e.masked() for e in exchanges]
    # A request that got no answer (timeout, dropped) has nothing to check.
    answered = [e for e in masked if e.status is not None or not e.error]
    items: list[dict[str, Any]] = []
    code_sent = True  # read the inbox before the first verify, then after each send
    for exchange in answered:
        step = step_of(exchange)
        if source.sandbox and exchange.path.startswith(INBOX_PATH):
            continue  # an imported inbox read: the export adds its own where needed
        if source.sandbox and step is Step.VERIFY and code_sent:
            items.append(_inbox_item(exchange))
            code_sent = False
        code_sent = code_sent or step in SENDS_CODE
        items.append(_request_item(exchange, source))
    title = title or f"otp-desktop session on {source.name}"
    return {
        "info": {
            "_postman_id": str(uuid.uuid5(uuid.NAMESPACE_URL, "otp-desktop/" + title)),
            "name": title,
            "description": _description(source, len(masked) - len(answered)),
            "schema": SCHEMA,
        },
        "item": items,
    }


def environment(source: ExportSource, title: str = "") -> dict[str, Any]:
    """The matching environment: the variable names, and no secret value."""
    plain = {"rewards_system_url": source.base_url.rstrip("/"), "clientID": source.client_id}
    values = [{"key": k, "value": v, "type": "default", "enabled": True} for k, v in plain.items()]
    values += [{"key": k, "value": "", "type": "secret", "enabled": True} for k in SECRET_VARIABLES]
    values.append({"key": PAGE_KEY, "value": "", "type": "default", "enabled": True})
    name = title or source.name
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "otp-desktop-environment/" + name)),
        "name": name,
        "values": values,
        "_postman_variable_scope": "environment",
    }


def environment_path(collection_path: Path) -> Path:
    name = collection_path.name
    stem = (
        name.removesuffix(COLLECTION_SUFFIX)
        if name.endswith(COLLECTION_SUFFIX)
        else collection_path.stem
    )
    return collection_path.with_name(stem + ENVIRONMENT_SUFFIX)


def to_text(data: dict[str, Any], known_secrets: Sequence[str] = ()) -> str:
    """JSON text with any known secret masked, should one have slipped through."""
    return mask_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", known_secrets)


def write_export(
    path: Path,
    exchanges: Iterable[Exchange],
    source: ExportSource,
    known_secrets: Sequence[str] = (),
    title: str = "",
) -> tuple[Path, int]:
    """Write the collection and its environment file; (environment path, requests)."""
    data = collection(exchanges, source, title)
    env_path = environment_path(path)
    path.write_text(to_text(data, known_secrets), encoding="utf-8")
    env_path.write_text(to_text(environment(source, title), known_secrets), encoding="utf-8")
    return env_path, len(data["item"])
