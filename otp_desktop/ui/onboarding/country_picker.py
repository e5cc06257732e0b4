"""A country picker searchable by name, ISO code or dial code."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt where used: the first frame skips it
from PySide6.QtCore import QEvent, QLocale, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from otp_desktop.countries import Country, countries, country, search_countries
from otp_desktop.ui.translations import current_language

if TYPE_CHECKING:  # made with the full list, after the first frame
    from PySide6.QtCore import QStringListModel
    from PySide6.QtWidgets import QAbstractItemView, QCompleter


def country_name(region: str) -> str:
    """The region's name in the UI language: CLDR's (through Babel) for a
    translated UI, Qt's English name otherwise."""
    language = current_language()
    if language != "en":
        from babel import Locale  # only a translated UI pays for the CLDR data

        name = Locale.parse(language).territories.get(region)
        if name:
            return str(name)
    return qt_country_name(region)


def qt_country_name(region: str) -> str:
    """The English name Qt's locale data gives a region ("IN" -> "India")."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyCountry:
        return region
    return QLocale.territoryToString(territory)


def _command(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta is held: a command, not text or a move."""
    held = QtCore.Qt.KeyboardModifier
    return bool(event.modifiers() & (held.ControlModifier | held.AltModifier | held.MetaModifier))


def _leaves(event: QKeyEvent) -> bool:
    keys = QtCore.Qt.Key
    return event.key() in (keys.Key_Return, keys.Key_Enter, keys.Key_Tab) and not _command(event)


class _SearchField(QLineEdit):
    """The picker's text, a country search. A digit or + is the start of the
    number, not a search: it goes to the phone field. Enter and Tab take the
    best match and move on. (Overridden here rather than filtered: with the
    completer's list open, its keys reach this field through event() only.)"""

    numberStarted = Signal(str)
    leaving = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not _command(event) and len(text) == 1 and (text == "+" or "0" <= text <= "9"):
            event.accept()
            self.numberStarted.emit(text)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _leaves(event):
            self.leaving.emit()
            return True
        return super().event(event)


class CountryPicker(QComboBox):
    regionChanged = Signal(str)
    numberStarted = Signal(str)
    """A digit or + was typed here: the number begins (the text is passed on)."""
    leaving = Signal()
    """Enter or Tab: the best match is chosen, the phone field is next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countryPicker")
        self.setAccessibleName(self.tr("Country"))
        self.setEditable(True)
        self.line = _SearchField(self)
        self.line.setAccessibleName(self.tr("Country"))  # it has the focus, not the box
        self.setLineEdit(self.line)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(14)
        self._countries: list[Country] = []
        """Every country, once listed (`list_all`); until then only the one shown."""
        self._by_label: dict[str, Country] = {}
        self._matches: QStringListModel | None = None
        self._completer: QCompleter | None = None
        """The search's list of matches, made with the full list (`list_all`)."""
        line = self.line
        line.setPlaceholderText(self.tr("Search by country name or ISO code"))
        line.textEdited.connect(self._search)
        line.numberStarted.connect(self._number_started)
        line.leaving.connect(self._leave)
        self.currentIndexChanged.connect(self._emit_region)

    def show_only(self, region: str) -> None:
        """Show `region` without listing every country: the first frame
        needs one name, the list (~250 names) is filled after it."""
        if not self._countries and self.count() == 0:
            found = country(region.upper(), country_name)
            if found is not None:
                self._by_label[found.label] = found
                self.addItem(found.label, found.region)
                self.line.setText(found.label)
        # Typing a name before the list is filled fills it then (`search`).

    def list_all(self) -> None:
        """Fill the list with every country (once), keeping the one shown."""
        if self._countries:
            return
        shown, typed = self.region(), self.line.text()
        self._countries = countries(country_name)
        self._by_label = {c.label: c for c in self._countries}
        self.blockSignals(True)  # the region shown does not change
        self.clear()
        for entry in self._countries:
            self.addItem(entry.label, entry.region)
        self.setCurrentIndex(max(0, self.findData(shown)))
        self.blockSignals(False)
        self.line.setText(typed)
        self._completer = self._search_completer()

    def _search_completer(self) -> QCompleter:
        """The list of matches under the search text (in place of Qt's own)."""
        from PySide6.QtCore import QStringListModel
        from PySide6.QtWidgets import QCompleter

        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(10)
        self.setCompleter(completer)
        completer.activated.connect(self._choose_label)
        return completer

    def countries(self) -> list[Country]:
        self.list_all()
        return list(self._countries)

    def search(self, query: str) -> list[Country]:
        self.list_all()
        return search_countries(self._countries, query)

    def region(self) -> str:
        return str(self.currentData() or "")

    def country(self) -> Country | None:
        return self._by_label.get(self.itemText(self.currentIndex()))

    def setRegion(self, region: str) -> None:
        self.list_all()
        index = self.findData(region.upper())
        if index >= 0:
            self.setCurrentIndex(index)
            self.line.setText(self.itemText(index))

    def _search(self, text: str) -> None:
        labels = [c.label for c in self.search(text)]  # lists all: the completer is there
        if self._matches is not None and self._completer is not None:
            self._matches.setStringList(labels)
            if labels:
                self._completer.complete()

    def _choose_label(self, label: str) -> None:
        found = self._by_label.get(label)
        if found is not None:
            self.setRegion(found.region)

    def choose_best_match(self) -> bool:
        """Enter on the typed text picks the best match ("+44" -> United Kingdom)."""
        self._hide_matches()
        text = self.line.text()
        if text in self._by_label:
            self._choose_label(text)
            return True
        found = self.search(text)
        if found:
            self.setRegion(found[0].region)
            return True
        return False

    def event(self, event: QEvent) -> bool:
        # Enter and Tab belong to the picker (not the window's Enter shortcut):
        # they take the best match and go on to the number.
        if isinstance(event, QKeyEvent) and _leaves(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self._leave()
                return True
        return super().event(event)

    def showPopup(self) -> None:
        self.list_all()
        super().showPopup()

    def _popup(self) -> QAbstractItemView | None:
        return self._completer.popup() if self._completer is not None else None

    def _hide_matches(self) -> None:
        popup = self._popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def _number_started(self, text: str) -> None:
        self._hide_matches()
        self.line.setText(self.itemText(self.currentIndex()))
        self.numberStarted.emit(text)

    def _leave(self) -> None:
        self._hide_matches()
        if not self.choose_best_match():
            self.line.setText(self.itemText(self.currentIndex()))
        self.leaving.emit()

    def _emit_region(self, _index: int) -> None:
        self.regionChanged.emit(self.region())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        popup = self._popup()
        if event.reason() != QtCore.Qt.FocusReason.PopupFocusReason and popup is not None:
            popup.hide()  # an open list would take the keys meant for the next field
        # Leaving half-typed search text: show the chosen country again.
        if self.line.text() not in self._by_label and not (popup is not None and popup.isVisible()):
            self.line.setText(self.itemText(self.currentIndex()))
