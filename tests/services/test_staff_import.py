"""Staff accounts from a short sheet (issue 13): start passwords that must be changed,
roles by their usual names, departments made as needed, existing logins untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.models import AuditLog, Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.services.errors import PermissionDeniedError
from desk_app.services.spreadsheet import SpreadsheetError
from desk_app.services.staff_import import (
    PASSWORD_ALPHABET,
    import_staff_file,
    read_staff,
    role_of,
    start_password,
)

SHEET = (
    "工作人员名单\n"
    "姓名,登录名,角色,部门,电话,籍贯\n"
    "王荣伟,wangrw,前台,客服中心,138-0013-8000,浙江杭州\n"
    "李娜,,主管,客服中心,,\n"
    "赵强,zhaoq,管家,工程部,1380013800x,\n"
    "钱多,qianduo,厨师,,,\n"
    "孙丽,sunli,,,,\n"
    ",nobody,前台,,,\n"
)


def sheet(tmp_path: Path, text: str = SHEET, encoding: str = "gbk") -> Path:
    path = tmp_path / "staff.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_roles_by_their_usual_names() -> None:
    assert role_of("前台") is StaffRole.RECEPTIONIST and role_of("前台接待员") is StaffRole.RECEPTIONIST
    assert role_of("主管") is StaffRole.SUPERVISOR and role_of("管理员") is StaffRole.ADMINISTRATOR
    assert (
        role_of("客服人员/管家") is StaffRole.SERVICE_STAFF
        and role_of("部门经理") is StaffRole.DEPARTMENT_HEAD
    )
    assert role_of("Supervisor") is StaffRole.SUPERVISOR and role_of("厨师") is None


def test_start_passwords_are_readable_and_random() -> None:
    passwords = {start_password("zhangsan") for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert len(password) == 8 and set(password) <= set(PASSWORD_ALPHABET)
        assert not set(password) & set("0O1lI")


def test_import_staff(db: Database, tmp_path: Path) -> None:
    plan = read_staff(sheet(tmp_path))
    assert plan.header_row == 2
    assert [(item.row, item.reason) for item in plan.rejected] == [
        (6, "角色“厨师”无法识别（可填：前台接待员、客服人员/管家、客服主管、部门负责人、系统管理员）"),
        (8, "缺少姓名（登录名 nobody）"),
    ]
    assert [(w.row, w.column) for w in plan.warnings] == [(5, "电话"), (7, "角色")]
    result = import_staff_file(db, plan)
    assert [(a.row, a.login, a.role) for a in result.created] == [
        (3, "wangrw", StaffRole.RECEPTIONIST),
        (4, "lina", StaffRole.SUPERVISOR),  # no login: the name's pinyin
        (5, "zhaoq", StaffRole.SERVICE_STAFF),
        (7, "sunli", StaffRole.RECEPTIONIST),  # no role: receptionist, with a warning
    ]
    assert result.departments_created == ["客服中心", "工程部"]
    with db.read() as session:
        staff = {person.login: person for person in session.scalars(select(Staff))}
        wang = staff["wangrw"]
        assert wang.must_change_password and wang.phone == "13800138000" and wang.hometown == "浙江杭州"
        assert wang.name_initials == "wrw" and wang.department is not None
        assert wang.department.name == "客服中心" and staff["zhaoq"].phone is None
        for account in result.created:
            assert accounts.verify_password(account.password, staff[account.login].password_hash)
        audit = session.scalars(select(AuditLog.new_value).where(AuditLog.field == "password_hash")).all()
    assert all(account.password not in str(audit) for account in result.created)
    with db.read() as session:
        assert accounts.authenticate(session, "wangrw", result.created[0].password).login == "wangrw"

    again = import_staff_file(db, read_staff(sheet(tmp_path)))
    assert again.created == [] and again.departments_created == []
    assert [(row, login) for row, login, _ in again.existing] == [
        (3, "wangrw"),
        (4, "lina"),
        (5, "zhaoq"),
        (7, "sunli"),
    ]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 4
        assert session.scalar(select(func.count()).select_from(Department)) == 2


def test_a_made_login_taken_by_someone_else_is_numbered(db: Database, tmp_path: Path) -> None:
    with db.begin() as session:
        session.add(Staff(login="lina", name="李纳", role=StaffRole.RECEPTIONIST))
    result = import_staff_file(db, read_staff(sheet(tmp_path, "姓名,角色\n李娜,前台\n李娜,主管\n", "utf-8")))
    assert [account.login for account in result.created] == ["lina2", "lina3"]


def test_only_an_administrator_imports_staff(db: Database, tmp_path: Path) -> None:
    with db.begin() as session:
        clerk = Staff(login="clerk", name="前台甲", role=StaffRole.RECEPTIONIST)
        admin = Staff(login="boss", name="管理员", role=StaffRole.ADMINISTRATOR)
        session.add_all([clerk, admin])
        session.flush()
        clerk_id, admin_id = clerk.id, admin.id
    plan = read_staff(sheet(tmp_path))
    with pytest.raises(PermissionDeniedError, match="系统管理员"):
        import_staff_file(db, plan, actor_id=clerk_id)
    result = import_staff_file(db, plan, actor_id=admin_id)
    assert len(result.created) == 4
    with db.read() as session:
        assert session.scalar(select(Staff.created_by_id).where(Staff.login == "wangrw")) == admin_id


def test_dry_run_stores_nothing(db: Database, tmp_path: Path) -> None:
    result = import_staff_file(db, read_staff(sheet(tmp_path)), dry_run=True)
    assert len(result.created) == 4 and all(account.password == "" for account in result.created)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 0


def test_a_sheet_without_names_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="找不到表头"):
        read_staff(sheet(tmp_path, "登录名,角色\na,前台\n", "utf-8"))


def test_the_cleared_to_work_alone_column(db: Database, tmp_path: Path) -> None:
    """R16: only staff cleared to work alone take calls. A centre going live marks who
    already works alone (独立上岗); empty or 否 leaves the person watching first."""
    text = (
        "姓名,登录名,角色,独立上岗\n"
        "陈静,chenjing,前台,是\n"
        "林晓红,linxh,前台,否\n"
        "郑磊,zhengl,管家,\n"
        "何建华,hejh,主管,也许\n"
        "吴敏,wumin,前台,√\n"
    )
    plan = read_staff(sheet(tmp_path, text))
    assert [(w.row, w.column) for w in plan.warnings] == [(5, "独立上岗")]
    import_staff_file(db, plan)
    with db.read() as session:
        cleared = dict(session.execute(select(Staff.login, Staff.cleared_to_work_alone)).all())
    assert cleared == {"chenjing": True, "linxh": False, "zhengl": False, "hejh": False, "wumin": True}
