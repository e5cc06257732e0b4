"""A real `otp-sandbox` process for tests, as a user starts it."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

_LISTENING = re.compile(r"otp-sandbox listening on (http://\S+)")


@dataclass
class Standalone:
    base: str
    proc: subprocess.Popen[bytes]
    output: Path
    """stdout and stderr (a file, not a pipe: a full pipe would block the sandbox)."""

    def text(self) -> str:
        return self.output.read_text(encoding="utf-8", errors="replace")

    def credentials(self) -> dict[str, Any]:
        response = httpx.get(f"{self.base}/__sandbox/credentials", timeout=5)
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    def api_headers(self) -> dict[str, str]:
        creds = self.credentials()
        return {
            "clientID": creds["clientID"],
            "clientSecret": creds["clientSecret"],
            "user-jwt-token": creds["userJwt"],
        }

    def stop(self) -> str:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        return self.text()


def command(*flags: str) -> list[str]:
    return [sys.executable, "-m", "otp_desktop.sandbox.cli", *flags]


@contextlib.contextmanager
def standalone_sandbox(
    *flags: str, port: str = "0", max_files: int | None = None
) -> Iterator[Standalone]:
    """`otp-sandbox --port 0 FLAGS` until the block ends; its URL read from its start-up
    line. `max_files` lowers its open-files limit (as on a desktop: often 1024)."""

    def limit_files() -> None:
        if max_files is not None:
            import resource

            resource.setrlimit(resource.RLIMIT_NOFILE, (max_files, max_files))

    with tempfile.TemporaryDirectory() as tmp:
        output = Path(tmp) / "otp-sandbox.out"
        with output.open("wb") as sink:
            proc = subprocess.Popen(
                command("--port", port, *flags),
                stdout=sink,
                stderr=subprocess.STDOUT,
                preexec_fn=limit_files if max_files is not None else None,
            )
        running = Standalone("", proc, output)
        try:
            deadline = time.monotonic() + 20
            while not (found := _LISTENING.search(running.text())):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("otp-sandbox did not start:\n" + running.text())
                time.sleep(0.05)
            running.base = found.group(1)
            yield running
        finally:
            running.stop()
