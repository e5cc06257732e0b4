"""Opening HAR files and Postman collections: round trips and malformed files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from otp_desktop.phone import PhoneNumber
from otp_desktop.traffic.har import har_text
from otp_desktop.traffic.imported import ImportProblem, is_imported, load_file
from otp_desktop.traffic.postman import ExportSource, collection, write_export
from otp_desktop.traffic.steps import Step, phone_of, step_of
from tests.test_postman_export import record_session


def test_har_round_trip_keeps_order_status_and_marks_imported(run, sandbox, creds, tmp_path):
    exchanges, code = record_session(run, sandbox.base_url, creds, wrong_first=True)
    path = tmp_path / "s.har"
    path.write_text(har_text(exchanges))
    found = load_file(path)
    assert [(e.method, e.url, e.status) for e in found] == [
        (e.method, e.url, e.status) for e in exchanges
    ]
    assert all(is_imported(e) and e.note == "imported from s.har" for e in found)
    assert code not in "".join(e.request_body for e in found)  # the HAR was masked


def test_postman_round_trip_reads_expected_statuses_and_exports_again(
    run, sandbox, creds, tmp_path
):
    exchanges, _ = record_session(run, sandbox.base_url, creds, wrong_first=True)
    source = ExportSource("Sandbox", "http://127.0.0.1:8765", creds.client_id, sandbox=True)
    path = tmp_path / "s.postman_collection.json"
    write_export(path, exchanges, source)
    found = load_file(path)
    assert [step_of(e) for e in found][:4] == [Step.REGISTER, Step.OTHER, Step.VERIFY, Step.VERIFY]
    assert [e.status for e in found][:4] == [200, 200, 400, 201]
    assert phone_of(found[2]) == PhoneNumber.of("9876543219", "+91")  # from the {{otp}} template
    again = collection(found, source)
    first = json.loads(path.read_text())
    assert [i["name"] for i in again["item"]] == [i["name"] for i in first["item"]]


def _deep(path):
    path.write_text("[" * 100_000 + "]" * 100_000)


def _huge(path):
    with path.open("wb") as f:
        f.truncate(21 * 1024 * 1024)


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (lambda p: p.write_text("this is not JSON"), "The file is not JSON."),
        (lambda p: p.write_bytes(b"\xff\xfe\x00garbage"), "The file is not text (UTF-8)."),
        (_deep, "The file's JSON is nested too deeply."),
        (lambda p: p.write_text("[" * 70 + "]" * 70), "The file's JSON is nested too deeply."),
        (
            lambda p: p.write_text('{"foo": 1}'),
            "The file is neither a HAR file nor a Postman collection.",
        ),
        (
            lambda p: p.write_text("[1, 2]"),
            "The file is neither a HAR file nor a Postman collection.",
        ),
        (
            lambda p: p.write_text('{"log": {"entries": 3}}'),
            "The HAR file has no list of requests (log.entries).",
        ),
        (
            lambda p: p.write_text('{"log": {"entries": [{"request": {}}]}}'),
            "Request 1 of the HAR file has no URL.",
        ),
        (lambda p: p.write_text('{"log": {"entries": []}}'), "The file holds no requests."),
        (
            lambda p: p.write_text('{"info": {}, "item": [{"name": "x", "request": {}}]}'),
            "The request 'x' has no URL.",
        ),
        (
            lambda p: p.write_text('{"info": {}, "item": [7]}'),
            "The collection's items are not objects.",
        ),
        (_huge, "The file is larger than 20 MiB."),
    ],
)
def test_malformed_files_get_a_plain_message(tmp_path, write, message):
    path = tmp_path / "bad.json"
    write(path)
    with pytest.raises(ImportProblem) as caught:
        load_file(path)
    assert str(caught.value) == message


def test_missing_file_is_explained(tmp_path):
    with pytest.raises(ImportProblem, match="could not be read"):
        load_file(tmp_path / "nowhere.har")


def test_window_opens_files_into_the_inspector_and_explains_bad_ones(
    qtbot, window, run, sandbox, creds, tmp_path
):
    exchanges, _ = record_session(run, sandbox.base_url, creds)
    good = tmp_path / "s.har"
    good.write_text(har_text(exchanges))
    bad = tmp_path / "bad.har"
    bad.write_text("[" * 100_000)
    actions = window.session_actions
    actions.import_file(bad)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "importProblemDialog") is not None)
    box = window.findChild(QMessageBox, "importProblemDialog")
    assert "bad.har could not be opened" in box.text()
    assert "nested too deeply" in box.text()
    assert window.findChild(QMessageBox, "unexpectedErrorDialog") is None
    box.close()
    actions.import_file(good)
    # The inspector takes a burst of rows as one insert at the end of the turn.
    qtbot.waitUntil(lambda: len(window.exchanges) == len(exchanges), timeout=2000)
    assert "Opened 4 requests from s.har (imported, read-only)." in window.inspector.notice.text()
    model = window.inspector.model
    from PySide6.QtCore import Qt

    index = model.index(0, 2)
    assert model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "imported from s.har"
    window.inspector.select_row(0)
    assert "note: imported from s.har" in window.inspector.details.toPlainText()
