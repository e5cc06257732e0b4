"""Monospace, pretty-printed JSON with syntax colours from the palette:
the bodies in the inspector and the error details read like Postman's."""

from __future__ import annotations

import json
import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_TOKENS = (
    ("key", re.compile(r'"(?:[^"\\]|\\.)*"(?=\s*:)')),
    ("string", re.compile(r'"(?:[^"\\]|\\.)*"')),
    ("number", re.compile(r"-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b")),
    ("literal", re.compile(r"\b(?:true|false|null)\b")),
)
# Light-theme and dark-theme colours for each token kind: each keeps 4.5:1
# against the base colour of its theme.
_COLOURS = {
    "key": ("#0b5cad", "#79b8ff"),
    "string": ("#0a7a2f", "#85e89d"),
    "number": ("#a0390f", "#ffab70"),
    "literal": ("#6f42c1", "#d2a8ff"),
}


def pretty_json(text: str) -> str:
    """JSON indented by two; anything else as it is."""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except (ValueError, RecursionError):
        return text


MAX_DETAIL_LINE = 2000
"""Longer lines (JSON too deep to pretty-print, a minified page) are cut in
the details: the whole answer stays in the request inspector."""


def pretty_lines(text: str) -> str:
    """Each line that is JSON on its own (a server's body after its status
    line) pretty-printed; the others as they are, cut when very long."""
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        shown = pretty_json(stripped) if stripped[:1] in "{[" else line
        out += [_cut(part) for part in shown.split("\n")]
    return "\n".join(out)


def _cut(line: str) -> str:
    if len(line) <= MAX_DETAIL_LINE:
        return line
    rest = QCoreApplication.translate(
        "JsonView", "… (%1 more characters: the whole answer is in the request inspector)"
    )
    return line[:MAX_DETAIL_LINE] + rest.replace("%1", f"{len(line) - MAX_DETAIL_LINE:,}")


class JsonHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        dark = palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5
        self.formats: dict[str, QTextCharFormat] = {}
        for kind, (light_colour, dark_colour) in _COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(dark_colour if dark else light_colour))
            self.formats[kind] = fmt

    def highlightBlock(self, text: str) -> None:
        if len(text) > 2000:
            return  # one huge line: colouring it would cost more than it helps
        taken: list[tuple[int, int]] = []
        for kind, pattern in _TOKENS:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                self.setFormat(start, end - start, self.formats[kind])


class JsonView(QPlainTextEdit):
    """Read-only text in the system's fixed-width font, JSON highlighted."""

    def __init__(self, name: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.setReadOnly(True)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        JsonHighlighter(self.document(), self.palette())  # owned by the document

    def show_text(self, text: str) -> None:
        self.setPlainText(pretty_json(text))
