"""Issue 18 (memory): a staff box sorts and finds people by the pinyin stored with their
name (``Staff.name_pinyin``), so showing one loads no pypinyin (its phrase dictionary is
55 MB of the program's memory). The pinyin is stored when a name is saved, by every
path that saves one, and migration 0012 spells out the names already there."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from desk_app.bootstrap import open_database
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.models.schema import alembic_config
from desk_app.services import accounts, references
from desk_app.services.text import name_pinyin

PASSWORD = "Counter-2026!"


def _admin(db: Database) -> int:
    with db.begin() as session:
        admin = Staff(
            login="root", name="管理员", name_pinyin="guanliyuan", role=StaffRole.ADMINISTRATOR, active=True
        )
        session.add(admin)
        session.flush()
        return admin.id


def test_the_pinyin_is_stored_when_a_name_is_saved_and_changed(db: Database) -> None:
    admin = _admin(db)
    with db.begin(actor_id=admin) as session:
        staff = accounts.create_account(
            session, login="zs", name="张三", role=StaffRole.RECEPTIONIST, password=PASSWORD
        )
        staff_id = staff.id
    with db.read() as session:
        assert session.get(Staff, staff_id).name_pinyin == "zhangsan"  # type: ignore[union-attr]
    with db.begin(actor_id=admin) as session:
        accounts.update_staff(
            session,
            staff_id,
            name="欧阳明月",
            role=StaffRole.RECEPTIONIST,
            department_id=None,
            hometown=None,
            phone=None,
            cleared_to_work_alone=False,
        )
    with db.read() as session:
        assert session.get(Staff, staff_id).name_pinyin == "ouyangmingyue"  # type: ignore[union-attr]


def test_the_first_administrators_spelled_out_name_is_its_pinyin() -> None:
    from desk_app.services.clients import name_initials

    assert name_pinyin(accounts.FIRST_ADMIN_NAME) == "xitongguanliyuan"
    assert name_initials(accounts.FIRST_ADMIN_NAME) == "xtgly"


def test_a_name_stored_without_its_pinyin_is_spelled_out(db: Database) -> None:
    admin = _admin(db)
    with db.begin(actor_id=admin) as session:
        session.add(Staff(login="q", name="钱前台", role=StaffRole.RECEPTIONIST, active=True))
    with db.read() as session:
        entries = references.staff_entries(session)
    assert [(entry.name, entry.pinyin) for entry in entries] == [
        ("管理员", "guanliyuan"),
        ("钱前台", "qianqiantai"),
    ]


def test_showing_the_staff_boxes_loads_no_pypinyin(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    admin = _admin(db)
    with db.begin(actor_id=admin) as session:
        for login, name in (("z", "朱主管"), ("w", "王小明"), ("g", "管家小王")):
            accounts.create_account(
                session, login=login, name=name, role=StaffRole.RECEPTIONIST, password=PASSWORD
            )
    db.dispose()
    child = textwrap.dedent(
        f"""
        import sys
        from desk_app.bootstrap import open_database
        from desk_app.services import references
        db, _ = open_database({f"sqlite:///{path}"!r})
        with db.read() as session:
            names = [entry.name for entry in references.staff_entries(session)]
        print(names, "pypinyin" in sys.modules)
        """
    )
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['管家小王', '管理员', '王小明', '朱主管'] False"


def test_migration_0012_spells_out_the_names_already_stored(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    older = Database(f"sqlite:///{path}")
    config = alembic_config()
    with older.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0011")
        connection.execute(
            text(
                "INSERT INTO staff (login, name, name_initials, role, cleared_to_work_alone, active,"
                " created_at, version) VALUES ('c', '曾小霞', 'zxx', 'receptionist', 0, 1,"
                " '2026-12-01 00:00:00.000000', 1)"
            )
        )
    older.dispose()
    db, result = open_database(f"sqlite:///{path}")
    assert result.from_revision == "0011"
    with db.read() as session:
        assert (
            session.scalar(select(Staff.name_pinyin).where(Staff.login == "c")) == name_pinyin("曾小霞") != ""
        )
    db.dispose()
