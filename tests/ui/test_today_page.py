"""今日事项: the sections for the signed-in person, Enter opens the record on its
screen, refresh on staff change and on saves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ComplaintStatus, StaffRole
from desk_app.services import complaints, context, worklog
from desk_app.services.worklog import Message5W1H
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.today_page import SECTIONS, TodayPage


@dataclass
class Desk:
    db: Database
    me: int
    other: int


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    db, _ = open_database(f"sqlite:///{tmp_path}/today.sqlite3")
    with db.begin() as session:
        me = Staff(login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True)
        other = Staff(login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add_all([me, other])
        session.flush()
        result = Desk(db, me.id, other.id)
    try:
        yield result
    finally:
        db.dispose()


def add_complaint(desk: Desk, handler: int, text: str, **fields: object) -> int:
    with desk.db.begin(actor_id=desk.other) as session:
        now = context.now(session)
        record = complaints.register_complaint(
            session, received_at=now - timedelta(days=3), channel=Channel.CALL, description=text
        )
        record.handler_id = handler
        for name, value in fields.items():
            setattr(record, name, value)
        session.flush()
        return int(record.id)


def make_page(qtbot: QtBot, desk: Desk) -> tuple[TodayPage, DeskContext]:
    ctx = DeskContext(desk.db, desk.me)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page, ctx


def test_sections_show_my_items_and_enter_opens(qtbot: QtBot, desk: Desk) -> None:
    mine = add_complaint(desk, desk.me, "楼道灯不亮")
    add_complaint(desk, desk.other, "别人的投诉")
    with desk.db.read() as session:
        now = context.now(session)
    callback = add_complaint(
        desk,
        desk.me,
        "水管已修好待回访",
        status=ComplaintStatus.VERIFIED,
        callback_due=now - timedelta(hours=1),
    )
    page, ctx = make_page(qtbot, desk)
    assert {record for _kind, record, _title in page.items("complaints")} == {mine, callback}
    assert [(kind, record) for kind, record, _title in page.items("callbacks")] == [("complaints", callback)]
    assert page.items("messages") == []
    assert "管家小王" in page.summary.text()
    # the overdue callback shows in red with 已逾期
    heading = page.tree.topLevelItem(SECTIONS.index("callbacks"))
    assert heading is not None and heading.child(0) is not None
    assert "已逾期" in heading.child(0).text(2)  # type: ignore[union-attr]

    page.tree.setFocus()
    page.tree.setCurrentItem(heading.child(0))
    with qtbot.waitSignal(ctx.openRequested) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["complaints", callback]


def test_refreshes_on_saves_and_staff_changes(qtbot: QtBot, desk: Desk) -> None:
    page, ctx = make_page(qtbot, desk)
    assert page.items("messages") == []
    with desk.db.begin(actor_id=desk.other) as session:
        entry_id = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.OTHER,
            content="找小王",
            contact_name="李先生",
            message=Message5W1H(for_staff_id=desk.me, what="请回电"),
        ).entry.id
    ctx.record_saved("worklog", entry_id)
    assert [(kind, record) for kind, record, _title in page.items("messages")] == [("messages", entry_id)]
    ctx.set_staff(desk.other)
    assert page.items("messages") == []
    ctx.set_staff(None)
    assert page.tree.topLevelItemCount() == 0 and "值班人员" in page.summary.text()


def test_item_lines_of_the_services_follow_the_interface_language(
    qtbot: QtBot, desk: Desk, qapp: QApplication
) -> None:
    from desk_app.ui import language

    with desk.db.read() as session:
        now = context.now(session)
    add_complaint(
        desk,
        desk.me,
        "水管已修好待回访",
        status=ComplaintStatus.VERIFIED,
        callback_due=now - timedelta(hours=1),
    )
    language.install_language(qapp, "en")
    try:
        page, _ctx = make_page(qtbot, desk)
        shown = [
            page.tree.topLevelItem(section).child(row).text(0)
            for section in range(page.tree.topLevelItemCount())
            for row in range(page.tree.topLevelItem(section).childCount())
        ]
    finally:
        language.install_language(qapp, language.SOURCE_LANGUAGE)
    assert "Callback · 水管已修好待回访" in shown  # the description stays as it was typed


def test_read_once_when_shown_and_not_while_hidden(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It is the first page of every start: one read, not one at building and one at
    showing; saves elsewhere do not read it while it is hidden."""
    from desk_app.services import today

    calls: list[int] = []
    real = today.today_for
    monkeypatch.setattr(
        today, "today_for", lambda session, staff_id: calls.append(staff_id) or real(session, staff_id)
    )
    page, ctx = make_page(qtbot, desk)
    assert calls == [desk.me]
    page.hide()
    ctx.record_saved("complaints", 1)
    assert calls == [desk.me]
    page.show()
    assert calls == [desk.me, desk.me]
    ctx.record_saved("complaints", 1)
    assert len(calls) == 3


def test_my_notifications_come_first_open_their_record_and_can_be_marked_done(
    qtbot: QtBot, desk: Desk
) -> None:
    """R23 (issue 14): before, nothing reached a person."""
    from desk_app.models.enums import NotificationEvent
    from desk_app.services import notifications

    with desk.db.begin() as session:
        notifications.notify(
            session,
            [desk.me],
            event=NotificationEvent.MAJOR_COMPLAINT,
            key="major:1",
            kind="complaints",
            record_id=1,
            title="重大投诉 TS-202611-0001：电梯困人",
        )
        notifications.notify(
            session,
            [desk.other],
            event=NotificationEvent.MEDIA,
            key="media:1",
            kind="media_visits",
            record_id=1,
            title="媒体",
        )
    page, ctx = make_page(qtbot, desk)
    rows = page.items("notifications")
    assert [(kind, record) for kind, record, _title in rows] == [("complaints", 1)]
    assert "重大投诉" in rows[0][2] and rows[0][2].startswith("●")  # unread
    heading = page.tree.topLevelItem(0)
    assert heading is not None and "未读 1" in heading.text(0)
    page.tree.setFocus()
    page.tree.setCurrentItem(heading.child(0))
    with qtbot.waitSignal(ctx.openRequested) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == ["complaints", 1]
    with desk.db.read() as session:
        assert notifications.unread_count(session, desk.me) == 0
    page.refresh()
    heading = page.tree.topLevelItem(0)
    assert heading is not None
    page.tree.setCurrentItem(heading.child(0))
    assert page.mark_current_done()  # Ctrl+D
    assert page.items("notifications") == []
    with desk.db.read() as session:
        assert notifications.inbox(session, desk.me) == []
