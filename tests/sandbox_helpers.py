"""Helpers for tests that talk to a real sandbox over loopback."""

from __future__ import annotations

from typing import Any

import httpx

from otp_desktop.api import Credentials

PHONE = "9876543219"
CC = "+91"


def dev_get(base_url: str, path: str, **params: str) -> Any:
    response = httpx.get(f"{base_url}/__sandbox/{path}", params=params, timeout=5)
    response.raise_for_status()
    return response.json()


def dev_post(base_url: str, path: str, body: Any) -> Any:
    response = httpx.post(f"{base_url}/__sandbox/{path}", json=body, timeout=5)
    response.raise_for_status()
    return response.json()


def add_fault(base_url: str, **fault: Any) -> None:
    dev_post(base_url, "faults", fault)


def clear_faults(base_url: str) -> None:
    httpx.delete(f"{base_url}/__sandbox/faults", timeout=5).raise_for_status()


def credentials(base_url: str, user: str = "sandbox-user-1") -> Credentials:
    data = dev_get(base_url, "credentials", user=user)
    return Credentials(data["clientID"], data["clientSecret"], data["userJwt"])


def latest_message(base_url: str, phone: str = PHONE) -> dict[str, Any]:
    messages = dev_get(base_url, "messages", phone_number=phone)["messages"]
    assert messages, f"no code was sent to {phone}"
    return messages[0]  # type: ignore[no-any-return]


def set_rules(base_url: str, **rules: Any) -> None:
    dev_post(base_url, "rules", rules)


class RawApi:
    """The documented endpoints over plain httpx, with the demo credentials."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url
        creds = httpx.get(f"{self.base}/__sandbox/credentials", timeout=5).json()
        self.headers = {
            "Content-Type": "application/json",
            "clientID": creds["clientID"],
            "clientSecret": creds["clientSecret"],
            "user-jwt-token": creds["userJwt"],
        }

    def post(
        self,
        path: str,
        body: Any = None,
        *,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        sent = headers if headers is not None else self.headers
        if raw is not None:
            return httpx.post(self.base + path, content=raw, headers=sent)
        return httpx.post(self.base + path, json=body, headers=sent)


def wrong_code(otp: str) -> str:
    """A code of the same length that is not `otp`."""
    return f"{(int(otp) + 1) % 10**6:06d}"
