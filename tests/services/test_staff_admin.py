"""The administrator's staff-accounts work beyond passwords (issue 7): editing a staff
member's details, the last administrator keeping the role, reactivating, unlocking and
the list. Only the administrator may do any of it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.services.errors import ConflictError, FieldError, PermissionDeniedError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PASSWORD = "chuntian88"


def _staff(db: Database, login: str, role: StaffRole, **fields: object) -> int:
    with db.begin() as session:
        staff = Staff(
            login=login, name=login, role=role, password_hash=accounts.hash_password(PASSWORD), **fields
        )
        session.add(staff)
        session.flush()
        return staff.id


def _department(db: Database, name: str) -> int:
    with db.begin() as session:
        department = Department(name=name)
        session.add(department)
        session.flush()
        return department.id


@pytest.fixture
def centre(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    return db


def _edit(session: object, staff_id: int, **changes: object) -> Staff:
    values: dict[str, object] = {
        "name": "赵强",
        "role": StaffRole.SERVICE_STAFF,
        "department_id": None,
        "hometown": None,
        "phone": None,
        "cleared_to_work_alone": False,
    }
    values.update(changes)
    return accounts.update_staff(session, staff_id, **values)  # type: ignore[arg-type]


def test_administrator_edits_details_and_initials_follow_the_name(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    worker = _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    department = _department(centre, "客服部")
    with centre.read() as session:
        version = session.get(Staff, worker).version  # type: ignore[union-attr]
    with centre.begin(admin) as session:
        accounts.update_staff(
            session,
            worker,
            name=" 曾小霞 ",
            role=StaffRole.SUPERVISOR,
            department_id=department,
            hometown=" 湖南 ",
            phone="13800001111",
            cleared_to_work_alone=True,
            expected_version=version,
        )
    with centre.read() as session:
        staff = session.get(Staff, worker)
        assert staff is not None
        assert (staff.name, staff.name_initials, staff.role) == ("曾小霞", "zxx", StaffRole.SUPERVISOR)
        assert (staff.department_id, staff.hometown, staff.phone) == (department, "湖南", "13800001111")
        assert staff.cleared_to_work_alone is True
        assert staff.login == "zhaoqiang"
    with centre.begin(admin) as session:
        _edit(session, worker, hometown="  ", phone="")
    with centre.read() as session:
        staff = session.get(Staff, worker)
        assert staff is not None and staff.hometown is None and staff.phone is None
        assert staff.cleared_to_work_alone is False


def test_stale_version_is_a_conflict(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    worker = _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    with centre.read() as session:
        version = session.get(Staff, worker).version  # type: ignore[union-attr]
    with centre.begin(admin) as session:
        _edit(session, worker, expected_version=version)
    with pytest.raises(ConflictError), centre.begin(admin) as session:
        _edit(session, worker, name="另一个", expected_version=version)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"name": "长" * 65}, "name"),
        ({"hometown": "省" * 65}, "hometown"),
        ({"phone": "1" * 33}, "phone"),
        ({"department_id": 999_999}, "department_id"),
    ],
)
def test_bad_input_names_the_field(centre: Database, changes: dict[str, object], field: str) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    worker = _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    with pytest.raises(FieldError) as error, centre.begin(admin) as session:
        _edit(session, worker, **changes)
    assert error.value.field == field
    with centre.read() as session:
        assert session.get(Staff, worker).name == "zhaoqiang"  # type: ignore[union-attr]


def test_last_active_administrator_keeps_the_role(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    with pytest.raises(FieldError, match="最后一个") as error, centre.begin(admin) as session:
        _edit(session, admin, role=StaffRole.SUPERVISOR)
    assert error.value.field == "role"
    # An inactive second administrator does not count ...
    second = _staff(centre, "root2", StaffRole.ADMINISTRATOR, active=False)
    with pytest.raises(FieldError), centre.begin(admin) as session:
        _edit(session, admin, role=StaffRole.SUPERVISOR)
    # ... an active one does.
    with centre.begin(admin) as session:
        accounts.reactivate(session, second)
    with centre.begin(admin) as session:
        _edit(session, admin, name="root", role=StaffRole.SUPERVISOR)
    with centre.read() as session:
        assert session.get(Staff, admin).role is StaffRole.SUPERVISOR  # type: ignore[union-attr]
    # Keeping the role while editing other details is always allowed.
    with centre.begin(second) as session:
        _edit(session, second, name="新管理员", role=StaffRole.ADMINISTRATOR, cleared_to_work_alone=True)


def test_reactivate_lets_the_person_sign_in_again(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    worker = _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    with centre.begin(admin) as session:
        accounts.deactivate(session, worker)
    with pytest.raises(accounts.AuthenticationError, match="已停用"):
        accounts.sign_in(centre, "zhaoqiang", PASSWORD)
    with centre.begin(admin) as session:
        accounts.reactivate(session, worker)
    assert accounts.sign_in(centre, "zhaoqiang", PASSWORD).staff_id == worker


def test_unlock_lifts_a_lockout_and_keeps_the_password(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    worker = _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    for _ in range(accounts.LOCKOUT_FAILURES):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(centre, "zhaoqiang", "wrong")
    with pytest.raises(accounts.AuthenticationError, match="锁定"):
        accounts.sign_in(centre, "zhaoqiang", PASSWORD)
    with centre.begin(admin) as session:
        rows = {row.login: row for row in accounts.list_staff(session)}
    assert rows["zhaoqiang"].locked_until is not None
    assert rows["zhaoqiang"].locked_until > NOW
    with centre.begin(admin) as session:
        accounts.unlock(session, worker)
    signed = accounts.sign_in(centre, "zhaoqiang", PASSWORD)
    assert signed.staff_id == worker and not signed.must_change_password


def test_list_staff_shows_inactive_last_with_department(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    department = _department(centre, "工程部")
    _staff(centre, "a-left", StaffRole.SERVICE_STAFF, active=False)
    _staff(centre, "b-here", StaffRole.SERVICE_STAFF, department_id=department, cleared_to_work_alone=True)
    with centre.read() as session:
        session.info["actor_id"] = admin
        rows = accounts.list_staff(session)
        active_only = accounts.list_staff(session, include_inactive=False)
        choices = accounts.department_choices(session)
        one = accounts.load_staff(session, admin)
    assert [row.login for row in rows] == ["b-here", "root", "a-left"]
    assert rows[0].department == "工程部" and rows[0].cleared_to_work_alone
    assert [row.login for row in active_only] == ["b-here", "root"]
    assert (department, "工程部") in choices
    assert one.role is StaffRole.ADMINISTRATOR and one.version >= 1


def test_create_account_fills_the_initials(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    with centre.begin(admin) as session:
        accounts.create_account(
            session, login="zengxx", name="曾小霞", role=StaffRole.RECEPTIONIST, password="chushi123"
        )
    with centre.read() as session:
        staff = session.scalars(select(Staff).where(Staff.login == "zengxx")).one()
        assert staff.name_initials == "zxx"


@pytest.mark.parametrize("role", [r for r in StaffRole if r is not StaffRole.ADMINISTRATOR])
def test_only_the_administrator_may(centre: Database, role: StaffRole) -> None:
    actor = _staff(centre, "someone", role)
    other = _staff(centre, "other", StaffRole.RECEPTIONIST, active=False)
    calls = (
        lambda session: _edit(session, other),
        lambda session: accounts.reactivate(session, other),
        lambda session: accounts.unlock(session, other),
        lambda session: accounts.list_staff(session),
        lambda session: accounts.load_staff(session, other),
    )
    for call in calls:
        with pytest.raises(PermissionDeniedError, match="系统管理员"), centre.begin(actor) as session:
            call(session)
    with centre.read() as session:
        staff = session.get(Staff, other)
        assert staff is not None and staff.active is False and staff.name == "other"


def test_lockout_time_is_stored_in_the_future(centre: Database) -> None:
    _staff(centre, "zhaoqiang", StaffRole.RECEPTIONIST)
    for _ in range(accounts.LOCKOUT_FAILURES):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(centre, "zhaoqiang", "wrong")
    with centre.read() as session:
        staff = session.scalars(select(Staff).where(Staff.login == "zhaoqiang")).one()
        assert staff.locked_until is not None
        locked = staff.locked_until
    moment = locked if locked.tzinfo is not None else locked.replace(tzinfo=ZoneInfo("UTC"))
    assert moment - NOW == timedelta(minutes=accounts.LOCKOUT_MINUTES)
