"""The inspector's session actions: export as a Postman collection, open a
HAR or Postman file, and replay on an environment (File menu and buttons)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from otp_desktop.api.exchange import Exchange
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.widgets.export_dialog import choose_export_path

if TYPE_CHECKING:
    from otp_desktop.traffic.postman import ExportSource
    from otp_desktop.ui.qa.host import QaHost

STANDALONE_SANDBOX_URL = "http://127.0.0.1:8765"
"""Where `make sandbox` listens: the embedded sandbox's port dies with the app."""


class SessionActions(QObject):
    def __init__(self, window: QaHost) -> None:
        super().__init__(window.window())
        self.host = window
        self.dock = window.inspector
        self.dock.exportPostmanRequested.connect(self.choose_postman)
        self.dock.replayRequested.connect(self.replay_selected)
        self.dock.importRequested.connect(self.choose_import)

    def _say(self, text: str) -> None:
        self.dock.show()
        self.dock.notice.setText(text)

    # --- export ---------------------------------------------------------------

    def export_scope(self) -> list[Exchange]:
        """Two or more selected rows, else the whole session."""
        chosen = self.dock.selected_exchanges()
        return chosen if len(chosen) > 1 else list(self.dock.model.log)

    def source(self) -> tuple[ExportSource, list[str]]:
        """Where the session ran, and the secrets the export must not hold."""
        from otp_desktop.traffic.postman import ExportSource

        env = self.host.environment()
        if env is None:
            return ExportSource(name=self.host.environment_name() or "imported", base_url=""), []
        creds = env.credentials
        base = STANDALONE_SANDBOX_URL if env.builtin_sandbox else env.base_url
        source = ExportSource(
            env.name, base, creds.client_id, env.builtin_sandbox, env.code_encoding
        )
        return source, [creds.client_secret, creds.user_jwt]

    def choose_postman(self) -> None:
        from otp_desktop.traffic.postman import COLLECTION_SUFFIX

        if not len(self.dock.model.log):
            self._say(self.tr("Nothing to export yet: no request was made."))
            return
        dialog = choose_export_path(
            self.host.window(),
            self.tr("Export Postman collection"),
            self.tr("Postman collection (*.postman_collection.json)"),
            COLLECTION_SUFFIX.lstrip("."),
            self.export_postman,
        )
        dialog.setObjectName("postmanFileDialog")

    def export_postman(self, path: Path) -> None:
        from otp_desktop.traffic.postman import write_export

        source, secrets = self.source()
        try:
            env_path, count = write_export(path, self.export_scope(), source, secrets)
        except OSError as exc:
            self._say(
                self.tr("Could not write the collection: %1").replace("%1", str(exc.strerror))
            )
            return
        self._say(
            self.tr("Exported %1 requests to %2, variables in %3 (no secret values).")
            .replace("%1", str(count))
            .replace("%2", path.name)
            .replace("%3", env_path.name)
        )

    # --- import ---------------------------------------------------------------

    def choose_import(self) -> None:
        dialog = QFileDialog(self.host.window(), self.tr("Open a HAR file or a Postman collection"))
        dialog.setObjectName("importFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("HAR or Postman collection (*.har *.json)"))
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        self.host.open_box(dialog)

    def import_file(self, path: Path) -> None:
        from otp_desktop.traffic.imported import ImportProblem, load_file

        try:
            found = load_file(path)
        except ImportProblem as exc:
            message = self.tr("%1 could not be opened: %2").replace("%1", path.name)
            message = message.replace("%2", translate_core(str(exc)))
            self._say(message)
            box = QMessageBox(self.host.window())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Cannot open file"))
            box.setText(message)
            box.setObjectName("importProblemDialog")
            self.host.open_box(box)
            return
        for exchange in found:
            self.dock.record(exchange)
        self._say(
            self.tr("Opened %1 requests from %2 (imported, read-only).")
            .replace("%1", str(len(found)))
            .replace("%2", path.name)
        )

    # --- replay ---------------------------------------------------------------

    def replay_selected(self) -> None:
        chosen = self.dock.selected_exchanges()
        if not chosen:
            self._say(self.tr("Select the requests to replay first."))
            return
        from otp_desktop.ui.qa.replay_dialog import ReplayDialog

        self.host.open_box(ReplayDialog(self.host, chosen))
