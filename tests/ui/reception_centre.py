"""A small community for the GUI tests of the complaint, interview and dispute screens:
three members of staff, two clients with rooms (one who refuses callbacks, R12) and a
fixed clock on Monday 2026-11-23 10:00 (Asia/Shanghai)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Building, Client, ClientRoom, Department, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.ui.desk_context import DeskContext

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)


@dataclass
class Centre:
    db: Database
    clock: FixedClock
    supervisor: int
    steward: int
    receptionist: int
    zhang: int  # 张三, 3-2-1201, from 湖南长沙
    li: int  # 李四, 3-2-1301, refuses callbacks and interviews (R12)

    def context(self, staff_id: int | None) -> DeskContext:
        return DeskContext(self.db, staff_id)


def build_centre(db: Database) -> Centre:
    clock = FixedClock(NOW)
    db.clock = clock
    with db.begin() as session:
        department = Department(name="客服部")
        people = {
            "supervisor": Staff(
                login="zhu", name="朱主管", role=StaffRole.SUPERVISOR, department=department, hometown="四川"
            ),
            "steward": Staff(
                login="wang",
                name="管家小王",
                role=StaffRole.SERVICE_STAFF,
                department=department,
                hometown="湖南省长沙市",
                cleared_to_work_alone=True,
            ),
            "receptionist": Staff(
                login="qian", name="钱前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True
            ),
        }
        session.add_all(people.values())
        block = Building(code="3", name="3栋")
        rooms = {
            code: Room(
                building=block, unit="2", number=code.split("-")[2], code=code, digits=Room.digits_of(code)
            )
            for code in ("3-2-1201", "3-2-1301")
        }
        zhang = Client(
            name="张三",
            name_initials="zs",
            hometown="湖南长沙",
            move_in_date=date(2025, 1, 1),
            rooms=[ClientRoom(room=rooms["3-2-1201"])],
        )
        li = Client(
            name="李四",
            name_initials="ls",
            do_not_disturb=True,
            do_not_disturb_reason="嫌打扰",
            rooms=[ClientRoom(room=rooms["3-2-1301"])],
        )
        session.add_all([zhang, li])
        session.flush()
        return Centre(
            db,
            clock,
            people["supervisor"].id,
            people["steward"].id,
            people["receptionist"].id,
            zhang.id,
            li.id,
        )


@pytest.fixture
def sqlite_db(tmp_path: Path, _sqlite_template: Path) -> Iterator[Database]:
    """GUI tests run on SQLite (one round trip per screen runs on both backends)."""
    path = tmp_path / "gui.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    database, _ = open_database(f"sqlite:///{path}")
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def centre(sqlite_db: Database) -> Centre:
    return build_centre(sqlite_db)
