"""Turns an onboarding's life into one history row.

A row starts when a code is sent and ends as verified, failed (with the
reason) or abandoned (next user, environment switch, number changed, app
closed). Only the masked number is kept.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from otp_desktop.api.masking import mask_text
from otp_desktop.flow import OnboardingFlow, Outcome, Step

if TYPE_CHECKING:  # the store (and sqlite3) loads after the first frame
    from otp_desktop.history.store import HistoryStore

log = logging.getLogger(__name__)

APP_CLOSED = "app closed"
"""Why an onboarding under way ends when the app closes."""


class HistoryRecorder:
    def __init__(self, store: HistoryStore | None, environment: str = "") -> None:
        self.store = store
        self.environment = environment
        self._row: int | None = None
        self._resends = 0

    def flow_changed(self, flow: OnboardingFlow) -> None:
        if self.store is None:
            return
        try:
            if self._row is None and flow.step is Step.CODE and flow.target is not None:
                self._row = self.store.start(
                    self.environment,
                    flow.target.masked,
                    flow.target.region or flow.target.country_code,
                    flow.started_at or time.time(),
                )
                self._resends = 0
            if self._row is not None and flow.resends != self._resends:
                self._resends = flow.resends
                self.store.update(self._row, resends=flow.resends)
            if self._row is not None and flow.outcome is Outcome.VERIFIED:
                self._finish(Outcome.VERIFIED.value, "", flow)
        except Exception as exc:  # the history must never break an onboarding
            log.warning("history not recorded: %s", exc)

    def finalize(self, flow: OnboardingFlow, why: str) -> None:
        """The onboarding ends without a verification (or was already recorded)."""
        if self.store is None or self._row is None:
            return
        # Closing the app leaves an onboarding, whatever its last error: only
        # a code the server no longer takes makes it a failure then.
        refused = flow.error is not None and flow.error.status is not None and why != APP_CLOSED
        if flow.error is not None and (flow.code_burnt or refused):
            self._finish(Outcome.FAILED.value, f"{flow.error.message} ({why})", flow)
        else:
            self._finish(Outcome.ABANDONED.value, why, flow)

    def _finish(self, outcome: str, reason: str, flow: OnboardingFlow) -> None:
        assert self.store is not None
        assert self._row is not None
        try:
            self.store.finish(
                self._row,
                outcome=outcome,
                reason=mask_text(reason),
                resends=flow.resends,
                ended_at=flow.finished_at or time.time(),
            )
        except Exception as exc:
            log.warning("history not recorded: %s", exc)
        self._row = None
