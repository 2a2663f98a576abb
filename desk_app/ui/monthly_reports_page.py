"""月度报表 (R11): where each monthly report stands (due / overdue / done), and the
reports dialog — choose the report and the month, generate it as PDF or Excel off the
GUI thread with a progress bar, save it, and mark it done (which clears its dashboard
tile). The statuses, the state of "mark done" (the report lifecycle's guard table) and
the marking go through ``desk_app.screens.monthly_reports``."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.reports.command import generate_report
from desk_app.reports.data import REPORT_TITLES
from desk_app.screens.base import ActionState
from desk_app.screens.enums import ReportKind
from desk_app.screens.monthly_reports import MonthlyReportsScreen, ReportState, ReportStatus
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "MonthlyReportsPage",
    {
        "title": QT_TRANSLATE_NOOP("MonthlyReportsPage", "月度报表"),
        "generate": QT_TRANSLATE_NOOP("MonthlyReportsPage", "生成报告(&R)…"),
        "refresh": QT_TRANSLATE_NOOP("MonthlyReportsPage", "刷新"),
        "col_month": QT_TRANSLATE_NOOP("MonthlyReportsPage", "月份"),
        "col_kind": QT_TRANSLATE_NOOP("MonthlyReportsPage", "报告"),
        "col_due": QT_TRANSLATE_NOOP("MonthlyReportsPage", "截止日期"),
        "moved": QT_TRANSLATE_NOOP("MonthlyReportsPage", "（遇休息日提前）"),
        "col_state": QT_TRANSLATE_NOOP("MonthlyReportsPage", "状态"),
        "col_file": QT_TRANSLATE_NOOP("MonthlyReportsPage", "文件"),
        "late": QT_TRANSLATE_NOOP("MonthlyReportsPage", "（逾期完成）"),
        "dialog_title": QT_TRANSLATE_NOOP("MonthlyReportsPage", "生成月度报告"),
        "kind": QT_TRANSLATE_NOOP("MonthlyReportsPage", "报告："),
        "month": QT_TRANSLATE_NOOP("MonthlyReportsPage", "月份："),
        "format": QT_TRANSLATE_NOOP("MonthlyReportsPage", "格式："),
        "measures": QT_TRANSLATE_NOOP("MonthlyReportsPage", "改进措施："),
        "measures_hint": QT_TRANSLATE_NOOP(
            "MonthlyReportsPage", "投诉分析报告和业主公示中的改进措施（留空则用已登记的内容）"
        ),
        "pdf": QT_TRANSLATE_NOOP("MonthlyReportsPage", "PDF 文件 (*.pdf)"),
        "xlsx": QT_TRANSLATE_NOOP("MonthlyReportsPage", "Excel 工作簿 (*.xlsx)"),
        "start": QT_TRANSLATE_NOOP("MonthlyReportsPage", "生成并保存(&S)…"),
        "mark_done": QT_TRANSLATE_NOOP("MonthlyReportsPage", "登记为已完成(&D)"),
        "mark_done_tip": QT_TRANSLATE_NOOP(
            "MonthlyReportsPage", "由主管或部门负责人登记，看板上的提醒随之消除（R11）"
        ),
        "open": QT_TRANSLATE_NOOP("MonthlyReportsPage", "打开文件"),
        "close": QT_TRANSLATE_NOOP("MonthlyReportsPage", "关闭"),
        "working": QT_TRANSLATE_NOOP("MonthlyReportsPage", "正在生成…"),
        "saved": QT_TRANSLATE_NOOP("MonthlyReportsPage", "已保存：{path}"),
        "marked": QT_TRANSLATE_NOOP("MonthlyReportsPage", "已登记完成：{kind} {month}"),
        "failed": QT_TRANSLATE_NOOP("MonthlyReportsPage", "生成失败：{error}"),
    },
)

_STATE_INK = {
    ReportState.OVERDUE: QColor("#b42318"),
    ReportState.DUE: QColor("#8a5a00"),
    ReportState.DONE: QColor("#2f855a"),
    ReportState.UPCOMING: QColor("#52606d"),
}


class _Progress(QObject):
    """The worker's progress, delivered on the GUI thread."""

    progress = Signal(int, int)


class ReportDialog(QDialog):
    """Choose the report and month, generate with progress, save, mark done."""

    #: The report was written (the path).
    generated = Signal(str)
    #: Generation failed (the message).
    failed = Signal(str)

    def __init__(
        self,
        context: DeskContext,
        kind: ReportKind | None = None,
        month: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.reports = MonthlyReportsScreen(context.workspace)
        self.setWindowTitle(TEXT("dialog_title"))
        self.resize(520, 360)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.worker_progress = _Progress(self)
        self.worker_progress.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        #: the file being written now (None when no report is being generated)
        self.generating: Path | None = None
        self.last_path: Path | None = None
        #: what the rule says of "mark done" for the chosen report and month
        self.done_state = ActionState(enabled=False)

        form = QFormLayout()
        self.kind_box = QComboBox()
        for member in ReportKind:
            self.kind_box.addItem(REPORT_TITLES[member], member.value)
        if kind is not None:
            self.kind_box.setCurrentIndex(list(ReportKind).index(kind))
        form.addRow(TEXT("kind"), self.kind_box)
        self.month_edit = QDateEdit()
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        start = month or self.reports.last_month()
        self.month_edit.setDate(QDate(start.year, start.month, 1))
        form.addRow(TEXT("month"), self.month_edit)
        self.format_box = QComboBox()
        self.format_box.addItem(TEXT("pdf"), ".pdf")
        self.format_box.addItem(TEXT("xlsx"), ".xlsx")
        form.addRow(TEXT("format"), self.format_box)
        self.measures_edit = QPlainTextEdit()
        self.measures_edit.setPlaceholderText(TEXT("measures_hint"))
        form.addRow(TEXT("measures"), self.measures_edit)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.start_button = QPushButton(TEXT("start"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.choose_and_generate)
        self.open_button = QPushButton(TEXT("open"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_file)
        self.done_button = QPushButton(TEXT("mark_done"))
        self.done_button.setToolTip(TEXT("mark_done_tip"))
        self.done_button.setEnabled(False)
        self.done_button.clicked.connect(self.mark_done)
        self.kind_box.currentIndexChanged.connect(lambda _index: self.show_actions())
        self.month_edit.dateChanged.connect(lambda _date: self.show_actions())
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(TEXT("close"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addWidget(self.open_button)
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.show_actions()

    def show_actions(self) -> None:
        """ "Mark done" as the rule says for the chosen report and month (R11: a
        supervisor or department head, a month that has begun), once it is generated."""
        states = operations.run(
            self, lambda: self.reports.actions(self.kind, self.month), on_failure=lambda _error: None
        )
        self.done_state = states["mark_done"] if states is not None else ActionState(enabled=False)
        self._show_done_button()

    def _show_done_button(self) -> None:
        rule = self.done_state
        self.done_button.setVisible(rule.visible)
        self.done_button.setEnabled(rule.enabled and self.last_path is not None and self.generating is None)
        self.done_button.setToolTip(rule.reason or TEXT("mark_done_tip"))

    @property
    def kind(self) -> ReportKind:
        return ReportKind(self.kind_box.currentData())

    @property
    def month(self) -> date:
        value = self.month_edit.date()
        return date(value.year(), value.month(), 1)

    def choose_and_generate(self) -> None:
        suffix = str(self.format_box.currentData())
        suggested = f"{REPORT_TITLES[self.kind]}-{self.month:%Y-%m}{suffix}"
        name, _ = QFileDialog.getSaveFileName(
            self, TEXT("dialog_title"), suggested, TEXT("pdf") if suffix == ".pdf" else TEXT("xlsx")
        )
        if name:
            path = Path(name)
            self.generate(path if path.suffix.lower() == suffix else path.with_suffix(suffix))

    def generate(self, out: Path) -> None:
        """Start generating into ``out`` on the worker; progress shows in the bar."""
        measures = self.measures_edit.toPlainText().strip() or None
        database, kind, month = self.context.workspace.database, self.kind, self.month
        progress = self.worker_progress.progress

        def work() -> Path:
            try:
                return generate_report(
                    database,
                    kind,
                    month,
                    out,
                    measures=measures,
                    progress=lambda done, total: progress.emit(done, total),
                )
            except OSError as error:  # the folder chosen cannot be written: say why
                raise DomainError(str(error)) from error

        self.generating = out
        self.start_button.setEnabled(False)
        self._show_done_button()
        self.progress.setRange(0, 0)  # busy until the first step reports
        self.status_label.setText(TEXT("working"))
        operations.run_in_background(
            self, work, on_success=self._on_finished, on_failure=self._on_failed, pool=self.pool
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_finished(self, out: Path) -> None:
        self.generating = None
        self.last_path = out
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.start_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self._show_done_button()
        self.status_label.setText(TEXT("saved", path=str(out)))
        self.generated.emit(str(out))

    def _on_failed(self, error: DomainError) -> None:
        log.warning("generating %s %s failed: %s", self.kind, self.month, error)
        self.generating = None
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.start_button.setEnabled(True)
        self._show_done_button()
        self.status_label.setText(TEXT("failed", error=str(error)))
        self.failed.emit(str(error))

    def _refused(self, error: DomainError) -> None:
        QMessageBox.warning(self, TEXT("dialog_title"), str(error))

    def _open_file(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    def mark_done(self) -> ReportStatus | None:
        """R11: the signed-in supervisor marks the report done (its tile clears); the
        service's refusal (the same rule that disabled the button) is shown."""
        measures = self.measures_edit.toPlainText().strip() or None
        file_name = self.last_path.name if self.last_path is not None else None
        kind, month = self.kind, self.month
        status = operations.run(
            self, lambda: self.reports.mark_done(kind, month, file_name, measures), on_failure=self._refused
        )
        if status is None:
            return None
        self.status_label.setText(TEXT("marked", kind=REPORT_TITLES[self.kind], month=f"{self.month:%Y-%m}"))
        self.context.record_saved("monthly_reports", 0)
        return status


class MonthlyReportsPage(QWidget):
    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.reports = MonthlyReportsScreen(context.workspace)
        self.statuses: list[ReportStatus] = []
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        header.addWidget(page_title(TEXT("title")))
        header.addStretch(1)
        self.refresh_button = QPushButton(TEXT("refresh"))
        self.refresh_button.clicked.connect(self.reload)
        header.addWidget(self.refresh_button)
        self.generate_button = QPushButton(TEXT("generate"))
        self.generate_button.clicked.connect(lambda: self.open_dialog())
        header.addWidget(self.generate_button)
        layout.addLayout(header)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [TEXT(key) for key in ("col_month", "col_kind", "col_due", "col_state", "col_file")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(lambda cell: self.open_dialog(cell.row()))
        layout.addWidget(self.table)
        self.dialog: ReportDialog | None = None
        context.recordSaved.connect(lambda kind, _id: self.reload() if kind == "monthly_reports" else None)
        self.reload()

    def reload(self) -> None:
        sheet = operations.run(self, self.reports.read)
        if sheet is None:
            return
        self.statuses = list(sheet.statuses)
        self.table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            state = str(status.state.label) + (TEXT("late") if status.done_late else "")
            cells = (
                f"{status.month:%Y-%m}",
                REPORT_TITLES[status.kind],
                f"{status.due:%Y-%m-%d}" + (TEXT("moved") if status.nominal_due else ""),
                state,
                status.file_name or "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setForeground(_STATE_INK[status.state])
                if column == 2 and status.nominal_due:
                    cell.setToolTip(str(status.due_note))  # str(): translated
                self.table.setItem(row, column, cell)

    def open_dialog(self, row: int | None = None) -> ReportDialog:
        status = self.statuses[row] if row is not None and 0 <= row < len(self.statuses) else None
        self.dialog = ReportDialog(
            self.context, status.kind if status else None, status.month if status else None, self
        )
        self.dialog.show()
        return self.dialog
