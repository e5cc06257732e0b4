"""The partner credentials and the user's token, checked as header values.

They travel in HTTP headers, which carry only visible ASCII. A value pasted
from an email often brings a space or a line break along: those around the
value are trimmed (and the caller says so); a character inside that no
header can carry is refused with a message naming the field, before any
request, and without quoting the value.
"""

from __future__ import annotations

from dataclasses import dataclass

FIELD_LABELS = {"client_id": "client ID", "client_secret": "client secret", "user_jwt": "user JWT"}


class CredentialProblem(ValueError):
    """A credential that cannot be sent; the message names the field."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Credentials:
    client_id: str = ""
    client_secret: str = ""
    user_jwt: str = ""

    def __repr__(self) -> str:  # never print the secrets, even in a traceback
        return (
            f"Credentials(client_id={self.client_id!r}, client_secret=«masked», user_jwt=«masked»)"
        )


def header_value_problem(label: str, value: str) -> str:
    """Why `value` cannot be sent as a header, naming the field, or ''."""
    for position, char in enumerate(value, start=1):
        if char not in " \t" and not (char.isascii() and char.isprintable()):
            return (
                f"The {label} contains a character that cannot be sent in a header "
                f"(a control or non-ASCII character at position {position}). "
                f"Copy the {label} again from its source, or type it."
            )
    return ""


def clean_header_value(label: str, value: str) -> tuple[str, bool]:
    """The value trimmed, and whether anything was trimmed; refuses what no
    header can carry (CredentialProblem)."""
    trimmed = value.strip()
    problem = header_value_problem(label, trimmed)
    if problem:
        raise CredentialProblem(label, problem)
    return trimmed, trimmed != value


def trim_credentials(credentials: Credentials) -> tuple[Credentials, list[str]]:
    """Credentials with surrounding whitespace trimmed, and a note per field
    trimmed. Never refuses: check_credentials does, naming the field."""
    values = {name: getattr(credentials, name) for name in FIELD_LABELS}
    notes = [trimmed_note(FIELD_LABELS[n]) for n, v in values.items() if v != v.strip()]
    return Credentials(**{n: v.strip() for n, v in values.items()}), notes


def clean_credentials(credentials: Credentials) -> tuple[Credentials, list[str]]:
    """trim_credentials, then CredentialProblem for a character no header can carry."""
    cleaned, notes = trim_credentials(credentials)
    check_credentials(cleaned)
    return cleaned, notes


def trimmed_note(label: str) -> str:
    return f"Spaces or line breaks around the {label} were removed."


def check_credentials(credentials: Credentials) -> None:
    """Refuse (CredentialProblem) credentials the client must never send."""
    for name, label in FIELD_LABELS.items():
        value = getattr(credentials, name)
        problem = header_value_problem(label, value)
        if not problem and value != value.strip():
            problem = (
                f"The {label} starts or ends with a space or line break. "
                f"Copy the {label} again from its source, or type it."
            )
        if problem:
            raise CredentialProblem(label, problem)
