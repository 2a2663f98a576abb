"""Issue 15: the four main jobs from the keyboard alone, in the main window, with the
keys counted as docs/user-guide.md states them ("keys" are the command keys; what is
typed — a room, the text of the call, a colleague's initials — is counted apart)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Complaint, Staff, WorkLogEntry
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.services import complaints
from desk_app.ui.dashboard_page import DashboardPage, TileListDialog
from desk_app.ui.main_window import MainWindow
from tests.ui.reception_centre import SH
from tests.ui.test_worklog_page import Counter, seed

NOW = datetime(2026, 11, 23, 16, 0, 1, tzinfo=SH)


class Keys:
    """Sends keys to the focused widget and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    @staticmethod
    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "something has the keyboard"
        return widget

    def press(
        self, key: Qt.Key | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.count += 1
        self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:  # not counted: the data itself
        self.qtbot.keyClicks(self.focused(), text)


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[Counter]:
    db, _ = open_database(f"sqlite:///{tmp_path}/paths.sqlite3", clock=FixedClock(NOW))
    try:
        yield seed(db)
    finally:
        db.dispose()


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *_a, **_k: pytest.fail("an unexpected message box"))


def _window(qtbot: QtBot, counter: Counter, staff_id: int) -> MainWindow:
    window = MainWindow(counter.db, staff_id=staff_id)
    qtbot.addWidget(window)
    window.resize(1366, 700)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_log_a_call_from_a_known_room_and_print_its_slip(
    qtbot: QtBot, counter: Counter, no_boxes: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F2, 321201, Enter, 2, (text), Ctrl+S, Ctrl+P: 5 keys besides the room and the text."""
    previews: list[bytes] = []
    monkeypatch.setattr(
        "desk_app.ui.printing_actions.show_print_preview",
        lambda _owner, _title, render, **_kw: previews.append(render()),
    )
    window = _window(qtbot, counter, counter.receptionist)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.type("321201")
    keys.press(Qt.Key.Key_Return)
    keys.press("2")  # 报修
    keys.type("Kitchen pipe leaking")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "worklog"
    assert len(previews) == 1 and previews[0].startswith(b"%PDF")
    assert keys.count == 5 <= 8


def test_register_a_complaint(qtbot: QtBot, counter: Counter, no_boxes: None) -> None:
    """F2, 321201, Enter, 3, (text), Ctrl+S: 4 keys; the complaint record follows."""
    _window(qtbot, counter, counter.receptionist)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.type("321201")
    keys.press(Qt.Key.Key_Return)
    keys.press("3")  # 投诉
    keys.type("Noise from the flat above every night")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with counter.db.read() as session:
        complaint = session.scalars(select(Complaint)).one()
        assert complaint.client_id == counter.client and complaint.channel is Channel.CALL
    assert keys.count == 4


def test_take_a_5w1h_message(qtbot: QtBot, counter: Counter, no_boxes: None) -> None:
    """F2, 321201, Enter, 7, (text), Alt+M, Alt+O, (gjxw), Alt+3, (what), Ctrl+S: 7 keys."""
    window = _window(qtbot, counter, counter.receptionist)
    keys = Keys(qtbot)
    keys.press(Qt.Key.Key_F2)
    keys.type("321201")
    keys.press(Qt.Key.Key_Return)
    keys.press("7")  # 其他
    keys.type("Asks for the steward")
    keys.press(Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # 转达留言 on
    group = window.page("worklog").form.message_group  # type: ignore[attr-defined]
    qtbot.waitUntil(group.isChecked)  # a mnemonic's click is animated: wait for it, not a time
    keys.press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # 留言给
    keys.type("gjxw")  # 管家小王 by initials
    keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 何事
    keys.type("Please call back about the parcel")
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with counter.db.read() as session:
        entry = session.scalars(select(WorkLogEntry)).one()
        assert entry.category is Category.OTHER
        assert entry.message_for_id == counter.colleague
        assert entry.message_what == "Please call back about the parcel"
    assert keys.count == 7


def test_work_a_dashboard_tile_to_the_record_and_designate_a_handler(
    qtbot: QtBot, counter: Counter, no_boxes: None
) -> None:
    """Ctrl+2, →, Enter, Enter, Ctrl+Tab, Alt+C, (gjxw), Alt+D: 7 keys."""
    with counter.db.begin() as session:
        boss = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, cleared_to_work_alone=True)
        session.add(boss)
        session.flush()
        boss_id = boss.id
        complaint_id = complaints.register_complaint(
            session,
            received_at=datetime(2026, 11, 20, 16, 0, tzinfo=SH),
            channel=Channel.CALL,
            description="楼道灯不亮",
            client_id=counter.client,
        ).id
    window = _window(qtbot, counter, boss_id)
    keys = Keys(qtbot)
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.refresh_timer.stop()
    with qtbot.waitSignal(dashboard.refreshed, timeout=10_000):
        keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    keys.press(Qt.Key.Key_Right)  # to 首次回应逾期
    keys.press(Qt.Key.Key_Return)
    dialog = dashboard.list_dialog
    assert isinstance(dialog, TileListDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    keys.press(Qt.Key.Key_Return)
    assert window.current_key() == "complaints"
    page: Any = window.page("complaints")
    assert page.form.record_id == complaint_id
    window.activateWindow()  # what the window manager does when the list closes
    qtbot.waitUntil(window.isActiveWindow)
    keys.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # 处理过程
    assert page.form.tabs.currentIndex() == 1, Keys.focused()
    keys.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # 处理人
    assert Keys.focused() is page.form.handler, Keys.focused()
    keys.type("gjxw")
    assert page.form.handler.currentData() == counter.colleague
    keys.press(Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # 指定专人
    qtbot.waitUntil(lambda: _handler(counter, complaint_id) == counter.colleague)
    assert keys.count == 7


def _handler(counter: Counter, complaint_id: int) -> int | None:
    with counter.db.read() as session:
        return session.scalar(select(Complaint.handler_id).where(Complaint.id == complaint_id))
