"""The documented endpoints' paths, written once: the client calls them and
the traffic tools (replay, Postman export, import) recognise them."""

from __future__ import annotations

from enum import StrEnum


class Endpoint(StrEnum):
    REGISTER = "/api/proxy/auth/otp/register"
    RESEND = "/api/proxy/auth/otp/resend"
    VERIFY = "/api/proxy/auth/otp/verify"
    BALANCE = "/api/wallet/balance"
    TRANSACTIONS = "/api/wallet/transactions/list"
    WITHDRAW = "/api/wallet/withdraw"
