"""Print preview, printing and saving as PDF for every printout; batch printing on a
worker thread with a progress dialog and a cancel button.

For the screens::

    show_print_preview(self, "整改通知书", lambda: render_printout(workspace, "notice", notice_id).pdf)
    run_batch_print(self, "温馨提示", lambda progress, cancelled: render_slips(..., progress, cancelled))

``render`` runs on a worker thread (ARCHITECTURE: no PDF rendering on the GUI thread):
it reads in a unit of work of its own (``printing.printouts.render_printout``) and
returns the PDF bytes. A ``DomainError`` it raises (unknown record, wrong kind) is shown to the
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
from PySide6.QtCore import QObject, QRectF, QRunnable, QSize, QSizeF, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPixmap, QShortcut
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
from desk_app.printing.printouts import printouts_dir
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
        "zoom_in_tip": QT_TRANSLATE_NOOP(CONTEXT, "放大（Ctrl++）"),
        "zoom_out_tip": QT_TRANSLATE_NOOP(CONTEXT, "缩小（Ctrl+-）"),
        "fit_width": QT_TRANSLATE_NOOP(CONTEXT, "适合宽度(&W)"),
        "fit_page": QT_TRANSLATE_NOOP(CONTEXT, "整页(&A)"),
        "previous_page": QT_TRANSLATE_NOOP(CONTEXT, "上一页"),
        "next_page": QT_TRANSLATE_NOOP(CONTEXT, "下一页"),
        "previous_tip": QT_TRANSLATE_NOOP(CONTEXT, "上一页（PgUp）"),
        "next_tip": QT_TRANSLATE_NOOP(CONTEXT, "下一页（PgDn）"),
        "page_of": QT_TRANSLATE_NOOP(CONTEXT, "第 {page} / {pages} 页"),
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

#: What the window frame takes above the dialog (the preview stays on a 768-px screen).
TITLE_BAR_HEIGHT = 32
_UNSAFE_IN_NAMES = str.maketrans({char: "-" for char in '/\\:*?"<>|'})

ProgressCallback = Callable[[int, int], None]
#: The record number for a saved file's name, or how to get it once the printout is
#: rendered (read in the render's own unit of work, not in a query of its own).
NumberSource = str | Callable[[], str | None] | None


def pdf_file_name(title: str, number: str | None = None) -> str:
    """A file name for a printout: its title and the record number, with nothing a file
    system refuses ("派工单/协调单" is not a folder and a file; issue 15)."""
    stem = title.translate(_UNSAFE_IN_NAMES).strip() or "printout"
    if number:
        stem = f"{stem}-{number.translate(_UNSAFE_IN_NAMES).strip()}"
    return f"{stem}.pdf"


def first_page_points(pdf: bytes) -> tuple[float, float]:
    """The first page's width and height in points (A4 when there is no page)."""
    document = pdfium.PdfDocument(pdf)
    try:
        if not len(document):
            return (595.0, 842.0)
        width, height = document[0].get_size()
        return (float(width), float(height))
    finally:
        document.close()


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


def match_paper(printer: QPrinter, page_points: tuple[float, float]) -> None:
    """Give ``printer`` the paper of the document's first page (size and orientation)
    before the print dialog shows it, so the person starts from the right sheet. Left
    to itself, the printer keeps its default (A4 portrait): the slips' landscape A4 of
    two A5 halves would print shrunk into the top half of an upright sheet (issue 16,
    seen in the pages that arrive through CUPS). A printer that lacks the size keeps its
    own paper and only the orientation follows."""
    width, height = page_points
    size = QPageSize(
        QSizeF(min(width, height), max(width, height)),
        QPageSize.Unit.Point,
        "",
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    printer.setPageSize(size)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )


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
    """The pages of one PDF, with 打印 and 另存为 PDF. Keyboard (issue 15): PgDn / PgUp
    go page by page, Ctrl++ / Ctrl+- zoom, Alt+W fits the width, Alt+A the whole page;
    the dialog is never taller than the screen's free height."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        pdf: bytes,
        missing: Sequence[str] = (),
        number: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.missing = list(missing)
        self.document_title = title
        self.file_name = pdf_file_name(title, number)
        self.zoom = 1.0
        self.total_pages = page_count(pdf)
        self.page_points = first_page_points(pdf)
        self.setWindowTitle(TEXT("title", title=title))
        size = QSize(900, 1000)
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            size = size.boundedTo(QSize(free.width(), free.height() - TITLE_BAR_HEIGHT))
        self.resize(size)

        self.print_button = QPushButton(TEXT("print"))
        self.save_button = QPushButton(TEXT("save"))
        self.fit_width_button = QPushButton(TEXT("fit_width"))
        self.fit_page_button = QPushButton(TEXT("fit_page"))
        zoom_in = QPushButton(TEXT("zoom_in"))
        zoom_in.setToolTip(TEXT("zoom_in_tip"))
        zoom_out = QPushButton(TEXT("zoom_out"))
        zoom_out.setToolTip(TEXT("zoom_out_tip"))
        self.previous_button = QPushButton(TEXT("previous_page"))
        self.previous_button.setToolTip(TEXT("previous_tip"))
        self.next_button = QPushButton(TEXT("next_page"))
        self.next_button.setToolTip(TEXT("next_tip"))
        self.page_label = QLabel()
        close = QPushButton(TEXT("close"))
        shown = min(self.total_pages, PREVIEW_PAGE_LIMIT)
        self.pages_label = QLabel(
            TEXT("pages", pages=self.total_pages)
            if shown == self.total_pages
            else TEXT("pages_limited", pages=self.total_pages, shown=shown)
        )
        bar = QHBoxLayout()
        for widget in (
            self.print_button,
            self.save_button,
            self.fit_width_button,
            self.fit_page_button,
            zoom_out,
            zoom_in,
            self.previous_button,
            self.next_button,
            self.page_label,
        ):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.pages_label)
        bar.addWidget(close)

        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.page_layout.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.page_box)
        self.scroll_area.setStyleSheet("QScrollArea { background: #808080; }")
        self.scroll_area.verticalScrollBar().valueChanged.connect(lambda _value: self._show_page_number())

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        #: Characters no font of the printouts has (they print blank): named, never silent.
        self.missing_label = QLabel(TEXT("missing", chars=describe(self.missing)) if self.missing else "")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a61b1b; font-weight: bold;")
        self.missing_label.setVisible(bool(self.missing))
        layout.addWidget(self.missing_label)
        layout.addWidget(self.scroll_area, 1)

        self.page_labels: list[QLabel] = []
        self._show_pages()
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        zoom_in.clicked.connect(self.zoom_in)
        zoom_out.clicked.connect(self.zoom_out)
        self.fit_width_button.clicked.connect(self.fit_width)
        self.fit_page_button.clicked.connect(self.fit_page)
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        close.clicked.connect(self.reject)
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence(Qt.Key.Key_PageDown), lambda: self.go_to_page(self.current_page() + 1)),
            (QKeySequence(Qt.Key.Key_PageUp), lambda: self.go_to_page(self.current_page() - 1)),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence(Qt.Key.Key_Home), lambda: self.go_to_page(1)),
            (QKeySequence(Qt.Key.Key_End), lambda: self.go_to_page(self.total_pages)),
        ]
        self.shortcuts = []
        for sequence, slot in keys:
            shortcut = QShortcut(sequence, self)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        self._show_page_number()

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
        page = self.current_page()
        self.zoom = max(0.3, min(3.0, zoom))
        self._show_pages()
        self.page_box.adjustSize()
        self.go_to_page(page)

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom * 1.25)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom / 1.25)

    def _page_pixels(self, zoom: float = 1.0) -> tuple[float, float]:
        width, height = self.page_points
        scale = SCREEN_DPI * zoom / 72.0
        return (width * scale, height * scale)

    def fit_width(self) -> None:
        """The page as wide as the window (Alt+W)."""
        width, _height = self._page_pixels()
        room = self.scroll_area.viewport().width() - 2 * self.page_layout.contentsMargins().left() - 4
        self._set_zoom(room / width)

    def fit_page(self) -> None:
        """One whole page in the window (Alt+A)."""
        width, height = self._page_pixels()
        margins = self.page_layout.contentsMargins()
        room_w = self.scroll_area.viewport().width() - margins.left() - margins.right() - 4
        room_h = self.scroll_area.viewport().height() - margins.top() - margins.bottom() - 4
        self._set_zoom(min(room_w / width, room_h / height))

    def current_page(self) -> int:
        """The page at the top of the view, from 1."""
        top = self.scroll_area.verticalScrollBar().value()
        page = 1
        previous_y = -1
        for index, label in enumerate(self.page_labels, start=1):
            if label.y() <= previous_y or label.y() > top + 8:
                break  # not laid out yet, or below the top of the view
            page, previous_y = index, label.y()
        return page

    def go_to_page(self, page: int) -> None:
        if not self.page_labels:
            return
        page = max(1, min(len(self.page_labels), page))
        self.page_layout.activate()
        self.scroll_area.verticalScrollBar().setValue(
            self.page_labels[page - 1].y() - self.page_layout.spacing() // 2
        )
        self._show_page_number(page)

    def _show_page_number(self, page: int | None = None) -> None:
        shown = page if page is not None else self.current_page()
        self.page_label.setText(TEXT("page_of", page=shown, pages=self.total_pages))
        self.previous_button.setEnabled(shown > 1)
        self.next_button.setEnabled(shown < len(self.page_labels))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document_title)
        match_paper(printer, self.page_points)
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
        folder = printouts_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            log.warning("the printouts folder %s cannot be made", folder, exc_info=True)
        path_text, _filter = QFileDialog.getSaveFileName(
            self, TEXT("save_caption"), str(folder / self.file_name), TEXT("pdf_filter")
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
    number: NumberSource = None,
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
        shown = number() if callable(number) else number
        dialog = PrintPreviewDialog(parent, title, pdf, job.missing, shown)
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
    number: NumberSource = None,
) -> RenderJob:
    """Render one printout on a worker thread, then open its preview (print, save).
    ``number``: the record number, for the file name a save proposes (or a function
    giving it once ``render`` has run)."""
    return _start(
        parent, title, lambda _progress, _cancelled: render(), batch=False, pool=pool, number=number
    )


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
