"""Add, edit, duplicate, delete, import and export environments."""

from __future__ import annotations

import copy
import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.profiles.book import EnvironmentBook
from otp_desktop.profiles.environment import Environment
from otp_desktop.profiles.sharing import ImportProblem, export_environments, import_environments
from otp_desktop.profiles.store import SaveProblem
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.environments.form import EnvironmentForm
from otp_desktop.ui.widgets.confirm import ask
from otp_desktop.ui.widgets.export_dialog import choose_export_path


class EnvironmentsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        book: EnvironmentBook,
        parent: QWidget | None = None,
        live_sandbox: Environment | None = None,
    ) -> None:
        """`live_sandbox`: the running sandbox's environment (its URL and
        credentials), shown read-only in place of the built-in entry."""
        super().__init__(parent)
        self.setObjectName("environmentsDialog")
        self.setWindowTitle(self.tr("Environments"))
        self.book = book
        self.builtin = live_sandbox or book.sandbox
        self.items: list[Environment] = [copy.deepcopy(env) for env in book.saved]
        self._row = -1

        self.list = QListWidget()
        self.list.setObjectName("envList")
        self.list.setAccessibleName(self.tr("Environments"))
        self.form = EnvironmentForm()
        self.notice = QLabel()
        self.notice.setObjectName("envDialogNotice")
        self.notice.setWordWrap(True)
        if not book.secrets_persistent:
            self.notice.setText(
                self.tr(
                    "No keyring is available on this computer: client secrets and JWTs are "
                    "kept in memory for this run only and must be entered again next time."
                )
            )
        self.notice.setVisible(bool(self.notice.text()))

        buttons = QVBoxLayout()
        self.add_button = self._button(self.tr("&Add"), "addEnvButton", self.add, buttons)
        self.duplicate_button = self._button(
            self.tr("D&uplicate"), "duplicateEnvButton", self.duplicate, buttons
        )
        self.delete_button = self._button(
            self.tr("&Delete"), "deleteEnvButton", self.delete, buttons
        )
        buttons.addSpacing(12)
        self._button(self.tr("I&mport…"), "importEnvButton", self.choose_import, buttons)
        self._button(self.tr("E&xport…"), "exportEnvButton", self.choose_export, buttons)
        buttons.addStretch(1)

        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.setObjectName("envDialogButtons")
        # Our own texts: a platform's "&Save" / "&Cancel" would take Alt+S / Alt+C
        # from the form's fields (each letter is used once in this dialog).
        for which, text in (
            (QDialogButtonBox.StandardButton.Save, self.tr("&Save")),
            (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel")),
        ):
            button = self.box.button(which)
            if button is not None:
                button.setText(text)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.form, 5)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(body)
        layout.addWidget(self.box)

        self.list.currentRowChanged.connect(self._select)
        self.form.edited.connect(self._edited)
        self._fill()
        self.resize(860, 640)

    def _button(
        self, text: str, name: str, slot: object, layout: QVBoxLayout | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        if layout is not None:
            layout.addWidget(button)
        return button

    # --- list -----------------------------------------------------------------

    def _all(self) -> list[Environment]:
        return [self.builtin, *self.items]

    def _fill(self, select: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for env in self._all():
            label = env.name + (self.tr("  (built in)") if env.builtin_sandbox else "")
            label += "  ⚠" if env.production else ""
            self.list.addItem(label)
        self.list.blockSignals(False)
        self._row = -1
        self.list.setCurrentRow(min(select, self.list.count() - 1))

    def _select(self, row: int) -> None:
        self._store_current()
        self._row = row
        if row < 0:
            return
        env = self._all()[row]
        self.form.load(env, editable=not env.builtin_sandbox)
        # The built-in Sandbox is managed by the app: nothing to delete, and a
        # copy would hold credentials that change with every start.
        self.delete_button.setEnabled(not env.builtin_sandbox)
        self.duplicate_button.setEnabled(not env.builtin_sandbox)
        self._update_save()

    def _store_current(self) -> None:
        if self._row >= 1:
            self.items[self._row - 1] = self.form.collect()

    def _edited(self) -> None:
        self._store_current()
        item = self.list.item(self._row)
        if item is not None and self._row >= 1:
            env = self.items[self._row - 1]
            item.setText(env.name + ("  ⚠" if env.production else ""))
        self._update_save()

    def _update_save(self) -> None:
        problem = self.form.problem_text()
        names = [e.name for e in self.items]
        if not problem and len(set(names)) != len(names):
            problem = self.tr("Two environments have the same name.")
        save = self.box.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(not problem)

    def _unique(self, name: str) -> str:
        taken = {e.name for e in self._all()}
        candidate, n = name, 2
        while candidate in taken:
            candidate, n = f"{name} {n}", n + 1
        return candidate

    # --- actions ----------------------------------------------------------------

    def add(self) -> None:
        self._store_current()
        self.items.append(
            Environment(name=self._unique(self.tr("New environment")), base_url="https://")
        )
        self._fill(len(self.items))
        self.form.name.setFocus()
        self.form.name.selectAll()

    def duplicate(self) -> None:
        self._store_current()
        source = self._all()[max(0, self._row)]
        if source.builtin_sandbox:
            return
        self.items.append(replace(source, name=self._unique(source.name), id=uuid.uuid4().hex))
        self._fill(len(self.items))

    def delete(self) -> None:
        if self._row < 1:
            return
        del self.items[self._row - 1]
        self._row = -1  # nothing to store back
        self._fill(max(0, self.list.currentRow() - 1))

    def save(self) -> None:
        self._store_current()
        try:
            self.book.replace_saved(self.items)
        except ValueError as exc:
            self.form.problem.setText(str(exc))
            return
        except SaveProblem as exc:  # the edits stay here, to save again or cancel
            self.notice.setText(translate_core(str(exc)))
            self.notice.show()
            return
        self.saved.emit()
        self.accept()

    # --- sharing ------------------------------------------------------------------

    def choose_export(self) -> None:
        choose_export_path(
            self,
            self.tr("Export environments (no secrets)"),
            self.tr("Environments (*.json)"),
            "json",
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        self._store_current()
        try:
            export_environments(self.items, path)
        except OSError as exc:
            self.form.problem.setText(
                self.tr("Could not export: %1").replace("%1", str(exc.strerror))
            )
            return
        self.form.problem.setText(
            self.tr("Exported %1 environments (without secrets).").replace(
                "%1", str(len(self.items))
            )
        )

    def choose_import(self) -> None:
        dialog = QFileDialog(self, self.tr("Import environments"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Environments (*.json)"))
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        dialog.open()

    def import_from(self, path: Path) -> None:
        try:
            incoming = import_environments(path)
        except ImportProblem as exc:
            self.form.problem.setText(translate_core(str(exc)))
            return
        self._store_current()
        existing = {e.name: i for i, e in enumerate(self.items)}
        clashes = [e for e in incoming if e.name in existing or e.name == self.book.sandbox.name]
        fresh = [e for e in incoming if e not in clashes]

        def merge(overwrite: bool) -> None:
            self.items.extend(fresh)
            if overwrite:
                for env in clashes:
                    if env.name in existing:
                        old = self.items[existing[env.name]]
                        # Keep the old id (and so its secrets): only plain fields change.
                        self.items[existing[env.name]] = replace(
                            env,
                            id=old.id,
                            credentials=replace(
                                env.credentials,
                                client_secret=old.credentials.client_secret,
                                user_jwt=old.credentials.user_jwt,
                            ),
                        )
            self._fill(self.list.currentRow())
            self._update_save()

        if not clashes:
            merge(False)
            return
        names = ", ".join(e.name for e in clashes)
        ask(
            self,
            self.tr("Overwrite environments?"),
            self.tr(
                "These environments exist already: %1. Overwrite their settings with the "
                "imported ones? Their secrets are kept."
            ).replace("%1", names),
            lambda: merge(True),
            yes_text=self.tr("Overwrite"),
            on_no=lambda: merge(False),
        )
