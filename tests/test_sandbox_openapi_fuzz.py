"""schemathesis fuzzes a standalone `otp-sandbox` from the document it serves.

The few hundred cases here run in `make test`; `make fuzz` (the `slow`
marker) runs thousands. Zero failures are allowed in both.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sandbox_process import standalone_sandbox

CHECKS = (
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
)
SEED = "20261127"


def fuzz(tmp_path: Path, max_examples: int, timeout: float = 500) -> tuple[str, int]:
    """Run schemathesis; its whole output and how many cases it generated."""
    # A short cooldown, so resend reaches its logic as well as its 429.
    with standalone_sandbox("--quiet", "--resend-cooldown-s", "1") as sandbox:
        headers = sandbox.api_headers()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "schemathesis.cli",
                "run",
                f"{sandbox.base}/__sandbox/openapi.yaml",
                "--url",
                sandbox.base,
                *(arg for name, value in headers.items() for arg in ("-H", f"{name}: {value}")),
                "--checks",
                ",".join(CHECKS),
                "--seed",
                SEED,
                "--max-examples",
                str(max_examples),
                "--workers",
                "1",
                "--request-timeout",
                "20",
            ],
            cwd=tmp_path,  # hypothesis keeps its example database there
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        log = sandbox.stop()
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert "Internal sandbox error" not in log
    generated = re.search(r"(\d+) generated, (\d+) passed", output)
    assert generated, output
    assert generated.group(1) == generated.group(2), output
    assert "6 selected / 6 total" in output
    return output, int(generated.group(1))


@pytest.mark.timeout(600)  # about a minute alone; a loaded CI machine gets slack
def test_schemathesis_finds_nothing(tmp_path):
    _, cases = fuzz(tmp_path, max_examples=25)
    assert cases >= 200  # a few hundred, over every operation


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_schemathesis_finds_nothing_in_over_a_thousand_cases(tmp_path):
    _, cases = fuzz(tmp_path, max_examples=250, timeout=3000)
    # 250 per operation, six operations; schemathesis drops duplicates and
    # the cases a schema cannot vary (1,178 with this seed, aiohttp or not).
    assert cases >= 1000
