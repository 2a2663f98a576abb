"""The work-information log 工作信息记录表 (SPEC 2.2): the front door every incoming
item passes through. One call of ``record_entry`` is one transaction: the entry, the
complaint it opens (投诉), the dispatch slip it makes (报修), the 5W1H message for an
absent colleague (R16), and the media alert (R17)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, Complaint, DispatchSlip, Room, Staff, WorkLogEntry
from desk_app.models.base import enum_type
from desk_app.models.enums import Category, Channel, ComplaintStatus, DispatchStatus, WorkLogStatus
from desk_app.services import complaints, context, notifications, promises, reception
from desk_app.services.dispatch import create_dispatch_slip
from desk_app.services.errors import DomainError, FieldError, NotFoundError, PermissionDeniedError
from desk_app.services.guards import GuardTable, Step
from desk_app.services.permissions import checked
from desk_app.services.records import check_version
from desk_app.services.text import optional_text, required_text

FUTURE_TOLERANCE = timedelta(minutes=5)


# -- the live state of what an entry opened (issue 14) ------------------------------------
#
# A line of the work log that opened a complaint or a dispatch slip is as done as that
# record: the complaint's closure, the slip's completion. The state is read from the
# linked record when the list, the tally or the form is read, never copied onto the
# entry, so it cannot go stale (a closed complaint left its line 待处理).


def _linked(model: Any, column: Any) -> Any:
    """The newest live ``model`` record's ``column`` opened by the entry (a scalar
    subquery correlated with ``WorkLogEntry``), NULL when there is none."""
    return (
        select(column)
        .where(model.worklog_entry_id == WorkLogEntry.id, model.voided_at.is_(None))
        .order_by(model.id.desc())
        .limit(1)
        .correlate(WorkLogEntry)
        .scalar_subquery()
    )


def live_status() -> ColumnElement[WorkLogStatus]:
    """The entry's status as its linked records say: a complaint closed → 已完成, still
    open → 处理中; a dispatch slip done → 已完成, open → 处理中; else the entry's own."""
    complaint_status = _linked(Complaint, Complaint.status)
    slip_status = _linked(DispatchSlip, DispatchSlip.status)
    state = case(
        (complaint_status == ComplaintStatus.CLOSED.value, literal(WorkLogStatus.DONE.value)),
        (complaint_status.is_not(None), literal(WorkLogStatus.IN_PROGRESS.value)),
        (slip_status == DispatchStatus.DONE.value, literal(WorkLogStatus.DONE.value)),
        (
            and_(slip_status.is_not(None), WorkLogEntry.status != WorkLogStatus.DONE),
            literal(WorkLogStatus.IN_PROGRESS.value),
        ),
        else_=WorkLogEntry.status,
    )
    status_type: Any = enum_type(WorkLogStatus)
    return type_coerce(state, status_type)


def live_result() -> ColumnElement[str | None]:
    """The handling result as its linked records say: the complaint's resolution, the
    slip's result, else the entry's own."""
    return func.coalesce(
        _linked(Complaint, Complaint.resolution),
        _linked(DispatchSlip, DispatchSlip.result),
        WorkLogEntry.result,
    )


@dataclass(frozen=True)
class LinkedRecord:
    """A record an entry opened, as its form shows it: kind, id, number, live state."""

    kind: str  # the screen key: "complaints" or "dispatch_slips"
    record_id: int
    number: str
    state: str
    result: str | None


def linked_records(session: Session, entry_id: int) -> list[LinkedRecord]:
    """The complaints and dispatch slips ``entry_id`` opened, with their state now."""
    records = [
        LinkedRecord("complaints", ident, number, str(status.label), resolution)
        for ident, number, status, resolution in session.execute(
            select(Complaint.id, Complaint.number, Complaint.status, Complaint.resolution)
            .where(Complaint.worklog_entry_id == entry_id, Complaint.voided_at.is_(None))
            .order_by(Complaint.id)
        )
    ]
    records += [
        LinkedRecord("dispatch_slips", ident, number, str(status.label), result)
        for ident, number, status, result in session.execute(
            select(DispatchSlip.id, DispatchSlip.number, DispatchSlip.status, DispatchSlip.result)
            .where(DispatchSlip.worklog_entry_id == entry_id, DispatchSlip.voided_at.is_(None))
            .order_by(DispatchSlip.id)
        )
    ]
    return records


def entry_state(session: Session, entry_id: int) -> tuple[WorkLogStatus, str | None]:
    """The live status and result of one entry (as the list shows them)."""
    row = session.execute(select(live_status(), live_result()).where(WorkLogEntry.id == entry_id)).one()
    return WorkLogStatus(row[0]), row[1]


@dataclass(frozen=True)
class Message5W1H:
    """A message for a colleague who is away (SPEC 2.2): When, Who, Where, What, Why,
    How, plus the caller's name, company and phone and whether a reply is needed."""

    for_staff_id: int
    what: str
    when: str | None = None
    where: str | None = None
    why: str | None = None
    how: str | None = None
    caller_company: str | None = None
    reply_needed: bool = False


@dataclass(frozen=True)
class EntryResult:
    entry: WorkLogEntry
    complaint: Complaint | None = None
    dispatch_slip: DispatchSlip | None = None


def phone_taker(session: Session, staff_id: int | None) -> Staff:
    """R16: only staff cleared to work alone (独立上岗) may be recorded as taking a call."""
    if staff_id is None:
        raise FieldError("taken_by_id", msg("请选择接听人"), rule="R16")
    staff = session.get(Staff, staff_id)
    if staff is None or not staff.active or staff.voided_at is not None:
        raise FieldError(
            "taken_by_id", msg("找不到在职员工（编号 {staff_id}）", staff_id=staff_id), rule="R16"
        )
    if not staff.cleared_to_work_alone:
        raise FieldError(
            "taken_by_id",
            msg("{name} 尚未独立上岗，不能登记为来电接听人，请由带教同事接听并登记", name=staff.name),
            rule="R16",
        )
    return staff


@checked
def record_entry(
    session: Session,
    *,
    channel: Channel,
    category: Category,
    content: str,
    received_at: datetime | None = None,
    client_id: int | None = None,
    room_id: int | None = None,
    contact_name: str | None = None,
    contact_phone: str | None = None,
    anonymous: bool = False,
    taken_by_id: int | None = None,
    assigned_staff_id: int | None = None,
    assigned_department_id: int | None = None,
    message: Message5W1H | None = None,
    reply_promised_by: datetime | None = None,
    reply_owed_by_id: int | None = None,
) -> EntryResult:
    """Log one incoming item; a complaint opens its complaint record, a repair report
    its dispatch slip, a media contact its alert (R17), a message lands in the
    colleague's inbox."""
    now = context.now(session)
    when = received_at or now
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=context.zone(session))
    if when > now + FUTURE_TOLERANCE:
        raise FieldError("received_at", msg("受理时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查", when=when))
    channel, category = Channel(channel), Category(category)
    text = required_text("content", content, msg("来电/来访内容"))
    if client_id is not None and session.get(Client, client_id) is None:
        raise FieldError("client_id", msg("找不到客户（编号 {client_id}）", client_id=client_id))
    if room_id is not None and session.get(Room, room_id) is None:
        raise FieldError("room_id", msg("找不到房号（编号 {room_id}）", room_id=room_id))
    taker_id = taken_by_id if taken_by_id is not None else session.info.get("actor_id")
    if channel is Channel.CALL:
        taker_id = phone_taker(session, taker_id).id
    elif taker_id is not None and session.get(Staff, taker_id) is None:
        raise FieldError("taken_by_id", msg("找不到员工（编号 {taker_id}）", taker_id=taker_id))

    entry = WorkLogEntry(
        received_at=when,
        channel=channel,
        category=category,
        content=text,
        client_id=None if anonymous else client_id,
        room_id=room_id,
        contact_name=optional_text(contact_name, "contact_name", msg("来电/来访人姓名"), 64),
        contact_phone=optional_text(contact_phone, "contact_phone", msg("联系电话"), 32),
        anonymous=anonymous,
        taken_by_id=taker_id,
        assigned_staff_id=assigned_staff_id,
        assigned_department_id=assigned_department_id,
        status=WorkLogStatus.OPEN,
    )
    if message is not None:
        _attach_message(session, entry, message)
    session.add(entry)
    session.flush()
    notifications.on_message(session, entry)  # R23: the message reaches its colleague
    if reply_promised_by is not None:  # R22: "我了解一下，X 点前答复您"
        promises.promise_reply(session, entry.id, reply_promised_by, reply_owed_by_id)

    complaint = None
    slip = None
    if category is Category.COMPLAINT:
        complaint = complaints.register_complaint(
            session,
            received_at=when,
            channel=channel,
            description=text,
            client_id=entry.client_id,
            room_id=room_id,
            worklog_entry_id=entry.id,
            anonymous=anonymous,
        )
    elif category is Category.REPAIR:
        slip = create_dispatch_slip(
            session,
            content=text,
            issued_at=now,
            worklog_entry=entry,
            room_id=room_id,
            contact_name=entry.contact_name,
            contact_phone=entry.contact_phone,
            assigned_department_id=assigned_department_id,
            assigned_staff_id=assigned_staff_id,
        )
    if channel is Channel.MEDIA:
        reception.alert_media_contact(session, entry)
    session.flush()
    return EntryResult(entry=entry, complaint=complaint, dispatch_slip=slip)


def _attach_message(session: Session, entry: WorkLogEntry, message: Message5W1H) -> None:
    recipient = session.get(Staff, message.for_staff_id)
    if recipient is None or not recipient.active:
        raise FieldError(
            "message_for_id",
            msg("找不到留言对象（员工编号 {for_staff_id}）", for_staff_id=message.for_staff_id),
            rule="R16",
        )
    if not (entry.contact_name or entry.contact_phone):
        raise FieldError("contact_name", msg("留言须写明来电人姓名或电话（Who）"), rule="R16")
    entry.message_for_id = recipient.id
    entry.message_what = required_text("message_what", message.what, msg("留言事项（What）"), rule="R16")
    entry.message_when = optional_text(message.when, "message_when", msg("时间（When）"), 128)
    entry.message_where = optional_text(message.where, "message_where", msg("地点（Where）"), 128)
    entry.message_why = optional_text(message.why)
    entry.message_how = optional_text(message.how)
    entry.caller_company = optional_text(message.caller_company, "caller_company", msg("来电单位"), 128)
    entry.reply_needed = message.reply_needed


def inbox(session: Session, staff_id: int, include_read: bool = False) -> list[WorkLogEntry]:
    """Messages for a colleague, newest first."""
    query = select(WorkLogEntry).where(
        WorkLogEntry.message_for_id == staff_id, WorkLogEntry.voided_at.is_(None)
    )
    if not include_read:
        query = query.where(WorkLogEntry.message_read_at.is_(None))
    return list(session.scalars(query.order_by(WorkLogEntry.received_at.desc())))


def unread_count(session: Session, staff_id: int) -> int:
    """How many of a colleague's messages are unread (``inbox`` counted in SQL)."""
    return int(
        session.scalar(
            select(func.count(WorkLogEntry.id)).where(
                WorkLogEntry.message_for_id == staff_id,
                WorkLogEntry.voided_at.is_(None),
                WorkLogEntry.message_read_at.is_(None),
            )
        )
        or 0
    )


# -- the 5W1H message's lifecycle (R16): left for a colleague → read by them ------------


def _no_message(entry: WorkLogEntry) -> DomainError:
    return NotFoundError(msg("找不到留言（编号 {entry_id}）", entry_id=entry.id))


def _for_the_reader(session: Session, entry: WorkLogEntry) -> DomainError | None:
    """Only the colleague the message was left for reads it (issue 19: the inbox
    checked this and the service did not, so anyone could clear a colleague's
    message); the program itself (no one signed in) may; a deactivated account never."""
    try:
        reader = context.actor(session)
    except DomainError as error:
        return error
    if reader is not None and reader.id != entry.message_for_id:
        return PermissionDeniedError(msg("只有留言的收件人本人可以标记为已读"))
    return None


#: The message lifecycle's steps. ``mark_read`` is taken by showing the message to the
#: person it was left for; reading it again keeps the first reading's time.
MESSAGE_GUARDS = GuardTable[WorkLogEntry](
    {
        "mark_read": Step(
            checks=(_for_the_reader,),
            applies=lambda entry: entry.message_for_id is not None,
            not_applicable=_no_message,
        ),
    }
)


def load_message(session: Session, entry_id: int) -> WorkLogEntry:
    """The work-log line that carries message ``entry_id`` (``NotFoundError`` when there
    is no such line or it carries no message)."""
    entry = session.get(WorkLogEntry, entry_id)
    if entry is None or entry.message_for_id is None:
        raise NotFoundError(msg("找不到留言（编号 {entry_id}）", entry_id=entry_id))
    return entry


@checked
def mark_message_read(session: Session, entry_id: int) -> WorkLogEntry:
    """The recipient read the message (R16); the first reading's time is kept."""
    entry = load_message(session, entry_id)
    MESSAGE_GUARDS.require(session, "mark_read", entry)
    if entry.message_read_at is None:
        entry.message_read_at = context.now(session)
    return entry


def load_entry(session: Session, entry_id: int) -> WorkLogEntry:
    entry = session.get(WorkLogEntry, entry_id)
    if entry is None or entry.voided_at is not None:
        raise NotFoundError(msg("找不到工作信息记录（编号 {entry_id}），或已作废", entry_id=entry_id))
    return entry


@checked
def update_handling(
    session: Session,
    entry_id: int,
    *,
    result: str | None,
    status: WorkLogStatus,
    assigned_staff_id: int | None = None,
    assigned_department_id: int | None = None,
    expected_version: int | None = None,
) -> WorkLogEntry:
    """The second half of the log line: who it went to, what was done, where it stands.
    What came in (channel, category, content, caller) stays as it was logged; "done"
    needs a result and stamps when it was handled."""
    entry = load_entry(session, entry_id)
    check_version(entry, expected_version)
    status = WorkLogStatus(status)
    text = optional_text(result)
    if status is WorkLogStatus.DONE and text is None:
        raise FieldError("result", msg("办结前请填写处理结果"))
    if assigned_staff_id is not None and session.get(Staff, assigned_staff_id) is None:
        raise FieldError(
            "assigned_staff_id",
            msg("找不到员工（编号 {assigned_staff_id}）", assigned_staff_id=assigned_staff_id),
        )
    entry.result = text
    entry.assigned_staff_id = assigned_staff_id
    entry.assigned_department_id = assigned_department_id
    if status is WorkLogStatus.DONE and entry.status is not WorkLogStatus.DONE:
        entry.handled_at = context.now(session)
    elif status is not WorkLogStatus.DONE:
        entry.handled_at = None
    entry.status = status
    session.flush()
    return entry
