"""The dispatch/coordination slip screen (SPEC 2.2, R18): a slip is issued, reopened
with its values, completed with what was done, and opened again when the work did not
hold; the service refuses a step its state does not allow."""

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
from desk_app.models import Building, Department, DispatchSlip, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import DispatchKind, DispatchStatus, StaffRole
from desk_app.ui.book_form import BookForm
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.dispatch_slips_page import DispatchSlipForm, DispatchSlipsPage

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
    db, _ = open_database(f"sqlite:///{tmp_path}/dispatch.sqlite3", clock=FixedClock(NOW))
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


def test_a_slip_is_issued_reopened_completed_and_reopened(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, DispatchSlipsPage, sqlite_db, ids["desk"])
    form = page.book_form
    assert isinstance(form, DispatchSlipForm)
    _choose(form, "kind", DispatchKind.COORDINATION.value)
    _type(qtbot, form, "room_id", "3-2-1201")
    _type(qtbot, form, "contact_name", "张三")
    _save(qtbot, page)
    assert form.field_error_text("content") == "请填写派工内容"
    _type(qtbot, form, "content", "卫生间漏水，请工程部上门")
    _choose(form, "assigned_department_id", ids["office"])
    _save(qtbot, page)
    with sqlite_db.read() as session:
        slip = session.scalars(select(DispatchSlip)).one()
        assert (slip.kind, slip.room_id, slip.status) == (
            DispatchKind.COORDINATION,
            ids["room"],
            DispatchStatus.OPEN,
        )
        assert slip.assigned_department_id == ids["office"] and slip.issued_at == NOW
    again = _reopen(qtbot, DispatchSlipsPage, sqlite_db, ids["desk"], slip.id)
    assert isinstance(again, DispatchSlipForm)
    assert again.value("content") == "卫生间漏水，请工程部上门"
    assert again.value("room_id") == "3-2-1201"
    assert again.value("assigned_department_id") == ids["office"]
    assert "未完成" in again.state_label.text()
    # Completing needs what was done.
    again.complete_button.click()
    assert again.field_error_text("result") == "请填写完成情况"
    _type(qtbot, again, "result", "已更换密封圈")
    again.complete_button.click()
    with sqlite_db.read() as session:
        done = session.get(DispatchSlip, slip.id)
        assert done is not None and done.status is DispatchStatus.DONE and done.result == "已更换密封圈"
    assert "已于 2026-11-23 10:00 完成" in again.state_label.text()
    assert again.reopen_button.isVisible() and not again.complete_button.isVisible()
    # The work did not hold: opened again with a reason, kept in the result.
    _type(qtbot, again, "reopen_reason", "仍在漏水")
    again.reopen_button.click()
    with sqlite_db.read() as session:
        reopened = session.get(DispatchSlip, slip.id)
        assert reopened is not None and reopened.status is DispatchStatus.OPEN
        assert reopened.result is not None and "重新打开：仍在漏水" in reopened.result


def test_the_slip_list_opens_a_row_on_enter(qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]) -> None:
    page = _page(qtbot, DispatchSlipsPage, sqlite_db, ids["desk"])
    _type(qtbot, page.book_form, "content", "路灯不亮")
    _save(qtbot, page)
    saved = page.book_form.record_id
    page.start_new()
    assert page.book_form.record_id is None
    table = page.list_view.table
    table.setFocus()
    table.setCurrentIndex(page.list_view.model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert page.book_form.record_id == saved
    assert page.book_form.value("content") == "路灯不亮"
