"""Logging: a rotating file in the user log directory, secrets filtered out
of every record, and no traceback on the console."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from otp_desktop.paths import log_dir

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

__all__ = ["configure", "open_file", "redact", "register_secret", "start"]


def redact(text: str) -> str:
    """Text with every registered secret and any JWT masked (crash reports)."""
    from otp_desktop.api.masking import mask_text

    return mask_text(text)


def register_secret(value: str) -> None:
    """Mask `value` wherever it appears from now on (api/masking.py).
    Masking's module loads on first use: the first frame does without it."""
    from otp_desktop.api import masking

    masking.register_secret(value)


class SecretFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        from otp_desktop.api.masking import mask_text

        record.msg, record.args = mask_text(record.getMessage()), None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = mask_text(formatted)
            record.exc_info = None
        return True


class NoTracebackFormatter(logging.Formatter):
    """The console gets one line per problem; the traceback is in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved


class _Waiting(logging.Handler):
    """Records logged before the file is open, written to it then."""

    LIMIT = 1000

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


def configure(level: str = "INFO", *, console: bool = True) -> Path:
    """Set up the handlers once; returns the log file's path."""
    path = start(level, console=console)
    open_file()
    return path


def start(level: str = "INFO", *, console: bool = True) -> Path:
    """The level and the console now; the log file with `open_file` (its
    handler's module costs the first frame ~10 ms), the records logged
    until then kept for it. Returns the log file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "otp-desktop.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_otp_desktop", False):
            root.removeHandler(handler)
            handler.close()
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(NoTracebackFormatter("otp-desktop: %(levelname)s: %(message)s"))
        _add(root, stream)
    _add(root, _Waiting(path))
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    # The sandbox's "SMS" log shows codes: only the standalone CLI prints it.
    logging.getLogger("otp_desktop.sandbox.sms").propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path


def open_file() -> None:
    """Open the rotating log file `start` prepared and write what waited."""
    root = logging.getLogger()
    waiting = next((h for h in root.handlers if isinstance(h, _Waiting)), None)
    if waiting is None:
        return
    file_handler = _rotating(waiting.path)
    _add(root, file_handler)
    root.removeHandler(waiting)
    for record in waiting.records:
        file_handler.handle(record)


def _rotating(path: Path) -> RotatingFileHandler:
    from logging.handlers import RotatingFileHandler

    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    handler.addFilter(SecretFilter())
    handler._otp_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
