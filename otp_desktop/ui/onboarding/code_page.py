"""Step 2: the code that was sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from otp_desktop.flow import Action, CodeState, OnboardingFlow, Step
from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.onboarding.otp_input import OtpInput
from otp_desktop.ui.widgets.style import heading, secondary, small


class CodePage(QWidget):
    verifyRequested = Signal()
    resendRequested = Signal()
    changeNumberRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("")
        self.user_kind = secondary("")
        self.user_kind.setObjectName("userKindLabel")
        self.auth_code = small(secondary(""))
        self.auth_code.setObjectName("authCodeLabel")
        self.auth_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.auth_code.setAccessibleName(self.tr("authCode"))

        code_label = QLabel(self.tr("&Code from the SMS"))
        self.otp = OtpInput()
        code_label.setBuddy(self.otp)
        self.status = secondary("")
        self.status.setObjectName("codeStatus")
        self.status.setAccessibleName(self.tr("Code status"))

        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setObjectName("verifyButton")
        self.verify_button.setAccessibleName(self.tr("Verify code"))
        self.verify_button.setDefault(True)
        self.resend_button = QPushButton(self.tr("&Resend code"))
        self.resend_button.setObjectName("resendButton")
        self.resend_button.setAccessibleName(self.tr("Resend code"))
        self.change_button = QPushButton(self.tr("C&hange number"))
        self.change_button.setObjectName("changeNumberButton")
        self.change_button.setAccessibleName(self.tr("Change number"))
        self.verify_button.clicked.connect(self.verifyRequested)
        self.resend_button.clicked.connect(self.resendRequested)
        self.change_button.clicked.connect(self.changeNumberRequested)
        self.otp.submitted.connect(self.verifyRequested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch(1)
        buttons.addWidget(self.resend_button)
        buttons.addWidget(self.verify_button)
        otp_row = QHBoxLayout()
        otp_row.addWidget(self.otp)
        otp_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.user_kind)
        layout.addWidget(self.auth_code)
        layout.addSpacing(8)
        layout.addWidget(code_label)
        layout.addLayout(otp_row)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setTabOrder(self.otp, self.verify_button)
        self.setTabOrder(self.verify_button, self.resend_button)
        self.setTabOrder(self.resend_button, self.change_button)

    def show_flow(self, flow: OnboardingFlow) -> None:
        """Refresh every label and button from the flow's state."""
        target = flow.target
        self.title.setText(
            self.tr("Enter the code sent to %1").replace(
                "%1", target.international if target else ""
            )
        )
        if flow.is_new_user is None:
            self.user_kind.clear()
        else:
            self.user_kind.setText(
                self.tr("New user: this number has not been verified before.")
                if flow.is_new_user
                else self.tr("Returning user: this number was verified before.")
            )
        self.auth_code.setText(self.tr("authCode %1").replace("%1", flow.auth_code))
        self.verify_button.setText(
            self.tr("Verifying…") if flow.busy is Action.VERIFY else self.tr("&Verify")
        )
        self.change_button.setEnabled(flow.availability(Action.CHANGE_NUMBER).enabled)
        self.refresh_clocks(flow)

    def refresh_clocks(self, flow: OnboardingFlow) -> None:
        """The live parts: the wait before a new code, the code's lifetime, attempts."""
        # Read-only, not disabled, while a request runs: the focus stays in
        # the boxes (disabling sent it to the next widget, outside the card)
        # and the click's answer is not held up by a repaint of all six.
        self.otp.setEnabled(flow.step is Step.CODE and flow.code_state is CodeState.LIVE)
        self.otp.setReadOnly(flow.busy is not None)
        verify = flow.availability(Action.VERIFY)
        self.verify_button.setEnabled(flow.can_verify(self.otp.code()))
        self.verify_button.setToolTip(translate_core(verify.reason))
        self._show_resend(flow)
        self.status.setText(" · ".join(self._status_parts(flow, verify.reason)))

    def _show_resend(self, flow: OnboardingFlow) -> None:
        resend = flow.availability(Action.RESEND)
        fresh = flow.new_code_needed
        wait = format_seconds(resend.wait_s)
        if flow.busy is Action.RESEND:
            text = self.tr("Sending…")
        elif fresh:
            text = (
                self.tr("Send a new code in %1").replace("%1", wait)
                if resend.wait_s
                else self.tr("Send a &new code")
            )
        else:
            text = (
                self.tr("Resend in %1").replace("%1", wait)
                if resend.wait_s
                else self.tr("&Resend code")
            )
        self.resend_button.setText(text)
        self.resend_button.setAccessibleName(
            self.tr("Send a new code") if fresh else self.tr("Resend code")
        )
        self.resend_button.setEnabled(resend.enabled)
        self.resend_button.setToolTip(translate_core(resend.reason))
        # Once the code is dead, Enter means "Send a new code".
        self.resend_button.setDefault(fresh)
        self.verify_button.setDefault(not fresh)

    def _status_parts(self, flow: OnboardingFlow, verify_reason: str) -> list[str]:
        if flow.new_code_needed:
            return [translate_core(verify_reason)]
        parts = []
        if flow.code_countdown.known:
            left = flow.code_countdown.remaining()
            parts.append(self.tr("Code valid for %1").replace("%1", format_seconds(left)))
        attempts = flow.attempts_left
        if attempts is not None:
            parts.append(
                self.tr("1 attempt left")
                if attempts == 1
                else self.tr("%1 attempts left").replace("%1", str(attempts))
            )
        return parts
