"""修改历史 (issue 7) on a record screen: Ctrl+H on the open record shows who created
and changed it, newest first; nothing to show while no saved record is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import Building, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import reception
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.history_dialog import HistoryDialog
from desk_app.ui.visitors_page import VisitorsPage

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)


@pytest.fixture(autouse=True)
def _no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def sqlite_db(tmp_path: Path, clock: FixedClock) -> Iterator[Database]:
    db, _ = open_database(f"sqlite:///{tmp_path}/history.sqlite3", clock=clock)
    try:
        yield db
    finally:
        db.dispose()


def _visitor(db: Database, clock: FixedClock) -> tuple[int, int]:
    with db.begin() as session:
        desk = Staff(login="li", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add_all([desk, room])
        session.flush()
        desk_id = desk.id
    with db.begin(actor_id=desk_id) as session:
        visitor_id = reception.register_visitor(session, visitor_name="赵六", host_name="张三").id
    clock.advance(timedelta(minutes=5))
    with db.begin(actor_id=desk_id) as session:
        reception.record_host_answer(session, visitor_id, True)
    return desk_id, visitor_id


def _open_dialog() -> HistoryDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, HistoryDialog) and widget.isVisible():
            return widget
    return None


def test_ctrl_h_shows_the_open_records_history(qtbot: QtBot, sqlite_db: Database, clock: FixedClock) -> None:
    desk_id, visitor_id = _visitor(sqlite_db, clock)
    page = VisitorsPage(DeskContext(sqlite_db, desk_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    assert not page.history_action.isEnabled()  # nothing open yet
    assert page.show_history() is None

    page.open_record(visitor_id)
    assert page.history_action.isEnabled()
    qtbot.keyClick(page.list_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _open_dialog() is not None)
    dialog = _open_dialog()
    assert dialog is not None
    rows = dialog.row_texts()
    assert rows[0][:2] == ["2026-11-23 10:05", "李前台"]
    assert ["2026-11-23 10:05", "李前台", "修改", "被访人同意", "", "是"] in rows
    assert ["2026-11-23 10:05", "李前台", "修改", "已联系被访人", "否", "是"] in rows
    assert rows[-1][:4] == ["2026-11-23 10:00", "李前台", "新建", ""]
    assert "FK-" in dialog.heading.text() and "访客登记" in dialog.heading.text()
    dialog.grab().save(str(Path(sqlite_db.url.database or "").parent / "history.png"))
    dialog.close()

    page.start_new()
    assert not page.history_action.isEnabled()


def test_a_clients_history_shows_each_child_row_change_in_words(qtbot: QtBot, sqlite_db: Database) -> None:
    """Issue 19, finding 2: the card's history after five changes to its phones, family,
    rooms and importance flags lists each of them in words (what was added, changed or
    removed, with its values), not only "create", and no raw column names or JSON."""
    from desk_app.models.enums import ImportanceCategory
    from desk_app.screens.base import Workspace
    from desk_app.screens.records import record_history
    from desk_app.services import clients
    from desk_app.services.clients import FamilyMemberInput
    from tests.services.test_audit_chain import card

    with sqlite_db.begin() as session:
        desk = Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST)
        building = Building(code="3", name="3栋")
        for number in ("1201", "1202"):
            code = f"3-2-{number}"
            session.add(
                Room(building=building, unit="2", number=number, code=code, digits=Room.digits_of(code))
            )
        session.add(desk)
        session.flush()
        desk_id = desk.id
    changes = [
        {},
        {"phones": ["13800001111"]},
        {"phones": ["13800001111"], "family": [FamilyMemberInput("李四", "丈夫", "13600003333")]},
        {"phones": ["13800001111"], "family": [], "room_codes": ["3-2-1202"]},
        {
            "phones": ["13800001111"],
            "family": [],
            "room_codes": ["3-2-1202"],
            "importance": {ImportanceCategory.MAJOR_CLIENT},
        },
    ]
    with sqlite_db.begin(actor_id=desk_id) as session:
        client_id = clients.create_client(session, **card(**changes[0])).id
    for change in changes[1:]:
        with sqlite_db.begin(actor_id=desk_id) as session:
            clients.update_client(session, client_id, **card(**change))
    from desk_app.models import Client

    history = record_history(Workspace(sqlite_db, desk_id), Client, client_id)
    dialog = HistoryDialog(history.lines, "客户档案")
    qtbot.addWidget(dialog)
    rows = [row[2:] for row in dialog.row_texts()]
    assert ["删除", "客户电话", "电话：13900002222", ""] in rows
    assert ["修改", "家庭成员·关系", "配偶", "丈夫"] in rows
    assert any(action == "删除" and field == "家庭成员" and "李四" in old for action, field, old, _ in rows)
    assert any(action == "新建" and "3-2-1202" in new for action, _, _, new in rows)
    assert any(action == "删除" and "3-2-1201" in old for action, _, old, _ in rows)
    assert any(action == "新建" and "重要" in field + new for action, field, _, new in rows)
    assert len([row for row in rows if row[0] != "新建"]) >= 5
    for row in rows:
        text = " ".join(row)
        assert "client_id" not in text and '{"' not in text and "_id" not in text, row
