"""Client interviews 顾客访谈记录表 and monthly interview plans (SPEC 2.4; rules R12, R13q).

- ``record_interview`` fills the paper form; a client who objected to interviews (R12)
  makes it raise ``DoNotDisturbWarning`` until the caller confirms.
- ``save_plan`` keeps one plan per interviewer and month; R12 clients among the targets
  come back as warnings, not as an error, because a plan is only an intention.
- ``GUARDS`` (an interview: correct, void) and ``PLAN_GUARDS`` (plan, void a plan) are
  the tables the mutators refuse through and the screens report from.
- ``quota_progress``, ``missed_move_in_visits`` and ``move_in_visits_due`` are the
  R13q tiles of the supervisor dashboard; ``suggest_interviewers`` puts staff from the
  client's hometown first (R13q).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeVar, cast

from dateutil.relativedelta import relativedelta
from sqlalchemy import ColumnElement, Date, String, and_, case, func, literal, or_, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session, selectinload

from desk_app.messages import msg
from desk_app.models import Client, ClientRoom, Interview, InterviewPlan, InterviewPlanTarget, Room, Staff
from desk_app.models.enums import (
    ContactForm,
    InterviewTopic,
    LabelledEnum,
    SafetyAdvice,
    Satisfaction,
    StaffRole,
)
from desk_app.services import context, decent_hours
from desk_app.services.clients import do_not_disturb_text, load_client
from desk_app.services.complaints import DoNotDisturbWarning
from desk_app.services.errors import DomainError, FieldError, NotFoundError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles
from desk_app.services.permissions import checked
from desk_app.services.records import VOIDING_ROLES, check_version, require_voiding_role
from desk_app.services.text import optional_text, required_text

__all__ = [
    "GUARDS",
    "INTERVIEWER_ROLES",
    "MONTHLY_QUOTAS",
    "MOVE_IN_LOOKBACK_DAYS",
    "MOVE_IN_VISIT_DAYS",
    "PLANNING_ROLES",
    "PLAN_GUARDS",
    "DoNotDisturbWarning",
    "MissedVisit",
    "MoveInVisitDue",
    "QuotaProgress",
    "SavedPlan",
    "Suggestion",
    "hometown_match",
    "missed_move_in_visits",
    "move_in_visits_due",
    "quota_progress",
    "quota_progress_of_months",
    "record_interview",
    "save_plan",
    "suggest_interviewers",
    "update_interview",
    "void_interview",
]

#: Who interviews clients (SPEC 1): the service staff / stewards / 服务助理, their
#: supervisors and department heads. Receptionists and administrators do not.
INTERVIEWER_ROLES = frozenset({StaffRole.SERVICE_STAFF, StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})
#: R13q: interviews per calendar month. Receptionists and administrators have no quota.
MONTHLY_QUOTAS: dict[StaffRole, int] = {
    StaffRole.DEPARTMENT_HEAD: 2,
    StaffRole.SUPERVISOR: 2,
    StaffRole.SERVICE_STAFF: 10,
}
#: SPEC 1: the supervisor (and the department head above them) draws up the plans.
PLANNING_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD})
#: R13q 乔迁拜访: within 7 days of the move-in date, both days included.
MOVE_IN_VISIT_DAYS = 7
#: Move-ins older than this are not flagged any more: the dashboard is for what can
#: still be put right, not for clients who moved in years before the program.
MOVE_IN_LOOKBACK_DAYS = 90

_E = TypeVar("_E", bound=LabelledEnum)


# -- the guard tables ----------------------------------------------------------------------


def _live(_session: Session, interview: Interview | None) -> DomainError | None:
    """A voided interview takes no step. None: no record chosen yet (the screens ask
    what the role allows); the mutators always pass the record itself."""
    if interview is not None and interview.voided_at is not None:
        return NotFoundError(
            msg("找不到访谈记录（编号 {interview_id}），或已作废", interview_id=interview.id)
        )
    return None


def _live_plan(_session: Session, plan: InterviewPlan | None) -> DomainError | None:
    if plan is not None and plan.voided_at is not None:
        return RuleViolationError(msg("这条记录已经作废"))  # as records.void_record says
    return None


#: A saved interview: corrected by anyone who records interviews (any staff, the fields
#: checked), voided by a supervisor or department head (issue 7). Recording a new one
#: has no step to refuse: every field is checked instead.
GUARDS = GuardTable[Interview | None](
    {
        "update": Step(checks=(_live,)),
        "void": Step(checks=(roles(VOIDING_ROLES, msg("作废访谈记录")), _live)),
    }
)

#: A month's plan (the record is None before it is first saved): drawn up by supervisors
#: and department heads (SPEC 1, R13q); voided like any record (``records.void_record``).
PLAN_GUARDS = GuardTable[InterviewPlan | None](
    {
        "plan": Step(checks=(roles(PLANNING_ROLES, msg("制定访谈计划"), "R13q"),)),
        "void": Step(checks=(roles(VOIDING_ROLES, msg("作废记录")), _live_plan)),
    }
)


# -- helpers ----------------------------------------------------------------------------


def _today(session: Session) -> date:
    return context.now(session).astimezone(context.zone(session)).date()


def _month_bounds(month: date) -> tuple[date, date]:
    """The first day of ``month``'s calendar month and the first day of the next."""
    first = month.replace(day=1)
    return first, first + relativedelta(months=1)


def _member(enum_class: type[_E], field: str, value: object, what: str) -> _E:
    """An enum member from itself, its code or its Chinese label; FieldError otherwise."""
    if isinstance(value, enum_class):
        return value
    if isinstance(value, str):
        try:
            return enum_class(value)
        except ValueError:
            pass
        try:
            return cast(_E, enum_class.from_label(value))
        except ValueError:
            pass
    raise FieldError(field, msg("{what}“{value}”不是可选的值", what=what, value=value))


def _members(enum_class: type[_E], field: str, values: Iterable[object] | None, what: str) -> list[str]:
    """A checklist: the chosen members' codes, each once, in the form's order."""
    if values is None:
        return []
    if isinstance(values, str):
        raise FieldError(field, msg("{what}应为多选列表", what=what))
    chosen = {_member(enum_class, field, value, what) for value in values}
    return [member.value for member in enum_class if member in chosen]


def _staff(session: Session, field: str, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None or staff.voided_at is not None:
        raise FieldError(field, msg("找不到员工（编号 {staff_id}）", staff_id=staff_id))
    if staff.role not in INTERVIEWER_ROLES:
        allowed = "、".join(role.label for role in StaffRole if role in INTERVIEWER_ROLES)
        raise FieldError(
            field,
            msg(
                "{name}（{role}）不做客户访谈：访谈人须为{allowed}",
                name=staff.name,
                role=staff.role,
                allowed=allowed,
            ),
        )
    return staff


def _room_codes(client: Client) -> tuple[str, ...]:
    return tuple(sorted(link.room.code for link in client.rooms))


def _first_room_id(client: Client) -> int | None:
    rooms = sorted(client.rooms, key=lambda link: link.room_id)
    return rooms[0].room_id if rooms else None


# -- the interview record (SPEC 2.4) ------------------------------------------------------


def _interview_values(
    session: Session,
    *,
    client_id: int,
    interviewer_id: int,
    interview_date: date,
    form: ContactForm | str,
    topics: Iterable[InterviewTopic | str],
    client_needs: str | None,
    measures: str | None,
    completion: str | None,
    callback_satisfaction: Satisfaction | str | None,
    overall_satisfaction: Satisfaction | str | None,
    safety_advice: Iterable[SafetyAdvice | str],
    is_move_in_visit: bool,
    room_id: int | None,
    confirm_do_not_disturb: bool,
    companion_id: int | None = None,
    call_time_note: str | None = None,
    called_at: datetime | None = None,
    keep_call_time_note: str | None = None,
) -> dict[str, object]:
    """Every field of the form checked, as the Interview's column values; R12 last."""
    client = session.get(Client, client_id)
    if client is None or client.voided_at is not None:
        raise FieldError("client_id", msg("找不到客户（编号 {client_id}），或已作废", client_id=client_id))
    interviewer = _staff(session, "interviewer_id", interviewer_id)
    if isinstance(interview_date, datetime):
        interview_date = interview_date.astimezone(context.zone(session)).date()
    if not isinstance(interview_date, date):
        raise FieldError("interview_date", msg("请填写访谈日期"))
    today = _today(session)
    if interview_date > today:
        raise FieldError(
            "interview_date",
            msg("访谈日期 {interview_date} 晚于今天，请检查", interview_date=interview_date.isoformat()),
        )
    chosen_form = _member(ContactForm, "form", form, msg("访谈形式"))
    chosen_topics = _members(InterviewTopic, "topics", topics, msg("访谈主题"))
    if not chosen_topics:
        raise FieldError("topics", msg("请至少选择一个访谈主题"))
    advice = _members(SafetyAdvice, "safety_advice", safety_advice, msg("安全提示"))
    at_callback = (
        None
        if callback_satisfaction is None
        else _member(Satisfaction, "callback_satisfaction", callback_satisfaction, msg("回访满意度"))
    )
    overall = (
        None
        if overall_satisfaction is None
        else _member(Satisfaction, "overall_satisfaction", overall_satisfaction, msg("总体满意度"))
    )
    companion = _companion(session, interviewer, companion_id)
    if is_move_in_visit and (
        chosen_form is not ContactForm.HOME_VISIT or SafetyAdvice.HOME_ALARM.value not in advice
    ):
        raise FieldError(
            "is_move_in_visit",
            msg("乔迁拜访须上门进行，并指导客户开通使用居家报警（勾选“开通居家报警”）"),
            rule="R13q",
        )
    if is_move_in_visit and client.move_in_date is None:
        raise FieldError(
            "is_move_in_visit",
            msg("客户 {name} 未登记入住日期，不能记为乔迁拜访", name=client.name),
            rule="R13q",
        )
    if room_id is None:
        room_id = _first_room_id(client)
    elif session.get(Room, room_id) is None:
        raise FieldError("room_id", msg("找不到房号（编号 {room_id}）", room_id=room_id))
    # R24: a call or visit made now (an interview dated today) outside decent hours.
    call_note = keep_call_time_note
    moment = called_at
    if moment is None and interview_date == today:
        moment = context.now(session)
    if keep_call_time_note is not None:
        moment = None  # a correction: the call was checked when it was recorded
    if moment is not None and chosen_form in (ContactForm.PHONE, ContactForm.HOME_VISIT):
        call_note = decent_hours.check_call_time(context.calendar(session), moment, call_time_note)
    # R12: checked last, so the confirmation is the only question left to answer.
    if client.do_not_disturb and not confirm_do_not_disturb:
        raise DoNotDisturbWarning(client.name, client.do_not_disturb_reason)
    return {
        "client_id": client.id,
        "room_id": room_id,
        "interviewer_id": interviewer_id,
        "interview_date": interview_date,
        "form": chosen_form,
        "topics": chosen_topics,
        "client_needs": optional_text(client_needs),
        "measures": optional_text(measures),
        "completion": optional_text(completion),
        "callback_satisfaction": at_callback,
        "overall_satisfaction": overall,
        "safety_advice": advice,
        "is_move_in_visit": is_move_in_visit,
        "companion_id": companion,
        "call_time_note": call_note,
    }


def _companion(session: Session, interviewer: Staff, companion_id: int | None) -> int | None:
    """R13q (amended): a steward not cleared to work alone (未独立上岗) interviews with a
    named companion who is; anyone else may name one."""
    if companion_id is None:
        if not interviewer.cleared_to_work_alone:
            raise FieldError(
                "companion_id",
                msg("{name} 尚未独立上岗，访谈须有陪同人员，请填写陪同人", name=interviewer.name),
                rule="R13q",
            )
        return None
    companion = session.get(Staff, companion_id)
    if companion is None or companion.voided_at is not None or not companion.active:
        raise FieldError(
            "companion_id", msg("找不到陪同人（员工编号 {ident}）", ident=companion_id), rule="R13q"
        )
    if companion.id == interviewer.id:
        raise FieldError("companion_id", msg("陪同人不能是访谈人本人"), rule="R13q")
    if not companion.cleared_to_work_alone:
        raise FieldError(
            "companion_id", msg("陪同人 {name} 也尚未独立上岗", name=companion.name), rule="R13q"
        )
    return companion.id


def counts_as_move_in_visit() -> ColumnElement[bool]:
    """R13q (amended): only a 上门 interview with the home-alarm guidance ticked is the
    move-in visit (a phone call is not)."""
    return and_(
        Interview.form == ContactForm.HOME_VISIT,
        sql_cast(Interview.safety_advice, String).like(f'%"{SafetyAdvice.HOME_ALARM.value}"%'),
    )


@checked
def record_interview(
    session: Session,
    *,
    client_id: int,
    interviewer_id: int,
    interview_date: date,
    form: ContactForm | str,
    topics: Iterable[InterviewTopic | str],
    client_needs: str | None = None,
    measures: str | None = None,
    completion: str | None = None,
    callback_satisfaction: Satisfaction | str | None = None,
    overall_satisfaction: Satisfaction | str | None = None,
    safety_advice: Iterable[SafetyAdvice | str] = (),
    is_move_in_visit: bool = False,
    room_id: int | None = None,
    confirm_do_not_disturb: bool = False,
    companion_id: int | None = None,
    call_time_note: str | None = None,
    called_at: datetime | None = None,
) -> Interview:
    """A filled-in 顾客访谈记录表. Every field is checked first; then, if the client
    objected to interviews, ``DoNotDisturbWarning`` (R12) asks the caller to confirm and
    call again with ``confirm_do_not_disturb=True``. The interview is ticked off the
    interviewer's plan for that month when the client or room is a target of it."""
    values = _interview_values(
        session,
        client_id=client_id,
        interviewer_id=interviewer_id,
        interview_date=interview_date,
        form=form,
        topics=topics,
        client_needs=client_needs,
        measures=measures,
        completion=completion,
        callback_satisfaction=callback_satisfaction,
        overall_satisfaction=overall_satisfaction,
        safety_advice=safety_advice,
        is_move_in_visit=is_move_in_visit,
        room_id=room_id,
        confirm_do_not_disturb=confirm_do_not_disturb,
        companion_id=companion_id,
        call_time_note=call_time_note,
        called_at=called_at,
    )
    interview = Interview(**values)
    session.add(interview)
    session.flush()
    _tick_off_plan(session, interview)
    return interview


@checked
def update_interview(
    session: Session,
    interview_id: int,
    *,
    client_id: int,
    interviewer_id: int,
    interview_date: date,
    form: ContactForm | str,
    topics: Iterable[InterviewTopic | str],
    client_needs: str | None = None,
    measures: str | None = None,
    completion: str | None = None,
    callback_satisfaction: Satisfaction | str | None = None,
    overall_satisfaction: Satisfaction | str | None = None,
    safety_advice: Iterable[SafetyAdvice | str] = (),
    is_move_in_visit: bool = False,
    room_id: int | None = None,
    confirm_do_not_disturb: bool = False,
    expected_version: int | None = None,
    companion_id: int | None = None,
    call_time_note: str | None = None,
) -> Interview:
    """Correct a saved interview with the same checks as ``record_interview`` (R12
    asked again only when the client changes). The plan tick follows the new
    interviewer, client and month."""
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(msg("找不到访谈记录（编号 {interview_id}），或已作废", interview_id=interview_id))
    GUARDS.require(session, "update", interview)
    check_version(interview, expected_version)
    values = _interview_values(
        session,
        client_id=client_id,
        interviewer_id=interviewer_id,
        interview_date=interview_date,
        form=form,
        topics=topics,
        client_needs=client_needs,
        measures=measures,
        completion=completion,
        callback_satisfaction=callback_satisfaction,
        overall_satisfaction=overall_satisfaction,
        safety_advice=safety_advice,
        is_move_in_visit=is_move_in_visit,
        room_id=room_id,
        confirm_do_not_disturb=confirm_do_not_disturb or client_id == interview.client_id,
        companion_id=companion_id,
        call_time_note=call_time_note,
        keep_call_time_note=interview.call_time_note or "",
    )
    moved = (
        any(values[key] != getattr(interview, key) for key in ("client_id", "room_id", "interviewer_id"))
        or _month_bounds(cast(date, values["interview_date"]))[0]
        != _month_bounds(interview.interview_date)[0]
    )
    for key, value in values.items():
        setattr(interview, key, value)
    if moved:
        for target in session.scalars(
            select(InterviewPlanTarget).where(InterviewPlanTarget.interview_id == interview.id)
        ):
            target.interview_id = None
        session.flush()
        _tick_off_plan(session, interview)
    return interview


def _tick_off_plan(session: Session, interview: Interview) -> None:
    """Link the interview to the open target of the interviewer's plan it fulfils."""
    first, _ = _month_bounds(interview.interview_date)
    plan = session.scalar(
        select(InterviewPlan).where(
            InterviewPlan.interviewer_id == interview.interviewer_id,
            InterviewPlan.month == first,
            InterviewPlan.voided_at.is_(None),
        )
    )
    if plan is None:
        return
    open_targets = sorted((t for t in plan.targets if t.interview_id is None), key=lambda t: t.id)
    for target in open_targets:
        if target.client_id == interview.client_id or (
            target.client_id is None and target.room_id is not None and target.room_id == interview.room_id
        ):
            target.interview_id = interview.id
            return


@checked
def void_interview(session: Session, interview_id: int, reason: str) -> Interview:
    """Records are never deleted (SPEC 2): a voided interview stops counting towards
    quotas and move-in visits, and leaves the plan target open again."""
    text = required_text("void_reason", reason, msg("作废原因"))
    require_voiding_role(session, msg("作废访谈记录"))  # before the record is looked up
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise NotFoundError(msg("找不到访谈记录（编号 {interview_id}），或已作废", interview_id=interview_id))
    GUARDS.require(session, "void", interview)
    interview.voided_at = context.now(session)
    interview.voided_by_id = session.info.get("actor_id")
    interview.void_reason = text
    for target in session.scalars(
        select(InterviewPlanTarget).where(InterviewPlanTarget.interview_id == interview.id)
    ):
        target.interview_id = None
    return interview


# -- monthly plans (SPEC 2.4) ----------------------------------------------------------------


@dataclass(frozen=True)
class SavedPlan:
    """The saved plan and the R12 warnings for its targets (one line per client)."""

    plan_id: int
    interviewer_id: int
    month: date
    client_ids: tuple[int, ...]
    room_ids: tuple[int, ...]
    warnings: tuple[str, ...]


@checked
def save_plan(
    session: Session,
    interviewer_id: int,
    month: date,
    *,
    client_ids: Sequence[int] = (),
    room_ids: Sequence[int] = (),
    notes: str | None = None,
    plan_id: int | None = None,
    expected_version: int | None = None,
) -> SavedPlan:
    """Create or replace the interviewer's plan for ``month`` (any day of it). A
    target already interviewed stays on the plan even when left out. Clients who
    objected to interviews (R12) are kept but each gives a warning to show.
    ``plan_id`` and ``expected_version``: the plan the form loaded and its version;
    when that plan is the one saved and someone saved it since, ``ConflictError``
    (issue 19: the targets are replaced as a collection, so a stale form would
    silently drop the targets another counter added)."""
    # The role before the arguments (permissions.py); the step does not depend on which
    # plan of the month is replaced.
    PLAN_GUARDS.require(session, "plan", None)
    interviewer = _staff(session, "interviewer_id", interviewer_id)
    if not interviewer.active:
        raise FieldError("interviewer_id", msg("{name} 已停用，不能安排访谈", name=interviewer.name))
    first, _ = _month_bounds(month)
    if not client_ids and not room_ids:
        raise FieldError("targets", msg("请至少选择一个访谈对象（客户或房号）"))

    zone = context.zone(session)
    warnings: list[str] = []
    wanted: dict[tuple[str, int], int | None] = {}  # key → room id of the target
    for client_id in dict.fromkeys(client_ids):
        client = session.get(Client, client_id)
        if client is None or client.voided_at is not None:
            raise FieldError(
                "client_ids", msg("找不到客户（编号 {client_id}），或已作废", client_id=client_id)
            )
        wanted[("client", client.id)] = _first_room_id(client)
        warning = do_not_disturb_text(client, zone)
        if warning is not None:
            warnings.append(warning)
    for room_id in dict.fromkeys(room_ids):
        room = session.get(Room, room_id)
        if room is None:
            raise FieldError("room_ids", msg("找不到房号（编号 {room_id}）", room_id=room_id))
        wanted[("room", room.id)] = room.id
        residents = session.scalars(
            select(Client)
            .join(ClientRoom, ClientRoom.client_id == Client.id)
            .where(ClientRoom.room_id == room.id, Client.voided_at.is_(None), Client.do_not_disturb)
            .order_by(Client.id)
        )
        for client in residents:
            if ("client", client.id) in wanted:
                continue  # warned already
            warning = do_not_disturb_text(client, zone)
            if warning is not None:
                warnings.append(f"{room.code}：{warning}")

    plan = session.scalar(
        select(InterviewPlan).where(
            InterviewPlan.interviewer_id == interviewer.id, InterviewPlan.month == first
        )
    )
    if plan is not None and (plan_id is None or plan.id == plan_id):
        check_version(plan, expected_version)
    if plan is None:
        plan = InterviewPlan(interviewer_id=interviewer.id, month=first)
        session.add(plan)
    elif plan.voided_at is not None:
        # One plan per interviewer and month (a unique key): planning again after a
        # void brings the row back rather than adding a second one.
        plan.voided_at = None
        plan.voided_by_id = None
        plan.void_reason = None
    plan.notes = optional_text(notes)

    kept: set[tuple[str, int]] = set()
    for target in list(plan.targets):
        key = ("client", target.client_id) if target.client_id is not None else ("room", target.room_id or 0)
        if (key in wanted and key not in kept) or target.interview_id is not None:
            kept.add(key)
        else:
            plan.targets.remove(target)
    for key, target_room in wanted.items():
        if key in kept:
            continue
        kind, ident = key
        plan.targets.append(
            InterviewPlanTarget(client_id=ident if kind == "client" else None, room_id=target_room)
        )
    session.flush()
    targets = sorted(plan.targets, key=lambda t: t.id)
    return SavedPlan(
        plan_id=plan.id,
        interviewer_id=interviewer.id,
        month=first,
        client_ids=tuple(t.client_id for t in targets if t.client_id is not None),
        room_ids=tuple(t.room_id for t in targets if t.client_id is None and t.room_id is not None),
        warnings=tuple(warnings),
    )


# -- R13q quotas ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaProgress:
    """One staff member's interviews in a calendar month against the R13q quota."""

    staff_id: int
    name: str
    role: StaffRole
    quota: int
    done: int
    shortfall: int


def _interview_counts(session: Session, month: date) -> dict[int, int]:
    return _interview_counts_of_months(session, [month])[_month_bounds(month)[0]]


def _interview_counts_of_months(session: Session, months: Sequence[date]) -> dict[date, dict[int, int]]:
    """First day of each month -> staff id -> the non-voided interviews they made in it."""
    firsts = sorted({_month_bounds(month)[0] for month in months})
    bounds = [_month_bounds(first) for first in firsts]
    month_of = case(
        *((Interview.interview_date < after, index) for index, (_first, after) in enumerate(bounds)),
        else_=None,
    )
    in_a_month = or_(
        *(
            and_(Interview.interview_date >= first, Interview.interview_date < after)
            for first, after in bounds
        )
    )
    # (grouped outside: PostgreSQL cannot tell two renderings of the CASE with their own
    # parameters are the same expression)
    made = (
        select(month_of.label("month"), Interview.interviewer_id.label("staff_id"))
        .where(Interview.voided_at.is_(None), in_a_month)
        .subquery()
    )
    rows = session.execute(
        select(made.c.month, made.c.staff_id, func.count()).group_by(made.c.month, made.c.staff_id)
    ).all()
    counts: dict[date, dict[int, int]] = {first: {} for first in firsts}
    for index, staff_id, count in rows:
        counts[firsts[int(index)]][int(staff_id)] = int(count)
    return counts


def quota_progress(session: Session, month: date) -> list[QuotaProgress]:
    """R13q for the calendar month of ``month``: every active member of staff with a
    quota (department heads and supervisors 2, service staff 10), the non-voided
    interviews they made that month, and the shortfall; largest shortfall first."""
    return quota_progress_of_months(session, [month])[_month_bounds(month)[0]]


def quota_progress_of_months(session: Session, months: Sequence[date]) -> dict[date, list[QuotaProgress]]:
    """``quota_progress`` of several months in two statements (the dashboard shows last
    month's and this month's): the first day of each month -> its progress."""
    counts = _interview_counts_of_months(session, months)
    staff = session.execute(
        select(Staff.id, Staff.name, Staff.role).where(
            Staff.active, Staff.voided_at.is_(None), Staff.role.in_(list(MONTHLY_QUOTAS))
        )
    ).all()
    progress: dict[date, list[QuotaProgress]] = {}
    for first, done_by in counts.items():
        lines = []
        for staff_id, name, role in staff:
            quota = MONTHLY_QUOTAS[role]
            done = done_by.get(staff_id, 0)
            lines.append(
                QuotaProgress(
                    staff_id=staff_id,
                    name=name,
                    role=role,
                    quota=quota,
                    done=done,
                    shortfall=max(0, quota - done),
                )
            )
        progress[first] = sorted(lines, key=lambda p: (-p.shortfall, p.name, p.staff_id))
    return progress


# -- R13q move-in visits 乔迁拜访 ------------------------------------------------------------


@dataclass(frozen=True)
class MissedVisit:
    """A client not visited within 7 days of moving in (R13q)."""

    client_id: int
    name: str
    rooms: tuple[str, ...]
    move_in_date: date
    #: The last day the visit counted as a move-in visit.
    deadline: date
    days_overdue: int
    #: A visit made after the window: the miss stands, but the client was seen.
    visited_late_on: date | None


@dataclass(frozen=True)
class MoveInVisitDue:
    """A client inside the 7-day move-in window and not visited yet (R13q)."""

    client_id: int
    name: str
    rooms: tuple[str, ...]
    move_in_date: date
    deadline: date
    #: 0 on the last day of the window.
    days_left: int
    #: R12: the client objected to interviews; shown before anyone schedules the visit.
    warning: str | None


def _moved_in_between(session: Session, earliest: date, latest: date) -> list[Client]:
    return list(
        session.scalars(
            select(Client)
            .where(
                Client.voided_at.is_(None),
                Client.move_in_date.is_not(None),
                Client.move_in_date >= earliest,
                Client.move_in_date <= latest,
            )
            .options(selectinload(Client.rooms).selectinload(ClientRoom.room))
            .order_by(Client.move_in_date, Client.id)
        )
    )


def _interview_dates(session: Session, client_ids: list[int], earliest: date) -> dict[int, list[date]]:
    """Non-voided interview dates per client from ``earliest`` on, ascending."""
    dates: dict[int, list[date]] = {}
    if not client_ids:
        return dates
    rows = session.execute(
        select(Interview.client_id, Interview.interview_date)
        .where(
            Interview.voided_at.is_(None),
            Interview.client_id.in_(client_ids),
            Interview.interview_date >= earliest,
            counts_as_move_in_visit(),
        )
        .order_by(Interview.interview_date)
    ).all()
    for client_id, day in rows:
        if client_id is not None:
            dates.setdefault(client_id, []).append(day)
    return dates


def _visited_within(days: list[date], start: date, end: date) -> bool:
    """R13q: a 上门 interview with the home-alarm guidance (``counts_as_move_in_visit``)
    dated from the move-in date to the 7th day after it is the move-in visit, whether
    or not it was ticked as one."""
    return any(start <= day <= end for day in days)


def _days_after(session: Session, day: Any, days: int) -> Any:
    """SQL for the date ``days`` days after the date column ``day``, per back end."""
    if session.get_bind().dialect.name == "sqlite":
        return func.date(day, f"+{days} days")  # dates are ISO text there
    return day + days  # PostgreSQL: date + integer is a date


def missed_move_in_visits(
    session: Session, today: date | None = None, lookback_days: int = MOVE_IN_LOOKBACK_DAYS
) -> list[MissedVisit]:
    """R13q: clients who moved in within the last ``lookback_days`` days, whose 7-day
    window has passed (move-in + 7 < today) without an interview. Clients who object
    to interviews (R12) are not flagged: a visit they refused is not a miss."""
    today = today or _today(session)
    window = timedelta(days=MOVE_IN_VISIT_DAYS)
    latest = today - window - timedelta(days=1)
    # One row per recent move-in with the first interview on or after the move-in day
    # (a correlated lookup on the client's interviews); rooms only for the few who were
    # missed. The dashboard runs this on every refresh, over a thousand recent move-ins.
    # Only the missed come back: no visit in the window means the first visit since the
    # move-in is later than the window's last day, or there is none. (Written as NOT
    # EXISTS, PostgreSQL guessed five visits instead of 46 000 from the JSON condition
    # and compared every pair: 11–22 s a dashboard refresh on ten years; issue 18.)
    first_visit = (
        select(func.min(Interview.interview_date))
        .where(
            Interview.client_id == Client.id,
            Interview.voided_at.is_(None),
            Interview.interview_date >= Client.move_in_date,
            counts_as_move_in_visit(),
        )
        .correlate(Client)
        .scalar_subquery()
    )
    window_end = _days_after(session, Client.move_in_date, MOVE_IN_VISIT_DAYS)
    rows = session.execute(
        select(Client.id, Client.name, Client.move_in_date, first_visit)
        .where(
            Client.voided_at.is_(None),
            Client.do_not_disturb.is_(False),
            Client.move_in_date.is_not(None),
            Client.move_in_date >= today - timedelta(days=lookback_days),
            Client.move_in_date <= latest,
            func.coalesce(first_visit, literal(date.max, Date)) > window_end,  # the check below stays
        )
        .order_by(Client.move_in_date, Client.id)
    ).all()
    # R13q: any interview from the move-in day to the 7th day after counts as the
    # visit; the first one after that, up to today, is a late visit.
    unvisited = [
        (row, cast(date, row.move_in_date), first)
        for row in rows
        if (first := row[3]) is None or first > cast(date, row.move_in_date) + window
    ]
    rooms: dict[int, list[str]] = {}
    if unvisited:
        for client_id, code in session.execute(
            select(ClientRoom.client_id, Room.code)
            .join(Room, Room.id == ClientRoom.room_id)
            .where(ClientRoom.client_id.in_([client.id for client, _, _ in unvisited]))
        ):
            rooms.setdefault(client_id, []).append(code)
    missed = []
    for client, move_in, first in unvisited:
        deadline = move_in + window
        missed.append(
            MissedVisit(
                client_id=client.id,
                name=client.name,
                rooms=tuple(sorted(rooms.get(client.id, []))),
                move_in_date=move_in,
                deadline=deadline,
                days_overdue=(today - deadline).days,
                visited_late_on=first if first is not None and first <= today else None,
            )
        )
    return missed


def move_in_visits_due(session: Session, today: date | None = None) -> list[MoveInVisitDue]:
    """R13q: clients inside their 7-day move-in window (move-in ≤ today ≤ move-in + 7)
    not yet interviewed, the most urgent first. Clients who object to interviews stay
    on the list with the R12 warning."""
    today = today or _today(session)
    window = timedelta(days=MOVE_IN_VISIT_DAYS)
    clients = _moved_in_between(session, today - window, today)
    if not clients:
        return []
    moved_in = [cast(date, client.move_in_date) for client in clients]
    visits = _interview_dates(session, [client.id for client in clients], min(moved_in))
    zone = context.zone(session)
    due = []
    for client, move_in in zip(clients, moved_in, strict=True):
        deadline = move_in + window
        if _visited_within(visits.get(client.id, []), move_in, deadline):
            continue
        due.append(
            MoveInVisitDue(
                client_id=client.id,
                name=client.name,
                rooms=_room_codes(client),
                move_in_date=move_in,
                deadline=deadline,
                days_left=(deadline - today).days,
                warning=do_not_disturb_text(client, zone),
            )
        )
    return sorted(due, key=lambda item: (item.deadline, item.name, item.client_id))


# -- R13q choosing an interviewer ---------------------------------------------------------

#: Province-level divisions by their short names; a hometown (籍贯) is written as one of
#: these optionally followed by a city: "湖南", "湖南长沙", "湖南省长沙市".
PROVINCES = (
    "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江",
    "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
    "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港",
    "澳门",
)  # fmt: skip
_PROVINCE_SUFFIXES = ("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区", "省", "市")
_CITY_SUFFIXES = ("地区", "市")
_SEPARATORS = re.compile(r"[\s·•.,，、/\\|\-－—]+")


def _place(hometown: str | None) -> tuple[str, str] | None:
    """(province, city) of a hometown as people write it; a place without a known
    province is kept whole as its own "province" with no city."""
    if hometown is None:
        return None
    text = _SEPARATORS.sub("", hometown)
    if not text:
        return None
    for province in PROVINCES:
        if text.startswith(province):
            rest = text[len(province) :]
            for suffix in _PROVINCE_SUFFIXES:
                if rest.startswith(suffix):
                    rest = rest[len(suffix) :]
                    break
            for suffix in _CITY_SUFFIXES:
                if rest.endswith(suffix) and len(rest) > len(suffix):
                    rest = rest[: -len(suffix)]
                    break
            return province, rest
    return text, ""


def hometown_match(client_hometown: str | None, staff_hometown: str | None) -> str | None:
    """R13q 同乡: the place two hometowns share, or None. Hometowns match when they name
    the same province, however written ("湖南" and "湖南省长沙市" share "湖南"); the
    city is added when both name the same one ("湖南长沙"). A place outside the province
    list (written "潮汕", say) matches only itself."""
    client_place, staff_place = _place(client_hometown), _place(staff_hometown)
    if client_place is None or staff_place is None or client_place[0] != staff_place[0]:
        return None
    province, city = client_place
    return province + city if city and city == staff_place[1] else province


@dataclass(frozen=True)
class Suggestion:
    """An interviewer to propose for a client, with why (R13q)."""

    staff_id: int
    name: str
    role: StaffRole
    hometown: str | None
    #: The shared place when the staff member is from the client's hometown.
    same_hometown: str | None
    interviews_this_month: int
    reason: str


def suggest_interviewers(
    session: Session, client_id: int, limit: int = 5, today: date | None = None
) -> list[Suggestion]:
    """R13q: active staff who interview, those from the client's hometown first (the
    same city before the same province only), then the fewest interviews this month,
    then by name."""
    client = load_client(session, client_id)
    today = today or _today(session)
    counts = _interview_counts(session, today)
    client_place = _place(client.hometown)
    staff = session.scalars(
        select(Staff).where(Staff.active, Staff.voided_at.is_(None), Staff.role.in_(list(INTERVIEWER_ROLES)))
    ).all()
    ranked = []
    for member in staff:
        shared = hometown_match(client.hometown, member.hometown)
        done = counts.get(member.id, 0)
        reasons = [f"同乡：{shared}"] if shared else []
        reasons.append(f"本月访谈 {done} 次")
        # The very same place ranks above the same province only.
        closeness = 0 if shared is None else (2 if _place(member.hometown) == client_place else 1)
        ranked.append(
            (
                -closeness,
                done,
                member.name,
                member.id,
                Suggestion(
                    staff_id=member.id,
                    name=member.name,
                    role=member.role,
                    hometown=member.hometown,
                    same_hometown=shared,
                    interviews_this_month=done,
                    reason="；".join(reasons),
                ),
            )
        )
    ranked.sort(key=lambda row: row[:4])
    return [row[4] for row in ranked[: max(0, limit)]]
