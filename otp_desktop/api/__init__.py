"""Async client of the rewards API (no Qt, no knowledge of the sandbox)."""

from otp_desktop.api.client import Credentials, RewardsClient, Timeouts
from otp_desktop.api.codes import CodeEncoding, CodeNotRepresentableError
from otp_desktop.api.errors import (
    ApiError,
    HttpStatusError,
    NetworkError,
    RequestTimeoutError,
    UnexpectedResponseError,
)
from otp_desktop.api.exchange import Exchange
from otp_desktop.api.models import (
    RegisterResult,
    Transaction,
    TransactionsPage,
    VerifyResult,
    WalletBalance,
    WithdrawResult,
)

__all__ = [
    "ApiError",
    "CodeEncoding",
    "CodeNotRepresentableError",
    "Credentials",
    "Exchange",
    "HttpStatusError",
    "NetworkError",
    "RegisterResult",
    "RequestTimeoutError",
    "RewardsClient",
    "Timeouts",
    "Transaction",
    "TransactionsPage",
    "UnexpectedResponseError",
    "VerifyResult",
    "WalletBalance",
    "WithdrawResult",
]
