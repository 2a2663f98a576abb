"""Print preview, printing and saving as PDF for every printout; batch printing on a
worker thread with a progress dialog and a cancel button.

For the screens::

    show_print_preview(self, "整改通知书", lambda: render_in_own_session(...))
    run_batch_print(self, "温馨提示", lambda progress, cancelled: render_slips(..., progress, cancelled))

``render`` runs on a worker thread (ARCHITECTURE: no PDF rendering on the GUI thread):
it must open its own read session (``with db.read() as session: ...``) and return the
PDF bytes. A ``DomainError`` it raises (unknown record, wrong kind) is shown to the
person as it is; anything else is logged and shown as a failure.

The pages are drawn with PDFium (``pypdfium2``): PySide6-Essentials has no QtPdf. The
preview shows the first ``PREVIEW_PAGE_LIMIT`` pages; printing and saving use all.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desk_app.printing.glyphs import collect_missing, describe
from desk_app.services.errors import DomainError
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

CONTEXT = "PrintPreview"
TEXT = ScreenText(
    CONTEXT,
    {
        "title": QT_TRANSLATE_NOOP(CONTEXT, "打印预览 — {title}"),
        "print": QT_TRANSLATE_NOOP(CONTEXT, "打印(&P)…"),
        "save": QT_TRANSLATE_NOOP(CONTEXT, "另存为 PDF(&S)…"),
        "zoom_in": QT_TRANSLATE_NOOP(CONTEXT, "放大"),
        "zoom_out": QT_TRANSLATE_NOOP(CONTEXT, "缩小"),
        "close": QT_TRANSLATE_NOOP(CONTEXT, "关闭"),
        "pages": QT_TRANSLATE_NOOP(CONTEXT, "共 {pages} 页"),
        "pages_limited": QT_TRANSLATE_NOOP(
            CONTEXT, "共 {pages} 页（预览前 {shown} 页；打印和保存包含全部页面）"
        ),
        "save_caption": QT_TRANSLATE_NOOP(CONTEXT, "另存为 PDF"),
        "pdf_filter": QT_TRANSLATE_NOOP(CONTEXT, "PDF 文件 (*.pdf)"),
        "saved": QT_TRANSLATE_NOOP(CONTEXT, "已保存到 {path}"),
        "save_failed": QT_TRANSLATE_NOOP(CONTEXT, "无法保存到 {path}：{error}"),
        "rendering": QT_TRANSLATE_NOOP(CONTEXT, "正在生成“{title}”…"),
        "batch_progress": QT_TRANSLATE_NOOP(CONTEXT, "正在生成“{title}”：{done} / {total}"),
        "cancel": QT_TRANSLATE_NOOP(CONTEXT, "取消"),
        "cannot_print": QT_TRANSLATE_NOOP(CONTEXT, "无法打印"),
        "failed": QT_TRANSLATE_NOOP(CONTEXT, "生成“{title}”时出错：{error}"),
        "cancelled": QT_TRANSLATE_NOOP(CONTEXT, "已取消"),
        "missing": QT_TRANSLATE_NOOP(
            CONTEXT, "注意：以下字符没有可用的字体，打印出来是空白，请核对后再打印：{chars}"
        ),
    },
)

#: Pages shown in the preview; a 250-sheet batch is printed, not scrolled through.
PREVIEW_PAGE_LIMIT = 40
SCREEN_DPI = 96.0
#: Printing resolution cap: 300 dpi is sharp for text and keeps page images small.
PRINT_DPI = 300.0

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


# -- pages as images ------------------------------------------------------------------------


def page_count(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return len(document)
    finally:
        document.close()


def page_images(pdf: bytes, dpi: float, first: int = 0, last: int | None = None) -> Iterator[QImage]:
    """The pages ``first``..``last`` (exclusive) of ``pdf`` as images at ``dpi``."""
    document = pdfium.PdfDocument(pdf)
    try:
        end = len(document) if last is None else min(last, len(document))
        for index in range(first, end):
            page = document[index]
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
            image = QImage(
                bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888
            ).copy()  # own the pixels before PDFium frees its buffer
            bitmap.close()
            page.close()
            yield image
    finally:
        document.close()


def print_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Send the pages of ``pdf`` (the printer's page range, if one was chosen) to
    ``printer``, each scaled to the printable area keeping its proportions. Returns the
    number of pages printed."""
    total = page_count(pdf)
    first, last = 0, total
    if printer.fromPage() > 0:
        first = printer.fromPage() - 1
        last = min(total, printer.toPage() or total)
    dpi = min(float(printer.resolution()), PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("printer could not be started")
    printed = 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for image in page_images(pdf, dpi, first, last):
            if printed:
                printer.newPage()
            size = QSize(image.width(), image.height()).scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(0, 0, size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


# -- the dialog -------------------------------------------------------------------------------


class PrintPreviewDialog(QDialog):
    """The pages of one PDF, with 打印 and 另存为 PDF."""

    def __init__(self, parent: QWidget | None, title: str, pdf: bytes, missing: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.missing = list(missing)
        self.document_title = title
        self.zoom = 1.0
        self.total_pages = page_count(pdf)
        self.setWindowTitle(TEXT("title", title=title))
        self.resize(900, 1000)

        self.print_button = QPushButton(TEXT("print"))
        self.save_button = QPushButton(TEXT("save"))
        zoom_in = QPushButton(TEXT("zoom_in"))
        zoom_out = QPushButton(TEXT("zoom_out"))
        close = QPushButton(TEXT("close"))
        shown = min(self.total_pages, PREVIEW_PAGE_LIMIT)
        self.pages_label = QLabel(
            TEXT("pages", pages=self.total_pages)
            if shown == self.total_pages
            else TEXT("pages_limited", pages=self.total_pages, shown=shown)
        )
        bar = QHBoxLayout()
        for widget in (self.print_button, self.save_button, zoom_out, zoom_in):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)

        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page_box)
        scroll.setStyleSheet("QScrollArea { background: #808080; }")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        #: Characters no font of the printouts has (they print blank): named, never silent.
        self.missing_label = QLabel(TEXT("missing", chars=describe(self.missing)) if self.missing else "")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.missing_label.setVisible(bool(self.missing))
        layout.addWidget(self.missing_label)
        layout.addWidget(scroll, 1)

        self.page_labels: list[QLabel] = []
        self._show_pages()
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        zoom_in.clicked.connect(lambda: self._set_zoom(self.zoom * 1.25))
        zoom_out.clicked.connect(lambda: self._set_zoom(self.zoom / 1.25))
        close.clicked.connect(self.reject)

    def _show_pages(self) -> None:
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        limit = min(self.total_pages, PREVIEW_PAGE_LIMIT)
        for image in page_images(self.pdf, SCREEN_DPI * self.zoom, 0, limit):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("border: 1px solid #404040; background: white;")
            self.page_layout.addWidget(label)
            self.page_labels.append(label)

    def _set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.4, min(3.0, zoom))
        self._show_pages()

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document_title)
        printer.setFromTo(1, self.total_pages)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.total_pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(printer, self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, TEXT("cannot_print"), str(exc))

    def save_as(self) -> Path | None:
        path_text, _filter = QFileDialog.getSaveFileName(
            self, TEXT("save_caption"), f"{self.document_title}.pdf", TEXT("pdf_filter")
        )
        if not path_text:
            return None
        path = Path(path_text)
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.warning(self, TEXT("save_caption"), TEXT("save_failed", path=path, error=exc))
            return None
        return path


# -- rendering off the GUI thread ---------------------------------------------------------------


class _JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)
    cancelled = Signal()


class RenderJob(QRunnable):
    """Runs ``render(progress, cancelled)`` on a pool thread and reports by signals."""

    def __init__(self, render: Callable[[ProgressCallback, CancelCheck], bytes], title: str) -> None:
        super().__init__()
        self.render = render
        self.title = title
        self.signals = _JobSignals()
        self.cancel_event = threading.Event()
        #: Characters of the printout no font has (filled on the worker thread).
        self.missing: list[str] = []
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            with collect_missing() as missing:
                pdf = self.render(self.signals.progress.emit, self.cancel_event.is_set)
            self.missing = missing
        except DomainError as exc:
            self.signals.failed.emit(str(exc))
            return
        except Exception as exc:  # shown to the person, logged for the developers
            if self.cancel_event.is_set():
                self.signals.cancelled.emit()
                return
            log.exception("rendering %s failed", self.title)
            self.signals.failed.emit(TEXT("failed", title=self.title, error=exc))
            return
        if self.cancel_event.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(pdf)


_running: set[RenderJob] = set()


def _start(
    parent: QWidget | None,
    title: str,
    render: Callable[[ProgressCallback, CancelCheck], bytes],
    *,
    batch: bool,
    pool: QThreadPool | None = None,
    on_done: Callable[[bytes], None] | None = None,
) -> RenderJob:
    job = RenderJob(render, title)
    progress = QProgressDialog(TEXT("rendering", title=title), TEXT("cancel"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0 if batch else 400)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if not batch:
        progress.setCancelButton(None)

    def on_progress(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        progress.setLabelText(TEXT("batch_progress", title=title, done=done, total=total))

    def finish() -> None:
        progress.close()
        progress.deleteLater()
        _running.discard(job)

    def on_finished(pdf: bytes) -> None:
        finish()
        if on_done is not None:
            on_done(pdf)
            return
        dialog = PrintPreviewDialog(parent, title, pdf, job.missing)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_failed(message: str) -> None:
        finish()
        QMessageBox.warning(parent, TEXT("cannot_print"), message)

    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    job.signals.cancelled.connect(finish)
    progress.canceled.connect(job.cancel)
    _running.add(job)
    progress.show()
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def show_print_preview(
    parent: QWidget | None,
    title: str,
    render: Callable[[], bytes],
    *,
    pool: QThreadPool | None = None,
) -> RenderJob:
    """Render one printout on a worker thread, then open its preview (print, save)."""
    return _start(parent, title, lambda _progress, _cancelled: render(), batch=False, pool=pool)


def run_batch_print(
    parent: QWidget | None,
    title: str,
    render: Callable[[ProgressCallback, CancelCheck], bytes],
    *,
    pool: QThreadPool | None = None,
    on_done: Callable[[bytes], None] | None = None,
) -> RenderJob:
    """Render a batch (e.g. the slips of a whole case list) on a worker thread with a
    progress dialog and 取消; ``render(progress, cancelled)`` reports ``progress(done,
    total)`` and stops when ``cancelled()`` is true. When done, the preview opens (or
    ``on_done(pdf)`` is called)."""
    return _start(parent, title, render, batch=True, pool=pool, on_done=on_done)
