"""The reception books (SPEC 2.8): each is filled in, saved with Ctrl+S, opened again on a
fresh page and shows what was saved; a refused value shows next to its field; the media
form raises the R17 alert; a letter shows where R18 routed it; a document's contents are
shown only to whom the service allows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import (
    Building,
    Complaint,
    Department,
    DispatchSlip,
    DocumentTransfer,
    FeeService,
    Letter,
    MediaVisit,
    Room,
    Staff,
    Visitor,
)
from desk_app.models.database import Database
from desk_app.models.enums import LetterKind, MediaContactMode, StaffRole
from desk_app.ui.book_form import BookForm
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.documents_page import DocumentsPage
from desk_app.ui.fee_services_page import FeeServicesPage
from desk_app.ui.letters_page import LettersPage
from desk_app.ui.media_visits_page import MediaVisitsPage
from desk_app.ui.visitors_page import VisitorsPage

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box would block the test: any unexpected one answers "No"/"Discard"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def _seed(db: Database) -> dict[str, int]:
    with db.begin() as session:
        office = Department(name="客服部")
        admin = Department(name="行政人事部")
        session.add_all([office, admin])
        session.flush()
        desk = Staff(login="li", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        boss = Staff(login="wang", name="王主管", role=StaffRole.SUPERVISOR, department_id=office.id)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add_all([desk, boss, room])
        session.flush()
        return {"desk": desk.id, "boss": boss.id, "room": room.id, "office": office.id}


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(f"sqlite:///{tmp_path}/reception.sqlite3", clock=FixedClock(NOW))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def ids(sqlite_db: Database) -> dict[str, int]:
    return _seed(sqlite_db)


def _page(
    qtbot: QtBot, page_class: Callable[[DeskContext], BookPage], db: Database, staff_id: int
) -> BookPage:
    page = page_class(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts (Ctrl+S, Ctrl+N) need the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _type(qtbot: QtBot, form: BookForm, name: str, text: str) -> None:
    """Type ``text`` as a person would (QTest cannot send Chinese key events, so the
    text is inserted at the cursor, which emits the same editing signals)."""
    box = form.boxes[name]
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.insert(text)
    elif isinstance(box, QPlainTextEdit):
        box.insertPlainText(text)
    else:
        raise TypeError(type(box).__name__)


def _save(qtbot: QtBot, page: BookPage) -> None:
    first = next(iter(page.book_form.boxes.values()))
    qtbot.keyClick(first, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _choose(form: BookForm, name: str, data: Any) -> None:
    combo = form.boxes[name]
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, f"{data!r} not in {name}"
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def _reopen(
    qtbot: QtBot, page_class: Callable[[DeskContext], BookPage], db: Database, staff_id: int, record_id: int
) -> BookForm:
    page = _page(qtbot, page_class, db, staff_id)
    page.open_record(record_id)
    assert page.book_form.record_id == record_id
    return page.book_form


def _label(widget: QWidget, name: str) -> QLabel:
    label = widget.findChild(QLabel, name)
    assert label is not None
    return label


# -- visitors ------------------------------------------------------------------------------


def _visitor_round_trip(qtbot: QtBot, db: Database, ids: dict[str, int]) -> None:
    page = _page(qtbot, VisitorsPage, db, ids["desk"])
    form = page.book_form
    _type(qtbot, form, "visitor_name", "赵六")
    _type(qtbot, form, "visiting_room_id", "321201")
    _type(qtbot, form, "host_name", "张三")
    _type(qtbot, form, "purpose", "送文件")
    form.boxes["host_contacted"].setChecked(True)  # type: ignore[attr-defined]
    _choose(form, "host_agreed", True)
    _save(qtbot, page)
    assert form.banner.text() == "已保存。", {n: form.field_error_text(n) for n in form.boxes}
    with db.read() as session:
        visitor = session.scalars(select(Visitor)).one()
        assert (visitor.visitor_name, visitor.visiting_room_id, visitor.host_agreed) == (
            "赵六",
            ids["room"],
            True,
        )
        assert visitor.arrived_at == NOW
    again = _reopen(qtbot, VisitorsPage, db, ids["desk"], visitor.id)
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
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    _visitor_round_trip(qtbot, sqlite_db, ids)


def test_visitor_round_trip_on_both_databases(qtbot: QtBot, db: Database) -> None:
    """The one round trip run on SQLite and PostgreSQL (the shared ``db`` fixture)."""
    db.clock = FixedClock(NOW)
    _visitor_round_trip(qtbot, db, _seed(db))


def test_visitor_errors_show_next_to_their_field_and_nothing_is_lost(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, VisitorsPage, sqlite_db, ids["desk"])
    form = page.book_form
    _type(qtbot, form, "host_name", "张三")
    _save(qtbot, page)
    assert form.field_error_text("visitor_name") == "请填写访客姓名"
    _type(qtbot, form, "visitor_name", "赵六")
    _type(qtbot, form, "visiting_room_id", "9-9-999")
    _save(qtbot, page)
    assert "找不到房号 9-9-999" in (form.field_error_text("visiting_room_id") or "")
    assert form.value("visitor_name") == "赵六"
    with sqlite_db.read() as session:
        assert session.scalars(select(Visitor)).first() is None


def test_enter_moves_on_and_ctrl_n_starts_a_new_visitor(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, VisitorsPage, sqlite_db, ids["desk"])
    form = page.book_form
    name = form.boxes["visitor_name"]
    _type(qtbot, form, "visitor_name", "赵六")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert form.boxes["visitor_phone"].hasFocus()
    assert form.labels["visitor_name"].buddy() is name
    _type(qtbot, form, "host_name", "张三")
    _save(qtbot, page)
    assert form.record_id is not None
    qtbot.keyClick(form.boxes["visitor_name"], Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is None
    assert form.value("visitor_name") == ""


# -- letters (R18) ---------------------------------------------------------------------------


def test_a_complaint_letter_shows_its_complaint_and_opens_it(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, LettersPage, sqlite_db, ids["desk"])
    form = page.book_form
    _type(qtbot, form, "sender", "张三")
    _type(qtbot, form, "sender_room_id", "3-2-1201")
    _choose(form, "kind", LetterKind.COMPLAINT.value)
    _type(qtbot, form, "summary", "楼上漏水三天无人处理")
    _save(qtbot, page)
    with sqlite_db.read() as session:
        letter = session.scalars(select(Letter)).one()
        complaint = session.scalars(select(Complaint)).one()
        assert letter.complaint_id == complaint.id
    again = _reopen(qtbot, LettersPage, sqlite_db, ids["desk"], letter.id)
    routing = _label(again, "letterRouting").text()
    assert f"已登记投诉 {complaint.number}" in routing and "王主管" in routing
    with qtbot.waitSignal(again.context.openRequested) as opened:
        again.open_complaint_button.click()  # type: ignore[attr-defined]
    assert opened.args == ["complaints", complaint.id]
    assert again.value("summary") == "楼上漏水三天无人处理"


def test_a_report_letter_makes_a_dispatch_slip(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, LettersPage, sqlite_db, ids["desk"])
    form = page.book_form
    _type(qtbot, form, "sender", "李四")
    _choose(form, "kind", LetterKind.REPORT.value)
    _type(qtbot, form, "summary", "路灯不亮")
    _save(qtbot, page)
    with sqlite_db.read() as session:
        slip = session.scalars(select(DispatchSlip)).one()
    assert f"已开派工单 {slip.number}" in _label(form, "letterRouting").text()
    with qtbot.waitSignal(form.context.openRequested) as opened:
        form.open_slip_button.click()  # type: ignore[attr-defined]
    assert opened.args == ["dispatch_slips", slip.id]


def test_a_letter_without_sender_is_refused_at_the_sender(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, LettersPage, sqlite_db, ids["desk"])
    _type(qtbot, page.book_form, "summary", "路灯不亮")
    _save(qtbot, page)
    assert page.book_form.field_error_text("sender") == "请填写来函人"


# -- documents -------------------------------------------------------------------------------


def test_document_contents_are_shown_only_to_whom_the_service_allows(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, DocumentsPage, sqlite_db, ids["desk"])
    form = page.book_form
    form.boxes["is_fax"].setChecked(True)  # type: ignore[attr-defined]
    _type(qtbot, form, "description", "律师函一份")
    _type(qtbot, form, "from_party", "某律师事务所")
    _type(qtbot, form, "to_party", "王主管")
    _choose(form, "addressee_staff_id", ids["boss"])
    _save(qtbot, page)
    assert "传真须登记收件人联系电话" in (form.field_error_text("recipient_contact") or "")
    _type(qtbot, form, "recipient_contact", "13800000000")
    _save(qtbot, page)
    with sqlite_db.read() as session:
        document = session.scalars(select(DocumentTransfer)).one()
    # The receptionist, a third party, does not see what it says.
    third = _reopen(qtbot, DocumentsPage, sqlite_db, ids["desk"], document.id)
    assert "律师函" not in str(third.value("description"))
    assert "内容保密" in str(third.value("description"))
    # The addressee does; and signs for it.
    addressee = _reopen(qtbot, DocumentsPage, sqlite_db, ids["boss"], document.id)
    assert addressee.value("description") == "律师函一份"
    _type(qtbot, addressee, "signed_by", "王主管")
    addressee.hand_over_button.click()  # type: ignore[attr-defined]
    with sqlite_db.read() as session:
        stored = session.get(DocumentTransfer, document.id)
        assert stored is not None and stored.signed_by == "王主管" and stored.handed_over_at == NOW


# -- media visits (R17) ----------------------------------------------------------------------


def test_saving_a_media_visit_raises_the_alert(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, MediaVisitsPage, sqlite_db, ids["desk"])
    form = page.book_form
    assert "电话采访一律不接受" in form.rule_label.text()  # type: ignore[attr-defined]
    _choose(form, "contact_mode", MediaContactMode.PHONE.value)
    _type(qtbot, form, "outlet", "都市报")
    _save(qtbot, page)
    assert form.field_error_text("reporter") == "请填写记者姓名（R17）"
    alert = _label(form, "mediaAlert")
    assert alert.isHidden()
    _type(qtbot, form, "reporter", "钱记者")
    _type(qtbot, form, "topic", "停车费")
    _save(qtbot, page)
    assert alert.isVisible()
    assert "已于 2026-11-23 10:00 报告客服主管（王主管）" in alert.text()
    assert "电话采访不接受" in form.reply_label.text()  # type: ignore[attr-defined]
    with sqlite_db.read() as session:
        visit = session.scalars(select(MediaVisit)).one()
        assert visit.supervisor_notified_at == NOW and visit.outcome is not None
    again = _reopen(qtbot, MediaVisitsPage, sqlite_db, ids["desk"], visit.id)
    assert again.value("outlet") == "都市报"
    assert _label(again, "mediaAlert").isVisible()


# -- fee services ----------------------------------------------------------------------------


def test_a_fee_is_parsed_by_the_service_and_reopened(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, FeeServicesPage, sqlite_db, ids["desk"])
    form = page.book_form
    _type(qtbot, form, "amount", "五十")
    _type(qtbot, form, "receipt_number", "No.0001")
    _save(qtbot, page)
    assert "金额格式不正确" in (form.field_error_text("amount") or "")
    form.boxes["amount"].clear()  # type: ignore[attr-defined]
    _type(qtbot, form, "amount", "50")
    _type(qtbot, form, "room_id", "3-2-1201")
    _save(qtbot, page)
    with sqlite_db.read() as session:
        fee = session.scalars(select(FeeService)).one()
        assert (str(fee.amount), fee.receipt_number, fee.room_id) == ("50.00", "No.0001", ids["room"])
    again = _reopen(qtbot, FeeServicesPage, sqlite_db, ids["desk"], fee.id)
    assert (again.value("amount"), again.value("receipt_number"), again.value("room_id")) == (
        "50.00",
        "No.0001",
        "3-2-1201",
    )
