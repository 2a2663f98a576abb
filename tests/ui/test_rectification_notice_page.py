"""The rectification notice form (SPEC 2.6, R15): the deadline is mandatory, a refused
signature needs a photo or a witness, inspections close it, an overdue notice is flagged
and can be reported to the authorities after a confirmation, and the notice prints."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDateEdit, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import Building, Department, RectificationNotice, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult, StaffRole
from desk_app.ui.book_form import BookForm
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.print_preview import PrintPreviewDialog
from desk_app.ui.rectification_notice_page import RectificationNoticeForm, RectificationNoticePage

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
    db, _ = open_database(f"sqlite:///{tmp_path}/notices.sqlite3", clock=FixedClock(NOW))
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


def _issue(qtbot: QtBot, db: Database, ids: dict[str, int]) -> tuple[BookPage, RectificationNoticeForm]:
    page = _page(qtbot, RectificationNoticePage, db, ids["desk"])
    form = page.book_form
    assert isinstance(form, RectificationNoticeForm)
    _type(qtbot, form, "room_id", "3-2-1201")
    _choose(form, "issue", NoticeIssue.ILLEGAL_CONSTRUCTION.value)
    _type(qtbot, form, "issue_description", "露台违章搭建阳光房")
    _type(qtbot, form, "required_action", "拆除阳光房，恢复原状")
    return page, form


def test_the_deadline_is_mandatory_and_a_notice_is_issued_and_reopened(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page, form = _issue(qtbot, sqlite_db, ids)
    _save(qtbot, page)
    assert form.field_error_text("deadline") == "整改通知书必须写明整改期限（R15）"
    assert form.value("issue_description") == "露台违章搭建阳光房"  # nothing typed is lost
    deadline = form.boxes["deadline"]
    assert isinstance(deadline, QDateEdit)
    deadline.setDate(QDate(2026, 11, 30))
    form.boxes["joint_with_owners_committee"].setChecked(True)  # type: ignore[attr-defined]
    _save(qtbot, page)
    assert form.banner.text() == "已保存。"
    with sqlite_db.read() as session:
        notice = session.scalars(select(RectificationNotice)).one()
        assert notice.deadline.isoformat() == "2026-11-30" and notice.room_id == ids["room"]
    again = _reopen(qtbot, RectificationNoticePage, sqlite_db, ids["desk"], notice.id)
    assert again.value("deadline") == "2026-11-30"
    assert again.value("required_action") == "拆除阳光房，恢复原状"
    assert again.value("joint_with_owners_committee") is True
    assert again.value("room_id") == "3-2-1201"
    assert "业委会" in again.state_label.text()  # type: ignore[attr-defined]
    assert "发出" in _label(again, "noticeHistory").text()


def test_a_refused_signature_needs_a_photo_or_a_witness(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page, form = _issue(qtbot, sqlite_db, ids)
    form.boxes["deadline"].setDate(QDate(2026, 11, 30))  # type: ignore[attr-defined]
    _save(qtbot, page)
    _choose(form, "service_result", ServiceResult.REFUSED.value)
    form.service_button.click()
    assert form.field_error_text("refusal_witness") == "客户拒签时须拍照取证或登记到场见证人（R15）"
    _type(qtbot, form, "refusal_witness", "业委会 周委员")
    form.service_button.click()
    with sqlite_db.read() as session:
        notice = session.scalars(select(RectificationNotice)).one()
        assert notice.service_result is ServiceResult.REFUSED and notice.refusal_witness == "业委会 周委员"
    assert not form.service_button.isVisible()
    assert "送达" in _label(form, "noticeHistory").text()


def test_an_overdue_notice_is_flagged_and_reported_after_confirmation(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page, form = _issue(qtbot, sqlite_db, ids)
    form.boxes["deadline"].setDate(QDate(2026, 11, 25))  # type: ignore[attr-defined]
    _save(qtbot, page)
    record_id = form.record_id
    assert record_id is not None
    assert _label(form, "noticeOverdue").isHidden()
    form.not_rectified_button.click()
    assert form.field_error_text("finding") == "请填写复查情况（R15）"
    _type(qtbot, form, "finding", "未拆除")
    form.not_rectified_button.click()
    clock = sqlite_db.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=4))  # 2026-11-27: two days past the deadline
    again = _reopen(qtbot, RectificationNoticePage, sqlite_db, ids["desk"], record_id)
    flag = _label(again, "noticeOverdue")
    assert flag.isVisible() and "已逾期 2 天未整改" in flag.text()
    _type(qtbot, again, "escalated_to", "街道办城建科")
    questions: list[str] = []

    def answer(_parent: Any, _title: str, text: str, *_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    again.escalate_button.click()  # type: ignore[attr-defined]  # "No": nothing happens
    with sqlite_db.read() as session:
        assert session.get(RectificationNotice, record_id).status is NoticeStatus.ISSUED  # type: ignore[union-attr]
    again.escalate_button.click()  # type: ignore[attr-defined]
    assert "上报“街道办城建科”" in questions[-1]
    with sqlite_db.read() as session:
        notice = session.get(RectificationNotice, record_id)
        assert notice is not None and notice.status is NoticeStatus.ESCALATED
        assert notice.escalated_to == "街道办城建科"
    assert "上报" in _label(again, "noticeHistory").text()


def test_the_notice_prints_to_a_pdf(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    page, form = _issue(qtbot, sqlite_db, ids)
    assert not form.print_notice_button.isEnabled()  # nothing to print before it is saved
    form.boxes["deadline"].setDate(QDate(2026, 11, 30))  # type: ignore[attr-defined]
    _save(qtbot, page)
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
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    return dialogs[-1] if dialogs else None
