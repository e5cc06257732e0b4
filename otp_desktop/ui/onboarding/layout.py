"""The onboarding card's widgets and their places: the step indicator, the
three pages, the busy row, a notice and the error panel. Behaviour is in
`view.py`; this class holds no text of its own to translate.

The first frame needs the phone step alone: the other pages, the busy row
and the error panel are built by `build_other_steps` once it is on screen
(their modules and Qt classes cost start-up time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: the first frame skips it
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from otp_desktop.flow import Action, Step
from otp_desktop.flow.cooldown import format_seconds
from otp_desktop.ui.onboarding.phone_page import PhonePage
from otp_desktop.ui.widgets.fitting_stack import FittingStack

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPushButton

    from otp_desktop.flow import OnboardingFlow
    from otp_desktop.ui.onboarding.code_page import CodePage
    from otp_desktop.ui.onboarding.result_page import ResultPage
    from otp_desktop.ui.widgets.busy_row import BusyRow
    from otp_desktop.ui.widgets.error_panel import ErrorPanel


class OnboardingLayout(QWidget):
    code_page: CodePage
    result_page: ResultPage
    busy_row: BusyRow
    cancel_button: QPushButton
    error_panel: ErrorPanel

    def __init__(
        self, region: str, parent: QWidget | None = None, *, checking: bool = True
    ) -> None:
        super().__init__(parent)
        self._other_steps_built = False
        self._build_phone_step(region, checking)
        self._clock = QTimer(self)
        """Ticks while something counts down (`render_live`)."""
        self._clock.setInterval(250)
        if checking:
            self.build_other_steps()

    def _build_phone_step(self, region: str, checking: bool) -> None:
        self.phone_page = PhonePage(region, checking=checking)
        self.stack = FittingStack()
        self.stack.setObjectName("stepStack")
        self.stack.addWidget(self.phone_page)

        self.notice = QLabel()
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.steps = QLabel()
        self.steps.setObjectName("stepIndicator")
        self.steps.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addSpacing(6)
        layout.addWidget(self.stack)
        layout.addWidget(self.notice)
        layout.addStretch(1)  # spare height below the error, not between it and the step
        self._layout = layout

    def build_other_steps(self) -> None:
        """The code and result pages, the busy row and the error panel (once)."""
        if self._other_steps_built:
            return
        self._other_steps_built = True
        from otp_desktop.ui.onboarding.code_page import CodePage
        from otp_desktop.ui.onboarding.result_page import ResultPage
        from otp_desktop.ui.widgets.busy_row import BusyRow
        from otp_desktop.ui.widgets.error_panel import ErrorPanel

        self.code_page = CodePage()
        self.result_page = ResultPage()
        for page in (self.code_page, self.result_page):
            self.stack.addWidget(page)
        self.busy_row = BusyRow("cancelButton")
        self.cancel_button = self.busy_row.cancel_button
        self.error_panel = ErrorPanel()
        # stack, busy row, notice, error panel, then the stretch
        after_stack = self._layout.indexOf(self.stack) + 1
        self._layout.insertWidget(after_stack, self.busy_row)
        self._layout.insertWidget(after_stack + 2, self.error_panel)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def focus_step(self, step: Step) -> None:
        """Focus what the step needs first, once the page is shown."""

        def focus() -> None:
            reason = QtCore.Qt.FocusReason.OtherFocusReason
            if step is Step.PHONE:
                self.phone_page.phone.setFocus(reason)
            elif step is Step.CODE:
                self.code_page.otp.setFocus(reason)
            else:
                self.result_page.next_button.setFocus(reason)

        QTimer.singleShot(0, focus)

    def show_step_page(self, step: Step) -> None:
        page = {Step.PHONE: self.phone_page, Step.CODE: self.code_page, Step.DONE: self.result_page}
        if self.stack.currentWidget() is not page[step]:
            self.stack.setCurrentWidget(page[step])
            self.focus_step(step)

    def render_live(self, flow: OnboardingFlow) -> bool:
        """Re-render the parts that count down; True while something does."""
        if flow.step is not Step.DONE:  # the code page is hidden once done
            self.code_page.refresh_clocks(flow)
        send = flow.availability(Action.SEND, self.phone_page.target())
        self.phone_page.set_wait(format_seconds(send.wait_s) if send.wait_s else "")
        if flow.error is not None:
            self.error_panel.update_live(
                flow.error_message(), can_retry=flow.retry_action() is not None
            )
        return bool(send.wait_s) or flow.clocks_running()
