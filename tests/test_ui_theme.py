"""Custom-drawn widgets read on light and dark themes alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette

from otp_desktop.ui.onboarding.otp_input import OtpInput, slot_border


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def adwaita_dark() -> QPalette:
    """Roughly what GTK's Adwaita:dark hands Qt: Qt derives Mid from the button."""
    pal = QPalette(QColor("#353535"), QColor("#2d2d2d"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#2d2d2d"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#eeeeec"))
    return pal


def light() -> QPalette:
    pal = QPalette(QColor("#efefef"), QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    pal.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    return pal


def test_empty_code_slots_stand_out_on_dark_and_light_themes(qapp):
    active = QPalette.ColorGroup.Active
    for pal in (adwaita_dark(), light()):
        base = pal.color(active, QPalette.ColorRole.Base)
        # WCAG's minimum for the outline of a control: 3:1 against its background.
        assert contrast(slot_border(pal, active), base) >= 3.0
    # The Mid role this replaced was nearly invisible on the dark theme.
    dark = adwaita_dark()
    assert (
        contrast(
            dark.color(active, QPalette.ColorRole.Mid), dark.color(active, QPalette.ColorRole.Base)
        )
        < 1.5
    )


def test_code_input_says_which_digit_comes_next(qapp):
    box = OtpInput()
    assert "digit 1 of 6 next" in box.accessibleDescription()
    box.setCode("12")
    assert box.accessibleDescription().startswith("2 of 6 digits entered")
    assert "digit 3 of 6 next" in box.accessibleDescription()
    box.setCode("123456")
    assert "next" not in box.accessibleDescription()


def test_summary_breaks_only_between_tokens():
    from otp_desktop.ui.onboarding.result_page import NBSP, unbreakable_summary

    line = (
        "OTP onboarding verified: +91 ******3219 on Sandbox at 2026-11-27 18:40, 36 s, resends: 0"
    )
    shown = unbreakable_summary(line)
    assert f"36{NBSP}s" in shown
    assert f"+91{NBSP}******3219" in shown
    # Break opportunities remain only after the separators.
    assert [part.split(NBSP)[0] for part in shown.split(" ")][:2] == ["OTP", "+91"]
    assert shown.replace(NBSP, " ") == line


def test_success_mark_colour_keeps_contrast_on_both_themes(qapp):
    from otp_desktop.ui.onboarding.success_mark import success_colour

    active = QPalette.ColorGroup.Active
    for pal in (adwaita_dark(), light()):
        window = pal.color(active, QPalette.ColorRole.Window)
        assert contrast(success_colour(pal), window) >= 3.0


def test_json_view_pretty_prints_and_colours_keys_strings_and_numbers(qtbot):
    from otp_desktop.ui.widgets.json_view import JsonView

    view = JsonView("body", "Body")
    qtbot.addWidget(view)
    view.show_text('{"authCode": "0042", "balance": 12.5, "ok": true}')
    assert view.toPlainText().splitlines()[1] == '  "authCode": "0042",'
    colours = set()
    block = view.document().findBlockByNumber(2)  # '  "balance": 12.5,'
    for fmt in block.layout().formats():
        colours.add(fmt.format.foreground().color().name())
    assert len(colours) == 2  # the key and the number, each its own colour
    view.show_text("not json")
    assert view.toPlainText() == "not json"


def test_export_dialog_offers_a_named_file_in_a_sensible_folder(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from otp_desktop.ui.widgets import export_dialog

    monkeypatch.setattr(export_dialog, "_last_folder", {})
    parent = QWidget()
    qtbot.addWidget(parent)
    chosen = []
    dialog = export_dialog.choose_export_path(
        parent, "Export HAR", "HAR (*.har)", "har", chosen.append
    )
    assert dialog.directory().absolutePath() != str(Path.cwd())
    name = dialog.selectedFiles()[0].rsplit("/", 1)[-1]
    assert name.startswith("otp-desktop-session-")
    assert name.endswith(".har")
    target = tmp_path / "mine.har"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    assert chosen == [target]
    # The next export starts where the last one went.
    again = export_dialog.choose_export_path(
        parent, "Export CSV", "CSV (*.csv)", "csv", chosen.append
    )
    assert again.directory().absolutePath() == str(tmp_path)
    assert again.selectedFiles()[0].rsplit("/", 1)[-1].startswith("otp-desktop-history-")
    again.close()
