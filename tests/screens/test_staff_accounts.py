"""The staff accounts' screen without Qt (issue 17): the lockout the form and the list
show is the services' reading of it (``accounts.lockout_ends``), on the workspace's
clock: shown while it lasts, gone when its 15 minutes are over, without anyone saving;
a new account takes its password twice; the steps run as the administrator; anyone
else is refused. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.screens.base import Workspace
from desk_app.screens.staff_accounts import StaffAccountsScreen, staff_list_spec
from desk_app.services import accounts
from desk_app.services.accounts import AuthenticationError
from desk_app.services.errors import FieldError, PermissionDeniedError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=SH)
PASSWORD = "chuntian88"


@pytest.fixture
def clock(db: Database) -> FixedClock:
    db.clock = FixedClock(NOW)
    return db.clock


@pytest.fixture
def people(db: Database, clock: FixedClock) -> dict[str, int]:
    with db.begin() as session:
        staff = {
            "admin": Staff(login="admin", name="系统管理员", role=StaffRole.ADMINISTRATOR),
            "desk": Staff(
                login="desk",
                name="李前台",
                role=StaffRole.RECEPTIONIST,
                password_hash=accounts.hash_password(PASSWORD, n=2**10),
            ),
        }
        session.add_all(staff.values())
        session.flush()
        return {key: person.id for key, person in staff.items()}


def lock_out(db: Database, login: str) -> None:
    for _attempt in range(accounts.LOCKOUT_FAILURES):
        with pytest.raises(AuthenticationError):
            accounts.sign_in(db, login, "wrong-password")


def listed_lockout(db: Database, screen: StaffAccountsScreen, staff_id: int) -> object:
    spec = staff_list_spec(screen.workspace, lambda key: key)
    column = next(column for column in spec.columns if column.title == "col_locked")
    with db.read() as session:
        return session.scalar(select(column.expression).where(Staff.id == staff_id))


def test_the_lockout_is_read_by_the_service_on_the_workspace_clock(
    db: Database, clock: FixedClock, people: dict[str, int]
) -> None:
    screen = StaffAccountsScreen(Workspace(db, people["admin"]))
    assert screen.read_values(people["desk"])["locked_until"] == ""
    assert listed_lockout(db, screen, people["desk"]) is None
    lock_out(db, "desk")
    values = screen.read_values(people["desk"])
    assert values["locked_until"] == "2026-11-23 09:15" and values["active"]
    assert listed_lockout(db, screen, people["desk"]) == NOW + timedelta(minutes=accounts.LOCKOUT_MINUTES)
    clock.advance(timedelta(minutes=accounts.LOCKOUT_MINUTES))  # over: nobody saved anything
    assert screen.read_values(people["desk"])["locked_until"] == ""
    assert listed_lockout(db, screen, people["desk"]) is None
    clock.advance(timedelta(minutes=-1))  # a minute before its end: still shown
    assert screen.read_values(people["desk"])["locked_until"] == "2026-11-23 09:15"
    screen.run(people["desk"], "unlock")
    assert screen.read_values(people["desk"])["locked_until"] == ""
    assert accounts.sign_in(db, "desk", PASSWORD).staff_id == people["desk"]


def test_a_new_account_takes_its_password_twice(db: Database, people: dict[str, int]) -> None:
    screen = StaffAccountsScreen(Workspace(db, people["admin"]))
    values = {
        "login": "wang",
        "name": "王管家",
        "role": StaffRole.SERVICE_STAFF.value,
        "department_id": None,
        "hometown": "湖南",
        "phone": "",
        "cleared_to_work_alone": True,
    }
    with pytest.raises(FieldError) as mismatch:
        screen.save(None, {**values, "password": "xiatian99", "password_again": "xiatian98"}, None)
    assert mismatch.value.field == "password_again"
    staff_id = screen.save(None, {**values, "password": "xiatian99", "password_again": "xiatian99"}, None)
    stored = screen.read_values(staff_id)
    assert stored["must_change_password"] and stored["hometown"] == "湖南" and stored["cleared_to_work_alone"]
    assert screen.account(staff_id).login == "wang"


def test_the_steps_run_and_others_are_refused(db: Database, people: dict[str, int]) -> None:
    admin = StaffAccountsScreen(Workspace(db, people["admin"]))
    admin.check_access()
    admin.run(people["desk"], "deactivate")
    assert not admin.read_values(people["desk"])["active"]
    admin.run(people["desk"], "reactivate")
    admin.run(people["desk"], "reset_password", {"password": "linshi888"})
    assert admin.read_values(people["desk"])["must_change_password"]
    desk = StaffAccountsScreen(Workspace(db, people["desk"]))
    with pytest.raises(PermissionDeniedError):
        desk.check_access()
    with pytest.raises(PermissionDeniedError):
        desk.run(people["admin"], "unlock")
