"""The one place that hides secrets.

The inspector, the cURL and HAR exports, the log filter and the crash report
all call these functions, so a secret masked in one is masked in all.
Secret values: the `clientSecret` and `user-jwt-token` headers and the `otp`
body field (docs/architecture.md, "Secrets").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

MASK = "«masked»"

SECRET_HEADERS = frozenset({"clientsecret", "user-jwt-token"})
SECRET_BODY_FIELDS = frozenset({"otp"})

# A JWT anywhere in free text (log lines, tracebacks): three base64url parts.
_JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")


def is_secret_header(name: str) -> bool:
    return name.lower() in SECRET_HEADERS


def mask_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Header pairs with every secret header's value replaced by MASK."""
    return [(k, MASK if is_secret_header(k) else v) for k, v in headers]


def _mask_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: (MASK if k.lower() in SECRET_BODY_FIELDS else _mask_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_mask_json(v) for v in value]
    return value


def mask_body(body: str) -> str:
    """A JSON body with secret fields masked; other text has JWTs masked.

    The key order and the JSON formatting are kept as far as json allows, so
    the masked body still reads like the one on the wire.
    """
    try:
        parsed = json.loads(body)
    except ValueError:
        return mask_text(body)
    if not isinstance(parsed, dict | list):
        return mask_text(body)
    return json.dumps(_mask_json(parsed), ensure_ascii=False)


def mask_text(text: str, known_secrets: Iterable[str] = ()) -> str:
    """Free text with JWT-looking tokens and the given secret values masked."""
    out = _JWT_RE.sub(MASK, text)
    for secret in sorted({s for s in known_secrets if s}, key=len, reverse=True):
        # Short values (a 4-digit code) would mask unrelated digits; secrets
        # this module handles are at least 6 characters.
        if len(secret) >= 6:
            out = out.replace(secret, MASK)
    return out


def mask_phone(national_digits: str, country_code: str) -> str:
    """`+91 ******3219`: enough for a ticket, not enough to call the user."""
    tail = national_digits[-4:]
    return f"{country_code} {'*' * max(0, len(national_digits) - 4)}{tail}"
