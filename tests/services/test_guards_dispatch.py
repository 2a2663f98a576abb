"""Issue 17: the dispatch slip's guard table (``dispatch.GUARDS``, R20 and R6) agrees
with its mutators for every reachable state of a slip and every role: a step the
screen offers is a step the service takes, and nothing else."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from desk_app.models import DispatchSlip
from desk_app.models.enums import ContactForm
from desk_app.services import dispatch
from tests.services.guard_agreement import Lifecycle, disagreements, people, reachable_states
from tests.services.test_complaints import Centre, centre  # noqa: F401


def _slip(session: Session, slip_id: int) -> DispatchSlip:
    return dispatch.load_dispatch_slip(session, slip_id)


def _signature(session: Session, slip_id: int) -> tuple[object, ...]:
    slip = _slip(session, slip_id)
    return (
        slip.status.value,
        slip.accepted_at is not None,
        slip.arrived_at is not None,
        slip.callback_at is not None,
        slip.callback_exemption is not None,
    )


STEPS = {
    "assign": lambda s, i: dispatch.assign_dispatch_slip(
        s, i, assigned_department_id=None, assigned_staff_id=None
    ),
    "accept": lambda s, i: dispatch.record_accepted(s, i),
    "arrive": lambda s, i: dispatch.record_arrived(s, i),
    "complete": lambda s, i: dispatch.complete_dispatch_slip(s, i, "已更换阀门"),
    "callback": lambda s, i: dispatch.record_callback(
        s, i, form=ContactForm.PHONE, satisfied=True, confirm_do_not_disturb=True
    ),
    "reopen": lambda s, i: dispatch.reopen_dispatch_slip(s, i, "仍在漏水"),
}

MOVES = {
    **STEPS,
    "complete_on_the_spot": lambda s, i: dispatch.complete_dispatch_slip(
        s, i, "已更换阀门", confirmed_on_the_spot=True
    ),
    "callback_dissatisfied": lambda s, i: dispatch.record_callback(
        s, i, form=ContactForm.PHONE, satisfied=False, comments="又漏了"
    ),
}

LIFECYCLE = Lifecycle(dispatch.GUARDS, _slip, STEPS, _signature, MOVES)


def test_the_dispatch_table_agrees_with_the_service(centre: Centre) -> None:  # noqa: F811
    issued = centre.clock.now() - timedelta(hours=1)

    def new_slip(session: Session) -> int:
        slip = dispatch.create_dispatch_slip(
            session, content="厨房水管漏水", issued_at=issued, contact_phone="13800000000"
        )
        session.flush()
        return slip.id

    states = reachable_states(centre.db, LIFECYCLE, new_slip, centre.receptionist)
    # issued, accepted, arrived, done (owed, exempt, called back), reopened after a visit …
    assert len(states) >= 7, sorted(map(str, states))
    assert set(LIFECYCLE.steps) == set(dispatch.GUARDS.steps)
    assert disagreements(centre.db, LIFECYCLE, states, people(centre.db)) == []


def test_the_screens_steps_are_the_tables(centre: Centre) -> None:  # noqa: F811
    """``available_steps`` (the form's buttons) reports the table, for any state."""
    with centre.db.begin(actor_id=centre.receptionist) as session:
        slip = dispatch.create_dispatch_slip(session, content="路灯不亮", issued_at=centre.clock.now())
        session.flush()
        steps = dispatch.available_steps(session, slip)
        assert steps == {name: dispatch.GUARDS.verdict(session, name, slip).allowed for name in steps}
        assert steps["accept"] and not steps["callback"]
