"""Exported Postman collections run with newman against a real `otp-sandbox`.

The shipped example is produced by the app (examples/make_examples.py): it
runs green on a fresh sandbox and red when the sandbox fails verify; a
collection exported from a saved, non-sandbox environment runs when the
code is passed with --env-var.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx

from tests import test_ui_environments as environment_tests
from tests.newman_helpers import ROOT, newman, run_newman, sandbox_variables, standalone_sandbox
from tests.sandbox_helpers import latest_message
from tests.test_ui_environments import saved_env, select
from tests.test_ui_onboarding import enter_code, send

open_window = environment_tests.open_window  # the fixture
EXAMPLES = ROOT / "examples"
COLLECTION = EXAMPLES / "onboarding.postman_collection.json"
ENVIRONMENT = EXAMPLES / "sandbox.postman_environment.json"


def test_shipped_example_is_what_the_app_exports(tmp_path):
    done = subprocess.run(
        [sys.executable, str(EXAMPLES / "make_examples.py"), str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for shipped in (COLLECTION, ENVIRONMENT):
        assert (tmp_path / shipped.name).read_text() == shipped.read_text(), shipped.name
    names = [item["name"].split(":")[0] for item in json.loads(COLLECTION.read_text())["item"]]
    assert names[:6] == [
        "register",
        "sandbox inbox",
        "verify",
        "balance",
        "transactions",
        "withdraw",
    ]


def test_example_runs_green_on_a_fresh_sandbox():
    newman()
    with standalone_sandbox() as base:
        done = run_newman(COLLECTION, ENVIRONMENT, **sandbox_variables(base))
        withdrawn = httpx.get(f"{base}/__sandbox/messages", timeout=5).json()["messages"]
    assert done.returncode == 0, done.stdout[-4000:]
    assert "AssertionError" not in done.stdout
    assert len(withdrawn) == 1  # the run really registered on this sandbox


def test_example_runs_red_when_the_sandbox_fails_verify():
    newman()
    with standalone_sandbox() as base:
        httpx.post(
            f"{base}/__sandbox/faults",
            json={"kind": "status", "endpoint": "verify", "status": 500},
            timeout=5,
        ).raise_for_status()
        done = run_newman(COLLECTION, ENVIRONMENT, **sandbox_variables(base))
    assert done.returncode != 0
    assert "status is 201" in done.stdout
    assert "expected response to have status code 201 but got 500" in done.stdout


def test_collection_from_a_saved_environment_runs_with_the_code_passed(
    qtbot,
    open_window,
    sandbox,
    tmp_path,
):
    newman()
    env = saved_env(sandbox, name="Staging", production=False)
    win = open_window(env)
    select(qtbot, win, "Staging")
    qtbot.waitUntil(
        lambda: win.connection is not None and win.connection.environment.name == "Staging",
        timeout=5000,
    )
    send(qtbot, win, "9999900001")  # a test number: its code is fixed
    code = latest_message(sandbox.base_url, "9999900001")["otp"]
    enter_code(qtbot, win, code)
    qtbot.waitUntil(lambda: len(win.exchanges) >= 2, timeout=5000)
    win.session_actions.export_postman(tmp_path / "staging.postman_collection.json")
    collection = tmp_path / "staging.postman_collection.json"
    exported = json.loads(collection.read_text())
    assert "--env-var otp=" in exported["info"]["description"]
    assert "__sandbox" not in collection.read_text()  # not a sandbox session: no inbox step
    environment = tmp_path / "staging.postman_environment.json"
    assert env.credentials.client_secret not in environment.read_text()

    with standalone_sandbox() as base:
        variables = sandbox_variables(base)
        green = run_newman(collection, environment, **variables, otp=code)
    with standalone_sandbox() as base:
        red = run_newman(collection, environment, **sandbox_variables(base))
    assert green.returncode == 0, green.stdout[-4000:]
    assert red.returncode != 0
    assert "otp is not set: pass it with --env-var otp=CODE" in red.stdout
