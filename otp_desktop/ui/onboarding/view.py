"""The three steps, the busy row and the error panel, driven by one flow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication

from otp_desktop.flow import Action, Step
from otp_desktop.logging_setup import register_secret
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.onboarding.layout import OnboardingLayout
from otp_desktop.ui.settings import UiSettings
from otp_desktop.ui.widgets.confirm import ask

if TYPE_CHECKING:  # loaded after the first frame
    from otp_desktop.flow import OnboardingFlow
    from otp_desktop.session import Session
    from otp_desktop.ui.tasks import TaskRunner


class OnboardingView(OnboardingLayout):
    """The steps, shown at once, driven by the session's flow from `bind` on."""

    summaryCopied = Signal(str)

    def __init__(self, settings: UiSettings, region: str, *, checking: bool = True) -> None:
        super().__init__(region, checking=checking)
        self.steps.setAccessibleName(self.tr("Progress"))
        self.settings = settings
        self._send_confirmed = False
        """This onboarding's first send was confirmed (production, expired JWT)."""
        self._show_steps(Step.PHONE)

    def bind(self, tasks: TaskRunner, session: Session) -> None:
        """Follow the session's onboarding flow and act on it."""
        self.tasks: TaskRunner = tasks
        self.session: Session = session
        self.build_other_steps()
        self.phone_page.start_checking()
        self.flow: OnboardingFlow = session.onboarding
        self.flow.subscribe(self._render)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.busy_row.cancelRequested.connect(self.cancel)
        self.error_panel.retryRequested.connect(self.retry)
        self.phone_page.sendRequested.connect(self.send)
        self.code_page.verifyRequested.connect(self.verify)
        self.code_page.resendRequested.connect(self.resend)
        self.code_page.changeNumberRequested.connect(self.change_number)
        self.code_page.otp.codeChanged.connect(self._code_edited)
        self.code_page.otp.completed.connect(self._code_completed)
        self.result_page.copySummaryRequested.connect(self.copy_summary)
        self.result_page.nextUserRequested.connect(self.next_user)
        self.phone_page.country.regionChanged.connect(self._remember_region)
        # The wait before Send code is per number: typing another one re-reads it.
        self.phone_page.phone.checked.connect(lambda _check: self._number_edited())
        self._clock.timeout.connect(self._tick)
        self._render()

    # --- connection ---------------------------------------------------------

    def set_connected(self, connected: bool) -> None:
        """The session connected (or is switching): a new environment's
        first send is confirmed again."""
        self._send_confirmed = False
        self.phone_page.set_connected(connected)

    # --- actions ------------------------------------------------------------

    def send(self) -> None:
        target = self.phone_page.target()
        if target is None or not self.flow.availability(Action.SEND, target).enabled:
            return
        env = self.session.environment()
        if env is not None and not self._send_confirmed:
            from otp_desktop.ui.onboarding.send_guard import send_warnings

            refusal, warnings = send_warnings(env)
            if refusal:
                self.error_panel.show_error(refusal, "", can_retry=False)
                return
            if warnings:
                ask(
                    self,
                    self.tr("Send the code?"),
                    "\n\n".join(warnings),
                    self._confirmed_send,
                    yes_text=self.tr("Send code"),
                    danger=env.production,
                )
                return
        self.notice.hide()
        self.tasks.start(self.flow.send_code(target), name="send", action=True)

    def _confirmed_send(self) -> None:
        self._send_confirmed = True
        self.send()

    def resend(self) -> None:
        """Resend code, or "Send a new code" once the old one is dead."""
        if not self.flow.can_resend():
            return
        self.notice.hide()
        self.tasks.start(self._resend(), name="resend", action=True)

    async def _resend(self) -> None:
        if await self.flow.resend():
            self.code_page.otp.clear()
            self.code_page.otp.setFocus()

    def verify(self) -> None:
        code = self.code_page.otp.code()
        if not self.flow.can_verify(code):
            return
        register_secret(code)
        self.notice.hide()
        self.tasks.start(self._verify(code), name="verify", action=True)

    async def _verify(self, code: str) -> None:
        if await self.flow.verify(code) or not self.flow.code_refused():
            return  # a 429 or a server problem: the code stays for Retry
        # Refused: clear the code so the next digits typed replace it, or,
        # when the code is dead, go to "Send a new code".
        self.code_page.otp.clear()
        if self.flow.new_code_needed:
            self.code_page.resend_button.setFocus()
        else:
            self.code_page.otp.setFocus()

    def retry(self) -> None:
        action = self.flow.retry_action()
        if action is not None:
            {Action.SEND: self.send, Action.RESEND: self.resend, Action.VERIFY: self.verify}[
                action
            ]()

    def cancel(self) -> bool:
        if not self.tasks.cancel_current():
            return False
        action = self.flow.busy
        self.show_notice(
            self.tr(
                "Cancelled. If the request had already reached the server, a code may still arrive."
            )
            if action in (Action.SEND, Action.RESEND)
            else self.tr("Cancelled.")
        )
        return True

    def change_number(self) -> None:
        """Back to the phone step; a live code is only abandoned once confirmed."""
        if not self.flow.availability(Action.CHANGE_NUMBER).enabled:
            return
        warning = self.flow.abandon_warning()
        if not warning:
            self._back_to_phone()
            return
        ask(
            self,
            self.tr("Abandon this code?"),
            translate_core(warning),
            self._back_to_phone,
            yes_text=self.tr("Change number"),
        )

    def _back_to_phone(self) -> None:
        if self.flow.step is not Step.CODE:
            return
        self.session.end_onboarding("number changed")
        self.flow.change_number()
        self.phone_page.reset(keep_number=True)

    def next_user(self) -> None:
        self.session.end_onboarding("next user")
        self._send_confirmed = False
        self.tasks.cancel_current()
        self.flow.next_user()
        self.code_page.otp.clear()
        self.notice.hide()
        self.phone_page.reset(keep_number=False)

    def use_code(self, code: str) -> None:
        """Fill the code input (the sandbox panel's "Use this code")."""
        if self.flow.step is Step.CODE:
            self.code_page.otp.setCode(code)
            self.code_page.otp.setFocus()

    def use_number(self, country_code: str, national: str) -> None:
        """Fill the phone step (the sandbox panel's test numbers)."""
        if self.flow.step is not Step.PHONE or self.flow.busy is not None:
            return
        phone = self.phone_page.phone
        phone.setText(country_code + national)
        phone.textEdited.emit(phone.text())
        phone.setFocus()

    def copy_summary(self) -> None:
        text = self._ticket_line()
        QGuiApplication.clipboard().setText(text)
        self.result_page.show_copied()
        self.summaryCopied.emit(text)

    def primary_action(self) -> None:
        step = self.flow.step
        if step is Step.PHONE:
            picker = self.phone_page.country
            if picker.hasFocus() or picker.line.hasFocus():
                picker.choose_best_match()
                self.phone_page.phone.setFocus()
                return
            self.send()
        elif step is Step.CODE and self.flow.new_code_needed:
            self.resend()
        elif step is Step.CODE:
            self.verify()
        else:
            self.next_user()

    def escape(self) -> None:
        if self.cancel():
            return
        if self.flow.step is Step.CODE:
            self.change_number()
        elif self.error_panel.isVisible():
            self.error_panel.clear()

    # --- display ------------------------------------------------------------

    def _code_edited(self, _code: str) -> None:
        self.code_page.verify_button.setEnabled(self.flow.can_verify(self.code_page.otp.code()))

    def _number_edited(self) -> None:
        if self.render_live(self.flow):
            self._clock.start()

    def _tick(self) -> None:
        """The countdowns moved: re-render what counts down, stop when all ended."""
        if not self.render_live(self.flow) and self.flow.step is not Step.CODE:
            self._clock.stop()

    def _code_completed(self, code: str) -> None:
        if self.settings.auto_submit and self.flow.can_verify(code):
            self.verify()

    def _remember_region(self, region: str) -> None:
        if region:
            self.settings.last_region = region

    def _ticket_line(self) -> str:
        from otp_desktop.ui.onboarding.result_page import ticket_line

        return ticket_line(self.flow.summary_parts(self.session.environment_name()))

    def _render(self) -> None:
        flow = self.flow
        # The result filled in before its page shows (one layout); a hidden code page left as is.
        if flow.step is Step.DONE:
            self.result_page.show_result(
                flow.result_message,
                self._ticket_line(),
                flow.target.international if flow.target else "",
            )
        else:
            self.code_page.show_flow(flow)
        self.show_step_page(flow.step)
        self._show_steps(flow.step)
        self.phone_page.set_busy(flow.busy is Action.SEND)
        if flow.busy is None:
            self.busy_row.hide()
        else:
            self.busy_row.show_busy(
                {
                    Action.SEND: self.tr("Sending the code…"),
                    Action.RESEND: self.tr("Sending a new code…"),
                    Action.VERIFY: self.tr("Checking the code…"),
                }[flow.busy]
            )
        if flow.error is not None:
            self.error_panel.show_error(
                flow.error_message(), flow.error.detail, can_retry=flow.retry_action() is not None
            )
        else:
            self.error_panel.clear()
        if self.render_live(self.flow) or flow.step is Step.CODE:
            self._clock.start()
        else:
            self._clock.stop()

    def _show_steps(self, step: Step) -> None:
        names = [
            (Step.PHONE, self.tr("1 Phone number")),
            (Step.CODE, self.tr("2 Code")),
            (Step.DONE, self.tr("3 Done")),
        ]
        self.steps.setText(
            "  ›  ".join(f"<b>{text}</b>" if s is step else text for s, text in names)
        )
