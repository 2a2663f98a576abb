"""留言(5W1H) inbox: only my messages, unread first, reading marks read, the card
shows the 5W1H, the staff selector switches the inbox."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.models import Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.services import worklog
from desk_app.services.worklog import Message5W1H
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.messages_page import MessagesPage


@dataclass
class Inbox:
    db: Database
    me: int
    other: int
    old: int
    new: int
    theirs: int


def leave(db: Database, taker: int, recipient: int, caller: str, what: str, **extra: object) -> int:
    with db.begin(actor_id=taker) as session:
        return worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.OTHER,
            content=f"{caller}找人",
            contact_name=caller,
            contact_phone="13900001111",
            message=Message5W1H(for_staff_id=recipient, what=what, **extra),  # type: ignore[arg-type]
        ).entry.id


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[Inbox]:
    db, _ = open_database(f"sqlite:///{tmp_path}/messages.sqlite3")
    with db.begin() as session:
        me = Staff(login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True)
        other = Staff(login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add_all([me, other])
        session.flush()
        me_id, other_id = me.id, other.id
    old = leave(db, other_id, me_id, "李先生", "请回电确认装修时间", when="今天下午", reply_needed=True)
    new = leave(db, other_id, me_id, "赵女士", "快递放前台了", where="前台", caller_company="顺丰")
    theirs = leave(db, me_id, other_id, "钱先生", "别人的留言")
    try:
        yield Inbox(db, me_id, other_id, old, new, theirs)
    finally:
        db.dispose()


def page_for(qtbot: QtBot, inbox: Inbox) -> tuple[MessagesPage, DeskContext]:
    context = DeskContext(inbox.db, inbox.me)
    page = MessagesPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page, context


def ids(page: MessagesPage) -> list[int]:
    model = page.list_view.model
    return [model.record_id(row) or 0 for row in range(model.rowCount())]


def is_read(db: Database, entry_id: int) -> bool:
    with db.read() as session:
        entry = session.get(WorkLogEntry, entry_id)
        assert entry is not None
        return entry.message_read_at is not None


def test_my_messages_unread_first_and_reading_marks_read(qtbot: QtBot, inbox: Inbox) -> None:
    page, _context = page_for(qtbot, inbox)
    assert sorted(ids(page)) == sorted([inbox.old, inbox.new])
    assert page.unread_label.text() == "未读 2 条"
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Down)  # first row becomes current: shown, read
    first = page.shown_id
    assert first in (inbox.old, inbox.new) and is_read(inbox.db, first)
    assert page.unread_label.text() == "未读 1 条"
    page.refresh()
    assert ids(page)[-1] == first  # read ones go after the unread one
    page.open_record(inbox.old)
    card = page.card.text()
    for text in ("李先生", "13900001111", "今天下午", "请回电确认装修时间", "是，请尽快回复", "前台小钱"):
        assert text in card
    assert is_read(inbox.db, inbox.old) and is_read(inbox.db, inbox.new)
    assert not is_read(inbox.db, inbox.theirs)


def test_another_persons_message_is_not_marked_read(qtbot: QtBot, inbox: Inbox) -> None:
    page, _context = page_for(qtbot, inbox)
    page.show_message(inbox.theirs)
    assert page.shown_id is None and not is_read(inbox.db, inbox.theirs)


def test_the_staff_selector_switches_the_inbox(qtbot: QtBot, inbox: Inbox) -> None:
    page, context = page_for(qtbot, inbox)
    context.set_staff(inbox.other)
    assert ids(page) == [inbox.theirs]
    context.set_staff(None)
    assert ids(page) == [] and "值班人员" in page.card.text()


def test_open_entry_asks_for_the_worklog_line(qtbot: QtBot, inbox: Inbox) -> None:
    page, context = page_for(qtbot, inbox)
    page.open_record(inbox.new)
    with qtbot.waitSignal(context.openRequested) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["worklog", inbox.new]


def test_first_open_reads_the_own_messages_once(
    qtbot: QtBot, inbox: Inbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the whole work log first, then the person's messages, then again on showing."""
    from desk_app.ui.record_list import RecordTableModel

    reads: list[int] = []
    real = RecordTableModel.set_conditions

    def counted(model: RecordTableModel, conditions: list[object]) -> None:
        reads.append(len(conditions))
        real(model, conditions)  # type: ignore[arg-type]

    monkeypatch.setattr(RecordTableModel, "set_conditions", counted)
    page, _context = page_for(qtbot, inbox)
    assert len(reads) == 1 and sorted(ids(page)) == sorted([inbox.old, inbox.new])
    assert page.unread_label.text().count("2") == 1
    refreshed: list[bool] = []
    monkeypatch.setattr(page.list_view, "refresh", lambda: refreshed.append(True))
    page.hide()
    page.show()
    assert refreshed == [True]  # shown again later: read again


def test_unread_count_counts_the_inbox(inbox: Inbox) -> None:
    with inbox.db.read() as session:
        for person in (inbox.me, inbox.other):
            assert worklog.unread_count(session, person) == len(worklog.inbox(session, person))
