"""The "today" view of one staff member: what is on their plate now.

- my open complaints (I am the designated handler and it is not closed), with the
  nearest of their clocks (first response R1, progress update R3, callback R6);
- messages for me (unread 5W1H messages, R16);
- callbacks due by the end of today or overdue (R6), and interviews planned for me
  this month or left over from earlier months (R13q);
- checks due by the end of today: reminder-slip cases (R14, the whole centre's), the
  dispatch slips assigned to me, and the slips I logged once overdue (R20); callbacks
  include done repairs I logged (R20/R6).

Each item names the navigation key (``kind``) of the screen that owns its record, so
the screen can ask for it to be opened. Every query is limited and indexed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from desk_app.messages import msg
from desk_app.models import Complaint, DispatchSlip, InterviewPlan, InterviewPlanTarget, Staff
from desk_app.models.enums import ComplaintStatus, DispatchStatus
from desk_app.services import context, promises, reminder_cases, worklog

#: No section lists more than this; the full lists are one click away.
SECTION_LIMIT = 100


@dataclass(frozen=True)
class TodayItem:
    kind: str
    record_id: int
    number: str
    title: str
    due_at: datetime | None = None
    overdue: bool = False


@dataclass(frozen=True)
class TodayView:
    as_of: datetime
    staff_name: str
    complaints: tuple[TodayItem, ...]
    messages: tuple[TodayItem, ...]
    callbacks: tuple[TodayItem, ...]
    interviews: tuple[TodayItem, ...]
    checks: tuple[TodayItem, ...]
    #: R22: replies I promised and appointments I must keep, due today or late.
    promises: tuple[TodayItem, ...] = ()

    @property
    def total(self) -> int:
        return sum(
            len(part)
            for part in (
                self.complaints,
                self.messages,
                self.callbacks,
                self.interviews,
                self.checks,
                self.promises,
            )
        )


def end_of_day(session: Session, moment: datetime) -> datetime:
    """The next local midnight after ``moment`` (the community's zone)."""
    zone = context.zone(session)
    local = moment.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)


def _short(text: str | None, size: int = 40) -> str:
    value = " ".join((text or "").split())
    return value if len(value) <= size else value[: size - 1] + "…"


def _nearest(*moments: datetime | None) -> datetime | None:
    present = [moment for moment in moments if moment is not None]
    return min(present) if present else None


def my_open_complaints(session: Session, staff_id: int, now: datetime) -> list[TodayItem]:
    rows = session.scalars(
        select(Complaint)
        .where(
            Complaint.handler_id == staff_id,
            Complaint.status != ComplaintStatus.CLOSED,
            Complaint.voided_at.is_(None),
        )
        .order_by(Complaint.received_at)
        .limit(SECTION_LIMIT)
    ).all()
    items = []
    for complaint in rows:
        due = _nearest(
            complaint.first_response_due if complaint.first_response_at is None else None,
            complaint.next_update_due,
            complaint.callback_due if complaint.callback_at is None else None,
        )
        items.append(
            TodayItem(
                kind="complaints",
                record_id=complaint.id,
                number=complaint.number,
                title=msg("{status} · {text}", status=complaint.status, text=_short(complaint.description)),
                due_at=due,
                overdue=due is not None and due <= now,
            )
        )
    return items


def my_messages(session: Session, staff_id: int) -> list[TodayItem]:
    items = []
    for entry in worklog.inbox(session, staff_id)[:SECTION_LIMIT]:
        caller = entry.contact_name or entry.contact_phone or ""
        items.append(
            TodayItem(
                kind="messages",
                record_id=entry.id,
                number=entry.number,
                title=f"{caller} · {_short(entry.message_what)}",
                due_at=entry.received_at,
            )
        )
    return items


def my_callbacks_due(session: Session, staff_id: int, now: datetime) -> list[TodayItem]:
    """R6: verified complaints of mine whose callback is due by the end of today."""
    until = end_of_day(session, now)
    rows = session.scalars(
        select(Complaint)
        .where(
            Complaint.status == ComplaintStatus.VERIFIED,
            Complaint.callback_due <= until,
            Complaint.callback_at.is_(None),
            Complaint.handler_id == staff_id,
            Complaint.voided_at.is_(None),
        )
        .order_by(Complaint.callback_due)
        .limit(SECTION_LIMIT)
    ).all()
    items = []
    for complaint in rows:
        due = complaint.callback_due
        items.append(
            TodayItem(
                kind="complaints",
                record_id=complaint.id,
                number=complaint.number,
                title=msg("回访 · {description}", description=_short(complaint.description)),
                due_at=due,
                overdue=due is not None and due <= now,
            )
        )
    return items


def my_interviews_due(session: Session, staff_id: int, today: date) -> list[TodayItem]:
    """R13q: planned interview targets of mine not yet visited, this month and earlier."""
    this_month = today.replace(day=1)
    rows = session.execute(
        select(InterviewPlanTarget, InterviewPlan.month)
        .join(InterviewPlan, InterviewPlan.id == InterviewPlanTarget.plan_id)
        .options(selectinload(InterviewPlanTarget.room))
        .where(
            InterviewPlan.interviewer_id == staff_id,
            InterviewPlan.month <= this_month,
            InterviewPlan.voided_at.is_(None),
            InterviewPlanTarget.interview_id.is_(None),
        )
        .order_by(InterviewPlan.month, InterviewPlanTarget.id)
        .limit(SECTION_LIMIT)
    ).all()
    items = []
    for target, month in rows:
        room = target.room.code if target.room is not None else ""
        items.append(
            TodayItem(
                kind="interview_plans",
                record_id=target.plan_id,
                number=f"{month:%Y-%m}",
                title=msg(
                    "访谈 {target}", target=" ".join(part for part in (room, target.note or "") if part)
                ),
                overdue=month < this_month,
            )
        )
    return items


def checks_due(session: Session, staff_id: int, now: datetime) -> list[TodayItem]:
    """R14 reminder-slip checks of the centre and my dispatch slips, due by tonight."""
    until = end_of_day(session, now)
    items = [
        TodayItem(
            kind="reminder_slips",
            record_id=case.case_id,
            number=case.number,
            title=msg(
                "{kind} · {place} · {due}",
                kind=case.kind,
                place=case.room or case.location,
                due=case.due.label,
            ),
            due_at=case.due_since,
            overdue=case.due_since <= now,
        )
        for case in reminder_cases.cases_due_for_check(session, until)[:SECTION_LIMIT]
    ]
    # R20: the slips assigned to me due by tonight, and the slips I logged once they
    # are overdue (the receptionist chases the repair the client was promised).
    slips = session.scalars(
        select(DispatchSlip)
        .where(
            or_(
                and_(DispatchSlip.assigned_staff_id == staff_id, DispatchSlip.due_at <= until),
                and_(DispatchSlip.created_by_id == staff_id, DispatchSlip.due_at < now),
            ),
            DispatchSlip.status == DispatchStatus.OPEN,
            DispatchSlip.voided_at.is_(None),
        )
        .order_by(DispatchSlip.due_at)
        .limit(SECTION_LIMIT)
    ).all()
    for slip in slips:
        due = slip.due_at
        items.append(
            TodayItem(
                kind="dispatch_slips",
                record_id=slip.id,
                number=slip.number,
                title=msg("{kind} · {text}", kind=slip.kind, text=_short(slip.content)),
                due_at=due,
                overdue=due is not None and due < now,
            )
        )
    return items


def my_repair_callbacks_due(session: Session, staff_id: int, now: datetime) -> list[TodayItem]:
    """R20/R6: done repairs I logged whose callback is due by the end of today."""
    until = end_of_day(session, now)
    rows = session.scalars(
        select(DispatchSlip)
        .where(
            DispatchSlip.created_by_id == staff_id,
            DispatchSlip.status == DispatchStatus.DONE,
            DispatchSlip.callback_at.is_(None),
            DispatchSlip.callback_due <= until,
            DispatchSlip.voided_at.is_(None),
        )
        .order_by(DispatchSlip.callback_due)
        .limit(SECTION_LIMIT)
    ).all()
    return [
        TodayItem(
            kind="dispatch_slips",
            record_id=slip.id,
            number=slip.number,
            title=msg("维修回访 · {content}", content=_short(slip.content)),
            due_at=slip.callback_due,
            overdue=slip.callback_due is not None and slip.callback_due < now,
        )
        for slip in rows
    ]


def my_promises(session: Session, staff_id: int, now: datetime) -> list[TodayItem]:
    """R22: replies I promised and my appointments, due by tonight or late."""
    owed = promises.replies_owed(session, now, staff_id) + promises.appointments_due(session, now, staff_id)
    owed.sort(key=lambda item: item.due)
    return [
        TodayItem(
            kind=item.kind,
            record_id=item.record_id,
            number=item.number,
            title=item.title,
            due_at=item.due,
            overdue=item.late,
        )
        for item in owed[:SECTION_LIMIT]
    ]


def today_for(session: Session, staff_id: int, now: datetime | None = None) -> TodayView:
    """Everything of the "today" page for ``staff_id`` as of ``now``."""
    moment = context.now(session) if now is None else now
    today = moment.astimezone(context.zone(session)).date()
    staff = session.get(Staff, staff_id)
    return TodayView(
        as_of=moment,
        staff_name=staff.name if staff is not None else "",
        complaints=tuple(my_open_complaints(session, staff_id, moment)),
        messages=tuple(my_messages(session, staff_id)),
        callbacks=tuple(
            my_callbacks_due(session, staff_id, moment) + my_repair_callbacks_due(session, staff_id, moment)
        ),
        interviews=tuple(my_interviews_due(session, staff_id, today)),
        checks=tuple(checks_due(session, staff_id, moment)),
        promises=tuple(my_promises(session, staff_id, moment)),
    )
