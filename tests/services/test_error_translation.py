"""Issue 19, finding 9: bad input and database trouble come out as clear Chinese
messages. A value too long or holding NUL is refused naming its field before the
database sees it; a full disk says so; PostgreSQL's length and date errors are not
"try later"; a hypothesis state machine over the client services meets no raw
exception. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import text

from desk_app.clock import FixedClock
from desk_app.models import Building, Department, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import ImportanceCategory, StaffRole
from desk_app.services import clients
from desk_app.services.clients import FamilyMemberInput
from desk_app.services.errors import DomainError, FieldError

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_a_value_too_long_names_its_field(db: Database) -> None:
    with pytest.raises(FieldError) as refused, db.begin() as session:
        session.add(Department(name="部" * 500))
    assert refused.value.field == "name" and "过长" in str(refused.value) and "500" in str(refused.value)


def test_a_nul_byte_names_its_field(db: Database) -> None:
    with pytest.raises(FieldError) as refused, db.begin() as session:
        session.add(Department(name="客服\x00部"))
    assert refused.value.field == "name" and "控制字符" in str(refused.value)


def test_a_full_disk_is_called_a_full_disk(sqlite_url: str) -> None:
    from desk_app.bootstrap import open_database

    db, _ = open_database(sqlite_url)
    try:
        with pytest.raises(DomainError, match="磁盘已满"), db.begin() as session:
            pages = session.execute(text("PRAGMA page_count")).scalar_one()
            session.execute(text(f"PRAGMA max_page_count = {int(pages) + 1}"))
            for n in range(400):
                session.add(
                    Department(
                        name=f"部门{n}",
                    )
                )
                session.flush()
                session.connection().execute(  # bulk filler, as a database tool writes it
                    text("INSERT INTO setting (key, value, version) VALUES (:k, :v, 1)"),
                    {"k": f"k{n}", "v": '"' + "x" * 3000 + '"'},
                )
    finally:
        db.dispose()


@pytest.mark.pg
def test_postgresql_length_and_date_errors_are_not_try_later(pg_url: str) -> None:
    from desk_app.bootstrap import open_database

    db, _ = open_database(pg_url)
    try:
        with pytest.raises(DomainError, match="过长"), db.begin() as session:
            session.execute(text("CREATE TEMP TABLE short_text (x varchar(5))"))
            session.execute(text("INSERT INTO short_text (x) VALUES (:x)"), {"x": "x" * 500})
        with pytest.raises(DomainError, match="日期"), db.begin() as session:
            session.execute(text("SELECT CAST('2026-13-45' AS date)"))
    finally:
        db.dispose()


TEXT = st.one_of(
    st.text(max_size=30),
    st.text(min_size=60, max_size=200),
    st.sampled_from(["", " ", "张三", "😀" * 70, "a\x00b", "'; DROP TABLE client; --", "3-2-1201"]),
)
DATES = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
PHONES = st.lists(st.one_of(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), TEXT), max_size=7)


class ClientServices(RuleBasedStateMachine):
    """Random calls of the client card's services with hostile values: each call
    succeeds or raises a DomainError; nothing else escapes."""

    db: Database

    def __init__(self) -> None:
        super().__init__()
        self.client_ids: list[int] = []

    @initialize()
    def start(self) -> None:
        with self.db.begin() as session:
            if session.query(Room).count() == 0:
                session.add(Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST))
                session.add(
                    Room(
                        building=Building(code="3", name="3栋"),
                        unit="2",
                        number="1201",
                        code="3-2-1201",
                        digits="321201",
                    )
                )

    def _call(self, work: Any) -> None:
        try:
            with self.db.begin() as session:
                result = work(session)
                if result is not None and hasattr(result, "id"):
                    session.flush()
                    self.client_ids.append(result.id)
        except DomainError:
            pass

    @rule(
        name=TEXT,
        rooms=st.lists(TEXT, max_size=3),
        phones=PHONES,
        move_in=DATES,
        notes=TEXT,
        family=st.lists(st.tuples(TEXT, TEXT, TEXT), max_size=3),
    )
    def create(
        self,
        name: str,
        rooms: list[str],
        phones: list[str],
        move_in: date | None,
        notes: str,
        family: list[tuple[str, str, str]],
    ) -> None:
        self._call(
            lambda session: clients.create_client(
                session,
                name=name,
                room_codes=rooms or ["3-2-1201"],
                phones=phones,
                move_in=move_in,
                hometown=notes,
                occupation=notes,
                employer=notes,
                family=[FamilyMemberInput(*member) for member in family],
                notes=notes,
                importance={ImportanceCategory.KEY_COMPLAINANT},
            )
        )

    @rule(data=st.data(), occupation=TEXT, hometown=TEXT, version=st.one_of(st.none(), st.integers(-5, 5)))
    def details(self, data: st.DataObject, occupation: str, hometown: str, version: int | None) -> None:
        target = data.draw(st.sampled_from(self.client_ids)) if self.client_ids else 999_999
        self._call(
            lambda session: clients.update_client_details(
                session,
                target,
                occupation=occupation,
                employer=None,
                hometown=hometown,
                notes=occupation,
                importance=set(),
                expected_version=version,
            )
        )


@pytest.mark.slow
def test_the_client_services_meet_no_raw_exception(db: Database) -> None:
    db.clock = FixedClock(NOW)
    ClientServices.db = db
    machine = ClientServices.TestCase
    machine.settings = settings(
        max_examples=15, stateful_step_count=8, deadline=None, suppress_health_check=list(HealthCheck)
    )
    machine().runTest()
