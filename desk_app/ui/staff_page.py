"""员工账号 (issue 7): the administrator's list of staff accounts and the form to add or
edit one, with 重置密码…, 停用 / 启用 and 解除锁定. Everyone else sees a refusal; the
services (``desk_app.services.accounts``) refuse them too, so hiding the form is not the
only guard.

Reads, saves and the account steps go through ``desk_app.screens.staff_accounts`` (the
lockout as ``services.accounts`` reads it). Passwords typed here never reach the form's
draft on disk: ``collect()`` leaves them out and ``store`` adds them from the boxes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import staff_accounts
from desk_app.screens.enums import StaffRole
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.staff_accounts import Account, StaffAccountsScreen
from desk_app.services import accounts
from desk_app.services.errors import DomainError, FieldError, PermissionDeniedError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import ERROR_STYLE, FormPage
from desk_app.ui.record_page import RecordPage
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "StaffPage",
    {
        "title": QT_TRANSLATE_NOOP("StaffPage", "员工账号"),
        "form_title": QT_TRANSLATE_NOOP("StaffPage", "员工账号"),
        "export_name": QT_TRANSLATE_NOOP("StaffPage", "员工账号"),
        "col_login": QT_TRANSLATE_NOOP("StaffPage", "登录名"),
        "col_name": QT_TRANSLATE_NOOP("StaffPage", "姓名"),
        "col_role": QT_TRANSLATE_NOOP("StaffPage", "角色"),
        "col_department": QT_TRANSLATE_NOOP("StaffPage", "部门"),
        "col_hometown": QT_TRANSLATE_NOOP("StaffPage", "籍贯"),
        "col_alone": QT_TRANSLATE_NOOP("StaffPage", "可独立接听"),
        "col_active": QT_TRANSLATE_NOOP("StaffPage", "在用"),
        "col_locked": QT_TRANSLATE_NOOP("StaffPage", "锁定至"),
        "filter_state": QT_TRANSLATE_NOOP("StaffPage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("StaffPage", "全部"),
        "filter_active": QT_TRANSLATE_NOOP("StaffPage", "在用"),
        "filter_inactive": QT_TRANSLATE_NOOP("StaffPage", "已停用"),
        "login": QT_TRANSLATE_NOOP("StaffPage", "登录名(&L)"),
        "login_hint": QT_TRANSLATE_NOOP("StaffPage", "登录时输入，建立后不能修改"),
        "name": QT_TRANSLATE_NOOP("StaffPage", "姓名(&M)"),
        "role": QT_TRANSLATE_NOOP("StaffPage", "角色(&R)"),
        "department": QT_TRANSLATE_NOOP("StaffPage", "部门(&D)"),
        "no_department": QT_TRANSLATE_NOOP("StaffPage", "（无）"),
        "hometown": QT_TRANSLATE_NOOP("StaffPage", "籍贯(&J)"),
        "phone": QT_TRANSLATE_NOOP("StaffPage", "电话(&O)"),
        "alone": QT_TRANSLATE_NOOP("StaffPage", "可独立接听来电和来访(&A)（已独立上岗）"),
        "password": QT_TRANSLATE_NOOP("StaffPage", "初始密码(&W)"),
        "password_again": QT_TRANSLATE_NOOP("StaffPage", "再输一次(&Y)"),
        "password_hint": QT_TRANSLATE_NOOP(
            "StaffPage", "至少 {length} 个字符；本人首次登录时须改为自己的密码"
        ),
        "state": QT_TRANSLATE_NOOP("StaffPage", "账号状态"),
        "state_active": QT_TRANSLATE_NOOP("StaffPage", "在用"),
        "state_inactive": QT_TRANSLATE_NOOP("StaffPage", "已停用"),
        "state_locked": QT_TRANSLATE_NOOP("StaffPage", "密码输错次数过多，锁定至 {when}"),
        "state_must_change": QT_TRANSLATE_NOOP("StaffPage", "下次登录须修改密码"),
        "state_new": QT_TRANSLATE_NOOP("StaffPage", "新账号"),
        "mismatch": QT_TRANSLATE_NOOP("StaffPage", "两次输入的密码不一致"),  # the reset dialog
        "reset": QT_TRANSLATE_NOOP("StaffPage", "重置密码(&P)…"),
        "reset_tip": QT_TRANSLATE_NOOP(
            "StaffPage", "给选中的员工设置临时密码（同时解除锁定），本人下次登录时须修改"
        ),
        "reset_title": QT_TRANSLATE_NOOP("StaffPage", "重置密码"),
        "reset_heading": QT_TRANSLATE_NOOP(
            "StaffPage", "为 {name}（{login}）设置临时密码。本人下次登录时须改为自己的密码。"
        ),
        "new_password": QT_TRANSLATE_NOOP("StaffPage", "临时密码(&N)"),
        "new_password_again": QT_TRANSLATE_NOOP("StaffPage", "再输一次(&Y)"),
        "reset_done": QT_TRANSLATE_NOOP("StaffPage", "已为 {name} 重置密码，请把临时密码当面告诉本人。"),
        "deactivate": QT_TRANSLATE_NOOP("StaffPage", "停用(&T)…"),
        "deactivate_tip": QT_TRANSLATE_NOOP("StaffPage", "员工离职：停用后不能再登录，已有记录保留其姓名"),
        "deactivate_question": QT_TRANSLATE_NOOP(
            "StaffPage", "确定停用 {name}（{login}）的账号吗？\n停用后不能再登录，已有记录仍保留其姓名。"
        ),
        "deactivated": QT_TRANSLATE_NOOP("StaffPage", "{name} 的账号已停用。"),
        "reactivate": QT_TRANSLATE_NOOP("StaffPage", "启用(&Q)…"),
        "reactivate_tip": QT_TRANSLATE_NOOP("StaffPage", "重新启用已停用的账号（沿用原密码）"),
        "reactivate_question": QT_TRANSLATE_NOOP(
            "StaffPage", "确定重新启用 {name}（{login}）的账号吗？\n本人可用原密码登录。"
        ),
        "reactivated": QT_TRANSLATE_NOOP("StaffPage", "{name} 的账号已启用。"),
        "unlock": QT_TRANSLATE_NOOP("StaffPage", "解除锁定(&U)"),
        "unlock_tip": QT_TRANSLATE_NOOP("StaffPage", "密码连续输错被锁定时，不改密码直接解除锁定"),
        "unlocked": QT_TRANSLATE_NOOP("StaffPage", "{name} 的账号已解除锁定。"),
        "nothing": QT_TRANSLATE_NOOP("StaffPage", "请先在列表中选中一个员工账号。"),
        "action_failed": QT_TRANSLATE_NOOP("StaffPage", "操作未完成：{detail}"),
        "refused": QT_TRANSLATE_NOOP(
            "StaffPage", "只有系统管理员可以管理员工账号。\n\n忘记密码或账号被锁定时，请联系系统管理员。"
        ),
        "failed": QT_TRANSLATE_NOOP("StaffPage", "无法读取员工账号：{detail}"),
    },
)


def staff_list_spec(context: DeskContext) -> ListSpec:
    """The accounts' list (``screens.staff_accounts``), labelled for this screen."""
    return staff_accounts.staff_list_spec(context.workspace, TEXT)


def _state_text(values: dict[str, Any]) -> str:
    """The account's state as read (active, locked until, must change the password)."""
    if "active" not in values:
        return TEXT("state_new")
    state = [TEXT("state_active") if values["active"] else TEXT("state_inactive")]
    if values.get("locked_until"):
        state.append(TEXT("state_locked", when=values["locked_until"]))
    if values.get("must_change_password"):
        state.append(TEXT("state_must_change"))
    return "；".join(state)


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMaxLength(128)
    return box


class StaffForm(FormPage):
    """One staff account: details for everyone, an initial password for a new one."""

    conflict_ignored = frozenset({"login", "active", "locked_until", "must_change_password"})

    def __init__(self, page_context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            page_context, kind="staff", draft_name="staff", title=TEXT("form_title"), parent=parent
        )
        self.accounts = StaffAccountsScreen(page_context.workspace)
        self.record_screen = self.accounts
        self.login_box = QLineEdit()
        self.login_box.setMaxLength(64)
        self.login_box.setPlaceholderText(TEXT("login_hint"))
        self.name_box = QLineEdit()
        self.name_box.setMaxLength(64)
        self.role_box = QComboBox()
        for role in StaffRole:
            self.role_box.addItem(enum_label(role), role.value)
        self.department_box = QComboBox()
        self.hometown_box = QLineEdit()
        self.hometown_box.setMaxLength(64)
        self.phone_box = QLineEdit()
        self.phone_box.setMaxLength(32)
        self.alone_box = QCheckBox(TEXT("alone"))
        self.password_box = _password_box()
        self.password_box.setPlaceholderText(TEXT("password_hint", length=accounts.MINIMUM_PASSWORD_LENGTH))
        self.password_again_box = _password_box()
        self.state_label = QLabel()
        self.state_label.setObjectName("staffState")
        self.state_label.setWordWrap(True)

        rows = QFormLayout()
        self.rows = rows
        self._holders: dict[str, QWidget] = {}
        for key, name, box in (
            ("login", "login", self.login_box),
            ("name", "name", self.name_box),
            ("role", "role", self.role_box),
            ("department", "department_id", self.department_box),
            ("hometown", "hometown", self.hometown_box),
            ("phone", "phone", self.phone_box),
            ("password", "password", self.password_box),
            ("password_again", "password_again", self.password_again_box),
        ):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            holder = self.field(name, box)
            self._holders[name] = holder
            rows.addRow(label, holder)
        rows.addRow("", self.field("cleared_to_work_alone", self.alone_box))
        rows.addRow(TEXT("state"), self.state_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(rows)
        layout.addStretch(1)
        self.watch(
            self.login_box,
            self.name_box,
            self.role_box,
            self.department_box,
            self.hometown_box,
            self.phone_box,
            self.alone_box,
        )
        self.password_box.textEdited.connect(self.mark_dirty)
        self.password_again_box.textEdited.connect(self.mark_dirty)
        self.load_departments()
        self._show_mode(new=True)
        self.saved.connect(self._after_save)

    def _after_save(self, _record_id: int) -> None:
        """The account exists now: no more password boxes, its state as stored."""
        self.password_box.clear()
        self.password_again_box.clear()
        self.state_label.setText(_state_text(self._loaded_values or {}))
        self._show_mode(new=False)

    def load_departments(self) -> None:
        chosen = self.department_box.currentData()

        def unreadable(error: DomainError) -> None:
            log.warning("could not read the departments: %s", error)

        choices = operations.run(self, self.accounts.departments, on_failure=unreadable) or []
        with self.loading():
            self.department_box.clear()
            self.department_box.addItem(TEXT("no_department"), None)
            for department_id, name in choices:
                self.department_box.addItem(name, department_id)
            self.department_box.setCurrentIndex(max(self.department_box.findData(chosen), 0))

    def _show_mode(self, *, new: bool) -> None:
        """A new account asks for a login and a password; an existing one shows them not."""
        self.login_box.setReadOnly(not new)
        for name in ("password", "password_again"):
            self.rows.setRowVisible(self._holders[name], new)

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        # No passwords here: collected values are written to the draft on disk.
        return {
            "login": self.login_box.text(),
            "name": self.name_box.text(),
            "role": self.role_box.currentData(),
            "department_id": self.department_box.currentData(),
            "hometown": self.hometown_box.text(),
            "phone": self.phone_box.text(),
            "cleared_to_work_alone": self.alone_box.isChecked(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        self.login_box.setText(str(values.get("login") or ""))
        self.name_box.setText(str(values.get("name") or ""))
        self.role_box.setCurrentIndex(max(self.role_box.findData(values.get("role")), 0))
        self.department_box.setCurrentIndex(max(self.department_box.findData(values.get("department_id")), 0))
        self.hometown_box.setText(str(values.get("hometown") or ""))
        self.phone_box.setText(str(values.get("phone") or ""))
        self.alone_box.setChecked(bool(values.get("cleared_to_work_alone")))
        self.password_box.clear()
        self.password_again_box.clear()
        self.state_label.setText(_state_text(values))
        self._show_mode(new=self.record_id is None)

    def clear_form(self) -> None:
        self.restore({"role": StaffRole.RECEPTIONIST.value})

    def store(self, values: dict[str, Any]) -> int:
        if self.record_id is None:  # the first password, from the boxes (never drafted)
            values = {
                **values,
                "password": self.password_box.text(),
                "password_again": self.password_again_box.text(),
            }
        return super().store(values)


class PasswordDialog(QDialog):
    """Asks for a temporary password twice; checks both agree and the rules hold."""

    def __init__(self, name: str, login: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resetPasswordDialog")
        self.setWindowTitle(TEXT("reset_title"))
        self.login = login
        heading = QLabel(TEXT("reset_heading", name=name, login=login))
        heading.setWordWrap(True)
        self.password_box = _password_box()
        self.password_box.setPlaceholderText(TEXT("password_hint", length=accounts.MINIMUM_PASSWORD_LENGTH))
        self.again_box = _password_box()
        self.error_label = QLabel()
        self.error_label.setObjectName("passwordError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        rows = QFormLayout()
        for key, box in (("new_password", self.password_box), ("new_password_again", self.again_box)):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            rows.addRow(label, box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(rows)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def accept(self) -> None:
        password = self.password_box.text()
        try:
            accounts.check_new_password(password, self.login)
        except FieldError as error:
            self.show_error(str(error))
            self.password_box.setFocus()
            return
        if self.again_box.text() != password:
            self.show_error(TEXT("mismatch"))
            self.again_box.setFocus()
            return
        super().accept()

    def password(self) -> str:
        return self.password_box.text()


class StaffPage(QWidget):
    """The staff accounts (navigation key "staff"); administrators only."""

    def __init__(self, page_context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = page_context
        self.accounts = StaffAccountsScreen(page_context.workspace)
        self.setObjectName("staffPage")
        self.records: RecordPage | None = None
        self.form: StaffForm | None = None

        self.refusal = QWidget()
        refusal_layout = QVBoxLayout(self.refusal)
        refusal_layout.addWidget(page_title(TEXT("title")))
        self.refusal_label = QLabel(TEXT("refused"))
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal_label.setWordWrap(True)
        refusal_layout.addWidget(self.refusal_label, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.context.staffChanged.connect(self.refresh)
        self.refresh()

    # -- building --------------------------------------------------------------------------

    def _build_records(self) -> RecordPage:
        """The list and form, built only for an administrator (nobody else reads the list)."""
        self.form = StaffForm(self.context)
        records = RecordPage(
            self.context, staff_list_spec(self.context), self.form, TEXT("title"), voidable=False
        )
        records.toolbar.addSeparator()
        self.reset_action = self._action(records, "reset", self.reset_password)
        self.deactivate_action = self._action(records, "deactivate", self.deactivate)
        self.reactivate_action = self._action(records, "reactivate", self.reactivate)
        self.unlock_action = self._action(records, "unlock", self.unlock)
        # Eight short columns: the list gets the larger share, the form needs little.
        records.splitter.setSizes([840, 560])
        self.stack.addWidget(records)
        return records

    def _action(self, records: RecordPage, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(TEXT(key), self)
        tip = TEXT(f"{key}_tip")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        records.toolbar.addAction(action)
        return action

    # -- page protocol ---------------------------------------------------------------------

    def is_refused(self) -> bool:
        return self.stack.currentWidget() is self.refusal

    def refresh(self, _staff_id: int = -1) -> None:
        """The accounts for an administrator, the refusal for anyone else."""
        refusals: list[DomainError] = []
        operations.run(self, self.accounts.check_access, on_failure=refusals.append)
        if refusals:
            error = refusals[0]
            if isinstance(error, PermissionDeniedError):
                self.refusal_label.setText(TEXT("refused"))
            else:
                log.warning("could not open the staff accounts: %s", error)
                self.refusal_label.setText(TEXT("failed", detail=str(error)))
            self.stack.setCurrentWidget(self.refusal)
            return
        if self.records is None:
            self.records = self._build_records()
        else:
            self.records.list_view.refresh()
            assert self.form is not None
            self.form.load_departments()
        self.stack.setCurrentWidget(self.records)
        self.setFocusProxy(self.records)

    def open_record(self, record_id: int) -> None:
        if self.records is not None and not self.is_refused():
            self.records.open_record(record_id)

    def confirm_close(self) -> bool:
        return self.records.confirm_close() if self.records is not None else True

    # -- actions ---------------------------------------------------------------------------

    def _target(self) -> Account | None:
        """The account an action applies to, or None (after saying so)."""
        if self.records is None:
            return None
        record_id = self.records.current_record_id()
        if record_id is None:
            QMessageBox.information(self, TEXT("title"), TEXT("nothing"))
            return None
        return operations.run(self, lambda: self.accounts.account(record_id), on_failure=self._failed)

    def _failed(self, error: DomainError) -> None:
        QMessageBox.warning(self, TEXT("title"), TEXT("action_failed", detail=str(error)))

    def _run(self, record_id: int, step: str, args: dict[str, Any] | None = None) -> bool:
        if not operations.run_step(
            self, lambda _confirmed: self.accounts.run(record_id, step, args), on_failure=self._failed
        ):
            return False
        self.context.record_saved("staff", record_id)
        self._reload_form(record_id)
        return True

    def _reload_form(self, record_id: int) -> None:
        """Show the account's new state unless the form holds unsaved input."""
        form = self.form
        if form is not None and form.record_id == record_id and not form.is_dirty():
            form.load(record_id)

    def _notice(self, message: str) -> None:
        if self.form is not None:
            self.form.show_banner(message, error=False)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            TEXT("title"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self, name: str, login: str) -> str | None:
        """The temporary password typed twice, or None when cancelled."""
        dialog = PasswordDialog(name, login, self)
        try:
            return dialog.password() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def reset_password(self) -> bool:
        target = self._target()
        if target is None:
            return False
        password = self.ask_password(target.name, target.login)
        if password is None:
            return False
        if not self._run(target.staff_id, "reset_password", {"password": password}):
            return False
        self._notice(TEXT("reset_done", name=target.name))
        return True

    def deactivate(self) -> bool:
        target = self._target()
        if target is None:
            return False
        if not self._confirm(TEXT("deactivate_question", name=target.name, login=target.login)):
            return False
        if not self._run(target.staff_id, "deactivate"):
            return False
        self._notice(TEXT("deactivated", name=target.name))
        return True

    def reactivate(self) -> bool:
        target = self._target()
        if target is None:
            return False
        if not self._confirm(TEXT("reactivate_question", name=target.name, login=target.login)):
            return False
        if not self._run(target.staff_id, "reactivate"):
            return False
        self._notice(TEXT("reactivated", name=target.name))
        return True

    def unlock(self) -> bool:
        target = self._target()
        if target is None:
            return False
        if not self._run(target.staff_id, "unlock"):
            return False
        self._notice(TEXT("unlocked", name=target.name))
        return True


__all__ = ["PasswordDialog", "StaffForm", "StaffPage", "staff_list_spec"]
