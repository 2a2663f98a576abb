"""Client lookup at the counter (SPEC 2.1): room as typed, any part of a phone, name,
pinyin initials; importance and do-not-disturb on each match."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desk_app.bootstrap import open_database
from desk_app.models import Building, Client, ClientImportance, ClientPhone, ClientRoom, Room
from desk_app.models.database import Database
from desk_app.models.enums import ImportanceCategory
from desk_app.services.clients import name_initials
from desk_app.services.lookup import MatchKind, client_match, find_clients

_serial = itertools.count(1)


def add_client(
    db: Database,
    name: str,
    room: tuple[str, str, str] | None = None,
    phones: tuple[str, ...] = (),
    importance: tuple[ImportanceCategory, ...] = (),
    do_not_disturb: bool = False,
) -> int:
    with db.begin() as session:
        client = Client(name=name, name_initials=name_initials(name), do_not_disturb=do_not_disturb)
        if room is not None:
            building_code, unit, number = room
            building = session.query(Building).filter_by(code=building_code).one_or_none()
            if building is None:
                building = Building(code=building_code, name=f"{building_code}栋")
            code = Room.make_code(building_code, unit, number)
            found = session.query(Room).filter_by(code=code).one_or_none()
            if found is None:
                found = Room(
                    building=building, unit=unit, number=number, code=code, digits=Room.digits_of(code)
                )
            client.rooms.append(ClientRoom(room=found))
        client.phones.extend(ClientPhone(phone=phone) for phone in phones)
        client.importance.extend(ClientImportance(category=category) for category in importance)
        session.add(client)
        session.flush()
        return int(client.id)


@pytest.fixture
def community(db: Database) -> Database:
    add_client(db, "张三", ("3", "2", "1201"), ("13812345678",), (ImportanceCategory.GOVERNMENT_OR_MEDIA,))
    add_client(db, "张珊珊", ("3", "2", "1202"), ("13987654321",), do_not_disturb=True)
    add_client(db, "李四", ("12", "1", "301"), ("0755-26001234",))
    add_client(db, "Anna 王", ("5", "1", "101"), ())
    return db


def names(db: Database, text: str, limit: int = 20) -> list[str]:
    with db.read() as session:
        return [match.name for match in find_clients(session, text, limit)]


def test_room_as_typed_with_or_without_dashes_and_partial(community: Database) -> None:
    assert names(community, "3-2-1201") == ["张三"]
    assert names(community, "321201") == ["张三"]
    assert names(community, "3-2-120") == ["张三", "张珊珊"]
    with community.read() as session:
        (match,) = find_clients(session, "321202")
    assert match.room_code == "3-2-1202" and match.matched_on is MatchKind.ROOM


def test_any_part_of_a_phone(community: Database) -> None:
    assert names(community, "5678") == ["张三"]
    assert names(community, "13812345678") == ["张三"]
    assert names(community, "2600") == ["李四"]
    assert names(community, "12") == ["李四"]  # building 12, not a phone: too short
    assert names(community, "99") == []


def test_three_digits_match_the_start_of_a_phone_only(community: Database) -> None:
    """Fewer than four digits would scan every phone on each keystroke for hits that
    mean little: they match the start of a phone; four or more match anywhere."""
    assert names(community, "138") == ["张三"]
    assert names(community, "567") == []
    assert names(community, "4567") == ["张三"]


def test_name_and_pinyin_initials(community: Database) -> None:
    assert names(community, "张三") == ["张三"]
    assert names(community, "张") == ["张三", "张珊珊"]
    assert names(community, "zs") == ["张三", "张珊珊"]  # exact initials first
    assert names(community, "ZSS") == ["张珊珊"]
    assert names(community, "anna") == ["Anna 王"]
    assert names(community, "ls") == ["李四"]


def test_match_carries_importance_and_do_not_disturb(community: Database) -> None:
    with community.read() as session:
        by_name = {match.name: match for match in find_clients(session, "zs")}
    assert by_name["张三"].important and not by_name["张三"].do_not_disturb
    assert by_name["张三"].importance == (ImportanceCategory.GOVERNMENT_OR_MEDIA,)
    assert by_name["张珊珊"].do_not_disturb and not by_name["张珊珊"].important
    assert by_name["张三"].phones == ("13812345678",)


def test_nothing_for_empty_or_unknown_text_and_limit_holds(community: Database) -> None:
    assert names(community, "  ") == []
    assert names(community, "王五") == []
    assert names(community, "%") == []  # wildcards are escaped
    assert len(names(community, "z", limit=1)) == 1


def test_voided_clients_are_not_found(community: Database) -> None:
    with community.begin() as session:
        client = session.query(Client).filter_by(name="李四").one()
        client.voided_at = client.created_at
        client.void_reason = "搬离"
    assert names(community, "李四") == []


def test_client_match_shows_the_given_room(community: Database) -> None:
    client_id = add_client(community, "王五", ("7", "1", "801"), ("13600000000",))
    with community.read() as session:
        match = client_match(session, client_id)
        assert client_match(session, 999_999) is None
    assert match is not None and match.room_code == "7-1-801" and match.name == "王五"


# -- property: a client's own room, phone, name and initials find that client ----------

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


@pytest.fixture(scope="module")
def lookup_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("lookup") / "lookup.sqlite3"
    database, _ = open_database(f"sqlite:///{path}")
    add_client(database, "张三", ("3", "2", "1201"), ("13812345678",))
    add_client(database, "张山", ("3", "2", "1202"), ("13812345679",))
    try:
        yield database
    finally:
        database.dispose()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(HAN, min_size=1, max_size=4),
    building=st.integers(1, 40),
    unit=st.integers(1, 6),
    number=st.integers(101, 3302),
    phone=st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True),
)
def test_any_client_is_found_by_its_own_room_phone_name_and_initials(
    lookup_db: Database, name: str, building: int, unit: int, number: int, phone: str
) -> None:
    serial = next(_serial)
    room = (str(building), str(unit), str(number))
    client_id = add_client(lookup_db, f"{name}{serial}", room, (phone,))
    code = Room.make_code(*room)
    with lookup_db.read() as session:
        for text in (code, Room.digits_of(code), phone, phone[3:9], f"{name}{serial}"):
            found = [match.client_id for match in find_clients(session, text, limit=200)]
            assert client_id in found, text
        initials = name_initials(name)
        if initials:
            found = [match.client_id for match in find_clients(session, initials, limit=500)]
            assert client_id in found, initials


PATTERN_INDEXES = {
    "ix_room_code_pattern": "room",
    "ix_room_digits_pattern": "room",
    "ix_client_phone_phone_pattern": "client_phone",
    "ix_client_initials_pattern": "client",
}
TYPED = [
    "3",
    "3-2",
    "3-2-12",
    "321",
    "3212",
    "12",
    "1-3",
    "138",
    "1381",
    "0755",
    "2600",
    "z",
    "zs",
    "zss",
    "ls",
    "张",
    "李四",
    "an",
]


def test_the_lookup_indexes_of_migration_0008_change_no_result(db: Database) -> None:
    """Issue 18: on PostgreSQL, migration 0008 adds ``text_pattern_ops`` indexes for the
    lookup's prefix searches (nothing on SQLite). Every keystroke finds the same clients,
    in the same order, with them and without them; and the planner can use them for the
    lookup's own room query."""
    from sqlalchemy import inspect, text

    for index in range(30):  # enough rooms and phones that an index is worth reading
        add_client(
            db, f"王{index}", (str(index % 7 + 1), str(index % 3 + 1), f"{index + 1}01"), (f"13{index:09d}",)
        )
    add_client(db, "张三", ("3", "2", "1201"), ("13812345678",))
    add_client(db, "张珊珊", ("3", "2", "1202"), ("13987654321",))
    add_client(db, "李四", ("12", "1", "301"), ("0755-26001234",))
    add_client(db, "Anna 王", ("5", "1", "101"), ())

    def everything() -> list[list[tuple[int, str | None, str]]]:
        with db.read() as session:
            return [
                [(m.client_id, m.room_code, m.matched_on.value) for m in find_clients(session, typed, 20)]
                for typed in TYPED
            ]

    present = {
        index["name"]
        for table in set(PATTERN_INDEXES.values())
        for index in inspect(db.engine).get_indexes(table)
    }
    with_indexes = everything()
    assert sum(map(len, with_indexes)) > 25  # the inputs do find people
    if db.engine.dialect.name != "postgresql":
        assert present.isdisjoint(PATTERN_INDEXES)
        return
    assert set(PATTERN_INDEXES) <= present
    with db.engine.begin() as connection:
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            connection.execute(
                text("EXPLAIN SELECT id FROM room WHERE code LIKE :prefix || '%' ORDER BY code LIMIT 60"),
                {"prefix": "3-2"},
            ).scalars()
        )
    assert "ix_room_code_pattern" in plan
    with db.engine.begin() as connection:
        for name in PATTERN_INDEXES:
            connection.execute(text(f"DROP INDEX {name}"))
    try:
        assert everything() == with_indexes
    finally:
        with db.engine.begin() as connection:
            for name, table in PATTERN_INDEXES.items():
                column = {"ix_room_code_pattern": "code", "ix_room_digits_pattern": "digits"}.get(
                    name, "phone" if table == "client_phone" else "name_initials"
                )
                connection.execute(text(f"CREATE INDEX {name} ON {table} ({column} text_pattern_ops)"))
