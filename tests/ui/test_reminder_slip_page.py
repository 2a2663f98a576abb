"""The reminder-slip case form (SPEC 2.7, R14): slips one to three with their checks,
clearance only after the legal-risk warning is confirmed, numbered cleared items claimed
against a signature, a repeat offence cleared at once, three signatories for 高空抛物."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import Building, ClearedItem, Department, ReminderCase, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import ReminderCaseStatus, ReminderKind, StaffRole
from desk_app.services import notices
from desk_app.ui.book_form import BookForm
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.reminder_slip_page import ReminderSlipForm, ReminderSlipPage

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
    db, _ = open_database(f"sqlite:///{tmp_path}/reminders.sqlite3", clock=FixedClock(NOW))
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


def _open_case(qtbot: QtBot, db: Database, ids: dict[str, int], kind: ReminderKind) -> ReminderSlipForm:
    page = _page(qtbot, ReminderSlipPage, db, ids["desk"])
    form = page.book_form
    assert isinstance(form, ReminderSlipForm)
    _choose(form, "kind", kind.value)
    _type(qtbot, form, "room_id", "3-2-1201")
    _type(qtbot, form, "location", "3栋2单元12楼楼道")
    _save(qtbot, page)
    assert form.banner.text() == "已保存。", form.banner.text()
    return form


def _check_unheeded(db: Database, form: ReminderSlipForm) -> None:
    clock = db.clock
    assert isinstance(clock, FixedClock)
    clock.advance(timedelta(days=3))
    form.not_heeded_button.click()


def test_three_slips_then_clearance_after_the_legal_warning_then_a_claim(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _open_case(qtbot, sqlite_db, ids, ReminderKind.CORRIDOR_CLUTTER)
    assert "第1次" in _label(form, "caseSlips").text()
    # A check before the date the slip gave is refused, and says why.
    form.not_heeded_button.click()
    assert "期限未到" in form.banner.text()
    for _ in range(3):
        _check_unheeded(sqlite_db, form)
    assert "第3次" in _label(form, "caseSlips").text()
    assert form.clear_button.isVisible() and not form.not_heeded_button.isVisible()
    _type(qtbot, form, "items", "蓝色童车一辆 / 地下室储物间\n纸箱两个 / 地下室储物间")
    warnings: list[str] = []

    def refuse_then_accept(
        _parent: Any, _title: str, text: str, *_a: Any, **_k: Any
    ) -> QMessageBox.StandardButton:
        warnings.append(text)
        return QMessageBox.StandardButton.No if len(warnings) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "warning", refuse_then_accept)
    form.clear_button.click()  # "No" to the legal risk: nothing is cleared
    assert "法律风险" in warnings[0]
    with sqlite_db.read() as session:
        assert session.scalars(select(ClearedItem)).first() is None
    form.clear_button.click()
    with sqlite_db.read() as session:
        case = session.scalars(select(ReminderCase)).one()
        numbers = [item.item_number for item in case.cleared_items]
        assert case.status is ReminderCaseStatus.CLEARED
    assert numbers == [f"{case.number}-01", f"{case.number}-02"]
    items = _label(form, "clearedItems").text()
    assert f"{case.number}-01　蓝色童车一辆　存放：地下室储物间　待认领" in items
    # Returned only against the claimant's name and signature.
    assert form.value("item_number") == f"{case.number}-01"
    _type(qtbot, form, "claimant_name", "张三")
    form.claim_button.click()
    assert form.field_error_text("claimant_signature") == "请填写认领人签字（R14）"
    _type(qtbot, form, "claimant_signature", "张三（签字）")
    form.claim_button.click()
    with sqlite_db.read() as session:
        item = session.scalars(select(ClearedItem).where(ClearedItem.item_number == numbers[0])).one()
        assert item.claimant_signature == "张三（签字）" and item.claimed_at is not None
    assert "由 张三 签字领回" in _label(form, "clearedItems").text()


def test_a_repeat_offence_after_clearance_may_be_cleared_at_once(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    form = _open_case(qtbot, sqlite_db, ids, ReminderKind.CORRIDOR_CLUTTER)
    for _ in range(3):
        _check_unheeded(sqlite_db, form)
    _type(qtbot, form, "items", "鞋柜 / 仓库")
    form.clear_button.click()
    repeat = _open_case(qtbot, sqlite_db, ids, ReminderKind.CORRIDOR_CLUTTER)
    assert "清理后再次违反" in repeat.state_label.text()
    assert repeat.clear_button.isVisible()
    with sqlite_db.read() as session:
        latest = session.get(ReminderCase, repeat.record_id)
        assert latest is not None and latest.status is ReminderCaseStatus.CLEARANCE_ALLOWED


def test_high_altitude_throwing_is_signed_by_three_parties_and_reopens(
    qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]
) -> None:
    page = _page(qtbot, ReminderSlipPage, sqlite_db, ids["desk"])
    form = page.book_form
    _choose(form, "kind", ReminderKind.HIGH_ALTITUDE_THROWING.value)
    hint = _label(form, "signatories").text()
    assert "三方联合署名" in hint and "居委会/社区工作站" in hint and "业委会" in hint
    _type(qtbot, form, "location", "5栋南侧")
    _save(qtbot, page)
    record_id = form.record_id
    assert record_id is not None
    again = _reopen(qtbot, ReminderSlipPage, sqlite_db, ids["desk"], record_id)
    assert again.value("location") == "5栋南侧"
    assert again.value("kind") == ReminderKind.HIGH_ALTITUDE_THROWING.value
    assert "居委会/社区工作站、业委会、" in _label(again, "signatories").text()
    assert not again.clear_button.isVisible()  # type: ignore[attr-defined]  # nobody clears a throw


def test_a_case_needs_a_place(qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]) -> None:
    page = _page(qtbot, ReminderSlipPage, sqlite_db, ids["desk"])
    _save(qtbot, page)
    assert page.book_form.field_error_text("location") == "请填写张贴地点（楼栋、单元、楼层或房号）（R14）"


def test_the_listed_cases_print_as_one_batch(qtbot: QtBot, sqlite_db: Database, ids: dict[str, int]) -> None:
    """批量打印: the latest slip of every case the list shows (search and filters
    applied), on a worker with progress, then the preview; a case with no posted slip
    is left out instead of stopping the batch."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.print_preview import PrintPreviewDialog

    with sqlite_db.begin(actor_id=ids["desk"]) as session:
        for place in ("1栋1单元楼道", "2栋2单元楼道", "3栋3单元楼道"):
            notices.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location=place)
    page = _page(qtbot, ReminderSlipPage, sqlite_db, ids["desk"])
    assert isinstance(page, ReminderSlipPage)
    page.list_view.set_search_text("2栋")
    page.list_view.apply_conditions()
    job = page.print_listed_slips()

    def preview() -> PrintPreviewDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=20000)
    shown = preview()
    assert shown is not None and job is not None
    text = "".join(page_.extract_text() for page_ in PdfReader(io.BytesIO(shown.pdf)).pages)
    assert "2栋2单元楼道" in text
    assert "1栋1单元楼道" not in text and "3栋3单元楼道" not in text
    shown.close()
