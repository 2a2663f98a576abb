"""操作日志: the administrator's searchable view of the whole audit trail (issue 7), by
person, record kind, date range and text. Everyone else sees a refusal; the service
(``services.audit.search``, read through ``screens.audit_log``) refuses them too, so
hiding the table is not the only guard.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.audit_log import KIND_LABELS, AuditFilter, AuditLogScreen
from desk_app.services.errors import DomainError, PermissionDeniedError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "AuditPage",
    {
        "title": QT_TRANSLATE_NOOP("AuditPage", "操作日志"),
        "person": QT_TRANSLATE_NOOP("AuditPage", "人员(&P)："),
        "kind": QT_TRANSLATE_NOOP("AuditPage", "记录类别(&K)："),
        "from": QT_TRANSLATE_NOOP("AuditPage", "从(&C)："),
        "to": QT_TRANSLATE_NOOP("AuditPage", "到(&T)："),
        "use_dates": QT_TRANSLATE_NOOP("AuditPage", "按日期(&D)"),
        "text": QT_TRANSLATE_NOOP("AuditPage", "内容(&X)："),
        "text_hint": QT_TRANSLATE_NOOP("AuditPage", "编号、字段名、修改前后的内容"),
        "search": QT_TRANSLATE_NOOP("AuditPage", "查找(&S)"),
        "everyone": QT_TRANSLATE_NOOP("AuditPage", "（全部人员）"),
        "every_kind": QT_TRANSLATE_NOOP("AuditPage", "（全部类别）"),
        "col_at": QT_TRANSLATE_NOOP("AuditPage", "时间"),
        "col_person": QT_TRANSLATE_NOOP("AuditPage", "人员"),
        "col_action": QT_TRANSLATE_NOOP("AuditPage", "操作"),
        "col_kind": QT_TRANSLATE_NOOP("AuditPage", "记录类别"),
        "col_record": QT_TRANSLATE_NOOP("AuditPage", "记录"),
        "col_field": QT_TRANSLATE_NOOP("AuditPage", "字段"),
        "col_old": QT_TRANSLATE_NOOP("AuditPage", "修改前"),
        "col_new": QT_TRANSLATE_NOOP("AuditPage", "修改后"),
        "found": QT_TRANSLATE_NOOP("AuditPage", "共 {total} 条，显示最新的 {shown} 条"),
        "found_all": QT_TRANSLATE_NOOP("AuditPage", "共 {total} 条"),
        "refused": QT_TRANSLATE_NOOP(
            "AuditPage", "只有系统管理员可以查看全部操作日志。\n\n每条投诉的修改历史可在投诉处理记录中查看。"
        ),
        "failed": QT_TRANSLATE_NOOP("AuditPage", "无法读取操作日志：{detail}"),
    },
)

COLUMNS = ("col_at", "col_person", "col_action", "col_kind", "col_record", "col_field", "col_old", "col_new")


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditPage(QWidget):
    def __init__(self, page_context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = page_context
        self.log_screen = AuditLogScreen(page_context.workspace)
        self.setObjectName("auditPage")
        outer = QVBoxLayout(self)
        outer.addWidget(page_title(TEXT("title")))

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.refusal_label = QLabel(TEXT("refused"))
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal_label.setWordWrap(True)
        self.stack.addWidget(self.refusal_label)
        self.stack.addWidget(self._build_log_view())

        self.context.staffChanged.connect(self.refresh)
        self.refresh()

    def _build_log_view(self) -> QWidget:
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QGridLayout()
        self.person_box = QComboBox()
        self.person_box.setMinimumContentsLength(8)
        self.kind_box = QComboBox()
        self.kind_box.addItem(TEXT("every_kind"), None)
        for table, label in sorted(KIND_LABELS.items(), key=lambda item: str(item[1])):
            self.kind_box.addItem(str(label), table)
        self.use_dates = QCheckBox(TEXT("use_dates"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.text_box = QLineEdit()
        self.text_box.setPlaceholderText(TEXT("text_hint"))
        self.text_box.setClearButtonEnabled(True)
        self.text_box.returnPressed.connect(self.search)
        self.search_button = QPushButton(TEXT("search"))
        self.search_button.clicked.connect(self.search)

        def labelled(key: str, widget: QWidget) -> QLabel:
            label = QLabel(TEXT(key))
            label.setBuddy(widget)
            return label

        filters.addWidget(labelled("person", self.person_box), 0, 0)
        filters.addWidget(self.person_box, 0, 1)
        filters.addWidget(labelled("kind", self.kind_box), 0, 2)
        filters.addWidget(self.kind_box, 0, 3)
        filters.addWidget(labelled("text", self.text_box), 0, 4)
        filters.addWidget(self.text_box, 0, 5)
        dates = QHBoxLayout()
        dates.addWidget(self.use_dates)
        dates.addWidget(labelled("from", self.from_edit))
        dates.addWidget(self.from_edit)
        dates.addWidget(labelled("to", self.to_edit))
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        filters.addLayout(dates, 1, 0, 1, 5)
        filters.addWidget(self.search_button, 1, 5, Qt.AlignmentFlag.AlignRight)
        filters.setColumnStretch(5, 1)
        layout.addLayout(filters)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([TEXT(key) for key in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # Old and new values can be long texts: a fixed share, the whole text in the tip.
        header.setSectionResizeMode(len(COLUMNS) - 2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(len(COLUMNS) - 2, 260)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)
        self.status_label = QLabel()
        self.status_label.setObjectName("auditStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        return view

    # -- behaviour --------------------------------------------------------------------

    def is_refused(self) -> bool:
        return self.stack.currentWidget() is self.refusal_label

    def refresh(self, _staff_id: int = -1) -> None:
        """Show the log to an administrator (filled with the newest rows), the refusal to
        anyone else."""

        def refused(error: DomainError) -> None:
            if isinstance(error, PermissionDeniedError):
                self.table.setRowCount(0)
                self.stack.setCurrentWidget(self.refusal_label)
                return
            log.warning("could not open the audit log: %s", error)
            self.refusal_label.setText(TEXT("failed", detail=str(error)))
            self.stack.setCurrentIndex(0)

        opening = operations.run(self, self.log_screen.open, on_failure=refused)
        if opening is None:
            return
        people, today = opening.people, opening.today
        self.refusal_label.setText(TEXT("refused"))
        chosen = self.person_box.currentData()
        self.person_box.clear()
        self.person_box.addItem(TEXT("everyone"), None)
        for staff_id, name in people:
            self.person_box.addItem(name, staff_id)
        index = self.person_box.findData(chosen)
        self.person_box.setCurrentIndex(max(index, 0))
        if not self.use_dates.isChecked():
            self.from_edit.setDate(QDate(today.year, today.month, 1))
            self.to_edit.setDate(QDate(today.year, today.month, today.day))
        self.stack.setCurrentIndex(1)
        self.search()

    def current_filter(self) -> AuditFilter:
        start: date | None = None
        end: date | None = None
        if self.use_dates.isChecked():
            start = _day(self.from_edit.date())
            end = _day(self.to_edit.date())
        person = self.person_box.currentData()
        kind = self.kind_box.currentData()
        return AuditFilter(
            staff_id=person if isinstance(person, int) else None,
            table_name=kind if isinstance(kind, str) else None,
            start=start,
            end=end,
            text=self.text_box.text(),
        )

    def search(self) -> int:
        """Fill the table with the newest matching rows; how many are shown."""
        wanted = self.current_filter()

        def failed(error: DomainError) -> None:
            if isinstance(error, PermissionDeniedError):
                self.stack.setCurrentWidget(self.refusal_label)
            else:
                self.status_label.setText(TEXT("failed", detail=str(error.message)))

        found = operations.run(self, lambda: self.log_screen.search(wanted), on_failure=failed)
        if found is None:
            return 0
        total, entries, zone = found.total, found.entries, found.zone
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            record = entry.record_number or ("—" if entry.record_key == "*" else f"#{entry.record_key}")
            values = (
                entry.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"),
                entry.staff_name,
                enum_label(entry.action),
                entry.kind,
                record,
                entry.field or "",
                entry.old_shown,  # enum labels, 是/否, local time, as the record's history
                entry.new_shown,
            )
            for column, shown_value in enumerate(values):
                value = str(shown_value)  # labels of the services are translated messages
                item = QTableWidgetItem(value)
                if column >= 6:
                    item.setToolTip(value)
                elif column == 5 and entry.field_label:
                    item.setToolTip(str(entry.field_label))
                self.table.setItem(row, column, item)
        shown = len(entries)
        key = "found_all" if shown >= total else "found"
        self.status_label.setText(TEXT(key, total=total, shown=shown))
        return shown
