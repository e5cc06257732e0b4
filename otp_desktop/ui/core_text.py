"""Translating the plain-words messages that the Qt-free core composes.

The core (api/, flow/, profiles/) writes its messages in English, sentence
by sentence. The UI translates each sentence it knows; what it does not
know (the server's own words, quoted) stays as it is. The sentences are
listed with QT_TRANSLATE_NOOP so pyside6-lupdate extracts them.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreText"
SENTENCES: tuple[str, ...] = tuple(
    str(sentence)
    for sentence in (
        QT_TRANSLATE_NOOP("CoreText", "The request failed."),
        QT_TRANSLATE_NOOP("CoreText", "The server could not be reached."),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "Check the network connection and the environment's address, then try again.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "The server's name could not be found."),
        QT_TRANSLATE_NOOP(
            "CoreText", "Check the environment's base URL and your network or VPN, then try again."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The connection was closed before the server answered."),
        QT_TRANSLATE_NOOP("CoreText", "The connection was closed before the answer was complete."),
        QT_TRANSLATE_NOOP("CoreText", "The request may or may not have been processed."),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The request may or may not have been processed: check the result before sending it again.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "The server did not answer in time."),
        QT_TRANSLATE_NOOP("CoreText", "The server is too slow: the answer did not arrive in time."),
        QT_TRANSLATE_NOOP("CoreText", "The server's certificate could not be verified."),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "If the company's network inspects TLS, set its CA file in the environment; otherwise the server may not be who it claims.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "The server's certificate has expired."),
        QT_TRANSLATE_NOOP("CoreText", "Its owner must renew it."),
        QT_TRANSLATE_NOOP("CoreText", "The server's certificate is for another host name."),
        QT_TRANSLATE_NOOP("CoreText", "The server's certificate is not trusted by this computer."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The proxy refused the connection or could not reach the server."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "Check the proxy settings (HTTPS_PROXY, or the environment's proxy field)."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The proxy address must look like http://proxy.example.com:3128 (or 'none').",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "SOCKS proxies are not supported: use an HTTP proxy address."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The client ID contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The client secret contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The user JWT contains a character that cannot be sent in a header (a control or non-ASCII character at position %1).",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Copy the client ID again from its source, or type it."),
        QT_TRANSLATE_NOOP("CoreText", "Copy the client secret again from its source, or type it."),
        QT_TRANSLATE_NOOP("CoreText", "Copy the user JWT again from its source, or type it."),
        QT_TRANSLATE_NOOP("CoreText", "The client ID starts or ends with a space or line break."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The client secret starts or ends with a space or line break."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The user JWT starts or ends with a space or line break."),
        QT_TRANSLATE_NOOP("CoreText", "Spaces or line breaks around the client ID were removed."),
        QT_TRANSLATE_NOOP(
            "CoreText", "Spaces or line breaks around the client secret were removed."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Spaces or line breaks around the user JWT were removed."),
        QT_TRANSLATE_NOOP("CoreText", "Try again in a moment."),
        QT_TRANSLATE_NOOP("CoreText", "The server did not accept the connection in time."),
        QT_TRANSLATE_NOOP("CoreText", "Check the address and the network, then try again."),
        QT_TRANSLATE_NOOP("CoreText", "The server refused the request as invalid."),
        QT_TRANSLATE_NOOP("CoreText", "The server did not accept the credentials."),
        QT_TRANSLATE_NOOP(
            "CoreText", "Check the environment's client ID, client secret and user JWT."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The credentials are not allowed to do this."),
        QT_TRANSLATE_NOOP("CoreText", "The server does not know this address."),
        QT_TRANSLATE_NOOP("CoreText", "Check the environment's base URL."),
        QT_TRANSLATE_NOOP("CoreText", "The server reported a conflict with the current state."),
        QT_TRANSLATE_NOOP("CoreText", "The server could not process the data sent."),
        QT_TRANSLATE_NOOP("CoreText", "Too many requests."),
        QT_TRANSLATE_NOOP("CoreText", "Wait a moment and try again."),
        QT_TRANSLATE_NOOP("CoreText", "Wait %1 s and try again."),
        QT_TRANSLATE_NOOP("CoreText", "Wait %1, then try again."),
        QT_TRANSLATE_NOOP("CoreText", "The wait is over: try again."),
        QT_TRANSLATE_NOOP("CoreText", "Try again later, after %1."),
        QT_TRANSLATE_NOOP("CoreText", "The server had a problem (HTTP %1)."),
        QT_TRANSLATE_NOOP("CoreText", "Try again in a moment; if it persists, report it."),
        QT_TRANSLATE_NOOP("CoreText", "The server answered with HTTP %1."),
        QT_TRANSLATE_NOOP("CoreText", "The server sent an answer the app does not understand."),
        QT_TRANSLATE_NOOP("CoreText", "This is a server problem; the details show what arrived."),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The server accepted the request, but its answer cannot be read, so the code it "
            "sent cannot be used here.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "A code may still arrive by SMS: wait a moment before sending another."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "The server accepted the code, but its answer cannot be read."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The number may well be verified: check on the server before verifying again.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "The server said:"),
        QT_TRANSLATE_NOOP("CoreText", "The code was not accepted."),
        QT_TRANSLATE_NOOP("CoreText", "Check the SMS and type the code again."),
        QT_TRANSLATE_NOOP(
            "CoreText", "This code no longer works after too many wrong tries: send a new code."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The code has expired: send a new code."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The server holds no code for this number any more: send a new code."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Nothing is running."),
        QT_TRANSLATE_NOOP("CoreText", "A request is running: wait for it or cancel it."),
        QT_TRANSLATE_NOOP("CoreText", "No code has been sent yet."),
        QT_TRANSLATE_NOOP("CoreText", "A code was already sent."),
        QT_TRANSLATE_NOOP("CoreText", "Another code can be sent in %1."),
        QT_TRANSLATE_NOOP("CoreText", "Another code can be sent to this number in %1."),
        QT_TRANSLATE_NOOP("CoreText", "The code can be checked again in %1."),
        QT_TRANSLATE_NOOP("CoreText", "The code sent to %1 will be abandoned."),
        # Why an onboarding ended, as the history shows it (alone or in brackets).
        QT_TRANSLATE_NOOP("CoreText", "app closed"),
        QT_TRANSLATE_NOOP("CoreText", "next user"),
        QT_TRANSLATE_NOOP("CoreText", "number changed"),
        QT_TRANSLATE_NOOP("CoreText", "environment switched"),
        QT_TRANSLATE_NOOP("CoreText", "Answer the question about the withdrawal first."),
        QT_TRANSLATE_NOOP("CoreText", "The balance has not been read yet."),
        QT_TRANSLATE_NOOP("CoreText", "The earned balance is below the minimum to withdraw."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The confirmed withdrawal is sent once the wallet has been read."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The withdrawal was not sent."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The withdrawal was cancelled before it was sent: no money moved."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The environment is not connected yet."),
        QT_TRANSLATE_NOOP("CoreText", "Wait a moment, then try again."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The environment's base URL is not a valid http:// or https:// address."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "This code starts with 0, which cannot be sent as a number as the API documents.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "Set the environment's code format to 'auto' or 'string'."),
        # The inspector's notes: a row read from a file, a code sent as a string.
        QT_TRANSLATE_NOOP("CoreText", "imported from %1"),
        QT_TRANSLATE_NOOP(
            "CoreText", "authCode starts with 0: sent as a JSON string to keep every digit"
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "otp starts with 0: sent as a JSON string to keep every digit"
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The withdrawal was cancelled while it was being sent: it may or may not have happened.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "The balance below was read again; check it before withdrawing again."
        ),
        QT_TRANSLATE_NOOP("CoreText", "No user JWT is set for this environment."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The user JWT is not a JWT: it must have three parts separated by dots."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "The user JWT could not be decoded: check that it was copied whole."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The user JWT's payload is not a JSON object."),
        QT_TRANSLATE_NOOP(
            "CoreText", "Plain http:// sends the client secret and the user's token unencrypted."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText", "Use https:// for %1, or allow insecure HTTP for this environment."
        ),
        QT_TRANSLATE_NOOP("CoreText", "The history database could not be used (%1)."),
        QT_TRANSLATE_NOOP("CoreText", "It was moved to %1 and a new, empty history was started."),
        QT_TRANSLATE_NOOP("CoreText", "Onboardings are not recorded in this run."),
        QT_TRANSLATE_NOOP("CoreText", "The environments file could not be read (%1)."),
        QT_TRANSLATE_NOOP(
            "CoreText", "It was moved to %1 and the app starts without saved environments."
        ),
        QT_TRANSLATE_NOOP("CoreText", "It could not be moved aside (%1)."),
        QT_TRANSLATE_NOOP("CoreText", "Nothing is saved to %1 in this run."),
        QT_TRANSLATE_NOOP("CoreText", "The environments could not be saved (%1)."),
        QT_TRANSLATE_NOOP(
            "CoreText", "The change applies to this run only; it was not written to %1."
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "The old environments file holds client secrets that no keyring on this computer "
            "could store.",
        ),
        QT_TRANSLATE_NOOP(
            "CoreText",
            "They are used in this run, and the old file is kept at %1 until they can be stored.",
        ),
        QT_TRANSLATE_NOOP("CoreText", "expires in %1"),
        QT_TRANSLATE_NOOP("CoreText", "expired %1 ago"),
        QT_TRANSLATE_NOOP("CoreText", "never expires"),
        QT_TRANSLATE_NOOP("CoreText", "Not replayed: not one of the documented requests."),
        QT_TRANSLATE_NOOP(
            "CoreText", "Not replayed: no register or resend for this number came before it."
        ),
        QT_TRANSLATE_NOOP("CoreText", "Not replayed: no code was given."),
        QT_TRANSLATE_NOOP("CoreText", "A wrong code, as in the session."),
        QT_TRANSLATE_NOOP("CoreText", "The answer is JSON now."),
        QT_TRANSLATE_NOOP("CoreText", "The answer is no longer JSON."),
        QT_TRANSLATE_NOOP("CoreText", "Missing field: %1."),
        QT_TRANSLATE_NOOP("CoreText", "New field: %1."),
        QT_TRANSLATE_NOOP("CoreText", "Type changed: %1."),
        QT_TRANSLATE_NOOP("CoreText", "The file is larger than %1 MiB."),
        QT_TRANSLATE_NOOP("CoreText", "The file could not be read (%1)."),
        QT_TRANSLATE_NOOP("CoreText", "The file is not text (UTF-8)."),
        QT_TRANSLATE_NOOP("CoreText", "The file's JSON is nested too deeply."),
        QT_TRANSLATE_NOOP("CoreText", "The file is not JSON."),
        QT_TRANSLATE_NOOP("CoreText", "The file holds a number that is not finite or too large."),
        QT_TRANSLATE_NOOP("CoreText", "The file is not an OTP Desktop environments export."),
        QT_TRANSLATE_NOOP("CoreText", "The file has no list of environments."),
        QT_TRANSLATE_NOOP("CoreText", "Request %1 of the HAR file has no URL."),
        QT_TRANSLATE_NOOP("CoreText", "The HAR file has no list of requests (log.entries)."),
        QT_TRANSLATE_NOOP("CoreText", "The file is neither a HAR file nor a Postman collection."),
        QT_TRANSLATE_NOOP("CoreText", "The file holds no requests."),
        QT_TRANSLATE_NOOP("CoreText", "The file holds more than %1 requests."),
        QT_TRANSLATE_NOOP("CoreText", "The request %1 has no URL."),
        QT_TRANSLATE_NOOP("CoreText", "The collection's items are not objects."),
    )
)
# After a sentence's end, or after a quoted one ("...left." Check the SMS),
# and before an ending's reason in brackets ("... again. (app closed)").
_SPLIT = re.compile(r'(?:(?<=[.?!:])|(?<=[.?!]"))\s+(?=[A-Z"(])')
_REASON = re.compile(r"^\((.+)\)$")
# A span inside a sentence ("expires in 23 h") is translated with its unit.
UNITS: dict[str, str] = {
    "h": str(QT_TRANSLATE_NOOP("CoreText", "%1 h")),
    "min": str(QT_TRANSLATE_NOOP("CoreText", "%1 min")),
    "s": str(QT_TRANSLATE_NOOP("CoreText", "%1 s")),
    "day": str(QT_TRANSLATE_NOOP("CoreText", "%1 day")),
    "days": str(QT_TRANSLATE_NOOP("CoreText", "%1 days")),
}
_SPAN = re.compile(r"^(\d+) (h|min|s|days?)$")
_ARG = re.compile(r"%1")


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for english in SENTENCES:
        if "%1" in english:
            pattern = re.compile("^" + _ARG.sub("(.+?)", re.escape(english)) + "$")
            found.append((pattern, english))
    return tuple(found)


def _sentence(text: str) -> str:
    if reason := _REASON.match(text):
        return f"({_sentence(reason.group(1))})"
    if text in SENTENCES:
        return QCoreApplication.translate(CONTEXT, text)
    for pattern, english in _templates():
        match = pattern.match(text)
        if match:
            argument = match.group(1)
            if span := _SPAN.match(argument):
                unit = QCoreApplication.translate(CONTEXT, UNITS[span.group(2)])
                argument = unit.replace("%1", span.group(1))
            return QCoreApplication.translate(CONTEXT, english).replace("%1", argument)
    return text


def translate_core(message: str) -> str:
    """The message with every sentence the UI knows translated."""
    if not message:
        return message
    return " ".join(_sentence(part) for part in _SPLIT.split(message))
