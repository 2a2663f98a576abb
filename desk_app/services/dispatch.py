"""Dispatch and coordination slips 派工单 / 协调单: made by a repair report (SPEC 2.2)
or a report letter (R18)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.models import DispatchSlip, WorkLogEntry
from desk_app.models.enums import DispatchKind, DispatchStatus
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
        content=required_text("content", content, "派工内容"),
        issued_at=issued_at,
        assigned_department_id=assigned_department_id,
        assigned_staff_id=assigned_staff_id,
        status=DispatchStatus.OPEN,
    )
    session.add(slip)
    return slip
