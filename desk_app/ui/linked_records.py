"""A short list of the records linked to the one on screen (issue 14: a dispute, its
reminder-slip cases and its rectification notices), each with its state now; Enter or
a double click opens it on its own screen. The services decide what is linked
(``disputes.dispute_links`` / ``disputes.links_of``); this only shows it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.services.disputes import DisputeLink
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "LinkedRecords",
    {
        "title": QT_TRANSLATE_NOOP("LinkedRecords", "关联记录（回车或双击打开）"),
        "disputes": QT_TRANSLATE_NOOP("LinkedRecords", "邻里纠纷"),
        "reminder_slips": QT_TRANSLATE_NOOP("LinkedRecords", "温馨提示"),
        "rectification_notices": QT_TRANSLATE_NOOP("LinkedRecords", "整改通知书"),
        "line": QT_TRANSLATE_NOOP("LinkedRecords", "{what} {number}（{state}） {summary}"),
    },
)


class _List(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class LinkedRecords(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(TEXT("title"))
        self.list = _List()
        self.list.setMaximumHeight(90)
        self.list.itemActivated.connect(self._open)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        self.setVisible(False)

    def set_links(self, links: Sequence[DisputeLink], *, keep_visible: bool = False) -> None:
        self.list.clear()
        for link in links:
            item = QListWidgetItem(
                TEXT("line", what=TEXT(link.kind), number=link.number, state=link.state, summary=link.summary)
            )
            item.setData(Qt.ItemDataRole.UserRole, (link.kind, link.record_id, link.number))
            self.list.addItem(item)
        self.setVisible(bool(links) or keep_visible)

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def numbers(self) -> list[str]:
        role = Qt.ItemDataRole.UserRole
        return [str(self.list.item(row).data(role)[2]) for row in range(self.list.count())]

    def current_number(self) -> str:
        """The number of the chosen line ("" when none is chosen)."""
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)[2]) if item is not None else ""

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_id, _number = item.data(Qt.ItemDataRole.UserRole)
        self.context.request_open(str(kind), int(record_id))
