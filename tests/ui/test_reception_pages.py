"""The reception books (SPEC 2.8): each is filled in, saved with Ctrl+S, opened again on a
fresh page and shows what was saved; a refused value shows next to its field; the media
form raises the R17 alert; a letter shows where R18 routed it; a document's contents are
shown only to whom the service allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import (
    Complaint,
    DispatchSlip,
    DocumentTransfer,
    FeeService,
    Letter,
    MediaVisit,
    Visitor,
)
from desk_app.models.database import Database
from desk_app.models.enums import LetterKind, MediaContactMode
from desk_app.ui.documents_page import DocumentsPage
from desk_app.ui.fee_services_page import FeeServicesPage
from desk_app.ui.letters_page import LettersPage
from desk_app.ui.media_visits_page import MediaVisitsPage
from desk_app.ui.visitors_page import VisitorsPage
from tests.ui.book_pages import NOW, choose, find_label, open_page, press_save, reopen, seed, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")  # a modal box would block the test

# -- visitors ------------------------------------------------------------------------------


def _visitor_round_trip(qtbot: QtBot, db: Database, book_ids: dict[str, int]) -> None:
    page = open_page(qtbot, VisitorsPage, db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "visitor_name", "赵六")
    type_into(qtbot, form, "visiting_room_id", "321201")
    type_into(qtbot, form, "host_name", "张三")
    type_into(qtbot, form, "purpose", "送文件")
    form.boxes["host_contacted"].setChecked(True)  # type: ignore[attr-defined]
    choose(form, "host_agreed", True)
    press_save(qtbot, page)
    assert form.banner.text() == "已保存。", {n: form.field_error_text(n) for n in form.boxes}
    with db.read() as session:
        visitor = session.scalars(select(Visitor)).one()
        assert (visitor.visitor_name, visitor.visiting_room_id, visitor.host_agreed) == (
            "赵六",
            book_ids["room"],
            True,
        )
        assert visitor.arrived_at == NOW
    again = reopen(qtbot, VisitorsPage, db, book_ids["desk"], visitor.id)
    assert again.value("visitor_name") == "赵六"
    assert again.value("visiting_room_id") == "3-2-1201"
    assert again.value("host_agreed") is True
    assert again.value("purpose") == "送文件"
    assert again.number_label.text().endswith(visitor.number)
    # 离开: the visitor leaves, once.
    again.left_button.click()  # type: ignore[attr-defined]
    with db.read() as session:
        assert session.get(Visitor, visitor.id).left_at == NOW  # type: ignore[union-attr]
    assert not again.left_button.isVisible()  # type: ignore[attr-defined]
    assert "离开时间：2026-11-23 10:00" in again.state_label.text()  # type: ignore[attr-defined]


def test_a_visitor_is_registered_reopened_and_leaves(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    _visitor_round_trip(qtbot, book_db, book_ids)


def test_visitor_round_trip_on_both_databases(qtbot: QtBot, db: Database) -> None:
    """The one round trip run on SQLite and PostgreSQL (the shared ``db`` fixture)."""
    db.clock = FixedClock(NOW)
    _visitor_round_trip(qtbot, db, seed(db))


def test_visitor_errors_show_next_to_their_field_and_nothing_is_lost(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, VisitorsPage, book_db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "host_name", "张三")
    press_save(qtbot, page)
    assert form.field_error_text("visitor_name") == "请填写访客姓名"
    type_into(qtbot, form, "visitor_name", "赵六")
    type_into(qtbot, form, "visiting_room_id", "9-9-999")
    press_save(qtbot, page)
    assert "找不到房号 9-9-999" in (form.field_error_text("visiting_room_id") or "")
    assert form.value("visitor_name") == "赵六"
    with book_db.read() as session:
        assert session.scalars(select(Visitor)).first() is None


def test_enter_moves_on_and_ctrl_n_starts_a_new_visitor(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, VisitorsPage, book_db, book_ids["desk"])
    form = page.book_form
    name = form.boxes["visitor_name"]
    type_into(qtbot, form, "visitor_name", "赵六")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert form.boxes["visitor_phone"].hasFocus()
    assert form.labels["visitor_name"].buddy() is name
    type_into(qtbot, form, "host_name", "张三")
    press_save(qtbot, page)
    assert form.record_id is not None
    qtbot.keyClick(form.boxes["visitor_name"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is None
    assert form.value("visitor_name") == ""


# -- letters (R18) ---------------------------------------------------------------------------


def test_a_complaint_letter_shows_its_complaint_and_opens_it(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, LettersPage, book_db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "sender", "张三")
    type_into(qtbot, form, "sender_room_id", "3-2-1201")
    choose(form, "kind", LetterKind.COMPLAINT.value)
    type_into(qtbot, form, "summary", "楼上漏水三天无人处理")
    press_save(qtbot, page)
    with book_db.read() as session:
        letter = session.scalars(select(Letter)).one()
        complaint = session.scalars(select(Complaint)).one()
        assert letter.complaint_id == complaint.id
    again = reopen(qtbot, LettersPage, book_db, book_ids["desk"], letter.id)
    routing = find_label(again, "letterRouting").text()
    assert f"已登记投诉 {complaint.number}" in routing and "王主管" in routing
    with qtbot.waitSignal(again.context.openRequested) as opened:
        again.open_complaint_button.click()  # type: ignore[attr-defined]
    assert opened.args == ["complaints", complaint.id]
    assert again.value("summary") == "楼上漏水三天无人处理"


def test_a_report_letter_makes_a_dispatch_slip(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, LettersPage, book_db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "sender", "李四")
    choose(form, "kind", LetterKind.REPORT.value)
    type_into(qtbot, form, "summary", "路灯不亮")
    press_save(qtbot, page)
    with book_db.read() as session:
        slip = session.scalars(select(DispatchSlip)).one()
    assert f"已开派工单 {slip.number}" in find_label(form, "letterRouting").text()
    with qtbot.waitSignal(form.context.openRequested) as opened:
        form.open_slip_button.click()  # type: ignore[attr-defined]
    assert opened.args == ["dispatch_slips", slip.id]


def test_a_letter_without_sender_is_refused_at_the_sender(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, LettersPage, book_db, book_ids["desk"])
    type_into(qtbot, page.book_form, "summary", "路灯不亮")
    press_save(qtbot, page)
    assert page.book_form.field_error_text("sender") == "请填写来函人"


# -- documents -------------------------------------------------------------------------------


def test_document_contents_are_shown_only_to_whom_the_service_allows(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, DocumentsPage, book_db, book_ids["desk"])
    form = page.book_form
    form.boxes["is_fax"].setChecked(True)  # type: ignore[attr-defined]
    type_into(qtbot, form, "description", "律师函一份")
    type_into(qtbot, form, "from_party", "某律师事务所")
    type_into(qtbot, form, "to_party", "王主管")
    choose(form, "addressee_staff_id", book_ids["boss"])
    press_save(qtbot, page)
    assert "传真须登记收件人联系电话" in (form.field_error_text("recipient_contact") or "")
    type_into(qtbot, form, "recipient_contact", "13800000000")
    press_save(qtbot, page)
    with book_db.read() as session:
        document = session.scalars(select(DocumentTransfer)).one()
    # The receptionist, a third party, does not see what it says.
    third = reopen(qtbot, DocumentsPage, book_db, book_ids["desk"], document.id)
    assert "律师函" not in str(third.value("description"))
    assert "内容保密" in str(third.value("description"))
    # The addressee does; and signs for it.
    addressee = reopen(qtbot, DocumentsPage, book_db, book_ids["boss"], document.id)
    assert addressee.value("description") == "律师函一份"
    type_into(qtbot, addressee, "signed_by", "王主管")
    addressee.hand_over_button.click()  # type: ignore[attr-defined]
    with book_db.read() as session:
        stored = session.get(DocumentTransfer, document.id)
        assert stored is not None and stored.signed_by == "王主管" and stored.handed_over_at == NOW


# -- media visits (R17) ----------------------------------------------------------------------


def test_saving_a_media_visit_raises_the_alert(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, MediaVisitsPage, book_db, book_ids["desk"])
    form = page.book_form
    assert "电话采访一律不接受" in form.rule_label.text()  # type: ignore[attr-defined]
    choose(form, "contact_mode", MediaContactMode.PHONE.value)
    type_into(qtbot, form, "outlet", "都市报")
    press_save(qtbot, page)
    assert form.field_error_text("reporter") == "请填写记者姓名（R17）"
    alert = find_label(form, "mediaAlert")
    assert alert.isHidden()
    type_into(qtbot, form, "reporter", "钱记者")
    type_into(qtbot, form, "topic", "停车费")
    press_save(qtbot, page)
    assert alert.isVisible()
    assert "已于 2026-11-23 10:00 报告客服主管（王主管）" in alert.text()
    assert "电话采访不接受" in form.reply_label.text()  # type: ignore[attr-defined]
    with book_db.read() as session:
        visit = session.scalars(select(MediaVisit)).one()
        assert visit.supervisor_notified_at == NOW and visit.outcome is not None
    again = reopen(qtbot, MediaVisitsPage, book_db, book_ids["desk"], visit.id)
    assert again.value("outlet") == "都市报"
    assert find_label(again, "mediaAlert").isVisible()


# -- fee services ----------------------------------------------------------------------------


def test_a_fee_is_parsed_by_the_service_and_reopened(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    page = open_page(qtbot, FeeServicesPage, book_db, book_ids["desk"])
    form = page.book_form
    type_into(qtbot, form, "amount", "五十")
    type_into(qtbot, form, "receipt_number", "No.0001")
    press_save(qtbot, page)
    assert "金额格式不正确" in (form.field_error_text("amount") or "")
    form.boxes["amount"].clear()  # type: ignore[attr-defined]
    type_into(qtbot, form, "amount", "50")
    type_into(qtbot, form, "room_id", "3-2-1201")
    press_save(qtbot, page)
    with book_db.read() as session:
        fee = session.scalars(select(FeeService)).one()
        assert (str(fee.amount), fee.receipt_number, fee.room_id) == ("50.00", "No.0001", book_ids["room"])
    again = reopen(qtbot, FeeServicesPage, book_db, book_ids["desk"], fee.id)
    assert (again.value("amount"), again.value("receipt_number"), again.value("room_id")) == (
        "50.00",
        "No.0001",
        "3-2-1201",
    )
    # Issue 16: a saved fee prints its receipt (存根/收据); an empty form cannot.
    assert again.print_button.isEnabled() and again.print_button.record_id == fee.id  # type: ignore[attr-defined]
    again.clear_form()
    assert not again.print_button.isEnabled()  # type: ignore[attr-defined]
