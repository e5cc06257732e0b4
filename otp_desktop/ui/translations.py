"""Loading the UI translation: from the Settings menu's choice, else the
system locale. The compiled .qm files ship inside the package."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N = Path(__file__).resolve().parent / "i18n"
LANGUAGES = {"en": "English", "hi": "हिन्दी"}
_installed: list[QTranslator] = []  # kept alive: Qt does not own them


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
    if language == "en":
        return False
    translator = QTranslator()
    if not translator.load(str(I18N / f"otp_desktop_{language}.qm")):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
