"""The print preview dialog: pages drawn with PDFium, saving, printing to a PDF printer,
batch rendering on a worker thread with progress and cancel (pytest-qt, offscreen)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pypdf
import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.models.enums import ReminderKind
from desk_app.printing.reminder_slips import SlipData, SlipLayout, render_slip_batch
from desk_app.services.errors import NotFoundError
from desk_app.services.reminder_cases import slip_text
from desk_app.ui import print_preview
from desk_app.ui.print_preview import (
    PrintPreviewDialog,
    first_page_points,
    match_paper,
    page_images,
    print_pdf,
    run_batch_print,
    show_print_preview,
)

SH = ZoneInfo("Asia/Shanghai")


def slips(count: int) -> list[SlipData]:
    kinds = list(ReminderKind)
    return [
        SlipData(
            case_number=f"TX-202611-{index + 1:04d}",
            kind=kinds[index % len(kinds)],
            location=f"{index + 1}栋1单元",
            sequence=1,
            text=slip_text(kinds[index % len(kinds)], f"{index + 1}栋1单元", 1, date(2026, 11, 26)),
            posted_at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
            signatories=("阳光花园物业服务中心",),
        )
        for index in range(count)
    ]


def pages_in(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_pages_render_to_images() -> None:
    pdf = render_slip_batch(slips(3), SH, SlipLayout.A5)
    images = list(page_images(pdf, 72))
    assert len(images) == pages_in(pdf) == 3
    # A5 at 72 dpi: 420 × 595 points.
    assert abs(images[0].width() - 420) <= 1 and abs(images[0].height() - 595) <= 1
    dark = sum(
        1
        for x in range(0, images[0].width(), 3)
        for y in range(0, images[0].height(), 3)
        if images[0].pixelColor(x, y).lightness() < 128
    )
    assert dark > 100, "the page rendered blank"


def test_dialog_shows_pages_and_saves(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pdf = render_slip_batch(slips(5), SH, SlipLayout.TWO_PER_A4)
    dialog = PrintPreviewDialog(None, "温馨提示", pdf)
    qtbot.addWidget(dialog)
    assert dialog.total_pages == 3 and len(dialog.page_labels) == 3
    assert "共 3 页" in dialog.pages_label.text()
    target = tmp_path / "slips"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    saved = dialog.save_as()
    assert saved == tmp_path / "slips.pdf"
    assert saved.read_bytes() == pdf


def test_preview_is_limited_for_big_batches(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_preview, "PREVIEW_PAGE_LIMIT", 2)
    pdf = render_slip_batch(slips(5), SH, SlipLayout.A5)
    dialog = PrintPreviewDialog(None, "温馨提示", pdf)
    qtbot.addWidget(dialog)
    assert dialog.total_pages == 5 and len(dialog.page_labels) == 2
    assert "预览前 2 页" in dialog.pages_label.text()


def test_print_to_a_pdf_printer(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = render_slip_batch(slips(4), SH, SlipLayout.A5)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    assert print_pdf(printer, pdf) == 4
    assert pages_in(out.read_bytes()) == 4


@pytest.mark.parametrize(
    ("layout", "size", "orientation"),
    [
        (SlipLayout.TWO_PER_A4, QPageSize.PageSizeId.A4, QPageLayout.Orientation.Landscape),
        (SlipLayout.A5, QPageSize.PageSizeId.A5, QPageLayout.Orientation.Portrait),
    ],
)
def test_the_printer_starts_from_the_papers_paper(
    qtbot: QtBot,
    tmp_path: Path,
    layout: SlipLayout,
    size: QPageSize.PageSizeId,
    orientation: QPageLayout.Orientation,
) -> None:
    """Issue 16: the print dialog starts from the document's own sheet. On the printer's
    default A4 upright, the slips' A4 across (two A5 halves) printed shrunk into the top
    half of the sheet (seen in the pages that arrived through CUPS,
    tests/printing/test_cups_printing.py)."""
    pdf = render_slip_batch(slips(2), SH, layout)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    match_paper(printer, first_page_points(pdf))
    assert printer.pageLayout().pageSize().id() == size
    assert printer.pageLayout().orientation() == orientation
    print_pdf(printer, pdf)
    sent = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    printed = pypdf.PdfReader(out).pages[0].mediabox
    assert abs(float(printed.width) - float(sent.width)) < 2
    assert abs(float(printed.height) - float(sent.height)) < 2


def test_batch_runs_on_a_worker_with_progress(qtbot: QtBot) -> None:
    seen: list[tuple[int, int]] = []
    done: list[bytes] = []

    def render(progress: Any, cancelled: Any) -> bytes:
        return render_slip_batch(slips(20), SH, progress=progress, cancelled=cancelled)

    job = run_batch_print(None, "温馨提示", render, on_done=done.append)
    job.signals.progress.connect(lambda a, b: seen.append((a, b)))
    qtbot.waitUntil(lambda: bool(done), timeout=20000)
    assert pages_in(done[0]) == 10
    assert not seen or seen[-1] == (20, 20)


def test_batch_can_be_cancelled(qtbot: QtBot) -> None:
    done: list[bytes] = []

    def render(progress: Any, cancelled: Any) -> bytes:
        job.cancel()  # the person pressed 取消 while the slips were being laid out
        return render_slip_batch(slips(20), SH, progress=progress, cancelled=cancelled)

    job = print_preview.RenderJob(render, "温馨提示")
    with qtbot.waitSignal(job.signals.cancelled, timeout=20000):
        job.signals.finished.connect(done.append)
        job.run()
    assert not done


def test_a_refused_render_is_shown(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def render() -> bytes:
        raise NotFoundError("找不到编号为“TS-1”的投诉")

    show_print_preview(None, "顾客投诉处理记录表", render)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "找不到编号为“TS-1”的投诉" in shown[0]


def test_a_character_no_font_has_is_named_in_the_preview(qtbot: QtBot) -> None:
    """Issue 16: an emoji or a script the fonts lack prints blank — the preview says
    which characters, instead of a silent blank."""
    data = slips(1)[0]
    text = data.text + "😀"
    job = print_preview.RenderJob(
        lambda _progress, _cancelled: render_slip_batch([SlipData(**{**data.__dict__, "text": text})], SH),
        "温馨提示",
    )
    done: list[bytes] = []
    job.signals.finished.connect(done.append)
    job.run()
    assert done and job.missing == ["😀"]
    dialog = PrintPreviewDialog(None, "温馨提示", done[0], job.missing)
    qtbot.addWidget(dialog)
    assert not dialog.missing_label.isHidden()
    assert "U+1F600" in dialog.missing_label.text() and "😀" in dialog.missing_label.text()
    plain = PrintPreviewDialog(None, "温馨提示", done[0])
    qtbot.addWidget(plain)
    assert plain.missing_label.isHidden()
