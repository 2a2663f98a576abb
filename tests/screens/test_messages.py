"""The 5W1H inbox's screen without Qt (issue 17): the card of a message and the state
of its actions (from ``worklog.MESSAGE_GUARDS``); showing it to the person it was left
for marks it read in the same unit of work, anyone else is refused by the service and
marks nothing; the list holds the reader's messages only, unread first. SQLite and
PostgreSQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.screens.base import Workspace
from desk_app.screens.messages import MessagesScreen, message_list, reader_condition
from desk_app.services import worklog
from desk_app.services.errors import PermissionDeniedError
from desk_app.services.worklog import Message5W1H

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


@dataclass
class Inbox:
    db: Database
    me: int
    other: int
    mine: int
    theirs: int


@pytest.fixture
def inbox(db: Database) -> Inbox:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        me = Staff(login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True)
        other = Staff(login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add_all([me, other])
        session.flush()
        me_id, other_id = me.id, other.id

    def leave(taker: int, recipient: int, what: str) -> int:
        with db.begin(actor_id=taker) as session:
            return worklog.record_entry(
                session,
                channel=Channel.CALL,
                category=Category.OTHER,
                content="找人",
                contact_name="李先生",
                contact_phone="13900001111",
                message=Message5W1H(for_staff_id=recipient, what=what, when="今天下午", reply_needed=True),
            ).entry.id

    return Inbox(
        db,
        me_id,
        other_id,
        leave(other_id, me_id, "请回电确认装修时间"),
        leave(me_id, other_id, "别人的留言"),
    )


def read_at(db: Database, entry_id: int) -> datetime | None:
    with db.read() as session:
        entry = session.get(WorkLogEntry, entry_id)
        assert entry is not None
        return entry.message_read_at


def test_showing_a_message_to_its_reader_marks_it_read(inbox: Inbox) -> None:
    screen = MessagesScreen(Workspace(inbox.db, inbox.me))
    assert screen.unread_count(inbox.me) == 1
    before = screen.read(inbox.mine)
    assert before.read_at is None and before.actions["mark_read"].enabled
    card = screen.show(inbox.mine)
    assert (card.caller, card.phone, card.when, card.what) == (
        "李先生",
        "13900001111",
        "今天下午",
        "请回电确认装修时间",
    )
    assert card.reply_needed and card.taken_by == "前台小钱" and card.taken_at == "2026-11-23 10:00"
    assert card.actions["open_entry"].enabled and read_at(inbox.db, inbox.mine) == NOW
    assert screen.unread_count(inbox.me) == 0


def test_someone_elses_message_is_refused_and_stays_unread(inbox: Inbox) -> None:
    screen = MessagesScreen(Workspace(inbox.db, inbox.me))
    theirs = screen.read(inbox.theirs)
    assert not theirs.actions["mark_read"].enabled and "收件人本人" in theirs.actions["mark_read"].reason
    with pytest.raises(PermissionDeniedError):
        screen.show(inbox.theirs)
    with pytest.raises(PermissionDeniedError):
        screen.run(inbox.theirs, "mark_read")
    assert read_at(inbox.db, inbox.theirs) is None


def test_the_list_holds_the_readers_messages(inbox: Inbox) -> None:
    spec = message_list(lambda key: key)
    query = (
        select(WorkLogEntry.id).where(WorkLogEntry.message_for_id.is_not(None)).order_by(spec.default_order)
    )
    with inbox.db.read() as session:
        assert session.scalars(query.where(reader_condition(inbox.me))).all() == [inbox.mine]
        assert session.scalars(query.where(reader_condition(None))).all() == []
    state = spec.columns[0]
    assert state.format is not None and (state.format(None), state.format(NOW)) == ("unread", "read")
