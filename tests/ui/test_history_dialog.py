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
