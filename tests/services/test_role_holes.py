"""Issue 19, findings 4 and 6: role holes and lockout. Powers are read from the
database at each unit of work (a deactivated or demoted account loses them at once),
``backup_keep`` has a floor and only an administrator sets it, a password is changed
only by its owner and wrong guesses there count, parallel guesses all count, and an
unknown login hears exactly what a wrong password hears. SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Setting, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts, backup, context
from desk_app.services.errors import FieldError, PermissionDeniedError
from desk_app.services.settings import MIN_BACKUP_KEEP, store_setting

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


@pytest.fixture
def centre(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    return db


def test_a_deactivated_administrator_loses_every_power_at_once(centre: Database) -> None:
    boss = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    other = _staff(centre, "root2", StaffRole.ADMINISTRATOR)
    clerk = _staff(centre, "qian", StaffRole.RECEPTIONIST)
    with centre.begin(other) as session:
        accounts.deactivate(session, boss)
    # The window of the deactivated administrator is still open with its staff id.
    with pytest.raises(PermissionDeniedError, match="已停用"), centre.begin(boss) as session:
        accounts.create_account(
            session, login="new", name="新管理员", role=StaffRole.ADMINISTRATOR, password="xinmima123"
        )
    with pytest.raises(PermissionDeniedError), centre.begin(boss) as session:
        accounts.set_password(session, clerk, "xinmima123")
    with centre.read() as session:
        assert session.scalars(select(Staff).where(Staff.login == "new")).first() is None


def test_a_demoted_account_acts_with_its_new_role_at_once(centre: Database) -> None:
    boss = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    clerk = _staff(centre, "qian", StaffRole.RECEPTIONIST)
    with centre.begin() as session:
        staff = session.get(Staff, boss)
        assert staff is not None
        staff.role = StaffRole.RECEPTIONIST
    with pytest.raises(PermissionDeniedError), centre.begin(boss) as session:
        accounts.set_password(session, clerk, "xinmima123")


def test_backup_keep_is_for_an_administrator_and_has_a_floor(centre: Database, tmp_path: Path) -> None:
    clerk = _staff(centre, "qian", StaffRole.RECEPTIONIST)
    boss = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    with pytest.raises(PermissionDeniedError), centre.begin(clerk) as session:
        store_setting(session, "backup_keep", 30)
    with pytest.raises(FieldError) as refused, centre.begin(boss) as session:
        store_setting(session, "backup_keep", 1)
    assert refused.value.field == "backup_keep"
    with centre.begin(boss) as session:
        store_setting(session, "backup_keep", 30)
    assert backup.keep_setting(centre) == 30
    # Written past the service (a database tool): the floor still holds.
    with centre.begin() as session:
        row = session.get(Setting, "backup_keep")
        assert row is not None
        row.value = 1
    assert backup.keep_setting(centre) == MIN_BACKUP_KEEP


def test_only_the_owner_changes_a_password_and_wrong_guesses_count(centre: Database) -> None:
    boss = _staff(centre, "zhu", StaffRole.SUPERVISOR)
    clerk = _staff(centre, "qian", StaffRole.RECEPTIONIST)
    with pytest.raises(PermissionDeniedError), centre.begin(clerk) as session:
        accounts.change_password(session, boss, PASSWORD, "xinmima123")
    for _ in range(4):
        with pytest.raises(FieldError, match="原密码不正确"):
            accounts.change_own_password(centre, boss, "guess-1234", "xinmima123")
    with centre.read() as session:
        staff = session.get(Staff, boss)
        assert staff is not None and staff.failed_logins == 4
    with pytest.raises(FieldError):
        accounts.change_own_password(centre, boss, "guess-9999", "xinmima123")
    # The fifth wrong guess locked the account: now even the right one is refused.
    with pytest.raises(FieldError, match="已锁定"):
        accounts.change_own_password(centre, boss, PASSWORD, "xinmima123")
    with pytest.raises(accounts.AuthenticationError, match="已锁定"):
        accounts.sign_in(centre, "zhu", PASSWORD)


def test_an_unknown_login_hears_exactly_what_a_wrong_password_hears(centre: Database) -> None:
    _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    for attempt in range(4):
        with pytest.raises(accounts.AuthenticationError) as unknown:
            accounts.sign_in(centre, "nobody", "wrong-1")
        with pytest.raises(accounts.AuthenticationError) as wrong:
            accounts.sign_in(centre, "lihua", "wrong-1")
        assert str(unknown.value) == str(wrong.value), attempt
        assert (unknown.value.field, unknown.value.message) == (wrong.value.field, wrong.value.message)


def test_parallel_guesses_all_count(centre: Database) -> None:
    """Eight guesses at once: five are weighed and lock the account, the other three
    find it locked (on PostgreSQL the threads really run in parallel)."""
    _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    answers: list[str] = []
    start = threading.Barrier(8)

    def guess(n: int) -> None:
        start.wait()
        try:
            accounts.sign_in(centre, "lihua", f"guess-{n}")
        except accounts.AuthenticationError as error:
            answers.append(str(error))
        except Exception as error:  # reported by the assertion below
            answers.append(repr(error))

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(answers) == 8
    locked_now = [a for a in answers if "账号锁定 15 分钟" in a]
    already_locked = [a for a in answers if "账号已锁定" in a]
    wrong = [a for a in answers if "登录名或密码不正确" in a]
    assert (len(wrong), len(locked_now), len(already_locked)) == (4, 1, 3), answers


def test_actor_is_read_from_the_database_each_unit_of_work(centre: Database) -> None:
    clerk = _staff(centre, "qian", StaffRole.RECEPTIONIST)
    with centre.begin() as session:
        staff = session.get(Staff, clerk)
        assert staff is not None
        staff.active = False
    with pytest.raises(PermissionDeniedError), centre.begin(clerk) as session:
        context.actor(session)
