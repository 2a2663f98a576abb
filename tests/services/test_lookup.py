"""Client lookup at the counter (SPEC 2.1): room as typed, any part of a phone, name,
pinyin initials; importance and do-not-disturb on each match."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


#: The PostgreSQL-only lookup indexes: name -> (table, how it is made).
LOOKUP_INDEXES = {
    # migration 0008
    "ix_room_code_pattern": ("room", "(code text_pattern_ops)"),
    "ix_room_digits_pattern": ("room", "(digits text_pattern_ops)"),
    # migration 0011
    "ix_client_phone_phone_c": ("client_phone", '((phone COLLATE "C"))'),
    "ix_client_initials_c": ("client", '((name_initials COLLATE "C"))'),
    "ix_client_name_chars": ("client", "USING gin (string_to_array(name, NULL))"),
    "ix_client_phone_phone_trgm": ("client_phone", "USING gin (phone gin_trgm_ops)"),
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


def test_the_lookup_indexes_of_migrations_0008_and_0011_change_no_result(db: Database) -> None:
    """Issue 18: on PostgreSQL, migrations 0008 and 0011 add indexes for the lookup's
    prefix and "contains" searches (nothing on SQLite). Every keystroke finds the same
    clients, in the same order, with them and without them; and the planner uses them
    for the lookup's own queries."""
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
        for table in {table for table, _how in LOOKUP_INDEXES.values()}
        for index in inspect(db.engine).get_indexes(table)
    }
    with_indexes = everything()
    assert sum(map(len, with_indexes)) > 25  # the inputs do find people
    if db.engine.dialect.name != "postgresql":
        assert present.isdisjoint(LOOKUP_INDEXES)
        return
    assert set(LOOKUP_INDEXES) <= present

    def plan(sql: str, **values: object) -> str:
        with db.engine.begin() as connection:
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            return "\n".join(connection.execute(text(f"EXPLAIN {sql}"), values).scalars())

    assert "ix_room_code_pattern" in plan(
        "SELECT id FROM room WHERE code LIKE :prefix || '%' ORDER BY code LIMIT 60", prefix="3-2"
    )
    assert "ix_client_initials_c" in plan(
        'SELECT id FROM client WHERE name_initials COLLATE "C" LIKE :p ORDER BY name_initials COLLATE "C" LIMIT 60',
        p="zs%",
    )
    assert "ix_client_name_chars" in plan(
        "SELECT id FROM client WHERE string_to_array(name, NULL) @> CAST(ARRAY['张'] AS TEXT[])"
    )
    assert "ix_client_phone_phone_trgm" in plan("SELECT id FROM client_phone WHERE phone LIKE :p", p="%2600%")
    with db.engine.begin() as connection:
        for name in LOOKUP_INDEXES:
            connection.execute(text(f"DROP INDEX {name}"))
    try:
        assert everything() == with_indexes
    finally:
        with db.engine.begin() as connection:
            for name, (table, how) in LOOKUP_INDEXES.items():
                connection.execute(text(f"CREATE INDEX {name} ON {table} {how}"))


# -- issue 18: three statements a keystroke, the same matches ---------------------------------


def _reference_find_clients(session: Any, text: str, limit: int = 20) -> list[Any]:
    """The lookup as it was before issue 18's second round: a query per kind of match,
    then the clients loaded as objects with their rooms, phones and importance. Kept
    here as the plain reading the three-statement lookup must agree with. (Rows the
    same in a part's order are now taken by id: before, a tie at a part's limit went
    whichever way the plan read it.)"""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from desk_app.services import lookup

    query = text.strip()
    if not query or limit <= 0:
        return []
    found: dict[int, tuple[int, MatchKind, int | None]] = {}

    def note(client_id: int, rank: int, kind: MatchKind, room_id: int | None = None) -> None:
        previous = found.get(client_id)
        if previous is None or rank < previous[0]:
            found[client_id] = (rank, kind, room_id)

    wide = limit * 3
    live = Client.voided_at.is_(None)
    starts = lookup._starts_with
    if lookup._is_room_like(query):
        code = lookup._normalise_room(query)
        digits = lookup._digits(query)
        for client_id, room_id, room_code, room_digits in session.execute(
            select(ClientRoom.client_id, Room.id, Room.code, Room.digits)
            .join(Room, Room.id == ClientRoom.room_id)
            .join(Client, Client.id == ClientRoom.client_id)
            .where(
                live,
                Room.voided_at.is_(None),
                starts(session, Room.code, code) | starts(session, Room.digits, digits),
            )
            .order_by(Room.code, ClientRoom.client_id)
            .limit(wide)
        ).all():
            note(client_id, 0 if room_code == code or room_digits == digits else 2, MatchKind.ROOM, room_id)
        if len(digits) >= lookup.MIN_PHONE_DIGITS:
            rows = list(
                session.execute(
                    select(ClientPhone.client_id, ClientPhone.phone)
                    .join(Client, Client.id == ClientPhone.client_id)
                    .where(live, starts(session, ClientPhone.phone, digits))
                    .order_by(ClientPhone.phone, ClientPhone.id)
                    .limit(wide)
                ).all()
            )
            if len(digits) >= lookup.MIN_PHONE_CONTAINS_DIGITS:
                inside = (
                    select(ClientPhone.id)
                    .where(ClientPhone.phone.contains(digits, autoescape=True))
                    .order_by(ClientPhone.phone, ClientPhone.id)
                    .limit(wide * 2)
                    .scalar_subquery()
                )
                rows += session.execute(
                    select(ClientPhone.client_id, ClientPhone.phone)
                    .join(Client, Client.id == ClientPhone.client_id)
                    .where(live, ClientPhone.id.in_(inside))
                    .order_by(ClientPhone.phone, ClientPhone.id)
                    .limit(wide)
                ).all()
            for client_id, phone in rows:
                phone_digits = lookup._digits(phone)
                rank = 0 if phone_digits == digits else 1 if phone_digits.startswith(digits) else 3
                note(client_id, rank, MatchKind.PHONE)
    else:
        for client_id, name in session.execute(
            select(Client.id, Client.name)
            .where(live, Client.name.contains(query, autoescape=True))
            .order_by(Client.name, Client.id)
            .limit(wide)
        ).all():
            note(client_id, 0 if name == query else 1 if name.startswith(query) else 3, MatchKind.NAME)
        if lookup._is_initials_like(query):
            letters = query.lower()
            for client_id, initials in session.execute(
                select(Client.id, Client.name_initials)
                .where(live, Client.name_initials.startswith(letters, autoescape=True))
                .order_by(Client.name_initials, Client.id)
                .limit(wide)
            ).all():
                note(client_id, 0 if initials == letters else 2, MatchKind.INITIALS)
    if not found:
        return []
    clients = session.scalars(
        select(Client)
        .options(
            selectinload(Client.rooms).selectinload(ClientRoom.room),
            selectinload(Client.phones),
            selectinload(Client.importance),
        )
        .where(Client.id.in_(list(found)))
    ).all()
    matches = []
    for client in clients:
        _rank, kind, room_id = found[client.id]
        every_room = sorted((link.room for link in client.rooms), key=lambda room: room.code)
        rooms = [room for room in every_room if room.voided_at is None]
        chosen = next((room for room in every_room if room.id == room_id), rooms[0] if rooms else None)
        matches.append(
            lookup.ClientMatch(
                client_id=client.id,
                number=client.number,
                name=client.name,
                room_id=chosen.id if chosen is not None else None,
                room_code=chosen.code if chosen is not None else None,
                rooms=tuple(room.code for room in rooms),
                phones=tuple(phone.phone for phone in sorted(client.phones, key=lambda phone: phone.id)),
                importance=tuple(sorted(client.importance_categories)),
                do_not_disturb=client.do_not_disturb,
                do_not_disturb_reason=client.do_not_disturb_reason,
                matched_on=kind,
            )
        )
    matches.sort(key=lambda m: (found[m.client_id][0], m.matched_on, m.room_code or "~", m.name, m.client_id))
    return matches[:limit]


def test_three_statements_a_keystroke_find_what_a_query_per_kind_found(db: Database) -> None:
    """Issue 18: every prefix of rooms, phones (start and inside), names and initials of
    a demo community, with voided rooms and clients, importance and do-not-disturb:
    the same matches in the same order as the query-per-kind reading, on both
    databases; and never more than three statements a keystroke."""
    from datetime import UTC, datetime

    from sqlalchemy import event, select

    from desk_app.clock import FixedClock
    from desk_app.demo.generator import generate_demo
    from desk_app.models import Client as ClientModel

    db.clock = FixedClock(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    generate_demo(db, clients=150, months=1, seed=5, now=datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    with db.begin() as session:
        for room in session.scalars(select(Room).order_by(Room.id).limit(4)):
            room.voided_at = datetime(2026, 11, 1, tzinfo=UTC)
        for client in session.scalars(select(ClientModel).order_by(ClientModel.id.desc()).limit(3)):
            client.voided_at = datetime(2026, 11, 1, tzinfo=UTC)
    with db.read() as session:
        rooms = list(session.scalars(select(Room.code).order_by(Room.id).limit(8)))
        phones = list(session.scalars(select(ClientPhone.phone).order_by(ClientPhone.id).limit(8)))
        people = session.execute(select(ClientModel.name, ClientModel.name_initials).limit(8)).all()
    typed = {text[:length] for text in rooms for length in range(1, len(text) + 1)}
    typed |= {phone[:length] for phone in phones for length in range(1, len(phone) + 1)}
    typed |= {phone[-5:] for phone in phones} | {room.replace("-", "") for room in rooms}
    typed |= {name[:length] for name, _ in people for length in range(1, len(name) + 1)}
    typed |= {initials[:length] for _, initials in people for length in range(1, len(initials) + 1)}
    typed |= {"张", "z", "1", "13", "9-", "zzzz", "无此人"}
    statements: list[str] = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    for text in sorted(typed):
        with db.read() as session:
            expected = _reference_find_clients(session, text)
        statements.clear()
        with db.read() as session:
            assert find_clients(session, text) == expected, text
        assert len([s for s in statements if s != "BEGIN"]) <= 3, (text, statements)
