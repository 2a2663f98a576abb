"""员工账号 (issue 7): the administrator creates an account from the keyboard, edits its
role and 可独立接听, resets a password, deactivates, reactivates and unlocks; anyone else
sees a refusal."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.pages import build_page
from desk_app.ui.staff_page import PasswordDialog, StaffPage

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PASSWORD = "chuntian88"


def _type(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's committed string (QTest.keyClicks is ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def people(ui_db: Database) -> dict[str, int]:
    ui_db.clock = FixedClock(NOW)
    with ui_db.begin() as session:
        session.add(Department(name="客服中心"))
        staff = {
            "admin": Staff(
                login="admin",
                name="系统管理员",
                role=StaffRole.ADMINISTRATOR,
                password_hash=accounts.hash_password(PASSWORD, n=2**10),
            ),
            "desk": Staff(
                login="desk",
                name="李前台",
                role=StaffRole.RECEPTIONIST,
                password_hash=accounts.hash_password(PASSWORD, n=2**10),
            ),
        }
        session.add_all(staff.values())
        session.flush()
        return {key: person.id for key, person in staff.items()}


def _page(qtbot: QtBot, db: Database, staff_id: int | None) -> StaffPage:
    page = StaffPage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()  # the page's one-time draft offer (none here) runs now
    return page


def _stored(db: Database, login: str) -> Staff:
    with db.read() as session:
        staff = session.scalars(select(Staff).where(Staff.login == login)).one()
        session.expunge(staff)
        return staff


@pytest.mark.parametrize("who", [None, "desk"])
def test_non_administrators_see_a_refusal(
    qtbot: QtBot, ui_db: Database, people: dict[str, int], who: str | None
) -> None:
    page = _page(qtbot, ui_db, None if who is None else people[who])
    assert page.is_refused()
    assert "只有系统管理员" in page.refusal_label.text()
    assert page.records is None and page.form is None  # the list is never read for them


def test_refusal_follows_the_person_on_duty(qtbot: QtBot, ui_db: Database, people: dict[str, int]) -> None:
    context = DeskContext(ui_db, people["desk"])
    page = StaffPage(context)
    qtbot.addWidget(page)
    assert page.is_refused()
    context.set_staff(people["admin"])
    assert not page.is_refused() and page.records is not None
    context.set_staff(people["desk"])
    assert page.is_refused()


def test_page_is_registered(qtbot: QtBot, ui_db: Database, people: dict[str, int]) -> None:
    page = build_page("staff", DeskContext(ui_db, people["admin"]))
    assert isinstance(page, StaffPage)
    qtbot.addWidget(page)
    assert not page.is_refused()


def test_administrator_creates_an_account_from_the_keyboard(
    qtbot: QtBot, ui_db: Database, people: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    assert not page.is_refused()
    assert page.records is not None and page.form is not None
    form = page.form
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.records.list_view.setFocus()
    qtbot.keyClick(page.records.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.login_box.hasFocus())
    qtbot.keyClicks(form.login_box, "zhaoqiang")
    qtbot.keyClick(form.login_box, Qt.Key.Key_Tab)
    assert form.name_box.hasFocus()
    _type(form.name_box, "赵强")
    form.role_box.setCurrentIndex(form.role_box.findData(StaffRole.SERVICE_STAFF.value))
    form.department_box.setCurrentIndex(form.department_box.findText("客服中心"))
    _type(form.hometown_box, "湖南")
    qtbot.keyClicks(form.phone_box, "13800001111")
    assert form.password_box.isVisible() and form.password_again_box.isVisible()
    qtbot.keyClicks(form.password_box, "chushi123")
    qtbot.keyClicks(form.password_again_box, "chushi124")
    qtbot.keyClick(form.password_again_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    # Typo in the repeat: refused next to the field, nothing typed is lost.
    assert form.field_error_text("password_again") == "两次输入的密码不一致"
    assert form.name_box.text() == "赵强" and form.login_box.text() == "zhaoqiang"
    with ui_db.read() as session:
        assert session.scalars(select(Staff).where(Staff.login == "zhaoqiang")).first() is None
    form.password_again_box.clear()
    qtbot.keyClicks(form.password_again_box, "chushi123")
    qtbot.keyClick(form.password_again_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.field_error_text("password_again") is None, form.banner.text()
    staff = _stored(ui_db, "zhaoqiang")
    assert (staff.name, staff.name_initials, staff.role) == ("赵强", "zq", StaffRole.SERVICE_STAFF)
    assert (staff.hometown, staff.phone, staff.must_change_password) == ("湖南", "13800001111", True)
    assert staff.department_id is not None
    assert form.record_id == staff.id
    assert not form.password_box.isVisible() and form.login_box.isReadOnly()
    assert accounts.sign_in(ui_db, "zhaoqiang", "chushi123").must_change_password
    # The password never reached the draft folder.
    assert "chushi123" not in str(form.collect())


def test_a_password_too_short_is_refused_next_to_the_field(
    qtbot: QtBot, ui_db: Database, people: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    assert page.records is not None and page.form is not None
    page.records.start_new()
    form = page.form
    qtbot.keyClicks(form.login_box, "wang")
    _type(form.name_box, "王五")
    qtbot.keyClicks(form.password_box, "short")
    qtbot.keyClicks(form.password_again_box, "short")
    assert not form.save()
    assert "至少需要 8 个字符" in (form.field_error_text("password") or "")
    assert form.name_box.text() == "王五"


def test_administrator_edits_role_and_cleared_to_work_alone(
    qtbot: QtBot, ui_db: Database, people: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    assert page.records is not None and page.form is not None
    form = page.form
    page.open_record(people["desk"])
    assert form.record_id == people["desk"]
    assert form.login_box.text() == "desk" and form.login_box.isReadOnly()
    assert not form.password_box.isVisible()
    assert "在用" in form.state_label.text()
    form.role_box.setCurrentIndex(form.role_box.findData(StaffRole.SUPERVISOR.value))
    qtbot.keyClick(form.alone_box, Qt.Key.Key_Space)
    assert form.alone_box.isChecked() and form.is_dirty()
    assert page.records.save()
    staff = _stored(ui_db, "desk")
    assert staff.role is StaffRole.SUPERVISOR and staff.cleared_to_work_alone is True
    assert not form.is_dirty()
    # The last administrator cannot demote herself: the refusal sits under 角色.
    page.open_record(people["admin"])
    form.role_box.setCurrentIndex(form.role_box.findData(StaffRole.RECEPTIONIST.value))
    assert not form.save()
    assert "最后一个" in (form.field_error_text("role") or "")
    assert _stored(ui_db, "admin").role is StaffRole.ADMINISTRATOR


def _answer_password_dialog(qtbot: QtBot, first: str, second: str, seen: list[str]) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        boxes = [dialog.password_box, dialog.again_box]
        for box, text in zip(boxes, (first, "mismatch!"), strict=True):
            box.setText(text)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.error_label.text())  # the typo is caught in the dialog
        dialog.again_box.setText(second)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)


def test_reset_password_asks_twice_and_sets_must_change(
    qtbot: QtBot, ui_db: Database, people: dict[str, int]
) -> None:
    for _ in range(accounts.LOCKOUT_FAILURES):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(ui_db, "desk", "wrong")
    page = _page(qtbot, ui_db, people["admin"])
    assert page.form is not None
    page.open_record(people["desk"])
    assert "锁定" in page.form.state_label.text()
    seen: list[str] = []
    _answer_password_dialog(qtbot, "linshi888", "linshi888", seen)
    assert page.reset_password()
    assert seen == ["两次输入的密码不一致"]
    signed = accounts.sign_in(ui_db, "desk", "linshi888")  # lockout lifted too
    assert signed.must_change_password
    assert "锁定" not in page.form.state_label.text()
    assert "已为 李前台 重置密码" in page.form.banner.text()


def test_reset_password_cancelled_changes_nothing(
    qtbot: QtBot, ui_db: Database, people: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    page.open_record(people["desk"])
    before = _stored(ui_db, "desk").password_hash

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PasswordDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert not page.reset_password()
    assert _stored(ui_db, "desk").password_hash == before


def test_deactivate_reactivate_and_unlock_with_confirmation(
    qtbot: QtBot, ui_db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    page = _page(qtbot, ui_db, people["admin"])
    page.open_record(people["desk"])
    assert not page.deactivate()  # said no
    assert "李前台" in questions[-1] and _stored(ui_db, "desk").active
    answer[0] = QMessageBox.StandardButton.Yes
    assert page.deactivate()
    assert not _stored(ui_db, "desk").active
    assert page.form is not None and "已停用" in page.form.state_label.text()
    with pytest.raises(accounts.AuthenticationError, match="已停用"):
        accounts.sign_in(ui_db, "desk", PASSWORD)
    assert page.reactivate()
    assert accounts.sign_in(ui_db, "desk", PASSWORD).staff_id == people["desk"]
    # Refused by the service: the reason is shown, nothing breaks.
    page.open_record(people["admin"])
    assert not page.deactivate()
    assert "最后一个系统管理员" in warnings[-1]
    for _ in range(accounts.LOCKOUT_FAILURES):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(ui_db, "desk", "wrong")
    page.open_record(people["desk"])
    assert page.unlock()
    assert accounts.sign_in(ui_db, "desk", PASSWORD).staff_id == people["desk"]


def test_password_boxes_hide_what_is_typed(qtbot: QtBot, ui_db: Database, people: dict[str, int]) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    assert page.form is not None
    assert page.form.password_box.echoMode() is QLineEdit.EchoMode.Password
    assert page.form.password_again_box.echoMode() is QLineEdit.EchoMode.Password
