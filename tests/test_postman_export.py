"""The Postman export's content: variables never values, chaining, code formats."""

from __future__ import annotations

import dataclasses
import json

import pytest

from otp_desktop.api import CodeEncoding, RewardsClient
from otp_desktop.api.errors import ApiError
from otp_desktop.phone import PhoneNumber
from otp_desktop.traffic.postman import ExportSource, collection, environment, write_export
from tests.newman_helpers import newman, run_newman, sandbox_variables, standalone_sandbox
from tests.sandbox_helpers import PHONE, latest_message


def record_session(run, base, creds, phone=PHONE, *, wrong_first=False, encoding=CodeEncoding.AUTO):
    recorded = []

    async def session():
        async with RewardsClient(
            base, creds, on_exchange=recorded.append, code_encoding=encoding
        ) as client:
            auth = (await client.register(PhoneNumber.of(phone, "+91"))).auth_code
            code = latest_message(base, phone)["otp"]
            if wrong_first:
                with pytest.raises(ApiError):
                    await client.verify(
                        PhoneNumber.of(phone, "+91"), auth, f"{(int(code) + 1) % 10**6:06d}"
                    )
            await client.verify(PhoneNumber.of(phone, "+91"), auth, code)
            page = await client.wallet_transactions()
            await client.wallet_transactions(page.last_evaluated_key)
        return code

    return recorded, run(session())


def test_no_secret_value_is_written_only_variables(run, sandbox, creds, tmp_path):
    exchanges, code = record_session(run, sandbox.base_url, creds, wrong_first=True)
    source = ExportSource("Sandbox", "http://127.0.0.1:8765", creds.client_id, sandbox=True)
    env_path, count = write_export(tmp_path / "s.postman_collection.json", exchanges, source)
    texts = [(tmp_path / "s.postman_collection.json").read_text(), env_path.read_text()]
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    for text in texts:
        for secret in (creds.client_secret, creds.user_jwt, code, wrong):
            assert secret not in text
    text = texts[0]
    for variable in (
        "rewards_system_url",
        "clientID",
        "clientSecret",
        "userJwt",
        "authCode",
        "otp",
    ):
        assert "{{" + variable + "}}" in text
    assert '"authCode": {{authCode}}' in json.loads(text)["item"][2]["request"]["body"]["raw"]
    # register, inbox, wrong verify, verify (the inbox is read once per code sent), 2 pages
    assert count == 6
    names = [item["name"] for item in json.loads(text)["item"]]
    assert "(a wrong code, as in the session)" in names[2]
    assert "last_evaluated_key={{last_evaluated_key}}" in text
    env = json.loads(env_path.read_text())
    secret_values = {v["key"]: v["value"] for v in env["values"] if v["type"] == "secret"}
    assert secret_values == {"clientSecret": "", "userJwt": "", "authCode": "", "otp": ""}


def test_a_secret_that_slips_into_a_body_is_masked_by_value(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    # A body echoing the client secret (a server's debug field, say).
    leaky = exchanges[0].__class__(
        method="POST",
        url=exchanges[0].url,
        request_headers=exchanges[0].request_headers,
        request_body=json.dumps({"note": creds.client_secret}),
        started_at=0.0,
        status=200,
    )
    from otp_desktop.traffic.postman import to_text

    data = collection([leaky], ExportSource("x", sandbox.base_url))
    assert creds.client_secret not in to_text(data, [creds.client_secret, creds.user_jwt])


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        (CodeEncoding.AUTO, "/^0[0-9]/.test(value) ? JSON.stringify(value) : value"),
        (CodeEncoding.NUMBER, "pm.variables.set(name, value);"),
        (CodeEncoding.STRING, "pm.variables.set(name, JSON.stringify(value));"),
    ],
)
def test_verify_writes_codes_as_the_code_format_says(run, sandbox, creds, encoding, expected):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    data = collection(exchanges, ExportSource("Env", sandbox.base_url, code_format=encoding))
    verify = next(i for i in data["item"] if i["name"].startswith("verify"))
    script = "\n".join(verify["event"][0]["script"]["exec"])
    assert expected in script


def test_a_code_with_a_leading_zero_runs_in_auto_and_fails_as_a_number(
    run, sandbox, creds, tmp_path
):
    newman()
    exchanges, code = record_session(run, sandbox.base_url, creds, phone="9999900002")
    assert code == "012345"
    results = {}
    for encoding in (CodeEncoding.AUTO, CodeEncoding.NUMBER):
        path = tmp_path / f"{encoding.value}.postman_collection.json"
        source = ExportSource("Sandbox", "http://127.0.0.1:8765", creds.client_id, True, encoding)
        env_path, _ = write_export(path, exchanges, source)
        with standalone_sandbox() as base:
            results[encoding] = run_newman(path, env_path, **sandbox_variables(base))
    assert results[CodeEncoding.AUTO].returncode == 0, results[CodeEncoding.AUTO].stdout[-3000:]
    # 012345 as a bare JSON number is not JSON: the server refuses the body.
    assert results[CodeEncoding.NUMBER].returncode != 0
    assert "but got 400" in results[CodeEncoding.NUMBER].stdout


def test_environment_file_points_at_the_given_url_and_client_id():
    env = environment(ExportSource("Staging", "https://staging.example.com/", "partner-7"))
    values = {v["key"]: v["value"] for v in env["values"]}
    assert values["rewards_system_url"] == "https://staging.example.com"
    assert values["clientID"] == "partner-7"
    assert env["_postman_variable_scope"] == "environment"


def test_requests_without_an_answer_are_left_out_and_counted(run, sandbox, creds):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    timed_out = dataclasses.replace(exchanges[0], status=None, error="read timeout")
    data = collection([timed_out, *exchanges[1:]], ExportSource("Env", sandbox.base_url))
    assert [i["name"].split(":")[0] for i in data["item"]] == [
        "verify",
        "transactions",
        "transactions",
    ]
    assert "1 request(s) without an answer were left out." in data["info"]["description"]
