"""Issue 17: the reminder-case table (``reminder_cases.GUARDS``, R14) and the
rectification-notice table (``rectification_notices.GUARDS``, R15) agree with their
mutators for every reachable state and every role: a step the screen offers is a step
the service takes, and nothing else.

Time is part of both lifecycles (a slip's check falls due; a notice's deadline
passes). The walks do not move the shared clock: a move "let time pass" puts the one
record's own date behind the clock, so a state before and after its date is reached
and both are checked."""

from __future__ import annotations

import itertools
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Building, ClearedItem, RectificationNotice, ReminderCase, Room
from desk_app.models.enums import NoticeIssue, ReminderKind, ServiceResult
from desk_app.services import context, rectification_notices, reminder_cases
from tests.services.guard_agreement import Lifecycle, disagreements, people, reachable_states
from tests.services.test_complaints import Centre, centre  # noqa: F401

ITEMS = [("蓝色鞋柜一个", "地下室仓库A架")]
#: each walk's record at a place of its own: a clearance at a place makes the next case
#: there a repeat offence (R14), which is another starting state
FLOORS = itertools.count(1)

# -- reminder cases (R14) ------------------------------------------------------------------


def _case(session: Session, case_id: int) -> ReminderCase:
    return reminder_cases.load_case(session, case_id)


def _case_signature(session: Session, case_id: int) -> tuple[object, ...]:
    case = _case(session, case_id)
    latest = case.slips[-1]
    items = [item for item in case.cleared_items if item.voided_at is None]
    due = case.next_check_at is not None and case.next_check_at <= context.now(session)
    return (
        case.status.value,
        len(case.slips),
        latest.checked_at is not None,
        due,
        bool(items),
        any(item.claimed_at is None for item in items),
    )


def _claim(session: Session, case_id: int) -> object:
    items = session.scalars(
        select(ClearedItem)
        .where(ClearedItem.case_id == case_id)
        .order_by(ClearedItem.claimed_at.is_not(None))
    ).all()
    item_id = items[0].id if items else -1
    return reminder_cases.claim_item(session, item_id, "张三", "张三")


def _let_the_check_fall_due(session: Session, case_id: int) -> object:
    case = _case(session, case_id)
    if case.next_check_at is not None:
        case.next_check_at = context.now(session) - timedelta(minutes=1)
    return case


CASE_STEPS = {
    "heeded": lambda s, i: reminder_cases.record_check(s, i, True),
    "unheeded": lambda s, i: reminder_cases.record_check(s, i, False),
    "clear": lambda s, i: reminder_cases.clear_items(s, i, ITEMS, confirm_legal_risk=True),
    "close": lambda s, i: reminder_cases.close_without_clearance(s, i, "已转邻里纠纷处理"),
    "claim": _claim,
    "void": lambda s, i: reminder_cases.void_case(s, i, "重复登记"),
}

#: a voided case is not shown (``load_case`` refuses it), so voiding ends the walk
CASE_MOVES = {
    **{name: call for name, call in CASE_STEPS.items() if name != "void"},
    "time_passes": _let_the_check_fall_due,
}

CASES = Lifecycle(reminder_cases.GUARDS, _case, CASE_STEPS, _case_signature, CASE_MOVES)


def _exhaust(session: Session, case_id: int) -> None:
    for _ in range(reminder_cases.MAX_SLIPS):
        _let_the_check_fall_due(session, case_id)
        reminder_cases.record_check(session, case_id, False)


def test_the_reminder_case_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    staff = people(centre.db)

    def opened(kind: ReminderKind, building: str) -> int:
        def new_case(session: Session) -> int:
            place = f"{building}{next(FLOORS)}楼"
            return reminder_cases.open_case(session, kind, location=place).id

        states = reachable_states(centre.db, CASES, new_case, centre.receptionist, limit=40)
        assert disagreements(centre.db, CASES, states, staff) == []
        return len(states)

    # corridor clutter: three slips, each before and after its check, clearance, claims …
    assert opened(ReminderKind.CORRIDOR_CLUTTER, "3栋2单元") >= 10
    # another kind: three slips, then listed for referral and closed
    assert opened(ReminderKind.NOISE, "5栋1单元") >= 7
    assert set(CASES.steps) == set(reminder_cases.GUARDS.steps)


def test_a_repeat_offence_agrees_too(centre: Centre) -> None:  # noqa: F811
    """R14: a repeat offence after a clearance starts as "clearance allowed"."""

    def repeat(session: Session) -> int:
        place = f"2栋1单元{next(FLOORS)}楼"
        first = reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location=place)
        _exhaust(session, first.id)
        reminder_cases.clear_items(session, first.id, ITEMS, confirm_legal_risk=True)
        return reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location=place).id

    states = reachable_states(centre.db, CASES, repeat, centre.receptionist)
    assert len(states) >= 3, sorted(map(str, states))
    assert disagreements(centre.db, CASES, states, people(centre.db)) == []


# -- rectification notices (R15) --------------------------------------------------------------


def _notice(session: Session, notice_id: int) -> RectificationNotice:
    return rectification_notices.load_notice(session, notice_id)


def _notice_signature(session: Session, notice_id: int) -> tuple[object, ...]:
    notice = _notice(session, notice_id)
    return (
        notice.status.value,
        notice.service_result.value,
        notice.deadline < rectification_notices.community_today(session),
        bool(notice.inspections),
    )


def _let_the_deadline_pass(session: Session, notice_id: int) -> object:
    notice = _notice(session, notice_id)
    notice.deadline = rectification_notices.community_today(session) - timedelta(days=1)
    return notice


NOTICE_STEPS = {
    "record_service": lambda s, i: rectification_notices.record_service(s, i, ServiceResult.SIGNED),
    "inspect": lambda s, i: rectification_notices.record_inspection(s, i, False, "阳光房仍在"),
    "escalate": lambda s, i: rectification_notices.escalate(s, i, "街道办"),
    "void": lambda s, i: rectification_notices.void_notice(s, i, "重复登记"),
}

NOTICE_MOVES = {
    **{name: call for name, call in NOTICE_STEPS.items() if name != "void"},
    "served_refused": lambda s, i: rectification_notices.record_service(
        s, i, ServiceResult.REFUSED, witness="业委会 周主任"
    ),
    "rectified": lambda s, i: rectification_notices.record_inspection(s, i, True, "已拆除"),
    "deadline_passes": _let_the_deadline_pass,
}

NOTICES = Lifecycle(rectification_notices.GUARDS, _notice, NOTICE_STEPS, _notice_signature, NOTICE_MOVES)


def test_the_rectification_notice_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    with centre.db.begin() as session:
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add(room)
        session.flush()
        room_id = room.id

    def new_notice(session: Session) -> int:
        return rectification_notices.issue_notice(
            session,
            room_id=room_id,
            client_id=centre.client,
            issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
            issue_description="露台违规搭建阳光房",
            required_action="自行拆除",
            deadline=rectification_notices.community_today(session) + timedelta(days=7),
        ).id

    states = reachable_states(centre.db, NOTICES, new_notice, centre.steward, limit=40)
    # issued (pending, served), before and after the deadline, inspected, escalated, rectified …
    assert len(states) >= 8, sorted(map(str, states))
    assert set(NOTICES.steps) == set(rectification_notices.GUARDS.steps)
    assert disagreements(centre.db, NOTICES, states, people(centre.db)) == []


def test_the_screens_steps_are_the_tables(centre: Centre) -> None:  # noqa: F811
    """``available_steps`` (the forms' buttons) reports the tables."""
    with centre.db.begin(actor_id=centre.receptionist) as session:
        case = reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location="1栋")
        steps = reminder_cases.available_steps(session, case)
        assert steps == {name: reminder_cases.GUARDS.verdict(session, name, case).allowed for name in steps}
        assert steps["heeded"] and not steps["unheeded"] and not steps["clear"] and not steps["void"]
