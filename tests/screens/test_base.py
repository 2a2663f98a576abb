"""The screens layer's workspace and the services' guard tables, without Qt."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.screens.base import ActionState, ConflictError, StorageError, Workspace
from desk_app.services.errors import DomainError, PermissionDeniedError, RuleViolationError
from desk_app.services.guards import GuardTable, Step, roles, signed_in


def add_staff(db: Database, role: StaffRole, login: str, active: bool = True) -> int:
    with db.begin() as session:
        staff = Staff(login=login, name=login, role=role, active=active)
        session.add(staff)
        session.flush()
        return staff.id


def test_write_commits_and_read_sees_it_as_the_actor(db: Database) -> None:
    actor = add_staff(db, StaffRole.SUPERVISOR, "zhang")
    workspace = Workspace(db, lambda: actor)
    workspace.write(lambda session: session.add(Staff(login="li", name="李", role=StaffRole.RECEPTIONIST)))
    assert workspace.read(lambda session: session.scalar(select(func.count()).select_from(Staff))) == 2
    assert workspace.read(lambda session: session.info["actor_id"]) == actor


def test_a_failed_write_stores_nothing(db: Database) -> None:
    workspace = Workspace(db)

    def half(session: Session) -> None:
        session.add(Staff(login="li", name="李", role=StaffRole.RECEPTIONIST))
        session.flush()
        raise RuleViolationError("refused")

    with pytest.raises(RuleViolationError):
        workspace.write(half)
    assert workspace.read(lambda session: session.scalar(select(func.count()).select_from(Staff))) == 0


def test_the_orm_conflict_comes_out_as_a_conflict_error(db: Database) -> None:
    def stale(_session: Session) -> None:
        raise StaleDataError(
            "UPDATE statement on table 'complaint' expected to update 1 row(s); 0 were matched."
        )

    with pytest.raises(ConflictError) as caught:
        Workspace(db).write(stale)
    assert "其他人修改" in str(caught.value)


@pytest.mark.parametrize("kind", ["read", "write"])
def test_a_database_failure_comes_out_as_a_storage_error_in_chinese(db: Database, kind: str) -> None:
    def broken(_session: Session) -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))

    workspace = Workspace(db)
    with pytest.raises(StorageError) as caught:
        workspace.read(broken) if kind == "read" else workspace.write(broken)
    assert isinstance(caught.value, DomainError)
    assert "OperationalError" in str(caught.value) and "请稍后再试" in str(caught.value)


# -- guard tables ------------------------------------------------------------------------------


def _record_open(_session: Session, record: dict[str, str]) -> DomainError | None:
    return None if record["status"] == "open" else RuleViolationError("已关闭", rule="R7")


TABLE: GuardTable[dict[str, str]] = GuardTable(
    {
        "close": Step(checks=(roles({StaffRole.SUPERVISOR}, "关闭", "R7"), _record_open)),
        "note": Step(checks=(signed_in("记录"),)),
        "web": Step(applies=lambda record: record["channel"] == "web"),
    }
)


@pytest.mark.parametrize(
    ("role", "status", "allowed", "error"),
    [
        (StaffRole.SUPERVISOR, "open", True, None),
        (StaffRole.SUPERVISOR, "closed", False, RuleViolationError),
        (StaffRole.RECEPTIONIST, "open", False, PermissionDeniedError),
        (StaffRole.RECEPTIONIST, "closed", False, PermissionDeniedError),  # the first refusal
    ],
)
def test_a_guard_verdict_and_require_agree(
    db: Database, role: StaffRole, status: str, allowed: bool, error: type[DomainError] | None
) -> None:
    actor = add_staff(db, role, "wang")
    record = {"status": status, "channel": "phone"}

    def check(session: Session) -> None:
        verdict = TABLE.verdict(session, "close", record)
        assert verdict.allowed is allowed
        state = ActionState.of(verdict)
        assert state.enabled is allowed and state.visible
        if error is None:
            TABLE.require(session, "close", record)
            assert state.reason == ""
        else:
            assert isinstance(verdict.refusal, error)
            assert state.reason == str(verdict.refusal)
            with pytest.raises(error):
                TABLE.require(session, "close", record)

    Workspace(db, actor).read(check)


def test_a_step_that_does_not_apply_is_hidden_and_refused(db: Database) -> None:
    def check(session: Session) -> None:
        verdicts = TABLE.verdicts(session, {"status": "open", "channel": "phone"})
        assert not verdicts["web"].allowed and not verdicts["web"].applies
        assert ActionState.of(verdicts["web"]).visible is False
        assert TABLE.verdict(session, "web", {"status": "open", "channel": "web"}).allowed

    Workspace(db).read(check)


def test_nobody_signed_in_and_a_deactivated_account_are_refused(db: Database) -> None:
    gone = add_staff(db, StaffRole.SUPERVISOR, "zhao", active=False)
    record = {"status": "open", "channel": "phone"}
    assert Workspace(db).read(lambda session: TABLE.verdict(session, "note", record)).allowed is False
    refusal = Workspace(db, gone).read(lambda session: TABLE.verdict(session, "close", record)).refusal
    assert isinstance(refusal, PermissionDeniedError) and "停用" in str(refusal)
