"""The phone field: formats as the user types, understands pasted
international numbers and reports the check of what it holds.

The number rules (otp_desktop.phone) are imported where used: the first
frame shows the field, taking keys, before they load."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

if TYPE_CHECKING:
    from otp_desktop.phone import PhoneCheck


class PhoneInput(QLineEdit):
    checked = Signal(object)
    """The PhoneCheck of the current text."""
    countryDetected = Signal(str)
    """An international number selected another region."""

    def __init__(
        self, region: str, parent: QWidget | None = None, *, checking: bool = True
    ) -> None:
        """`checking=False`: without the number rules (phonenumbers) until
        `start_checking()`, so the first frame does not wait for them. The
        field takes keys from the first frame on: what is typed before is
        formatted and checked then, never dropped."""
        super().__init__(parent)
        self.setObjectName("phoneInput")
        self.setAccessibleName(self.tr("Phone number"))
        self.setMaxLength(40)
        self._region = region
        self._last_check: PhoneCheck | None = None
        if checking:
            self.start_checking()

    def start_checking(self) -> None:
        """Format and check what is typed (and what was typed before), show
        the region's example."""
        from otp_desktop.phone import check

        if self._last_check is not None:
            return
        self._last_check = check("", self._region)
        self.textEdited.connect(self._on_edited)
        self.setClearButtonEnabled(True)
        self.setRegion(self._region)
        if self.text():  # typed while the rules loaded: read as if typed now
            self._on_edited(self.text())

    def region(self) -> str:
        return self._region

    def setRegion(self, region: str) -> None:
        from otp_desktop.phone import example_mobile

        self._region = region
        example = example_mobile(region)
        self.setPlaceholderText(self.tr("e.g. %1").replace("%1", example) if example else "")
        if self.text():
            self._reformat(self.text(), len(self.text()))
        self._recheck()

    def last_check(self) -> PhoneCheck:
        if self._last_check is None:  # asked before the checks started
            from otp_desktop.phone import check

            return check(self.text(), self._region)
        return self._last_check

    def _on_edited(self, text: str) -> None:
        from otp_desktop.phone import detect_international

        found = detect_international(text, self._region)
        if found is not None and found.region != self._region:
            self._region = found.region
            self.countryDetected.emit(found.region)
            self.setText(found.national_text)
            self._recheck()
            return
        if found is not None:
            self.setText(found.national_text)
            self._recheck()
            return
        self._reformat(text, self.cursorPosition())
        self._recheck()

    def _reformat(self, text: str, cursor: int) -> None:
        # Keep a leading + or 00 untouched while the country code is typed.
        if text.lstrip().startswith(("+", "00")):
            return
        from otp_desktop.phone import digits_before, format_as_you_type, position_after_digits

        keep = digits_before(text, cursor)
        formatted = format_as_you_type(self._region, text)
        if formatted != text:
            self.setText(formatted)
            self.setCursorPosition(position_after_digits(formatted, keep))

    def _recheck(self) -> None:
        from otp_desktop.phone import check

        self._last_check = check(self.text(), self._region)
        self.checked.emit(self._last_check)
