"""The main window: title, navigation, shortcuts, placeholder pages, About box."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import PySide6
import pytest
from PySide6.QtCore import Qt, QTranslator, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desk_app import __version__
from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Complaint, Setting, Staff, StandardReply
from desk_app.models.database import Database
from desk_app.models.enums import BusinessLine, Channel, ComplaintClass, ComplaintStatus, RootCause, StaffRole
from desk_app.screens.base import StorageError
from desk_app.screens.placeholder_counts import community_name, record_count
from desk_app.services import complaints as complaint_service
from desk_app.services.settings import COMMUNITY_NAME, WORKING_HOURS, store_setting
from desk_app.ui.main_window import MainWindow, about_text
from desk_app.ui.navigation import NAVIGATION, SHORTCUT_SLOTS, all_destinations
from desk_app.ui.placeholder_page import PlaceholderPage

EXPECTED_NAVIGATION = {
    "工作台": ["今日事项", "主管看板"],
    "前台登记": ["工作信息记录", "留言(5W1H)"],
    "投诉与回访": ["投诉处理记录", "顾客访谈记录", "访谈计划"],
    "社区事务": ["邻里纠纷", "整改通知书", "温馨提示"],
    "接待台账": [
        "访客登记",
        "客户来函目录",
        "文件资料收发",
        "媒体采访接待",
        "收费业务",
        "派工单/协调单",
        "预约上门",
    ],
    "资料": ["业主资料卡", "统一回复口径"],
    "管理": ["日盘点", "月度报表", "系统设置", "员工账号", "部门", "小区结构", "操作日志"],
}


def _activate(qtbot: QtBot, widget: QWidget) -> None:
    """Window shortcuts only fire in the active window."""
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _headings(window: MainWindow) -> list[QTreeWidgetItem]:
    tree = window.navigation
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None]


def test_navigation_data_matches_the_agreed_groups() -> None:
    assert {group.title: [d.title for d in group.destinations] for group in NAVIGATION} == EXPECTED_NAVIGATION
    keys = [d.key for d in all_destinations()]
    assert len(keys) == len(set(keys)), "destination keys must be unique"
    assert all(d.description.endswith("。") for d in all_destinations()), "one full sentence each"


def test_window_opens_with_default_title_status_bar_and_every_page(
    window: MainWindow, ui_db: Database
) -> None:
    assert window.windowTitle() == "前台 Desk — 物业服务中心"
    assert ui_db.display_url in window.database_label.text()
    assert window.stack.count() == sum(len(g.destinations) for g in NAVIGATION)
    assert window.current_key() == "today"
    assert [heading.text(0) for heading in _headings(window)] == list(EXPECTED_NAVIGATION)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0].startswith("文件") and menus[-1].startswith("帮助")


def test_title_uses_the_community_name_setting(qtbot: QtBot, ui_db: Database) -> None:
    with ui_db.begin() as session:
        store_setting(session, COMMUNITY_NAME, " 阳光花园 ")
    assert community_name(ui_db) == "阳光花园"
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    assert main.windowTitle() == "前台 Desk — 阳光花园"


def test_malformed_settings_do_not_stop_the_window(qtbot: QtBot, ui_db: Database) -> None:
    with ui_db.begin() as session:
        session.add(Setting(key=WORKING_HOURS, value={"start": "18:00", "end": "09:00"}))
    assert community_name(ui_db) is None
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    assert main.windowTitle() == "前台 Desk — 物业服务中心"


@pytest.fixture
def placeholders_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every destination shows its placeholder page (the tests of the placeholder itself)."""
    monkeypatch.setattr("desk_app.ui.main_window.build_page", lambda _key, _context: None)


def test_clicking_a_navigation_entry_shows_its_page(
    qtbot: QtBot, ui_db: Database, placeholders_only: None
) -> None:
    window = MainWindow(ui_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tree = window.navigation
    item = window.navigation_item("complaints")
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert window.current_key() == "complaints"
    page = window.stack.currentWidget()
    assert isinstance(page, PlaceholderPage)
    assert page.title_label.text() == "投诉处理记录"
    assert page.construction_label.text() == "此功能正在建设中"
    assert "投诉" in page.description_label.text()


def test_clicking_a_group_heading_keeps_the_page(qtbot: QtBot, window: MainWindow) -> None:
    tree = window.navigation
    heading = _headings(window)[2]
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(heading).center())
    assert window.current_key() == "today"


def test_ctrl_digit_jumps_to_the_first_nine_destinations(qtbot: QtBot, window: MainWindow) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    assert window.navigation.currentItem() is window.navigation_item("dashboard")
    keys = [d.key for d in all_destinations()]
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == keys[SHORTCUT_SLOTS - 1] == "rectification_notices"
    assert window.go_actions[keys[SHORTCUT_SLOTS]].shortcut().isEmpty()


def test_ctrl_q_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_f1_opens_the_about_box(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(args))
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1
    _parent, title, text = shown[0]
    assert title == "关于 前台 Desk"
    assert __version__ in text


def test_f2_opens_a_new_entry_before_the_work_log_was_ever_shown(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 15: F2 did nothing after sign-in until 工作信息记录 had been opened once
    (the page installed the shortcut when it was built)."""
    from desk_app.ui.worklog_page import WorklogPage

    _activate(qtbot, window)
    assert window.current_key() == "today" and "worklog" not in window._pages
    qtbot.keyClick(window.navigation, Qt.Key.Key_F2)
    assert window.current_key() == "worklog"
    page = window.page("worklog")
    assert isinstance(page, WorklogPage) and page.new_entry_shortcut is None  # one F2 only
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.worklog_form.lookup.edit)
    assert page.form.record_id is None


def test_about_text_names_version_database_and_qt() -> None:
    text = about_text("postgresql+psycopg://desk:***@db.example/desk")
    assert "前台 Desk" in text
    assert __version__ in text
    assert "postgresql+psycopg://desk:***@db.example/desk" in text
    assert qVersion() in text and PySide6.__version__ in text


def test_page_shows_the_count_of_live_records(qtbot: QtBot, ui_db: Database, placeholders_only: None) -> None:
    now = datetime.now(UTC)
    with ui_db.begin() as session:
        session.add_all(
            [
                StandardReply(topic="停车", question="月卡怎么办？", reply_text="请到前台办理。"),
                StandardReply(topic="装修", question="装修时间？", reply_text="工作日 8:00–12:00。"),
                StandardReply(
                    topic="旧", question="作废", reply_text="作废", voided_at=now, void_reason="重复"
                ),
            ]
        )
    assert record_count(ui_db, StandardReply) == 2
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    main.show()
    page = main.page("standard_replies")
    assert page.count_value is not None
    assert page.count_value.text() == "…", "not read before the page is shown"
    main.show_destination("standard_replies")
    assert page.count_value.text() == "2"
    assert main.page("settings").count_value is None, "no table, no count"


def test_count_is_read_once_and_a_database_error_is_shown_calmly(qtbot: QtBot) -> None:
    calls: list[int] = []

    def failing() -> int:
        calls.append(1)
        # what the screens layer makes of a dropped connection (screens.base.Workspace)
        raise StorageError("读取失败：数据库暂时无法读取（OperationalError），请稍后再试")

    destination = next(d for d in all_destinations() if d.key == "visitors")
    page = PlaceholderPage(destination, "接待台账", failing)
    qtbot.addWidget(page)
    page.show()
    page.hide()
    page.show()
    assert calls == [1]
    assert page.count_value is not None
    assert page.count_value.text() == "暂时无法读取"


class _EnglishForTest(QTranslator):
    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("Navigation", "今日事项"): "Today",
        ("MainWindow", "文件(&F)"): "&File",
        ("PlaceholderPage", "此功能正在建设中"): "Under construction",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get((context, source))  # None: "no translation", Qt keeps the source


def test_texts_go_through_the_translator(qtbot: QtBot, ui_db: Database, placeholders_only: None) -> None:
    """A translator installed later (an English .qm, say) reaches every screen's text."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = _EnglishForTest()
    app.installTranslator(translator)
    try:
        main = MainWindow(ui_db)
        qtbot.addWidget(main)
        assert main.navigation_item("today").text(0) == "Today"
        assert main.menuBar().actions()[0].text() == "&File"
        assert main.page("today").construction_label.text() == "Under construction"
        assert main.navigation_item("dashboard").text(0) == "主管看板", "untranslated text stays Chinese"
    finally:
        app.removeTranslator(translator)


def test_housekeeping_runs_at_start_up_and_has_a_timer(qtbot: QtBot, tmp_path: Path) -> None:
    """R7: the automatic closure runs without anyone pressing a button."""
    db, _ = open_database(f"sqlite:///{tmp_path / 'hk.sqlite3'}")
    start = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    db.clock = FixedClock(start)
    with db.begin() as session:
        supervisor = Staff(login="sup", name="主管", role=StaffRole.SUPERVISOR)
        session.add(supervisor)
        session.flush()
        session.info["actor_id"] = supervisor.id
        complaint = complaint_service.register_complaint(
            session, received_at=start, channel=Channel.CALL, description="匿名投诉", anonymous=True
        )
        complaint_service.classify(
            session,
            complaint.id,
            ComplaintClass.PROPERTY_SERVICE,
            business_line=BusinessLine.CLEANING,
            root_cause=RootCause.SERVICE_SKILL,
        )
        complaint_service.resolve(session, complaint.id, "已清理")
        complaint_service.verify(session, complaint.id)
    db.clock = FixedClock(start + timedelta(days=8))
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.housekeeping_timer.isActive()

    def closed() -> None:
        with db.read() as session:
            loaded = session.get(Complaint, complaint.id)
            assert loaded is not None and loaded.status is ComplaintStatus.CLOSED

    qtbot.waitUntil(closed, timeout=30_000)  # the start-up pass comes 2 s after opening
    db.dispose()


def test_the_status_bar_names_who_is_signed_in(qtbot: QtBot, ui_db: Database) -> None:
    """Issue 7: the sign-in dialog replaced the on-duty box; without a sign-in the window
    opens with nobody signed in (tests, the smoke test)."""
    with ui_db.begin() as session:
        boss = Staff(login="boss", name="王主管", role=StaffRole.SUPERVISOR)
        session.add(boss)
        session.flush()
        boss_id = boss.id
    nobody = MainWindow(ui_db)
    qtbot.addWidget(nobody)
    assert nobody.context.staff_id is None and nobody.staff_label.text() == "未登录"
    assert not nobody.sign_out_action.isEnabled()
    main = MainWindow(ui_db, staff_id=boss_id)
    qtbot.addWidget(main)
    assert main.context.staff_id == boss_id
    assert main.staff_label.text() == "当前用户：王主管（客服主管）"
    changes: list[int] = []
    main.context.staffChanged.connect(changes.append)
    main.sign_out()
    assert main.context.staff_id is None and changes == [-1] and main.staff_label.text() == "未登录"


class _GuardedPage(QWidget):
    def __init__(self, allow: bool) -> None:
        super().__init__()
        self.allow = allow
        self.opened: list[int] = []

    def confirm_close(self) -> bool:
        return self.allow

    def open_record(self, record_id: int) -> None:
        self.opened.append(record_id)


def test_open_requests_go_to_the_owning_page(window: MainWindow) -> None:
    page = _GuardedPage(allow=True)
    window.stack.addWidget(page)
    window._pages["complaints"] = page
    window.context.request_open("complaints", 42)
    assert window.current_key() == "complaints"
    assert page.opened == [42]
    window.context.request_open("no_such_screen", 1)  # logged, ignored
    assert window.current_key() == "complaints"


def test_a_page_with_unsaved_input_can_keep_the_window_open(window: MainWindow) -> None:
    page = _GuardedPage(allow=False)
    window.stack.addWidget(page)
    window._pages["visitors"] = page
    assert window.close() is False
    assert window.isVisible() and window.current_key() == "visitors"
    page.allow = True
    assert window.close() is True


def test_switching_user_settles_unsaved_input_first(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Input the person leaving has not saved would be saved in the next person's name."""
    with ui_db.begin() as session:
        staff = Staff(login="desk", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        staff_id = staff.id
    window = MainWindow(ui_db, staff_id=staff_id)
    qtbot.addWidget(window)
    page = _GuardedPage(allow=False)
    window.stack.addWidget(page)
    window._pages["visitors"] = page
    asked: list[str] = []
    monkeypatch.setattr(window, "sign_in_dialog", lambda: asked.append("sign in") or None)
    assert window.switch_user() is False
    window.sign_out()
    assert asked == [] and window.context.staff_id == staff_id
    assert window.current_key() == "visitors"
    page.allow = True
    window.sign_out()
    assert window.context.staff_id is None


def test_housekeeping_runs_on_a_worker_one_pass_at_a_time(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daily backup copies the whole database file: never on the window's thread.

    Deterministic: the passes are started by hand (the start-up timer never fires, the
    event loop does not run), each pass holds until the test releases it, and nothing
    waits on the clock for the result: a pass running on the window's thread returns at
    once and fails the first assertion instead of hanging."""
    import queue
    import threading

    from desk_app.services import housekeeping

    started: queue.Queue[threading.Thread] = queue.Queue()
    release = threading.Event()

    def held_pass(db: Database) -> housekeeping.HousekeepingReport:
        if db is not ui_db:  # another test's window, not yet deleted, whose timer fired
            return housekeeping.HousekeepingReport()
        started.put(threading.current_thread())
        if threading.current_thread() is not threading.main_thread():
            release.wait()  # held until the test lets it finish
        return housekeeping.HousekeepingReport()

    monkeypatch.setattr(housekeeping, "run_housekeeping", held_pass)
    window = MainWindow(ui_db)
    qtbot.addWidget(window)
    window.housekeeping_timer.stop()
    try:
        assert window.start_housekeeping() is True
        first = started.get(timeout=60)  # the worker picks it up (no fixed sleep)
        assert first is not threading.main_thread()
        assert window.start_housekeeping() is False, "one pass at a time"
        release.set()
        window.housekeeping_pool.waitForDone()
        release.clear()
        assert window.start_housekeeping() is True, "a finished pass lets the next one start"
        second = started.get(timeout=60)
        assert second is not threading.main_thread()
    finally:
        release.set()
        window.housekeeping_pool.waitForDone()
    assert started.empty()


def test_unread_notifications_show_in_the_navigation_and_at_a_change_of_user(
    qtbot: QtBot, ui_db: Database
) -> None:
    """R23 (issue 14): before, a supervisor's unread count stayed 0 and nothing showed."""
    from desk_app.models import Staff
    from desk_app.models.enums import NotificationEvent, StaffRole
    from desk_app.services import notifications

    with ui_db.begin() as session:
        boss = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR)
        desk = Staff(login="qian", name="钱前台", role=StaffRole.RECEPTIONIST)
        session.add_all([boss, desk])
        session.flush()
        boss_id, desk_id = boss.id, desk.id
        notifications.notify(
            session,
            [boss_id],
            event=NotificationEvent.MEDIA,
            key="media:1",
            kind="media_visits",
            record_id=1,
            title="媒体 晚报 记者甲：电梯困人",
        )
    main = MainWindow(ui_db, staff_id=desk_id)
    qtbot.addWidget(main)
    main.show()
    main.show_destination("dispatch_slips")
    assert main.refresh_notifications() == 0
    assert main.navigation_item("today").text(0) == "今日事项"
    main.context.set_staff(boss_id)  # a change of user: shown at once
    assert main.navigation_item("today").text(0) == "今日事项（1 条新通知）"
    assert main.current_key() == "today"
    assert "电梯困人" in main.last_notification
    with ui_db.begin() as session:
        (line,) = notifications.inbox(session, boss_id)
        notifications.mark_read(session, boss_id, line.notification_id)
    main.context.notifications_changed()
    assert main.navigation_item("today").text(0) == "今日事项"
