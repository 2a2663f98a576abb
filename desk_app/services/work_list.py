"""What a supervisor's work list shows beside each record (issue 15): who handles it
and how late it is. No Qt here; the dashboard's tile list calls these."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desk_app.messages import Message, msg
from desk_app.models import Complaint, Department, RectificationNotice, Staff


def handlers(session: Session, kind: str | None, record_ids: Iterable[int | None]) -> dict[int, str]:
    """Record id → who handles it: a complaint's designated handler (else its
    department), a rectification notice's issuer. Records of
    other kinds, and records nobody handles yet, are left out."""
    ids = sorted({record_id for record_id in record_ids if record_id is not None})
    if not ids:
        return {}
    found: dict[int, str] = {}
    if kind == "complaints":
        handler = aliased(Staff)
        rows = session.execute(
            select(Complaint.id, handler.name, Department.name)
            .outerjoin(handler, handler.id == Complaint.handler_id)
            .outerjoin(Department, Department.id == Complaint.handler_department_id)
            .where(Complaint.id.in_(ids))
        )
        for record_id, person, department in rows:
            if person or department:
                found[record_id] = person or department
    elif kind == "rectification_notices":
        issued = session.execute(
            select(RectificationNotice.id, Staff.name)
            .join(Staff, Staff.id == RectificationNotice.issued_by_id)
            .where(RectificationNotice.id.in_(ids))
        )
        found = {record_id: name for record_id, name in issued}
    return found


def lateness(due: datetime | date | None, now: datetime) -> Message | str:
    """How late a line is at ``now`` ("逾期 2 天 3 小时", "还剩 40 分钟", "今天到期"); a
    due day (a date) counts whole days. Empty without a due time."""
    if due is None:
        return ""
    if not isinstance(due, datetime):
        days = (now.date() - due).days
        if days > 0:
            return msg("逾期 {days} 天", days=days)
        if days == 0:
            return msg("今天到期")
        return msg("还有 {days} 天", days=-days)
    seconds = int((now - due).total_seconds())
    late = seconds > 0
    minutes = abs(seconds) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        text = (
            msg("逾期 {days} 天 {hours} 小时", days=days, hours=hours)
            if late
            else msg("还剩 {days} 天 {hours} 小时", days=days, hours=hours)
        )
    elif hours:
        text = (
            msg("逾期 {hours} 小时 {minutes} 分", hours=hours, minutes=minutes)
            if late
            else msg("还剩 {hours} 小时 {minutes} 分", hours=hours, minutes=minutes)
        )
    else:
        text = (
            msg("逾期 {minutes} 分", minutes=minutes) if late else msg("还剩 {minutes} 分", minutes=minutes)
        )
    return text
