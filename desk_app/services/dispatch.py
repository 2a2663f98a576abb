"""Dispatch and coordination slips 派工单 / 协调单: made by a repair report (SPEC 2.2)
or a report letter (R18), and followed to completion and callback (R20).

The lifecycle (R20), one guard table (``GUARDS``: the mutators refuse through it, the
screen and ``available_steps`` report from it, so a button never disagrees with the rule):

    issued ──accept──▶ accepted ──arrive──▶ arrived ──complete──▶ done ──callback──▶ called back
      │                                                            │   (or exempt, R6 a/b/d)
      └── assign (department, assignee, due time): any time before done
    done ──reopen (返工, or a dissatisfied callback)──▶ open again

Due time (R20): typed in, or by default — urgent: 1 clock hour after issue (an
emergency does not wait for office hours); otherwise N working hours after issue, N by
the slip's business line from the settings (built in: 安全 2, 维修/工程 4, 清洁 4,
停车 4, 客服 4, anything else one working day). Overdue: not done and ``now`` past the
due time (at the due time itself it is still on time, as for the complaint clocks).

Callback (R6 for repairs): a done repair is called back within the callback working
days of the settings, by the receptionist who logged it, unless (a) the client
confirmed satisfaction on the spot, (b) there is nobody to call (anonymous, a common
part with no contact), or (d) the client refuses callbacks (R12). Satisfied: the slip's
story ends; dissatisfied: the slip is open again (返工) with the client's words kept.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, Department, DispatchSlip, Staff, WorkLogEntry
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    ContactForm,
    DispatchKind,
    DispatchStatus,
)
from desk_app.services import context, decent_hours
from desk_app.services.errors import DomainError, FieldError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step
from desk_app.services.permissions import checked
from desk_app.services.settings import load_settings
from desk_app.services.text import optional_text, required_text

#: R20: an urgent slip is due this long after issue, day or night.
URGENT_DUE = timedelta(hours=1)
#: A time typed this far ahead of the clock is a typing error, not a clock skew.
FUTURE_TOLERANCE = timedelta(minutes=5)


# -- due time (R20) ---------------------------------------------------------------------


def default_due(
    session: Session, issued_at: datetime, business_line: BusinessLine | None, urgent: bool
) -> datetime:
    """R20: the due time a slip gets when nobody typed one."""
    if urgent:
        return issued_at + URGENT_DUE
    hours = load_settings(session).dispatch_due_hours(business_line.value if business_line else None)
    return context.calendar(session).add_working_time(issued_at, timedelta(hours=hours))


def explain_due(session: Session, slip: DispatchSlip) -> str:
    """One line saying where the slip's due time comes from (shown on the form)."""
    if slip.due_at is None:
        return msg("未设要求完成时间")
    due = slip.due_at.astimezone(context.zone(session))
    if slip.due_set_by_hand:
        return msg("要求完成 {due:%Y-%m-%d %H:%M}（手工指定）", due=due)
    if slip.urgent:
        return msg("要求完成 {due:%Y-%m-%d %H:%M}（紧急：派单后 1 小时，不论是否工作时间）", due=due)
    line = slip.business_line
    hours = load_settings(session).dispatch_due_hours(line.value if line else None)
    return msg(
        "要求完成 {due:%Y-%m-%d %H:%M}（{line}：派单后 {hours} 个工作小时）",
        due=due,
        line=line.label if line else msg("未分专业"),
        hours=hours,
    )


def _set_due(session: Session, slip: DispatchSlip, due_at: datetime | None) -> None:
    if due_at is not None:
        due = _aware("due_at", due_at, session)
        if due <= slip.issued_at:
            raise FieldError("due_at", msg("要求完成时间必须晚于派单时间"), rule="R20")
        slip.due_at, slip.due_set_by_hand = due, True
    else:
        slip.due_at = default_due(session, slip.issued_at, slip.business_line, slip.urgent)
        slip.due_set_by_hand = False


def _aware(field: str, value: datetime, session: Session) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=context.zone(session))
    return value


def _check_people(session: Session, department_id: int | None, staff_id: int | None) -> None:
    if department_id is not None and session.get(Department, department_id) is None:
        raise FieldError(
            "assigned_department_id", msg("找不到部门（编号 {department_id}）", department_id=department_id)
        )
    if staff_id is not None:
        staff = session.get(Staff, staff_id)
        if staff is None or not staff.active:
            raise FieldError(
                "assigned_staff_id", msg("找不到接单人（员工编号 {staff_id}）", staff_id=staff_id)
            )


# -- the guard table: which step a slip may take now (R20, R6) ---------------------------------


def _open_for(action: str) -> Callable[[Session, DispatchSlip], DomainError | None]:
    """A done slip takes no more assignment or report (R20)."""

    def check(_session: Session, slip: DispatchSlip) -> DomainError | None:
        if slip.status is DispatchStatus.DONE:
            return RuleViolationError(
                msg(
                    "{kind} {number} 已完成，不能再{action}",
                    kind=slip.kind,
                    number=slip.number,
                    action=action,
                ),
                rule="R20",
            )
        return None

    return check


def _not_accepted(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.accepted_at is not None:
        return RuleViolationError(msg("{number} 已登记接单", number=slip.number), rule="R20")
    return None


def _not_arrived(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.arrived_at is not None:
        return RuleViolationError(msg("{number} 已登记到场", number=slip.number), rule="R20")
    return None


def _not_done(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.status is DispatchStatus.DONE:
        return RuleViolationError(
            msg("{kind} {number} 已完成，不能重复登记完成", kind=slip.kind, number=slip.number)
        )
    return None


def _done_for_callback(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.status is not DispatchStatus.DONE:
        return RuleViolationError(msg("{number} 尚未完成，回访须在完成之后", number=slip.number), rule="R6")
    return None


def _not_called_back(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.callback_at is not None:
        return RuleViolationError(msg("{number} 已回访", number=slip.number), rule="R6")
    return None


def _callback_owed(_session: Session, slip: DispatchSlip) -> DomainError | None:
    """R6 (a), (b), (d): a slip exempt from the callback has none to record."""
    if slip.callback_exemption is not None:
        return RuleViolationError(
            msg("已完成，免回访：{reason}", reason=slip.callback_exemption.label), rule="R6"
        )
    return None


def _done_for_reopen(_session: Session, slip: DispatchSlip) -> DomainError | None:
    if slip.status is not DispatchStatus.DONE:
        return RuleViolationError(
            msg("{kind} {number} 尚未完成，无需重新打开", kind=slip.kind, number=slip.number)
        )
    return None


#: R20 and R6 for one slip: every step the form offers, and why not.
GUARDS = GuardTable[DispatchSlip](
    {
        "assign": Step(checks=(_open_for(msg("改派")),)),
        "accept": Step(checks=(_open_for(msg("登记接单")), _not_accepted)),
        "arrive": Step(checks=(_open_for(msg("登记到场")), _not_arrived)),
        "complete": Step(checks=(_not_done,)),
        "callback": Step(checks=(_done_for_callback, _not_called_back, _callback_owed)),
        "reopen": Step(checks=(_done_for_reopen,)),
    }
)


# -- creating and assigning -----------------------------------------------------------------


@checked
def create_dispatch_slip(
    session: Session,
    *,
    content: str,
    issued_at: datetime,
    kind: DispatchKind = DispatchKind.DISPATCH,
    worklog_entry: WorkLogEntry | None = None,
    room_id: int | None = None,
    contact_name: str | None = None,
    contact_phone: str | None = None,
    assigned_department_id: int | None = None,
    assigned_staff_id: int | None = None,
    business_line: BusinessLine | None = None,
    urgent: bool = False,
    due_at: datetime | None = None,
) -> DispatchSlip:
    """A 派工单 (repair) or 协调单 (coordination), numbered PG-…, with its due time
    (typed, or the R20 default); printed by the printing module."""
    _check_people(session, assigned_department_id, assigned_staff_id)
    slip = DispatchSlip(
        kind=DispatchKind(kind),
        worklog_entry=worklog_entry,
        room_id=room_id,
        contact_name=contact_name,
        contact_phone=contact_phone,
        content=required_text("content", content, msg("派工内容")),
        issued_at=_aware("issued_at", issued_at, session),
        assigned_department_id=assigned_department_id,
        assigned_staff_id=assigned_staff_id,
        business_line=BusinessLine(business_line) if business_line is not None else None,
        urgent=urgent,
        status=DispatchStatus.OPEN,
    )
    _set_due(session, slip, due_at)
    session.add(slip)
    return slip


def load_dispatch_slip(session: Session, slip_id: int) -> DispatchSlip:
    slip = session.get(DispatchSlip, slip_id)
    if slip is None or slip.voided_at is not None:
        raise NotFoundError(msg("找不到派工单（编号 {slip_id}），或已作废", slip_id=slip_id))
    return slip


@checked
def assign_dispatch_slip(
    session: Session,
    slip_id: int,
    *,
    assigned_department_id: int | None,
    assigned_staff_id: int | None,
    business_line: BusinessLine | None = None,
    urgent: bool = False,
    due_at: datetime | None = None,
) -> DispatchSlip:
    """R20: department, assignee, business line, urgency and due time of a slip not
    done yet. ``due_at`` None: the default due time (recomputed from the new inputs);
    a typed one is kept as typed."""
    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "assign", slip)
    _check_people(session, assigned_department_id, assigned_staff_id)
    slip.assigned_department_id = assigned_department_id
    slip.assigned_staff_id = assigned_staff_id
    slip.business_line = BusinessLine(business_line) if business_line is not None else None
    slip.urgent = urgent
    _set_due(session, slip, due_at)
    return slip


# -- the technician's report, entered at the counter ------------------------------------------


def _report_time(session: Session, slip: DispatchSlip, field: str, at: datetime | None) -> datetime:
    now = context.now(session)
    when = _aware(field, at, session) if at is not None else now
    if when > now + FUTURE_TOLERANCE:
        raise FieldError(field, msg("时间 {when:%Y-%m-%d %H:%M} 晚于现在，请检查", when=when), rule="R20")
    if when < slip.issued_at:
        raise FieldError(field, msg("时间不能早于派单时间"), rule="R20")
    return when


@checked
def record_accepted(session: Session, slip_id: int, at: datetime | None = None) -> DispatchSlip:
    """R20: the technician took the job (接单)."""
    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "accept", slip)
    slip.accepted_at = _report_time(session, slip, "accepted_at", at)
    return slip


@checked
def record_arrived(session: Session, slip_id: int, at: datetime | None = None) -> DispatchSlip:
    """R20: the technician is on site (到场); taking the job is implied if not logged."""
    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "arrive", slip)
    when = _report_time(session, slip, "arrived_at", at)
    if slip.accepted_at is not None and when < slip.accepted_at:
        raise FieldError("arrived_at", msg("到场时间不能早于接单时间"), rule="R20")
    if slip.accepted_at is None:
        slip.accepted_at = when
    slip.arrived_at = when
    return slip


def callback_exemption(session: Session, slip: DispatchSlip) -> CallbackExemption | None:
    """R6 for repairs: why a done slip needs no callback, if it needs none."""
    if slip.confirmed_on_the_spot:
        return CallbackExemption.RESOLVED_ON_THE_SPOT
    entry = slip.worklog_entry
    client = session.get(Client, entry.client_id) if entry is not None and entry.client_id else None
    if client is not None and client.do_not_disturb:
        return CallbackExemption.REFUSES_CONTACT
    if entry is not None and entry.anonymous:
        return CallbackExemption.ANONYMOUS
    if client is None and not slip.contact_phone:
        return CallbackExemption.NO_CONTACT
    return None


@checked
def complete_dispatch_slip(
    session: Session,
    slip_id: int,
    result: str,
    *,
    materials: str | None = None,
    at: datetime | None = None,
    confirmed_on_the_spot: bool = False,
) -> DispatchSlip:
    """The work of an open slip was done: what was done (完成情况), the materials used,
    and when; once. Starts the R6 callback clock, or records why none is needed."""
    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "complete", slip)
    text = required_text("result", result, msg("完成情况"))
    when = _report_time(session, slip, "completed_at", at)
    if slip.arrived_at is not None and when < slip.arrived_at:
        raise FieldError("completed_at", msg("完成时间不能早于到场时间"), rule="R20")
    slip.result = text
    slip.materials = optional_text(materials, "materials", msg("所用材料"), 4000)
    slip.completed_at = when
    slip.confirmed_on_the_spot = confirmed_on_the_spot
    slip.status = DispatchStatus.DONE
    slip.callback_at = slip.callback_form = slip.callback_satisfied = slip.callback_comments = None
    slip.callback_by_id = None
    exemption = callback_exemption(session, slip)
    slip.callback_exemption = exemption
    slip.callback_exemption_note = (
        msg("自动判定：{reason}", reason=exemption.label).source if exemption else None
    )
    if exemption is None:
        days = load_settings(session).callback_working_days
        slip.callback_due = context.calendar(session).add_working_days(when, days)
    else:
        slip.callback_due = None
    return slip


@checked
def record_callback(
    session: Session,
    slip_id: int,
    *,
    form: ContactForm,
    satisfied: bool,
    comments: str | None = None,
    at: datetime | None = None,
    confirm_do_not_disturb: bool = False,
    call_time_note: str | None = None,
) -> DispatchSlip:
    """R6 callback after a done repair. Satisfied: done for good. Dissatisfied: the
    slip is open again (返工), the client's words in its result."""
    from desk_app.services.complaints import DoNotDisturbWarning

    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "callback", slip)
    entry = slip.worklog_entry
    client = session.get(Client, entry.client_id) if entry is not None and entry.client_id else None
    if client is not None and client.do_not_disturb and not confirm_do_not_disturb:
        raise DoNotDisturbWarning(client.name, client.do_not_disturb_reason)
    when = _report_time(session, slip, "callback_at", at)
    if ContactForm(form) in (ContactForm.PHONE, ContactForm.HOME_VISIT):  # R24
        slip.callback_call_time_note = decent_hours.check_call_time(
            context.calendar(session), when, call_time_note
        )
    slip.callback_at = when
    slip.callback_by_id = session.info.get("actor_id")
    slip.callback_form = ContactForm(form)
    slip.callback_satisfied = satisfied
    slip.callback_comments = optional_text(comments, "callback_comments", msg("回访意见"), 4000)
    if not satisfied:
        _reopen(
            session,
            slip,
            msg(
                "回访不满意（{form}）：{comments}",
                form=slip.callback_form.label,
                comments=slip.callback_comments or msg("未填写意见"),
            ),
        )
    return slip


@checked
def reopen_dispatch_slip(session: Session, slip_id: int, reason: str) -> DispatchSlip:
    """A completed slip whose work did not hold (返工): open again, the reason kept in
    its result."""
    slip = load_dispatch_slip(session, slip_id)
    GUARDS.require(session, "reopen", slip)
    _reopen(session, slip, required_text("reopen_reason", reason, msg("重新打开的原因")))
    return slip


def _reopen(session: Session, slip: DispatchSlip, why: str) -> None:
    stamp = f"{context.now(session).astimezone(context.zone(session)):%Y-%m-%d %H:%M}"
    line = msg("{stamp} 重新打开：{why}", stamp=stamp, why=why).source
    slip.result = f"{slip.result}\n{line}" if slip.result else line
    slip.completed_at = None
    slip.arrived_at = None
    slip.callback_due = None
    slip.callback_exemption = None
    slip.callback_exemption_note = None
    slip.status = DispatchStatus.OPEN
    if slip.due_at is not None and slip.due_at <= context.now(session) and not slip.due_set_by_hand:
        # 返工 gets a fresh default due time from the reopening.
        slip.due_at = default_due(session, context.now(session), slip.business_line, slip.urgent)


# -- stage, overdue and the lists -------------------------------------------------------------


@dataclass(frozen=True)
class SlipStage:
    """Where a slip stands, for the form and the lists (a label, and what is owed)."""

    label: str
    overdue: bool
    callback_owed: bool


def stage(slip: DispatchSlip, now: datetime) -> SlipStage:
    if slip.status is DispatchStatus.DONE:
        if slip.callback_at is not None:
            label = msg(
                "已回访（{verdict}）", verdict=msg("满意") if slip.callback_satisfied else msg("不满意")
            )
            return SlipStage(label, False, False)
        if slip.callback_exemption is not None:
            return SlipStage(
                msg("已完成，免回访：{reason}", reason=slip.callback_exemption.label), False, False
            )
        late = slip.callback_due is not None and slip.callback_due < now
        return SlipStage(msg("已完成，回访逾期") if late else msg("已完成，待回访"), late, True)
    late = slip.due_at is not None and slip.due_at < now
    if slip.arrived_at is not None:
        label = msg("已到场")
    elif slip.accepted_at is not None:
        label = msg("已接单")
    else:
        label = msg("待接单")
    return SlipStage(msg("{label}，已逾期", label=label) if late else label, late, False)


def overdue_conditions(now: Any) -> dict[str, ColumnElement[bool]]:
    """R20 as SQL: ``work`` (not done past its due time) and ``callback`` (done, the
    callback owed and past due). Voided slips never count."""
    live = DispatchSlip.voided_at.is_(None)
    return {
        "work": and_(live, DispatchSlip.status == DispatchStatus.OPEN, DispatchSlip.due_at < now),
        "callback": and_(
            live,
            DispatchSlip.status == DispatchStatus.DONE,
            DispatchSlip.callback_at.is_(None),
            DispatchSlip.callback_due < now,
        ),
    }


def available_steps(session: Session, slip: DispatchSlip) -> dict[str, bool]:
    """Which of the form's steps the slip's state allows (``GUARDS``, which the
    mutators refuse through)."""
    return GUARDS.allowed(session, slip)
