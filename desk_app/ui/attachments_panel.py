"""附件: the photos and scans of a saved record (issue 16), as one panel every record
screen that carries them shows (rectification notice, complaint, dispute, reminder
case, media visit).

- The list shows each file's thumbnail, name, size, who added it and when.
- 添加… opens a file dialog (several files at once); files can also be dragged onto
  the panel. Each file goes through its screen (``screens.attachments``: type by
  content, size limit): a refused file is named with its reason, the others are still
  added.
- 查看 opens the file with the system's viewer (through a temporary copy).
- 作废… asks for a reason and a confirmation; a voided file leaves the list but stays
  in the database.
- Keyboard: Tab reaches the list and the buttons; in the list Enter views, Delete
  voids, Insert adds.
"""

from __future__ import annotations

import logging
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.attachments import (
    MAX_MEGABYTES,
    AttachmentInfo,
    AttachmentOwner,
    AttachmentsScreen,
    size_text,
)
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.client_choice import local_text, zone_of
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "AttachmentsPanel",
    {
        "title": QT_TRANSLATE_NOOP("AttachmentsPanel", "附件（照片、扫描件）"),
        "hint": QT_TRANSLATE_NOOP(
            "AttachmentsPanel",
            "可添加 JPEG、PNG 照片或 PDF 扫描件，每个文件不超过 {limit} MB；也可把文件拖到这里。",
        ),
        "empty": QT_TRANSLATE_NOOP("AttachmentsPanel", "还没有附件。"),
        "add": QT_TRANSLATE_NOOP("AttachmentsPanel", "添加附件…"),
        "add_tip": QT_TRANSLATE_NOOP("AttachmentsPanel", "选择一个或多个照片、扫描件（列表中按 Insert）"),
        "view": QT_TRANSLATE_NOOP("AttachmentsPanel", "查看"),
        "view_tip": QT_TRANSLATE_NOOP("AttachmentsPanel", "用系统的看图/PDF 程序打开（列表中按 Enter）"),
        "void": QT_TRANSLATE_NOOP("AttachmentsPanel", "作废附件…"),
        "void_tip": QT_TRANSLATE_NOOP(
            "AttachmentsPanel", "作废选中的附件（须填写原因；文件不会被删除）（列表中按 Delete）"
        ),
        "choose_title": QT_TRANSLATE_NOOP("AttachmentsPanel", "选择照片或扫描件"),
        "choose_filter": QT_TRANSLATE_NOOP(
            "AttachmentsPanel",
            "照片和扫描件 (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF);;所有文件 (*)",
        ),
        "line": QT_TRANSLATE_NOOP("AttachmentsPanel", "{name}\n{kind}　{size}　{when}　{who}"),
        "kind_photo": QT_TRANSLATE_NOOP("AttachmentsPanel", "照片 {width}×{height}"),
        "kind_pdf": QT_TRANSLATE_NOOP("AttachmentsPanel", "PDF {pages} 页"),
        "added": QT_TRANSLATE_NOOP("AttachmentsPanel", "已添加 {count} 个附件。"),
        "refused_title": QT_TRANSLATE_NOOP("AttachmentsPanel", "附件未添加"),
        "refused": QT_TRANSLATE_NOOP("AttachmentsPanel", "以下文件没有添加：\n\n{lines}"),
        "no_staff": QT_TRANSLATE_NOOP("AttachmentsPanel", "请先登录，再添加或作废附件。"),
        "database_error": QT_TRANSLATE_NOOP("AttachmentsPanel", "数据库出错（{detail}），请稍后再试。"),
        "void_title": QT_TRANSLATE_NOOP("AttachmentsPanel", "作废附件"),
        "void_reason": QT_TRANSLATE_NOOP("AttachmentsPanel", "作废“{name}”的原因（必填）："),
        "void_confirm": QT_TRANSLATE_NOOP(
            "AttachmentsPanel",
            "确定作废附件“{name}”吗？\n原因：{reason}\n\n作废后不再列出和打印，但仍保留备查。",
        ),
        "voided": QT_TRANSLATE_NOOP("AttachmentsPanel", "附件“{name}”已作废。"),
        "failed_title": QT_TRANSLATE_NOOP("AttachmentsPanel", "附件"),
        "open_failed": QT_TRANSLATE_NOOP(
            "AttachmentsPanel", "无法打开“{name}”：系统没有能打开这种文件的程序。"
        ),
    },
)

THUMBNAIL = 64


def _safe_file_name(name: str) -> str:
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip(" .")
    return cleaned or "attachment"


def _icon(thumbnail: bytes | None) -> QIcon | None:
    """The thumbnail centred on a square with a thin frame, so every line's text starts
    at the same place and a white scanned page is still seen."""
    image = QPixmap()
    if not thumbnail or not image.loadFromData(thumbnail):
        return None
    image = image.scaled(
        THUMBNAIL - 2,
        THUMBNAIL - 2,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    square = QPixmap(THUMBNAIL, THUMBNAIL)
    square.fill(Qt.GlobalColor.transparent)
    painter = QPainter(square)
    x, y = (THUMBNAIL - image.width()) // 2, (THUMBNAIL - image.height()) // 2
    painter.drawPixmap(x, y, image)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(x - 1, y - 1, image.width() + 1, image.height() + 1)
    painter.end()
    return QIcon(square)


class _FileList(QListWidget):
    """The list, with Enter (view), Delete (void) and Insert (add)."""

    viewRequested = Signal()  # noqa: N815 (Qt signal name)
    voidRequested = Signal()  # noqa: N815
    addRequested = Signal()  # noqa: N815

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.viewRequested.emit()
        elif key == Qt.Key.Key_Delete:
            self.voidRequested.emit()
        elif key == Qt.Key.Key_Insert:
            self.addRequested.emit()
        else:
            super().keyPressEvent(event)


class AttachmentsPanel(QGroupBox):
    """The attachments of one record of ``owner_kind``; ``set_record(id)`` shows them
    (None hides the panel: a record must be saved first)."""

    changed = Signal()

    def __init__(
        self, context: DeskContext, owner_kind: AttachmentOwner, parent: QWidget | None = None
    ) -> None:
        super().__init__(TEXT("title"), parent)
        self.setObjectName("attachmentsPanel")
        self.context = context
        self.owner_kind = owner_kind
        self.files = AttachmentsScreen(context.workspace, owner_kind)
        self.record_id: int | None = None
        self.items: list[AttachmentInfo] = []
        self._temp_dir: Path | None = None
        self.setAcceptDrops(True)

        self.hint = QLabel(TEXT("hint", limit=MAX_MEGABYTES))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        self.list = _FileList()
        self.list.setObjectName("attachmentList")
        self.list.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(2 * THUMBNAIL + 16)
        self.list.setAccessibleName(TEXT("title"))
        self.list.itemActivated.connect(lambda _item: self.view_current())
        self.list.viewRequested.connect(self.view_current)
        self.list.voidRequested.connect(self.void_current)
        self.list.addRequested.connect(self.choose_files)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("attachmentStatus")

        self.add_button = QPushButton(TEXT("add"))
        self.add_button.setToolTip(TEXT("add_tip"))
        self.add_button.clicked.connect(self.choose_files)
        self.view_button = QPushButton(TEXT("view"))
        self.view_button.setToolTip(TEXT("view_tip"))
        self.view_button.clicked.connect(self.view_current)
        self.void_button = QPushButton(TEXT("void"))
        self.void_button.setToolTip(TEXT("void_tip"))
        self.void_button.clicked.connect(self.void_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.view_button, self.void_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.list, self.add_button)
        QWidget.setTabOrder(self.add_button, self.view_button)
        QWidget.setTabOrder(self.view_button, self.void_button)
        self.set_record(None)

    # -- showing ------------------------------------------------------------------------

    def set_record(self, record_id: int | None) -> None:
        if record_id != self.record_id:
            self.status.clear()
        self.record_id = record_id
        self.setVisible(record_id is not None)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.items = []
        record_id = self.record_id
        if record_id is not None:

            def unreadable(error: DomainError) -> None:
                log.warning("attachments of %s %s cannot be read: %s", self.owner_kind, record_id, error)

            self.items = operations.run(self, lambda: self.files.list(record_id), on_failure=unreadable) or []
        for info in self.items:
            item = QListWidgetItem(self._line(info))
            icon = _icon(info.thumbnail)
            if icon is not None:
                item.setIcon(icon)
            item.setData(Qt.ItemDataRole.UserRole, info.attachment_id)
            item.setToolTip(info.caption or info.file_name)
            self.list.addItem(item)
        if not self.items:
            placeholder = QListWidgetItem(TEXT("empty"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)
        else:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _line(self, info: AttachmentInfo) -> str:
        if info.is_pdf:
            kind = TEXT("kind_pdf", pages=info.page_count or 0)
        else:
            kind = TEXT("kind_photo", width=info.width or 0, height=info.height or 0)
        return TEXT(
            "line",
            name=f"{info.file_name}　{info.caption}" if info.caption else info.file_name,
            kind=kind,
            size=size_text(info.size),
            when=local_text(info.created_at, zone_of(self.context)),
            who=info.created_by or "",
        ).rstrip()

    def current(self) -> AttachmentInfo | None:
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.view_button.setEnabled(chosen)
        self.void_button.setEnabled(chosen)
        self.add_button.setEnabled(self.record_id is not None)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #1b5e20;")

    # -- adding ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        if self.record_id is None:
            return
        paths, _filter = QFileDialog.getOpenFileNames(self, TEXT("choose_title"), "", TEXT("choose_filter"))
        if paths:
            self.add_paths([Path(path) for path in paths])

    def add_paths(self, paths: list[Path]) -> int:
        """Attach the files; the refused ones are named with their reason. The count added."""
        if self.record_id is None or not paths:
            return 0
        if self.context.staff_id is None:
            self._say(TEXT("no_staff"), error=True)
            return 0
        added = 0
        refused: list[str] = []
        record_id = self.record_id
        for path in paths:

            def add(path: Path = path) -> bool:
                self.files.add(record_id, path)
                return True

            def failed(error: DomainError, path: Path = path) -> None:
                refused.append(f"• {path.name}：{error}")

            if operations.run(self, add, on_failure=failed):
                added += 1
        self.refresh()
        if added:
            self._say(TEXT("added", count=added))
            self.list.setCurrentRow(len(self.items) - 1)
            self.changed.emit()
        if refused:
            lines = "\n".join(refused)
            if not added:
                self._say(lines, error=True)
            QMessageBox.warning(self, TEXT("refused_title"), TEXT("refused", lines=lines))
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.record_id is not None and urls and all(url.isLocalFile() for url in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    # -- viewing and voiding ----------------------------------------------------------------

    def temporary_copy(self, info: AttachmentInfo) -> Path:
        """The file written to a private temporary folder, for the system's viewer."""
        stored = self.files.read(info.attachment_id)
        if self._temp_dir is None:
            self._temp_dir = Path(tempfile.mkdtemp(prefix="desk-attachments-"))
        folder = self._temp_dir / str(stored.attachment_id)
        folder.mkdir(exist_ok=True)
        path = folder / _safe_file_name(stored.file_name)
        path.write_bytes(stored.data)
        return path

    def view_current(self) -> None:
        info = self.current()
        if info is None:
            return
        try:
            path = self.temporary_copy(info)
        except (DomainError, OSError) as error:
            log.warning("attachment %s cannot be opened", info.attachment_id, exc_info=True)
            detail = (
                str(error) if isinstance(error, DomainError) else TEXT("open_failed", name=info.file_name)
            )
            self._say(detail, error=True)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._say(TEXT("open_failed", name=info.file_name), error=True)

    def void_current(self) -> None:
        info = self.current()
        if info is None:
            return
        if self.context.staff_id is None:
            self._say(TEXT("no_staff"), error=True)
            return
        reason, accepted = QInputDialog.getText(
            self, TEXT("void_title"), TEXT("void_reason", name=info.file_name)
        )
        reason = reason.strip()
        if not accepted or not reason:
            return
        answer = QMessageBox.question(
            self,
            TEXT("void_title"),
            TEXT("void_confirm", name=info.file_name, reason=reason),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def void() -> bool:
            self.files.void(info.attachment_id, reason)
            return True

        if not operations.run(self, void, on_failure=lambda error: self._say(str(error), error=True)):
            return
        self.refresh()
        self._say(TEXT("voided", name=info.file_name))
        self.changed.emit()


__all__ = ["AttachmentsPanel"]
