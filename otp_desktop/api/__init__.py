"""Async client of the rewards API (no Qt, no knowledge of the sandbox).

Names are loaded on first use (PEP 562), so `otp_desktop.api.errors` or
`.masking` can be imported before the first paint without paying for httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from otp_desktop.lazy_names import lazy_names

_EXPORTS = {
    "Credentials": "credentials",
    "RewardsClient": "client",
    "Timeouts": "timeouts",
    "CodeEncoding": "codes",
    "CodeNotRepresentableError": "codes",
    "ApiError": "errors",
    "HttpStatusError": "errors",
    "NetworkError": "errors",
    "RequestTimeoutError": "errors",
    "UnexpectedResponseError": "errors",
    "Exchange": "exchange",
    "RegisterResult": "models",
    "Transaction": "models",
    "TransactionsPage": "models",
    "VerifyResult": "models",
    "WalletBalance": "models",
    "WithdrawResult": "models",
}

__all__ = sorted(_EXPORTS)


__getattr__ = lazy_names(__name__, _EXPORTS)


if TYPE_CHECKING:  # `X as X`: an explicit re-export for mypy
    from otp_desktop.api.client import RewardsClient as RewardsClient
    from otp_desktop.api.codes import CodeEncoding as CodeEncoding
    from otp_desktop.api.codes import CodeNotRepresentableError as CodeNotRepresentableError
    from otp_desktop.api.credentials import Credentials as Credentials
    from otp_desktop.api.errors import ApiError as ApiError
    from otp_desktop.api.errors import HttpStatusError as HttpStatusError
    from otp_desktop.api.errors import NetworkError as NetworkError
    from otp_desktop.api.errors import RequestTimeoutError as RequestTimeoutError
    from otp_desktop.api.errors import UnexpectedResponseError as UnexpectedResponseError
    from otp_desktop.api.exchange import Exchange as Exchange
    from otp_desktop.api.models import RegisterResult as RegisterResult
    from otp_desktop.api.models import Transaction as Transaction
    from otp_desktop.api.models import TransactionsPage as TransactionsPage
    from otp_desktop.api.models import VerifyResult as VerifyResult
    from otp_desktop.api.models import WalletBalance as WalletBalance
    from otp_desktop.api.models import WithdrawResult as WithdrawResult
    from otp_desktop.api.timeouts import Timeouts as Timeouts
