"""The dispatch/coordination slip screen (SPEC 2.2, R18): a slip is issued, reopened
with its values, completed with what was done, and opened again when the work did not
hold; the service refuses a step its state does not allow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.models import DispatchSlip
from desk_app.models.database import Database
from desk_app.models.enums import DispatchKind, DispatchStatus
from desk_app.ui.dispatch_slips_page import DispatchSlipForm, DispatchSlipsPage
from tests.ui.book_pages import NOW, choose, open_page, press_save, reopen, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")  # a modal box would block the test


def test_a_slip_is_issued_reopened_completed_and_reopened(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, DispatchSlipsPage, book_db, book_ids["desk"])
    form = page.book_form
    assert isinstance(form, DispatchSlipForm)
    choose(form, "kind", DispatchKind.COORDINATION.value)
    type_into(qtbot, form, "room_id", "3-2-1201")
    type_into(qtbot, form, "contact_name", "张三")
    press_save(qtbot, page)
    assert form.field_error_text("content") == "请填写派工内容"
    type_into(qtbot, form, "content", "卫生间漏水，请工程部上门")
    choose(form, "assigned_department_id", book_ids["office"])
    press_save(qtbot, page)
    with book_db.read() as session:
        slip = session.scalars(select(DispatchSlip)).one()
        assert (slip.kind, slip.room_id, slip.status) == (
            DispatchKind.COORDINATION,
            book_ids["room"],
            DispatchStatus.OPEN,
        )
        assert slip.assigned_department_id == book_ids["office"] and slip.issued_at == NOW
    again = reopen(qtbot, DispatchSlipsPage, book_db, book_ids["desk"], slip.id)
    assert isinstance(again, DispatchSlipForm)
    assert again.value("content") == "卫生间漏水，请工程部上门"
    assert again.value("room_id") == "3-2-1201"
    assert again.value("assigned_department_id") == book_ids["office"]
    assert "待接单" in again.state_label.text()
    assert "要求完成 2026-11-24 10:00" in again.state_label.text()  # R20: never "—"
    # Completing needs what was done.
    again.complete_button.click()
    assert again.field_error_text("result") == "请填写完成情况"
    type_into(qtbot, again, "result", "已更换密封圈")
    again.complete_button.click()
    with book_db.read() as session:
        done = session.get(DispatchSlip, slip.id)
        assert done is not None and done.status is DispatchStatus.DONE and done.result == "已更换密封圈"
    assert "已于 2026-11-23 10:00 完成" in again.state_label.text()
    assert again.reopen_button.isVisible() and not again.complete_button.isVisible()
    # The work did not hold: opened again with a reason, kept in the result.
    type_into(qtbot, again, "reopen_reason", "仍在漏水")
    again.reopen_button.click()
    with book_db.read() as session:
        reopened = session.get(DispatchSlip, slip.id)
        assert reopened is not None and reopened.status is DispatchStatus.OPEN
        assert reopened.result is not None and "重新打开：仍在漏水" in reopened.result


def test_the_slip_list_opens_a_row_on_enter(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, DispatchSlipsPage, book_db, book_ids["desk"])
    type_into(qtbot, page.book_form, "content", "路灯不亮")
    press_save(qtbot, page)
    saved = page.book_form.record_id
    page.start_new()
    assert page.book_form.record_id is None
    table = page.list_view.table
    table.setFocus()
    table.setCurrentIndex(page.list_view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.book_form.record_id == saved
    assert page.book_form.value("content") == "路灯不亮"


def test_a_repair_is_followed_to_its_callback_on_the_screen(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    """R20 (issue 14): before, 派往部门 and 接单人 were greyed out after saving, 要求完成
    stayed empty, and a done slip had no callback."""
    from datetime import timedelta

    from desk_app.clock import FixedClock
    from desk_app.models.enums import BusinessLine, ContactForm

    page = open_page(qtbot, DispatchSlipsPage, book_db, book_ids["desk"])
    form = page.book_form
    assert isinstance(form, DispatchSlipForm)
    type_into(qtbot, form, "content", "厨房水管漏水")
    type_into(qtbot, form, "contact_phone", "13800000000")
    press_save(qtbot, page)
    slip_id = form.record_id
    assert slip_id is not None
    # Assigned after saving: the boxes are open, the due time follows the business line.
    assert form.boxes["assigned_staff_id"].isEnabled() and form.assign_button.isVisible()
    choose(form, "assigned_staff_id", book_ids["boss"])
    choose(form, "business_line", BusinessLine.MAINTENANCE.value)
    form.assign_button.click()
    with book_db.read() as session:
        slip = session.get(DispatchSlip, slip_id)
        assert slip is not None and slip.assigned_staff_id == book_ids["boss"]
        assert slip.due_at == NOW + timedelta(hours=4)
    assert "要求完成 2026-11-23 14:00（维修/工程" in form.state_label.text()
    # The technician's report, phoned in to the counter.
    clock = book_db.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(minutes=20))
    form.accept_button.click()
    assert not form.accept_button.isVisible() and "已接单" in form.state_label.text()
    clock.advance(timedelta(minutes=20))
    form.open_record(slip_id)  # the arrival box shows the clock's now
    form.arrive_button.click()
    type_into(qtbot, form, "result", "更换三通阀门")
    type_into(qtbot, form, "materials", "三通阀门 1 个")
    form.complete_button.click()
    with book_db.read() as session:
        done = session.get(DispatchSlip, slip_id)
        assert done is not None and done.status is DispatchStatus.DONE
        assert (done.materials, done.callback_due is not None) == ("三通阀门 1 个", True)
    assert form.callback_button.isVisible() and "待回访" in form.state_label.text()
    choose(form, "callback_form", ContactForm.PHONE.value)
    choose(form, "callback_satisfied", "yes")
    type_into(qtbot, form, "callback_comments", "已不漏")
    form.callback_button.click()
    with book_db.read() as session:
        called = session.get(DispatchSlip, slip_id)
        assert called is not None and called.callback_satisfied is True
    assert "已回访（满意）" in form.state_label.text() and not form.callback_button.isVisible()
