"""The 5W1H message's guard table (``worklog.MESSAGE_GUARDS``, issue 17), exhaustively:
for every reachable state of a message (unread, read, left for someone since
deactivated, voided, no message at all) and every actor (the program itself, each
role, the recipient, a deactivated account), the table allows ``mark_read`` exactly when the
service accepts it, and refuses with the service's own message; a step that does not
apply is hidden. The service is called in a savepoint that is rolled back. SQLite and
PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.services import worklog
from desk_app.services.errors import DomainError
from desk_app.services.guards import Verdict
from desk_app.services.worklog import MESSAGE_GUARDS, Message5W1H

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


class _Rollback(Exception):
    """Leaves the unit of work without writing anything."""


@dataclass(frozen=True)
class Case:
    entry: str
    actor: str
    allowed: bool
    applies: bool
    accepted: bool
    verdict_reason: str
    refusal: str


def _setup(db: Database) -> tuple[dict[str, int | None], dict[str, int]]:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        people = {
            role.value: Staff(login=role.value, name=role.label, role=role, cleared_to_work_alone=True)
            for role in StaffRole
        }
        people["gone"] = Staff(
            login="gone", name="离职同事", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True
        )
        session.add_all(people.values())
        session.flush()
        ids: dict[str, int | None] = {key: staff.id for key, staff in people.items()}
    recipient = ids[StaffRole.SERVICE_STAFF.value]
    taker = ids[StaffRole.RECEPTIONIST.value]
    assert recipient is not None and taker is not None and ids["gone"] is not None

    def leave(for_staff: int | None, what: str = "请回电") -> int:
        with db.begin(actor_id=taker) as session:
            message = Message5W1H(for_staff_id=for_staff, what=what) if for_staff is not None else None
            return worklog.record_entry(
                session,
                channel=Channel.CALL,
                category=Category.OTHER,
                content="找人",
                contact_name="李先生",
                message=message,
            ).entry.id

    entries = {
        "unread": leave(recipient),
        "read": leave(recipient),
        "voided": leave(recipient),
        "for_someone_gone": leave(ids["gone"]),
        "no_message": leave(None),
    }
    with db.begin(actor_id=recipient) as session:
        worklog.mark_message_read(session, entries["read"])
    with db.begin() as session:
        voided = session.get(WorkLogEntry, entries["voided"])
        assert voided is not None
        voided.voided_at, voided.void_reason = NOW, "登记错误"
        gone = session.get(Staff, ids["gone"])
        assert gone is not None
        gone.active = False
    ids["nobody"] = None
    return ids, entries


def _case(db: Database, entry_key: str, entry_id: int, actor_key: str, actor: int | None) -> Case:
    outcome: dict[str, object] = {}
    try:
        with db.begin(actor_id=actor) as session:
            entry = session.get(WorkLogEntry, entry_id)
            assert entry is not None
            verdict = MESSAGE_GUARDS.verdict(session, "mark_read", entry)
            savepoint = session.begin_nested()
            try:
                worklog.mark_message_read(session, entry_id)
                session.flush()
                outcome["refusal"] = ""
            except DomainError as error:
                outcome["refusal"] = str(error)
            savepoint.rollback()
            outcome["verdict"] = verdict
            raise _Rollback
    except _Rollback:
        pass
    verdict = outcome["verdict"]
    assert isinstance(verdict, Verdict)
    refusal = str(outcome["refusal"])
    return Case(
        entry_key, actor_key, verdict.allowed, verdict.applies, refusal == "", verdict.reason, refusal
    )


def test_mark_read_is_allowed_exactly_when_the_service_accepts_it(db: Database) -> None:
    people, entries = _setup(db)
    cases = [
        _case(db, entry_key, entry_id, actor_key, actor)
        for (entry_key, entry_id), (actor_key, actor) in itertools.product(entries.items(), people.items())
    ]
    assert len(cases) == len(entries) * len(people) == 5 * 7
    disagreements = [case for case in cases if case.allowed != case.accepted]
    assert disagreements == []
    wrong_reason = [case for case in cases if not case.allowed and case.verdict_reason != case.refusal]
    assert wrong_reason == []
    # what the table says, in the rule's terms (R16: only the person it was left for;
    # the program itself, nobody signed in, too; never a deactivated account)
    allowed = {(case.entry, case.actor) for case in cases if case.allowed}
    recipient = StaffRole.SERVICE_STAFF.value
    assert allowed == {
        ("unread", recipient),
        ("read", recipient),  # again: the first reading's time is kept
        ("voided", recipient),
        ("unread", "nobody"),
        ("read", "nobody"),
        ("voided", "nobody"),
        ("for_someone_gone", "nobody"),
    }
    assert {case.entry for case in cases if not case.applies} == {"no_message"}


@pytest.mark.parametrize("actor", ["recipient", "someone else"])
def test_the_first_reading_counts(db: Database, actor: str) -> None:
    people, entries = _setup(db)
    reader = people[StaffRole.SERVICE_STAFF.value if actor == "recipient" else StaffRole.SUPERVISOR.value]
    with db.read() as session:
        before = session.get(WorkLogEntry, entries["unread"])
        assert before is not None and before.message_read_at is None
    try:
        with db.begin(actor_id=reader) as session:
            worklog.mark_message_read(session, entries["unread"])
    except DomainError:
        assert actor == "someone else"
    with db.read() as session:
        after = session.get(WorkLogEntry, entries["unread"])
        assert after is not None
        assert (after.message_read_at is not None) == (actor == "recipient")
