"""Staff accounts: passwords, sign-in, lockout, the first administrator.

Passwords are hashed with scrypt (``hashlib.scrypt``: memory-hard, in the standard
library, so no new dependency), a random 16-byte salt per password, and compared in
constant time (``hmac.compare_digest``). The stored text names its own cost
(``scrypt$n$r$p$salt$hash``), so the cost can rise later without invalidating old
passwords.

Five wrong passwords in a row lock an account for 15 minutes (``LOCKOUT_FAILURES``,
``LOCKOUT_MINUTES``); while locked even the right password is refused. An unknown login
gets the same answer as a wrong password, after the same work, so the dialog does not
reveal which logins exist.

First run: on a database where no active administrator has a password,
``ensure_first_administrator`` gives the first active administrator (or a new ``admin``
account) the start password ``admin`` and the must-change flag; the sign-in dialog says
so, and the first sign-in asks for a new password before the window opens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Table, case, null, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desk_app.messages import msg
from desk_app.models import Department, Staff, tracking
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import context
from desk_app.services.clients import name_initials, name_pinyin
from desk_app.services.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)
from desk_app.services.permissions import checked
from desk_app.services.records import check_version
from desk_app.services.references import department_choices  # the staff form's box too

#: scrypt cost: n = 2**14, r = 8 → 16 MiB of memory and about 50 ms per hash.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
_MAXMEM = 64 * 1024 * 1024

LOCKOUT_FAILURES = 5
LOCKOUT_MINUTES = 15
MINIMUM_PASSWORD_LENGTH = 8

#: The first administrator's start password; it must be changed at the first sign-in.
FIRST_ADMIN_LOGIN = "admin"
#: The first administrator's name until it is changed.
FIRST_ADMIN_NAME = "系统管理员"
FIRST_ADMIN_PASSWORD = "admin"

#: Who manages staff accounts (SPEC 1: the administrator keeps the staff accounts).
ACCOUNT_ROLES = frozenset({StaffRole.ADMINISTRATOR})

_WRONG = msg("登录名或密码不正确")
#: What every wrong sign-in hears, whether the login exists or not (issue 19: a count
#: of attempts left told a known login from an unknown one).
_WRONG_SIGN_IN = msg(
    "登录名或密码不正确（同一账号连续输错 {failures} 次将锁定 {minutes} 分钟）",
    failures=LOCKOUT_FAILURES,
    minutes=LOCKOUT_MINUTES,
)


class AuthenticationError(DomainError):
    """Sign-in refused: wrong login or password, locked or inactive account."""


# -- hashing ------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(
    password: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P, salt: bytes | None = None
) -> str:
    """The text to store for ``password``: ``scrypt$n$r$p$salt$hash`` (base64). The salt
    is random unless given (only the demo gives one, so the same seed gives the same
    books)."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=HASH_BYTES
    )
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored`` (constant-time compare); False for an
    empty or unreadable stored value."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        wanted = base64.b64decode(expected, validate=True)
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_MAXMEM,
            dklen=len(wanted),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, wanted)


#: Checked against when the login is unknown, so that answer takes as long as a wrong
#: password (computed lazily, once).
_dummy_hash: str | None = None


def _burn_time(password: str) -> None:
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = hash_password(secrets.token_hex(8))
    verify_password(password, _dummy_hash)


# -- rules ----------------------------------------------------------------------------------


def check_new_password(password: str, login: str, field: str = "new_password") -> str:
    """A usable new password, or ``FieldError`` on ``field`` saying why not."""
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise FieldError(
            field,
            msg(
                "新密码至少需要 {minimum_password_length} 个字符",
                minimum_password_length=MINIMUM_PASSWORD_LENGTH,
            ),
        )
    if password.strip() != password:
        raise FieldError(field, msg("新密码的开头和结尾不能是空格"))
    if password.casefold() == login.casefold():
        raise FieldError(field, msg("新密码不能与登录名相同"))
    return password


def _login(value: str) -> str:
    text = value.strip()
    if not text:
        raise FieldError("login", msg("请填写登录名"))
    if len(text) > 64:
        raise FieldError("login", msg("登录名不能超过 64 个字符"))
    return text


def _staff_by_login(session: Session, login: str, *, lock: bool = False) -> Staff | None:
    """``lock``: take the row lock (PostgreSQL ``FOR UPDATE``; SQLite's write lock is
    already held), so parallel sign-ins for one account are checked one after another."""
    query = select(Staff).where(Staff.login == login)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return session.scalars(query).first()


def _count_failure(session: Session, staff: Staff) -> int:
    """One more wrong password for ``staff``, counted in the database in one statement
    (``failed_logins = failed_logins + 1 … RETURNING``): N parallel guesses count N.
    Five lock the account. The new count."""
    table = Staff.__table__
    assert isinstance(table, Table)
    count = int(
        session.execute(
            update(table)
            .where(table.c.id == staff.id)
            .values(failed_logins=table.c.failed_logins + 1)
            .returning(table.c.failed_logins)
        ).scalar_one()
    )
    set_committed_value(staff, "failed_logins", count)
    if count >= LOCKOUT_FAILURES:
        staff.failed_logins = 0
        staff.locked_until = context.now(session) + timedelta(minutes=LOCKOUT_MINUTES)
    return count


def lockout_ends(session: Session, staff: Staff) -> datetime | None:
    """When the lockout after ``LOCKOUT_FAILURES`` wrong passwords ends, by the unit of
    work's clock; None when the account is not locked now (never locked, or the
    ``LOCKOUT_MINUTES`` are over). The one reading of the lockout: sign-in, a password
    change and the administrator's screen all ask it."""
    until = staff.locked_until
    return until if until is not None and until > context.now(session) else None


def lockout_ends_column(now: Any) -> ColumnElement[datetime | None]:
    """``lockout_ends`` for a list: the stored end of the lockout while it is later than
    ``now`` (a value or a bound parameter read when the list is read), else NULL."""
    return case((Staff.locked_until > now, Staff.locked_until), else_=null())


def _locked_message(session: Session, staff: Staff) -> str:
    assert staff.locked_until is not None
    local = staff.locked_until.astimezone(context.zone(session))
    return msg(
        "密码连续输错 {lockout_failures} 次，账号已锁定，请于 {local:%H:%M} 以后再试，或请系统管理员重设密码",
        lockout_failures=LOCKOUT_FAILURES,
        local=local,
    )


def _load(session: Session, staff_id: int) -> Staff:
    staff = session.get(Staff, staff_id)
    if staff is None:
        raise NotFoundError(msg("找不到工作人员（编号 {staff_id}）", staff_id=staff_id))
    return staff


# -- administrator's work -------------------------------------------------------------------


@checked
def create_account(
    session: Session,
    *,
    login: str,
    name: str,
    role: StaffRole,
    password: str,
    must_change_password: bool = True,
    department_id: int | None = None,
) -> Staff:
    """A new staff account (administrators only). By default the person must choose
    their own password at the first sign-in."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("管理工作人员账号"))
    text = _login(login)
    if _staff_by_login(session, text) is not None:
        raise FieldError("login", msg("登录名“{text}”已被使用", text=text))
    if not name.strip():
        raise FieldError("name", msg("请填写姓名"))
    staff = Staff(
        login=text,
        name=name.strip(),
        name_initials=name_initials(name),
        name_pinyin=name_pinyin(name),
        role=role,
        department_id=department_id,
        password_hash=hash_password(check_new_password(password, text, field="password")),
        must_change_password=must_change_password,
        failed_logins=0,
        active=True,
    )
    session.add(staff)
    session.flush()
    return staff


@checked
def set_password(session: Session, staff_id: int, password: str, *, must_change: bool = True) -> Staff:
    """An administrator resets someone's password (and lifts a lockout); by default the
    person must change it at the next sign-in."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("重设工作人员密码"))
    staff = _load(session, staff_id)
    staff.password_hash = hash_password(check_new_password(password, staff.login, field="password"))
    staff.must_change_password = must_change
    staff.failed_logins = 0
    staff.locked_until = None
    return staff


@checked
def deactivate(session: Session, staff_id: int) -> Staff:
    """The person left: they can no longer sign in (their records keep their name).
    The last active administrator cannot be deactivated."""
    me = context.require_role(session, set(ACCOUNT_ROLES), msg("停用工作人员账号"))
    staff = _load(session, staff_id)
    if staff.role is StaffRole.ADMINISTRATOR and not _other_active_administrator(session, staff.id):
        raise RuleViolationError(msg("不能停用最后一个系统管理员账号"))
    if staff.id == me.id:
        raise RuleViolationError(msg("不能停用自己正在使用的账号"))
    staff.active = False
    return staff


def _other_active_administrator(session: Session, staff_id: int) -> bool:
    return (
        session.scalars(
            select(Staff.id).where(
                Staff.role == StaffRole.ADMINISTRATOR, Staff.active.is_(True), Staff.id != staff_id
            )
        ).first()
        is not None
    )


@checked
def update_staff(
    session: Session,
    staff_id: int,
    *,
    name: str,
    role: StaffRole,
    department_id: int | None,
    hometown: str | None,
    phone: str | None,
    cleared_to_work_alone: bool,
    expected_version: int | None = None,
) -> Staff:
    """The administrator edits a staff member's details (not the login or password).
    The last active administrator keeps the administrator role. ``expected_version``:
    the version the form loaded (``ConflictError`` when someone saved after)."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("修改工作人员账号"))
    staff = _load(session, staff_id)
    check_version(staff, expected_version)
    text = name.strip()
    if not text:
        raise FieldError("name", msg("请填写姓名"))
    if len(text) > 64:
        raise FieldError("name", msg("姓名不能超过 64 个字符"))
    if (
        staff.role is StaffRole.ADMINISTRATOR
        and role is not StaffRole.ADMINISTRATOR
        and staff.active
        and not _other_active_administrator(session, staff.id)
    ):
        raise FieldError("role", msg("这是最后一个在用的系统管理员账号，不能改为其他角色"))
    if department_id is not None and session.get(Department, department_id) is None:
        raise FieldError(
            "department_id", msg("找不到部门（编号 {department_id}）", department_id=department_id)
        )
    home = (hometown or "").strip()
    if len(home) > 64:
        raise FieldError("hometown", msg("籍贯不能超过 64 个字符"))
    number = (phone or "").strip()
    if len(number) > 32:
        raise FieldError("phone", msg("电话不能超过 32 个字符"))
    staff.name = text
    staff.name_initials = name_initials(text)
    staff.name_pinyin = name_pinyin(text)
    staff.role = role
    staff.department_id = department_id
    staff.hometown = home or None
    staff.phone = number or None
    staff.cleared_to_work_alone = cleared_to_work_alone
    session.flush()
    return staff


@checked
def reactivate(session: Session, staff_id: int) -> Staff:
    """The person is back: they can sign in again (with their old password)."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("启用工作人员账号"))
    staff = _load(session, staff_id)
    staff.active = True
    return staff


@checked
def unlock(session: Session, staff_id: int) -> Staff:
    """Lift a lockout after five wrong passwords without changing the password."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("解除账号锁定"))
    staff = _load(session, staff_id)
    staff.failed_logins = 0
    staff.locked_until = None
    return staff


@dataclass(frozen=True)
class StaffRow:
    """One staff account as the administrator's list shows it."""

    id: int
    login: str
    name: str
    role: StaffRole
    department_id: int | None
    department: str | None
    hometown: str | None
    phone: str | None
    cleared_to_work_alone: bool
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    version: int
    #: when the lockout ends, when the account is locked now (``lockout_ends``)
    lockout_ends: datetime | None = None


def _row(session: Session, staff: Staff) -> StaffRow:
    return StaffRow(
        id=staff.id,
        login=staff.login,
        name=staff.name,
        role=staff.role,
        department_id=staff.department_id,
        department=staff.department.name if staff.department is not None else None,
        hometown=staff.hometown,
        phone=staff.phone,
        cleared_to_work_alone=bool(staff.cleared_to_work_alone),
        active=bool(staff.active),
        locked_until=staff.locked_until,
        must_change_password=bool(staff.must_change_password),
        version=staff.version,
        lockout_ends=lockout_ends(session, staff),
    )


def require_manager(session: Session) -> None:
    """``PermissionDeniedError`` unless the acting person manages staff accounts."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("管理工作人员账号"))


def load_staff(session: Session, staff_id: int) -> StaffRow:
    """One account's details (administrators only)."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("查看工作人员账号"))
    return _row(session, _load(session, staff_id))


def list_staff(session: Session, *, include_inactive: bool = True) -> list[StaffRow]:
    """Every staff account, active ones first, by login (administrators only)."""
    context.require_role(session, set(ACCOUNT_ROLES), msg("查看工作人员账号"))
    query = select(Staff).order_by(Staff.active.desc(), Staff.login)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    return [_row(session, staff) for staff in session.scalars(query)]


# -- everybody's ---------------------------------------------------------------------------------


@checked
def authenticate(session: Session, login: str, password: str) -> Staff:
    """The staff member whose login and password these are, or ``AuthenticationError``
    with a Chinese message. A failure is recorded in ``session`` (failure count,
    lockout) before the error is raised: the caller must commit it anyway, as
    ``sign_in`` does."""
    text = login.strip()
    # The audit chain's lock before the account's row lock: a wrong password is counted
    # and audited, and every writer must lock in the same order (no deadlock).
    tracking.lock_audit_chain(session)
    # A login holding NUL cannot exist (and PostgreSQL refuses to even look it up):
    # the answer of an unknown login (issue 19: found by the state machine).
    staff = _staff_by_login(session, text, lock=True) if text and "\x00" not in text else None
    if staff is None:
        _burn_time(password)
        raise AuthenticationError(_WRONG_SIGN_IN, field="password")
    if lockout_ends(session, staff) is not None:
        raise AuthenticationError(_locked_message(session, staff), field="password")
    if not verify_password(password, staff.password_hash):
        if staff.password_hash is None:
            raise AuthenticationError(msg("这个账号还没有设置密码，请系统管理员先设置密码"), field="password")
        if _count_failure(session, staff) >= LOCKOUT_FAILURES:
            raise AuthenticationError(
                msg(
                    "密码连续输错 {lockout_failures} 次，账号锁定 {lockout_minutes} 分钟",
                    lockout_failures=LOCKOUT_FAILURES,
                    lockout_minutes=LOCKOUT_MINUTES,
                ),
                field="password",
            )
        raise AuthenticationError(_WRONG_SIGN_IN, field="password")
    if not staff.active:
        raise AuthenticationError(msg("这个账号已停用，请联系系统管理员"), field="login")
    if staff.failed_logins or staff.locked_until is not None:
        staff.failed_logins = 0
        staff.locked_until = None
    return staff


@dataclass(frozen=True)
class SignedIn:
    """Who signed in, for the window (no ORM object leaves the unit of work)."""

    staff_id: int
    login: str
    name: str
    role: StaffRole
    must_change_password: bool


def sign_in(db: Database, login: str, password: str) -> SignedIn:
    """``authenticate`` in its own unit of work that keeps the failure count even when
    the sign-in is refused."""
    refusal: AuthenticationError | None = None
    result: SignedIn | None = None
    with db.begin() as session:
        try:
            staff = authenticate(session, login, password)
        except AuthenticationError as error:
            refusal = error
        else:
            result = SignedIn(staff.id, staff.login, staff.name, staff.role, staff.must_change_password)
    if refusal is not None:
        raise refusal
    assert result is not None
    return result


def describe(session: Session, staff_id: int) -> SignedIn | None:
    """Who ``staff_id`` is (for the status bar), or None when there is no such person."""
    staff = session.get(Staff, staff_id)
    if staff is None:
        return None
    return SignedIn(staff.id, staff.login, staff.name, staff.role, staff.must_change_password)


class WrongOldPasswordError(FieldError):
    """The old password given to change a password was wrong; the failure is counted
    in the session, which the caller commits (``change_own_password`` does)."""


@checked
def change_password(session: Session, staff_id: int, old_password: str, new_password: str) -> Staff:
    """The person changes their own password (knowing the old one); clears the
    must-change flag. Only the person signed in may change their own (issue 19: a
    receptionist's session replaced a supervisor's password by guessing); a wrong old
    password counts towards the lockout like a wrong sign-in, and a locked account
    cannot change its password."""
    acting = session.info.get("actor_id")
    if acting is None or int(acting) != int(staff_id):
        raise PermissionDeniedError(msg("只能修改自己的密码；他人的密码请系统管理员重设"))
    staff = _load(session, staff_id)
    session.refresh(staff, with_for_update=True)
    if lockout_ends(session, staff) is not None:
        raise FieldError("old_password", _locked_message(session, staff))
    if not verify_password(old_password, staff.password_hash):
        _count_failure(session, staff)
        raise WrongOldPasswordError("old_password", msg("原密码不正确"))
    check_new_password(new_password, staff.login)
    if new_password == old_password:
        raise FieldError("new_password", msg("新密码不能与原密码相同"))
    staff.password_hash = hash_password(new_password)
    staff.must_change_password = False
    staff.failed_logins = 0
    staff.locked_until = None
    return staff


def change_own_password(db: Database, staff_id: int, old_password: str, new_password: str) -> None:
    """``change_password`` in its own unit of work that keeps the failure count when the
    old password is wrong (the refusal is raised after the count is committed)."""
    refusal: WrongOldPasswordError | None = None
    with db.begin(staff_id) as session:
        try:
            change_password(session, staff_id, old_password, new_password)
        except WrongOldPasswordError as error:
            refusal = error
    if refusal is not None:
        raise refusal


@checked
def ensure_first_administrator(session: Session) -> str | None:
    """First run: when no active administrator has a password, give one (the first
    active administrator, or a new ``admin`` account) the start password ``admin`` with
    the must-change flag. The login that got it, or None when nothing was needed."""
    with_password = session.scalars(
        select(Staff.id).where(
            Staff.role == StaffRole.ADMINISTRATOR, Staff.active.is_(True), Staff.password_hash.is_not(None)
        )
    ).first()
    if with_password is not None:
        return None
    staff = session.scalars(
        select(Staff).where(Staff.role == StaffRole.ADMINISTRATOR, Staff.active.is_(True)).order_by(Staff.id)
    ).first()
    if staff is None:
        login = FIRST_ADMIN_LOGIN
        if _staff_by_login(session, login) is not None:
            login = f"{FIRST_ADMIN_LOGIN}{secrets.randbelow(9000) + 1000}"
        staff = Staff(
            login=login,
            name=FIRST_ADMIN_NAME,
            # spelled out here: the first start does not load pypinyin for one name
            name_initials="xtgly",
            name_pinyin="xitongguanliyuan",
            role=StaffRole.ADMINISTRATOR,
            active=True,
        )
        session.add(staff)
    staff.password_hash = hash_password(FIRST_ADMIN_PASSWORD)
    staff.must_change_password = True
    staff.failed_logins = 0
    staff.locked_until = None
    session.flush()
    return staff.login


def first_run_login(session: Session) -> str | None:
    """The login of an account still holding the start password (to tell the person at
    the dialog how to get in the first time), or None."""
    for staff in session.scalars(
        select(Staff).where(
            Staff.role == StaffRole.ADMINISTRATOR,
            Staff.active.is_(True),
            Staff.must_change_password.is_(True),
        )
    ):
        if verify_password(FIRST_ADMIN_PASSWORD, staff.password_hash):
            return staff.login
    return None


__all__ = [
    "AuthenticationError",
    "SignedIn",
    "StaffRow",
    "authenticate",
    "change_own_password",
    "change_password",
    "check_new_password",
    "create_account",
    "deactivate",
    "department_choices",
    "describe",
    "ensure_first_administrator",
    "first_run_login",
    "hash_password",
    "list_staff",
    "load_staff",
    "reactivate",
    "require_manager",
    "set_password",
    "sign_in",
    "unlock",
    "update_staff",
    "verify_password",
]
