"""The JavaScript of the exported Postman requests: checks and chaining.

Each request asserts what the session saw that matters (the status, the
answer's shape, the verify message), so a changed server fails the run.
Only names and JSON types are written, never a value from the session.
"""

from __future__ import annotations

import json

from otp_desktop.api.codes import CodeEncoding
from otp_desktop.traffic.shape import Shape

_KIND = 'function kind(v) { return v === null ? "null" : Array.isArray(v) ? "array" : typeof v; }'


def status_check(status: int) -> list[str]:
    return [
        f'pm.test("status is {status}", function () {{',
        f"    pm.response.to.have.status({status});",
        "});",
    ]


def shape_check(seen: Shape) -> list[str]:
    # A field that was null may well be filled next time: only typed fields are checked.
    expected = {key: kind for key, kind in seen.items() if kind != "null"}
    if not expected:
        return []
    return [
        _KIND,
        f"var expected = {json.dumps(expected, sort_keys=True)};",
        'pm.test("the answer has the fields and types the session saw", function () {',
        "    var json = pm.response.json();",
        "    Object.keys(expected).forEach(function (path) {",
        '        var parts = path.split("[].");',
        "        var value = json[parts[0]];",
        "        if (parts.length > 1) {",
        "            if (!Array.isArray(value) || value.length === 0) { return; }",
        "            value = value[0][parts[1]];",
        "        }",
        "        pm.expect(kind(value), path).to.eql(expected[path]);",
        "    });",
        "});",
    ]


def message_check(message: str) -> list[str]:
    return [
        'pm.test("the message is the one the session saw", function () {',
        f"    pm.expect(pm.response.json().message).to.eql({json.dumps(message)});",
        "});",
    ]


def store_auth_code() -> list[str]:
    return [
        'pm.test("authCode is a string of digits, kept for verify", function () {',
        "    var authCode = pm.response.json().authCode;",
        '    pm.expect(authCode).to.be.a("string").and.match(/^[0-9]+$/);',
        '    pm.environment.set("authCode", authCode);',
        "});",
    ]


def store_page_key(key: str) -> list[str]:
    return [f'pm.environment.set("{key}", pm.response.json().{key} || "");']


def store_code_from_inbox(country_code: str) -> list[str]:
    return [
        'pm.test("the sandbox sent a code, kept for verify", function () {',
        "    var sent = pm.response.json().messages.filter(function (m) {",
        f"        return m.countryCode === {json.dumps(country_code)};",
        "    });",
        '    pm.expect(sent, "messages").to.not.be.empty;',
        "    pm.expect(sent[0].otp).to.match(/^[0-9]+$/);",
        '    pm.environment.set("otp", sent[0].otp);',
        "});",
    ]


_ENCODE = {
    CodeEncoding.AUTO: "/^0[0-9]/.test(value) ? JSON.stringify(value) : value",
    CodeEncoding.NUMBER: "value",
    CodeEncoding.STRING: "JSON.stringify(value)",
}


def verify_prerequest(encoding: CodeEncoding, *, wrong: bool, hint: str) -> list[str]:
    """Put authCode and otp into the body with the environment's code format.

    The body reads `"authCode": {{authCode}}`; this script sets the local
    variables of those names (local ones win over the environment's) to the
    JSON text the format asks for, as the app's client does.
    """
    lines = [
        f"// Code format {encoding.value!r}: a JSON number as documented"
        + {
            CodeEncoding.AUTO: ", a code with a leading zero as a string of digits.",
            CodeEncoding.NUMBER: " always.",
            CodeEncoding.STRING: "; here always a string of digits.",
        }[encoding],
        "function read(name) {",
        '    return String(pm.environment.get(name) || pm.iterationData.get(name) || "");',
        "}",
        '["authCode", "otp"].forEach(function (name) {',
        "    var value = read(name);",
        "    if (!/^[0-9]+$/.test(value)) {",
        f"        throw new Error(name + {json.dumps(' is not set: ' + hint)});",
        "    }",
    ]
    if wrong:
        lines += [
            "    // The session tried a wrong code here: so does this run.",
            '    if (name === "otp") {',
            "        var next = String((Number(value) + 1) % Math.pow(10, value.length));",
            '        value = ("0".repeat(value.length) + next).slice(-value.length);',
            "    }",
        ]
    lines += [f"    pm.variables.set(name, {_ENCODE[encoding]});", "});"]
    return lines
