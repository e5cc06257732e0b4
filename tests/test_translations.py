"""The Hindi translation: complete, shipped compiled, and used by the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QPushButton

from otp_desktop.ui import translations

I18N = Path(translations.__file__).resolve().parent / "i18n"


def test_every_string_has_a_hindi_translation():
    root = ET.parse(I18N / "otp_desktop_hi.ts").getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 250
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    assert unfinished == []
    assert (I18N / "otp_desktop_hi.qm").stat().st_size > 10_000


def test_language_choice():
    assert translations.choose_language("hi") == "hi"
    assert translations.choose_language("", QLocale("hi_IN")) == "hi"
    assert translations.choose_language("", QLocale("de_DE")) == "en"
    assert translations.choose_language("en", QLocale("hi_IN")) == "en"


def test_window_in_hindi(qtbot, loop, sandbox, ui_clock):
    from tests.qt_fixtures import window_in

    with window_in(qtbot, "hi", sandbox.base_url, ui_clock) as win:
        assert win.findChild(QPushButton, "sendCodeButton").text() == "कोड भेजें (&S)"
        assert win.menuBar().actions()[0].text() == "फ़ाइल (&F)"


def test_core_messages_are_translated_sentence_by_sentence(qapp):
    from otp_desktop.ui.core_text import translate_core

    app = QCoreApplication.instance()
    message = 'Too many requests. Wait 7 s and try again. The server said: "Slow down."'
    assert translate_core(message) == message  # English: unchanged
    assert translations.install(app, "hi")
    try:
        hindi = translate_core(message)
        assert hindi.startswith("बहुत अधिक अनुरोध। 7 सेकंड रुकें")
        assert 'सर्वर ने कहा: "Slow down."' in hindi  # the server's words stay as they are
        assert translate_core("expires in 3 h") == "3 घंटे में समाप्त होगा"  # the unit too
        assert translate_core("expired 2 days ago") == "2 दिन पहले समाप्त हो गया"
    finally:
        translations.install(app, "en")


def test_the_apps_own_sentence_after_the_servers_quote_and_history_reasons_are_hindi(qapp):
    from otp_desktop.ui.core_text import translate_core

    app = QCoreApplication.instance()
    wrong = (
        'The code was not accepted. The server said: "The code is wrong. 4 attempts left." '
        "Check the SMS and type the code again."
    )
    failed = "The code has expired: send a new code. (next user)"
    assert translations.install(app, "hi")
    try:
        hindi = translate_core(wrong)
        assert hindi.endswith('"The code is wrong. 4 attempts left." SMS जाँचें और कोड फिर से टाइप करें।')
        assert translate_core("app closed") != "app closed"
        assert "next user" not in translate_core(failed)
        assert "send a new code" not in translate_core(failed)
    finally:
        translations.install(app, "en")


def _render(text: str, family: str) -> bytes:
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(120, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(QFont(family, 16))
    painter.drawText(4, 30, text)
    painter.end()
    return bytes(image.constBits())


def test_bundled_devanagari_font_renders_hindi(qapp, monkeypatch):
    """Without a Devanagari font every Hindi glyph is the same empty box, so two
    different letters render alike; with the bundled font they differ."""
    from PySide6.QtGui import QFontDatabase

    monkeypatch.setattr(translations, "_registered", set())
    assert "Noto Sans Devanagari" in translations.register_script_fonts("hi")
    families = QFontDatabase.families(QFontDatabase.WritingSystem.Devanagari)
    assert "Noto Sans Devanagari" in families
    assert _render("क", "Noto Sans Devanagari") != _render("ख", "Noto Sans Devanagari")


def test_installing_hindi_registers_its_font(qapp, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(translations, "register_script_fonts", calls.append)
    app = QCoreApplication.instance()
    assert translations.install(app, "hi")
    translations.install(app, "en")
    assert calls == ["hi"]


def test_language_menu_names_each_language_in_its_script_and_in_english():
    assert translations.LANGUAGES["hi"] == "हिन्दी (Hindi)"
    assert translations.LANGUAGES["en"] == "English"


def test_qt_own_strings_shown_by_the_app_are_in_hindi(qapp):
    """Qt ships no Hindi: the app carries the few Qt strings it shows."""
    app = QCoreApplication.instance()
    assert translations.install(app, "hi")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Save") == "सहेजें"
        assert QCoreApplication.translate("QDockWidget", "Float") == "अलग करें"
        assert QCoreApplication.translate("QLineEdit", "&Paste") == "चिपकाएँ (&P)"
    finally:
        translations.install(app, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Save"


def test_country_names_follow_the_ui_language(qapp):
    from otp_desktop.ui.onboarding.country_picker import country_name

    assert country_name("IN") == "India"
    app = QCoreApplication.instance()
    assert translations.install(app, "hi")
    try:
        assert country_name("IN") == "भारत"
        assert country_name("US") == "संयुक्त राज्य"
    finally:
        translations.install(app, "en")
