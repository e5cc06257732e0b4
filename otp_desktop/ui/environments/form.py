"""The form that edits one environment."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from otp_desktop.api.codes import CodeEncoding
from otp_desktop.api.credentials import Credentials, trim_credentials
from otp_desktop.api.timeouts import Timeouts
from otp_desktop.profiles.environment import Environment, InvalidEnvironmentError
from otp_desktop.profiles.jwt_info import JwtProblem, decode
from otp_desktop.ui.core_text import translate_core
from otp_desktop.ui.widgets.naming import named
from otp_desktop.ui.widgets.secret_field import SecretRow
from otp_desktop.ui.widgets.style import secondary


class EnvironmentForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._env: Environment | None = None
        self.name = named(QLineEdit(), "envName")
        self.base_url = named(QLineEdit(), "envBaseUrl")
        self.base_url.setPlaceholderText("https://rewards.example.com")
        self.client_id = named(QLineEdit(), "envClientId")
        secret_box = SecretRow("envClientSecret", self.tr("Client secret"))
        self.client_secret, self.secret_copy = secret_box.edit, secret_box.copy
        jwt_box = SecretRow("envUserJwt", self.tr("User JWT"))
        self.user_jwt, self.jwt_copy = jwt_box.edit, jwt_box.copy
        self.managed = named(
            secondary(
                self.tr(
                    "Managed by the built-in sandbox, which hands these out each time it "
                    "starts. A copied cURL command needs the secret and the JWT: Show or Copy "
                    "them."
                )
            ),
            "envManagedNotice",
        )
        self.managed.setWordWrap(True)
        self.jwt_info = named(secondary(""), "envJwtInfo")
        self.production = named(
            QCheckBox(self.tr("&Production: real users, real SMS")), "envProduction"
        )
        self.confirm_send = named(
            QCheckBox(self.tr("Ask before the first send of each onboarding")),
            "envConfirmFirstSend",
        )
        self.verify_tls = named(QCheckBox(self.tr("&Verify TLS certificates")), "envVerifyTls")
        self.tls_warning = QLabel(
            self.tr("⚠ Without verification anyone on the network can read the secrets.")
        )
        self.tls_warning.setObjectName("envTlsWarning")
        self.allow_http = named(
            QCheckBox(self.tr("Allow plain http:// to a non-local host")), "envAllowHttp"
        )
        self._build_transport_fields()
        self.notice = named(secondary(""), "envNotice")
        self.notice.setWordWrap(True)
        self.problem = named(QLabel(), "envProblem")
        self.problem.setWordWrap(True)

        form = QFormLayout(self)
        labelled: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("&Name"), self.name, self.name),
            (self.tr("&Base URL"), self.base_url, self.base_url),
            (self.tr("Client &ID"), self.client_id, self.client_id),
            (self.tr("Client s&ecret"), secret_box, self.client_secret),
            (self.tr("User &JWT"), jwt_box, self.user_jwt),
        ]
        for text, widget, buddy in labelled:
            self._row(form, text, widget, buddy)
        for widget in (
            self.managed,
            self.jwt_info,
            self.production,
            self.confirm_send,
            self.verify_tls,
            self.tls_warning,
            self.allow_http,
        ):
            form.addRow(widget)
        self._add_transport_rows(form)
        form.addRow(self.notice)
        form.addRow(self.problem)
        for box in (self.production, self.confirm_send, self.verify_tls, self.allow_http):
            box.setAccessibleName(box.text().replace("&", ""))
        self._connect_edits()

    def _build_transport_fields(self) -> None:
        self.connect_timeout = named(QDoubleSpinBox(), "envConnectTimeout")
        self.read_timeout = named(QDoubleSpinBox(), "envReadTimeout")
        self.write_timeout = named(QDoubleSpinBox(), "envWriteTimeout")
        self.total_timeout = named(QDoubleSpinBox(), "envTotalTimeout")
        for spin, top in self._timeout_ranges():
            spin.setRange(0.5, top)
            spin.setSuffix(" s")
            spin.setDecimals(1)
        self.code_encoding = named(QComboBox(), "envCodeEncoding")
        for value, label in (
            (CodeEncoding.AUTO, self.tr("auto: number, or string for a leading 0")),
            (CodeEncoding.NUMBER, self.tr("number, as documented (refuse a leading 0)")),
            (CodeEncoding.STRING, self.tr("string of digits")),
        ):
            self.code_encoding.addItem(label, value.value)
        self.ca_bundle = named(QLineEdit(), "envCaBundle")
        self.ca_bundle.setPlaceholderText(self.tr("system trust store"))
        self.proxy = named(QLineEdit(), "envProxy")
        self.proxy.setPlaceholderText(self.tr("system settings; none for a direct connection"))

    def _add_transport_rows(self, form: QFormLayout) -> None:
        self._row(form, self.tr("&Connect timeout"), self.connect_timeout, self.connect_timeout)
        self._row(form, self.tr("&Read timeout"), self.read_timeout, self.read_timeout)
        self._row(form, self.tr("&Write timeout"), self.write_timeout, self.write_timeout)
        self._row(form, self.tr("&Total time per request"), self.total_timeout, self.total_timeout)
        self._row(form, self.tr("C&ode format"), self.code_encoding, self.code_encoding)
        self._row(form, self.tr("CA &file"), self.ca_bundle, self.ca_bundle)
        self._row(form, self.tr("Prox&y"), self.proxy, self.proxy)

    def _connect_edits(self) -> None:
        for edit in (
            self.name,
            self.base_url,
            self.client_id,
            self.client_secret,
            self.user_jwt,
            self.ca_bundle,
            self.proxy,
        ):
            edit.textEdited.connect(self._changed)
        for box in (self.production, self.confirm_send, self.verify_tls, self.allow_http):
            box.toggled.connect(self._changed)
        for spin, _ in self._timeout_ranges():
            spin.valueChanged.connect(self._changed)
        self.code_encoding.currentIndexChanged.connect(self._changed)

    def _timeout_ranges(self) -> tuple[tuple[QDoubleSpinBox, float], ...]:
        return (
            (self.connect_timeout, 300.0),
            (self.read_timeout, 600.0),
            (self.write_timeout, 600.0),
            (self.total_timeout, 3600.0),
        )

    @staticmethod
    def _row(form: QFormLayout, text: str, widget: QWidget, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        if not buddy.accessibleName():
            buddy.setAccessibleName(text.replace("&", ""))
        form.addRow(label, widget)

    def load(self, env: Environment, *, editable: bool) -> None:
        self._env = env
        widgets = (
            self.name,
            self.base_url,
            self.client_id,
            self.client_secret,
            self.user_jwt,
            self.production,
            self.confirm_send,
            self.verify_tls,
            self.allow_http,
            self.connect_timeout,
            self.read_timeout,
            self.write_timeout,
            self.total_timeout,
            self.code_encoding,
            self.ca_bundle,
            self.proxy,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(env.name)
        self.base_url.setText(self._shown_url(env))
        self.client_id.setText(env.credentials.client_id)
        self.client_secret.setText(env.credentials.client_secret)
        self.user_jwt.setText(env.credentials.user_jwt)
        self.production.setChecked(env.production)
        self.confirm_send.setChecked(env.confirm_first_send)
        self.verify_tls.setChecked(env.verify_tls)
        self.allow_http.setChecked(env.allow_insecure_http)
        self.connect_timeout.setValue(env.timeouts.connect)
        self.read_timeout.setValue(env.timeouts.read)
        self.write_timeout.setValue(env.timeouts.write)
        self.total_timeout.setValue(env.timeouts.total)
        self.proxy.setText(env.proxy)
        self.code_encoding.setCurrentIndex(
            max(0, self.code_encoding.findData(env.code_encoding.value))
        )
        self.ca_bundle.setText(env.ca_bundle)
        for widget in widgets:
            widget.blockSignals(False)
            widget.setEnabled(editable)
        self.managed.setVisible(env.builtin_sandbox)
        # The cURL's $OTP_CLIENT_SECRET and $OTP_USER_JWT: both copyable.
        self.secret_copy.setVisible(env.builtin_sandbox)
        self.secret_copy.setEnabled(bool(env.credentials.client_secret))
        self.jwt_copy.setVisible(env.builtin_sandbox)
        self.jwt_copy.setEnabled(bool(env.credentials.user_jwt))
        self._refresh()

    def _shown_url(self, env: Environment) -> str:
        if not env.builtin_sandbox:
            return env.base_url
        if env.credentials.client_id:  # the running sandbox's own environment
            return self.tr("%1 (embedded, started by the app)").replace("%1", env.base_url)
        return self.tr("(embedded, started by the app)")

    def collect(self) -> Environment:
        """The environment as edited (same id, so its secrets follow it)."""
        assert self._env is not None
        return replace(
            self._env,
            name=self.name.text().strip(),
            base_url=self.base_url.text().strip().rstrip("/"),
            credentials=self._credentials()[0],
            production=self.production.isChecked(),
            confirm_first_send=self.confirm_send.isChecked(),
            verify_tls=self.verify_tls.isChecked(),
            allow_insecure_http=self.allow_http.isChecked(),
            timeouts=Timeouts(
                connect=self.connect_timeout.value(),
                read=self.read_timeout.value(),
                write=self.write_timeout.value(),
                total=self.total_timeout.value(),
            ),
            code_encoding=CodeEncoding(self.code_encoding.currentData()),
            ca_bundle=self.ca_bundle.text().strip(),
            proxy=self.proxy.text().strip(),
        )

    def _credentials(self) -> tuple[Credentials, list[str]]:
        """As typed, trimmed (with a note per field); a character no header
        can carry is kept: problem_text() refuses it, naming the field."""
        typed = Credentials(self.client_id.text(), self.client_secret.text(), self.user_jwt.text())
        return trim_credentials(typed)

    def problem_text(self) -> str:
        """Why the environment cannot be saved as it is, or ''."""
        if self._env is None or self._env.builtin_sandbox:
            return ""
        env = self.collect()
        if not env.name:
            return self.tr("Give the environment a name.")
        try:
            env.check()
        except InvalidEnvironmentError as exc:
            return str(exc)
        if env.credentials.user_jwt:
            try:
                decode(env.credentials.user_jwt)
            except JwtProblem as exc:
                return str(exc)
        return ""

    def _changed(self) -> None:
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        self.tls_warning.setVisible(not self.verify_tls.isChecked())
        token = self.user_jwt.text().strip()
        if not token and self._env is not None and self._env.builtin_sandbox:
            self.jwt_info.setText(
                self.tr(
                    "The sandbox shows its credentials here while it is the active environment."
                )
            )
        elif not token:
            self.jwt_info.setText(self.tr("No user JWT."))
        else:
            try:
                info = decode(token)
                self.jwt_info.setText(
                    self.tr("User %1 · client “%2” · wallet %3 · %4")
                    .replace("%1", info.user_id or "?")
                    .replace("%2", info.client_name or "?")
                    .replace("%3", (info.wallet_address[:10] + "…") if info.wallet_address else "?")
                    .replace("%4", translate_core(info.describe_expiry()))
                )
            except JwtProblem as exc:
                self.jwt_info.setText(translate_core(str(exc)))
        self.notice.setText(" ".join(translate_core(n) for n in self._credentials()[1]))
        self.notice.setVisible(bool(self.notice.text()))
        self.problem.setText(translate_core(self.problem_text()))
