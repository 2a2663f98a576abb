"""Rectification notices 整改通知书 (SPEC 2.6, R15).

A rectification notice has a mandatory deadline; a refused signature needs a photo or
a witness; past the deadline and not rectified it is overdue and may be escalated to
the authorities, with the notice history (``notice_history``) attached to the letter::

    issued ──service (signed / refused + evidence)──▶ served
       │  inspect: rectified ──▶ rectified (done)
       │  inspect: not rectified ──▶ (stays issued; inspections go on)
       └─ past the deadline, not rectified ──escalate──▶ escalated ──inspect…

The lifecycle's steps are one guard table (``GUARDS``): the mutators refuse through it,
and ``available_steps`` (the screen's buttons) reports from it (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, NoticeInspection, RectificationNotice, Room, Staff
from desk_app.models.attachments import AttachmentOwner
from desk_app.models.enums import NoticeIssue, NoticeStatus, ServiceResult, StaffRole
from desk_app.services import attachments, context
from desk_app.services.errors import DomainError, FieldError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.reminder_cases import centre_name, owners_committee_name
from desk_app.services.text import optional_text, required_text

__all__ = [
    "GUARDS",
    "NOTICE_OWNER",
    "STEPS",
    "InspectionEntry",
    "NoticeEvent",
    "NoticeEventKind",
    "NoticeHistory",
    "OverdueNotice",
    "available_steps",
    "community_today",
    "days_overdue",
    "escalate",
    "issue_notice",
    "load_notice",
    "notice_history",
    "overdue_notices",
    "record_inspection",
    "record_service",
    "report_refusal",
    "void_notice",
]

#: Attachments of a notice (the refusal photo of R15) are filed under this kind.
NOTICE_OWNER = AttachmentOwner.RECTIFICATION_NOTICE
#: Voiding a notice is for a supervisor or department head (as for complaints).
VOIDING_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})


def _local_date(session: Session, instant: datetime) -> date:
    return instant.astimezone(context.zone(session)).date()


# -- rectification notices (R15) ---------------------------------------------------------------


@dataclass(frozen=True)
class OverdueNotice:
    """A notice past its deadline and not rectified (dashboard tile, R15)."""

    notice_id: int
    number: str
    room: str | None
    client_name: str | None
    issue: NoticeIssue
    deadline: date
    days_overdue: int
    service_result: ServiceResult


class NoticeEventKind(StrEnum):
    ISSUED = "issued"
    SERVED = "served"
    INSPECTED = "inspected"
    ESCALATED = "escalated"

    @property
    def label(self) -> str:
        return _EVENT_LABELS[self]


_EVENT_LABELS = {
    NoticeEventKind.ISSUED: "发出",
    NoticeEventKind.SERVED: "送达",
    NoticeEventKind.INSPECTED: "复查",
    NoticeEventKind.ESCALATED: "上报",
}


@dataclass(frozen=True)
class NoticeEvent:
    """One line of a notice's history, in Chinese, for the report letter."""

    at: datetime
    kind: NoticeEventKind
    staff: str | None
    text: str


@dataclass(frozen=True)
class InspectionEntry:
    at: datetime
    staff: str | None
    rectified: bool
    finding: str | None


@dataclass(frozen=True)
class NoticeHistory:
    """Everything the report letter to the authorities attaches (R15): the notice, how
    it was served, every inspection, the escalation; ``events`` in time order."""

    notice_id: int
    number: str
    room: str | None
    client_name: str | None
    issue: NoticeIssue
    issue_description: str
    required_action: str
    deadline: date
    issued_at: datetime
    issued_by: str | None
    #: The issuing parties as printed: the centre, and the owners' committee when joint.
    issuers: tuple[str, ...]
    joint_with_owners_committee: bool
    service_result: ServiceResult
    served_at: datetime | None
    refusal_photo_path: str | None
    refusal_witness: str | None
    #: Photos attached to the notice (not voided): the R15 evidence the letter prints.
    photo_count: int
    inspections: tuple[InspectionEntry, ...]
    status: NoticeStatus
    rectified_at: datetime | None
    escalated_at: datetime | None
    escalated_to: str | None
    events: tuple[NoticeEvent, ...]


def load_notice(session: Session, notice_id: int) -> RectificationNotice:
    notice = session.get(RectificationNotice, notice_id)
    if notice is None or notice.voided_at is not None:
        raise NotFoundError(
            msg("找不到整改通知书（编号 {notice_id}），或已作废", notice_id=notice_id), rule="R15"
        )
    return notice


def community_today(session: Session) -> date:
    """The community's calendar date now."""
    return _local_date(session, context.now(session))


# -- the guard table: which step a notice may take now (R15) ------------------------------------


def _overdue(notice: RectificationNotice, day: date) -> bool:
    """R15: past the deadline and not rectified; the deadline day itself is not late."""
    return notice.status is NoticeStatus.ISSUED and notice.voided_at is None and notice.deadline < day


def _issued(_session: Session, notice: RectificationNotice) -> DomainError | None:
    if notice.status is not NoticeStatus.ISSUED:
        return RuleViolationError(
            msg(
                "整改通知书 {number} 已“{status}”，不能再登记送达", number=notice.number, status=notice.status
            ),
            rule="R15",
        )
    return None


def _not_served(_session: Session, notice: RectificationNotice) -> DomainError | None:
    if notice.service_result is not ServiceResult.PENDING:
        return RuleViolationError(
            msg(
                "整改通知书 {number} 已登记送达结果“{service_result}”",
                number=notice.number,
                service_result=notice.service_result,
            ),
            rule="R15",
        )
    return None


def _not_rectified(_session: Session, notice: RectificationNotice) -> DomainError | None:
    if notice.status is NoticeStatus.RECTIFIED:
        return RuleViolationError(
            msg("整改通知书 {number} 已整改完毕，无需复查", number=notice.number), rule="R15"
        )
    return None


def _overdue_now(session: Session, notice: RectificationNotice) -> DomainError | None:
    """R15: only a notice past its deadline and not rectified is escalated."""
    if _overdue(notice, community_today(session)):
        return None
    if notice.status is not NoticeStatus.ISSUED:
        why = f"当前为“{notice.status.label}”"
    else:
        why = f"整改期限 {notice.deadline:%Y-%m-%d} 尚未过"
    return RuleViolationError(
        msg("整改通知书 {number} 不能上报：{why}", number=notice.number, why=why), rule="R15"
    )


#: R15 for one notice: every step the form offers, and why not.
GUARDS = GuardTable[RectificationNotice](
    {
        "record_service": Step(checks=(_issued, _not_served)),
        "inspect": Step(checks=(_not_rectified,)),
        "escalate": Step(checks=(_overdue_now,)),
        "void": Step(checks=(roles(VOIDING_ROLES, msg("作废整改通知书"), "R15"),)),
    }
)

#: the steps of a saved notice, in the order of the form's buttons
STEPS = tuple(GUARDS.steps)


def available_steps(session: Session, notice: RectificationNotice) -> dict[str, bool]:
    """Which of the form's steps the notice's state allows (``GUARDS``, which the
    mutators refuse through)."""
    return GUARDS.allowed(session, notice)


@checked
def issue_notice(
    session: Session,
    *,
    room_id: int,
    client_id: int | None,
    issue: NoticeIssue,
    issue_description: str,
    required_action: str,
    deadline: date | None,
    joint_with_owners_committee: bool = False,
) -> RectificationNotice:
    """Issue a rectification notice (R15): room, issue, what must be done and a deadline
    (mandatory, not before today); optionally jointly with the owners' committee."""
    if room_id is None or session.get(Room, room_id) is None:
        raise FieldError("room_id", msg("找不到房间（编号 {room_id}）", room_id=room_id), rule="R15")
    if client_id is not None:
        client = session.get(Client, client_id)
        if client is None or client.voided_at is not None:
            raise FieldError(
                "client_id", msg("找不到客户（编号 {client_id}）", client_id=client_id), rule="R15"
            )
    if deadline is None:
        raise FieldError("deadline", msg("整改通知书必须写明整改期限"), rule="R15")
    if isinstance(deadline, datetime):
        deadline = _local_date(session, deadline) if deadline.tzinfo is not None else deadline.date()
    current = community_today(session)
    if deadline < current:
        raise FieldError(
            "deadline",
            msg(
                "整改期限 {deadline:%Y-%m-%d} 早于今天（{current:%Y-%m-%d}）",
                deadline=deadline,
                current=current,
            ),
            rule="R15",
        )
    notice = RectificationNotice(
        room_id=room_id,
        client_id=client_id,
        issue=NoticeIssue(issue),
        issue_description=required_text(
            "issue_description", issue_description, msg("存在的问题"), rule="R15"
        ),
        required_action=required_text("required_action", required_action, msg("整改要求"), rule="R15"),
        deadline=deadline,
        issued_at=context.now(session),
        issued_by_id=session.info.get("actor_id"),
        joint_with_owners_committee=joint_with_owners_committee,
        service_result=ServiceResult.PENDING,
        status=NoticeStatus.ISSUED,
    )
    session.add(notice)
    session.flush()
    return notice


@checked
def record_service(
    session: Session,
    notice_id: int,
    result: ServiceResult,
    photo_path: str | None = None,
    witness: str | None = None,
) -> RectificationNotice:
    """How the notice was served (R15). A refused signature needs photo evidence or a
    witness (拍照取证，或请业委会、居委会/社区工作站人员到场证明). With a signature the
    photo and witness are not recorded: they are the evidence of a refusal."""
    notice = load_notice(session, notice_id)
    outcome = ServiceResult(result)
    GUARDS.require(session, "record_service", notice)
    if outcome is ServiceResult.PENDING:
        raise FieldError("service_result", msg("请选择送达结果：客户已签收或客户拒签"), rule="R15")
    if outcome is ServiceResult.REFUSED:
        photo = optional_text(photo_path)
        who = optional_text(witness)
        if photo is None and who is None and not attachments.has_photo(session, NOTICE_OWNER, notice.id):
            raise FieldError(
                "refusal_witness",
                msg("客户拒签时须拍照取证（在“附件”中添加照片）或登记到场见证人"),
                rule="R15",
            )
        if photo is not None and len(photo) > 512:
            raise FieldError("refusal_photo_path", msg("照片路径不能超过 512 个字"), rule="R15")
        if who is not None and len(who) > 128:
            raise FieldError("refusal_witness", msg("见证人不能超过 128 个字"), rule="R15")
        notice.refusal_photo_path = photo
        notice.refusal_witness = who
    notice.service_result = outcome
    notice.served_at = context.now(session)
    return notice


@checked
def record_inspection(session: Session, notice_id: int, rectified: bool, finding: str) -> NoticeInspection:
    """A follow-up inspection (R15). Rectified: the notice is done. Inspections go on
    after an escalation (the authorities' action is followed up too)."""
    notice = load_notice(session, notice_id)
    GUARDS.require(session, "inspect", notice)
    text = required_text("finding", finding, msg("复查情况"), rule="R15")
    when = context.now(session)
    inspection = NoticeInspection(
        at=when, staff_id=session.info.get("actor_id"), rectified=rectified, finding=text
    )
    notice.inspections.append(inspection)
    if rectified:
        notice.status = NoticeStatus.RECTIFIED
        notice.rectified_at = when
    session.flush()
    return inspection


def days_overdue(session: Session, notice: RectificationNotice, today: date | None = None) -> int | None:
    """R15: how many days ``notice`` is past its deadline and not rectified (the form's
    red flag), or None when it is not overdue."""
    day = today if today is not None else community_today(session)
    return (day - notice.deadline).days if _overdue(notice, day) else None


def overdue_notices(session: Session, today: date | None = None) -> list[OverdueNotice]:
    """Notices still issued whose deadline is before ``today`` (default: the community's
    date now), oldest deadline first (R15, dashboard)."""
    day = today if today is not None else _local_date(session, context.now(session))
    # plain columns, not notice objects: the dashboard runs this on every refresh
    rows = session.execute(
        select(
            RectificationNotice.id,
            RectificationNotice.number,
            RectificationNotice.issue,
            RectificationNotice.deadline,
            RectificationNotice.service_result,
            Room.code,
            Client.name,
        )
        .outerjoin(Room, Room.id == RectificationNotice.room_id)
        .outerjoin(Client, Client.id == RectificationNotice.client_id)
        .where(
            RectificationNotice.status == NoticeStatus.ISSUED,
            RectificationNotice.voided_at.is_(None),
            RectificationNotice.deadline < day,
        )
        .order_by(RectificationNotice.deadline, RectificationNotice.id)
    ).all()
    return [
        OverdueNotice(
            notice_id=notice_id,
            number=number,
            room=room,
            client_name=client,
            issue=issue,
            deadline=deadline,
            days_overdue=(day - deadline).days,
            service_result=service_result,
        )
        for notice_id, number, issue, deadline, service_result, room, client in rows
    ]


@checked
def escalate(session: Session, notice_id: int, to: str) -> RectificationNotice:
    """R15: an overdue notice is reported to the authorities (街道办、城管、规划…); the
    letter prints ``notice_history``. Only overdue notices can be escalated."""
    notice = load_notice(session, notice_id)
    GUARDS.require(session, "escalate", notice)
    body = required_text("escalated_to", to, msg("上报单位"), rule="R15")
    if len(body) > 128:
        raise FieldError("escalated_to", msg("上报单位不能超过 128 个字"), rule="R15")
    notice.status = NoticeStatus.ESCALATED
    notice.escalated_at = context.now(session)
    notice.escalated_to = body
    return notice


@checked
def void_notice(session: Session, notice_id: int, reason: str) -> RectificationNotice:
    """Records are never deleted: a supervisor or department head voids with a reason."""
    staff = context.require_role(session, set(VOIDING_ROLES), msg("作废整改通知书"), rule="R15")
    notice = load_notice(session, notice_id)
    GUARDS.require(session, "void", notice)
    notice.void_reason = required_text("void_reason", reason, msg("作废原因"))
    notice.voided_at = context.now(session)
    notice.voided_by_id = staff.id
    return notice


def report_refusal(
    number: str, status: NoticeStatus, deadline: date, today: date
) -> RuleViolationError | None:
    """R15: why the report letter to the authorities cannot be printed for this notice
    now, or None when it can (past its deadline and not rectified). The notice screen
    offers the letter by it and the printout refuses by it."""
    if status is NoticeStatus.RECTIFIED:
        return RuleViolationError(
            msg("整改通知书 {number} 已整改完毕，无需打印逾期情况报告", number=number), rule="R15"
        )
    if status is NoticeStatus.ISSUED and deadline >= today:
        return RuleViolationError(
            msg(
                "整改通知书 {number} 的整改期限（{deadline}）尚未过，不能打印逾期情况报告",
                number=number,
                deadline=_cn_date(deadline),
            ),
            rule="R15",
        )
    return None


def _staff_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids)))
    return {staff_id: name for staff_id, name in rows}


def _cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _inspection_text(row: NoticeInspection) -> str:
    """``未整改：阳台仍堆放杂物``; a finding that already says 未整改/已整改 (or 仍未整改)
    is not prefixed again (never "未整改：未整改")."""
    verdict = "已整改" if row.rectified else "未整改"
    finding = (row.finding or "").strip()
    if not finding:
        return verdict
    if verdict in finding:
        return finding
    return f"{verdict}：{finding}"


def notice_history(session: Session, notice_id: int) -> NoticeHistory:
    """The notice with its service, inspections and escalation, as plain data (R15)."""
    notice = load_notice(session, notice_id)
    zone = context.zone(session)
    inspections = sorted(notice.inspections, key=lambda row: (row.at, row.id))
    inspections = [row for row in inspections if row.voided_at is None]
    names = _staff_names(
        session,
        {i for i in [notice.issued_by_id, *(row.staff_id for row in inspections)] if i is not None},
    )
    issued_by = names.get(notice.issued_by_id) if notice.issued_by_id is not None else None
    centre = centre_name(session)
    issuers = (centre, owners_committee_name(session)) if notice.joint_with_owners_committee else (centre,)
    events: list[NoticeEvent] = [
        NoticeEvent(
            notice.issued_at,
            NoticeEventKind.ISSUED,
            issued_by,
            f"{'、'.join(issuers)}发出整改通知书（{notice.issue.label}），"
            f"要求于{_cn_date(notice.deadline)}前整改：{notice.required_action}",
        )
    ]
    photo_count = len(attachments.photos(session, NOTICE_OWNER, notice.id))
    if notice.served_at is not None:
        # The photos themselves are printed with the letter; a file path typed in by
        # hand (older records) means nothing on paper and is not repeated here.
        took_photos = photo_count or notice.refusal_photo_path
        evidence = [
            ("拍照取证" + (f"，附照片{photo_count}张" if photo_count else "")) if took_photos else "",
            f"见证人：{notice.refusal_witness}" if notice.refusal_witness else "",
        ]
        detail = "；".join(part for part in evidence if part)
        events.append(
            NoticeEvent(
                notice.served_at,
                NoticeEventKind.SERVED,
                None,
                notice.service_result.label + (f"（{detail}）" if detail else ""),
            )
        )
    entries: list[InspectionEntry] = []
    for row in inspections:
        staff = names.get(row.staff_id) if row.staff_id is not None else None
        entries.append(InspectionEntry(row.at, staff, row.rectified, row.finding))
        events.append(NoticeEvent(row.at, NoticeEventKind.INSPECTED, staff, _inspection_text(row)))
    if notice.escalated_at is not None:
        local = notice.escalated_at.astimezone(zone).date()
        late = (local - notice.deadline).days
        events.append(
            NoticeEvent(
                notice.escalated_at,
                NoticeEventKind.ESCALATED,
                None,
                f"逾期 {late} 天未整改，上报{notice.escalated_to}",
            )
        )
    order = {kind: index for index, kind in enumerate(NoticeEventKind)}
    events.sort(key=lambda event: (event.at, order[event.kind]))
    room = session.get(Room, notice.room_id) if notice.room_id is not None else None
    client = session.get(Client, notice.client_id) if notice.client_id is not None else None
    return NoticeHistory(
        notice_id=notice.id,
        number=notice.number,
        room=room.code if room is not None else None,
        client_name=client.name if client is not None else None,
        issue=notice.issue,
        issue_description=notice.issue_description,
        required_action=notice.required_action,
        deadline=notice.deadline,
        issued_at=notice.issued_at,
        issued_by=issued_by,
        issuers=issuers,
        joint_with_owners_committee=notice.joint_with_owners_committee,
        service_result=notice.service_result,
        served_at=notice.served_at,
        refusal_photo_path=notice.refusal_photo_path,
        refusal_witness=notice.refusal_witness,
        photo_count=photo_count,
        inspections=tuple(entries),
        status=notice.status,
        rectified_at=notice.rectified_at,
        escalated_at=notice.escalated_at,
        escalated_to=notice.escalated_to,
        events=tuple(events),
    )
