"""访谈计划 monthly interview plans (SPEC 2.4; R12, R13q): the screen's unit of work.

``InterviewPlanScreen`` reads a plan as the form's values, tells whether the signed-in
person may plan at all (``interviews.PLAN_GUARDS``: supervisors and department heads;
before, the form was offered to everyone and the save refused), saves a plan with its
R12 warnings, looks up a room typed as a target, and reads the side panels of a month
(R13q quota progress, move-in visits due and missed) and the interviewer suggestions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Client, InterviewPlan, InterviewPlanTarget, Staff
from desk_app.screens.base import ActionState, SessionFormScreen
from desk_app.screens.list_spec import Column, Filter, ListSpec, Text
from desk_app.services import interviews, references
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.interviews import MissedVisit, MoveInVisitDue, QuotaProgress, Suggestion

__all__ = [
    "LIST_TEXT_KEYS",
    "InterviewPlanScreen",
    "PlanPanels",
    "SavedPlan",
    "Suggestion",
    "TargetRoom",
    "plan_list",
]

#: what the widget labels the list with: ``text(key)`` for these keys
LIST_TEXT_KEYS = (
    "col_month",
    "col_interviewer",
    "col_role",
    "col_targets",
    "col_done",
    "col_notes",
    "filter_month",
    "all",
    "this_month",
    "last_month",
    "next_month",
    "export",
)


@dataclass(frozen=True)
class PlanPanels:
    """The side panels of the plan's month (R13q)."""

    month: date
    quotas: tuple[QuotaProgress, ...]
    due: tuple[MoveInVisitDue, ...]
    missed: tuple[MissedVisit, ...]


@dataclass(frozen=True)
class SavedPlan:
    plan_id: int
    #: R12: the targets who objected to interviews (kept on the plan, named here)
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class TargetRoom:
    room_id: int
    code: str


def _month_text(value: Any) -> str:
    return f"{value:%Y-%m}" if isinstance(value, date) else ""


def plan_list(text: Text, today: date) -> ListSpec:
    """The list of plans, labelled by ``text`` (keys ``LIST_TEXT_KEYS``); the month
    filter counts from ``today``."""
    first = today.replace(day=1)
    targets = (
        select(func.count(InterviewPlanTarget.id))
        .where(InterviewPlanTarget.plan_id == InterviewPlan.id)
        .correlate(InterviewPlan)
        .scalar_subquery()
    )
    done = (
        select(func.count(InterviewPlanTarget.id))
        .where(InterviewPlanTarget.plan_id == InterviewPlan.id, InterviewPlanTarget.interview_id.is_not(None))
        .correlate(InterviewPlan)
        .scalar_subquery()
    )
    months = (
        (text("all"), None),
        (text("this_month"), InterviewPlan.month == first),
        (text("last_month"), InterviewPlan.month == first - relativedelta(months=1)),
        (text("next_month"), InterviewPlan.month == first + relativedelta(months=1)),
    )
    return ListSpec(
        kind="interview_plans",
        model=InterviewPlan,
        columns=(
            Column(text("col_month"), InterviewPlan.month, format=_month_text, width=70),
            Column(text("col_interviewer"), Staff.name, width=80),
            Column(text("col_role"), Staff.role, width=80),
            Column(text("col_targets"), targets, width=60),
            Column(text("col_done"), done, width=60),
            Column(text("col_notes"), InterviewPlan.notes),
        ),
        search=(Staff.name, InterviewPlan.notes),
        filters=(Filter(text("filter_month"), months),),
        default_order=InterviewPlan.month.desc(),
        query=lambda select_: select_.join(Staff, Staff.id == InterviewPlan.interviewer_id),
        export_name=text("export"),
    )


def _plan(session: Session, record_id: int) -> InterviewPlan:
    plan = session.get(InterviewPlan, record_id)
    if plan is None or plan.voided_at is not None:
        raise NotFoundError(msg("找不到访谈计划（编号 {number}），或已作废", number=record_id))
    return plan


class InterviewPlanScreen(SessionFormScreen):
    """The plan form's reads and saves (see the module docstring)."""

    def staff_choices(self) -> list[tuple[int, str]]:
        return self.workspace.read(references.staff_choices)

    def today(self) -> date:
        return self.workspace.now().astimezone(self.workspace.zone).date()

    def plan_state(self, record_id: int | None = None) -> ActionState:
        """Whether the signed-in person may save this plan (or a new one), and why not
        (R13q: supervisors and department heads draw up the plans)."""

        def read(session: Session) -> ActionState:
            plan = session.get(InterviewPlan, record_id) if record_id is not None else None
            return ActionState.of(interviews.PLAN_GUARDS.verdict(session, "plan", plan))

        return self.workspace.read(read)

    # -- reading -----------------------------------------------------------------------

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        plan = _plan(session, record_id)
        targets: list[list[Any]] = []
        for target in sorted(plan.targets, key=lambda t: t.id):
            room = references.room_code(session, target.room_id)
            if target.client_id is not None:
                client = session.get(Client, target.client_id)
                name = client.name if client is not None else str(target.client_id)
                label = f"{name}（{room}）" if room else name
                targets.append(["client", target.client_id, label, target.interview_id is not None])
            elif target.room_id is not None:
                targets.append(["room", target.room_id, room, target.interview_id is not None])
        return {
            "month": plan.month.isoformat(),
            "interviewer_id": plan.interviewer_id,
            "targets": targets,
            "notes": plan.notes or "",
            "_version": plan.version,
            "_plan": ActionState.of(interviews.PLAN_GUARDS.verdict(session, "plan", plan)),
        }

    def find_room(self, text: str) -> TargetRoom:
        """The room typed as a target (a FieldError on ``room_ids`` when there is none)."""

        def read(session: Session) -> TargetRoom:
            room = references.find_room(session, text, "room_ids", required=True)
            assert room is not None
            return TargetRoom(room.id, room.code)

        return self.workspace.read(read)

    def panels(self, month: date) -> PlanPanels:
        """R13q for ``month``: each interviewer's quota progress; the move-in visits due
        and missed (as of today)."""

        def read(session: Session) -> PlanPanels:
            return PlanPanels(
                month,
                tuple(interviews.quota_progress(session, month)),
                tuple(interviews.move_in_visits_due(session)),
                tuple(interviews.missed_move_in_visits(session)),
            )

        return self.workspace.read(read)

    def suggestions(self, client_id: int) -> list[Suggestion]:
        """R13q: interviewers for a target client, staff from its hometown first."""
        return self.workspace.read(lambda session: interviews.suggest_interviewers(session, client_id))

    # -- saving ------------------------------------------------------------------------

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        return self.saved_in(session, values, record_id, expected_version).plan_id

    def save_plan(
        self, values: dict[str, Any], record_id: int | None = None, expected_version: int | None = None
    ) -> SavedPlan:
        """Save the plan (one per interviewer and month: a plan for the same pair is
        replaced), with the R12 warnings of its targets. ``record_id`` and
        ``expected_version``: the plan the form loaded, refused as a conflict when
        someone saved it since."""
        return self.workspace.write(
            lambda session: self.saved_in(session, values, record_id, expected_version)
        )

    @staticmethod
    def saved_in(
        session: Session,
        values: dict[str, Any],
        record_id: int | None = None,
        expected_version: int | None = None,
    ) -> SavedPlan:
        interviewer_id = values.get("interviewer_id")
        if interviewer_id is None:
            raise FieldError("interviewer_id", msg("请选择访谈人"))
        targets = values.get("targets") or []
        saved = interviews.save_plan(
            session,
            int(interviewer_id),
            date.fromisoformat(str(values["month"])),
            client_ids=[int(ident) for kind, ident, *_ in targets if kind == "client"],
            room_ids=[int(ident) for kind, ident, *_ in targets if kind == "room"],
            notes=values.get("notes"),
            plan_id=record_id,
            expected_version=expected_version,
        )
        return SavedPlan(saved.plan_id, tuple(saved.warnings))
