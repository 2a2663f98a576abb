"""The rectification notice form (SPEC 2.6, R15): the deadline is mandatory, a refused
signature needs a photo or a witness, inspections close it, an overdue notice is flagged
and can be reported to the authorities after a confirmation, and the notice prints."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import RectificationNotice
from desk_app.models.database import Database
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult
from desk_app.ui.book_page import BookPage
from desk_app.ui.date_field import DateField
from desk_app.ui.print_preview import PrintPreviewDialog
from desk_app.ui.rectification_notice_page import RectificationNoticeForm, RectificationNoticePage
from tests.ui.book_pages import choose, find_label, open_page, press_save, reopen, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")  # a modal box would block the test


def _issue(qtbot: QtBot, db: Database, book_ids: dict[str, int]) -> tuple[BookPage, RectificationNoticeForm]:
    page = open_page(qtbot, RectificationNoticePage, db, book_ids["desk"])
    form = page.book_form
    assert isinstance(form, RectificationNoticeForm)
    type_into(qtbot, form, "room_id", "3-2-1201")
    choose(form, "issue", NoticeIssue.ILLEGAL_CONSTRUCTION.value)
    type_into(qtbot, form, "issue_description", "露台违章搭建阳光房")
    type_into(qtbot, form, "required_action", "拆除阳光房，恢复原状")
    return page, form


def test_the_deadline_is_mandatory_and_a_notice_is_issued_and_reopened(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page, form = _issue(qtbot, book_db, book_ids)
    press_save(qtbot, page)
    assert form.field_error_text("deadline") == "整改通知书必须写明整改期限（R15）"
    assert form.value("issue_description") == "露台违章搭建阳光房"  # nothing typed is lost
    deadline = form.boxes["deadline"]
    assert isinstance(deadline, DateField)
    qtbot.keyClicks(deadline, "20261130")  # issue 15: typed, as on paper
    form.boxes["joint_with_owners_committee"].setChecked(True)  # type: ignore[attr-defined]
    press_save(qtbot, page)
    assert form.banner.text() == "已保存。"
    with book_db.read() as session:
        notice = session.scalars(select(RectificationNotice)).one()
        assert notice.deadline.isoformat() == "2026-11-30" and notice.room_id == book_ids["room"]
    again = reopen(qtbot, RectificationNoticePage, book_db, book_ids["desk"], notice.id)
    assert again.value("deadline") == "2026-11-30"
    assert again.value("required_action") == "拆除阳光房，恢复原状"
    assert again.value("joint_with_owners_committee") is True
    assert again.value("room_id") == "3-2-1201"
    assert "业委会" in again.state_label.text()  # type: ignore[attr-defined]
    assert "发出" in find_label(again, "noticeHistory").text()


def test_a_refused_signature_needs_a_photo_or_a_witness(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page, form = _issue(qtbot, book_db, book_ids)
    type_into(qtbot, form, "deadline", "2026-11-30")
    press_save(qtbot, page)
    choose(form, "service_result", ServiceResult.REFUSED.value)
    form.service_button.click()
    assert form.field_error_text("refusal_witness") == (
        "客户拒签时须拍照取证（在“附件”中添加照片）或登记到场见证人（R15）"
    )
    type_into(qtbot, form, "refusal_witness", "业委会 周委员")
    form.service_button.click()
    with book_db.read() as session:
        notice = session.scalars(select(RectificationNotice)).one()
        assert notice.service_result is ServiceResult.REFUSED and notice.refusal_witness == "业委会 周委员"
    assert not form.service_button.isEnabled()  # served once: the button says so
    assert "已登记送达结果" in form.service_button.toolTip()
    assert "送达" in find_label(form, "noticeHistory").text()


def test_an_overdue_notice_is_flagged_and_reported_after_confirmation(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page, form = _issue(qtbot, book_db, book_ids)
    type_into(qtbot, form, "deadline", "11-25")
    press_save(qtbot, page)
    record_id = form.record_id
    assert record_id is not None
    assert find_label(form, "noticeOverdue").isHidden()
    assert not form.escalate_button.isEnabled() and "尚未过" in form.escalate_button.toolTip()
    # R15: the report letter is not offered before the deadline (it would be refused)
    assert not form.print_report_button.isEnabled() and "尚未过" in form.print_report_button.toolTip()
    form.not_rectified_button.click()
    assert form.field_error_text("finding") == "请填写复查情况（R15）"
    type_into(qtbot, form, "finding", "未拆除")
    form.not_rectified_button.click()
    clock = book_db.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=4))  # 2026-11-27: two days past the deadline
    again = reopen(qtbot, RectificationNoticePage, book_db, book_ids["desk"], record_id)
    flag = find_label(again, "noticeOverdue")
    assert flag.isVisible() and "已逾期 2 天未整改" in flag.text()
    assert again.print_report_button.isEnabled()  # type: ignore[attr-defined]
    type_into(qtbot, again, "escalated_to", "街道办城建科")
    questions: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    again.escalate_button.click()  # type: ignore[attr-defined]  # "No": nothing happens
    with book_db.read() as session:
        assert session.get(RectificationNotice, record_id).status is NoticeStatus.ISSUED  # type: ignore[union-attr]
    again.escalate_button.click()  # type: ignore[attr-defined]
    assert "上报“街道办城建科”" in questions[-1]
    with book_db.read() as session:
        notice = session.get(RectificationNotice, record_id)
        assert notice is not None and notice.status is NoticeStatus.ESCALATED
        assert notice.escalated_to == "街道办城建科"
    assert "上报" in find_label(again, "noticeHistory").text()


def test_the_notice_prints_to_a_pdf(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    page, form = _issue(qtbot, book_db, book_ids)
    assert not form.print_notice_button.isEnabled()  # nothing to print before it is saved
    type_into(qtbot, form, "deadline", "2026-11-30")
    press_save(qtbot, page)
    form.print_notice_button.click()  # renders on a worker, then opens the preview
    qtbot.waitUntil(lambda: _preview() is not None, timeout=15000)
    preview = _preview()
    assert preview is not None and preview.total_pages >= 1
    assert "整改通知书" in preview.windowTitle()
    preview.close()
    path = form.print_notice_button.print_record()  # or: to a file and the system viewer
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert opened and opened[0].toLocalFile() == str(path)


def _preview() -> PrintPreviewDialog | None:
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()
    ]
    return dialogs[-1] if dialogs else None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("20261220", "2026-12-20"), ("2026-12-20", "2026-12-20"), ("12-20", "2026-12-20"), ("+7", None)],
)
def test_the_deadline_is_typed_in_every_form(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], typed: str, stored: str | None
) -> None:
    """Issue 15: typing 20261220 gave "（未填写）20261220", "-" was refused, Alt+Down did
    nothing. ``+7`` is seven working days from today by the working calendar."""
    page, form = _issue(qtbot, book_db, book_ids)
    deadline = form.boxes["deadline"]
    assert isinstance(deadline, DateField) and deadline.text() == ""
    deadline.setFocus()
    qtbot.keyClicks(deadline, typed)
    qtbot.keyClick(deadline, Qt.Key.Key_Return)  # Enter (or leaving) shows the date it read
    assert deadline.is_valid()
    expected = stored or deadline.text()
    assert deadline.text() == expected and form.value("deadline") == expected
    press_save(qtbot, page)
    assert form.banner.text() == "已保存。"
    with book_db.read() as session:
        assert session.scalars(select(RectificationNotice)).one().deadline.isoformat() == expected


def test_a_deadline_that_is_no_date_is_named_and_kept(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page, form = _issue(qtbot, book_db, book_ids)
    deadline = form.boxes["deadline"]
    qtbot.keyClicks(deadline, "2026-13-45")
    press_save(qtbot, page)
    assert "2026-13-45" in form.field_error_text("deadline")
    assert deadline.text() == "2026-13-45"  # nothing typed is lost
    with book_db.read() as session:
        assert session.scalars(select(RectificationNotice)).first() is None


def test_alt_down_opens_the_calendar_at_today_with_holidays_marked(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    _page, form = _issue(qtbot, book_db, book_ids)
    deadline = form.boxes["deadline"]
    assert isinstance(deadline, DateField)
    deadline.setFocus()
    qtbot.keyClick(deadline, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = deadline.popup
    assert popup is not None and popup.isVisible()
    today = book_db.clock.now().astimezone(book_db.zone).date()
    assert popup.calendar.selectedDate().toPython() == today  # not January 2000
    popup.calendar.setSelectedDate(popup.calendar.selectedDate().addDays(3))
    qtbot.keyClick(popup.calendar.findChild(QTableView), Qt.Key.Key_Return)
    assert not popup.isVisible() and deadline.typed_date() == today + timedelta(days=3)
    # National Day 2026: 1 October is a holiday (red), Saturday 10 October a make-up day
    popup = deadline.open_calendar()
    popup.calendar.setCurrentPage(2026, 10)
    from PySide6.QtCore import QDate

    assert popup.calendar.dateTextFormat(QDate(2026, 10, 1)).toolTip() == "法定节假日"
    assert popup.calendar.dateTextFormat(QDate(2026, 10, 10)).toolTip() == "调休上班"
    popup.close()


def test_the_room_fills_the_client_with_the_work_logs_lookup(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    """Issue 15: typing the room and leaving the box chooses the room's client."""
    from desk_app.models import Client, ClientRoom
    from desk_app.ui.client_choice import ClientChoice

    with book_db.begin() as session:
        client = Client(name="赵业主", name_initials="zyz", rooms=[ClientRoom(room_id=book_ids["room"])])
        session.add(client)
        session.flush()
        client_id = client.id
    page = open_page(qtbot, RectificationNoticePage, book_db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "room_id", "3-2-1201")
    qtbot.keyClick(form.boxes["room_id"], Qt.Key.Key_Return)  # or Tab: the box is left
    choice = form.boxes["client_id"]
    assert isinstance(choice, ClientChoice)
    assert choice.client_id() == client_id
    assert "赵业主" in choice.matches.currentText()
