"""Issue 17: the interview's and the interview plan's guard tables
(``interviews.GUARDS``, ``interviews.PLAN_GUARDS``) agree with their mutators for every
reachable state and every role. Before, "plan interviews" was offered to everyone and
then refused."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Interview, InterviewPlan
from desk_app.models.enums import ContactForm, InterviewTopic
from desk_app.services import interviews, records
from tests.services.guard_agreement import Lifecycle, accepts, disagreements, people, reachable_states
from tests.services.test_interviews import TODAY, Centre, centre  # noqa: F401

YESTERDAY = TODAY - timedelta(days=1)


def _interview(session: Session, interview_id: int) -> Interview | None:
    return session.get(Interview, interview_id)


def _plan(session: Session, plan_id: int) -> InterviewPlan | None:
    return session.get(InterviewPlan, plan_id)


def _interview_voided(session: Session, interview_id: int) -> bool:
    interview = _interview(session, interview_id)
    return interview is not None and interview.voided_at is not None


def _plan_voided(session: Session, plan_id: int) -> bool:
    plan = _plan(session, plan_id)
    return plan is not None and plan.voided_at is not None


def test_the_interview_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    arguments = {
        "client_id": centre.client,
        "interviewer_id": centre.steward,
        "interview_date": YESTERDAY,
        "form": ContactForm.PHONE,
        "topics": [InterviewTopic.CLEANING],
    }
    steps = {
        "update": lambda s, i: interviews.update_interview(s, i, **arguments),
        "void": lambda s, i: interviews.void_interview(s, i, "录入错误"),
    }
    lifecycle = Lifecycle(interviews.GUARDS, _interview, steps, _interview_voided)

    def new_interview(session: Session) -> int:
        return interviews.record_interview(session, **arguments).id

    states = reachable_states(centre.db, lifecycle, new_interview, centre.supervisor)
    assert set(states) == {False, True}  # saved, voided
    assert set(steps) == set(interviews.GUARDS.steps)
    assert disagreements(centre.db, lifecycle, states, people(centre.db)) == []


def test_the_plan_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    """A plan saved and voided, and a plan not saved yet (the form of a new one, the
    record None): planning by supervisors and heads only (R13q), voiding by the voiding
    roles (issue 7)."""

    def plan(session: Session, _plan_id: int) -> object:
        return interviews.save_plan(session, centre.steward, TODAY, client_ids=[centre.client])

    def void(session: Session, plan_id: int) -> object:
        return records.void_record(session, InterviewPlan, plan_id, "重复")

    steps = {"plan": plan, "void": void}
    lifecycle = Lifecycle(interviews.PLAN_GUARDS, _plan, steps, _plan_voided)

    def new_plan(session: Session) -> int:
        return interviews.save_plan(session, centre.steward, TODAY, room_ids=[centre.room]).plan_id

    states = reachable_states(centre.db, lifecycle, new_plan, centre.supervisor)
    assert set(states) == {False, True}
    assert set(steps) == set(interviews.PLAN_GUARDS.steps)
    staff = people(centre.db)
    assert disagreements(centre.db, lifecycle, states, staff) == []

    def first_plan(session: Session, _none: int) -> object:
        return interviews.save_plan(session, centre.supervisor, TODAY, client_ids=[centre.client])

    wrong = []
    for role, staff_id in staff.items():
        with centre.db.read() as session:
            assert (
                session.scalar(select(InterviewPlan).where(InterviewPlan.interviewer_id == centre.supervisor))
                is None
            )
        try:
            with centre.db.begin(actor_id=staff_id) as session:
                allowed = interviews.PLAN_GUARDS.verdict(session, "plan", None).allowed
                if allowed != accepts(session, first_plan, 0):
                    wrong.append(str(role))
                raise _Rollback
        except _Rollback:
            pass
    assert wrong == []


class _Rollback(Exception):
    pass
