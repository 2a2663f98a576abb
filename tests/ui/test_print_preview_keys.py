"""Issue 15: the print preview fits a 768-px screen, goes page by page (PgDn / PgUp),
zooms (Ctrl++ / Ctrl+-), fits the width or the page, and its 另存为 PDF proposes the
printouts folder and a file name with the record number."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desk_app.ui import print_preview
from desk_app.ui.print_preview import PrintPreviewDialog, pdf_file_name


def _pdf(pages: int) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4)
    for number in range(pages):
        sheet.drawString(72, 720, f"page {number + 1}")
        sheet.showPage()
    sheet.save()
    return out.getvalue()


class _CounterScreen:
    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
        return QRect(0, 0, 1366, 728)


@pytest.fixture
def preview(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> PrintPreviewDialog:
    monkeypatch.setattr(PrintPreviewDialog, "screen", lambda _self: _CounterScreen())
    dialog = PrintPreviewDialog(None, "派工单/协调单", _pdf(3), number="PG-202611-0001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_not_taller_than_the_screen(preview: PrintPreviewDialog) -> None:
    assert preview.height() + print_preview.TITLE_BAR_HEIGHT <= 728


def test_page_keys_and_zoom(qtbot: QtBot, preview: PrintPreviewDialog) -> None:
    assert preview.current_page() == 1 and preview.page_label.text() == "第 1 / 3 页"
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    assert preview.current_page() == 2 and preview.page_label.text() == "第 2 / 3 页"
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    assert preview.current_page() == 2
    zoom = preview.zoom
    qtbot.keyClick(preview, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > zoom
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == pytest.approx(zoom)
    viewport = preview.scroll_area.viewport()
    qtbot.keyClick(preview, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 整页 (an animated click)
    qtbot.waitUntil(lambda: preview.page_labels[0].pixmap().height() <= viewport.height())
    qtbot.keyClick(preview, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # 适合宽度
    qtbot.waitUntil(lambda: preview.page_labels[0].pixmap().width() >= viewport.width() - 40)
    assert preview.page_labels[0].pixmap().width() <= viewport.width()


def test_save_proposes_the_printouts_folder_and_the_number(
    preview: PrintPreviewDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(print_preview, "printouts_dir", lambda: tmp_path / "printouts")
    proposed: list[str] = []

    def ask(_parent: object, _caption: str, default: str, _filter: str) -> tuple[str, str]:
        proposed.append(default)
        return default, ""

    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName", ask)
    saved = preview.save_as()
    assert proposed == [str(tmp_path / "printouts" / "派工单-协调单-PG-202611-0001.pdf")]
    assert saved is not None and saved.read_bytes().startswith(b"%PDF")


def test_file_names_have_nothing_a_file_system_refuses() -> None:
    assert pdf_file_name("派工单/协调单") == "派工单-协调单.pdf"
    assert pdf_file_name("日盘点表", "2026-11-23") == "日盘点表-2026-11-23.pdf"
