"""Replay on…: the chosen requests sent again to an environment, in order,
with old and new status, duration and answer shape side by side."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from otp_desktop.api.exchange import Exchange
from otp_desktop.phone import PhoneNumber
from otp_desktop.traffic.replay import ReplayRow, is_post
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.widgets.confirm import ask

if TYPE_CHECKING:
    from otp_desktop.profiles.environment import Environment
    from otp_desktop.ui.qa.host import QaHost

COLUMNS = tuple(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("ReplayDialog", "#"),
        QT_TRANSLATE_NOOP("ReplayDialog", "Request"),
        QT_TRANSLATE_NOOP("ReplayDialog", "Old status"),
        QT_TRANSLATE_NOOP("ReplayDialog", "New status"),
        QT_TRANSLATE_NOOP("ReplayDialog", "Old time"),
        QT_TRANSLATE_NOOP("ReplayDialog", "New time"),
        QT_TRANSLATE_NOOP("ReplayDialog", "Differences"),
    )
)


def _status(exchange: Exchange | None) -> str:
    if exchange is None:
        return "—"
    return exchange.outcome if exchange.status is not None or exchange.error else "—"


class ReplayDialog(QDialog):
    def __init__(self, window: QaHost, exchanges: Sequence[Exchange]) -> None:
        super().__init__(window.window())
        self.setObjectName("replayDialog")
        self.setWindowTitle(self.tr("Replay on an environment"))
        self.host = window
        self.exchanges = list(exchanges)
        self._task: asyncio.Task[None] | None = None
        self._code: asyncio.Future[str | None] | None = None

        self.target = QComboBox()
        self.target.setObjectName("replayTarget")
        self.target.setAccessibleName(self.tr("Environment to replay on"))
        names = [env.name for env in window.book.all()] if window.book else []
        self.target.addItems(names)
        self.target.setCurrentText(window.environment_name())
        posts = sum(1 for ex in self.exchanges if is_post(ex))
        self.plan = QLabel(
            self.tr(
                "These %1 requests are sent again, in order, to the environment below; "
                "%2 of them are POSTs (register and resend send a real SMS). Check the list, "
                "then press Replay."
            )
            .replace("%1", str(len(self.exchanges)))
            .replace("%2", str(posts))
        )
        self.plan.setObjectName("replayPlan")
        self.plan.setWordWrap(True)
        self.table = self._build_table()
        self._build_code_row()
        self.status = QLabel()
        self.status.setObjectName("replayStatus")
        self.status.setWordWrap(True)
        self.start_button = self._button(
            self.tr("&Replay %1 requests").replace("%1", str(len(self.exchanges))),
            "replayStartButton",
        )
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        close = self._button(self.tr("&Close"), "replayCloseButton")
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Environment"), self.target)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plan)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.code_prompt)
        layout.addWidget(self.code_row)
        layout.addLayout(buttons)
        self.resize(900, 420)

    def _build_table(self) -> QTableWidget:
        """The list to confirm: old status and time now, the new ones as they come."""
        table = QTableWidget(len(self.exchanges), len(COLUMNS))
        table.setObjectName("replayTable")
        table.setAccessibleName(self.tr("Requests to replay, old and new answers"))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, ex in enumerate(self.exchanges):
            old_time = f"{ex.duration_ms:.0f} ms" if ex.status else "—"
            request = f"{ex.method} {ex.path.split('?', 1)[0]}"
            values = (str(row + 1), request, _status(ex), "", old_time, "", "")
            for column, text in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(text))
        return table

    def _build_code_row(self) -> None:
        """Where the tester types a code, shown only while a verify waits for one."""
        self.code_prompt = QLabel()
        self.code_prompt.setObjectName("replayCodePrompt")
        self.code_prompt.setWordWrap(True)
        self.code_input = QLineEdit()
        self.code_input.setObjectName("replayCodeInput")
        self.code_input.setAccessibleName(self.tr("Code for the replayed verify"))
        self.code_input.returnPressed.connect(self._use_code)
        self.use_code_button = self._button(self.tr("&Use code"), "replayUseCodeButton")
        self.use_code_button.clicked.connect(self._use_code)
        self.skip_button = self._button(self.tr("S&kip"), "replaySkipButton")
        self.skip_button.clicked.connect(lambda: self._answer(None))
        self.code_row = QWidget()
        code_layout = QHBoxLayout(self.code_row)
        code_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.code_input, self.use_code_button, self.skip_button):
            code_layout.addWidget(widget)
        self.code_prompt.hide()
        self.code_row.hide()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _set(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.table.setItem(row, column, item)
        return item

    # --- running --------------------------------------------------------------

    def start(self) -> None:
        """The tester confirmed the list; production asks once more, as sending does."""
        book = self.host.book
        env = book.find(self.target.currentText()) if book else None
        if env is None or self._task is not None:
            return
        if env.production:
            ask(
                self,
                self.tr("Replay on production?"),
                self.tr(
                    "%1 is a production environment: the replay sends real SMS to real "
                    "users and may move real money. Replay these requests there?"
                ).replace("%1", env.name),
                lambda: self._run(env),
                yes_text=self.tr("Replay on production"),
                danger=True,
            )
            return
        self._run(env)

    def _run(self, env: Environment) -> None:
        self.start_button.setEnabled(False)
        self.target.setEnabled(False)
        self.status.setText(self.tr("Replaying on %1…").replace("%1", env.name))
        self._task = self.host.tasks.start(self._replay(env), name="replay")

    async def _replay(self, env: Environment) -> None:
        from otp_desktop.traffic.replay import Replayer, SandboxInbox

        try:
            connection = await self.host.open_connection(env)
        except Exception as exc:  # any refusal to connect is the tester's to read, not a crash
            self.status.setText(
                self.tr("Could not connect to %1: %2")
                .replace("%1", env.name)
                .replace("%2", translate_core(getattr(exc, "user_message", "") or str(exc)))
            )
            return
        base = connection.environment.base_url
        codes = SandboxInbox(base) if env.builtin_sandbox else self._ask_code
        try:
            rows = await Replayer(connection.client, codes).run(self.exchanges, self._show_row)
        finally:
            await connection.close_clients()
        same = sum(1 for row in rows if row.same_status)
        self.status.setText(
            self.tr("Replayed on %1: %2 of %3 requests answered with the same status.")
            .replace("%1", env.name)
            .replace("%2", str(same))
            .replace("%3", str(len(rows)))
        )

    def _show_row(self, row: ReplayRow) -> None:
        index = self.exchanges.index(row.old)
        new = row.new
        self._set(index, 3, _status(new))
        self._set(index, 5, f"{new.duration_ms:.0f} ms" if new else "—")
        parts = [translate_core(text) for text in (row.problem, row.note) if text]
        if new is not None and not row.same_status and row.old.status is not None:
            parts.append(
                self.tr("Status %1 → %2.")
                .replace("%1", _status(row.old))
                .replace("%2", _status(new))
            )
        parts += [translate_core(change) for change in row.changes]
        differences = self._set(index, 6, " ".join(parts) or self.tr("Same status and shape."))
        differences.setToolTip("\n".join(parts))  # the whole list, when the cell cuts it

    # --- a code typed by the tester -------------------------------------------

    async def _ask_code(self, phone: PhoneNumber, _auth_code: str) -> str | None:
        self.code_prompt.setText(
            self.tr(
                "The replayed verify needs the code sent by SMS to %1. Type it and press "
                "Use code, or Skip to leave this verify out."
            ).replace("%1", phone.masked)
        )
        self.code_prompt.show()
        self.code_row.show()
        self.code_input.clear()
        self.code_input.setFocus()
        self._code = asyncio.get_running_loop().create_future()
        try:
            return await self._code
        finally:
            self._code = None
            self.code_prompt.hide()
            self.code_row.hide()

    def _use_code(self) -> None:
        digits = "".join(ch for ch in self.code_input.text() if ch.isdigit() and ch.isascii())
        if digits:
            self._answer(digits)

    def _answer(self, code: str | None) -> None:
        if self._code is not None and not self._code.done():
            self._code.set_result(code)

    def done(self, result: int) -> None:
        """Closing stops the replay: nothing more is sent."""
        self._answer(None)
        if self._task is not None and not self._task.done():
            self._task.cancel()
        super().done(result)
