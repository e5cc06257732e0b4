"""Logging: a rotating file in the user log directory, secrets filtered out
of every record, and no traceback on the console."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from otp_desktop.api.masking import mask_text, register_secret
from otp_desktop.paths import log_dir

__all__ = ["configure", "redact", "register_secret"]


def redact(text: str) -> str:
    """Text with every registered secret and any JWT masked (crash reports)."""
    return mask_text(text)


class SecretFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
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


def configure(level: str = "INFO", *, console: bool = True) -> Path:
    """Set up the handlers once; returns the log file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "otp-desktop.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_otp_desktop", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handlers: list[logging.Handler] = [file_handler]
    if console:
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(NoTracebackFormatter("otp-desktop: %(levelname)s: %(message)s"))
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(SecretFilter())
        handler._otp_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(getattr(logging, level.upper(), logging.INFO))
    # The sandbox's "SMS" log shows codes: only the standalone CLI prints it.
    logging.getLogger("otp_desktop.sandbox.sms").propagate = False
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return path
