"""A record's history (issue 7): every kind of record shows its audit log, newest first,
with the people, Chinese field names and values as people read them; a document's
history only to those who may read its contents. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from desk_app.clock import FixedClock
from desk_app.models import Building, Department, DocumentTransfer, Letter, Room, Staff, Visitor
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.services import audit, reception
from desk_app.services.errors import NotFoundError, PermissionDeniedError
from desk_app.services.records import void_record

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=SH)
T = TypeVar("T")


def _add(db: Database, obj: Any) -> int:
    with db.begin() as session:
        session.add(obj)
        session.flush()
        return int(obj.id)


class Desk:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.clock = FixedClock(NOW)
        db.clock = self.clock
        office = _add(db, Department(name="客服部"))
        self.receptionist = _add(db, Staff(login="qian", name="钱前台", role=StaffRole.RECEPTIONIST))
        self.supervisor = _add(
            db, Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, department_id=office)
        )
        self.other = _add(db, Staff(login="sun", name="孙前台", role=StaffRole.RECEPTIONIST))
        self.room = _add(
            db,
            Room(
                building=Building(code="3", name="3栋"),
                unit="2",
                number="1201",
                code="3-2-1201",
                digits="321201",
            ),
        )

    def act(self, staff_id: int, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.db.begin(actor_id=staff_id) as session:
            return call(session, *args, **kwargs)

    def history(self, staff_id: int | None, model: type[Any], record_id: int) -> list[audit.HistoryLine]:
        with self.db.session(staff_id) as session:
            return audit.record_history(session, model, record_id)


@pytest.fixture
def desk(db: Database) -> Desk:
    return Desk(db)


def _visitor(desk: Desk) -> int:
    visitor = desk.act(
        desk.receptionist,
        reception.register_visitor,
        visitor_name="李四",
        visiting_room_id=desk.room,
        host_name="张三",
    )
    return visitor.id


def test_create_change_void_are_listed_newest_first_with_their_people(desk: Desk) -> None:
    visitor_id = _visitor(desk)
    desk.clock.advance(timedelta(minutes=10))
    desk.act(desk.receptionist, reception.record_host_answer, visitor_id, True)
    desk.clock.advance(timedelta(minutes=10))
    desk.act(desk.supervisor, void_record, Visitor, visitor_id, "登记错了")

    lines = desk.history(desk.other, Visitor, visitor_id)
    events = [
        (line.action, line.staff_name, line.at)
        for line in lines
        if line.action is not AuditAction.UPDATE or line.field == "host_agreed"
    ]
    assert events == [
        (AuditAction.VOID, "朱主管", NOW + timedelta(minutes=20)),
        (AuditAction.UPDATE, "钱前台", NOW + timedelta(minutes=10)),
        (AuditAction.CREATE, "钱前台", NOW),
    ]
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)
    by_field = {line.field: line for line in lines if line.action is AuditAction.UPDATE}
    # Chinese field names, values as people read them.
    assert by_field["host_agreed"].field_label == "被访人同意"
    assert (by_field["host_agreed"].old_value, by_field["host_agreed"].new_value) == ("", "是")
    assert (by_field["host_contacted"].old_value, by_field["host_contacted"].new_value) == ("否", "是")
    assert by_field["voided_at"].field_label == "作废时间"
    assert by_field["voided_at"].new_value == "2026-11-23 09:50"  # local time, not UTC
    void = next(line for line in lines if line.action is AuditAction.VOID)
    assert (void.field_label, void.new_value) == ("作废原因", "登记错了")


def test_the_administrators_log_shows_values_as_the_history_does(desk: Desk) -> None:
    """The whole log (audit page) keeps the raw field and values for searching and
    shows the same readable values as a record's own history."""
    visitor_id = _visitor(desk)
    desk.act(desk.receptionist, reception.record_host_answer, visitor_id, True)
    admin = _add(desk.db, Staff(login="root", name="管理员", role=StaffRole.ADMINISTRATOR))
    with desk.db.session(admin) as session:
        entries = audit.search(session, audit.AuditFilter(table_name="visitor"))
    agreed = next(entry for entry in entries if entry.field == "host_agreed")
    assert (agreed.old_value, agreed.new_value) == (None, "True")  # as stored, searched
    assert (agreed.field_label, agreed.old_shown, agreed.new_shown) == ("被访人同意", "", "是")


def test_only_the_records_own_lines_are_shown(desk: Desk) -> None:
    first = _visitor(desk)
    second = _visitor(desk)
    desk.act(desk.receptionist, reception.record_host_answer, second, False)
    assert [line.action for line in desk.history(desk.other, Visitor, first)] == [AuditAction.CREATE]
    assert len(desk.history(desk.other, Visitor, second)) == 3  # create, contacted, agreed


def test_nobody_signed_in_or_a_missing_record_is_refused(desk: Desk) -> None:
    visitor_id = _visitor(desk)
    with pytest.raises(PermissionDeniedError):
        desk.history(None, Visitor, visitor_id)
    with pytest.raises(NotFoundError):
        desk.history(desk.other, Visitor, visitor_id + 1000)


def test_a_documents_history_only_for_those_who_may_read_it(desk: Desk) -> None:
    document = desk.act(
        desk.receptionist,
        reception.register_document,
        description="合同原件",
        from_party="开发商",
        to_party="孙前台",
        addressee_staff_id=desk.other,
    )
    with pytest.raises(PermissionDeniedError):
        desk.history(desk.receptionist, DocumentTransfer, document.id)
    assert [line.action for line in desk.history(desk.other, DocumentTransfer, document.id)] == [
        AuditAction.CREATE
    ]
    assert desk.history(desk.supervisor, DocumentTransfer, document.id)[0].staff_name == "钱前台"


def test_values_and_labels_fall_back_sensibly(db: Database) -> None:
    session = Session()
    assert audit.readable_value(session, Letter, "kind", "praise") == "表扬"
    assert audit.readable_value(session, Letter, "kind", "no-such-code") == "no-such-code"
    assert audit.readable_value(session, Letter, "summary", "内容") == "内容"
    assert audit.readable_value(session, Letter, None, None) == ""
    assert audit.field_label(Letter, "summary") == "摘要"
    assert audit.field_label(Letter, "sender_client_id") == "sender_client_id"
    assert audit.field_label(Letter, None) == ""
