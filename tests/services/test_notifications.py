"""R23 Who is told (issue 14, deliver 3): each event makes exactly one notification
for each right person, on SQLite and PostgreSQL; a repeat of the event tells nobody
twice; the inbox reads, counts, marks read and done."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desk_app.models import Building, Department, Notification, Room, Staff
from desk_app.models.enums import (
    Category,
    Channel,
    LetterKind,
    MediaContactMode,
    NoticeIssue,
    NotificationEvent,
    Severity,
    StaffRole,
)
from desk_app.services import (
    complaints,
    dispatch,
    housekeeping,
    notifications,
    reception,
    rectification_notices,
    worklog,
)
from desk_app.services.errors import NotFoundError
from tests.services.test_complaints import Centre, at, make_centre


@dataclass
class Office:
    centre: Centre
    head: int  # 客服部 head (the steward's department)
    other_head: int  # 工程部 head
    quality: int  # 品质管理部
    service: int  # 客服部 id


@pytest.fixture
def office(db: object) -> Office:
    centre = make_centre(db)  # type: ignore[arg-type]
    with centre.db.begin() as session:
        service = Department(name="客服部")
        engineering = Department(name="工程部")
        quality = Department(name="品质管理部")
        session.add_all([service, engineering, quality])
        session.flush()
        people = [
            Staff(login="head", name="李经理", role=StaffRole.DEPARTMENT_HEAD, department_id=service.id),
            Staff(login="eng", name="赵经理", role=StaffRole.DEPARTMENT_HEAD, department_id=engineering.id),
            Staff(login="qa", name="品质小周", role=StaffRole.SERVICE_STAFF, department_id=quality.id),
        ]
        session.add_all(people)
        session.flush()
        return Office(centre, people[0].id, people[1].id, people[2].id, service.id)


def _told(office: Office) -> list[tuple[int, NotificationEvent, str, int]]:
    with office.centre.db.read() as session:
        rows = session.scalars(select(Notification).order_by(Notification.recipient_id, Notification.id))
        return [(row.recipient_id, row.event, row.kind, row.record_id) for row in rows]


def test_a_message_reaches_the_colleague_once(office: Office) -> None:
    """Before: a message only showed on the Today page; no inbox, no count."""
    centre = office.centre
    result = centre.act(
        centre.receptionist,
        worklog.record_entry,
        channel=Channel.CALL,
        category=Category.ENQUIRY,
        content="找管家小王",
        contact_name="张三",
        taken_by_id=centre.receptionist,
        message=worklog.Message5W1H(for_staff_id=centre.steward, what="请回电话"),
    )
    assert isinstance(result, worklog.EntryResult)
    assert _told(office) == [(centre.steward, NotificationEvent.MESSAGE, "messages", result.entry.id)]
    with centre.db.begin() as session:
        assert notifications.on_message(session, result.entry) == []  # reported again: nobody twice
    assert len(_told(office)) == 1


def test_a_complaint_letter_reaches_the_supervisor_it_names(office: Office) -> None:
    """Before: the letter said 已报 朱主管 and the supervisor's unread count stayed 0."""
    centre = office.centre
    result = centre.act(
        centre.receptionist,
        reception.register_letter,
        sender="张三",
        kind=LetterKind.COMPLAINT,
        summary="物业费公示不清",
    )
    assert isinstance(result, reception.LetterResult) and result.complaint is not None
    assert "朱主管" in (result.letter.action_taken or "")
    assert _told(office) == [
        (centre.supervisor, NotificationEvent.COMPLAINT_LETTER, "complaints", result.complaint.id)
    ]
    with centre.db.read() as session:
        assert notifications.unread_count(session, centre.supervisor) == 1
        assert notifications.unread_count(session, centre.receptionist) == 0


def test_group_and_major_complaints_reach_the_department_head(office: Office) -> None:
    """Before: a 群体 or 重大 complaint alerted nobody."""
    centre = office.centre
    complaint_id = centre.register()
    with centre.db.begin() as session:
        complaint = complaints.load_complaint(session, complaint_id)
        complaint.handler_department_id = office.service
    for n in range(3):
        centre.act(centre.receptionist, complaints.link_complainant, complaint_id, name=f"邻居{n}")
    assert _told(office) == []  # 4 people: not yet a group
    centre.act(centre.receptionist, complaints.link_complainant, complaint_id, name="邻居3")  # 5 people
    centre.act(centre.receptionist, complaints.link_complainant, complaint_id, name="邻居4")  # 6: no repeat
    assert _told(office) == [(office.head, NotificationEvent.GROUP_COMPLAINT, "complaints", complaint_id)]
    centre.act(centre.supervisor, complaints.set_severity, complaint_id, Severity.MAJOR)
    centre.act(centre.supervisor, complaints.set_severity, complaint_id, Severity.MAJOR)
    assert [(r, e) for r, e, _, _ in _told(office)] == [
        (office.head, NotificationEvent.GROUP_COMPLAINT),
        (office.head, NotificationEvent.MAJOR_COMPLAINT),
    ]


def test_a_marked_group_complaint_without_a_department_reaches_every_head(office: Office) -> None:
    centre = office.centre
    complaint_id = centre.register()
    centre.act(centre.receptionist, complaints.mark_group, complaint_id)
    assert [(r, e) for r, e, _, _ in _told(office)] == [
        (office.head, NotificationEvent.GROUP_COMPLAINT),
        (office.other_head, NotificationEvent.GROUP_COMPLAINT),
    ]


def test_extreme_behaviour_reaches_the_head_and_quality(office: Office) -> None:
    """Before: there was no flag for a risk of extreme behaviour (过激行为)."""
    centre = office.centre
    complaint_id = centre.register()
    with centre.db.begin() as session:
        complaints.load_complaint(session, complaint_id).handler_department_id = office.service
    centre.act(centre.steward, complaints.flag_extreme_risk, complaint_id, "扬言要到售楼处拉横幅")
    centre.act(centre.steward, complaints.flag_extreme_risk, complaint_id, "再次扬言")
    assert _told(office) == [
        (office.head, NotificationEvent.EXTREME_RISK, "complaints", complaint_id),
        (office.quality, NotificationEvent.EXTREME_RISK, "complaints", complaint_id),
    ]
    assert centre.get(complaint_id).extreme_risk


def test_a_media_visit_reaches_the_supervisor(office: Office) -> None:
    """Before: a media visit was only a dashboard tile."""
    centre = office.centre
    result = centre.act(
        centre.receptionist,
        reception.register_media_contact,
        contact_mode=MediaContactMode.VISIT,
        outlet="晚报",
        reporter="记者甲",
        topic="电梯困人",
    )
    assert isinstance(result, reception.MediaResult)
    assert _told(office) == [
        (centre.supervisor, NotificationEvent.MEDIA, "media_visits", result.media_visit.id)
    ]


def test_a_deadline_about_to_pass_reaches_its_owner_once(office: Office) -> None:
    """Before: nobody was told before a clock ran out."""
    centre = office.centre
    complaint_id = centre.register()  # Monday 10:00, first response due Tuesday 10:00
    centre.act(centre.supervisor, complaints.designate_handler, complaint_id, centre.steward)
    with centre.db.begin(actor_id=centre.receptionist) as session:
        slip = dispatch.create_dispatch_slip(
            session, content="换灯泡", issued_at=at("2026-11-23 10:00"), assigned_staff_id=office.quality
        )  # due Tuesday 10:00 (one working day)
        session.flush()
        slip_id = slip.id
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-11-24 08:59")) == 0  # 61 minutes ahead: not yet
    for moment in ("2026-11-24 09:00", "2026-11-24 09:30"):
        with centre.db.begin() as session:
            notifications.sweep(session, at(moment))
    assert _told(office) == [
        (centre.steward, NotificationEvent.DEADLINE, "complaints", complaint_id),
        (office.quality, NotificationEvent.DEADLINE, "dispatch_slips", slip_id),
    ]
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-11-24 10:30")) == 0  # past: the dashboard's job


def test_the_lead_time_is_a_setting(office: Office) -> None:
    centre = office.centre
    complaint_id = centre.register()
    centre.act(centre.supervisor, complaints.designate_handler, complaint_id, centre.steward)
    from desk_app.models import Setting

    with centre.db.begin() as session:
        session.add(Setting(key=notifications.LEAD_MINUTES_KEY, value=180))
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-11-24 07:00")) == 1


def test_an_escalated_notice_left_alone_reaches_its_issuer_and_the_supervisor(office: Office) -> None:
    """Before: an escalated notice left the overdue tile, and nothing reminded anyone."""
    centre = office.centre
    with centre.db.begin(actor_id=centre.steward) as session:
        block = Building(code="3", name="3栋")
        room = Room(building=block, unit="2", number="1201", code="3-2-1201", digits="321201")
        session.add(room)
        session.flush()
        notice = rectification_notices.issue_notice(
            session,
            room_id=room.id,
            client_id=None,
            issue=NoticeIssue.OTHER,
            issue_description="阳台违章搭建",
            required_action="自行拆除",
            deadline=date(2026, 11, 24),
        )
        notice_id = notice.id
    centre.clock.current = at("2026-11-25 10:00")
    centre.act(centre.steward, rectification_notices.escalate, notice_id, "城管")
    # 3 working days after Wednesday 10:00 is Monday 10:00.
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-11-30 10:00")) == 0
    for moment in ("2026-11-30 10:01", "2026-11-30 15:00"):
        with centre.db.begin() as session:
            notifications.sweep(session, at(moment))
    assert [(r, e) for r, e, _, _ in _told(office)] == [
        (centre.supervisor, NotificationEvent.NOTICE_NO_FOLLOW_UP),
        (centre.steward, NotificationEvent.NOTICE_NO_FOLLOW_UP),
    ]
    # A follow-up starts a new quiet spell.
    centre.clock.current = at("2026-12-01 10:00")
    centre.act(
        centre.steward, rectification_notices.record_inspection, notice_id, False, "城管已立案，未拆除"
    )
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-12-03 10:00")) == 0
        assert notifications.sweep(session, at("2026-12-04 10:01")) == 2


def test_the_housekeeping_pass_runs_the_sweep(office: Office) -> None:
    centre = office.centre
    complaint_id = centre.register()
    centre.act(centre.supervisor, complaints.designate_handler, complaint_id, centre.steward)
    centre.clock.current = at("2026-11-24 09:30")
    report = housekeeping.run_housekeeping(centre.db)
    assert report.error is None
    assert [(r, e) for r, e, _, _ in _told(office)] == [(centre.steward, NotificationEvent.DEADLINE)]


def test_the_inbox_reads_marks_and_is_private(office: Office) -> None:
    centre = office.centre
    complaint_id = centre.register()
    centre.act(centre.supervisor, complaints.set_severity, complaint_id, Severity.MAJOR)
    centre.act(centre.supervisor, complaints.mark_group, complaint_id)
    with centre.db.read() as session:
        lines = notifications.inbox(session, office.head)
        assert [line.event for line in lines] == [
            NotificationEvent.GROUP_COMPLAINT,
            NotificationEvent.MAJOR_COMPLAINT,
        ]
        assert notifications.unread_count(session, office.head) == 2
    first, second = lines
    with centre.db.begin() as session, pytest.raises(NotFoundError):
        notifications.mark_done(session, centre.steward, first.notification_id)  # not theirs
    with centre.db.begin() as session:
        notifications.mark_read(session, office.head, first.notification_id)
    with centre.db.begin() as session:
        notifications.mark_done(session, office.head, second.notification_id)
    with centre.db.read() as session:
        assert notifications.unread_count(session, office.head) == 0
        assert [line.notification_id for line in notifications.inbox(session, office.head)] == [
            first.notification_id
        ]
        assert len(notifications.inbox(session, office.head, include_done=True)) == 2
    with centre.db.begin() as session:
        notifications.mark_done(session, office.head, first.notification_id)
    assert centre.clock.current - at("2026-11-23 10:00") < timedelta(hours=1)


def test_promises_and_appointments_about_to_fall_due_reach_their_owner(office: Office) -> None:
    from desk_app.services import promises

    centre = office.centre
    with centre.db.begin(actor_id=centre.receptionist) as session:
        visit = promises.book_appointment(
            session, at=at("2026-11-23 15:00"), staff_id=centre.steward, purpose="上门查看渗水"
        )
        visit_id = visit.id
    with centre.db.begin() as session:
        assert notifications.sweep(session, at("2026-11-23 13:59")) == 0
    for moment in ("2026-11-23 14:00", "2026-11-23 14:30"):
        with centre.db.begin() as session:
            notifications.sweep(session, at(moment))
    assert _told(office) == [(centre.steward, NotificationEvent.DEADLINE, "appointments", visit_id)]
