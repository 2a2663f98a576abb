"""Staff accounts: scrypt hashing, sign-in, lockout after five failures, password
changes, deactivation and the first administrator (issue 7)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.services.errors import FieldError, PermissionDeniedError, RuleViolationError

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
PASSWORD = "chuntian88"


def _staff(
    db: Database, login: str, role: StaffRole, password: str | None = PASSWORD, **fields: object
) -> int:
    with db.begin() as session:
        staff = Staff(
            login=login,
            name=login,
            role=role,
            password_hash=accounts.hash_password(password) if password else None,
            **fields,
        )
        session.add(staff)
        session.flush()
        return staff.id


@pytest.fixture
def centre(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    return db


# -- hashing ------------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(password=st.text(max_size=40), other=st.text(max_size=40))
def test_hash_round_trip(password: str, other: str) -> None:
    stored = accounts.hash_password(password, n=2**10)
    assert accounts.verify_password(password, stored)
    assert accounts.verify_password(other, stored) is (other == password)
    assert password not in stored.split("$")[4:]  # salt and hash only, never the password


@settings(max_examples=10, deadline=None)
@given(password=st.text(min_size=1, max_size=20))
def test_every_hash_has_its_own_salt(password: str) -> None:
    first = accounts.hash_password(password, n=2**10)
    second = accounts.hash_password(password, n=2**10)
    assert first != second
    assert accounts.verify_password(password, first) and accounts.verify_password(password, second)


def test_default_hash_is_scrypt_with_stored_cost() -> None:
    stored = accounts.hash_password("demo1234")
    scheme, n, r, p, _salt, _digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == (
        "scrypt",
        accounts.SCRYPT_N,
        accounts.SCRYPT_R,
        accounts.SCRYPT_P,
    )


@pytest.mark.parametrize(
    "stored", [None, "", "plain", "md5$x$y$z$a$b", "scrypt$x$8$1$AAAA$AAAA", "scrypt$16$8$1$!!$??"]
)
def test_unreadable_hashes_never_match(stored: str | None) -> None:
    assert not accounts.verify_password("anything", stored)


# -- sign-in and lockout -----------------------------------------------------------------------


def test_sign_in_returns_the_person(centre: Database) -> None:
    staff_id = _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    signed = accounts.sign_in(centre, "  lihua ", PASSWORD)
    assert signed.staff_id == staff_id and signed.role is StaffRole.RECEPTIONIST
    assert not signed.must_change_password


def test_unknown_login_and_wrong_password_get_the_same_answer(centre: Database) -> None:
    _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    with pytest.raises(accounts.AuthenticationError, match="登录名或密码不正确") as unknown:
        accounts.sign_in(centre, "nobody", PASSWORD)
    with pytest.raises(accounts.AuthenticationError, match="登录名或密码不正确") as wrong:
        accounts.sign_in(centre, "lihua", "wrong-one")
    assert unknown.value.field == wrong.value.field == "password"


def test_five_failures_lock_the_account_for_15_minutes(centre: Database) -> None:
    staff_id = _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    for _ in range(4):
        with pytest.raises(accounts.AuthenticationError, match="登录名或密码不正确"):
            accounts.sign_in(centre, "lihua", "wrong")
    with pytest.raises(accounts.AuthenticationError, match="锁定 15 分钟"):
        accounts.sign_in(centre, "lihua", "wrong")
    # Locked: even the right password is refused, and the message says until when.
    with pytest.raises(accounts.AuthenticationError, match="09:15"):
        accounts.sign_in(centre, "lihua", PASSWORD)
    centre.clock = FixedClock(NOW + timedelta(minutes=14, seconds=59))
    with pytest.raises(accounts.AuthenticationError, match="已锁定"):
        accounts.sign_in(centre, "lihua", PASSWORD)
    centre.clock = FixedClock(NOW + timedelta(minutes=15))
    assert accounts.sign_in(centre, "lihua", PASSWORD).staff_id == staff_id
    with centre.read() as session:
        staff = session.get(Staff, staff_id)
        assert staff is not None and staff.failed_logins == 0 and staff.locked_until is None


def test_a_success_resets_the_failure_count(centre: Database) -> None:
    staff_id = _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    for _ in range(4):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(centre, "lihua", "wrong")
    accounts.sign_in(centre, "lihua", PASSWORD)
    with pytest.raises(accounts.AuthenticationError, match="登录名或密码不正确"):
        accounts.sign_in(centre, "lihua", "wrong")
    with centre.read() as session:
        staff = session.get(Staff, staff_id)
        assert staff is not None and staff.failed_logins == 1


def test_inactive_and_passwordless_accounts_cannot_sign_in(centre: Database) -> None:
    _staff(centre, "gone", StaffRole.RECEPTIONIST, active=False)
    _staff(centre, "new", StaffRole.RECEPTIONIST, password=None)
    with pytest.raises(accounts.AuthenticationError, match="已停用"):
        accounts.sign_in(centre, "gone", PASSWORD)
    with pytest.raises(accounts.AuthenticationError, match="还没有设置密码"):
        accounts.sign_in(centre, "new", "")


# -- changing passwords ----------------------------------------------------------------------------


def test_change_password_checks_the_old_one_and_the_new_one(centre: Database) -> None:
    staff_id = _staff(centre, "lihua", StaffRole.RECEPTIONIST, must_change_password=True)
    with pytest.raises(FieldError) as error, centre.begin(staff_id) as session:
        accounts.change_password(session, staff_id, "wrong", "xinmima123")
    assert error.value.field == "old_password"
    for bad in ("short", "lihua", PASSWORD, " padded123 "):
        with pytest.raises(FieldError) as error, centre.begin(staff_id) as session:
            accounts.change_password(session, staff_id, PASSWORD, bad)
        assert error.value.field == "new_password"
    with centre.begin(staff_id) as session:
        accounts.change_password(session, staff_id, PASSWORD, "xinmima123")
    signed = accounts.sign_in(centre, "lihua", "xinmima123")
    assert not signed.must_change_password
    with pytest.raises(accounts.AuthenticationError):
        accounts.sign_in(centre, "lihua", PASSWORD)


def test_the_audit_log_never_holds_a_password_hash(centre: Database) -> None:
    staff_id = _staff(centre, "lihua", StaffRole.RECEPTIONIST)
    with centre.begin(staff_id) as session:
        accounts.change_password(session, staff_id, PASSWORD, "xinmima123")
    with centre.read() as session:
        rows = session.query(AuditLog).filter_by(table_name="staff", field="password_hash").all()
        assert rows and all(row.old_value == "***" and row.new_value == "***" for row in rows)


# -- the administrator's work ------------------------------------------------------------------------


def test_administrator_creates_resets_and_deactivates(centre: Database) -> None:
    admin = _staff(centre, "root", StaffRole.ADMINISTRATOR)
    with centre.begin(admin) as session:
        new_id = accounts.create_account(
            session, login="zhaoqiang", name="赵强", role=StaffRole.SERVICE_STAFF, password="chushi123"
        ).id
    assert accounts.sign_in(centre, "zhaoqiang", "chushi123").must_change_password
    with pytest.raises(FieldError) as error, centre.begin(admin) as session:
        accounts.create_account(
            session, login="zhaoqiang", name="又一个", role=StaffRole.RECEPTIONIST, password="x" * 9
        )
    assert error.value.field == "login"
    for _ in range(5):
        with pytest.raises(accounts.AuthenticationError):
            accounts.sign_in(centre, "zhaoqiang", "wrong")
    with centre.begin(admin) as session:
        accounts.set_password(session, new_id, "chongzhi123")
    assert accounts.sign_in(centre, "zhaoqiang", "chongzhi123").must_change_password  # lockout lifted
    with centre.begin(admin) as session:
        accounts.deactivate(session, new_id)
    with pytest.raises(accounts.AuthenticationError, match="已停用"):
        accounts.sign_in(centre, "zhaoqiang", "chongzhi123")
    with pytest.raises(RuleViolationError, match="最后一个系统管理员"), centre.begin(admin) as session:
        accounts.deactivate(session, admin)


@pytest.mark.parametrize("role", [r for r in StaffRole if r is not StaffRole.ADMINISTRATOR])
def test_only_administrators_manage_accounts(centre: Database, role: StaffRole) -> None:
    actor = _staff(centre, "someone", role)
    with pytest.raises(PermissionDeniedError, match="系统管理员"), centre.begin(actor) as session:
        accounts.create_account(
            session, login="x", name="x", role=StaffRole.RECEPTIONIST, password="12345678"
        )
    with pytest.raises(PermissionDeniedError), centre.begin(actor) as session:
        accounts.set_password(session, actor, "12345678")
    with pytest.raises(PermissionDeniedError), centre.begin(actor) as session:
        accounts.deactivate(session, actor)


# -- first run ------------------------------------------------------------------------------------------


def test_first_run_creates_admin_who_must_change_the_password(centre: Database) -> None:
    with centre.begin() as session:
        assert accounts.ensure_first_administrator(session) == "admin"
    with centre.begin() as session:
        assert accounts.ensure_first_administrator(session) is None  # once only
        assert accounts.first_run_login(session) == "admin"
    signed = accounts.sign_in(centre, "admin", accounts.FIRST_ADMIN_PASSWORD)
    assert signed.must_change_password and signed.role is StaffRole.ADMINISTRATOR
    with centre.begin(signed.staff_id) as session:
        accounts.change_password(session, signed.staff_id, "admin", "guanliyuan1")
    with centre.read() as session:
        assert accounts.first_run_login(session) is None
    assert not accounts.sign_in(centre, "admin", "guanliyuan1").must_change_password


def test_first_run_uses_an_existing_administrator_without_password(centre: Database) -> None:
    _staff(centre, "wanggl", StaffRole.ADMINISTRATOR, password=None)
    with centre.begin() as session:
        assert accounts.ensure_first_administrator(session) == "wanggl"
    assert accounts.sign_in(centre, "wanggl", "admin").must_change_password


def test_every_demo_login_signs_in_with_demo1234(sqlite_url: str) -> None:
    from desk_app.bootstrap import open_database
    from desk_app.demo import generate_demo
    from desk_app.demo.generator import DEMO_PASSWORD

    db, _ = open_database(sqlite_url)
    try:
        generate_demo(db, clients=10, months=1, now=NOW)
        with db.read() as session:
            logins = list(session.scalars(select(Staff.login)))
            assert accounts.first_run_login(session) is None
        with db.begin() as session:
            assert accounts.ensure_first_administrator(session) is None  # admin has a password
        for login in logins:
            signed = accounts.sign_in(db, login, DEMO_PASSWORD)
            assert not signed.must_change_password
        with db.read() as session:
            hashes = set(session.scalars(select(Staff.password_hash)))
        assert len(hashes) == 1 and "admin" in logins  # hashed once, shared
    finally:
        db.dispose()
