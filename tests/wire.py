"""Counting requests where the sandbox receives them (exactly-once tests).

The sandbox's request journal (`GET /__sandbox/requests`) records each
request as it arrives, before any fault or rule answers it, so a duplicate
counts even when the sandbox would refuse it (its cooldown would otherwise
hide a second register). The tests read it in-process, on the sandbox's own
loop: the same entries, without an HTTP round trip per count.
"""

from __future__ import annotations

from typing import Any

import pytest

from otp_desktop.sandbox import EmbeddedSandbox


class Wire:
    def __init__(self, sandbox: EmbeddedSandbox) -> None:
        self.sandbox = sandbox

    def entries(self) -> list[dict[str, Any]]:
        async def listed() -> list[dict[str, Any]]:
            return self.sandbox.state.journal.listed()

        return self.sandbox.call(listed())

    def count(self, endpoint: str, method: str = "POST") -> int:
        """Requests whose path ends with `endpoint` (`/register`, `/withdraw`)."""
        return sum(
            1 for e in self.entries() if e["method"] == method and e["path"].endswith(endpoint)
        )

    def clear(self) -> None:
        async def cleared() -> None:
            self.sandbox.state.journal.clear()

        self.sandbox.call(cleared())


@pytest.fixture
def wire(sandbox: EmbeddedSandbox) -> Wire:
    return Wire(sandbox)
