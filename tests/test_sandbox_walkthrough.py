"""docs/walkthrough.sh, the README's curl walk-through, run against a real
`otp-sandbox`; every curl it makes is recorded to check the bodies it sends."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.sandbox_process import standalone_sandbox

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "docs" / "walkthrough.sh"
VERIFY = "/api/proxy/auth/otp/verify"
# Short, so the script's wait is short; long enough that its "resend too early"
# step (one curl after the register) stays inside it on a loaded machine.
COOLDOWN = ("--resend-cooldown-s", "5")

pytestmark = pytest.mark.skipif(
    shutil.which("curl") is None or shutil.which("bash") is None, reason="needs bash and curl"
)


def recording_curl(tmp_path: Path) -> tuple[dict[str, str], Path]:
    """An environment whose `curl` logs its arguments (one JSON list a line), then runs curl."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "curl.log"
    wrapper = bin_dir / "curl"
    wrapper.write_text(
        "#!/usr/bin/env bash\n"
        f"python3 -c 'import json, sys; print(json.dumps(sys.argv[1:]))' \"$@\" >> {log}\n"
        f'exec {shutil.which("curl")} "$@"\n'
    )
    wrapper.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}, log


def verify_bodies(log: Path) -> list[dict[str, Any]]:
    bodies = []
    for line in log.read_text().splitlines():
        args = json.loads(line)
        if any(a.endswith(VERIFY) for a in args):
            bodies.append(json.loads(args[args.index("-d") + 1]))
    return bodies


def run_walkthrough(base: str, env: dict[str, str], phone: str | None = None) -> str:
    if phone:
        env = {**env, "PHONE": phone}
    done = subprocess.run(
        ["bash", str(SCRIPT), base], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_walkthrough_runs_with_numbers_and_a_leading_zero_code(tmp_path):
    env, log = recording_curl(tmp_path)
    with standalone_sandbox(*COOLDOWN) as sandbox:
        out = run_walkthrough(sandbox.base, env)  # the test number whose code is 012345
        assert "code 012345" in out
        assert "HTTP 201 " in out
        wrong, right = verify_bodies(log)
        # The documented types: numbers, the leading zero dropped (the sandbox pads it back).
        assert right["otp"] == 12345
        assert type(right["authCode"]) is int
        assert type(wrong["otp"]) is int
        assert right["phone_number"] == "9999900002"
        # Another number, with a random code, against the same sandbox.
        log.unlink()
        out = run_walkthrough(sandbox.base, env, phone="9876543219")
        code = re.search(r"^code (\d{6});", out, re.M)
        assert code, out
        assert verify_bodies(log)[1]["otp"] == int(code.group(1))
        sandbox_log = sandbox.stop()
    assert "code 012345" in sandbox_log  # the console is the SMS inbox
    assert "Internal sandbox error" not in sandbox_log


def test_walkthrough_with_the_token_of_a_remote_sandbox(tmp_path):
    env, _ = recording_curl(tmp_path)
    with standalone_sandbox("--host", "0.0.0.0", "--allow-remote", *COOLDOWN) as sandbox:
        token = sandbox.text().split("Authorization: Bearer ")[1].split("'")[0]
        base = sandbox.base.replace("0.0.0.0", "127.0.0.1")
        run_walkthrough(base, {**env, "SANDBOX_TOKEN": token}, phone="9876543219")
        refused = subprocess.run(
            ["bash", str(SCRIPT), base], env=env, capture_output=True, text=True, timeout=60
        )
    assert refused.returncode != 0
    assert "HTTP 401" in refused.stdout


def test_the_readme_shows_the_same_script():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    assert SCRIPT.read_text(encoding="utf-8") in blocks
