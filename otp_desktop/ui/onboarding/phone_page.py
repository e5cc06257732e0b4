"""Step 1: country and phone number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: the first frame skips it
from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.ui.onboarding.country_picker import CountryPicker
from otp_desktop.ui.onboarding.phone_input import PhoneInput
from otp_desktop.ui.widgets.style import heading, secondary

if TYPE_CHECKING:
    from otp_desktop.phone import PhoneCheck, PhoneNumber


class PhonePage(QWidget):
    sendRequested = Signal()

    def __init__(
        self, region: str, parent: QWidget | None = None, *, checking: bool = True
    ) -> None:
        """`checking=False`: the country shown alone and the number field
        unchecked until `start_checking()` (the first frame); both take keys."""
        super().__init__(parent)
        self._connected = False
        self._busy = False
        self._wait = ""
        """The flow holds Send code back: the button says until when."""
        title = heading(self.tr("Who are we onboarding?"))
        intro = secondary(
            self.tr("Enter the user's mobile number. A one-time code goes to it by SMS.")
        )

        self.country = CountryPicker()
        self.phone = PhoneInput(region, checking=checking)
        self.country.show_only(region)
        self.problem = secondary("")
        self.problem.setObjectName("phoneProblem")
        self.problem.setAccessibleName(self.tr("Phone number check"))
        self.problem.setWordWrap(True)

        country_label = QLabel(self.tr("&Country"))
        country_label.setBuddy(self.country)
        phone_label = QLabel(self.tr("&Phone number"))
        phone_label.setBuddy(self.phone)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(country_label, self.country)
        form.addRow(phone_label, self.phone)
        form.addRow("", self.problem)

        self.send_button = QPushButton(self.tr("&Send code"))
        self.send_button.setObjectName("sendCodeButton")
        self.send_button.setAccessibleName(self.tr("Send code"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.sendRequested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.country.regionChanged.connect(self._region_changed)
        self.country.numberStarted.connect(self._start_number)
        self.country.leaving.connect(self._focus_number)
        self.phone.countryDetected.connect(self.country.setRegion)
        self.phone.checked.connect(self._show_check)
        self.setTabOrder(self.country, self.phone)
        self.setTabOrder(self.phone, self.send_button)
        self.send_button.setEnabled(False)
        if checking:
            self.start_checking()

    def start_checking(self) -> None:
        """List every country and check the number as it is typed."""
        self.country.list_all()
        self.phone.start_checking()
        self._show_check(self.phone.last_check())

    def _region_changed(self, region: str) -> None:
        if region and region != self.phone.region():
            self.phone.setRegion(region)

    def _focus_number(self) -> None:
        self.phone.setFocus(QtCore.Qt.FocusReason.TabFocusReason)

    def _start_number(self, text: str) -> None:
        """A digit or + typed into the country picker: it goes on the end of
        the number, typed as a key so the field formats it as usual."""
        self._focus_number()
        self.phone.end(False)
        key = QKeyEvent(
            QEvent.Type.KeyPress, ord(text), QtCore.Qt.KeyboardModifier.NoModifier, text
        )
        QApplication.sendEvent(self.phone, key)

    def target(self) -> PhoneNumber | None:
        """The number Send code would use; None while the field holds none."""
        return self.phone.last_check().number

    def set_connected(self, connected: bool) -> None:
        self._connected = connected
        self._update_send()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.country.setEnabled(not busy)
        self.phone.setReadOnly(busy)
        self._update_send()

    def set_wait(self, wait: str) -> None:
        """`0:03` while the flow holds Send code back (cooldown, 429); '' when not."""
        if wait != self._wait:
            self._wait = wait
            self._update_send()

    def _update_send(self) -> None:
        if self._busy:
            text = self.tr("Sending…")
        elif self._wait:
            text = self.tr("Send code in %1").replace("%1", self._wait)
        else:
            text = self.tr("&Send code")
        self.send_button.setText(text)
        self.send_button.setEnabled(
            self._connected and not self._busy and not self._wait and self.phone.last_check().ok
        )

    def _show_check(self, result: PhoneCheck) -> None:
        self.problem.setText(self._describe(result))
        # A problem reads in the normal text colour, a confirmation quieter.
        role = QPalette.ColorRole.PlaceholderText if result.ok else QPalette.ColorRole.WindowText
        self.problem.setForegroundRole(role)
        self._update_send()

    def _describe(self, result: PhoneCheck) -> str:
        from otp_desktop.phone import PhoneProblem  # the rules load after the first frame

        country = self.country.country()
        where = country.name if country else result.region
        if result.ok:
            return self.tr("The code will go to %1").replace("%1", result.international)
        if result.problem is PhoneProblem.EMPTY:
            return ""
        messages = {
            PhoneProblem.TOO_SHORT: self.tr("Too short for a mobile number in %1."),
            PhoneProblem.TOO_LONG: self.tr("Too long for a mobile number in %1."),
            PhoneProblem.INVALID: self.tr(
                "Not a valid number in %1: check the digits or the country."
            ),
            PhoneProblem.NOT_MOBILE: self.tr(
                "Not a mobile number in %1: the code is sent by SMS, so use a mobile number."
            ),
            PhoneProblem.UNKNOWN_COUNTRY: self.tr("Choose a country first."),
        }
        assert result.problem is not None
        return messages[result.problem].replace("%1", where)

    def reset(self, keep_number: bool) -> None:
        if not keep_number:
            self.phone.clear()
            self.phone.setRegion(self.phone.region())
        self.phone.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
