"""UI preferences: window geometry, last country, auto-submit, cooldown.

An INI file at an explicit path (not Qt's cached default location), so
each test's temporary home is honoured.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from otp_desktop.history import DEFAULT_RETENTION_DAYS
from otp_desktop.paths import config_dir


class UiSettings:
    def __init__(self) -> None:
        path = config_dir() / "ui.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._qs.value(key, default)
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes")
        return bool(value)

    @property
    def auto_submit(self) -> bool:
        return self._bool("code/auto_submit", True)

    @auto_submit.setter
    def auto_submit(self, value: bool) -> None:
        self._qs.setValue("code/auto_submit", value)

    @property
    def last_region(self) -> str | None:
        value = self._qs.value("phone/last_region", None)
        return str(value) if value else None

    @last_region.setter
    def last_region(self, region: str) -> None:
        self._qs.setValue("phone/last_region", region)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry", None)
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state", None)
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    @property
    def inspector_capacity(self) -> int:
        """How many exchanges the inspector keeps (a ring buffer)."""
        from otp_desktop.traffic.log import DEFAULT_CAPACITY  # the log's module: after the frame

        raw = str(self._qs.value("inspector/capacity", DEFAULT_CAPACITY))
        value = int(raw) if _small_number(raw) else DEFAULT_CAPACITY
        return min(max(value, 100), 1_000_000)

    @property
    def history_retention_days(self) -> int:
        raw = str(self._qs.value("history/retention_days", DEFAULT_RETENTION_DAYS))
        return min(max(int(raw), 1), 3650) if _small_number(raw) else DEFAULT_RETENTION_DAYS

    @history_retention_days.setter
    def history_retention_days(self, days: int) -> None:
        self._qs.setValue("history/retention_days", days)

    @property
    def language(self) -> str:
        """'en', 'hi', or '' for the system's language."""
        return str(self._qs.value("ui/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._qs.setValue("ui/language", code)

    def sync(self) -> None:
        self._qs.sync()


def _small_number(raw: str) -> bool:
    """Digits int() reads ('²' is a digit to str.isdigit, not to int)."""
    return raw.isascii() and raw.isdigit() and len(raw) <= 9
