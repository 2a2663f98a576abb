"""Issue 17: the neighbour dispute's guard table (``disputes.GUARDS``) agrees with its
mutators for every reachable state of a dispute and every role: a step the screen
offers is a step the service takes, and nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Dispute, DisputeStep
from desk_app.models.enums import DisputeParticipant, DisputeType, ReminderKind
from desk_app.services import disputes, reminder_cases
from desk_app.services.errors import NotFoundError
from tests.services.guard_agreement import Lifecycle, disagreements, people, reachable_states
from tests.services.test_complaints import Centre, centre  # noqa: F401


def _dispute(session: Session, dispute_id: int) -> Dispute:
    return disputes.load_dispute(session, dispute_id)


def _signature(session: Session, dispute_id: int) -> tuple[object, ...]:
    dispute = _dispute(session, dispute_id)
    return (
        dispute.status.value,
        any(step.voided_at is None for step in dispute.steps),
        bool(disputes.dispute_links(session, dispute_id)),
    )


def _case_number(session: Session) -> str:
    return reminder_cases.open_case(session, ReminderKind.NOISE, location="3栋2单元").number


def _add_participant(session: Session, dispute_id: int) -> object:
    step_id = session.scalar(
        select(DisputeStep.id).where(DisputeStep.dispute_id == dispute_id, DisputeStep.voided_at.is_(None))
    )
    return disputes.add_participant(session, step_id or -1, DisputeParticipant.POLICE_STATION)


def _unlink(session: Session, dispute_id: int) -> object:
    links = disputes.dispute_links(session, dispute_id)
    number = links[0].number if links else _case_number(session)
    return disputes.unlink_from_dispute(session, dispute_id, number)


STEPS = {
    "add_step": lambda s, i: disputes.add_step(s, i, "约双方到中心协调"),
    "add_participant": _add_participant,
    "close": lambda s, i: disputes.close_dispute(s, i, "双方和解"),
    "reopen": lambda s, i: disputes.reopen_dispute(s, i, "又开始打麻将"),
    "link": lambda s, i: disputes.link_to_dispute(s, i, _case_number(s)),
    "unlink": _unlink,
    "void": lambda s, i: disputes.void_dispute(s, i, "重复登记"),
}

#: a voided dispute is not shown (``load_dispute`` refuses it), so voiding ends the walk
MOVES = {name: call for name, call in STEPS.items() if name != "void"}

LIFECYCLE = Lifecycle(disputes.GUARDS, _dispute, STEPS, _signature, MOVES)


def test_the_dispute_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    def new_dispute(session: Session) -> int:
        return disputes.record_dispute(
            session,
            dispute_type=DisputeType.NOISE,
            description="楼上打麻将",
            complainant_client_id=centre.client,
        ).id

    states = reachable_states(centre.db, LIFECYCLE, new_dispute, centre.steward)
    # open without a step, with a step, linked or not, closed with or without links …
    assert len(states) >= 6, sorted(map(str, states))
    assert set(LIFECYCLE.steps) == set(disputes.GUARDS.steps)
    assert disagreements(centre.db, LIFECYCLE, states, people(centre.db)) == []


def test_a_voided_dispute_is_not_shown(centre: Centre) -> None:  # noqa: F811
    """A voided dispute is refused before the table is asked (``load_dispute``), by
    every step and by the screen's read alike."""
    with centre.db.begin(actor_id=centre.supervisor) as session:
        dispute = disputes.record_dispute(
            session, dispute_type=DisputeType.PETS, description="狗叫", complainant_client_id=centre.client
        )
        disputes.void_dispute(session, dispute.id, "重复登记")
        dispute_id = dispute.id
    with centre.db.begin(actor_id=centre.supervisor) as session:
        for step, call in STEPS.items():
            with pytest.raises(NotFoundError):
                call(session, dispute_id)
            assert step in disputes.GUARDS
