"""部门 (issue 13, going live): the administrator's list of departments with 新建, 改名,
停用 and 启用. A deactivated department stays on its staff and records but is no longer
offered in the forms' department boxes. Everyone else sees the list read-only; the
service (``desk_app.services.departments``) refuses them too.

Keyboard: type a name in the box and press Enter (新建); select a row, type the new name
and Alt+R (改名); Alt+D deactivates or reactivates the selected department.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.departments import Changed, DepartmentRow, DepartmentsScreen
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "DepartmentsPage",
    {
        "title": QT_TRANSLATE_NOOP("DepartmentsPage", "部门"),
        "hint": QT_TRANSLATE_NOOP(
            "DepartmentsPage",
            "部门用于员工账号、派工单和投诉的责任部门。停用的部门不再出现在各表单的部门选项中，已有记录不受影响。",
        ),
        "read_only": QT_TRANSLATE_NOOP(
            "DepartmentsPage", "只有系统管理员可以修改部门；当前值班人员只能查看。"
        ),
        "name_column": QT_TRANSLATE_NOOP("DepartmentsPage", "部门名称"),
        "state_column": QT_TRANSLATE_NOOP("DepartmentsPage", "状态"),
        "staff_column": QT_TRANSLATE_NOOP("DepartmentsPage", "在职员工"),
        "active": QT_TRANSLATE_NOOP("DepartmentsPage", "在用"),
        "inactive": QT_TRANSLATE_NOOP("DepartmentsPage", "已停用"),
        "name": QT_TRANSLATE_NOOP("DepartmentsPage", "名称(&M)"),
        "name_hint": QT_TRANSLATE_NOOP("DepartmentsPage", "如 客服中心、工程部、秩序部"),
        "add": QT_TRANSLATE_NOOP("DepartmentsPage", "新建(&N)"),
        "rename": QT_TRANSLATE_NOOP("DepartmentsPage", "改名(&R)"),
        "deactivate": QT_TRANSLATE_NOOP("DepartmentsPage", "停用(&D)"),
        "reactivate": QT_TRANSLATE_NOOP("DepartmentsPage", "启用(&D)"),
        "added": QT_TRANSLATE_NOOP("DepartmentsPage", "已新建部门“{name}”。"),
        "renamed": QT_TRANSLATE_NOOP("DepartmentsPage", "已改名为“{name}”。"),
        "deactivated": QT_TRANSLATE_NOOP("DepartmentsPage", "已停用部门“{name}”。"),
        "reactivated": QT_TRANSLATE_NOOP("DepartmentsPage", "已启用部门“{name}”。"),
        "nothing": QT_TRANSLATE_NOOP("DepartmentsPage", "请先在列表中选中一个部门。"),
        "empty": QT_TRANSLATE_NOOP("DepartmentsPage", "还没有部门。在下面输入名称后按回车新建。"),
    },
)


class DepartmentsPage(QWidget):
    """The departments (navigation key "departments"); see the module docstring."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.department_screen = DepartmentsScreen(context.workspace)
        self.setObjectName("departmentsPage")
        self.rows: list[DepartmentRow] = []

        hint = QLabel(TEXT("hint"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.read_only_note = QLabel(TEXT("read_only"))
        self.read_only_note.setStyleSheet("color: #8a6d00;")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [TEXT("name_column"), TEXT("state_column"), TEXT("staff_column")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMaximumWidth(640)
        self.table.currentCellChanged.connect(lambda *_args: self._selection_changed())
        self.empty_note = QLabel(TEXT("empty"))
        self.empty_note.setStyleSheet("color: #555;")

        self.name_box = QLineEdit()
        self.name_box.setPlaceholderText(TEXT("name_hint"))
        self.name_box.setMinimumWidth(260)
        self.name_box.setMaximumWidth(360)
        self.name_box.returnPressed.connect(self.add)
        name_label = QLabel(TEXT("name"))
        name_label.setBuddy(self.name_box)
        self.add_button = QPushButton(TEXT("add"))
        self.add_button.clicked.connect(self.add)
        self.rename_button = QPushButton(TEXT("rename"))
        self.rename_button.clicked.connect(self.rename)
        self.toggle_button = QPushButton(TEXT("deactivate"))
        self.toggle_button.clicked.connect(self.toggle_active)
        controls = QHBoxLayout()
        controls.addWidget(name_label)
        controls.addWidget(self.name_box)
        for button in (self.add_button, self.rename_button, self.toggle_button):
            controls.addWidget(button)
        controls.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("departmentMessage")
        self.message.setWordWrap(True)
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(page_title(TEXT("title")))
        layout.addWidget(hint)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        self.setTabOrder(self.table, self.name_box)
        self.setFocusProxy(self.name_box)

        context.staffChanged.connect(lambda _staff: self.refresh())
        self.refresh()

    # -- reading ---------------------------------------------------------------------------

    def may_manage(self) -> bool:
        sheet = operations.run(self, self.department_screen.read, on_failure=lambda _error: None)
        return sheet is not None and sheet.may_manage

    def refresh(self) -> None:
        selected = self.selected()
        sheet = operations.run(
            self, self.department_screen.read, on_failure=lambda error: self._notice(str(error), error=True)
        )
        if sheet is None:
            return
        self.rows = list(sheet.rows)
        self.table.setRowCount(len(self.rows))
        for position, row in enumerate(self.rows):
            name = QTableWidgetItem(row.name)
            name.setData(Qt.ItemDataRole.UserRole, row.id)
            state = QTableWidgetItem(TEXT("active") if row.active else TEXT("inactive"))
            count = QTableWidgetItem(str(row.staff_count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not row.active:
                for item in (name, state, count):
                    item.setForeground(Qt.GlobalColor.gray)
            self.table.setItem(position, 0, name)
            self.table.setItem(position, 1, state)
            self.table.setItem(position, 2, count)
        self.empty_note.setVisible(not self.rows)
        if selected is not None:
            self.select_id(selected.id)
        editable = sheet.may_manage
        self.read_only_note.setVisible(not editable)
        for widget in (self.name_box, self.add_button):
            widget.setEnabled(editable)
        self._editable = editable
        self._selection_changed()

    def selected(self) -> DepartmentRow | None:
        position = self.table.currentRow()
        if 0 <= position < len(self.rows) and self.table.selectionModel().hasSelection():
            return self.rows[position]
        return None

    def select_id(self, department_id: int) -> None:
        for position, row in enumerate(self.rows):
            if row.id == department_id:
                self.table.selectRow(position)
                return

    def _selection_changed(self) -> None:
        row = self.selected()
        editable = getattr(self, "_editable", False)
        self.rename_button.setEnabled(editable and row is not None)
        self.toggle_button.setEnabled(editable and row is not None)
        self.toggle_button.setText(
            TEXT("reactivate") if row is not None and not row.active else TEXT("deactivate")
        )

    # -- changing --------------------------------------------------------------------------

    def _notice(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.message.show()

    def _work(self, work: Callable[[], Changed]) -> Changed | None:
        return operations.run(self, work, on_failure=lambda error: self._notice(str(error), error=True))

    def add(self) -> bool:
        name = self.name_box.text()
        department = self._work(lambda: self.department_screen.add(name))
        if department is None:
            self.name_box.setFocus()
            return False
        self.name_box.clear()
        self.refresh()
        self.select_id(department.id)
        self._notice(TEXT("added", name=department.name))
        self.context.record_saved("departments", department.id)
        return True

    def rename(self) -> bool:
        row = self.selected()
        if row is None:
            self._notice(TEXT("nothing"), error=True)
            return False
        name = self.name_box.text()
        department = self._work(lambda: self.department_screen.rename(row.id, name, row.name))
        if department is None:
            self.name_box.setFocus()
            return False
        self.name_box.clear()
        self.refresh()
        self._notice(TEXT("renamed", name=department.name))
        self.context.record_saved("departments", department.id)
        return True

    def toggle_active(self) -> bool:
        row = self.selected()
        if row is None:
            self._notice(TEXT("nothing"), error=True)
            return False
        active = not row.active
        department = self._work(lambda: self.department_screen.set_active(row.id, active))
        if department is None:
            return False
        self.refresh()
        self._notice(TEXT("reactivated" if active else "deactivated", name=department.name))
        self.context.record_saved("departments", department.id)
        return True


__all__ = ["DepartmentsPage"]
