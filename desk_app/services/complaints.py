"""Complaint lifecycle (SPEC 2.3; rules R1–R8, R12, R19).

    received ──first response──▶ handling ──resolve──▶ resolved ──verify (R5)──▶ verified
        │                            ▲                                         │
        └──────resolve──────────────┐│reopen (R7: dissatisfied, repeat)        ├─callback satisfied─▶ closed
                                    ▼│                                         └─exempt (R6) + 7 days─▶ closed

Every call is one step of one unit of work: it checks the rule, changes the record,
writes the status history and the breaches, and recomputes the stored due times
(``recompute_due_times``) from their inputs, so no due time is ever typed in or stale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session, selectinload

from desk_app.messages import msg
from desk_app.models import Client, Complaint, ComplaintBreach, ComplaintComplainant, ComplaintProgress, Staff
from desk_app.models.admin import AuditLog
from desk_app.models.complaints import ComplaintStatusChange
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ClosureKind,
    ComplaintClass,
    ComplaintClock,
    ComplaintStatus,
    ContactForm,
    RootCause,
    Severity,
    StaffRole,
)
from desk_app.services import context, deadlines, decent_hours, notifications
from desk_app.services.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.records import check_version
from desk_app.services.settings import CommunitySettings, load_settings
from desk_app.services.text import optional_text, required_text

OPEN_STATUSES = frozenset({ComplaintStatus.RECEIVED, ComplaintStatus.HANDLING})
REOPENABLE_STATUSES = frozenset({ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED})
#: R3: a designated handler is chosen by a department head or a supervisor.
DESIGNATING_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})
#: A received time this far ahead of the clock is a typing error, not a clock skew.
FUTURE_TOLERANCE = timedelta(minutes=5)

#: A check of the guard table: the refusal, or None when the step may go ahead.
Check = Callable[[Session, Complaint], DomainError | None]


class DoNotDisturbWarning(RuleViolationError):
    """R12: the client objected to callbacks; the caller must confirm and call again."""

    def __init__(self, client_name: str, reason: str | None) -> None:
        text = (
            msg(
                "客户 {name} 曾表示不愿接受回访或访谈，原因：{reason}。确认仍要记录吗？",
                name=client_name,
                reason=reason,
            )
            if reason
            else msg("客户 {name} 曾表示不愿接受回访或访谈。确认仍要记录吗？", name=client_name)
        )
        super().__init__(text, rule="R12")
        self.reason = reason


@dataclass(frozen=True)
class ClosurePass:
    """What one run of the R7 automatic closure did."""

    closed: tuple[str, ...]
    reopened: tuple[str, ...]


# -- helpers ----------------------------------------------------------------------------


def _aware(field: str, value: datetime | None, session: Session) -> datetime:
    if value is None:
        return context.now(session)
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=context.zone(session))
    return value


def load_complaint(session: Session, complaint_id: int) -> Complaint:
    complaint = session.get(Complaint, complaint_id)
    if complaint is None or complaint.voided_at is not None:
        raise NotFoundError(msg("找不到投诉记录（编号 {complaint_id}），或已作废", complaint_id=complaint_id))
    return complaint


def _set_status(
    session: Session, complaint: Complaint, status: ComplaintStatus, reason: str | None = None
) -> None:
    actor_id = session.info.get("actor_id")
    session.add(
        ComplaintStatusChange(
            complaint=complaint,
            at=context.now(session),
            from_status=complaint.status,
            to_status=status,
            staff_id=actor_id,
            reason=reason,
        )
    )
    complaint.status = status


def _clock_stopped(
    session: Session, complaint: Complaint, clock: ComplaintClock, due: datetime | None, met: datetime
) -> None:
    """Record a breach when a clock is met after its due time (SPEC section 3)."""
    if due is None or met <= due:
        return
    late = context.calendar(session).working_time_between(due, met)
    session.add(
        ComplaintBreach(
            complaint=complaint, clock=clock, due_at=due, met_at=met, late_seconds=int(late.total_seconds())
        )
    )


def _progress_clock_start(complaint: Complaint) -> datetime:
    """R3: the client must hear of progress every N working days, counted from the
    last time they were told, or from receipt or the last reopening."""
    moments = [complaint.received_at]
    if complaint.last_update_at is not None:
        moments.append(complaint.last_update_at)
    moments.extend(
        change.at
        for change in complaint.status_changes
        if change.to_status is ComplaintStatus.HANDLING and change.from_status in REOPENABLE_STATUSES
    )
    return max(moments)


@checked
def recompute_due_times(
    session: Session, complaint: Complaint, settings: CommunitySettings | None = None
) -> None:
    """Derive every stored due time of ``complaint`` from its inputs (channel, class,
    status history, the working calendar and the intervals in the settings; a caller
    recomputing many complaints reads ``settings`` once and passes them)."""
    cal = context.calendar(session)
    settings = settings or load_settings(session)
    complaint.first_response_due = deadlines.first_response_due(complaint.received_at, complaint.channel, cal)
    complaint.handler_due = deadlines.designated_handler_due(complaint.received_at, cal)
    if complaint.status in OPEN_STATUSES:
        complaint.next_update_due = deadlines.progress_update_due(
            _progress_clock_start(complaint), cal, settings.progress_update_working_days
        )
    else:
        complaint.next_update_due = None
    if complaint.complaint_class is ComplaintClass.DEVELOPER and complaint.classified_at is not None:
        complaint.developer_notice_due = deadlines.developer_notice_due(complaint.classified_at, cal)
    else:
        complaint.developer_notice_due = None
    verified = complaint.status is ComplaintStatus.VERIFIED and complaint.verified_at is not None
    if verified and complaint.callback_exemption is None:
        assert complaint.verified_at is not None
        complaint.callback_due = deadlines.callback_due(
            complaint.verified_at, cal, settings.callback_working_days
        )
    else:
        complaint.callback_due = None
    if verified and complaint.callback_exemption is not None and complaint.resolved_at is not None:
        complaint.auto_close_at = deadlines.auto_close_at(complaint.resolved_at)
    else:
        complaint.auto_close_at = None


def explain_due_times(session: Session, complaint: Complaint) -> dict[str, list[str]]:
    """How each stored due time of ``complaint`` was reached, step by step, keyed by
    the column name (``first_response_due`` …, ``auto_close_at``): the sheet's tooltips."""
    cal = context.calendar(session)
    settings = load_settings(session)
    steps: dict[str, list[str]] = {}
    if complaint.first_response_due is not None:
        steps["first_response_due"] = deadlines.explain_first_response(
            complaint.received_at, complaint.channel, cal
        )
    if complaint.handler_due is not None:
        steps["handler_due"] = deadlines.explain_designated_handler(complaint.received_at, cal)
    if complaint.next_update_due is not None:
        steps["next_update_due"] = deadlines.explain_progress_update(
            _progress_clock_start(complaint), cal, settings.progress_update_working_days
        )
    if complaint.developer_notice_due is not None and complaint.classified_at is not None:
        steps["developer_notice_due"] = deadlines.explain_developer_notice(complaint.classified_at, cal)
    if complaint.callback_due is not None and complaint.verified_at is not None:
        steps["callback_due"] = deadlines.explain_callback(
            complaint.verified_at, cal, settings.callback_working_days
        )
    if complaint.auto_close_at is not None and complaint.resolved_at is not None:
        steps["auto_close_at"] = deadlines.explain_auto_close(complaint.resolved_at, cal)
    return steps


def overdue_conditions(now: Any) -> dict[str, ColumnElement[bool]]:
    """The clocks a complaint can be late on, as SQL, keyed ``first`` (R1/R1w first
    response), ``handler`` (R3 designated handler), ``update`` (R3 progress to the
    client), ``notice`` (R4 developer notice) and ``callback`` (R6). ``now`` is an aware
    datetime or a bound parameter read when the query runs (a list left open). The
    dashboard's overdue tiles and the complaint list's overdue filter are these."""
    is_open = Complaint.status.in_(list(OPEN_STATUSES))
    return {
        "first": and_(is_open, Complaint.first_response_at.is_(None), Complaint.first_response_due < now),
        "handler": and_(is_open, Complaint.handler_id.is_(None), Complaint.handler_due < now),
        "update": and_(is_open, Complaint.next_update_due < now),
        "notice": and_(
            Complaint.complaint_class == ComplaintClass.DEVELOPER,
            Complaint.developer_notice_sent_at.is_(None),
            Complaint.developer_notice_due < now,
        ),
        "callback": and_(
            Complaint.status == ComplaintStatus.VERIFIED,
            Complaint.callback_at.is_(None),
            Complaint.callback_due < now,
        ),
    }


@checked
def recompute_open_complaints(session: Session) -> int:
    """After a calendar override or the working hours change: recompute the due times
    of every complaint not closed yet (a stale deadline is a known bug of other
    systems, SPEC section 3). Returns how many were recomputed."""
    session.info.pop("work_calendar", None)
    query = (
        select(Complaint)
        .where(Complaint.status != ComplaintStatus.CLOSED, Complaint.voided_at.is_(None))
        .options(selectinload(Complaint.status_changes))  # the progress clock reads them
    )
    settings = load_settings(session)
    count = 0
    for complaint in session.scalars(query.execution_options(yield_per=500)):
        recompute_due_times(session, complaint, settings)
        count += 1
    return count


# -- the guard table: which step a complaint may take now, and why not ------------------------
#
# Every mutator below refuses through ``GUARDS`` (``GUARDS.require``), and the complaint
# sheet (``desk_app.screens.complaint_sheet``) enables its buttons from the same table, so
# a button is enabled exactly when the step would be accepted. What a step is *given*
# (the text of a response, the chosen handler) is checked by the mutator after the table.


def _open_for(action: str, rule: str) -> Check:
    def check(_session: Session, complaint: Complaint) -> DomainError | None:
        if complaint.status in OPEN_STATUSES:
            return None
        return RuleViolationError(
            msg(
                "投诉 {number} 当前状态为“{status}”，不能{action}",
                number=complaint.number,
                status=complaint.status,
                action=action,
            ),
            rule=rule,
        )

    return check


def _not_closed(template: str, rule: str) -> Check:
    def check(_session: Session, complaint: Complaint) -> DomainError | None:
        if complaint.status is not ComplaintStatus.CLOSED:
            return None
        return RuleViolationError(msg(template, number=complaint.number), rule=rule)

    return check


def _is_web(complaint: Complaint) -> bool:
    return complaint.channel is Channel.WEB


def _not_replied(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.first_response_at is None:
        return None
    return RuleViolationError(msg("投诉 {number} 已回帖", number=complaint.number), rule="R1w")


def _no_first_response(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.first_response_at is None:
        return None
    return RuleViolationError(msg("投诉 {number} 已有首次回应", number=complaint.number), rule="R1")


def _approver(session: Session, _complaint: Complaint) -> DomainError | None:
    """R1w (amended): the department head approves a web reply."""
    try:
        approver = context.actor(session)
    except DomainError as error:
        return error
    if approver is None or approver.role is not StaffRole.DEPARTMENT_HEAD:
        return PermissionDeniedError(msg("网络回帖须由部门负责人审批"), rule="R1w")
    return None


def _drafted(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.web_reply_draft:
        return None
    return RuleViolationError(msg("请先拟写回帖内容"), rule="R1w")


def _approved(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.web_reply_approved_at is not None and complaint.web_reply_draft:
        return None
    return RuleViolationError(msg("回帖内容尚未经部门负责人审批"), rule="R1w")


def _web_only(_complaint: Complaint) -> DomainError:
    return RuleViolationError(msg("只有网络/论坛投诉需要回帖审批"), rule="R1w")


def _not_web(_complaint: Complaint) -> DomainError:
    return RuleViolationError(
        msg("网络投诉的回帖须先拟稿，经部门负责人审批后再回帖（拟稿 → 审批 → 回帖）"), rule="R1w"
    )


def _web_thread(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.channel is Channel.WEB:
        return None
    return RuleViolationError(msg("只有网络/论坛投诉才记录跟帖数"), rule="R8")


def _developer_class(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.complaint_class is ComplaintClass.DEVELOPER:
        return None
    return RuleViolationError(msg("只有二类投诉需要知会地产公司客户关系中心"), rule="R4")


def _notice_not_sent(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.developer_notice_sent_at is None:
        return None
    return RuleViolationError(msg("投诉 {number} 的知会函已于之前发出", number=complaint.number), rule="R4")


def _classified(_session: Session, complaint: Complaint) -> DomainError | None:
    """R2, R9: class, business line and final root cause are known before resolving."""
    if complaint.complaint_class is None:
        return FieldError("complaint_class", msg("请先确定投诉类别（一类/二类/三类）"), rule="R2")
    if complaint.business_line is None:
        return FieldError("business_line", msg("请先选择投诉所属专业"), rule="R2")
    if complaint.root_cause is None:
        return FieldError("root_cause", msg("请先确定投诉的最终原因（人机料法环）"), rule="R9")
    return None


def _verifier(session: Session, _complaint: Complaint) -> DomainError | None:
    """R5: the verification names who verified: a signed-in person."""
    try:
        verifier = context.actor(session)
    except DomainError as error:
        return error
    if verifier is None:
        return FieldError("verified_by_id", msg("验证人不能为空：请以本人账号登录后验证"), rule="R5")
    return None


def _resolved(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.status is ComplaintStatus.RESOLVED:
        return None
    return RuleViolationError(
        msg(
            "投诉 {number} 当前状态为“{status}”，只有已解决的投诉才能验证",
            number=complaint.number,
            status=complaint.status,
        ),
        rule="R5",
    )


def _resolved_or_verified(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED):
        return None
    return RuleViolationError(msg("只有已解决的投诉才能登记免回访"), rule="R6")


def _some_exemption_applies(session: Session, complaint: Complaint) -> DomainError | None:
    if applicable_exemptions(session, complaint):
        return None
    return RuleViolationError(msg("本投诉不符合任何免回访条件"), rule="R6")


def _verified_for_callback(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.status is ComplaintStatus.VERIFIED:
        return None
    return RuleViolationError(
        msg(
            "投诉 {number} 当前状态为“{status}”，回访须在验证合格之后",
            number=complaint.number,
            status=complaint.status,
        ),
        rule="R6",
    )


def _verified_for_closing(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.status is ComplaintStatus.VERIFIED:
        return None
    return RuleViolationError(msg("关闭投诉须先解决并验证合格（R5），再经回访或免回访"), rule="R7")


def _exempt(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.callback_exemption is not None:
        return None
    return RuleViolationError(msg("关闭投诉须回访满意，或登记免回访原因"), rule="R7")


def _seven_days_over(session: Session, complaint: Complaint) -> DomainError | None:
    """R7: an exempt complaint closes seven days after resolution, not before."""
    if complaint.auto_close_at is not None and context.now(session) >= complaint.auto_close_at:
        return None
    due = (complaint.auto_close_at or context.now(session)).astimezone(context.zone(session))
    return RuleViolationError(
        msg("免回访的投诉须在解决七日后（{due:%Y-%m-%d %H:%M}）确认客户未再投诉，方可关闭", due=due),
        rule="R7",
    )


def _no_repeat(session: Session, complaint: Complaint) -> DomainError | None:
    """R7: a repeat complaint within the seven days reopens it instead (the automatic
    closure does that); closing it by hand is refused."""
    repeat = _repeat_complaint(session, complaint)
    if repeat is None:
        return None
    return RuleViolationError(
        msg("七日内同一客户就同一专业再次投诉（{number}），须重新处理，不能关闭", number=repeat.number),
        rule="R7",
    )


def _reopenable(_session: Session, complaint: Complaint) -> DomainError | None:
    if complaint.status in REOPENABLE_STATUSES:
        return None
    return RuleViolationError(
        msg("投诉 {number} 仍在处理中，无需重新打开", number=complaint.number), rule="R7"
    )


#: R3: only a supervisor or a department head designates the handler.
_DESIGNATOR = roles(DESIGNATING_ROLES, msg("指定投诉处理专人"), "R3")

GUARDS = GuardTable[Complaint](
    {
        # the sheet's own fields
        "update_details": Step(checks=(_not_closed("投诉 {number} 已关闭，不能再修改", "R7"),)),
        "classify": Step(checks=(_not_closed("投诉 {number} 已关闭，不能重新分类", "R2"),)),
        "set_root_cause": Step(),  # R9: the final root cause may be corrected at any time
        "set_severity": Step(),
        "mark_group": Step(),
        "flag_extreme_risk": Step(),
        # R8: counting
        "link_complainant": Step(),
        "record_repeat": Step(),
        "record_web_follow_up": Step(checks=(_web_thread,)),
        # R1 / R1w: the first response; a web reply is drafted, approved, posted
        "record_first_response": Step(
            checks=(_no_first_response, _open_for(msg("记录首次回应"), "R1")),
            applies=lambda complaint: not _is_web(complaint),
            not_applicable=_not_web,
        ),
        "draft_web_reply": Step(
            checks=(_not_replied, _open_for(msg("拟稿"), "R1w")),
            applies=_is_web,
            not_applicable=_web_only,
        ),
        "approve_web_reply": Step(
            checks=(_not_replied, _open_for(msg("审批回帖"), "R1w"), _approver, _drafted),
            applies=_is_web,
            not_applicable=_web_only,
        ),
        "post_web_reply": Step(
            checks=(_not_replied, _open_for(msg("回帖"), "R1w"), _approved),
            applies=_is_web,
            not_applicable=_web_only,
        ),
        # R3, R4: handling
        "designate_handler": Step(checks=(_DESIGNATOR, _open_for(msg("指定处理人"), "R3"))),
        "add_progress": Step(checks=(_not_closed("投诉 {number} 已关闭，不能再记录进展", "R3"),)),
        "record_developer_notice": Step(checks=(_developer_class, _notice_not_sent)),
        # R5, R6, R7: resolution, verification, callback, closure
        "resolve": Step(checks=(_open_for(msg("登记处理结果"), "R5"), _classified)),
        "verify": Step(checks=(_verifier, _resolved)),
        "exempt_from_callback": Step(checks=(_resolved_or_verified, _some_exemption_applies)),
        "record_callback": Step(checks=(_verified_for_callback,)),
        "close": Step(
            checks=(
                _not_closed("投诉 {number} 已关闭", "R7"),
                _verified_for_closing,
                _exempt,
                _seven_days_over,
                _no_repeat,
            )
        ),
        "reopen": Step(checks=(_reopenable,)),
    }
)


def available_steps(session: Session, complaint: Complaint) -> list[str]:
    """The steps ``complaint`` may take now, for the acting staff member."""
    return GUARDS.allowed_steps(session, complaint)


# -- registering -------------------------------------------------------------------------


@checked
def register_complaint(
    session: Session,
    *,
    received_at: datetime,
    channel: Channel,
    description: str,
    client_id: int | None = None,
    room_id: int | None = None,
    worklog_entry_id: int | None = None,
    anonymous: bool = False,
    sensitive: bool = False,
    severity: Severity = Severity.GENERAL,
    business_line: BusinessLine | None = None,
    web_thread_url: str | None = None,
) -> Complaint:
    """A new complaint (one record per event, R8) with its clocks started (R1, R3)."""
    received = _aware("received_at", received_at, session)
    if received > context.now(session) + FUTURE_TOLERANCE:
        raise FieldError(
            "received_at", msg("受理时间 {received:%Y-%m-%d %H:%M} 晚于现在，请检查", received=received)
        )
    if client_id is not None and session.get(Client, client_id) is None:
        raise FieldError("client_id", msg("找不到客户（编号 {client_id}）", client_id=client_id))
    complaint = Complaint(
        received_at=received,
        channel=Channel(channel),
        description=required_text("description", description, msg("投诉内容")),
        client_id=None if anonymous else client_id,
        room_id=room_id,
        worklog_entry_id=worklog_entry_id,
        anonymous=anonymous,
        sensitive=sensitive,
        severity=Severity(severity),
        business_line=business_line,
        web_thread_url=optional_text(web_thread_url, "web_thread_url", msg("网络帖子链接"), limit=512),
        status=ComplaintStatus.RECEIVED,
        people_count=1,
        times_count=1,
        web_heat=0,
        reopen_count=0,
    )
    session.add(complaint)
    session.add(
        ComplaintStatusChange(
            complaint=complaint,
            at=context.now(session),
            from_status=None,
            to_status=ComplaintStatus.RECEIVED,
            staff_id=session.info.get("actor_id"),
        )
    )
    session.flush()
    recompute_due_times(session, complaint)
    notifications.on_complaint(session, complaint)  # R23: registered 重大
    return complaint


@checked
def update_details(
    session: Session,
    complaint_id: int,
    *,
    received_at: datetime,
    channel: Channel,
    description: str,
    client_id: int | None = None,
    room_id: int | None = None,
    anonymous: bool = False,
    sensitive: bool = False,
    business_line: BusinessLine | None = None,
    web_thread_url: str | None = None,
    expected_version: int | None = None,
) -> Complaint:
    """Correct the sheet's own fields (who, how, what). The due times follow the new
    receipt time and channel (they are derived, never typed in); a closed complaint is
    not edited any more. ``expected_version``: the version the form loaded
    (``ConflictError`` when someone saved the complaint since)."""
    complaint = load_complaint(session, complaint_id)
    check_version(complaint, expected_version)
    GUARDS.require(session, "update_details", complaint)
    received = _aware("received_at", received_at, session)
    if received > context.now(session) + FUTURE_TOLERANCE:
        raise FieldError(
            "received_at", msg("受理时间 {received:%Y-%m-%d %H:%M} 晚于现在，请检查", received=received)
        )
    if client_id is not None and session.get(Client, client_id) is None:
        raise FieldError("client_id", msg("找不到客户（编号 {client_id}）", client_id=client_id))
    complaint.description = required_text("description", description, msg("投诉内容"))
    complaint.received_at = received
    complaint.channel = Channel(channel)
    complaint.client_id = None if anonymous else client_id
    complaint.room_id = room_id
    complaint.anonymous = anonymous
    complaint.sensitive = sensitive
    complaint.business_line = None if business_line is None else BusinessLine(business_line)
    complaint.web_thread_url = optional_text(web_thread_url, "web_thread_url", msg("网络帖子链接"), limit=512)
    recompute_due_times(session, complaint)
    return complaint


@dataclass(frozen=True)
class HistoryLine:
    """One row of a record's audit history: who changed what, when."""

    at: datetime
    staff_name: str | None
    action: str
    table_name: str
    field: str | None
    old_value: str | None
    new_value: str | None


def complaint_history(session: Session, complaint_id: int, limit: int = 500) -> list[HistoryLine]:
    """The audit log of a complaint and its progress lines, newest first (read-only)."""
    complaint = load_complaint(session, complaint_id)
    progress_keys = [str(entry.id) for entry in complaint.progress]
    owned = (AuditLog.table_name == "complaint") & (AuditLog.record_key == str(complaint.id))
    if progress_keys:
        owned = owned | (
            (AuditLog.table_name == "complaint_progress") & AuditLog.record_key.in_(progress_keys)
        )
    rows = session.execute(
        select(AuditLog, Staff.name)
        .outerjoin(Staff, Staff.id == AuditLog.staff_id)
        .where(owned)
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .limit(limit)
    ).all()
    return [
        HistoryLine(
            at=row.at,
            staff_name=name,
            action=row.action.label,
            table_name=row.table_name,
            field=row.field,
            old_value=row.old_value,
            new_value=row.new_value,
        )
        for row, name in rows
    ]


@checked
def link_complainant(
    session: Session,
    complaint_id: int,
    *,
    client_id: int | None = None,
    name: str | None = None,
    phone: str | None = None,
    room_id: int | None = None,
) -> Complaint:
    """R8: another person complaining about the same event joins this complaint
    (people count + 1) instead of opening a new one."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "link_complainant", complaint)
    if client_id is None and not (name and name.strip()) and not (phone and phone.strip()):
        raise FieldError("client_id", msg("请选择客户，或填写投诉人姓名或电话"), rule="R8")
    if client_id is not None and (
        client_id == complaint.client_id or any(c.client_id == client_id for c in complaint.complainants)
    ):
        raise RuleViolationError(
            msg("该客户已是本投诉的投诉人；同一人再次投诉同一事件请记为投诉次数"), rule="R8"
        )
    complaint.complainants.append(
        ComplaintComplainant(
            client_id=client_id, name=name, phone=phone, room_id=room_id, joined_at=context.now(session)
        )
    )
    complaint.people_count += 1
    notifications.on_complaint(session, complaint)  # R23: 5 people make a group complaint
    return complaint


@checked
def record_repeat(session: Session, complaint_id: int, client_id: int | None = None) -> Complaint:
    """R8: the same event complained about again: times count + 1, not a new record."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "record_repeat", complaint)
    complaint.times_count += 1
    for complainant in complaint.complainants:
        if client_id is not None and complainant.client_id == client_id:
            complainant.times += 1
    return complaint


@checked
def record_web_follow_up(session: Session, complaint_id: int, posts: int = 1) -> Complaint:
    """R8: follow-up posts on a web thread raise its heat (跟帖数); a follow-up with new
    content is a new complaint instead."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "record_web_follow_up", complaint)
    if posts < 1:
        raise FieldError("web_heat", msg("跟帖数必须是正整数（收到 {posts}）", posts=posts), rule="R8")
    complaint.web_heat += posts
    return complaint


# -- handling ------------------------------------------------------------------------------


@checked
def classify(
    session: Session,
    complaint_id: int,
    complaint_class: ComplaintClass,
    *,
    business_line: BusinessLine | None = None,
    root_cause: RootCause | None = None,
    external_body: str | None = None,
    external_report: str | None = None,
) -> Complaint:
    """R2: class 1, 2 or 3. Class 2 starts the developer-notice clock (R4); class 3
    records which external body is coordinating."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "classify", complaint)
    new_class = ComplaintClass(complaint_class)
    if new_class is ComplaintClass.EXTERNAL:
        complaint.external_body = required_text(
            "external_body", external_body, msg("负责协调的外部单位"), rule="R2", limit=128
        )
        complaint.external_report = optional_text(external_report, "external_report", msg("外部单位的报告"))
    if new_class is not complaint.complaint_class:
        complaint.complaint_class = new_class
        complaint.classified_at = context.now(session)
    if business_line is not None:
        complaint.business_line = BusinessLine(business_line)
    if root_cause is not None:
        complaint.root_cause = RootCause(root_cause)
    recompute_due_times(session, complaint)
    return complaint


@checked
def set_root_cause(session: Session, complaint_id: int, root_cause: RootCause) -> Complaint:
    """R9: statistics use the final root cause; it may be corrected at any time."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "set_root_cause", complaint)
    complaint.root_cause = RootCause(root_cause)
    return complaint


@checked
def set_severity(session: Session, complaint_id: int, severity: Severity) -> Complaint:
    """R19: a major complaint (重大投诉) gets its own dossier."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "set_severity", complaint)
    complaint.severity = Severity(severity)
    notifications.on_complaint(session, complaint)  # R23: 重大 → the department head
    return complaint


@checked
def mark_group(session: Session, complaint_id: int, marked: bool = True) -> Complaint:
    """R23: staff mark a complaint 群体 (a group complaint whatever its people count);
    the department head is told."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "mark_group", complaint)
    complaint.group_marked = marked
    notifications.on_complaint(session, complaint)
    return complaint


@checked
def flag_extreme_risk(session: Session, complaint_id: int, note: str) -> Complaint:
    """R23: a risk of extreme behaviour (过激行为) seen in the complainant, with what was
    seen; the department head and 品质管理部 are told."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "flag_extreme_risk", complaint)
    complaint.extreme_risk_note = required_text(
        "extreme_risk_note", note, msg("过激行为风险说明"), rule="R23"
    )
    complaint.extreme_risk = True
    notifications.on_complaint(session, complaint)
    return complaint


@checked
def record_first_response(
    session: Session, complaint_id: int, text: str, at: datetime | None = None
) -> Complaint:
    """R1 / R1w: the first response (处理回应) to the client. A web reply must contain
    concrete measures."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "record_first_response", complaint)
    response = required_text("first_response_text", text, msg("回应内容"), rule="R1")
    when = _aware("at", at, session)
    _first_response(session, complaint, when, response)
    recompute_due_times(session, complaint)
    return complaint


@checked
def draft_web_reply(session: Session, complaint_id: int, text: str) -> Complaint:
    """R1w (amended): the reply to a web post is drafted first (with concrete measures);
    a new draft needs a new approval. The R1w clock keeps running."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "draft_web_reply", complaint)
    complaint.web_reply_draft = required_text(
        "first_response_text", text, msg("回帖内容（须包含具体措施）"), rule="R1w"
    )
    complaint.web_reply_drafted_at = context.now(session)
    complaint.web_reply_approved_at = None
    complaint.web_reply_approved_by_id = None
    notifications.on_web_reply_draft(session, complaint)
    return complaint


@checked
def approve_web_reply(session: Session, complaint_id: int) -> Complaint:
    """R1w (amended): a department head approves the draft ("报部门负责人审批")."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "approve_web_reply", complaint)
    approver = context.actor(session)
    assert approver is not None  # the table asked for a department head
    complaint.web_reply_approved_at = context.now(session)
    complaint.web_reply_approved_by_id = approver.id
    return complaint


@checked
def post_web_reply(session: Session, complaint_id: int, at: datetime | None = None) -> Complaint:
    """R1w (amended): the approved draft is posted; posting is the first response, so
    the time the approval took counts against the R1w due time."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "post_web_reply", complaint)
    assert complaint.web_reply_draft is not None  # the table asked for an approved draft
    _first_response(session, complaint, _aware("at", at, session), complaint.web_reply_draft)
    recompute_due_times(session, complaint)
    return complaint


def _first_response(session: Session, complaint: Complaint, when: datetime, text: str) -> None:
    complaint.first_response_at = when
    complaint.first_response_text = text
    complaint.last_update_at = when
    _clock_stopped(session, complaint, ComplaintClock.FIRST_RESPONSE, complaint.first_response_due, when)
    if complaint.status is ComplaintStatus.RECEIVED:
        _set_status(session, complaint, ComplaintStatus.HANDLING)


@checked
def designate_handler(
    session: Session, complaint_id: int, handler_id: int, department_id: int | None = None
) -> Complaint:
    """R3: a supervisor or department head designates the person in charge (指定专人)."""
    # R3 asks who before which complaint: the person is refused whatever the id.
    refusal = _DESIGNATOR(session, None)
    if refusal is not None:
        raise refusal
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "designate_handler", complaint)
    chooser = context.actor(session)
    assert chooser is not None
    handler = session.get(Staff, handler_id)
    if handler is None or not handler.active or handler.voided_at is not None:
        raise FieldError(
            "handler_id", msg("找不到在职员工（编号 {handler_id}）", handler_id=handler_id), rule="R3"
        )
    when = context.now(session)
    if complaint.handler_id is None:
        _clock_stopped(session, complaint, ComplaintClock.DESIGNATED_HANDLER, complaint.handler_due, when)
    complaint.handler_id = handler.id
    complaint.handler_department_id = department_id if department_id is not None else handler.department_id
    complaint.designated_by_id = chooser.id
    complaint.designated_at = when
    return complaint


@checked
def add_progress(
    session: Session, complaint_id: int, action: str, client_informed: bool, at: datetime | None = None
) -> ComplaintProgress:
    """A line of the progress log. Telling the client restarts R3's update clock (and
    is the first response if there was none)."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "add_progress", complaint)
    text = required_text("action", action, msg("处理进展"))
    when = _aware("at", at, session)
    entry = ComplaintProgress(
        at=when, staff_id=session.info.get("actor_id"), action=text, client_informed=client_informed
    )
    complaint.progress.append(entry)
    if client_informed:
        if complaint.first_response_at is None:
            _first_response(session, complaint, when, text)
        elif complaint.status in OPEN_STATUSES:
            _clock_stopped(
                session, complaint, ComplaintClock.PROGRESS_UPDATE, complaint.next_update_due, when
            )
            complaint.last_update_at = when
    recompute_due_times(session, complaint)
    return entry


@checked
def record_developer_notice(
    session: Session, complaint_id: int, method: str, at: datetime | None = None
) -> Complaint:
    """R4: the written or e-mail notice (知会函) to the developer was sent."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "record_developer_notice", complaint)
    when = _aware("at", at, session)
    complaint.developer_notice_method = required_text(
        "developer_notice_method", method, msg("发送方式（书面/邮件）"), "R4"
    )
    complaint.developer_notice_sent_at = when
    _clock_stopped(session, complaint, ComplaintClock.DEVELOPER_NOTICE, complaint.developer_notice_due, when)
    return complaint


@checked
def resolve(
    session: Session,
    complaint_id: int,
    resolution: str,
    *,
    on_the_spot: bool = False,
    client_confirmed_satisfied: bool = False,
    at: datetime | None = None,
) -> Complaint:
    """The complaint is resolved; class, business line and final root cause must be
    known by now (R2, R9). Resolved on the spot with the client's confirmed
    satisfaction needs no callback (R6 a)."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "resolve", complaint)
    text = required_text("resolution", resolution, msg("处理结果"))
    when = _aware("at", at, session)
    if complaint.first_response_at is None:
        _first_response(session, complaint, when, text)
    complaint.resolution = text
    complaint.resolved_at = when
    complaint.resolved_on_the_spot = on_the_spot
    if on_the_spot and client_confirmed_satisfied:
        complaint.callback_exemption = CallbackExemption.RESOLVED_ON_THE_SPOT
        complaint.callback_exemption_note = "现场解决，客户当场确认满意"
    _set_status(session, complaint, ComplaintStatus.RESOLVED)
    recompute_due_times(session, complaint)
    return complaint


def automatic_exemption(session: Session, complaint: Complaint) -> CallbackExemption | None:
    """R6 (b)–(d): the exemption that follows from the record itself, if any."""
    if complaint.callback_exemption is not None:
        return complaint.callback_exemption
    if complaint.anonymous:
        return CallbackExemption.ANONYMOUS
    if complaint.sensitive:
        return CallbackExemption.SENSITIVE
    client = session.get(Client, complaint.client_id) if complaint.client_id else None
    if client is not None and client.do_not_disturb:
        return CallbackExemption.REFUSES_CONTACT
    if complaint.channel is Channel.WEB and client is None and not complaint.complainants:
        return CallbackExemption.UNREACHABLE_WEB_POSTER
    return None


def applicable_exemptions(session: Session, complaint: Complaint) -> list[CallbackExemption]:
    """R6 (a)–(d): the exemptions the record bears out (the reasons the sheet offers).
    ``NO_CONTACT`` is for repair slips (R20), never a complaint."""
    client = session.get(Client, complaint.client_id) if complaint.client_id else None
    applies = {
        CallbackExemption.RESOLVED_ON_THE_SPOT: complaint.resolved_on_the_spot,
        CallbackExemption.ANONYMOUS: complaint.anonymous,
        CallbackExemption.UNREACHABLE_WEB_POSTER: complaint.channel is Channel.WEB,
        CallbackExemption.SENSITIVE: complaint.sensitive,
        CallbackExemption.REFUSES_CONTACT: client is not None and client.do_not_disturb,
    }
    return [reason for reason, bears_out in applies.items() if bears_out]


@checked
def verify(
    session: Session, complaint_id: int, note: str | None = None, at: datetime | None = None
) -> Complaint:
    """R5: who verified the resolution (验证合格) and when. Starts the callback clock
    (R6), or the 7-day automatic closure when no callback is needed (R7)."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "verify", complaint)
    verifier = context.actor(session)
    assert verifier is not None  # the table asked for a signed-in verifier
    when = _aware("at", at, session)
    complaint.verified_at = when
    complaint.verified_by_id = verifier.id
    complaint.verification_note = note
    exemption = automatic_exemption(session, complaint)
    if exemption is not None and complaint.callback_exemption is None:
        complaint.callback_exemption = exemption
        complaint.callback_exemption_note = f"自动判定：{exemption.label}"
    _set_status(session, complaint, ComplaintStatus.VERIFIED)
    recompute_due_times(session, complaint)
    return complaint


@checked
def exempt_from_callback(
    session: Session, complaint_id: int, exemption: CallbackExemption, note: str | None = None
) -> Complaint:
    """R6: record why no callback is needed; only the four reasons of R6 qualify, and
    only when the record bears them out."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "exempt_from_callback", complaint)
    reason = CallbackExemption(exemption)
    if reason not in applicable_exemptions(session, complaint):
        raise RuleViolationError(msg("本投诉不符合免回访条件“{reason}”", reason=reason), rule="R6")
    complaint.callback_exemption = reason
    complaint.callback_exemption_note = note
    recompute_due_times(session, complaint)
    return complaint


@checked
def record_callback(
    session: Session,
    complaint_id: int,
    *,
    form: ContactForm,
    satisfied: bool,
    comments: str | None = None,
    at: datetime | None = None,
    confirm_do_not_disturb: bool = False,
    call_time_note: str | None = None,
) -> Complaint:
    """R6 callback after verification. Satisfied: closed at callback time (R7).
    Dissatisfied: reopened, and the reopen counts in the statistics. R24: a call or
    visit outside decent hours needs ``call_time_note``."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "record_callback", complaint)
    client = session.get(Client, complaint.client_id) if complaint.client_id else None
    if client is not None and client.do_not_disturb and not confirm_do_not_disturb:
        raise DoNotDisturbWarning(client.name, client.do_not_disturb_reason)
    when = _aware("at", at, session)
    complaint.callback_call_time_note = _call_time(session, ContactForm(form), when, call_time_note)
    complaint.callback_at = when
    complaint.callback_by_id = session.info.get("actor_id")
    complaint.callback_form = ContactForm(form)
    complaint.callback_satisfied = satisfied
    complaint.callback_comments = comments
    _clock_stopped(session, complaint, ComplaintClock.CALLBACK, complaint.callback_due, when)
    if satisfied:
        complaint.closed_at = when
        complaint.closure_kind = ClosureKind.CALLBACK_SATISFIED
        _set_status(session, complaint, ComplaintStatus.CLOSED, "回访满意")
        recompute_due_times(session, complaint)
    else:
        _reopen(
            session, complaint, f"回访不满意（{complaint.callback_form.label}）：{comments or '未填写意见'}"
        )
    return complaint


def _call_time(session: Session, form: ContactForm, when: datetime, note: str | None) -> str | None:
    """R24 for a callback by phone or at the door (a web reply or a questionnaire
    disturbs nobody)."""
    if form not in (ContactForm.PHONE, ContactForm.HOME_VISIT):
        return None
    return decent_hours.check_call_time(context.calendar(session), when, note)


@checked
def reopen(session: Session, complaint_id: int, reason: str) -> Complaint:
    """Back to handling (R7); the earlier cycle stays in the progress log and the status
    history, and the reopen counts in the statistics."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "reopen", complaint)
    _reopen(session, complaint, required_text("reason", reason, msg("重新处理的原因"), rule="R7"))
    return complaint


def _reopen(session: Session, complaint: Complaint, reason: str) -> None:
    if complaint.resolution:
        complaint.progress.append(
            ComplaintProgress(
                at=context.now(session),
                staff_id=session.info.get("actor_id"),
                action=f"重新处理：{reason}。原处理结果：{complaint.resolution}",
                client_informed=False,
            )
        )
    complaint.reopen_count += 1
    for field in (
        "resolution",
        "resolved_at",
        "verified_at",
        "verified_by_id",
        "verification_note",
        "callback_exemption",
        "callback_exemption_note",
        "closed_at",
        "closure_kind",
    ):
        setattr(complaint, field, None)
    complaint.resolved_on_the_spot = False
    _set_status(session, complaint, ComplaintStatus.HANDLING, reason)
    session.flush()
    recompute_due_times(session, complaint)


# -- closure (R7) --------------------------------------------------------------------------


def _repeat_complaint(session: Session, complaint: Complaint) -> Complaint | None:
    """R7: the same client complained again about the same business line within the 7
    days after resolution."""
    if complaint.client_id is None or complaint.resolved_at is None or complaint.auto_close_at is None:
        return None
    return session.scalars(
        select(Complaint)
        .where(
            Complaint.id != complaint.id,
            Complaint.client_id == complaint.client_id,
            Complaint.business_line == complaint.business_line,
            Complaint.voided_at.is_(None),
            Complaint.received_at > complaint.resolved_at,
            Complaint.received_at <= complaint.auto_close_at,
        )
        .order_by(Complaint.received_at)
        .limit(1)
    ).first()


def _close_or_reopen(session: Session, complaint: Complaint) -> bool:
    """Apply R7 to one exempt, verified complaint whose 7 days are over; True if closed."""
    repeat = _repeat_complaint(session, complaint)
    if repeat is not None:
        _reopen(session, complaint, f"七日内同一客户就同一专业再次投诉（{repeat.number}）")
        return False
    _close_after_seven_days(session, complaint)
    return True


def _close_after_seven_days(session: Session, complaint: Complaint) -> None:
    assert complaint.auto_close_at is not None
    complaint.closed_at = complaint.auto_close_at
    complaint.closure_kind = ClosureKind.AUTOMATIC
    _set_status(session, complaint, ComplaintStatus.CLOSED, "免回访，解决后七日自动关闭")
    recompute_due_times(session, complaint)


@checked
def close(session: Session, complaint_id: int) -> Complaint:
    """Close by hand: only what R7 would close anyway. A satisfied callback closes by
    itself; anything else is refused, naming the rule."""
    complaint = load_complaint(session, complaint_id)
    GUARDS.require(session, "close", complaint)
    _close_after_seven_days(session, complaint)
    return complaint


@checked
def run_automatic_closure(session: Session) -> ClosurePass:
    """R7, without anyone pressing a button: every exempt, verified complaint whose
    7 days are over is closed, or reopened when the client complained again about the
    same business line. Idempotent: a second run finds nothing to do."""
    due = session.scalars(
        select(Complaint)
        .where(
            Complaint.status == ComplaintStatus.VERIFIED,
            Complaint.callback_exemption.is_not(None),
            Complaint.auto_close_at <= context.now(session),
            Complaint.voided_at.is_(None),
        )
        .order_by(Complaint.auto_close_at)
    ).all()
    closed: list[str] = []
    reopened: list[str] = []
    for complaint in due:
        (closed if _close_or_reopen(session, complaint) else reopened).append(complaint.number)
    return ClosurePass(tuple(closed), tuple(reopened))


@checked
def void_complaint(session: Session, complaint_id: int, reason: str) -> Complaint:
    """Records are never deleted: a supervisor or department head voids with a reason."""
    staff = context.require_role(session, set(DESIGNATING_ROLES), msg("作废投诉记录"))
    complaint = load_complaint(session, complaint_id)
    complaint.void_reason = required_text("void_reason", reason, msg("作废原因"))
    complaint.voided_at = context.now(session)
    complaint.voided_by_id = staff.id
    return complaint


__all__ = [
    "GUARDS",
    "ClosurePass",
    "DoNotDisturbWarning",
    "HistoryLine",
    "add_progress",
    "applicable_exemptions",
    "approve_web_reply",
    "automatic_exemption",
    "available_steps",
    "classify",
    "close",
    "complaint_history",
    "designate_handler",
    "draft_web_reply",
    "exempt_from_callback",
    "explain_due_times",
    "flag_extreme_risk",
    "link_complainant",
    "load_complaint",
    "mark_group",
    "post_web_reply",
    "recompute_due_times",
    "recompute_open_complaints",
    "record_callback",
    "record_developer_notice",
    "record_first_response",
    "record_repeat",
    "record_web_follow_up",
    "register_complaint",
    "reopen",
    "resolve",
    "run_automatic_closure",
    "set_root_cause",
    "set_severity",
    "update_details",
    "verify",
    "void_complaint",
]
