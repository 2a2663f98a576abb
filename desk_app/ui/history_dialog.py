"""修改历史: the audit history of the record open on a record screen (issue 7), as a
read-only table — 时间, 人员, 操作, 字段, 原值, 新值 — newest first.

``show_history(parent, context, model, record_id)`` reads it through its screen
(``screens.records.record_history``, which refuses when nobody is signed in, and a
document's history to whom may not read it) and opens the dialog, or says why not.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.clock import DEFAULT_ZONE
from desk_app.screens.records import HistoryLine, RecordModel, record_history
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "HistoryDialog",
    {
        "title": QT_TRANSLATE_NOOP("HistoryDialog", "修改历史"),
        "heading": QT_TRANSLATE_NOOP("HistoryDialog", "{kind} {number} 的修改历史（最新的在上）"),
        "empty": QT_TRANSLATE_NOOP("HistoryDialog", "这条记录还没有修改历史。"),
        "col_at": QT_TRANSLATE_NOOP("HistoryDialog", "时间"),
        "col_staff": QT_TRANSLATE_NOOP("HistoryDialog", "人员"),
        "col_action": QT_TRANSLATE_NOOP("HistoryDialog", "操作"),
        "col_field": QT_TRANSLATE_NOOP("HistoryDialog", "字段"),
        "col_old": QT_TRANSLATE_NOOP("HistoryDialog", "原值"),
        "col_new": QT_TRANSLATE_NOOP("HistoryDialog", "新值"),
        "failed": QT_TRANSLATE_NOOP("HistoryDialog", "无法显示修改历史：{detail}"),
    },
)

COLUMNS = ("col_at", "col_staff", "col_action", "col_field", "col_old", "col_new")


class HistoryDialog(QDialog):
    """The history lines of one record in a read-only table."""

    def __init__(
        self,
        lines: list[HistoryLine],
        heading: str,
        parent: QWidget | None = None,
        zone: tzinfo = DEFAULT_ZONE,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(TEXT("title"))
        self.resize(820, 460)

        self.heading = QLabel(heading if lines else f"{heading}\n{TEXT('empty')}")
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)

        self.table = QTableWidget(len(lines), len(COLUMNS))
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([TEXT(key) for key in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for row, line in enumerate(lines):
            cells = (
                local_text(line.at, zone),
                line.staff_name,
                enum_label(line.action),
                line.field_label,
                line.old_value,
                line.new_value,
            )
            for column, cell in enumerate(cells):
                text = str(cell)  # labels of the services are translated messages
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(len(COLUMNS)):
            width = self.table.columnWidth(column) + 12
            if column in (4, 5):  # long texts: readable widths, the tooltip has it all
                width = max(90, min(width, 240))
            self.table.setColumnWidth(column, width)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def row_texts(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and checks)."""
        return [
            [(self.table.item(row, column) or QTableWidgetItem()).text() for column in range(len(COLUMNS))]
            for row in range(self.table.rowCount())
        ]


def show_history(
    parent: QWidget, context: DeskContext, model: RecordModel, record_id: int, number: str = ""
) -> HistoryDialog | None:
    """Read the history of ``model`` ``record_id`` for the signed-in person and open the
    dialog (window-modal, not blocking); None, after saying why, when it cannot be read."""

    def failed(error: DomainError) -> None:
        QMessageBox.warning(parent, TEXT("title"), TEXT("failed", detail=str(error)))

    history = operations.run(
        parent, lambda: record_history(context.workspace, model, record_id), on_failure=failed
    )
    if history is None:
        return None
    heading = TEXT("heading", kind=history.kind, number=number or history.number).replace("  ", " ")
    dialog = HistoryDialog(history.lines, heading, parent, context.workspace.zone)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["HistoryDialog", "show_history"]
