"""Loading the UI translation: from the Settings menu's choice, else the
system locale. The compiled .qm files ship inside the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

I18N = Path(__file__).resolve().parent / "i18n"
FONTS = Path(__file__).resolve().parent / "assets" / "fonts"
# Each language in its own script and in English, so a user who cannot read
# the current one still finds the way back.
LANGUAGES = {"en": "English", "hi": "हिन्दी (Hindi)"}
# Fonts bundled for scripts a machine may lack (Hindi renders as empty boxes
# without a Devanagari font, and Qt logs "OpenType support missing").
SCRIPT_FONTS = {"hi": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf")}
_registered: set[str] = set()
_installed: list[QTranslator] = []  # kept alive: Qt does not own them
_current = {"language": "en"}


def current_language() -> str:
    """The language installed last ("en" when none)."""
    return _current["language"]


def choose_language(setting: str, system: QLocale | None = None) -> str:
    if setting in LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()
    return name.split("_")[0] if name.split("_")[0] in LANGUAGES else "en"


def install(app: QCoreApplication, language: str) -> bool:
    """Install the translator for `language`; False when it is English or
    the file is missing (the English text then shows)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current["language"] = "en"
    if language == "en":
        return False
    register_script_fonts(language)
    translator = QTranslator()
    if not translator.load(str(I18N / f"otp_desktop_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt's own strings (dialog buttons, dock buttons, a field's context menu):
    # Qt ships no Hindi, so the app carries the few it shows.
    qt_strings = QTranslator()
    if qt_strings.load(str(I18N / f"qt_{language}.qm")):
        app.installTranslator(qt_strings)
        _installed.append(qt_strings)
    _current["language"] = language
    return True


def register_script_fonts(language: str) -> list[str]:
    """Register the bundled fonts for `language`'s script (once); the family
    names Qt now knows. Needs a QGuiApplication."""
    families: list[str] = []
    for name in SCRIPT_FONTS.get(language, ()):
        if name in _registered:
            continue
        font_id = QFontDatabase.addApplicationFont(str(FONTS / name))
        if font_id >= 0:
            _registered.add(name)
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families
