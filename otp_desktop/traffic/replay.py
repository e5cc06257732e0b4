"""Replay recorded exchanges on another environment, in order, chained.

register and resend give the authCode for the verify that follows; the
code comes from a CodeSource (the sandbox's inbox, or the tester typing
it). A verify the session saw refused is replayed with a wrong code on
purpose, so the replay walks the same path. Each row compares the old and
new status, duration and the answer's shape. The caller confirms the list
first: nothing here asks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from otp_desktop.api.client import RewardsClient
from otp_desktop.api.errors import ApiError
from otp_desktop.api.exchange import Exchange
from otp_desktop.phone import PhoneNumber
from otp_desktop.sandbox_admin import SandboxAdmin, SandboxAdminError
from otp_desktop.traffic.shape import shape, shape_changes
from otp_desktop.traffic.steps import (
    PAGE_KEY,
    SENDS_CODE,
    Step,
    phone_of,
    query_of,
    refused_verify,
    step_of,
    wrong_code,
)

CodeSource = Callable[[PhoneNumber, str], Awaitable[str | None]]
"""(phone, authCode) -> the code sent with that authCode, or None to skip."""


@dataclass
class ReplayRow:
    old: Exchange
    step: Step
    new: Exchange | None = None
    problem: str = ""
    """Why there is no new answer (skipped, or failed before sending)."""
    note: str = ""
    changes: list[str] = field(default_factory=list)

    @property
    def request(self) -> str:
        return f"{self.old.method} {self.old.path.split('?', 1)[0]}"

    @property
    def same_status(self) -> bool:
        return self.new is not None and self.new.status == self.old.status


def is_post(exchange: Exchange) -> bool:
    return exchange.method.upper() != "GET"


class Replayer:
    def __init__(self, client: RewardsClient, codes: CodeSource) -> None:
        self.client = client
        self.codes = codes
        self._auth: dict[PhoneNumber, str] = {}
        self._code_for: dict[str, str] = {}  # authCode -> code: ask once per code sent
        self._page_key = ""
        self._sent: list[Exchange] = []
        client.add_exchange_hook(self._sent.append)

    async def run(
        self, exchanges: Sequence[Exchange], on_row: Callable[[ReplayRow], None]
    ) -> list[ReplayRow]:
        rows = []
        for old in exchanges:
            row = ReplayRow(old, step_of(old))
            before = len(self._sent)
            try:
                await self._one(row)
            except ApiError as exc:  # a refused answer is a result, not a failure
                row.problem = "" if len(self._sent) > before else exc.user_message
            if len(self._sent) > before:
                row.new = self._sent[-1]
                row.changes = shape_changes(shape(old.response_body), shape(row.new.response_body))
            rows.append(row)
            on_row(row)
        return rows

    async def _one(self, row: ReplayRow) -> None:
        step, old = row.step, row.old
        phone = phone_of(old)
        if step in SENDS_CODE and phone:
            send = self.client.register if step is Step.REGISTER else self.client.resend
            self._auth[phone] = (await send(phone)).auth_code
        elif step is Step.VERIFY and phone:
            await self._verify(row, phone)
        elif step is Step.BALANCE:
            await self.client.wallet_balance()
        elif step is Step.TRANSACTIONS:
            key = self._page_key if PAGE_KEY in query_of(old) else ""
            self._page_key = (await self.client.wallet_transactions(key)).last_evaluated_key
        elif step is Step.WITHDRAW:
            await self.client.withdraw()
        else:
            row.problem = "Not replayed: not one of the documented requests."

    async def _verify(self, row: ReplayRow, phone: PhoneNumber) -> None:
        auth = self._auth.get(phone)
        if auth is None:
            row.problem = "Not replayed: no register or resend for this number came before it."
            return
        code = self._code_for.get(auth) or await self.codes(phone, auth)
        if not code:
            row.problem = "Not replayed: no code was given."
            return
        self._code_for[auth] = code
        if refused_verify(row.old):
            code = wrong_code(code)
            row.note = "A wrong code, as in the session."
        await self.client.verify(phone, auth, code)


class SandboxInbox:
    """A CodeSource reading the sandbox's inbox (sandbox targets only)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    async def __call__(self, phone: PhoneNumber, auth_code: str) -> str | None:
        try:
            async with SandboxAdmin(self.base_url) as admin:
                messages = await admin.messages()
        except SandboxAdminError:
            return None  # no inbox: the step says no code was given
        wanted = (phone.national_digits, phone.country_code, auth_code)
        for message in messages:
            if (
                message.get("phone_number"),
                message.get("countryCode"),
                message.get("authCode"),
            ) == wanted:
                return str(message.get("otp", "")) or None
        return None
