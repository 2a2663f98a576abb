"""日盘点 (R10): the day's complaints and repair reports with their status, confirmed
by the responsible person (the signed-in staff member); the past working days still
without a confirmed tally are listed on the right, a click shows that day.

Reads and the confirmation are one short unit of work each through its screen
(``screens.daily_tally``); 确认盘点 is enabled from the rule (``tallies.TALLY_GUARDS``:
who is responsible for the counter's day, no day still to come). Printing
the 日盘点表 goes through the printing registry (kind ``tally``); while the registry has
no tally renderer the button stays disabled with a tooltip saying so.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.daily_tally import DailyTallyScreen, TallyDay, TallyKind, TallySheet
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.print_preview import RenderJob
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

log = logging.getLogger(__name__)

#: The printing registry's name for the 日盘点表 (``desk_app.printing.registry.KINDS``).
TALLY_PRINT_KIND = "tally"

TEXT = ScreenText(
    "DailyTallyPage",
    {
        "title": QT_TRANSLATE_NOOP("DailyTallyPage", "日盘点"),
        "day": QT_TRANSLATE_NOOP("DailyTallyPage", "日期："),
        "today": QT_TRANSLATE_NOOP("DailyTallyPage", "今天"),
        "refresh": QT_TRANSLATE_NOOP("DailyTallyPage", "刷新"),
        "col_kind": QT_TRANSLATE_NOOP("DailyTallyPage", "类别"),
        "kind_complaint": QT_TRANSLATE_NOOP("DailyTallyPage", "投诉"),
        "kind_repair": QT_TRANSLATE_NOOP("DailyTallyPage", "报修"),
        "col_number": QT_TRANSLATE_NOOP("DailyTallyPage", "编号"),
        "col_time": QT_TRANSLATE_NOOP("DailyTallyPage", "受理时间"),
        "col_room": QT_TRANSLATE_NOOP("DailyTallyPage", "房号"),
        "col_summary": QT_TRANSLATE_NOOP("DailyTallyPage", "内容摘要"),
        "col_status": QT_TRANSLATE_NOOP("DailyTallyPage", "状态"),
        "summary": QT_TRANSLATE_NOOP(
            "DailyTallyPage", "{day} 共受理投诉 {complaints} 件、报修 {repairs} 件，其中未完结 {open} 件。"
        ),
        "not_workday": QT_TRANSLATE_NOOP("DailyTallyPage", "（非工作日，无须盘点）"),
        "confirmed": QT_TRANSLATE_NOOP("DailyTallyPage", "已于 {at} 由 {who} 确认。"),
        "unconfirmed": QT_TRANSLATE_NOOP("DailyTallyPage", "尚未确认。"),
        "note": QT_TRANSLATE_NOOP("DailyTallyPage", "备注（可不填）"),
        "confirm": QT_TRANSLATE_NOOP("DailyTallyPage", "确认盘点(&C)"),
        "reconfirm": QT_TRANSLATE_NOOP("DailyTallyPage", "重新确认(&C)"),
        "confirm_tip": QT_TRANSLATE_NOOP("DailyTallyPage", "以当前值班人员的名义确认本日盘点（R10）"),
        "nobody": QT_TRANSLATE_NOOP("DailyTallyPage", "请先在状态栏选择当前值班人员，再确认盘点。"),
        "print": QT_TRANSLATE_NOOP("DailyTallyPage", "打印日盘点表(&P)…"),
        "print_tip": QT_TRANSLATE_NOOP("DailyTallyPage", "生成日盘点表并打开打印预览"),
        "print_soon": QT_TRANSLATE_NOOP("DailyTallyPage", "日盘点表的打印功能即将提供"),
        "print_saved": QT_TRANSLATE_NOOP("DailyTallyPage", "已生成 {path}，请手动打开后打印。"),
        "missing": QT_TRANSLATE_NOOP("DailyTallyPage", "未确认的工作日（近 30 天）"),
        "none_missing": QT_TRANSLATE_NOOP("DailyTallyPage", "近 30 天的盘点均已确认。"),
        "error_title": QT_TRANSLATE_NOOP("DailyTallyPage", "日盘点"),
        "db_error": QT_TRANSLATE_NOOP("DailyTallyPage", "数据库出错，请稍后再试：{detail}"),
    },
)

_OPEN_INK = QColor("#b42318")


def _tally_renderer() -> object | None:
    """The printing registry's tally kind, or None while there is none."""
    try:
        from desk_app.printing.registry import KINDS
    except ImportError:
        log.warning("the printing registry cannot be imported", exc_info=True)
        return None
    return KINDS.get(TALLY_PRINT_KIND)


class DailyTallyPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.screen_of_day = DailyTallyScreen(context.workspace)
        self.sheet: TallySheet | None = None
        self.tally_day: TallyDay | None = None
        self.last_print_path: Path | None = None

        outer = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(page_title(TEXT("title")))
        header.addSpacing(24)
        header.addWidget(QLabel(TEXT("day")))
        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        header.addWidget(self.day_edit)
        self.today_button = QPushButton(TEXT("today"))
        header.addWidget(self.today_button)
        self.refresh_button = QPushButton(TEXT("refresh"))
        header.addWidget(self.refresh_button)
        header.addStretch(1)
        outer.addLayout(header)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                TEXT(key)
                for key in ("col_kind", "col_number", "col_time", "col_room", "col_summary", "col_status")
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        table_header = self.table.horizontalHeader()
        for column in range(6):
            table_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table_header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda cell: self._open_row(cell.row()))
        left.addWidget(self.table)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        left.addWidget(self.summary_label)
        self.confirmation_label = QLabel()
        left.addWidget(self.confirmation_label)
        actions = QHBoxLayout()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(TEXT("note"))
        actions.addWidget(self.note_edit, 1)
        self.confirm_button = QPushButton(TEXT("confirm"))
        self.confirm_button.setToolTip(TEXT("confirm_tip"))
        actions.addWidget(self.confirm_button)
        self.print_button = QPushButton(TEXT("print"))
        self.print_available = _tally_renderer() is not None
        self.print_button.setEnabled(self.print_available)
        self.print_button.setToolTip(TEXT("print_tip") if self.print_available else TEXT("print_soon"))
        actions.addWidget(self.print_button)
        left.addLayout(actions)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.addWidget(QLabel(TEXT("missing")))
        self.missing_list = QListWidget()
        self.missing_list.itemActivated.connect(self._show_missing_day)
        self.missing_list.itemClicked.connect(self._show_missing_day)
        right.addWidget(self.missing_list)
        body.addLayout(right, 1)
        outer.addLayout(body)

        self.day_edit.setDate(self._qdate(self._today()))
        self.day_edit.dateChanged.connect(lambda _: self.reload())
        self.today_button.clicked.connect(lambda: self.show_day(self._today()))
        self.refresh_button.clicked.connect(self.reload)
        self.confirm_button.clicked.connect(self.confirm)
        self.print_button.clicked.connect(self.print_tally)
        context.recordSaved.connect(
            lambda kind, _id: self.reload() if kind in ("complaints", "worklog") else None
        )
        context.staffChanged.connect(lambda _id: self._update_buttons())
        self.reload()

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _qdate(day: date) -> QDate:
        return QDate(day.year, day.month, day.day)

    def _today(self) -> date:
        return self.screen_of_day.today()

    @property
    def day(self) -> date:
        value = self.day_edit.date()
        return date(value.year(), value.month(), value.day())

    def show_day(self, day: date) -> None:
        if day == self.day:
            self.reload()
        else:
            self.day_edit.setDate(self._qdate(day))  # reloads through dateChanged

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, TEXT("error_title"), message)

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> None:
        day = self.day
        found = operations.run(self, lambda: self.screen_of_day.read(day), on_failure=self._failed)
        if found is not None:
            self.tally_day = found
            self.show_sheet(found.sheet)

    def _failed(self, error: DomainError) -> None:
        self._error(str(error))

    def show_sheet(self, sheet: TallySheet) -> None:
        self.sheet = sheet
        self.table.setRowCount(len(sheet.items))
        for row, item in enumerate(sheet.items):
            cells = (
                TEXT("kind_complaint") if item.kind is TallyKind.COMPLAINT else TEXT("kind_repair"),
                item.number,
                f"{item.received_at:%H:%M}",
                item.room or "—",
                item.summary,
                enum_label(item.status),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.number)
                if column == 5 and item.is_open:
                    cell.setForeground(_OPEN_INK)
                self.table.setItem(row, column, cell)
        summary = TEXT(
            "summary",
            day=f"{sheet.day:%Y-%m-%d}",
            complaints=sheet.complaints_count,
            repairs=sheet.repairs_count,
            open=sheet.open_count,
        )
        if not sheet.is_workday:
            summary += TEXT("not_workday")
        self.summary_label.setText(summary)
        if sheet.confirmation is not None:
            who = sheet.confirmation.by or "—"
            self.confirmation_label.setText(
                TEXT("confirmed", at=f"{sheet.confirmation.at:%Y-%m-%d %H:%M}", who=who)
            )
            self.confirmation_label.setStyleSheet("color: #2f855a;")
        else:
            self.confirmation_label.setText(TEXT("unconfirmed"))
            self.confirmation_label.setStyleSheet("color: #b42318;" if sheet.is_workday else "")
        self.missing_list.clear()
        for day in reversed(sheet.missing):  # newest first
            entry = QListWidgetItem(f"{day:%Y-%m-%d}")
            entry.setData(Qt.ItemDataRole.UserRole, day.isoformat())
            self.missing_list.addItem(entry)
        if not sheet.missing:
            placeholder = QListWidgetItem(TEXT("none_missing"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.missing_list.addItem(placeholder)
        self._update_buttons()

    def _update_buttons(self) -> None:
        confirmed = self.sheet is not None and self.sheet.confirmation is not None
        self.confirm_button.setText(TEXT("reconfirm") if confirmed else TEXT("confirm"))
        state = self.tally_day.actions["confirm"] if self.tally_day is not None else None
        self.confirm_button.setEnabled(state is not None and state.enabled)
        self.confirm_button.setToolTip(state.reason if state and state.reason else TEXT("confirm_tip"))

    def _show_missing_day(self, entry: QListWidgetItem) -> None:
        value = entry.data(Qt.ItemDataRole.UserRole)
        if isinstance(value, str):
            self.show_day(date.fromisoformat(value))

    def _open_row(self, row: int) -> None:
        """Complaints open in the complaint screen; repair reports in the work log."""
        if self.sheet is None or not 0 <= row < len(self.sheet.items):
            return
        item = self.sheet.items[row]
        record_id = self._record_id(item.kind, item.number)
        if record_id is not None:
            self.context.request_open(
                "complaints" if item.kind is TallyKind.COMPLAINT else "worklog", record_id
            )

    def _record_id(self, kind: TallyKind, number: str) -> int | None:
        return operations.run(
            self, lambda: self.screen_of_day.record_id(kind, number), on_failure=self._failed
        )

    # -- actions -------------------------------------------------------------------------------

    def confirm(self) -> bool:
        """R10: the signed-in staff member confirms the shown day's tally."""
        staff_id = self.context.staff_id
        if staff_id is None:
            self._error(TEXT("nobody"))
            return False
        note = self.note_edit.text().strip() or None
        day = self.day
        tally_id = operations.run(
            self, lambda: self.screen_of_day.confirm(day, note), on_failure=self._failed
        )
        if tally_id is None:
            return False
        self.note_edit.clear()
        self.context.record_saved("daily_tally", tally_id)
        self.reload()
        return True

    def print_tally(self) -> RenderJob | None:
        """Render the 日盘点表 through the printing registry on a worker thread and open
        the print preview (issue 15: it printed without one); saving proposes the
        printouts folder and a file name with the day."""
        kind = _tally_renderer()
        if kind is None:
            return None
        from desk_app.printing.printouts import render_printout
        from desk_app.ui.print_preview import show_print_preview

        workspace = self.context.workspace
        day = self.day
        title = str(getattr(kind, "title", ""))

        def render() -> bytes:
            return render_printout(workspace, TALLY_PRINT_KIND, day).pdf

        return show_print_preview(self, title, render, number=f"{day:%Y-%m-%d}")
