"""Staff accounts from a short sheet (issue 13, 组织架构): 姓名, 登录名, 角色, 部门, 电话,
籍贯, one person a row, in Excel or CSV (read by ``spreadsheet``).

Each new account gets a random start password that must be changed at the first sign-in
(``must_change_password``); the passwords are handed back once, in the result, for the
administrator to give out, and are never stored in clear. A login that already exists is
left as it is and reported. A missing department is created (and reported). Only an
administrator may import staff; the ``desk-app import staff`` command acts as the
system, like the other commands that open the database directly.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import context
from desk_app.services.accounts import ACCOUNT_ROLES, check_new_password, hash_password
from desk_app.services.clients import name_initials, name_pinyin, phone_digits
from desk_app.services.errors import FieldError
from desk_app.services.permissions import checked
from desk_app.services.roster import Rejection, RowWarning
from desk_app.services.spreadsheet import Table, cell_text, read_table

STAFF_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "员工姓名", "名字"),
    "login": ("登录名", "账号", "帐号", "用户名", "登录账号", "工号"),
    "role": ("角色", "岗位", "职务", "职位"),
    "department": ("部门", "所属部门"),
    "phone": ("电话", "手机", "联系电话", "手机号", "手机号码"),
    "hometown": ("籍贯",),
    # R16: who may take calls alone; a centre going live has people already working alone
    "cleared": ("独立上岗", "可独立上岗", "独立接待"),
}

#: How a sheet says yes or no in the 独立上岗 column; empty is no (R16: watch first).
YES_WORDS = frozenset({"是", "已", "已上岗", "可以", "可", "yes", "y", "true", "1", "√", "✓", "对"})
NO_WORDS = frozenset({"否", "未", "不", "不可以", "no", "n", "false", "0", "×", "✗", "无"})

#: Words a sheet uses for each role (besides the role's own label and code).
ROLE_WORDS: dict[StaffRole, tuple[str, ...]] = {
    StaffRole.RECEPTIONIST: ("前台", "前台接待", "接待", "接待员", "前台员", "前台客服"),
    StaffRole.SERVICE_STAFF: ("客服", "客服人员", "客服专员", "管家", "楼栋管家", "片区管家"),
    StaffRole.SUPERVISOR: ("主管", "客服主管", "前台主管", "组长", "班长"),
    StaffRole.DEPARTMENT_HEAD: ("部门负责人", "负责人", "经理", "部门经理", "客服经理", "主任"),
    StaffRole.ADMINISTRATOR: ("管理员", "系统管理员", "admin"),
}
#: Start passwords: letters and digits that cannot be mistaken for each other when read
#: aloud or copied from paper (no 0/O/o, 1/l/I).
PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
PASSWORD_LENGTH = 8
NAME_LIMIT = 64
LOGIN_LIMIT = 64


def _role_lookup() -> dict[str, StaffRole]:
    lookup: dict[str, StaffRole] = {}
    for role in StaffRole:
        for word in (role.label, role.value, *ROLE_WORDS.get(role, ())):
            lookup["".join(word.split()).lower()] = role
    return lookup


def role_of(text: str) -> StaffRole | None:
    """The role a sheet's 角色 cell names (``前台`` → receptionist), None if none."""
    return _role_lookup().get("".join(text.split()).lower())


def start_password(login: str = "") -> str:
    """A random start password of ``PASSWORD_LENGTH`` unambiguous characters, with a
    letter and a digit, that the account rules accept."""
    while True:
        password = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))
        if any(c.isdigit() for c in password) and any(c.isalpha() for c in password):
            try:
                return check_new_password(password, login or "-")
            except FieldError:
                continue


def login_of(name: str) -> str:
    """A login from a name: its full pinyin (``王荣伟`` → ``wangrongwei``), as the demo's."""
    from pypinyin import lazy_pinyin

    letters = "".join(lazy_pinyin(name, errors="ignore")).lower()
    return "".join(char for char in letters if char.isascii() and char.isalnum())


@dataclass(frozen=True)
class StaffRow:
    row: int
    name: str
    login: str
    role: StaffRole
    department: str | None = None
    phone: str | None = None
    hometown: str | None = None
    #: The sheet gave no login: it is made from the name.
    login_made: bool = False
    #: R16 独立上岗: may take calls alone.
    cleared_to_work_alone: bool = False


@dataclass
class StaffPlan:
    rows: list[StaffRow] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    header_row: int = 0
    sheet: str | None = None
    sheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class CreatedAccount:
    row: int
    name: str
    login: str
    role: StaffRole
    department: str | None
    #: The start password, shown once ("" on a dry run: nothing was stored).
    password: str

    def as_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "name": self.name,
            "login": self.login,
            "role": self.role.value,
            "department": self.department,
            "password": self.password,
        }


@dataclass
class StaffImportResult:
    created: list[CreatedAccount] = field(default_factory=list)
    #: (row, login, name) of accounts that already existed and were left as they are.
    existing: list[tuple[int, str, str]] = field(default_factory=list)
    departments_created: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "created": [item.as_json() for item in self.created],
            "existing": [{"row": row, "login": login, "name": name} for row, login, name in self.existing],
            "departments_created": list(self.departments_created),
            "rejected": [item.as_json() for item in self.rejected],
            "warnings": [item.as_json() for item in self.warnings],
        }


def read_staff(path: Path | str, sheet: str | None = None) -> StaffPlan:
    """The staff sheet in ``path`` read into a plan (nothing stored)."""
    table = read_table(path, STAFF_COLUMNS, sheet=sheet, required=[("name",)])
    return plan_staff(table)


def plan_staff(table: Table) -> StaffPlan:
    plan = StaffPlan(header_row=table.header_row, sheet=table.sheet, sheets=table.sheets)
    seen: set[str] = set()

    def value(row: Any, name: str) -> tuple[str, str]:
        columns = table.columns.get(name, ())
        for column in columns:
            text = cell_text(row.get(column)).strip()
            if text:
                return text, table.title(column)
        return "", table.title(columns[0]) if columns else ""

    for row in table.rows:
        if row.is_blank:
            continue
        cells = tuple(cell_text(cell) for cell in row.cells)
        name, _ = value(row, "name")
        login, _ = value(row, "login")
        if not name:
            if login:
                plan.rejected.append(
                    Rejection(row.number, msg("缺少姓名（登录名 {login}）", login=login), cells)
                )
            continue
        if len(name) > NAME_LIMIT:
            plan.rejected.append(Rejection(row.number, msg("姓名不能超过 64 个字符"), cells))
            continue
        made = not login
        if made:
            login = login_of(name)
            if not login:
                plan.rejected.append(
                    Rejection(row.number, msg("请填写登录名（姓名 {name}）", name=name), cells)
                )
                continue
        if len(login) > LOGIN_LIMIT or any(char.isspace() for char in login):
            plan.rejected.append(
                Rejection(row.number, msg("登录名“{login}”不能含空格，最多 64 个字符", login=login), cells)
            )
            continue
        if made:
            base, suffix = login, 2
            while login in seen:
                login, suffix = f"{base}{suffix}", suffix + 1
        elif login in seen:
            plan.rejected.append(Rejection(row.number, msg("登录名“{login}”在表中重复", login=login), cells))
            continue
        role_text, role_title = value(row, "role")
        role = role_of(role_text) if role_text else StaffRole.RECEPTIONIST
        if role is None:
            labels = "、".join(item.label for item in StaffRole)
            plan.rejected.append(
                Rejection(
                    row.number,
                    msg("角色“{text}”无法识别（可填：{labels}）", text=role_text, labels=labels),
                    cells,
                )
            )
            continue
        if not role_text:
            plan.warnings.append(
                RowWarning(row.number, role_title or msg("角色"), msg("未填角色，按{role}导入", role=role))
            )
        department, _ = value(row, "department")
        phone_text, phone_title = value(row, "phone")
        phone: str | None = None
        if phone_text:
            try:
                phone = phone_digits(phone_text, "phone", phone_title)
            except FieldError as error:
                plan.warnings.append(
                    RowWarning(row.number, phone_title, msg("{reason}，未导入", reason=error.message))
                )
        hometown, hometown_title = value(row, "hometown")
        if len(hometown) > 64:
            plan.warnings.append(
                RowWarning(row.number, hometown_title, msg("籍贯过长（最多 64 个字），未导入"))
            )
            hometown = ""
        if len(department) > 64:
            plan.warnings.append(
                RowWarning(row.number, msg("部门"), msg("部门名称过长（最多 64 个字），未导入"))
            )
            department = ""
        cleared_text, cleared_title = value(row, "cleared")
        cleared = cleared_text.strip().lower() in YES_WORDS
        if cleared_text and not cleared and cleared_text.strip().lower() not in NO_WORDS:
            plan.warnings.append(
                RowWarning(
                    row.number,
                    cleared_title,
                    msg("“{text}”无法识别（填 是 或 否），按未独立上岗导入", text=cleared_text),
                )
            )
        seen.add(login)
        plan.rows.append(
            StaffRow(
                row.number, name, login, role, department or None, phone, hometown or None, made, cleared
            )
        )
    return plan


@checked
def import_staff(
    session: Session,
    plan: StaffPlan,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> StaffImportResult:
    """Create the plan's accounts in ``session`` (the caller commits): administrators
    only (or the system, ``actor_id`` None). ``dry_run``: no passwords are made."""
    if context.actor(session) is not None:
        context.require_role(session, set(ACCOUNT_ROLES), msg("导入工作人员账号"))
    result = StaffImportResult(rejected=list(plan.rejected), warnings=list(plan.warnings))
    departments = {department.name: department for department in session.scalars(select(Department))}
    names = dict(session.execute(select(Staff.login, Staff.name)).all())
    logins = set(names)
    for done, row in enumerate(plan.rows, start=1):
        login = row.login
        # A login made from the name is the same person's when the name matches too
        # (a sheet without logins imported again), else another person's: numbered.
        if login in names and (not row.login_made or names[login] == row.name):
            result.existing.append((row.row, login, row.name))
        else:
            base, suffix = (login_of(row.name) if row.login_made else login), 2
            while login in logins:
                login, suffix = f"{base}{suffix}", suffix + 1
            department = None
            if row.department:
                department = departments.get(row.department)
                if department is None:
                    department = Department(name=row.department, active=True)
                    session.add(department)
                    departments[row.department] = department
                    result.departments_created.append(row.department)
            password = "" if dry_run else start_password(login)
            session.add(
                Staff(
                    login=login,
                    name=row.name,
                    name_initials=name_initials(row.name),
                    name_pinyin=name_pinyin(row.name),
                    role=row.role,
                    department=department,
                    phone=row.phone,
                    hometown=row.hometown,
                    password_hash=hash_password(password) if password else None,
                    must_change_password=True,
                    failed_logins=0,
                    active=True,
                    cleared_to_work_alone=row.cleared_to_work_alone,
                )
            )
            logins.add(login)
            result.created.append(
                CreatedAccount(row.row, row.name, login, row.role, row.department, password)
            )
        if progress is not None:
            progress(done, len(plan.rows))
    session.flush()
    result.rejected.sort(key=lambda item: item.row)
    return result


def import_staff_file(
    db: Database,
    plan: StaffPlan,
    *,
    actor_id: int | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> StaffImportResult:
    """The plan stored in one unit of work; with ``dry_run`` rolled back."""
    with db.session(actor_id) as session:
        transaction = session.begin()
        try:
            result = import_staff(session, plan, dry_run=dry_run, progress=progress)
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
    return result
