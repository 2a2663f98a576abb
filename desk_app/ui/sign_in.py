"""The sign-in dialog shown before the window (and by 切换用户, Ctrl+L), and the dialog
to change one's password, forced when the account must change it (the first
administrator's start password, or a password an administrator reset).

The rules (hashing, lockout, password rules) are in ``services.accounts``; these
dialogs only collect what is typed and show the service's Chinese message next to the
field it names. What was typed is never cleared by a refusal.

Issue 18: at start-up this dialog is the first screen, painted before SQLAlchemy and
the models are imported. So this module imports neither at load time; the program
hands the dialog a ``DatabaseStart`` (``ui.database_start``) that opens the database on
a worker thread after the first paint, and signing in waits for it if it must.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.errors import DomainError
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

if TYPE_CHECKING:
    from desk_app.screens.base import Database
    from desk_app.services import accounts
    from desk_app.ui.database_start import DatabaseStart

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "SignIn",
    {
        "title": QT_TRANSLATE_NOOP("SignIn", "前台 Desk — 登录"),
        "heading": QT_TRANSLATE_NOOP("SignIn", "请输入您的登录名和密码"),
        "login": QT_TRANSLATE_NOOP("SignIn", "登录名(&L)："),
        "password": QT_TRANSLATE_NOOP("SignIn", "密码(&P)："),
        "sign_in": QT_TRANSLATE_NOOP("SignIn", "登录"),
        "cancel": QT_TRANSLATE_NOOP("SignIn", "取消"),
        "first_run": QT_TRANSLATE_NOOP(
            "SignIn",
            "首次使用：请以登录名 {login}、初始密码 {password} 登录，随后必须设置新密码。",
        ),
        "missing_login": QT_TRANSLATE_NOOP("SignIn", "请填写登录名"),
        "change_title": QT_TRANSLATE_NOOP("SignIn", "修改密码"),
        "change_forced": QT_TRANSLATE_NOOP(
            "SignIn", "{name}，您正在使用初始密码或管理员重设的密码，请先设置自己的新密码。"
        ),
        "change_heading": QT_TRANSLATE_NOOP("SignIn", "{name}，请设置新密码（至少 {length} 个字符）。"),
        "old_password": QT_TRANSLATE_NOOP("SignIn", "原密码(&O)："),
        "new_password": QT_TRANSLATE_NOOP("SignIn", "新密码(&N)："),
        "repeat_password": QT_TRANSLATE_NOOP("SignIn", "再输一次(&R)："),
        "save": QT_TRANSLATE_NOOP("SignIn", "保存新密码"),
        "repeat_differs": QT_TRANSLATE_NOOP("SignIn", "两次输入的新密码不一致"),
    },
)

ERROR_STYLE = "color: #b42318;"


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _password_box() -> QLineEdit:
    box = QLineEdit()
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setMaxLength(128)
    box.setMinimumWidth(220)
    return box


class ChangePasswordDialog(QDialog):
    """The person sets a new password, knowing the current one."""

    def __init__(
        self,
        db: Database,
        signed_in: accounts.SignedIn,
        *,
        forced: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        from desk_app.services import accounts

        super().__init__(parent)
        self.db = db
        self.signed_in = signed_in
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(TEXT("change_title"))
        heading_key = "change_forced" if forced else "change_heading"
        heading = QLabel(TEXT(heading_key, name=signed_in.name, length=accounts.MINIMUM_PASSWORD_LENGTH))
        heading.setWordWrap(True)
        self.old_box = _password_box()
        self.new_box = _password_box()
        self.repeat_box = _password_box()
        self._boxes = {"old_password": self.old_box, "new_password": self.new_box, "repeat": self.repeat_box}
        form = QFormLayout()
        for key, box in (
            ("old_password", self.old_box),
            ("new_password", self.new_box),
            ("repeat_password", self.repeat_box),
        ):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            form.addRow(label, box)
        self.error_label = _error_label()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(TEXT("save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(TEXT("cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        box = self._boxes.get(field or "")
        if box is not None:
            box.setFocus()
            box.selectAll()

    def save(self) -> bool:
        from desk_app.screens import sign_in

        if self.new_box.text() != self.repeat_box.text():
            self.show_error(TEXT("repeat_differs"), "repeat")
            return False
        try:
            sign_in.change_own_password(
                self.db, self.signed_in.staff_id, self.old_box.text(), self.new_box.text()
            )
        except DomainError as error:
            self.show_error(str(error.message), error.field)
            return False
        self.accept()
        return True


class SignInDialog(QDialog):
    """Login and password; on success ``signed_in`` says who, and a forced password
    change has been done."""

    def __init__(
        self,
        db: Database | None,
        parent: QWidget | None = None,
        *,
        login: str = "",
        starting: DatabaseStart | None = None,
    ) -> None:
        """``db``, or (at start-up) ``starting``: the database being opened on a worker
        thread; the first-run hint is shown when it is ready."""
        super().__init__(parent)
        self.db = db
        self.starting = starting
        self.signed_in: accounts.SignedIn | None = None
        self.setObjectName("signInDialog")
        self.setWindowTitle(TEXT("title"))
        heading = QLabel(TEXT("heading"))
        heading.setObjectName("signInHeading")
        self.first_run_label = QLabel()
        self.first_run_label.setObjectName("firstRunHint")
        self.first_run_label.setWordWrap(True)
        self.first_run_label.hide()
        self.login_box = QLineEdit(login)
        self.login_box.setObjectName("loginBox")
        self.login_box.setMaxLength(64)
        self.login_box.setMinimumWidth(220)
        self.password_box = _password_box()
        self.password_box.setObjectName("passwordBox")
        form = QFormLayout()
        for key, box in (("login", self.login_box), ("password", self.password_box)):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            form.addRow(label, box)
        self.error_label = _error_label()
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(TEXT("sign_in"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(TEXT("cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.sign_in_button.setDefault(True)
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.first_run_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        if db is not None:
            self._show_first_run_hint()
        elif starting is not None:
            starting.finished.connect(self._database_ready)
        (self.password_box if login else self.login_box).setFocus(Qt.FocusReason.OtherFocusReason)

    def _database_ready(self) -> None:
        """The worker has opened the database (or failed: the program then closes this
        dialog and says why)."""
        if self.starting is None or self.starting.db is None:
            return
        self.db = self.starting.db
        self._show_login_hint(self.starting.first_run_login)

    def _wait_for_database(self) -> Database | None:
        if self.db is None and self.starting is not None:
            self.starting.wait()
            if self.starting.db is None:
                self.reject()  # the program reports why the database could not be opened
                return None
            self._database_ready()
        return self.db

    def _show_first_run_hint(self) -> None:
        from desk_app.screens import sign_in

        assert self.db is not None
        try:
            login = sign_in.first_run_login(self.db)
        except DomainError:
            log.warning("could not look for the first administrator", exc_info=True)
            return
        self._show_login_hint(login)

    def _show_login_hint(self, login: str | None) -> None:
        from desk_app.services import accounts

        if login is not None:
            self.first_run_label.setText(
                TEXT("first_run", login=login, password=accounts.FIRST_ADMIN_PASSWORD)
            )
            self.first_run_label.show()
            if not self.login_box.text():
                self.login_box.setText(login)

    def show_error(self, message: str, field: str | None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        box = self.login_box if field == "login" else self.password_box
        box.setFocus()
        box.selectAll()

    def change_password(self, signed_in: accounts.SignedIn) -> bool:
        """The forced change; overridable in tests. Whether the password was changed."""
        assert self.db is not None
        dialog = ChangePasswordDialog(self.db, signed_in, forced=True, parent=self)
        dialog.old_box.setText(self.password_box.text())
        dialog.new_box.setFocus()
        return dialog.exec() == QDialog.DialogCode.Accepted

    def try_sign_in(self) -> bool:
        if not self.login_box.text().strip():
            self.show_error(TEXT("missing_login"), "login")
            return False
        db = self._wait_for_database()
        if db is None:
            return False
        from desk_app.screens import sign_in
        from desk_app.services import accounts

        try:
            signed_in = sign_in.sign_in(db, self.login_box.text(), self.password_box.text())
        except DomainError as error:
            self.show_error(str(error.message), error.field)
            return False
        if signed_in.must_change_password:
            if not self.change_password(signed_in):
                return False
            signed_in = accounts.SignedIn(
                signed_in.staff_id,
                signed_in.login,
                signed_in.name,
                signed_in.role,
                must_change_password=False,
            )
        self.signed_in = signed_in
        self.error_label.hide()
        self.accept()
        return True


def ask_sign_in(db: Database, parent: QWidget | None = None) -> accounts.SignedIn | None:
    """Show the sign-in dialog; who signed in, or None when the person cancelled."""
    dialog = SignInDialog(db, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.signed_in
