"""Issue 19, finding 1: no silent lost update. A record's version moves when any of
its child rows (a client's phones, rooms, family members, importance flags; a
complaint's progress lines…) is added, changed or removed, so a save on a copy loaded
before is refused as a conflict, on SQLite and PostgreSQL."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from desk_app.clock import FixedClock
from desk_app.models import Base, Building, Room, Staff
from desk_app.models.base import VersionedMixin
from desk_app.models.database import Database
from desk_app.models.enums import ImportanceCategory, StaffRole
from desk_app.models.tracking import owner_of
from desk_app.services import clients
from desk_app.services.clients import FamilyMemberInput
from desk_app.services.errors import ConflictError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
ROOMS = ("3-2-1201", "3-2-1202", "3-1-0101")
PHONES = ("13800001111", "13900002222", "13700003333")


@pytest.fixture
def desk(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        building = Building(code="3", name="3栋")
        session.add(Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST))
        for code in ROOMS:
            _, unit, number = code.split("-")
            session.add(
                Room(building=building, unit=unit, number=number, code=code, digits=code.replace("-", ""))
            )
    return db


def card(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "张三",
        "room_codes": [ROOMS[0]],
        "phones": [PHONES[0]],
        "move_in": date(2020, 5, 1),
        "hometown": None,
        "occupation": None,
        "employer": None,
        "family": [],
        "notes": None,
        "importance": set(),
    }
    values.update(changes)
    return values


def new_client(desk: Database) -> tuple[int, int]:
    with desk.begin() as session:
        client = clients.create_client(session, **card())
        session.flush()
        return client.id, client.version


def version(desk: Database, client_id: int) -> int:
    with desk.read() as session:
        return clients.load_client(session, client_id).version


def test_two_counters_adding_a_phone_the_second_is_refused(desk: Database) -> None:
    """The reported case: A adds a phone and saves; B, on the old version, adds another."""
    client_id, loaded = new_client(desk)
    with desk.begin() as session:
        clients.update_client(
            session, client_id, expected_version=loaded, **card(phones=[PHONES[0], PHONES[1]])
        )
    assert version(desk, client_id) > loaded
    with pytest.raises(ConflictError), desk.begin() as session:
        clients.update_client(
            session, client_id, expected_version=loaded, **card(phones=[PHONES[0], PHONES[2]])
        )
    with desk.read() as session:
        assert clients.client_profile(session, client_id).phones == (PHONES[0], PHONES[1])


CHILD_EDITS: dict[str, dict[str, Any]] = {
    "phone added": {"phones": [PHONES[0], PHONES[1]]},
    "phone removed": {"phones": []},
    "room added": {"room_codes": [ROOMS[0], ROOMS[1]]},
    "room replaced": {"room_codes": [ROOMS[2]]},
    "family added": {"family": [FamilyMemberInput("李四", "配偶")]},
    "importance added": {"importance": {ImportanceCategory.MAJOR_CLIENT}},
}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    first=st.sampled_from(sorted(CHILD_EDITS)),
    second=st.sampled_from(sorted(CHILD_EDITS)),
    details=st.booleans(),
)
def test_any_child_change_then_a_stale_save_is_a_conflict(
    desk: Database, first: str, second: str, details: bool
) -> None:
    """Two sessions load the same card; whatever child collection the first changes,
    the second's save (whole card or the details form) is refused, nothing of it kept."""
    client_id, _ = new_client(desk)
    start = card(family=[FamilyMemberInput("王五", "儿子")], phones=[PHONES[0]])
    with desk.begin() as session:
        clients.update_client(session, client_id, **start)
    loaded = version(desk, client_id)
    with desk.begin() as session:
        clients.update_client(session, client_id, expected_version=loaded, **{**start, **CHILD_EDITS[first]})
    with desk.read() as session:
        after_first = clients.client_card(session, client_id)
    with pytest.raises(ConflictError), desk.begin() as session:
        if details:
            clients.update_client_details(
                session,
                client_id,
                occupation="教师",
                employer=None,
                hometown=None,
                notes="乙的备注",
                importance={ImportanceCategory.KEY_COMPLAINANT},
                expected_version=loaded,
            )
        else:
            clients.update_client(
                session, client_id, expected_version=loaded, **{**start, **CHILD_EDITS[second], "notes": "乙"}
            )
    with desk.read() as session:
        assert clients.client_card(session, client_id) == after_first


def test_a_family_member_edited_in_place_moves_the_version(desk: Database) -> None:
    client_id, _ = new_client(desk)
    with desk.begin() as session:
        clients.update_client(session, client_id, **card(family=[FamilyMemberInput("王五", "儿子")]))
    loaded = version(desk, client_id)
    with desk.begin() as session:
        clients.load_client(session, client_id).family_members[0].phone = "13600004444"
    assert version(desk, client_id) == loaded + 1


def _owned_child_classes() -> list[tuple[type, type]]:
    found = []
    for mapper in Base.registry.mappers:
        for rel in mapper.relationships:
            if rel.cascade.delete_orphan:
                found.append((mapper.class_, rel.mapper.class_))
    return sorted(found, key=lambda pair: (pair[0].__name__, pair[1].__name__))


def test_every_owned_child_class_finds_its_versioned_owner() -> None:
    """Every record type with child collections: each child row leads to its owner, and
    the owner has a version to move (the generic mechanism of models/tracking.py)."""
    pairs = _owned_child_classes()
    assert len(pairs) >= 10
    for owner_class, child_class in pairs:
        assert issubclass(owner_class, VersionedMixin), owner_class.__name__
        owner = owner_class()
        child = child_class()
        rel = next(r for r in inspect(owner_class).relationships if r.mapper.class_ is child_class)
        getattr(owner, rel.key).append(child)
        assert owner_of(None, child) is owner, f"{owner_class.__name__}.{rel.key}"  # type: ignore[arg-type]


def test_every_child_collection_moves_its_owners_version(db: Database) -> None:
    """Every record type with child rows, on both databases: adding a child row, changing
    it and deleting it each give the owner a new version (records filled generically,
    as the round-trip test does)."""
    from desk_app.models.base import NumberedMixin
    from tests.models.test_round_trip import _mappers_in_dependency_order, _value

    fk_ids: dict[str, int] = {}
    for mapper in _mappers_in_dependency_order():
        cls = mapper.class_
        if cls.__tablename__ in {"audit_chain_head", "audit_log"}:
            continue
        values: dict[str, Any] = {}
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if attr.key == "number" and issubclass(cls, NumberedMixin):
                continue
            if attr.key in {"id", "version"}:
                continue
            values[attr.key] = _value(column, cls, fk_ids)
        with db.begin() as session:
            record = cls(**values)
            session.add(record)
            session.flush()
            if isinstance(getattr(record, "id", None), int):
                fk_ids[mapper.local_table.name] = record.id
    checked = []
    for owner_class, child_class in _owned_child_classes():
        owner_id = fk_ids[owner_class.__tablename__]
        child_id = fk_ids[child_class.__tablename__]

        def owner_version(owner_class: type = owner_class, owner_id: int = owner_id) -> int:
            with db.read() as session:
                return int(session.get(owner_class, owner_id).version)  # type: ignore[union-attr]

        before = owner_version()
        with db.begin() as session:
            child = session.get(child_class, child_id)
            assert child is not None
            text_column = next(
                (
                    a.key
                    for a in inspect(child_class).column_attrs
                    if a.key not in {"id"}
                    and isinstance(getattr(child, a.key), str)
                    and not isinstance(getattr(child, a.key), enum.Enum)
                ),
                None,
            )
            if text_column is not None:
                setattr(child, text_column, "改过")
        if text_column is not None:
            assert owner_version() == before + 1, f"{child_class.__name__} changed"
            before += 1
        with db.begin() as session:
            child = session.get(child_class, child_id)
            session.delete(child)
        assert owner_version() == before + 1, f"{child_class.__name__} deleted"
        checked.append(child_class.__name__)
    assert len(checked) == len(_owned_child_classes())
