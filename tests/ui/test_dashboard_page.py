"""The dashboard screen: tiles show the counts, a click lists the records, Enter opens
one, refresh (button, F5, a saved record) picks up new data off the GUI thread, and a
new first-response breach raises a tray message."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.clock import FixedClock
from desk_app.models import Client
from desk_app.models.database import Database
from desk_app.models.enums import Channel
from desk_app.services import complaints
from desk_app.services.dashboard import TileKey, Urgency
from desk_app.ui.dashboard_page import DashboardPage, TileListDialog, tile_colours
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.pages import PAGE_CLASSES, build_page

SH = ZoneInfo("Asia/Shanghai")
WAIT_MS = 10_000


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def register(db: Database, received: str) -> int:
    with db.begin() as session:
        client = Client(name="张三", name_initials="zs")
        session.add(client)
        session.flush()
        complaint = complaints.register_complaint(
            session,
            received_at=at(received),
            channel=Channel.CALL,
            description="楼道灯不亮",
            client_id=client.id,
        )
        return complaint.id


@pytest.fixture
def clock(ui_db: Database) -> FixedClock:
    fixed = FixedClock(at("2026-11-23 16:00:01"))  # Monday
    ui_db.clock = fixed
    return fixed


@pytest.fixture
def page(qtbot: QtBot, ui_db: Database, clock: FixedClock) -> DashboardPage:
    widget = DashboardPage(DeskContext(ui_db))
    qtbot.addWidget(widget)
    widget.refresh_timer.stop()
    with qtbot.waitSignal(widget.refreshed, timeout=WAIT_MS):
        widget.show()
    return widget


def test_registered_in_the_pages(ui_db: Database, qtbot: QtBot) -> None:
    assert PAGE_CLASSES["dashboard"] == "desk_app.ui.dashboard_page:DashboardPage"
    built = build_page("dashboard", DeskContext(ui_db))
    assert isinstance(built, DashboardPage)
    qtbot.addWidget(built)
    with qtbot.waitSignal(built.refreshed, timeout=WAIT_MS):
        pass


def test_tiles_show_the_counts_and_the_urgency(qtbot: QtBot, ui_db: Database, page: DashboardPage) -> None:
    assert page.tiles[TileKey.FIRST_RESPONSE_OVERDUE].count_label.text() == "0"
    complaint_id = register(ui_db, "2026-11-20 16:00")  # due Monday 16:00, now 16:00:01
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    tile = page.tiles[TileKey.FIRST_RESPONSE_OVERDUE]
    assert tile.count_label.text() == "1"
    assert tile.tile is not None and tile.tile.record_ids == [complaint_id]
    assert tile_colours(tile.tile)[2] == "#b42318"
    assert tile.tile.urgency is Urgency.OVERDUE
    assert "首次回应逾期" in tile.title_label.text()
    assert page.tiles[TileKey.HANDLER_MISSING].count_label.text() == "1"
    assert page.tiles[TileKey.CALLBACKS_DUE].count_label.text() == "0"
    # The chart's current month counts the complaint.
    assert page.month_chart.bars[-1].value == 1


def test_a_click_lists_the_records_and_enter_opens_one(
    qtbot: QtBot, ui_db: Database, page: DashboardPage
) -> None:
    complaint_id = register(ui_db, "2026-11-20 16:00")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()
    qtbot.mouseClick(page.tiles[TileKey.FIRST_RESPONSE_OVERDUE], Qt.MouseButton.LeftButton)
    dialog = page.list_dialog
    assert isinstance(dialog, TileListDialog)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().startswith("TS-202611-")
    assert dialog.table.item(0, 1).text() == "楼道灯不亮"
    assert dialog.table.item(0, 3).text() == "2026-11-23 16:00"
    with qtbot.waitSignal(page.context.openRequested, timeout=WAIT_MS) as opened:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert opened.args == ["complaints", complaint_id]


def test_lines_without_a_record_do_not_open(qtbot: QtBot, page: DashboardPage) -> None:
    # A fresh database has days without a tally: those lines have no record.
    dialog = page.open_tile(TileKey.MISSING_TALLIES)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == page.tiles[TileKey.MISSING_TALLIES].tile.count  # type: ignore[union-attr]
    with qtbot.assertNotEmitted(page.context.openRequested):
        dialog.open_row(0)


def test_f5_and_a_saved_record_refresh(qtbot: QtBot, ui_db: Database, page: DashboardPage) -> None:
    register(ui_db, "2026-11-20 16:00")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        qtbot.keyClick(page, Qt.Key.Key_F5)
    assert page.tiles[TileKey.FIRST_RESPONSE_OVERDUE].count_label.text() == "1"
    register(ui_db, "2026-11-20 15:00")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.context.record_saved("complaints", 2)
    assert page.tiles[TileKey.FIRST_RESPONSE_OVERDUE].count_label.text() == "2"


def test_a_new_first_response_breach_is_announced(qtbot: QtBot, ui_db: Database, page: DashboardPage) -> None:
    assert page.last_notification is None  # the first refresh only takes note
    register(ui_db, "2026-11-20 16:00")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()
    assert page.last_notification is not None and "首次回应已逾期" in page.last_notification
    page.last_notification = None
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()
    assert page.last_notification is None  # the same breach is not announced twice


def test_a_refresh_while_one_runs_is_queued(qtbot: QtBot, page: DashboardPage) -> None:
    first = page.dashboard
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()
        page.refresh()  # queued: runs after the first
    second = page.dashboard
    assert second is not first
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        pass  # the queued one
    assert page.dashboard is not second


def test_keyboard_tile_to_record_and_back_to_the_same_place(
    qtbot: QtBot, ui_db: Database, page: DashboardPage, clock: FixedClock
) -> None:
    """Issue 15: Tab/arrows reach the tiles, Enter opens the list (handler and how late
    beside each line), Enter opens the record, and the list reopens where it was left."""
    from desk_app.models import Complaint, Department, Staff
    from desk_app.models.enums import StaffRole

    first = register(ui_db, "2026-11-19 09:00")
    second = register(ui_db, "2026-11-20 16:00")
    with ui_db.begin() as session:
        staff = Staff(
            login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, department=Department(name="客服部")
        )
        session.add(staff)
        session.flush()
        session.get(Complaint, second).handler_id = staff.id
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.refresh()
    tiles = list(page.tiles.values())
    tiles[0].setFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert page.tiles[TileKey.FIRST_RESPONSE_OVERDUE].hasFocus(), "→ moves to the next tile"
    qtbot.keyClick(page.tiles[TileKey.FIRST_RESPONSE_OVERDUE], Qt.Key.Key_Return)
    dialog = page.list_dialog
    assert isinstance(dialog, TileListDialog)
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(dialog.table.columnCount())]
    assert "处理人" in headers and "逾期多久" in headers
    rows = {dialog.table.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(dialog.table.rowCount())}
    assert dialog.table.item(rows[second], 2).text() == "管家小王"
    assert dialog.table.item(rows[second], 4).text() == "逾期 0 分"
    assert dialog.table.item(rows[first], 4).text().startswith("逾期 ")
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    chosen = dialog.table.item(dialog.table.currentRow(), 0).data(Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(page.context.openRequested, timeout=WAIT_MS) as opened:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert opened.args == ["complaints", chosen]
    again = page.open_tile(TileKey.FIRST_RESPONSE_OVERDUE)
    assert again is not None
    qtbot.addWidget(again)
    assert again.table.item(again.table.currentRow(), 0).data(Qt.ItemDataRole.UserRole) == chosen
