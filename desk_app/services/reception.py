"""Reception books (SPEC 2.8): the visitor register 访客登记, the letters catalogue
客户来函目录 (R18), documents and faxes 文件资料收发登记, media visits 媒体采访接待
(R17) and fee services 收费业务.

Every function is one step of one unit of work, like the rest of ``services``: it
checks its fields (a ``FieldError`` naming the field), applies the rule, and returns
the record or a small result object. The later steps of a saved line (a visitor's host
answers, the visitor leaves, a document is handed over, a supervisor acknowledges a
media alert) have one guard table per book (``VISITOR_GUARDS``, ``DOCUMENT_GUARDS``,
``MEDIA_GUARDS``): the step refuses through it and the screen offers its button from
it (``desk_app.screens.reception_books``). ``worklog.record_entry`` calls
``alert_media_contact`` for a work-log entry whose channel is 媒体, so this module must
never import ``worklog``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from desk_app.messages import msg
from desk_app.models import (
    Client,
    Complaint,
    Department,
    DispatchSlip,
    DocumentTransfer,
    FeeService,
    Letter,
    MediaVisit,
    Room,
    Staff,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.enums import (
    Category,
    Channel,
    FeeItem,
    LetterKind,
    MediaContactMode,
    StaffRole,
    WorkLogStatus,
)
from desk_app.services import complaints, context, notifications
from desk_app.services.dispatch import create_dispatch_slip
from desk_app.services.errors import DomainError, FieldError, PermissionDeniedError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles, signed_in
from desk_app.services.permissions import checked
from desk_app.services.references import load_record
from desk_app.services.text import optional_text, required_text

#: A time this far ahead of the clock is a typing error, not a clock skew (as in
#: ``worklog`` and ``complaints``).
FUTURE_TOLERANCE = timedelta(minutes=5)

#: The visitor register is for people, not coach parties: a bigger number is a typo.
MAX_PARTY_SIZE = 100

#: Fee amounts: two decimals, more than 0 and less than 1 000 000 yuan.
MAX_FEE_AMOUNT = Decimal("1000000")
CENT = Decimal("0.01")
_AMOUNT_PATTERN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")

#: R18 "other → administration": the departments that are the administration, in order
#: of preference (the seeds say 行政部; most centres call it 行政人事部).
ADMINISTRATION_DEPARTMENTS = ("行政人事部", "行政部")

#: SPEC 2.8 "Contents are never shown to third parties": besides the addressee, only
#: these roles may read what a document or fax says.
DOCUMENT_READER_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})

#: R17: who takes a media alert off the dashboard.
MEDIA_ALERT_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})

# -- user-facing texts (R17, R18) -----------------------------------------------------

#: R17: phone interviews are never accepted; the form says so and the caller is asked to
#: write (seed 000: 请对方以传真或邮件方式将采访要求和涉及问题提交给我方).
PHONE_INTERVIEW_REFUSAL = (
    "您好，感谢您的关注。按公司规定，电话采访一律不接受，请以书面形式（传真或电子邮件）"
    "将采访要求和涉及的问题提交给我们，我们会尽快与您联系。"
)
#: R17: what the counter says to a reporter at the desk while the supervisor is called
#: (seed 000: the counter never accepts an interview itself).
MEDIA_VISIT_REPLY = "公司对媒体采访有规范的接待流程，请您稍候，我马上为您联系。"
#: A media contact logged through the work log without a name or an outlet.
NOT_RECORDED = "未登记"


# -- results --------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterResult:
    """What ``register_letter`` did (R18)."""

    letter: Letter
    #: The work-log entry the letter was logged as (SPEC 2.2: every item is logged).
    worklog_entry: WorkLogEntry
    complaint: Complaint | None = None
    dispatch_slip: DispatchSlip | None = None
    #: Staff to tell at once (a complaint letter goes to the supervisor).
    notify_staff_ids: list[int] = dataclasses.field(default_factory=list)


@dataclass(frozen=True)
class MediaResult:
    """What ``register_media_contact`` did (R17)."""

    media_visit: MediaVisit
    #: Phone interviews are never accepted.
    interview_refused: bool
    #: What the receptionist says to the reporter now.
    reply_text: str
    #: The supervisors alerted (the dashboard tile shows the alert to all of them).
    notify_staff_ids: list[int]


@dataclass(frozen=True)
class DocumentEntry:
    """One line of the documents and faxes book. ``description`` is None unless the
    person looking may read the contents (SPEC 2.8: never shown to third parties)."""

    id: int
    number: str
    received_at: datetime
    is_fax: bool
    from_party: str
    to_party: str
    addressee_staff_id: int | None
    addressee_room_id: int | None
    recipient_contact: str | None
    handed_over_at: datetime | None
    signed_by: str | None
    description: str | None


# -- helpers --------------------------------------------------------------------------

_E = TypeVar("_E", bound=Enum)


def _member(enum_class: type[_E], value: object, field: str, what: str) -> _E:
    try:
        return enum_class(value)
    except ValueError:
        raise FieldError(field, msg("{what}无效：{value!r}", what=what, value=value)) from None


def _text(field: str, value: str | None, what: str, limit: int | None = None, rule: str | None = None) -> str:
    """A required text that fits its column (PostgreSQL refuses longer ones)."""
    return required_text(field, value, what, rule=rule, limit=limit)


def _optional(field: str, value: str | None, what: str, limit: int | None = None) -> str | None:
    return optional_text(value, field, what, limit)


def _moment(session: Session, field: str, value: datetime | None, what: str) -> datetime:
    """``value`` or now; a naive time is local (the community's zone); a time in the
    future is a typing error."""
    now = context.now(session)
    if value is None:
        return now
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=context.zone(session))
    if value > now + FUTURE_TOLERANCE:
        local = value.astimezone(context.zone(session))
        raise FieldError(field, msg("{what} {local:%Y-%m-%d %H:%M} 晚于现在，请检查", what=what, local=local))
    return value


def _room(session: Session, field: str, room_id: int | None) -> int | None:
    if room_id is not None and session.get(Room, room_id) is None:
        raise FieldError(field, msg("找不到房号（编号 {room_id}）", room_id=room_id))
    return room_id


def _client(session: Session, field: str, client_id: int | None) -> int | None:
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.voided_at is not None:
            raise FieldError(field, msg("找不到客户（编号 {client_id}）", client_id=client_id))
    return client_id


def _staff(session: Session, field: str, staff_id: int | None) -> Staff | None:
    if staff_id is None:
        return None
    staff = session.get(Staff, staff_id)
    if staff is None or staff.voided_at is not None:
        raise FieldError(field, msg("找不到员工（编号 {staff_id}）", staff_id=staff_id))
    return staff


def _department(session: Session, field: str, department_id: int | None) -> Department | None:
    if department_id is None:
        return None
    department = session.get(Department, department_id)
    if department is None:
        raise FieldError(field, msg("找不到部门（编号 {department_id}）", department_id=department_id))
    return department


def _local(session: Session, moment: datetime) -> str:
    return f"{moment.astimezone(context.zone(session)):%Y-%m-%d %H:%M}"


def supervisors_to_notify(session: Session) -> list[Staff]:
    """The active supervisors (客服主管), who hear of complaint letters (R18) and media
    contacts (R17) at once. A centre without one falls back to its department heads,
    so the news never goes nowhere."""
    for role in (StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD):
        staff = list(
            session.scalars(
                select(Staff)
                .where(Staff.role == role, Staff.active.is_(True), Staff.voided_at.is_(None))
                .order_by(Staff.id)
            )
        )
        if staff:
            return staff
    return []


# -- visitors 访客登记 -------------------------------------------------------------------


@checked
def register_visitor(
    session: Session,
    *,
    visitor_name: str,
    visiting_room_id: int | None = None,
    host_name: str | None = None,
    host_contacted: bool = False,
    host_agreed: bool | None = None,
    visitor_phone: str | None = None,
    id_document: str | None = None,
    party_size: int = 1,
    purpose: str | None = None,
    arrived_at: datetime | None = None,
) -> Visitor:
    """A line of the visitor register: who came, whom they visit, whether the host was
    contacted and agreed.

    The counter registers the visitor before it calls the host (seed 004: 在与被访者
    联系前，作相关登记工作), so ``host_contacted=False`` is the usual start and
    ``record_host_answer`` fills in the answer. A visitor the host did not agree to see
    (``host_agreed=False``) is still registered: the book is the centre's proof of who
    was turned away, and ``visitors_on_site`` leaves them out.
    """
    name = _text("visitor_name", visitor_name, msg("访客姓名"), 64)
    host = _optional("host_name", host_name, msg("被访人"), 64)
    if visiting_room_id is None and host is None:
        raise FieldError("visiting_room_id", msg("请填写被访房号或被访人"))
    if isinstance(party_size, bool) or not isinstance(party_size, int):
        raise FieldError("party_size", msg("来访人数须为整数"))
    if party_size < 1:
        raise FieldError("party_size", msg("来访人数至少为 1"))
    if party_size > MAX_PARTY_SIZE:
        raise FieldError(
            "party_size",
            msg("来访人数过多（最多 {max_party_size} 人），请检查", max_party_size=MAX_PARTY_SIZE),
        )
    if host_agreed is not None and not host_contacted:
        raise FieldError("host_agreed", msg("尚未联系被访人，不能登记其是否同意"))
    visitor = Visitor(
        visitor_name=name,
        visitor_phone=_optional("visitor_phone", visitor_phone, msg("访客电话"), 32),
        id_document=_optional("id_document", id_document, msg("证件"), 64),
        party_size=party_size,
        visiting_room_id=_room(session, "visiting_room_id", visiting_room_id),
        host_name=host,
        host_contacted=host_contacted,
        host_agreed=host_agreed,
        purpose=_optional("purpose", purpose, msg("来访事由"), 255),
        arrived_at=_moment(session, "arrived_at", arrived_at, msg("到达时间")),
    )
    session.add(visitor)
    session.flush()
    return visitor


def _record_local(record: object, moment: datetime) -> str:
    """``moment`` in the community's zone, for a refusal about ``record`` (a guard's
    ``not_applicable`` has the record, not the session)."""
    session = object_session(record)
    zone = context.zone(session) if session is not None else None
    return f"{moment.astimezone(zone):%Y-%m-%d %H:%M}"


def _host_may_answer(visitor: Visitor) -> bool:
    return visitor.left_at is None and visitor.host_agreed is None


def _host_answered(visitor: Visitor) -> DomainError:
    if visitor.left_at is not None:
        return RuleViolationError(
            msg(
                "访客 {visitor_name} 已于 {value} 离开",
                visitor_name=visitor.visitor_name,
                value=_record_local(visitor, visitor.left_at),
            )
        )
    # The host answers once: the book is the proof of who was let in or turned away.
    return RuleViolationError(
        msg("访客 {visitor_name} 的被访人已答复，不能重复登记", visitor_name=visitor.visitor_name)
    )


def _visitor_gone(visitor: Visitor) -> DomainError:
    assert visitor.left_at is not None
    return RuleViolationError(
        msg(
            "访客 {visitor_name} 已于 {value} 登记离开，不能重复登记",
            visitor_name=visitor.visitor_name,
            value=_record_local(visitor, visitor.left_at),
        )
    )


#: The later steps of a line of the visitor register: the host answers (once, while
#: the visitor is there), the visitor leaves (once).
VISITOR_GUARDS = GuardTable[Visitor](
    {
        "answer": Step(
            checks=(signed_in(msg("登记被访人意见")),),
            applies=_host_may_answer,
            not_applicable=_host_answered,
        ),
        "leave": Step(
            checks=(signed_in(msg("登记访客离开")),),
            applies=lambda visitor: visitor.left_at is None,
            not_applicable=_visitor_gone,
        ),
    }
)


@checked
def record_host_answer(session: Session, visitor_id: int, agreed: bool) -> Visitor:
    """The host was reached: they agreed to the visit, or not (once)."""
    visitor = load_record(session, Visitor, visitor_id, msg("访客登记"))
    VISITOR_GUARDS.require(session, "answer", visitor)
    visitor.host_contacted = True
    visitor.host_agreed = agreed
    return visitor


@checked
def visitor_left(session: Session, visitor_id: int, at: datetime | None = None) -> Visitor:
    """The visitor left: not before they arrived, and only once."""
    visitor = load_record(session, Visitor, visitor_id, msg("访客登记"))
    VISITOR_GUARDS.require(session, "leave", visitor)
    left = _moment(session, "at", at, msg("离开时间"))
    if left < visitor.arrived_at:
        raise FieldError(
            "at", msg("离开时间早于到达时间（{value}），请检查", value=_local(session, visitor.arrived_at))
        )
    visitor.left_at = left
    return visitor


def visitors_on_site(session: Session) -> list[Visitor]:
    """Visitors who came in (the host did not refuse) and have not left, oldest first."""
    query = (
        select(Visitor)
        .where(
            Visitor.left_at.is_(None),
            Visitor.voided_at.is_(None),
            # host_agreed IS NOT FALSE: agreed, or not asked yet.
            (Visitor.host_agreed.is_(None)) | (Visitor.host_agreed.is_(True)),
        )
        .order_by(Visitor.arrived_at)
    )
    return list(session.scalars(query))


# -- letters 客户来函目录 (R18) -----------------------------------------------------------

#: The work-log category a letter is logged under (SPEC 2.2). A 报事 letter reports
#: something to be fixed, which the counter's books (and the R10 tally) call 报修.
_LETTER_CATEGORY = {
    LetterKind.REPORT: Category.REPAIR,
    LetterKind.COMPLAINT: Category.COMPLAINT,
    LetterKind.PRAISE: Category.PRAISE,
    LetterKind.OTHER: Category.OTHER,
}


def administration_department(session: Session) -> Department | None:
    """R18 "other → administration": the active department named 行政人事部 (or
    行政部), if the centre has one."""
    rows = session.scalars(
        select(Department).where(Department.name.in_(ADMINISTRATION_DEPARTMENTS), Department.active.is_(True))
    ).all()
    by_name = {department.name: department for department in rows}
    for name in ADMINISTRATION_DEPARTMENTS:
        if name in by_name:
            return by_name[name]
    return None


@checked
def register_letter(
    session: Session,
    *,
    sender: str,
    kind: LetterKind,
    summary: str,
    received_at: datetime | None = None,
    sender_room_id: int | None = None,
    sender_client_id: int | None = None,
    praised_staff_id: int | None = None,
    routed_to_department_id: int | None = None,
) -> LetterResult:
    """R18: every letter goes into the catalogue, and its kind decides where it goes:

    - 报事 report → a dispatch slip (派工单), to ``routed_to_department_id`` if given;
    - 投诉 complaint → a complaint record (channel 来函) and the supervisor is told
      (``notify_staff_ids``);
    - 表扬 praise → registered; the praised staff member's department is noted (the
      original is posted in the office, a copy in that department: seed 003);
    - 其他 other → the administration (行政人事部), when the centre has one.

    The letter is also logged in the work-information log (SPEC 2.2: every incoming
    item is logged there first), channel 来函, and that entry is linked from the
    letter, the complaint and the slip. ``action_taken`` says in Chinese what was done.
    """
    letter_kind = _member(LetterKind, kind, "kind", msg("来函类别"))
    sender_text = _text("sender", sender, msg("来函人"), 128)
    summary_text = _text("summary", summary, msg("来函内容摘要"), rule="R18")
    received = _moment(session, "received_at", received_at, msg("收函时间"))
    room_id = _room(session, "sender_room_id", sender_room_id)
    client_id = _client(session, "sender_client_id", sender_client_id)
    routed = _department(session, "routed_to_department_id", routed_to_department_id)
    praised = _staff(session, "praised_staff_id", praised_staff_id)
    if praised is not None and letter_kind is not LetterKind.PRAISE:
        raise FieldError("praised_staff_id", msg("只有表扬信可以填写被表扬员工"), rule="R18")

    now = context.now(session)
    actor_id = session.info.get("actor_id")
    entry = WorkLogEntry(
        received_at=received,
        channel=Channel.LETTER,
        category=_LETTER_CATEGORY[letter_kind],
        content=summary_text,
        client_id=client_id,
        room_id=room_id,
        contact_name=sender_text[:64],
        anonymous=False,
        taken_by_id=actor_id,
        status=WorkLogStatus.OPEN,
    )
    letter = Letter(
        received_at=received,
        sender=sender_text,
        sender_room_id=room_id,
        sender_client_id=client_id,
        kind=letter_kind,
        summary=summary_text,
    )
    session.add_all([entry, letter])
    session.flush()
    letter.worklog_entry_id = entry.id

    complaint: Complaint | None = None
    slip: DispatchSlip | None = None
    notify: list[int] = []
    if letter_kind is LetterKind.REPORT:
        # R18: report → dispatch slip.
        slip = create_dispatch_slip(
            session,
            content=f"来函报事（{letter.number}）：{summary_text}",
            issued_at=now,
            worklog_entry=entry,
            room_id=room_id,
            contact_name=sender_text[:64],
            assigned_department_id=routed.id if routed else None,
        )
        session.flush()
        letter.dispatch_slip_id = slip.id
        action = f"已开派工单 {slip.number}" + (f"，派往{routed.name}" if routed else "")
    elif letter_kind is LetterKind.COMPLAINT:
        # R18: complaint → a complaint record and the supervisor.
        complaint = complaints.register_complaint(
            session,
            received_at=received,
            channel=Channel.LETTER,
            description=summary_text,
            client_id=client_id,
            room_id=room_id,
            worklog_entry_id=entry.id,
        )
        letter.complaint_id = complaint.id
        supervisors = supervisors_to_notify(session)
        notify = [staff.id for staff in supervisors]
        # R23: the people the letter's action names (已报 …) find it in their inbox.
        notifications.on_complaint_letter(session, letter.id, letter.number, complaint, notify)
        if supervisors:
            names = "、".join(staff.name for staff in supervisors)
            action = f"已登记投诉 {complaint.number}，已报 {names}"
        else:
            action = f"已登记投诉 {complaint.number}；未找到在职客服主管，请另行上报"
    elif letter_kind is LetterKind.PRAISE:
        # R18: praise → registered, and the praised staff member's department noted.
        department = praised.department if praised is not None else None
        letter.praised_department_id = department.id if department else None
        if routed is None:
            routed = department
        if praised is None:
            action = "表扬信已登记，原件张贴于服务中心"
        elif department is None:
            action = f"表扬已登记（被表扬员工：{praised.name}，未设所属部门）"
        else:
            action = f"表扬已登记，转{department.name}（被表扬员工：{praised.name}）"
        entry.status = WorkLogStatus.DONE
        entry.handled_at = now
    else:
        # R18: other → administration.
        if routed is None:
            routed = administration_department(session)
        if routed is None:
            action = "其他工作联系函已登记；未设行政人事部，请交文员处理"
        else:
            action = f"其他工作联系函已转{routed.name}处理"
            entry.status = WorkLogStatus.DONE
            entry.handled_at = now

    letter.praised_staff_id = praised.id if praised is not None else None
    letter.routed_to_department_id = routed.id if routed is not None else None
    letter.action_taken = action
    entry.assigned_department_id = letter.routed_to_department_id
    entry.result = action
    session.flush()
    return LetterResult(
        letter=letter,
        worklog_entry=entry,
        complaint=complaint,
        dispatch_slip=slip,
        notify_staff_ids=notify,
    )


# -- documents and faxes 文件资料收发登记 -------------------------------------------------


@checked
def register_document(
    session: Session,
    *,
    description: str,
    from_party: str,
    to_party: str,
    addressee_staff_id: int | None = None,
    addressee_room_id: int | None = None,
    recipient_contact: str | None = None,
    is_fax: bool = False,
    received_at: datetime | None = None,
) -> DocumentTransfer:
    """A document, letter or fax received for someone, to be handed over against a
    signature. A fax needs the recipient's contact (seed 004: 收件人、联系电话, and
    the recipient is phoned to confirm)."""
    contact = _optional("recipient_contact", recipient_contact, msg("收件人联系方式"), 64)
    if is_fax and contact is None:
        raise FieldError("recipient_contact", msg("传真须登记收件人联系电话，以便电话确认"))
    staff = _staff(session, "addressee_staff_id", addressee_staff_id)
    document = DocumentTransfer(
        description=_text("description", description, msg("文件资料内容")),
        is_fax=is_fax,
        from_party=_text("from_party", from_party, msg("发件方"), 128),
        to_party=_text("to_party", to_party, msg("收件方"), 128),
        addressee_staff_id=staff.id if staff is not None else None,
        addressee_room_id=_room(session, "addressee_room_id", addressee_room_id),
        recipient_contact=contact,
        received_at=_moment(session, "received_at", received_at, msg("收件时间")),
    )
    session.add(document)
    session.flush()
    return document


def _handed_over(document: DocumentTransfer) -> DomainError:
    assert document.handed_over_at is not None
    return RuleViolationError(
        msg(
            "{number} 已于 {value} 由 {signed_by} 签收，不能重复签收",
            number=document.number,
            value=_record_local(document, document.handed_over_at),
            signed_by=document.signed_by,
        )
    )


#: The later step of a document or fax: the recipient signs for it, once.
DOCUMENT_GUARDS = GuardTable[DocumentTransfer](
    {
        "hand_over": Step(
            checks=(signed_in(msg("登记签收")),),
            applies=lambda document: document.handed_over_at is None,
            not_applicable=_handed_over,
        )
    }
)


@checked
def hand_over_document(session: Session, document_id: int, signed_by: str) -> DocumentTransfer:
    """The document was handed over: the recipient signs, once."""
    document = load_record(session, DocumentTransfer, document_id, msg("文件资料登记"))
    DOCUMENT_GUARDS.require(session, "hand_over", document)
    document.signed_by = _text("signed_by", signed_by, msg("签收人"), 64)
    document.handed_over_at = context.now(session)
    return document


def _may_read(viewer: Staff | None, document: DocumentTransfer) -> bool:
    if viewer is None:
        return False
    return viewer.role in DOCUMENT_READER_ROLES or document.addressee_staff_id == viewer.id


def _entry(document: DocumentTransfer, readable: bool) -> DocumentEntry:
    return DocumentEntry(
        id=document.id,
        number=document.number,
        received_at=document.received_at,
        is_fax=document.is_fax,
        from_party=document.from_party,
        to_party=document.to_party,
        addressee_staff_id=document.addressee_staff_id,
        addressee_room_id=document.addressee_room_id,
        recipient_contact=document.recipient_contact,
        handed_over_at=document.handed_over_at,
        signed_by=document.signed_by,
        description=document.description if readable else None,
    )


def document_details(session: Session, document_id: int) -> DocumentEntry:
    """The document's line with its contents, for the addressee, supervisors,
    department heads and administrators only; anyone else is refused (SPEC 2.8:
    contents are never shown to third parties)."""
    document = load_record(session, DocumentTransfer, document_id, msg("文件资料登记"))
    if not _may_read(context.actor(session), document):
        raise PermissionDeniedError(msg("文件资料内容只向收件人本人、客服主管、部门负责人或系统管理员显示"))
    return _entry(document, readable=True)


def document_entry(session: Session, document_id: int) -> DocumentEntry:
    """One line of the documents and faxes book for the person looking: the contents
    (``description``) only when they may read them, else None (SPEC 2.8)."""
    document = load_record(session, DocumentTransfer, document_id, msg("文件资料登记"))
    return _entry(document, _may_read(context.actor(session), document))


def document_register(
    session: Session, *, pending_only: bool = False, limit: int = 200, offset: int = 0
) -> list[DocumentEntry]:
    """The documents and faxes book, newest first, a page at a time. The contents
    (``description``) are filled in only where the person looking may read them."""
    viewer = context.actor(session)
    query = select(DocumentTransfer).where(DocumentTransfer.voided_at.is_(None))
    if pending_only:
        query = query.where(DocumentTransfer.handed_over_at.is_(None))
    query = (
        query.order_by(DocumentTransfer.received_at.desc(), DocumentTransfer.id.desc())
        .limit(max(limit, 0))
        .offset(max(offset, 0))
    )
    return [_entry(document, _may_read(viewer, document)) for document in session.scalars(query)]


# -- media 媒体采访接待 (R17) ------------------------------------------------------------


def _media_visit(
    session: Session,
    *,
    at: datetime,
    mode: MediaContactMode,
    outlet: str,
    reporter: str,
    topic: str,
    reporter_phone: str | None,
    credentials_checked: bool,
    credentials_note: str | None,
) -> tuple[MediaVisit, list[int]]:
    visit = MediaVisit(
        at=at,
        contact_mode=mode,
        outlet=outlet,
        reporter=reporter,
        reporter_phone=reporter_phone,
        credentials_checked=credentials_checked,
        credentials_note=credentials_note,
        topic=topic,
        # R17: the supervisor is alerted at once (the dashboard's top tile).
        supervisor_notified_at=context.now(session),
        # R17: phone interviews are never accepted; the record says so.
        outcome=PHONE_INTERVIEW_REFUSAL if mode is MediaContactMode.PHONE else None,
    )
    session.add(visit)
    session.flush()
    notifications.on_media(session, visit)  # R17/R23: the supervisors' inbox, at once
    return visit, [staff.id for staff in supervisors_to_notify(session)]


@checked
def register_media_contact(
    session: Session,
    *,
    contact_mode: MediaContactMode,
    outlet: str,
    reporter: str,
    topic: str,
    reporter_phone: str | None = None,
    credentials_checked: bool = False,
    credentials_note: str | None = None,
    at: datetime | None = None,
) -> MediaResult:
    """R17: any media visit or call is recorded and the supervisor alerted at once.

    A phone interview is never accepted: the record is kept, its outcome is the polite
    refusal, and ``interview_refused`` is True. A reporter at the desk is asked to wait
    while the supervisor is called; the counter never gives the interview itself.
    """
    mode = _member(MediaContactMode, contact_mode, "contact_mode", msg("联系方式"))
    visit, notify = _media_visit(
        session,
        at=_moment(session, "at", at, msg("来访/来电时间")),
        mode=mode,
        outlet=_text("outlet", outlet, msg("媒体名称"), 128, rule="R17"),
        reporter=_text("reporter", reporter, msg("记者姓名"), 64, rule="R17"),
        topic=_text("topic", topic, msg("采访主题"), rule="R17"),
        reporter_phone=_optional("reporter_phone", reporter_phone, msg("记者电话"), 32),
        credentials_checked=credentials_checked,
        credentials_note=_optional("credentials_note", credentials_note, msg("证件核验说明"), 255),
    )
    return MediaResult(
        media_visit=visit,
        interview_refused=mode is MediaContactMode.PHONE,
        reply_text=media_reply(mode),
        notify_staff_ids=notify,
    )


def media_reply(mode: MediaContactMode) -> str:
    """R17: what the counter says to the reporter (a phone interview is refused)."""
    return PHONE_INTERVIEW_REFUSAL if mode is MediaContactMode.PHONE else MEDIA_VISIT_REPLY


@checked
def alert_media_contact(session: Session, entry: WorkLogEntry) -> MediaVisit:
    """R17 for a work-log entry whose channel is 媒体: the media record and the
    supervisor's alert, from what the entry says.

    The work log's channel 媒体 does not say whether the reporter phoned or came in, so
    the record is a phone contact: the cautious reading, because R17 never accepts a
    phone interview, so the outcome is the refusal. A reporter at the desk is
    registered with ``register_media_contact(contact_mode=VISIT)`` instead. Outlet and
    reporter come from the entry's caller company and contact name, else 未登记; the
    topic is the entry's content. Credentials are not checked on this path.
    """
    visit, _ = _media_visit(
        session,
        at=entry.received_at,
        mode=MediaContactMode.PHONE,
        outlet=(entry.caller_company or NOT_RECORDED)[:128],
        reporter=(entry.contact_name or NOT_RECORDED)[:64],
        topic=entry.content,
        reporter_phone=entry.contact_phone,
        credentials_checked=False,
        # MediaVisit has no work-log link column: the note says where it came from.
        credentials_note=f"未核验证件（由工作信息记录 {entry.number} 登记）",
    )
    return visit


def _alert_open(session: Session, visit: MediaVisit) -> DomainError | None:
    if visit.alert_acknowledged_at is None:
        return None
    who = session.get(Staff, visit.alert_acknowledged_by_id) if visit.alert_acknowledged_by_id else None
    when = _local(session, visit.alert_acknowledged_at)
    return RuleViolationError(
        msg("{number} 的提醒已由 {name} 于 {value} 确认", number=visit.number, name=who.name, value=when)
        if who is not None
        else msg("{number} 的提醒已于 {value} 确认", number=visit.number, value=when),
        rule="R17",
    )


#: R17: a supervisor or department head takes an open media alert off the dashboard.
MEDIA_GUARDS = GuardTable[MediaVisit](
    {
        "acknowledge": Step(
            checks=(roles(MEDIA_ALERT_ROLES, msg("确认媒体来访提醒"), "R17"), _alert_open),
        )
    }
)


@checked
def acknowledge_media_alert(session: Session, media_visit_id: int, note: str | None = None) -> MediaVisit:
    """R17: a supervisor or department head takes the media alert off the dashboard,
    optionally noting what they decided (appended to the outcome)."""
    # The role first, before the record is looked at (services/permissions.py).
    staff = context.require_role(session, set(MEDIA_ALERT_ROLES), msg("确认媒体来访提醒"), rule="R17")
    visit = load_record(session, MediaVisit, media_visit_id, msg("媒体来访记录"))
    MEDIA_GUARDS.require(session, "acknowledge", visit)
    text = _optional("note", note, msg("处理意见"))
    if text is not None:
        visit.outcome = f"{visit.outcome}\n{staff.name}：{text}" if visit.outcome else f"{staff.name}：{text}"
    visit.alert_acknowledged_at = context.now(session)
    visit.alert_acknowledged_by_id = staff.id
    return visit


def open_media_alerts(session: Session) -> list[MediaVisit]:
    """R17: media contacts not yet acknowledged (and not voided), newest first — the
    top tile of the supervisor dashboard."""
    query = (
        select(MediaVisit)
        .where(MediaVisit.alert_acknowledged_at.is_(None), MediaVisit.voided_at.is_(None))
        .order_by(MediaVisit.at.desc(), MediaVisit.id.desc())
    )
    return list(session.scalars(query))


# -- fee services 收费业务 ---------------------------------------------------------------


def parse_amount(value: Decimal | str) -> Decimal:
    """A fee amount: a plain decimal number (no exponent, no thousands separators),
    at most two decimals, more than 0 and less than 1 000 000; else a FieldError on
    ``amount``."""
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, str):
        text = value.strip()
        if not text:
            raise FieldError("amount", msg("请填写金额"))
        if not _AMOUNT_PATTERN.fullmatch(text):
            raise FieldError(
                "amount", msg("金额格式不正确：{text}（请填写数字，如 50 或 50.00）", text=text[:20])
            )
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise FieldError("amount", msg("金额格式不正确：{text}", text=text[:20])) from None
    else:
        raise FieldError("amount", msg("金额格式不正确"))
    if not amount.is_finite():
        raise FieldError("amount", msg("金额格式不正确"))
    if amount <= 0:
        raise FieldError("amount", msg("金额须大于 0"))
    if amount >= MAX_FEE_AMOUNT:
        raise FieldError("amount", msg("金额须小于 1,000,000 元，请检查"))
    if amount != amount.quantize(CENT):
        raise FieldError("amount", msg("金额最多保留两位小数（角、分）"))
    return amount.quantize(CENT)


@checked
def register_fee_service(
    session: Session,
    *,
    item: FeeItem,
    amount: Decimal | str,
    receipt_number: str,
    room_id: int | None = None,
    client_id: int | None = None,
    payer_name: str | None = None,
    description: str | None = None,
    at: datetime | None = None,
) -> FeeService:
    """A fee taken at the counter (门禁卡, 停车卡, …): item, amount, receipt number.
    The receipt number is unique among fee services not voided; an item 其他 needs a
    description of what was paid for."""
    fee_item = _member(FeeItem, item, "item", msg("收费项目"))
    parsed = parse_amount(amount)
    receipt = _text("receipt_number", receipt_number, msg("收据号"), 64)
    what = _optional("description", description, msg("收费说明"), 255)
    if fee_item is FeeItem.OTHER and what is None:
        raise FieldError("description", msg("收费项目为“其他”时请填写收费说明"))
    taken = session.scalars(
        select(FeeService.number).where(FeeService.receipt_number == receipt, FeeService.voided_at.is_(None))
    ).first()
    if taken is not None:
        raise FieldError(
            "receipt_number", msg("收据号 {receipt} 已用于 {taken}，请检查", receipt=receipt, taken=taken)
        )
    fee = FeeService(
        at=_moment(session, "at", at, msg("收费时间")),
        item=fee_item,
        description=what,
        room_id=_room(session, "room_id", room_id),
        client_id=_client(session, "client_id", client_id),
        payer_name=_optional("payer_name", payer_name, msg("交款人"), 64),
        amount=parsed,
        receipt_number=receipt,
    )
    session.add(fee)
    session.flush()
    return fee
