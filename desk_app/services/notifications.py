"""R23 Who is told: the in-program inbox of every staff member.

One module decides who hears of what; the services that make an event call the
``on_…`` function for it, and the housekeeping pass runs ``sweep`` for the events a
clock makes (deadlines, escalated notices left alone). Each event has a key, and a
person is told of one key once (a unique pair in the table): an event reported again
— a second save, a second pass, two counters at once — tells nobody twice.

| event | who is told | key |
|---|---|---|
| a 5W1H message | the colleague it is for | ``message:<entry>`` |
| a complaint letter | the supervisors it names (已报 …) | ``letter:<letter>`` |
| a group complaint (people count ≥ 5, or marked 群体) | the department heads | ``group:<complaint>`` |
| a 重大 complaint | the department heads | ``major:<complaint>`` |
| a flagged risk of extreme behaviour (过激) | the department heads and 品质管理部 | ``extreme:<complaint>`` |
| a media visit or call | the supervisors (R17) | ``media:<visit>`` |
| a deadline within the lead time | its owner (see below) | ``deadline:<kind>:<id>:<clock>:<due>`` |
| an escalated notice left N working days | its issuer and the supervisors | ``notice:<id>:<since>`` |

Owners: a complaint's designated handler (first response, callback), a slip's
assignee, who owes a promised reply, who keeps an appointment (R22). The lead time
(``notify_lead_minutes``, default 60) and N (``notice_follow_up_working_days``,
default 3) are settings.

"The department heads": the active heads of the complaint's handling department,
else every active department head. A centre without any falls back to its supervisors
(and then nobody is left out silently: the list is empty only in an empty centre).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import (
    Appointment,
    Complaint,
    Department,
    DispatchSlip,
    MediaVisit,
    NoticeInspection,
    Notification,
    RectificationNotice,
    Setting,
    Staff,
    WorkLogEntry,
)
from desk_app.models.enums import (
    AppointmentStatus,
    ComplaintStatus,
    DispatchStatus,
    NoticeStatus,
    NotificationEvent,
    Severity,
    StaffRole,
)
from desk_app.services import context
from desk_app.services.errors import NotFoundError
from desk_app.services.permissions import checked

#: R23: a complaint by this many people or more is a group complaint (群体投诉).
GROUP_PEOPLE = 5
#: The quality department's name (品质管理部), as departments are named in the centre.
QUALITY_DEPARTMENT = "品质管理部"
#: Settings: minutes before a due time that its owner is told (default one hour), and
#: working days an escalated notice may go without a follow-up (default 3).
LEAD_MINUTES_KEY = "notify_lead_minutes"
NOTICE_FOLLOW_UP_DAYS_KEY = "notice_follow_up_working_days"
DEFAULT_LEAD_MINUTES = 60
DEFAULT_NOTICE_FOLLOW_UP_DAYS = 3
#: The inbox shows at most this many lines (the newest).
INBOX_LIMIT = 200


# -- recipients ---------------------------------------------------------------------------


def _active(session: Session, *conditions: object) -> list[int]:
    return list(
        session.scalars(
            select(Staff.id)
            .where(Staff.active.is_(True), Staff.voided_at.is_(None), *conditions)  # type: ignore[arg-type]
            .order_by(Staff.id)
        )
    )


def administrators(session: Session) -> list[int]:
    return _active(session, Staff.role == StaffRole.ADMINISTRATOR)


@checked
def audit_chain_broken(session: Session, broken_id: int | None, text: str) -> list[Notification]:
    """Issue 19: the daily check found the audit log altered: every administrator is
    told once per first broken row (a later break elsewhere is told again)."""
    return notify(
        session,
        administrators(session),
        event=NotificationEvent.AUDIT_BROKEN,
        key=f"audit:{broken_id if broken_id is not None else 'end'}",
        kind="audit_log",
        record_id=broken_id or 0,
        title=msg("操作日志校验未通过：{text}", text=text),
    )


def supervisors(session: Session) -> list[int]:
    """Active supervisors; without any, the department heads."""
    return _active(session, Staff.role == StaffRole.SUPERVISOR) or _active(
        session, Staff.role == StaffRole.DEPARTMENT_HEAD
    )


def department_heads(session: Session, department_id: int | None = None) -> list[int]:
    """The heads of ``department_id`` if it has any, else every head; without any head,
    the supervisors."""
    heads = _active(session, Staff.role == StaffRole.DEPARTMENT_HEAD)
    if department_id is not None:
        own = _active(session, Staff.role == StaffRole.DEPARTMENT_HEAD, Staff.department_id == department_id)
        heads = own or heads
    return heads or _active(session, Staff.role == StaffRole.SUPERVISOR)


def quality_department(session: Session) -> list[int]:
    """Everyone active in 品质管理部 (empty when the centre has no such department)."""
    department = session.scalars(select(Department.id).where(Department.name == QUALITY_DEPARTMENT)).first()
    return _active(session, Staff.department_id == department) if department is not None else []


# -- telling -------------------------------------------------------------------------------


@checked
def notify(
    session: Session,
    recipients: Iterable[int | None],
    *,
    event: NotificationEvent,
    key: str,
    kind: str,
    record_id: int,
    title: str,
) -> list[Notification]:
    """One notification per recipient not yet told of ``key``; returns the new ones."""
    wanted = list(dict.fromkeys(r for r in recipients if r is not None))
    if not wanted:
        return []
    told = set(
        session.scalars(
            select(Notification.recipient_id).where(
                Notification.key == key, Notification.recipient_id.in_(wanted)
            )
        )
    )
    now = context.now(session)
    made = [
        Notification(
            recipient_id=staff_id,
            event=event,
            key=key,
            kind=kind,
            record_id=record_id,
            title=str(title)[:2000],
            created_at=now,
        )
        for staff_id in wanted
        if staff_id not in told
    ]
    session.add_all(made)
    session.flush()
    return made


def _short(text: str | None, size: int = 30) -> str:
    value = " ".join((text or "").split())
    return value if len(value) <= size else value[: size - 1] + "…"


@checked
def on_message(session: Session, entry: WorkLogEntry) -> list[Notification]:
    """A 5W1H message: the colleague it is for."""
    if entry.message_for_id is None:
        return []
    caller = entry.contact_name or entry.contact_phone or ""
    return notify(
        session,
        [entry.message_for_id],
        event=NotificationEvent.MESSAGE,
        key=f"message:{entry.id}",
        kind="messages",
        record_id=entry.id,
        title=msg("留言：{caller} {what}", caller=caller, what=_short(entry.message_what or entry.content)),
    )


@checked
def on_complaint_letter(
    session: Session, letter_id: int, number: str, complaint: Complaint, named: Sequence[int]
) -> list[Notification]:
    """A complaint letter: the people it names (已报 …)."""
    return notify(
        session,
        named,
        event=NotificationEvent.COMPLAINT_LETTER,
        key=f"letter:{letter_id}",
        kind="complaints",
        record_id=complaint.id,
        title=msg(
            "投诉来函 {letter} → 投诉 {number}：{text}",
            letter=number,
            number=complaint.number,
            text=_short(complaint.description),
        ),
    )


def is_group(complaint: Complaint) -> bool:
    return complaint.group_marked or complaint.people_count >= GROUP_PEOPLE


@checked
def on_complaint(session: Session, complaint: Complaint) -> list[Notification]:
    """A complaint that is (now) a group complaint, 重大, or flagged 过激: the heads
    (and, for 过激, 品质管理部). Safe to call after any change: each is told once."""
    if complaint.voided_at is not None or complaint.id is None:
        return []
    heads = department_heads(session, complaint.handler_department_id)
    text = _short(complaint.description)
    made: list[Notification] = []
    if is_group(complaint):
        made += notify(
            session,
            heads,
            event=NotificationEvent.GROUP_COMPLAINT,
            key=f"group:{complaint.id}",
            kind="complaints",
            record_id=complaint.id,
            title=msg(
                "群体投诉 {number}（{people} 人）：{text}",
                number=complaint.number,
                people=complaint.people_count,
                text=text,
            ),
        )
    if complaint.severity is Severity.MAJOR:
        made += notify(
            session,
            heads,
            event=NotificationEvent.MAJOR_COMPLAINT,
            key=f"major:{complaint.id}",
            kind="complaints",
            record_id=complaint.id,
            title=msg("重大投诉 {number}：{text}", number=complaint.number, text=text),
        )
    if complaint.extreme_risk:
        made += notify(
            session,
            [*heads, *quality_department(session)],
            event=NotificationEvent.EXTREME_RISK,
            key=f"extreme:{complaint.id}",
            kind="complaints",
            record_id=complaint.id,
            title=msg(
                "过激行为风险 {number}：{note}",
                number=complaint.number,
                note=_short(complaint.extreme_risk_note) or text,
            ),
        )
    return made


@checked
def on_web_reply_draft(session: Session, complaint: Complaint) -> list[Notification]:
    """R1w (amended): a web reply drafted waits for a department head's approval."""
    return notify(
        session,
        department_heads(session, complaint.handler_department_id),
        event=NotificationEvent.WEB_REPLY_APPROVAL,
        key=f"web_reply:{complaint.id}:{complaint.web_reply_drafted_at:%Y%m%d%H%M%S}",
        kind="complaints",
        record_id=complaint.id,
        title=msg(
            "网络回帖待审批 {number}：{text}", number=complaint.number, text=_short(complaint.web_reply_draft)
        ),
    )


@checked
def on_media(session: Session, visit: MediaVisit) -> list[Notification]:
    """R17: a media visit or call: the supervisors, at once."""
    return notify(
        session,
        supervisors(session),
        event=NotificationEvent.MEDIA,
        key=f"media:{visit.id}",
        kind="media_visits",
        record_id=visit.id,
        title=msg(
            "媒体 {outlet} {reporter}：{topic}",
            outlet=visit.outlet,
            reporter=visit.reporter,
            topic=_short(visit.topic),
        ),
    )


# -- the clocks (housekeeping) ----------------------------------------------------------------


def _setting_int(session: Session, key: str, default: int) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def lead_time(session: Session) -> timedelta:
    return timedelta(minutes=_setting_int(session, LEAD_MINUTES_KEY, DEFAULT_LEAD_MINUTES))


def _deadline(
    session: Session,
    owner: int | None,
    kind: str,
    record_id: int,
    number: str,
    clock: str,
    what: str,
    due: datetime | None,
) -> list[Notification]:
    if due is None:
        return []
    local = due.astimezone(context.zone(session))
    return notify(
        session,
        [owner],
        event=NotificationEvent.DEADLINE,
        key=f"deadline:{kind}:{record_id}:{clock}:{due.astimezone(local.tzinfo):%Y-%m-%dT%H:%M}",
        kind=kind,
        record_id=record_id,
        title=msg("{what}将于 {due:%m-%d %H:%M} 到期：{number}", what=what, due=local, number=number),
    )


def _owned_deadlines(now: datetime, until: datetime) -> list[tuple[Any, str, str, str]]:
    """What a person owns that falls due in [now, until): (a select of id, number, owner,
    due), the screen that opens it, the clock's key and its name."""
    open_statuses = [ComplaintStatus.RECEIVED, ComplaintStatus.HANDLING]

    def window(column: Any) -> tuple[Any, Any]:
        return column > now, column <= until

    return [
        (
            select(Complaint.id, Complaint.number, Complaint.handler_id, Complaint.first_response_due).where(
                Complaint.voided_at.is_(None),
                Complaint.status.in_(open_statuses),
                Complaint.first_response_at.is_(None),
                Complaint.handler_id.is_not(None),
                *window(Complaint.first_response_due),
            ),
            "complaints",
            "first",
            msg("首次回应"),
        ),
        (
            select(Complaint.id, Complaint.number, Complaint.handler_id, Complaint.callback_due).where(
                Complaint.voided_at.is_(None),
                Complaint.status == ComplaintStatus.VERIFIED,
                Complaint.callback_at.is_(None),
                Complaint.handler_id.is_not(None),
                *window(Complaint.callback_due),
            ),
            "complaints",
            "callback",
            msg("回访"),
        ),
        (
            select(
                DispatchSlip.id, DispatchSlip.number, DispatchSlip.assigned_staff_id, DispatchSlip.due_at
            ).where(
                DispatchSlip.voided_at.is_(None),
                DispatchSlip.status == DispatchStatus.OPEN,
                DispatchSlip.assigned_staff_id.is_not(None),
                *window(DispatchSlip.due_at),
            ),
            "dispatch_slips",
            "work",
            msg("派工单"),
        ),
        # R22: a reply promised and an appointment booked.
        (
            select(
                WorkLogEntry.id,
                WorkLogEntry.number,
                WorkLogEntry.reply_owed_by_id,
                WorkLogEntry.reply_promised_by,
            ).where(
                WorkLogEntry.voided_at.is_(None),
                WorkLogEntry.reply_given_at.is_(None),
                *window(WorkLogEntry.reply_promised_by),
            ),
            "worklog",
            "reply",
            msg("答应客户的答复"),
        ),
        (
            select(Appointment.id, Appointment.number, Appointment.staff_id, Appointment.at).where(
                Appointment.voided_at.is_(None),
                Appointment.status == AppointmentStatus.BOOKED,
                *window(Appointment.at),
            ),
            "appointments",
            "visit",
            msg("预约上门"),
        ),
    ]


@checked
def deadlines_due(session: Session, now: datetime) -> list[Notification]:
    """Deadlines within the lead time, not passed yet, on what a person owns: each
    once (a due time that moves is a new deadline)."""
    made: list[Notification] = []
    for query, kind, clock, what in _owned_deadlines(now, now + lead_time(session)):
        for record_id, number, owner, due in session.execute(query):
            made += _deadline(session, owner, kind, record_id, number, clock, what, due)
    return made


@checked
def notices_left_alone(session: Session, now: datetime) -> list[Notification]:
    """An escalated notice with no follow-up inspection for N working days (setting):
    who issued it and the supervisors; once per quiet spell (a follow-up starts a new
    one)."""
    days = _setting_int(session, NOTICE_FOLLOW_UP_DAYS_KEY, DEFAULT_NOTICE_FOLLOW_UP_DAYS)
    cal = context.calendar(session)
    last_inspection = (
        select(NoticeInspection.notice_id, func.max(NoticeInspection.at).label("last"))
        .where(NoticeInspection.voided_at.is_(None))
        .group_by(NoticeInspection.notice_id)
        .subquery()
    )
    rows = session.execute(
        select(
            RectificationNotice.id,
            RectificationNotice.number,
            RectificationNotice.issued_by_id,
            RectificationNotice.escalated_at,
            last_inspection.c.last,
        )
        .outerjoin(last_inspection, last_inspection.c.notice_id == RectificationNotice.id)
        .where(
            RectificationNotice.voided_at.is_(None),
            RectificationNotice.status == NoticeStatus.ESCALATED,
            RectificationNotice.escalated_at.is_not(None),
        )
    ).all()
    made: list[Notification] = []
    bosses = supervisors(session)
    for notice_id, number, issuer, escalated_at, last in rows:
        since = max(moment for moment in (escalated_at, last) if moment is not None)
        if cal.add_working_days(since, days) >= now:
            continue
        made += notify(
            session,
            [issuer, *bosses],
            event=NotificationEvent.NOTICE_NO_FOLLOW_UP,
            key=f"notice:{notice_id}:{since.astimezone(context.zone(session)):%Y-%m-%dT%H:%M}",
            kind="rectification_notices",
            record_id=notice_id,
            title=msg(
                "整改通知书 {number} 上报后 {days} 个工作日未跟进复查",
                number=number,
                days=days,
            ),
        )
    return made


@checked
def sweep(session: Session, now: datetime | None = None) -> int:
    """The clock-made events, for the housekeeping pass; how many were told."""
    moment = context.now(session) if now is None else now
    return len(deadlines_due(session, moment)) + len(notices_left_alone(session, moment))


# -- the inbox --------------------------------------------------------------------------------


@dataclass(frozen=True)
class InboxLine:
    notification_id: int
    event: NotificationEvent
    kind: str
    record_id: int
    title: str
    created_at: datetime
    read: bool
    done: bool


def inbox(session: Session, staff_id: int, *, include_done: bool = False) -> list[InboxLine]:
    """My notifications, newest first; done ones only when asked."""
    query = select(Notification).where(Notification.recipient_id == staff_id)
    if not include_done:
        query = query.where(Notification.done_at.is_(None))
    rows = session.scalars(
        query.order_by(Notification.created_at.desc(), Notification.id.desc()).limit(INBOX_LIMIT)
    )
    return [
        InboxLine(
            row.id,
            row.event,
            row.kind,
            row.record_id,
            row.title,
            row.created_at,
            row.read_at is not None,
            row.done_at is not None,
        )
        for row in rows
    ]


def unread_count(session: Session, staff_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(
                Notification.recipient_id == staff_id,
                Notification.read_at.is_(None),
                Notification.done_at.is_(None),
            )
        )
        or 0
    )


def unread_since(session: Session, staff_id: int, since_id: int) -> list[InboxLine]:
    """Unread lines newer than ``since_id`` (for the tray message while running)."""
    return [line for line in inbox(session, staff_id) if not line.read and line.notification_id > since_id]


def _own(session: Session, staff_id: int, notification_id: int) -> Notification:
    row = session.get(Notification, notification_id)
    if row is None or row.recipient_id != staff_id:
        raise NotFoundError(msg("找不到这条通知（编号 {ident}）", ident=notification_id))
    return row


@checked
def mark_read(session: Session, staff_id: int, notification_id: int) -> Notification:
    row = _own(session, staff_id, notification_id)
    if row.read_at is None:
        row.read_at = context.now(session)
    return row


@checked
def mark_done(session: Session, staff_id: int, notification_id: int) -> Notification:
    """Done: off the inbox (and read)."""
    row = _own(session, staff_id, notification_id)
    now = context.now(session)
    row.read_at = row.read_at or now
    row.done_at = row.done_at or now
    return row


@checked
def mark_all_read(session: Session, staff_id: int) -> int:
    result = session.execute(
        update(Notification)
        .where(Notification.recipient_id == staff_id, Notification.read_at.is_(None))
        .values(read_at=context.now(session))
    )
    return int(getattr(result, "rowcount", 0) or 0)
