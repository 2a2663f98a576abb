"""Issue 14 (deliver 1, second half): the links between a neighbour dispute, its
reminder-slip cases and its rectification notices are stored, and each record shows
them with their live state. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desk_app.models import RectificationNotice, ReminderCase, Room
from desk_app.models.database import Database
from desk_app.models.enums import NoticeIssue, NoticeStatus, ReminderKind
from desk_app.services import disputes, rectification_notices, reminder_cases
from desk_app.services.errors import FieldError, RuleViolationError
from tests.services.test_disputes import _record, steward  # noqa: F401


def _records(db: Database, actor: int) -> tuple[int, str, int, str]:
    with db.begin(actor_id=actor) as session:
        room = session.scalars(select(Room).where(Room.code == "3-2-1301")).one()
        case = reminder_cases.open_case(session, ReminderKind.NOISE, room_id=room.id)
        notice = rectification_notices.issue_notice(
            session,
            room_id=room.id,
            client_id=None,
            issue=NoticeIssue.OTHER,
            issue_description="夜间噪音扰民",
            required_action="晚十点后停止娱乐活动",
            deadline=date(2026, 11, 30),
        )
        return case.id, case.number, notice.id, notice.number


def test_a_dispute_shows_its_reminder_cases_and_notices(db: Database, steward: int) -> None:  # noqa: F811
    """Before: nothing tied a 温馨提示 or an 整改通知书 to the dispute it was part of."""
    dispute_id = _record(db, steward)
    case_id, case_number, notice_id, notice_number = _records(db, steward)
    with db.begin(actor_id=steward) as session:
        disputes.link_to_dispute(session, dispute_id, case_number.lower())  # typed in any case
        disputes.link_to_dispute(session, dispute_id, f" {notice_number} ")
    with db.read() as session:
        links = disputes.dispute_links(session, dispute_id)
        assert [(link.kind, link.record_id) for link in links] == [
            ("reminder_slips", case_id),
            ("rectification_notices", notice_id),
        ]
        assert links[1].state == NoticeStatus.ISSUED.label  # the notice's live status
        case = session.get(ReminderCase, case_id)
        notice = session.get(RectificationNotice, notice_id)
        assert case is not None and notice is not None
        from_case = disputes.links_of(session, case)
        from_notice = disputes.links_of(session, notice)
    assert [(link.kind, link.record_id) for link in from_case] == [
        ("disputes", dispute_id),
        ("rectification_notices", notice_id),
    ]
    assert [(link.kind, link.record_id) for link in from_notice] == [
        ("disputes", dispute_id),
        ("reminder_slips", case_id),
    ]


def test_live_state_and_unlinking(db: Database, steward: int) -> None:  # noqa: F811
    dispute_id = _record(db, steward)
    _, _, notice_id, notice_number = _records(db, steward)
    with db.begin(actor_id=steward) as session:
        disputes.link_to_dispute(session, dispute_id, notice_number)
    with db.begin(actor_id=steward) as session:
        rectification_notices.record_inspection(session, notice_id, True, "已整改")
    with db.read() as session:
        (link,) = disputes.dispute_links(session, dispute_id)
        notice = session.get(RectificationNotice, notice_id)
        assert notice is not None and link.state == notice.status.label  # read now, not copied
    with db.begin(actor_id=steward) as session:
        disputes.unlink_from_dispute(session, dispute_id, notice_number)
    with db.read() as session:
        assert disputes.dispute_links(session, dispute_id) == []


def test_a_record_belongs_to_one_dispute_and_bad_numbers_are_named(db: Database, steward: int) -> None:  # noqa: F811
    first = _record(db, steward)
    second = _record(db, steward, description="楼上狗叫")
    _, case_number, _, _ = _records(db, steward)
    with db.begin(actor_id=steward) as session:
        disputes.link_to_dispute(session, first, case_number)
    with db.begin(actor_id=steward) as session, pytest.raises(RuleViolationError, match="已关联邻里纠纷"):
        disputes.link_to_dispute(session, second, case_number)
    for bad, words in (("GZ-202611-0001", "不是温馨提示"), ("ZG-209901-0001", "找不到编号"), ("", "请填写")):
        with db.begin(actor_id=steward) as session, pytest.raises(FieldError, match=words) as error:
            disputes.link_to_dispute(session, first, bad)
        assert error.value.field == "link_number"
    with db.begin(actor_id=steward) as session, pytest.raises(RuleViolationError, match="未关联本纠纷"):
        disputes.unlink_from_dispute(session, second, case_number)
