"""Dispatch and coordination slips 派工单 / 协调单: made by a repair report (SPEC 2.2)
or a report letter (R18)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import DispatchSlip, WorkLogEntry
from desk_app.models.enums import DispatchKind, DispatchStatus
from desk_app.services import context
from desk_app.services.errors import NotFoundError, RuleViolationError
from desk_app.services.text import required_text


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
) -> DispatchSlip:
    """A 派工单 (repair) or 协调单 (coordination), numbered PG-…; printed by the
    printing module."""
    slip = DispatchSlip(
        kind=DispatchKind(kind),
        worklog_entry=worklog_entry,
        room_id=room_id,
        contact_name=contact_name,
        contact_phone=contact_phone,
        content=required_text("content", content, msg("派工内容")),
        issued_at=issued_at,
        assigned_department_id=assigned_department_id,
        assigned_staff_id=assigned_staff_id,
        status=DispatchStatus.OPEN,
    )
    session.add(slip)
    return slip


def load_dispatch_slip(session: Session, slip_id: int) -> DispatchSlip:
    slip = session.get(DispatchSlip, slip_id)
    if slip is None or slip.voided_at is not None:
        raise NotFoundError(msg("找不到派工单（编号 {slip_id}），或已作废", slip_id=slip_id))
    return slip


def complete_dispatch_slip(session: Session, slip_id: int, result: str) -> DispatchSlip:
    """The work of an open slip was done: what was done (完成情况) and when; once."""
    slip = load_dispatch_slip(session, slip_id)
    if slip.status is DispatchStatus.DONE:
        raise RuleViolationError(
            msg("{kind} {number} 已完成，不能重复登记完成", kind=slip.kind, number=slip.number)
        )
    slip.result = required_text("result", result, msg("完成情况"))
    slip.completed_at = context.now(session)
    slip.status = DispatchStatus.DONE
    return slip


def reopen_dispatch_slip(session: Session, slip_id: int, reason: str) -> DispatchSlip:
    """A completed slip whose work did not hold (返工): open again, the reason kept in
    its result."""
    slip = load_dispatch_slip(session, slip_id)
    if slip.status is not DispatchStatus.DONE:
        raise RuleViolationError(
            msg("{kind} {number} 尚未完成，无需重新打开", kind=slip.kind, number=slip.number)
        )
    why = required_text("reopen_reason", reason, msg("重新打开的原因"))
    stamp = f"{context.now(session).astimezone(context.zone(session)):%Y-%m-%d %H:%M}"
    slip.result = f"{slip.result}\n{stamp} 重新打开：{why}" if slip.result else f"{stamp} 重新打开：{why}"
    slip.completed_at = None
    slip.status = DispatchStatus.OPEN
    return slip
