"""The sign-in dialog (issue 7): refusals keep what was typed and say why, five failures
lock, the first administrator must change the start password, Ctrl+L switches user and
the smoke test signs in nobody."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.ui import app as app_module
from desk_app.ui.main_window import MainWindow
from desk_app.ui.sign_in import ChangePasswordDialog, SignInDialog

PASSWORD = "demo1234"


def _staff(db: Database, login: str, name: str, role: StaffRole, **fields: object) -> int:
    with db.begin() as session:
        staff = Staff(
            login=login, name=name, role=role, password_hash=accounts.hash_password(PASSWORD), **fields
        )
        session.add(staff)
        session.flush()
        return staff.id


def _dialog(qtbot: QtBot, db: Database) -> SignInDialog:
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_password_keeps_the_login_and_says_why(qtbot: QtBot, ui_db: Database) -> None:
    staff_id = _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST)
    dialog = _dialog(qtbot, ui_db)
    assert dialog.first_run_label.isHidden()
    qtbot.keyClicks(dialog.login_box, "lihua")
    qtbot.keyClicks(dialog.password_box, "wrong-one")
    qtbot.keyClick(dialog.password_box, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.signed_in is None
    assert "登录名或密码不正确" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert dialog.login_box.text() == "lihua" and dialog.password_box.text() == "wrong-one"
    dialog.password_box.setText(PASSWORD)
    qtbot.keyClick(dialog.password_box, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.signed_in is not None and dialog.signed_in.staff_id == staff_id


def test_empty_login_is_named(qtbot: QtBot, ui_db: Database) -> None:
    dialog = _dialog(qtbot, ui_db)
    assert not dialog.try_sign_in()
    assert dialog.error_label.text() == "请填写登录名"


def test_five_failures_lock_the_account(qtbot: QtBot, ui_db: Database) -> None:
    _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST)
    dialog = _dialog(qtbot, ui_db)
    dialog.login_box.setText("lihua")
    dialog.password_box.setText("wrong")
    for _ in range(5):
        assert not dialog.try_sign_in()
    assert "锁定" in dialog.error_label.text()
    dialog.password_box.setText(PASSWORD)
    assert not dialog.try_sign_in()
    assert "已锁定" in dialog.error_label.text()


def _fill_and_save(dialog: ChangePasswordDialog, new: str, repeat: str | None = None) -> bool:
    dialog.new_box.setText(new)
    dialog.repeat_box.setText(new if repeat is None else repeat)
    return dialog.save()


def test_first_run_forces_the_administrator_to_change_the_start_password(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ui_db.begin() as session:
        assert accounts.ensure_first_administrator(session) == "admin"
    seen: list[ChangePasswordDialog] = []

    def change(self: SignInDialog, signed_in: accounts.SignedIn) -> bool:
        dialog = ChangePasswordDialog(self.db, signed_in, forced=True, parent=self)
        dialog.old_box.setText(self.password_box.text())
        seen.append(dialog)
        assert not _fill_and_save(dialog, "guanli123", "guanli124")
        assert dialog.error_label.text() == "两次输入的新密码不一致"
        assert not _fill_and_save(dialog, "admin")
        assert "至少" in dialog.error_label.text()
        return _fill_and_save(dialog, "guanli123")

    monkeypatch.setattr(SignInDialog, "change_password", change)
    dialog = _dialog(qtbot, ui_db)
    assert dialog.first_run_label.isVisible() and "admin" in dialog.first_run_label.text()
    assert dialog.login_box.text() == "admin"
    dialog.password_box.setText("admin")
    assert dialog.try_sign_in()
    assert seen and dialog.signed_in is not None and dialog.signed_in.role is StaffRole.ADMINISTRATOR
    assert not dialog.signed_in.must_change_password
    assert not accounts.sign_in(ui_db, "admin", "guanli123").must_change_password
    with ui_db.read() as session:
        assert accounts.first_run_login(session) is None


def test_refusing_the_forced_change_does_not_sign_in(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST, must_change_password=True)
    monkeypatch.setattr(SignInDialog, "change_password", lambda _self, _who: False)
    dialog = _dialog(qtbot, ui_db)
    dialog.login_box.setText("lihua")
    dialog.password_box.setText(PASSWORD)
    assert not dialog.try_sign_in() and dialog.signed_in is None


def test_ctrl_l_switches_user_and_sign_out_leaves_nobody(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST)
    second = _staff(ui_db, "wangzg", "王主管", StaffRole.SUPERVISOR)

    def sign_in_as_wang(self: SignInDialog) -> int:
        self.login_box.setText("wangzg")
        self.password_box.setText(PASSWORD)
        return int(QDialog.DialogCode.Accepted if self.try_sign_in() else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_wang)
    window = MainWindow(ui_db, staff_id=first)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.staff_label.text() == "当前用户：李华（前台接待员）"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.context.staff_id == second
    assert window.staff_label.text() == "当前用户：王主管（客服主管）"
    window.sign_out()
    assert window.context.staff_id is None and window.staff_label.text() == "未登录"


def test_cancelling_the_switch_keeps_the_person(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST)
    monkeypatch.setattr(SignInDialog, "exec", lambda _self: int(QDialog.DialogCode.Rejected))
    window = MainWindow(ui_db, staff_id=first)
    qtbot.addWidget(window)
    assert not window.switch_user()
    assert window.context.staff_id == first


def test_run_gui_signs_in_before_the_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Outside the smoke test the window opens only after a sign-in; cancelling it ends
    the program with 0; the first run made the admin account (issue 18: on the worker
    that opens the database behind the dialog)."""
    asked: list[Database] = []

    def cancel(dialog: SignInDialog) -> int:
        db = dialog._wait_for_database()
        assert db is not None
        asked.append(db)
        with db.read() as session:
            assert accounts.first_run_login(session) == "admin"
        assert dialog.first_run_label.text().startswith("首次使用")
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SignInDialog, "exec", cancel)
    monkeypatch.setattr(app_module, "send_message", lambda _message: False, raising=False)
    built: list[object] = []
    monkeypatch.setattr("desk_app.ui.main_window.MainWindow", lambda *args, **kwargs: built.append(args))
    assert app_module.run_gui(f"sqlite:///{tmp_path}/first.sqlite3") == app_module.EXIT_OK
    assert asked and not built


def test_the_smoke_test_signs_in_nobody(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the smoke test must not ask anyone to sign in")

    monkeypatch.setattr(SignInDialog, "__init__", refuse)
    assert app_module.run_gui(f"sqlite:///{tmp_path}/smoke.sqlite3", smoke_test=True) == app_module.EXIT_OK


def test_switching_user_clears_open_records_and_announces_messages(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: after Ctrl+L the previous person's record is no longer open on any
    page, and the new person hears about their unread messages."""
    from desk_app.models.enums import Category, Channel
    from desk_app.services import worklog
    from desk_app.services.worklog import Message5W1H
    from desk_app.ui.record_page import RecordPage

    first = _staff(ui_db, "lihua", "李华", StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
    second = _staff(ui_db, "wangzg", "王主管", StaffRole.SUPERVISOR)
    with ui_db.begin(actor_id=first) as session:
        entry_id = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.OTHER,
            content="赵女士找王主管",
            contact_name="赵女士",
            contact_phone="13900001111",
            message=Message5W1H(for_staff_id=second, what="请回电"),
        ).entry.id

    def sign_in_as_wang(self: SignInDialog) -> int:
        self.login_box.setText("wangzg")
        self.password_box.setText(PASSWORD)
        return int(QDialog.DialogCode.Accepted if self.try_sign_in() else QDialog.DialogCode.Rejected)

    monkeypatch.setattr(SignInDialog, "exec", sign_in_as_wang)
    window = MainWindow(ui_db, staff_id=first)
    qtbot.addWidget(window)
    window.show()
    window.open_record("worklog", entry_id)
    page = window.page("worklog")
    assert isinstance(page, RecordPage) and page.form.record_id == entry_id
    assert window.switch_user()
    assert page.form.record_id is None, "the previous person's record is closed"
    assert page.list_view.selected_id() is None
    assert window.announcement_label.isVisibleTo(window)
    assert "王主管" in window.announcement_label.text() and "1 条未读留言" in window.announcement_label.text()
