"""导入业主信息表 / 导入工作人员 (issue 13): a three-page wizard — choose the file (and
the sheet), see every row as it will be stored with the rejected rows (red) and the
warnings (yellow, the warning as a tooltip), then import with a progress bar.

Reading and storing run on a pool thread (the rules are in ``services.roster`` and
``services.staff_import``; this screen only shows what they say). The staff import
shows the new accounts' start passwords once, to copy, save or print.

Entry points (the main window wires them into its menu):

- ``open_roster_import(parent, database, actor_id)`` → the roster wizard, shown;
- ``open_staff_import(parent, database, actor_id)`` → the staff wizard, shown;
- ``export_roster_dialog(parent, database)`` → asks where, writes the .xlsx.
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app.screens import roster_import
from desk_app.screens.base import Database, Workspace
from desk_app.services.errors import DomainError
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

log = logging.getLogger(__name__)

ROSTER = "roster"
STAFF = "staff"

TEXT = ScreenText(
    "ImportWizard",
    {
        "roster_title": QT_TRANSLATE_NOOP("ImportWizard", "导入业主信息表"),
        "staff_title": QT_TRANSLATE_NOOP("ImportWizard", "导入工作人员"),
        "file_title": QT_TRANSLATE_NOOP("ImportWizard", "选择文件"),
        "file_roster_hint": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "Excel（.xlsx）或 CSV 文件（GBK 或 UTF-8 均可）。表头可在前 20 行内，常用列名：楼栋、单元、"
            "房号（或一列写 3-2-1201）、业主姓名、联系电话、入住日期、建筑面积、籍贯、工作单位、职业、备注。",
        ),
        "file_staff_hint": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "Excel（.xlsx）或 CSV 文件，列名：姓名、登录名、角色、部门、电话、籍贯。"
            "每个新账号生成一个初始密码，首次登录时必须修改。",
        ),
        "file": QT_TRANSLATE_NOOP("ImportWizard", "文件(&F)："),
        "browse": QT_TRANSLATE_NOOP("ImportWizard", "浏览(&O)…"),
        "sheet": QT_TRANSLATE_NOOP("ImportWizard", "工作表(&S)："),
        "csv_sheet": QT_TRANSLATE_NOOP("ImportWizard", "（CSV 文件只有一张表）"),
        "filter": QT_TRANSLATE_NOOP("ImportWizard", "表格文件 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)"),
        "preview_title": QT_TRANSLATE_NOOP("ImportWizard", "核对"),
        "preview_subtitle": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "每一行都按将要保存的样子列出。红色：不导入的行；黄色：有值未导入（鼠标停留看原因）。",
        ),
        "reading": QT_TRANSLATE_NOOP("ImportWizard", "正在读取 {name}…"),
        "unreadable": QT_TRANSLATE_NOOP("ImportWizard", "无法导入：{error}。没有保存任何内容。"),
        "summary_roster": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "表头在第 {header} 行。可导入 {rows} 行（其中空房 {vacant} 行）；"
            "拒绝 {rejected} 行；警告 {warnings} 条；略过空行、合计行 {skipped} 行。",
        ),
        "summary_staff": QT_TRANSLATE_NOOP(
            "ImportWizard", "表头在第 {header} 行。可导入 {rows} 人；拒绝 {rejected} 行；警告 {warnings} 条。"
        ),
        "nothing": QT_TRANSLATE_NOOP("ImportWizard", "没有可导入的行。"),
        "only_problems": QT_TRANSLATE_NOOP("ImportWizard", "只看有问题的行(&P)"),
        "import": QT_TRANSLATE_NOOP("ImportWizard", "导入(&I)"),
        "import_title": QT_TRANSLATE_NOOP("ImportWizard", "导入"),
        "importing": QT_TRANSLATE_NOOP("ImportWizard", "正在导入…"),
        "failed": QT_TRANSLATE_NOOP("ImportWizard", "导入失败，没有保存任何内容：{error}"),
        "done_roster": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "导入完成：新建房间 {rooms} 间；新建客户 {created} 位，更新 {updated} 位，未变 {unchanged} 位；"
            "拒绝 {rejected} 行，警告 {warnings} 条。",
        ),
        "done_staff": QT_TRANSLATE_NOOP(
            "ImportWizard",
            "导入完成：新建账号 {created} 个，已存在未改动 {existing} 个{departments}；拒绝 {rejected} 行。",
        ),
        "departments": QT_TRANSLATE_NOOP("ImportWizard", "，新建部门 {names}"),
        "passwords": QT_TRANSLATE_NOOP(
            "ImportWizard", "初始密码只显示这一次，请复制、保存或打印后交给本人；首次登录时必须修改。"
        ),
        "copy": QT_TRANSLATE_NOOP("ImportWizard", "复制(&C)"),
        "save": QT_TRANSLATE_NOOP("ImportWizard", "保存为文件(&V)…"),
        "print": QT_TRANSLATE_NOOP("ImportWizard", "打印(&R)…"),
        "save_filter": QT_TRANSLATE_NOOP("ImportWizard", "CSV 文件 (*.csv)"),
        "saved": QT_TRANSLATE_NOOP("ImportWizard", "已保存：{path}"),
        "copied": QT_TRANSLATE_NOOP("ImportWizard", "已复制到剪贴板"),
        "col_row": QT_TRANSLATE_NOOP("ImportWizard", "行号"),
        "col_room": QT_TRANSLATE_NOOP("ImportWizard", "房号"),
        "col_client": QT_TRANSLATE_NOOP("ImportWizard", "业主姓名"),
        "col_phones": QT_TRANSLATE_NOOP("ImportWizard", "联系电话"),
        "col_move_in": QT_TRANSLATE_NOOP("ImportWizard", "入住日期"),
        "col_area": QT_TRANSLATE_NOOP("ImportWizard", "面积(㎡)"),
        "col_others": QT_TRANSLATE_NOOP("ImportWizard", "籍贯 / 工作单位 / 职业 / 备注"),
        "col_status": QT_TRANSLATE_NOOP("ImportWizard", "状态"),
        "col_name": QT_TRANSLATE_NOOP("ImportWizard", "姓名"),
        "col_login": QT_TRANSLATE_NOOP("ImportWizard", "登录名"),
        "col_role": QT_TRANSLATE_NOOP("ImportWizard", "角色"),
        "col_department": QT_TRANSLATE_NOOP("ImportWizard", "部门"),
        "col_phone": QT_TRANSLATE_NOOP("ImportWizard", "电话"),
        "col_hometown": QT_TRANSLATE_NOOP("ImportWizard", "籍贯"),
        "col_password": QT_TRANSLATE_NOOP("ImportWizard", "初始密码"),
        "ok": QT_TRANSLATE_NOOP("ImportWizard", "导入"),
        "new": QT_TRANSLATE_NOOP("ImportWizard", "新客户"),
        "existing": QT_TRANSLATE_NOOP("ImportWizard", "已有客户（有变化则更新）"),
        "voided": QT_TRANSLATE_NOOP("ImportWizard", "不导入：房号 {room} 已作废"),
        "vacant": QT_TRANSLATE_NOOP("ImportWizard", "空房（只建房间）"),
        "rejected": QT_TRANSLATE_NOOP("ImportWizard", "不导入：{reason}"),
        "warning": QT_TRANSLATE_NOOP("ImportWizard", "导入，但 {warnings}"),
        "warning_item": QT_TRANSLATE_NOOP("ImportWizard", "{column}：{reason}"),
        "made_login": QT_TRANSLATE_NOOP("ImportWizard", "（按姓名生成）"),
        "export_title": QT_TRANSLATE_NOOP("ImportWizard", "导出业主信息表"),
        "export_filter": QT_TRANSLATE_NOOP("ImportWizard", "Excel 工作簿 (*.xlsx)"),
        "export_name": QT_TRANSLATE_NOOP("ImportWizard", "业主信息表.xlsx"),
        "exported": QT_TRANSLATE_NOOP("ImportWizard", "已导出 {count} 行到 {path}"),
        "export_failed": QT_TRANSLATE_NOOP("ImportWizard", "导出失败：{error}"),
    },
)

_REJECTED_BACKGROUND = QColor("#fde2e1")
_WARNING_BACKGROUND = QColor("#fff4c2")
_VACANT_INK = QColor("#52606d")


# -- the worker -------------------------------------------------------------------------------


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    """``work(progress)`` on a pool thread; its result or its error comes back as a
    signal (queued to the GUI thread)."""

    def __init__(self, work: Callable[[Callable[[int, int], None]], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(lambda done, total: self.signals.progress.emit(done, total))
        except (DomainError, OSError) as error:
            log.exception("import job failed")
            self.signals.failed.emit(str(error))
        except Exception as error:  # an unexpected fault must reach the screen, not kill the thread
            log.exception("import job failed unexpectedly")
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


# -- the preview table ------------------------------------------------------------------------


@dataclass(frozen=True)
class PreviewLine:
    """One spreadsheet row as the preview shows it."""

    row: int
    cells: tuple[str, ...]
    #: "ok", "vacant", "warning" or "rejected"
    level: str
    tip: str = ""


def _roster_lines(plan: Any, status: dict[int, str] | None = None) -> list[PreviewLine]:
    warnings: dict[int, list[Any]] = {}
    for warning in plan.warnings:
        warnings.setdefault(warning.row, []).append(warning)
    lines: list[PreviewLine] = []
    for row in plan.rows:
        others = " / ".join(
            value for value in (row.hometown, row.employer, row.occupation, row.notes) if value
        )
        cells = (
            str(row.row),
            row.room_code,
            row.name or "",
            "、".join(row.phones),
            row.move_in.isoformat() if row.move_in else "",
            f"{row.area_m2:g}" if row.area_m2 is not None else "",
            others,
        )
        found = warnings.get(row.row)
        state = (status or {}).get(row.row, "")
        if state == "voided":
            reason = TEXT("voided", room=row.room_code)
            lines.append(PreviewLine(row.row, (*cells, reason), "rejected", reason))
        elif found:
            tip = "；".join(
                TEXT("warning_item", column=item.column, reason=str(item.reason)) for item in found
            )
            lines.append(PreviewLine(row.row, (*cells, TEXT("warning", warnings=tip)), "warning", tip))
        elif row.name is None:
            lines.append(PreviewLine(row.row, (*cells, TEXT("vacant")), "vacant"))
        else:
            lines.append(PreviewLine(row.row, (*cells, TEXT(state if state else "ok")), "ok"))
    lines.extend(_rejected_lines(plan, 7))
    lines.sort(key=lambda line: line.row)
    return lines


def _rejected_lines(plan: Any, width: int) -> list[PreviewLine]:
    lines = []
    for item in plan.rejected:
        raw = " | ".join(cell for cell in item.cells if cell)
        cells = (str(item.row), *([""] * (width - 2)), raw)
        reason = str(item.reason)
        lines.append(PreviewLine(item.row, (*cells, TEXT("rejected", reason=reason)), "rejected", reason))
    return lines


def _staff_lines(plan: Any) -> list[PreviewLine]:
    warnings: dict[int, list[Any]] = {}
    for warning in plan.warnings:
        warnings.setdefault(warning.row, []).append(warning)
    lines: list[PreviewLine] = []
    for row in plan.rows:
        cells = (
            str(row.row),
            row.name,
            row.login + (TEXT("made_login") if row.login_made else ""),
            enum_label(row.role),
            row.department or "",
            row.phone or "",
            row.hometown or "",
        )
        found = warnings.get(row.row)
        if found:
            tip = "；".join(
                TEXT("warning_item", column=item.column, reason=str(item.reason)) for item in found
            )
            lines.append(PreviewLine(row.row, (*cells, TEXT("warning", warnings=tip)), "warning", tip))
        else:
            lines.append(PreviewLine(row.row, (*cells, TEXT("ok")), "ok"))
    lines.extend(_rejected_lines(plan, 7))
    lines.sort(key=lambda line: line.row)
    return lines


class PreviewModel(QAbstractTableModel):
    """The preview's rows (tens of thousands: a model, not a table of items)."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.all_lines: list[PreviewLine] = []
        self.lines: list[PreviewLine] = []

    def set_lines(self, lines: list[PreviewLine], only_problems: bool = False) -> None:
        self.beginResetModel()
        self.all_lines = lines
        self.lines = (
            [line for line in lines if line.level in ("warning", "rejected")] if only_problems else lines
        )
        self.endResetModel()

    def show_only_problems(self, only: bool) -> None:
        self.set_lines(self.all_lines, only)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 - Qt's name
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.cells[index.column()] if index.column() < len(line.cells) else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.level == "rejected":
                return _REJECTED_BACKGROUND
            if line.level == "warning":
                return _WARNING_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and line.level in ("rejected", "warning"):
            return QColor("#1f2933")
        if role == Qt.ItemDataRole.ForegroundRole and line.level == "vacant":
            return _VACANT_INK
        if role == Qt.ItemDataRole.ToolTipRole and line.tip:
            return line.tip
        return None


# -- the pages --------------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.setTitle(TEXT("file_title"))
        hint = QLabel(TEXT("file_roster_hint" if kind == ROSTER else "file_staff_hint"))
        hint.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button = QPushButton(TEXT("browse"))
        self.browse_button.clicked.connect(self.browse)
        self.sheet_box = QComboBox()
        self.sheet_box.setMinimumContentsLength(20)
        self.sheet_note = QLabel()
        self.sheet_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        form = QFormLayout()
        file_label = QLabel(TEXT("file"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, row)
        sheet_label = QLabel(TEXT("sheet"))
        sheet_label.setBuddy(self.sheet_box)
        form.addRow(sheet_label, self.sheet_box)
        form.addRow("", self.sheet_note)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setTabOrder(self.path_edit, self.browse_button)
        self.setTabOrder(self.browse_button, self.sheet_box)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.title(), self.path_edit.text(), TEXT("filter"))
        if name:
            self.path_edit.setText(name)

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    @property
    def sheet(self) -> str | None:
        return self.sheet_box.currentText() or None if self.sheet_box.isEnabled() else None

    def _path_changed(self) -> None:
        from desk_app.services.spreadsheet import SpreadsheetError, sheet_names

        self.sheet_box.clear()
        self.sheet_note.clear()
        path = self.path
        if path.is_file():
            try:
                names = sheet_names(path)
            except SpreadsheetError as error:
                names = []
                self.sheet_note.setText(str(error))
            else:
                if not names:
                    self.sheet_note.setText(TEXT("csv_sheet"))
            self.sheet_box.addItems(names)
            self.sheet_box.setEnabled(bool(names))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return bool(self.path_edit.text().strip()) and self.path.is_file()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(TEXT("preview_title"))
        self.setSubTitle(TEXT("preview_subtitle"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, TEXT("import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        if wizard.kind == ROSTER:
            keys = (
                "col_row",
                "col_room",
                "col_client",
                "col_phones",
                "col_move_in",
                "col_area",
                "col_others",
            )
        else:
            keys = (
                "col_row",
                "col_name",
                "col_login",
                "col_role",
                "col_department",
                "col_phone",
                "col_hometown",
            )
        self.model = PreviewModel([TEXT(key) for key in (*keys, "col_status")], self)
        self.only_problems = QCheckBox(TEXT("only_problems"))
        self.only_problems.toggled.connect(self.model.show_only_problems)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = (
            (52, 110, 90, 210, 90, 70, 220) if wizard.kind == ROSTER else (52, 80, 120, 110, 110, 110, 90)
        )
        for column, width in enumerate(widths):
            self.view.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_problems)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.busy)
        layout.addWidget(self.view, 1)
        self.plan: Any = None
        self.status: dict[int, str] = {}
        self.error: str | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.plan = None
        self.error = None
        self.model.set_lines([])
        file_page = self.owner.file_page
        path, sheet = file_page.path, file_page.sheet
        self.summary.setText(TEXT("reading", name=path.name))
        self.summary.setStyleSheet("")
        self.busy.setVisible(True)
        kind = self.owner.kind

        workspace = self.owner.workspace

        def read(_progress: Callable[[int, int], None]) -> object:
            if kind == ROSTER:
                return roster_import.preview_roster_file(workspace, path, sheet)
            return roster_import.read_staff_file(path, sheet)

        self.owner.run(read, self._read, self._unreadable)
        self.completeChanged.emit()

    def _read(self, read: object) -> None:
        self.busy.setVisible(False)
        if isinstance(read, tuple):
            self.show_plan(read[0], read[1])
        else:
            self.show_plan(read)

    def show_plan(self, plan: Any, status: dict[int, str] | None = None) -> None:
        self.plan = plan
        self.status = status or {}
        if self.owner.kind == ROSTER:
            lines = _roster_lines(plan, status)
            vacant = sum(1 for row in plan.rows if row.name is None)
            summary = TEXT(
                "summary_roster",
                header=plan.header_row,
                rows=len(plan.rows),
                vacant=vacant,
                rejected=len(plan.rejected),
                warnings=len(plan.warnings),
                skipped=plan.skipped,
            )
        else:
            lines = _staff_lines(plan)
            summary = TEXT(
                "summary_staff",
                header=plan.header_row,
                rows=len(plan.rows),
                rejected=len(plan.rejected),
                warnings=len(plan.warnings),
            )
        if not plan.rows:
            summary += " " + TEXT("nothing")
        self.summary.setText(summary)
        self.model.set_lines(lines, self.only_problems.isChecked())
        self.completeChanged.emit()

    def _unreadable(self, message: str) -> None:
        self.busy.setVisible(False)
        self.error = message
        self.summary.setText(TEXT("unreadable", error=message))
        self.summary.setStyleSheet("color: #b42318;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.plan is not None and bool(self.plan.rows)


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(TEXT("import_title"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.passwords_note = QLabel(TEXT("passwords"))
        self.passwords_note.setWordWrap(True)
        self.accounts = QTableWidget(0, 5)
        self.accounts.setHorizontalHeaderLabels(
            [TEXT(key) for key in ("col_row", "col_name", "col_login", "col_role", "col_password")]
        )
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.verticalHeader().setVisible(False)
        self.accounts.horizontalHeader().setStretchLastSection(True)
        self.copy_button = QPushButton(TEXT("copy"))
        self.copy_button.clicked.connect(self.copy_passwords)
        self.save_button = QPushButton(TEXT("save"))
        self.save_button.clicked.connect(self.save_passwords)
        self.print_button = QPushButton(TEXT("print"))
        self.print_button.clicked.connect(self.print_passwords)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.account_widgets: list[QWidget] = [self.passwords_note, self.accounts]
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.passwords_note)
        layout.addWidget(self.accounts, 1)
        layout.addLayout(buttons)
        self.button_row = [self.copy_button, self.save_button, self.print_button]
        self._show_accounts(False)
        self.result: Any = None
        self.finished = False

    def _show_accounts(self, shown: bool) -> None:
        for widget in (*self.account_widgets, *self.button_row):
            widget.setVisible(shown)

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.finished = False
        self.result = None
        self.progress.setRange(0, 0)
        self.status.setText(TEXT("importing"))
        plan = self.owner.preview_page.plan
        workspace, kind = self.owner.workspace, self.owner.kind

        def store(progress: Callable[[int, int], None]) -> object:
            if kind == ROSTER:
                return roster_import.import_roster(workspace, plan, progress)
            return roster_import.import_staff(workspace, plan, progress)

        self.owner.run(store, self._stored, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _stored(self, result: Any) -> None:
        self.result = result
        self.finished = True
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self.owner.kind == ROSTER:
            self.status.setText(
                TEXT(
                    "done_roster",
                    rooms=result.rooms_created,
                    created=result.clients_created,
                    updated=result.clients_updated,
                    unchanged=result.clients_unchanged,
                    rejected=len(result.rejected),
                    warnings=len(result.warnings),
                )
            )
        else:
            departments = (
                TEXT("departments", names="、".join(result.departments_created))
                if result.departments_created
                else ""
            )
            self.status.setText(
                TEXT(
                    "done_staff",
                    created=len(result.created),
                    existing=len(result.existing),
                    departments=departments,
                    rejected=len(result.rejected),
                )
            )
            self.accounts.setRowCount(len(result.created))
            for row, account in enumerate(result.created):
                values = (
                    str(account.row),
                    account.name,
                    account.login,
                    enum_label(account.role),
                    account.password,
                )
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if column == len(values) - 1:  # the password: no 1/l or 0/O doubt in print
                        item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                    self.accounts.setItem(row, column, item)
            self._show_accounts(bool(result.created))
        self.owner.imported.emit()
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self.finished = True
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setText(TEXT("failed", error=message))
        self.status.setStyleSheet("color: #b42318;")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.finished

    # -- the start passwords: shown once ------------------------------------------------------

    def password_table(self) -> str:
        """The new accounts as CSV text (row, name, login, role, start password)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(
            [TEXT(key) for key in ("col_row", "col_name", "col_login", "col_role", "col_password")]
        )
        for account in self.result.created if self.result is not None else []:
            writer.writerow(
                [account.row, account.name, account.login, enum_label(account.role), account.password]
            )
        return out.getvalue()

    def copy_passwords(self) -> None:
        QGuiApplication.clipboard().setText(self.password_table().replace(",", "\t"))
        self.status.setText(self.status.text().split("\n")[0] + "\n" + TEXT("copied"))

    def save_passwords(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, TEXT("save"), "accounts.csv", TEXT("save_filter"))
        if not name:
            return None
        path = Path(name)
        try:
            path.write_text(self.password_table(), encoding="utf-8-sig")
        except OSError as error:
            QMessageBox.warning(self, TEXT("staff_title"), str(error.strerror))
            return None
        self.status.setText(self.status.text().split("\n")[0] + "\n" + TEXT("saved", path=str(path)))
        return path

    def print_passwords(self) -> None:
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        rows = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in line.split(",")) + "</tr>"
            for line in self.password_table().splitlines()
        )
        document = QTextDocument()
        document.setHtml(
            f"<h3>{TEXT('staff_title')}</h3><p>{TEXT('passwords')}</p><table border=1>{rows}</table>"
        )
        document.print_(printer)


class ImportWizard(QWizard):
    """The import wizard for the roster (``kind`` "roster") or the staff ("staff")."""

    #: The import finished and stored something (lists may refresh).
    imported = Signal()

    def __init__(
        self, kind: str, database: Database, actor_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.database = database
        self.actor_id = actor_id
        self.workspace = Workspace(database, actor_id)
        self.setWindowTitle(TEXT("roster_title" if kind == ROSTER else "staff_title"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(1100, 680)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.jobs: list[_Job] = []
        self.file_page = FilePage(kind)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.preview_page, self.import_page):
            self.addPage(page)

    def run(
        self,
        work: Callable[[Callable[[int, int], None]], object],
        finished: Callable[[Any], None],
        failed: Callable[[str], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """``work`` on the pool thread; ``finished``/``failed``/``progress`` on this one."""
        job = _Job(work)
        job.setAutoDelete(False)
        job.signals.finished.connect(finished, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
        if progress is not None:
            job.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
        self.jobs = [*self.jobs[-4:], job]  # kept alive until its signals are delivered
        self.pool.start(job)

    def done(self, result: int) -> None:
        self.pool.waitForDone()
        super().done(result)


# -- the entry points ------------------------------------------------------------------------


def open_roster_import(parent: QWidget | None, database: Database, actor_id: int | None) -> ImportWizard:
    """The roster import wizard, shown (not modal); ``imported`` fires after an import."""
    wizard = ImportWizard(ROSTER, database, actor_id, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def open_staff_import(parent: QWidget | None, database: Database, actor_id: int | None) -> ImportWizard:
    """The staff import wizard (administrators: the service refuses anybody else)."""
    wizard = ImportWizard(STAFF, database, actor_id, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard


def export_roster_dialog(
    parent: QWidget | None, database: Database, actor_id: int | None = None
) -> Path | None:
    """Ask where, then write the roster as .xlsx in the import's columns, as ``actor_id``
    (who may export, and the audit log says who did)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, TEXT("export_title"), TEXT("export_name"), TEXT("export_filter")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    try:
        count = roster_import.export_roster(Workspace(database, actor_id), path)
    except (OSError, DomainError) as error:
        QMessageBox.warning(parent, TEXT("export_title"), TEXT("export_failed", error=str(error)))
        return None
    QMessageBox.information(parent, TEXT("export_title"), TEXT("exported", count=count, path=str(path)))
    return path
