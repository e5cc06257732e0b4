"""The one client of the sandbox's developer endpoints (/__sandbox/), for the
sandbox panel, the built-in environment and the self-test. Talks HTTP like
any other client: it shares no code with the sandbox itself."""

from __future__ import annotations

import types
from typing import Any

import httpx

from otp_desktop.api.credentials import Credentials
from otp_desktop.api.proxies import direct_client


class SandboxAdminError(Exception):
    """The developer endpoint refused or could not be reached."""


class SandboxAdmin:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        # The sandbox runs on loopback: never through a proxy.
        self._http = direct_client(self.base_url + "/__sandbox")

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> SandboxAdmin:
        return self

    async def __aexit__(
        self,
        _kind: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: types.TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _call(self, method: str, path: str, **kw: Any) -> Any:
        try:
            response = await self._http.request(method, path, **kw)
        except httpx.HTTPError as exc:
            raise SandboxAdminError(f"The sandbox could not be reached: {exc}") from None
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code >= 400:
            message = data.get("message") if isinstance(data, dict) else None
            raise SandboxAdminError(message or f"The sandbox answered HTTP {response.status_code}.")
        return data

    async def credentials(self) -> Credentials:
        """The demo partner credentials and a freshly minted user JWT."""
        data = await self._call("GET", "/credentials")
        try:
            return Credentials(
                str(data["clientID"]), str(data["clientSecret"]), str(data["userJwt"])
            )
        except (KeyError, TypeError):
            raise SandboxAdminError("The sandbox sent no demo credentials.") from None

    async def messages(self) -> list[dict[str, Any]]:
        data = await self._call("GET", "/messages")
        return list(data.get("messages", []))

    async def fault_listing(self) -> tuple[list[str], list[str]]:
        """The fault kinds and endpoints the sandbox itself offers."""
        data = await self._call("GET", "/")
        kinds, endpoints = data.get("fault_kinds", []), data.get("fault_endpoints", [])
        return [str(k) for k in kinds], [str(e) for e in endpoints]

    async def faults(self) -> list[dict[str, Any]]:
        return list((await self._call("GET", "/faults")).get("faults", []))

    async def add_fault(self, fault: dict[str, Any]) -> list[dict[str, Any]]:
        return list((await self._call("POST", "/faults", json=fault)).get("faults", []))

    async def clear_faults(self) -> None:
        await self._call("DELETE", "/faults")

    async def rules(self) -> dict[str, Any]:
        return dict(await self._call("GET", "/rules"))

    async def set_rules(self, changes: dict[str, Any]) -> dict[str, Any]:
        return dict(await self._call("POST", "/rules", json=changes))

    async def users(self) -> list[dict[str, Any]]:
        """Each JWT user with its numbers (verified or not) and its wallet."""
        return list((await self._call("GET", "/users")).get("users", []))

    async def set_balances(self, user_id: str, **balances: float) -> list[dict[str, Any]]:
        """earned_balance and/or bonus_balance; the wallet is opened if needed."""
        body = {"user_id": user_id, **balances}
        return list((await self._call("POST", "/users", json=body)).get("users", []))

    async def forget_user(self, user_id: str) -> list[dict[str, Any]]:
        params = {"user_id": user_id}
        return list((await self._call("DELETE", "/users", params=params)).get("users", []))

    async def forget_number(self, e164: str) -> list[dict[str, Any]]:
        params = {"e164": e164}
        return list((await self._call("DELETE", "/users", params=params)).get("users", []))

    async def requests(self, since: float | None = None) -> list[dict[str, Any]]:
        """The sandbox's request journal, newest first (bodies masked)."""
        params = {} if since is None else {"since": repr(since)}
        return list((await self._call("GET", "/requests", params=params)).get("requests", []))

    async def clear_requests(self) -> None:
        await self._call("DELETE", "/requests")

    async def reset(self) -> None:
        await self._call("POST", "/reset", json={})  # the sandbox takes JSON POSTs only
