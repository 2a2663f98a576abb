"""The structure primitives every way of making rooms goes through (issue 13)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import Area, Building, Client, ClientRoom, Room, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, RoomKind, StaffRole
from desk_app.services import clients, community, context, references
from desk_app.services.community import building_name_of, ensure_room, floor_of, natural_key
from desk_app.services.errors import FieldError, PermissionDeniedError, RuleViolationError
from desk_app.services.lookup import find_clients


@pytest.mark.parametrize(
    ("number", "floor"), [("1201", 12), ("301", 3), ("0301", 3), ("101", 1), ("12", None), ("A01", None)]
)
def test_floor_from_the_room_number(number: str, floor: int | None) -> None:
    assert floor_of(number) == floor


def test_building_names() -> None:
    assert building_name_of("3") == "3栋"
    assert building_name_of("A座") == "A座"


def test_ensure_room_creates_once(db: Database) -> None:
    with db.begin() as session:
        room, created = ensure_room(session, "3", "2", "1201")
        assert created and room.code == "3-2-1201" and room.digits == "321201" and room.floor == 12
        assert room.kind is RoomKind.RESIDENCE and room.building.name == "3栋"
        again, created_again = ensure_room(session, "3", "2", "1201")
        assert again.id == room.id and not created_again
        shop, _ = ensure_room(session, "S1", "", "101", kind=RoomKind.SHOP)
        assert shop.code == "S1-101"
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 2
        assert session.scalar(select(func.count()).select_from(Building)) == 2


@pytest.mark.parametrize(
    ("building", "unit", "number", "field"),
    [
        ("", "1", "101", "building"),
        ("3", "1", "", "number"),
        ("3-1", "1", "101", "building"),
        ("3", "1 2", "101", "unit"),
        ("3", "1", "1" * 17, "number"),
    ],
)
def test_ensure_room_names_the_bad_part(
    db: Database, building: str, unit: str, number: str, field: str
) -> None:
    with db.begin() as session, pytest.raises(FieldError) as error:
        ensure_room(session, building, unit, number)
    assert error.value.field == field


# -- areas, buildings and rooms: edit, void, restore, delete --------------------------------


def _staff(db: Database, role: StaffRole, login: str) -> int:
    with db.begin() as session:
        staff = Staff(login=login, name=login, role=role)
        session.add(staff)
        session.flush()
        return int(staff.id)


def test_areas_are_created_renamed_given_a_steward_and_voided(db: Database) -> None:
    steward = _staff(db, StaffRole.SERVICE_STAFF, "guanjia")
    with db.begin() as session:
        area = community.create_area(session, " 东区 ")
        assert area.name == "东区" and area.steward is None
        community.update_area(session, area.id, name="东一区", steward_id=steward)
        with pytest.raises(FieldError) as error:
            community.create_area(session, "东一区")
        assert error.value.field == "name"
        with pytest.raises(FieldError) as error:
            community.void_area(session, area.id, "  ")
        assert error.value.field == "void_reason"
        community.void_area(session, area.id, "并入西区")
        area_id = area.id
    with db.read() as session:
        stored = session.get(Area, area_id)
        assert stored is not None and stored.name == "东一区" and stored.steward_id == steward
        assert stored.voided_at is not None and stored.void_reason == "并入西区"
    with db.begin() as session:
        community.restore_area(session, area_id)
        community.set_steward(session, area_id, None)
        community.delete_area(session, area_id)
        assert session.get(Area, area_id) is None


def test_an_area_with_buildings_is_voided_not_deleted(db: Database) -> None:
    with db.begin() as session:
        area = community.create_area(session, "西区")
        community.create_building(session, "7", area_id=area.id)
        with pytest.raises(RuleViolationError):
            community.delete_area(session, area.id)


def test_buildings_are_created_and_a_new_code_renames_their_rooms(db: Database) -> None:
    with db.begin() as session:
        area = community.create_area(session, "南区")
        building = community.create_building(session, "3", area_id=area.id)
        assert building.name == "3栋" and building.area_id == area.id
        with pytest.raises(FieldError) as error:
            community.create_building(session, "3")
        assert error.value.field == "building"
        room = community.create_room(session, building.id, "2", "1201", area_m2=89.456)
        assert room.code == "3-2-1201" and room.floor == 12 and room.area_m2 == 89.46
        client = Client(name="张三", name_initials="zs", sort_room=Room.sort_key("3", "2", "1201"))
        client.rooms.append(ClientRoom(room=room))
        session.add(client)
        session.flush()
        community.update_building(session, building.id, code="3A", name="三A座", area_id=None)
        assert room.code == "3A-2-1201" and room.digits == "3A21201"
        assert client.sort_room == Room.sort_key("3A", "2", "1201")
        assert building.area_id is None and building.name == "三A座"
        other = community.create_building(session, "4")
        with pytest.raises(FieldError) as error:
            community.update_building(session, other.id, code="3A", name=None, area_id=None)
        assert error.value.field == "building"


def test_rooms_are_created_and_edited(db: Database) -> None:
    with db.begin() as session:
        building = community.create_building(session, "S1", name="商业街")
        shop = community.create_room(session, building.id, "", "101", kind=RoomKind.SHOP)
        assert shop.code == "S1-101" and shop.kind is RoomKind.SHOP and shop.floor == 1
        with pytest.raises(FieldError) as error:
            community.create_room(session, building.id, "", "101")
        assert error.value.field == "number"
        community.update_room(session, shop.id, floor=2, area_m2=120.0, kind=RoomKind.CLUBHOUSE)
        assert (shop.floor, shop.area_m2, shop.kind) == (2, 120.0, RoomKind.CLUBHOUSE)
        for floor, area_m2, field in [(0, None, "floor"), (201, None, "floor"), (None, -1.0, "area_m2")]:
            with pytest.raises(FieldError) as error:
                community.update_room(session, shop.id, floor=floor, area_m2=area_m2, kind=RoomKind.SHOP)
            assert error.value.field == field


def test_a_room_with_records_is_voided_never_deleted(db: Database) -> None:
    with db.begin() as session:
        lived_in, _ = ensure_room(session, "3", "2", "1201")
        empty, _ = ensure_room(session, "3", "2", "1202")
        client = Client(name="张三", name_initials="zs")
        client.rooms.append(ClientRoom(room=lived_in))
        session.add(client)
        session.flush()
        lived_in_id, empty_id = lived_in.id, empty.id
        assert community.room_record_count(session, [lived_in_id]) == 1
    with db.begin() as session, pytest.raises(RuleViolationError) as refused:
        community.delete_room(session, lived_in_id)
    assert "只能作废" in str(refused.value)
    with db.begin() as session:
        community.void_room(session, lived_in_id, "合并为一户")
        community.delete_room(session, empty_id)
    with db.read() as session:
        voided = session.get(Room, lived_in_id)
        assert voided is not None and voided.voided_at is not None and voided.void_reason == "合并为一户"
        assert session.get(Room, empty_id) is None


def test_every_table_that_refers_to_a_room_is_counted(db: Database) -> None:
    """Read from the metadata: a work-log entry's room counts as much as a client card's."""
    with db.begin() as session:
        room, _ = ensure_room(session, "3", "2", "1201")
        session.add(
            WorkLogEntry(
                room=room,
                content="漏水",
                channel=Channel.CALL,
                category=Category.REPAIR,
                received_at=context.now(session),
            )
        )
        session.flush()
        assert community.room_record_count(session, [room.id]) == 1
        building_id = room.building_id
        with pytest.raises(RuleViolationError):
            community.delete_building(session, building_id)
    tables = {column.table.name for column in community._room_references()}
    assert {"client_room", "worklog_entry", "complaint", "dispatch_slip", "reminder_case"} <= tables


def test_voiding_a_building_voids_its_rooms_and_restoring_brings_them_back(db: Database) -> None:
    with db.begin() as session:
        before, _ = ensure_room(session, "9", "1", "101")
        community.void_room(session, before.id, "早已拆除")
    db.clock = FixedClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    with db.begin() as session:
        room, _ = ensure_room(session, "9", "1", "102")
        building_id = room.building_id
        community.void_building(session, building_id, "整栋改建")
        assert room.voided_at is not None and room.void_reason == "整栋改建"
        with pytest.raises(RuleViolationError):
            community.restore_room(session, room.id)
        with pytest.raises(FieldError):
            community.create_room(session, building_id, "1", "103")
    with db.begin() as session:
        community.restore_building(session, building_id)
        rooms = {row.number: row for row in community.room_rows(session, building_id)}
        assert not rooms["102"].voided and rooms["101"].voided  # voided before: stays voided
        community.restore_room(session, rooms["101"].id)


def test_a_building_without_records_is_deleted_with_its_rooms(db: Database) -> None:
    with db.begin() as session:
        room, _ = ensure_room(session, "8", "1", "101")
        building_id = room.building_id
        community.delete_building(session, building_id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 0
        assert session.get(Building, building_id) is None


def test_only_administrators_and_supervisors_change_the_structure(db: Database) -> None:
    desk = _staff(db, StaffRole.RECEPTIONIST, "desk")
    boss = _staff(db, StaffRole.SUPERVISOR, "boss")
    with db.begin(actor_id=desk) as session, pytest.raises(PermissionDeniedError):
        community.create_building(session, "1")
    with db.begin(actor_id=desk) as session, pytest.raises(PermissionDeniedError):
        community.generate(session, community.RoomPlan(buildings="1", floors="1"))
    with db.begin(actor_id=boss) as session:
        community.create_building(session, "1")
        assert community.may_edit_structure(session)


def test_the_tree_lists_areas_then_buildings_without_one(db: Database) -> None:
    with db.begin() as session:
        area = community.create_area(session, "北区")
        community.create_building(session, "10", area_id=area.id)
        community.create_building(session, "2", area_id=area.id)
        community.create_building(session, "S1")
        community.generate(session, community.RoomPlan(buildings="2", floors="1-2", per_floor=2))
    with db.read() as session:
        tree = community.structure_tree(session)
    assert [node.name for node in tree] == ["北区", "未分片区"]
    assert [row.code for row in tree[0].buildings] == ["2", "10"]
    assert tree[0].buildings[0].rooms == 4 and [row.code for row in tree[1].buildings] == ["S1"]


# -- voided rooms and new records ------------------------------------------------------------


def test_find_room_refuses_a_voided_room(db: Database) -> None:
    with db.begin() as session:
        room, _ = ensure_room(session, "3", "2", "1201")
        community.void_room(session, room.id, "拆除")
        room_id = room.id
    with db.read() as session:
        with pytest.raises(FieldError) as error:
            references.find_room(session, "3-2-1201", "room_id")
        assert error.value.field == "room_id" and "3-2-1201 已作废" in str(error.value)
        kept = references.find_room(session, "321201", "room_id", keep={room_id})
        assert kept is not None and kept.id == room_id


def test_the_client_lookup_skips_voided_rooms(db: Database) -> None:
    with db.begin() as session:
        old, _ = ensure_room(session, "3", "2", "1201")
        new, _ = ensure_room(session, "3", "2", "1202")
        client = Client(name="张三", name_initials="zs")
        client.rooms.extend([ClientRoom(room=old), ClientRoom(room=new)])
        session.add(client)
        session.flush()
        community.void_room(session, old.id, "合并")
    with db.read() as session:
        assert find_clients(session, "3-2-1201") == []
        (match,) = find_clients(session, "zs")
        assert match.rooms == ("3-2-1202",) and match.room_code == "3-2-1202"


def test_a_client_card_keeps_a_room_voided_after_it_was_chosen(db: Database) -> None:
    with db.begin() as session:
        room, _ = ensure_room(session, "3", "2", "1201")
        client = Client(name="张三", name_initials="zs")
        client.rooms.append(ClientRoom(room=room))
        session.add(client)
        session.flush()
        community.void_room(session, room.id, "合并")
        assert [r.id for r in clients.client_rooms(session, ["3-2-1201"], keep={room.id})] == [room.id]
        with pytest.raises(FieldError) as error:
            clients.client_rooms(session, ["3-2-1201"])
        assert error.value.field == "rooms"


# -- the bulk generator ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plan", "count", "first", "last"),
    [
        (
            community.RoomPlan(buildings="1-20", units="1-3", floors="2-33", per_floor=4),
            7680,
            "1-1-201",
            "20-3-3304",
        ),
        (
            community.RoomPlan(buildings="1-2", units="1", floors="1-15", per_floor=2, skip_floors="4,13,14"),
            48,
            "1-1-101",
            "2-1-1502",
        ),
        (community.RoomPlan(buildings="1,3,5-7", units="", floors="1", per_floor=1), 5, "1-101", "7-101"),
        (community.RoomPlan(buildings="A,B", units="1-2", floors="3", per_floor=3), 12, "A-1-301", "B-2-303"),
        (community.RoomPlan(buildings="A-C", floors="1-2", per_floor=1), 6, "A-101", "C-201"),
        (community.RoomPlan(buildings="S1", floors="1", per_floor=12), 12, "S1-101", "S1-112"),
        (
            community.RoomPlan(
                buildings="5",
                units="01-02",
                floors="1-2",
                per_floor=3,
                numbering=community.Numbering.FLOOR_ONE_DIGIT,
            ),
            12,
            "5-01-11",
            "5-02-23",
        ),
        (community.RoomPlan(buildings="1，2、3", floors="1 2", per_floor=1), 6, "1-101", "3-201"),
        (community.RoomPlan(buildings="1,1,2", floors="1", per_floor=1), 2, "1-101", "2-101"),
    ],
)
def test_preview_reads_the_plan(plan: community.RoomPlan, count: int, first: str, last: str) -> None:
    shown = community.preview(plan)
    assert shown.count == count == len(shown.codes)
    assert shown.codes[0] == first and shown.codes[-1] == last


def test_skipped_floors_are_missing_from_the_preview() -> None:
    codes = community.preview(
        community.RoomPlan(buildings="1", floors="1-15", per_floor=1, skip_floors="4,13-14")
    ).codes
    assert "1-401" not in codes and "1-1301" not in codes and "1-1401" not in codes and "1-1501" in codes


@pytest.mark.parametrize(
    ("plan", "field"),
    [
        (community.RoomPlan(buildings="", floors="1"), "buildings"),
        (community.RoomPlan(buildings="20-1", floors="1"), "buildings"),
        (community.RoomPlan(buildings="1-", floors="1"), "buildings"),
        (community.RoomPlan(buildings="S1-S3", floors="1"), "buildings"),
        (community.RoomPlan(buildings="1" * 17, floors="1"), "buildings"),
        (community.RoomPlan(buildings="1", units="1-x", floors="1"), "units"),
        (community.RoomPlan(buildings="1", floors=""), "floors"),
        (community.RoomPlan(buildings="1", floors="2-x"), "floors"),
        (community.RoomPlan(buildings="1", floors="0-3"), "floors"),
        (community.RoomPlan(buildings="1", floors="B1"), "floors"),
        (community.RoomPlan(buildings="1", floors="4", skip_floors="4"), "skip_floors"),
        (community.RoomPlan(buildings="1", floors="4", skip_floors="x"), "skip_floors"),
        (community.RoomPlan(buildings="1", floors="1", per_floor=0), "per_floor"),
        (community.RoomPlan(buildings="1", floors="1", per_floor=100), "per_floor"),
        (
            community.RoomPlan(
                buildings="1", floors="1", per_floor=10, numbering=community.Numbering.FLOOR_ONE_DIGIT
            ),
            "per_floor",
        ),
        (community.RoomPlan(buildings="1-100", units="1-10", floors="1-200", per_floor=4), "buildings"),
        (community.RoomPlan(buildings="1-1000000", floors="1"), "buildings"),
    ],
)
def test_preview_names_the_field_of_a_bad_plan(plan: community.RoomPlan, field: str) -> None:
    with pytest.raises(FieldError) as error:
        community.preview(plan)
    assert error.value.field == field and str(error.value)


def test_an_absurd_plan_says_how_many_rooms_it_would_make() -> None:
    with pytest.raises(FieldError) as error:
        community.preview(community.RoomPlan(buildings="1-100", units="1-10", floors="1-200", per_floor=4))
    assert "800000" in str(error.value) and "100000" in str(error.value)


@settings(max_examples=60, deadline=None)
@given(
    buildings=st.integers(1, 5),
    units=st.integers(0, 4),
    low=st.integers(1, 30),
    floors=st.integers(1, 30),
    per_floor=st.integers(1, 99),
    skipped=st.sets(st.integers(1, 60), max_size=5),
)
def test_preview_codes_are_unique_and_counted(
    buildings: int, units: int, low: int, floors: int, per_floor: int, skipped: set[int]
) -> None:
    high = low + floors - 1
    kept = [floor for floor in range(low, high + 1) if floor not in skipped]
    plan = community.RoomPlan(
        buildings=f"1-{buildings}",
        units=f"1-{units}" if units else "",
        floors=f"{low}-{high}",
        per_floor=per_floor,
        skip_floors=",".join(str(floor) for floor in sorted(skipped)),
    )
    if not kept:
        with pytest.raises(FieldError):
            community.preview(plan)
        return
    codes = community.preview(plan).codes
    assert len(codes) == len(set(codes)) == buildings * max(units, 1) * len(kept) * per_floor


def test_generate_is_idempotent_and_fast(db: Database) -> None:
    plan = community.RoomPlan(
        buildings="1-20", units="1-3", floors="2-33", per_floor=4, kind=RoomKind.RESIDENCE
    )
    reports: list[tuple[int, int]] = []
    started = time.perf_counter()
    with db.begin() as session:
        result = community.generate(session, plan, progress=lambda done, total: reports.append((done, total)))
    elapsed = time.perf_counter() - started
    assert (result.created, result.existing) == (7680, 0)
    assert result.codes[0] == "1-1-201" and len(result.codes) == community.PREVIEW_CODES
    assert reports[-1] == (7680, 7680)
    assert elapsed < 30  # a few seconds on a laptop; generous for a loaded test machine
    with db.begin() as session:
        again = community.generate(session, plan)
    assert (again.created, again.existing) == (0, 7680)
    with db.begin() as session:
        wider = community.generate(
            session, community.RoomPlan(buildings="1", units="1", floors="2-34", per_floor=4)
        )
    assert (wider.created, wider.existing) == (4, 128)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Room)) == 7684
        room = session.scalars(select(Room).where(Room.code == "20-3-3304")).one()
        assert room.floor == 33 and room.digits == "2033304" and room.kind is RoomKind.RESIDENCE


def test_generate_refuses_a_voided_building(db: Database) -> None:
    with db.begin() as session:
        building = community.create_building(session, "5")
        community.void_building(session, building.id, "拆除")
    with db.begin() as session, pytest.raises(FieldError) as error:
        community.generate(session, community.RoomPlan(buildings="4-5", floors="1"))
    assert error.value.field == "buildings" and "5" in str(error.value)


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["10", "2", "1"], ["1", "2", "10"]),
        (["A10", "A2"], ["A2", "A10"]),
        (["1001", "101", "11"], ["11", "101", "1001"]),
    ],
)
def test_the_natural_order_of_codes(codes: list[str], expected: list[str]) -> None:
    assert sorted(codes, key=natural_key) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=10**8 - 1), min_size=2, max_size=8))
def test_the_structure_screens_sort_rooms_as_the_stored_room_order_does(numbers: list[int]) -> None:
    """Issue 17: one definition of the natural order. Numbers sort as numbers, and
    rooms sorted part by part (building, unit, number) come in the order of their
    stored sort key (``client.sort_room``), which the lists and the lookup use."""
    texts = [str(number) for number in numbers]
    assert [int(text) for text in sorted(texts, key=natural_key)] == sorted(numbers)
    rooms = [(texts[i], texts[(i + 1) % len(texts)], texts[(i + 2) % len(texts)]) for i in range(len(texts))]
    by_parts = sorted(rooms, key=lambda room: tuple(natural_key(part) for part in room))
    assert by_parts == sorted(rooms, key=lambda room: Room.sort_key(*room))
