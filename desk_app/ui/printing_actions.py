"""A 打印 button for a record form: renders the printout through the printing registry
(``desk_app.printing.registry.KINDS``, the same renderers as ``desk-app print``, read by
``printing.printouts.render_printout`` in one unit of work with the record's number) on
a worker thread and opens the program's print preview (``ui.print_preview``: the pages,
打印 through the printer dialog, 另存为 PDF). The fonts are embedded, so any printer
prints the same. ``print_record()`` instead writes the PDF to the user's ``printouts``
folder and opens it in the system's PDF viewer (the daily tally's 打印 uses it).

    self.print_button = PrintButton(self, "notice")      # a registry kind name
    self.print_button.set_record(notice_id)              # None disables it
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desk_app.printing.printouts import printouts_dir
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.print_preview import RenderJob, show_print_preview
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "PrintButton",
    {
        "print": QT_TRANSLATE_NOOP("PrintButton", "打印(&P)…"),
        "tip": QT_TRANSLATE_NOOP("PrintButton", "生成 PDF 并用系统的 PDF 阅读器打开，在其中打印"),
        "soon": QT_TRANSLATE_NOOP("PrintButton", "打印功能即将提供"),
        "title": QT_TRANSLATE_NOOP("PrintButton", "打印"),
        "failed": QT_TRANSLATE_NOOP("PrintButton", "无法生成打印件：{detail}"),
        "saved": QT_TRANSLATE_NOOP(
            "PrintButton", "已生成 {path}，但没有找到可以打开 PDF 的程序，请手动打开后打印。"
        ),
    },
)


class PrintButton(QPushButton):
    """Prints one record of a registry kind (see the module docstring)."""

    def __init__(self, owner: QWidget, kind: str, text: str | None = None) -> None:
        super().__init__(text or TEXT("print"))
        self.owner = owner
        self.kind = kind
        self.record_id: int | None = None
        #: the last PDF written (for tests and the status bar)
        self.last_path: Path | None = None
        self.available = self._title() is not None
        self.setToolTip(TEXT("tip") if self.available else TEXT("soon"))
        self.clicked.connect(self.preview)
        self.setEnabled(False)

    def _title(self) -> str | None:
        try:
            from desk_app.printing.printouts import title_of
        except ImportError:  # the printing module is not installed with this build
            log.warning("the printing registry cannot be imported", exc_info=True)
            return None
        return title_of(self.kind)

    def set_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        self.setEnabled(self.available and record_id is not None)

    def _context(self) -> DeskContext:
        context = getattr(self.owner, "context", None)
        assert isinstance(context, DeskContext)
        return context

    def preview(self) -> RenderJob | None:
        """Render on a worker thread (its own read unit of work), then open the preview."""
        from desk_app.printing.printouts import numbered, render_printout

        title = self._title()
        if self.record_id is None or title is None:
            return None
        workspace = self._context().workspace
        kind, record_id = self.kind, self.record_id
        shown = getattr(self.owner, "record_number", None)  # for the saved file's name
        if isinstance(shown, str) and shown:

            def render() -> bytes:
                return render_printout(workspace, kind, record_id, with_number=False).pdf

            return show_print_preview(self.owner, title, render, number=shown)
        if not numbered(kind):

            def render_settings() -> bytes:
                return render_printout(workspace, kind, record_id, with_number=False).pdf

            return show_print_preview(self.owner, title, render_settings)
        found: list[str | None] = []

        def render_numbered() -> bytes:
            printout = render_printout(workspace, kind, record_id)
            found.append(printout.number)  # read with the printout, not in a query of its own
            return printout.pdf

        return show_print_preview(
            self.owner, title, render_numbered, number=lambda: found[-1] if found else None
        )

    def print_record(self) -> Path | None:
        """Render, write and open the PDF; the path, or None when it failed (said why)."""
        from desk_app.printing.printouts import render_printout

        if self.record_id is None or self._title() is None:
            return None
        workspace = self._context().workspace
        kind, record_id = self.kind, self.record_id

        def failed(error: DomainError) -> None:
            QMessageBox.warning(self.owner, TEXT("title"), TEXT("failed", detail=str(error)))

        printout = operations.run(
            self.owner,
            lambda: render_printout(workspace, kind, record_id, with_number=False),
            on_failure=failed,
        )
        if printout is None:
            return None
        folder = printouts_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{self.kind}-{self.record_id}.pdf"
            path.write_bytes(printout.pdf)
        except OSError as error:
            QMessageBox.warning(self.owner, TEXT("title"), TEXT("failed", detail=str(error)))
            return None
        self.last_path = path
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self.owner, TEXT("title"), TEXT("saved", path=path))
        return path
