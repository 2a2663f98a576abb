"""The property every guard table must have (issue 17): for every reachable state of a
record and every role, a step is allowed by the table if and only if the service's
mutator accepts it.

A lifecycle is described by its table, how the screen loads the record, and each step
as a call with valid arguments (so only the state and the role can refuse it). The
reachable states are found by walking the lifecycle from a new record: every move that
the service accepts leads to a state, each state is kept once (by its ``signature``),
and each is realised as a record of its own. Every step is then run for every role in a
savepoint that is rolled back, next to the table's verdict for the same person.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services.errors import DomainError
from desk_app.services.guards import GuardTable

R = TypeVar("R")

#: a step with valid arguments on the record ``record_id``
Call = Callable[[Session, int], object]


class _Rollback(Exception):
    """Leaves a unit of work without writing anything."""


@dataclass(frozen=True)
class Lifecycle(Generic[R]):
    table: GuardTable[R]
    #: the record as the screen reads it
    load: Callable[[Session, int], R]
    #: every step of the table, with valid arguments
    steps: Mapping[str, Call]
    #: what tells two states apart
    signature: Callable[[Session, int], Hashable]
    #: moves that lead to other states (the steps, and variants such as a dissatisfied
    #: callback); by default the steps themselves
    moves: Mapping[str, Call] = field(default_factory=dict)


def people(db: Database) -> dict[StaffRole | None, int | None]:
    """One active member of staff per role, and nobody signed in."""
    found: dict[StaffRole | None, int | None] = {None: None}
    with db.begin() as session:
        for role in StaffRole:
            staff = Staff(login=f"guard-{role.value}", name=f"{role.label}甲", role=role, active=True)
            session.add(staff)
            session.flush()
            found[role] = staff.id
    return found


def accepts(session: Session, call: Call, record_id: int) -> bool:
    """Whether the service accepts ``call`` now; nothing it did stays."""
    savepoint = session.begin_nested()
    try:
        call(session, record_id)
        session.flush()
    except DomainError:
        return False
    finally:
        savepoint.rollback()
    return True


def _after(session: Session, lifecycle: Lifecycle[R], call: Call, record_id: int) -> Hashable | None:
    """The state ``call`` leads to (None when refused); nothing it did stays."""
    savepoint = session.begin_nested()
    try:
        call(session, record_id)
        session.flush()
        return lifecycle.signature(session, record_id)
    except DomainError:
        return None
    finally:
        savepoint.rollback()


def reachable_states(
    db: Database, lifecycle: Lifecycle[R], new_record: Callable[[Session], int], actor: int, limit: int = 30
) -> dict[Hashable, int]:
    """Every state reachable from a new record by moves ``actor`` may make: a record in
    each (its id by the state's signature)."""
    moves = lifecycle.moves or lifecycle.steps

    def realise(path: tuple[str, ...]) -> int:
        with db.begin(actor_id=actor) as session:
            record_id = new_record(session)
        for move in path:
            with db.begin(actor_id=actor) as session:
                moves[move](session, record_id)
        return record_id

    first = realise(())
    with db.read() as session:
        start = lifecycle.signature(session, first)
    states: dict[Hashable, int] = {start: first}
    frontier: list[tuple[tuple[str, ...], int]] = [((), first)]
    while frontier:
        path, record_id = frontier.pop(0)
        found: dict[Hashable, str] = {}
        try:
            with db.begin(actor_id=actor) as session:
                for move, call in moves.items():
                    after = _after(session, lifecycle, call, record_id)
                    if after is not None and after not in states and after not in found:
                        found[after] = move
                raise _Rollback
        except _Rollback:
            pass
        for after, move in found.items():
            assert len(states) < limit, f"more than {limit} states: is the signature too fine?"
            states[after] = realise((*path, move))
            frontier.append(((*path, move), states[after]))
    return states


def disagreements(
    db: Database,
    lifecycle: Lifecycle[R],
    states: Mapping[Hashable, int],
    staff: Mapping[StaffRole | None, int | None],
) -> list[str]:
    """Every (state, role, step) where the table and the service disagree."""
    wrong: list[str] = []
    for state, record_id in states.items():
        try:
            with db.begin() as session:
                for role, staff_id in staff.items():
                    # the unit of work acts for each person in turn (what Database.begin
                    # would set for them; the services read the actor from here)
                    session.info["actor_id"] = staff_id
                    for step, call in lifecycle.steps.items():
                        verdict = lifecycle.table.verdict(session, step, lifecycle.load(session, record_id))
                        accepted = accepts(session, call, record_id)
                        if verdict.allowed != accepted:
                            who = role.value if role is not None else "nobody"
                            wrong.append(
                                f"{step} in {state} as {who}: table {verdict.allowed} "
                                f"({verdict.reason}), service {accepted}"
                            )
                raise _Rollback
        except _Rollback:
            pass
    return wrong
