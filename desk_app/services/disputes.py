"""Neighbour disputes 邻里纠纷处理记录表 (SPEC 2.5).

A dispute names its type and its parties (the complainant's and the respondent's
rooms); the process log records every step, who of the centre took it and which
outside bodies took part (居委会/社区工作站, 业委会, 街道办, 城管, 派出所). Disputes take
long and the log is what proves the centre acted, so a step is never edited away: it
is added, and a closed dispute keeps its log (reopening adds to it).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, Dispute, DisputeStep, RectificationNotice, ReminderCase, Staff
from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError, RuleViolationError
from desk_app.services.permissions import checked
from desk_app.services.records import check_version, require_voiding_role
from desk_app.services.references import find_room
from desk_app.services.text import optional_text, required_text

__all__ = [
    "CLOSED_STATUSES",
    "CLOSED_STATUSES_ORDERED",
    "add_participant",
    "add_step",
    "close_dispute",
    "dispute_links",
    "link_to_dispute",
    "links_of",
    "load_dispute",
    "record_dispute",
    "reopen_dispute",
    "unlink_from_dispute",
    "update_dispute",
    "void_dispute",
]

#: A dispute is over when it was settled, or handed on to an outside body.
CLOSED_STATUSES_ORDERED = (DisputeStatus.RESOLVED, DisputeStatus.REFERRED)
CLOSED_STATUSES = frozenset(CLOSED_STATUSES_ORDERED)
#: A time this far ahead of the clock is a typing error, not a clock skew.
_FUTURE_MINUTES = 5


def load_dispute(session: Session, dispute_id: int) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.voided_at is not None:
        raise NotFoundError(msg("找不到邻里纠纷记录（编号 {dispute_id}），或已作废", dispute_id=dispute_id))
    return dispute


def _moment(session: Session, field: str, value: datetime | None) -> datetime:
    if value is None:
        return context.now(session)
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=context.zone(session))
    now = context.now(session)
    if (value - now).total_seconds() > _FUTURE_MINUTES * 60:
        local = value.astimezone(context.zone(session))
        raise FieldError(field, msg("时间 {local:%Y-%m-%d %H:%M} 晚于现在，请检查", local=local))
    return value


def _dispute_type(value: DisputeType | str) -> DisputeType:
    try:
        return DisputeType(value)
    except ValueError:
        raise FieldError("dispute_type", msg("纠纷类型“{value}”不是可选的值", value=value)) from None


def _client(session: Session, field: str, client_id: int | None) -> int | None:
    if client_id is None:
        return None
    client = session.get(Client, client_id)
    if client is None or client.voided_at is not None:
        raise FieldError(field, msg("找不到客户（编号 {client_id}），或已作废", client_id=client_id))
    return client.id


def _handler(session: Session, handler_id: int | None) -> int | None:
    if handler_id is None:
        return None
    staff = session.get(Staff, handler_id)
    if staff is None or staff.voided_at is not None or not staff.active:
        raise FieldError("handler_id", msg("找不到在职员工（编号 {handler_id}）", handler_id=handler_id))
    return staff.id


def _participants(values: Iterable[DisputeParticipant | str]) -> list[str]:
    """The chosen bodies' codes, each once, in the form's order."""
    if isinstance(values, str):
        raise FieldError("participants", msg("参与单位应为多选列表"))
    chosen: set[DisputeParticipant] = set()
    for value in values:
        try:
            chosen.add(DisputeParticipant(value))
        except ValueError:
            raise FieldError("participants", msg("参与单位“{value}”不是可选的值", value=value)) from None
    return [member.value for member in DisputeParticipant if member in chosen]


def _parties(
    session: Session,
    dispute: Dispute,
    complainant_room: str | None,
    respondent_room: str | None,
    complainant_client_id: int | None,
    respondent_client_id: int | None,
) -> None:
    complainant = find_room(session, complainant_room, "complainant_room")
    respondent = find_room(session, respondent_room, "respondent_room")
    if complainant is None and complainant_client_id is None:
        raise FieldError("complainant_room", msg("请填写投诉方房号（或选择投诉方客户）"))
    if complainant is not None and respondent is not None and complainant.id == respondent.id:
        raise FieldError("respondent_room", msg("被投诉方房号与投诉方相同，请检查"))
    dispute.complainant_room_id = complainant.id if complainant is not None else None
    dispute.respondent_room_id = respondent.id if respondent is not None else None
    dispute.complainant_client_id = _client(session, "complainant_client_id", complainant_client_id)
    dispute.respondent_client_id = _client(session, "respondent_client_id", respondent_client_id)


@checked
def record_dispute(
    session: Session,
    *,
    dispute_type: DisputeType | str,
    description: str,
    complainant_room: str | None = None,
    respondent_room: str | None = None,
    complainant_client_id: int | None = None,
    respondent_client_id: int | None = None,
    opened_at: datetime | None = None,
    handler_id: int | None = None,
) -> Dispute:
    """A new 邻里纠纷处理记录表: type, parties and what the complaint is about
    (checked in the form's order, so the first error is the topmost box)."""
    dispute = Dispute(
        dispute_type=_dispute_type(dispute_type),
        opened_at=_moment(session, "opened_at", opened_at),
        status=DisputeStatus.OPEN,
    )
    _parties(session, dispute, complainant_room, respondent_room, complainant_client_id, respondent_client_id)
    dispute.description = required_text("description", description, msg("纠纷情况"))
    dispute.handler_id = _handler(session, handler_id)
    session.add(dispute)
    session.flush()
    return dispute


@checked
def update_dispute(
    session: Session,
    dispute_id: int,
    *,
    dispute_type: DisputeType | str,
    description: str,
    complainant_room: str | None = None,
    respondent_room: str | None = None,
    complainant_client_id: int | None = None,
    respondent_client_id: int | None = None,
    opened_at: datetime | None = None,
    handler_id: int | None = None,
    expected_version: int | None = None,
) -> Dispute:
    """Correct the sheet's own fields; the process log is only ever added to."""
    dispute = load_dispute(session, dispute_id)
    check_version(dispute, expected_version)
    dispute.dispute_type = _dispute_type(dispute_type)
    if opened_at is not None:
        dispute.opened_at = _moment(session, "opened_at", opened_at)
    _parties(session, dispute, complainant_room, respondent_room, complainant_client_id, respondent_client_id)
    dispute.description = required_text("description", description, msg("纠纷情况"))
    dispute.handler_id = _handler(session, handler_id)
    return dispute


@checked
def add_step(
    session: Session,
    dispute_id: int,
    action: str,
    *,
    participants: Iterable[DisputeParticipant | str] = (),
    result: str | None = None,
    at: datetime | None = None,
) -> DisputeStep:
    """One line of the process log: when, who (the acting staff member), what was done,
    which outside bodies took part and what came of it."""
    dispute = load_dispute(session, dispute_id)
    if dispute.status in CLOSED_STATUSES:
        raise RuleViolationError(
            msg(
                "纠纷 {number} 已结案（{status}），请先重新处理再记录经过",
                number=dispute.number,
                status=dispute.status,
            )
        )
    step = DisputeStep(
        at=_moment(session, "at", at),
        staff_id=session.info.get("actor_id"),
        action=required_text("action", action, msg("处理经过")),
        participants=_participants(participants),
        result=optional_text(result),
    )
    dispute.steps.append(step)
    session.flush()
    return step


@checked
def add_participant(session: Session, step_id: int, participant: DisputeParticipant | str) -> DisputeStep:
    """An outside body that took part in a step after all (added, never removed)."""
    step = session.get(DisputeStep, step_id)
    if step is None or step.voided_at is not None:
        raise NotFoundError(msg("找不到处理经过（编号 {step_id}）", step_id=step_id))
    load_dispute(session, step.dispute_id)
    chosen = _participants([*step.participants, participant])
    if chosen == list(step.participants):
        raise FieldError(
            "participants", msg("“{label}”已在参与单位中", label=DisputeParticipant(participant).label)
        )
    step.participants = chosen
    return step


@checked
def close_dispute(
    session: Session,
    dispute_id: int,
    outcome: str,
    *,
    status: DisputeStatus | str = DisputeStatus.RESOLVED,
    at: datetime | None = None,
) -> Dispute:
    """Settled (已解决) or handed on to an outside body (已移交), with the outcome. A
    dispute without a single recorded step cannot be closed: the log is the proof."""
    dispute = load_dispute(session, dispute_id)
    final = DisputeStatus(status)
    if final not in CLOSED_STATUSES:
        raise FieldError("status", msg("结案状态应为“已解决”或“已移交”"))
    if dispute.status in CLOSED_STATUSES:
        raise RuleViolationError(
            msg("纠纷 {number} 已结案（{status}）", number=dispute.number, status=dispute.status)
        )
    if not any(step.voided_at is None for step in dispute.steps):
        raise RuleViolationError(msg("结案前请至少记录一条处理经过（经过记录是中心已尽责的凭据）"))
    dispute.outcome = required_text("outcome", outcome, msg("处理结果"))
    dispute.closed_at = _moment(session, "closed_at", at)
    dispute.status = final
    return dispute


@checked
def reopen_dispute(session: Session, dispute_id: int, reason: str) -> Dispute:
    """The dispute flared up again: back to open, the reason added to the log."""
    dispute = load_dispute(session, dispute_id)
    if dispute.status not in CLOSED_STATUSES:
        raise RuleViolationError(msg("纠纷 {number} 仍在处理中，无需重新处理", number=dispute.number))
    text = required_text("reason", reason, msg("重新处理的原因"))
    dispute.steps.append(
        DisputeStep(
            at=context.now(session),
            staff_id=session.info.get("actor_id"),
            action=f"重新处理：{text}。原处理结果：{dispute.outcome or '（未填写）'}",
            participants=[],
        )
    )
    dispute.status = DisputeStatus.OPEN
    dispute.closed_at = None
    return dispute


@checked
def void_dispute(session: Session, dispute_id: int, reason: str) -> Dispute:
    """Records are never deleted (SPEC 2): voided with a reason, by a supervisor or a
    department head."""
    text = required_text("void_reason", reason, msg("作废原因"))
    require_voiding_role(session, msg("作废邻里纠纷记录"))
    dispute = load_dispute(session, dispute_id)
    dispute.void_reason = text
    dispute.voided_at = context.now(session)
    dispute.voided_by_id = session.info.get("actor_id")
    return dispute


# -- links: a dispute, its reminder-slip cases and its rectification notices (issue 14) ----


@dataclass(frozen=True)
class DisputeLink:
    """One record linked through a dispute, with its state now (read live, never
    copied). ``kind`` is the navigation key of the screen that opens it."""

    kind: str
    record_id: int
    number: str
    state: str
    summary: str


def _linkable(session: Session, number: str) -> ReminderCase | RectificationNotice:
    """The live reminder case (TX-…) or rectification notice (ZG-…) numbered ``number``."""
    text = required_text("link_number", number, msg("温馨提示或整改通知书编号")).strip().upper()
    prefix = text.split("-", 1)[0]
    record: ReminderCase | RectificationNotice | None
    if prefix == ReminderCase.NUMBER_PREFIX:
        record = session.scalars(
            select(ReminderCase).where(ReminderCase.number == text, ReminderCase.voided_at.is_(None))
        ).first()
    elif prefix == RectificationNotice.NUMBER_PREFIX:
        record = session.scalars(
            select(RectificationNotice).where(
                RectificationNotice.number == text, RectificationNotice.voided_at.is_(None)
            )
        ).first()
    else:
        raise FieldError(
            "link_number",
            msg("编号 {number} 不是温馨提示（TX-…）或整改通知书（ZG-…）", number=text),
        )
    if record is None:
        raise FieldError("link_number", msg("找不到编号为 {number} 的记录，或已作废", number=text))
    return record


@checked
def link_to_dispute(session: Session, dispute_id: int, number: str) -> ReminderCase | RectificationNotice:
    """Store that the reminder case or rectification notice ``number`` belongs to the
    dispute. A record belongs to one dispute at most: linking it elsewhere is refused
    until it is unlinked."""
    dispute = load_dispute(session, dispute_id)
    record = _linkable(session, number)
    if record.dispute_id is not None and record.dispute_id != dispute.id:
        other = session.get(Dispute, record.dispute_id)
        raise RuleViolationError(
            msg(
                "{number} 已关联邻里纠纷 {other}，请先在那里取消关联",
                number=record.number,
                other=other.number if other is not None else record.dispute_id,
            )
        )
    record.dispute_id = dispute.id
    return record


@checked
def unlink_from_dispute(session: Session, dispute_id: int, number: str) -> ReminderCase | RectificationNotice:
    dispute = load_dispute(session, dispute_id)
    record = _linkable(session, number)
    if record.dispute_id != dispute.id:
        raise RuleViolationError(msg("{number} 未关联本纠纷", number=record.number))
    record.dispute_id = None
    return record


def _case_link(case: ReminderCase) -> DisputeLink:
    return DisputeLink(
        "reminder_slips", case.id, case.number, case.status.label, f"{case.kind.label} · {case.location}"
    )


def _notice_link(notice: RectificationNotice) -> DisputeLink:
    return DisputeLink(
        "rectification_notices",
        notice.id,
        notice.number,
        notice.status.label,
        msg("{issue} · 期限 {deadline:%Y-%m-%d}", issue=notice.issue, deadline=notice.deadline),
    )


def dispute_links(session: Session, dispute_id: int) -> list[DisputeLink]:
    """The reminder cases and rectification notices of a dispute, oldest first."""
    cases = session.scalars(
        select(ReminderCase)
        .where(ReminderCase.dispute_id == dispute_id, ReminderCase.voided_at.is_(None))
        .order_by(ReminderCase.opened_at, ReminderCase.id)
    ).all()
    notices = session.scalars(
        select(RectificationNotice)
        .where(RectificationNotice.dispute_id == dispute_id, RectificationNotice.voided_at.is_(None))
        .order_by(RectificationNotice.issued_at, RectificationNotice.id)
    ).all()
    return [*(_case_link(case) for case in cases), *(_notice_link(notice) for notice in notices)]


def links_of(session: Session, record: ReminderCase | RectificationNotice) -> list[DisputeLink]:
    """What a reminder case or a notice is linked to: its dispute first, then the
    dispute's other cases and notices."""
    if record.dispute_id is None:
        return []
    dispute = session.get(Dispute, record.dispute_id)
    if dispute is None or dispute.voided_at is not None:
        return []
    head = DisputeLink(
        "disputes",
        dispute.id,
        dispute.number,
        dispute.status.label,
        f"{dispute.dispute_type.label} · {dispute.description[:30]}",
    )
    own = "reminder_slips" if isinstance(record, ReminderCase) else "rectification_notices"
    others = [
        link for link in dispute_links(session, dispute.id) if (link.kind, link.record_id) != (own, record.id)
    ]
    return [head, *others]
