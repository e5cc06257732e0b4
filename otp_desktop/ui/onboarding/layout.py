"""The onboarding card's widgets and their places: the step indicator, the
three pages, the busy row, a notice and the error panel. Behaviour is in
`view.py`; this class holds no text of its own to translate."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from otp_desktop.flow import Action, OnboardingFlow, Step
from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.ui.onboarding.code_page import CodePage
from otp_desktop.ui.onboarding.phone_page import PhonePage
from otp_desktop.ui.onboarding.result_page import ResultPage
from otp_desktop.ui.widgets.busy_row import BusyRow
from otp_desktop.ui.widgets.error_panel import ErrorPanel
from otp_desktop.ui.widgets.fitting_stack import FittingStack


class OnboardingLayout(QWidget):
    def __init__(
        self, region: str, parent: QWidget | None = None, *, checking: bool = True
    ) -> None:
        super().__init__(parent)
        self._build_widgets(region, checking)
        self._lay_out()
        self._clock = QTimer(self)
        """Ticks while something counts down (`render_live`)."""
        self._clock.setInterval(250)

    def _build_widgets(self, region: str, checking: bool) -> None:
        self.phone_page = PhonePage(region, checking=checking)
        self.code_page = CodePage()
        self.result_page = ResultPage()
        self.stack = FittingStack()
        self.stack.setObjectName("stepStack")
        for page in (self.phone_page, self.code_page, self.result_page):
            self.stack.addWidget(page)

        self.busy_row = BusyRow("cancelButton")
        self.cancel_button = self.busy_row.cancel_button

        self.error_panel = ErrorPanel()
        self.notice = QLabel()
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.steps = QLabel()
        self.steps.setObjectName("stepIndicator")
        self.steps.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addSpacing(6)
        layout.addWidget(self.stack)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.error_panel)
        layout.addStretch(1)  # spare height below the error, not between it and the step

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def focus_step(self, step: Step) -> None:
        """Focus what the step needs first, once the page is shown."""

        def focus() -> None:
            if step is Step.PHONE:
                self.phone_page.phone.setFocus(Qt.FocusReason.OtherFocusReason)
            elif step is Step.CODE:
                self.code_page.otp.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.result_page.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, focus)

    def show_step_page(self, step: Step) -> None:
        page = {Step.PHONE: self.phone_page, Step.CODE: self.code_page, Step.DONE: self.result_page}
        if self.stack.currentWidget() is not page[step]:
            self.stack.setCurrentWidget(page[step])
            self.focus_step(step)

    def render_live(self, flow: OnboardingFlow) -> bool:
        """Re-render the parts that count down; True while something does."""
        self.code_page.refresh_clocks(flow)
        send = flow.availability(Action.SEND, self.phone_page.target())
        self.phone_page.set_wait(format_seconds(send.wait_s) if send.wait_s else "")
        if flow.error is not None:
            self.error_panel.update_live(
                flow.error_message(), can_retry=flow.retry_action() is not None
            )
        return bool(send.wait_s) or flow.clocks_running()
