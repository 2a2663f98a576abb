"""The community's structure (SPEC 2.1): areas (片区), buildings (楼栋/幢), units and rooms.

Rooms are what every record hangs on (a client's card, a notice, a slip), so a centre
must be able to enter its own before anything else works (issue 13). A room that has
records is voided, never deleted.

``ensure_room`` is the one way rooms come into being outside the structure screen: the
roster import and the bulk generator both call it, so a room typed as ``3-2-1201`` is
the same row whichever way it was made.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Column, func, select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Area, Building, Client, ClientRoom, Room, Staff
from desk_app.models.base import Base
from desk_app.models.enums import RoomKind, StaffRole
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError, RuleViolationError
from desk_app.services.permissions import checked
from desk_app.services.records import check_unchanged

#: Column widths of the structure tables (PostgreSQL refuses longer strings).
AREA_NAME_LIMIT = 64
BUILDING_CODE_LIMIT = 16
BUILDING_NAME_LIMIT = 64
UNIT_LIMIT = 8
ROOM_NUMBER_LIMIT = 16


def _part(field: str, value: str, what: str, limit: int, *, required: bool = True) -> str:
    text = (value or "").strip()
    if not text:
        if required:
            raise FieldError(field, msg("请填写{what}", what=what))
        return ""
    if "-" in text or any(ch.isspace() for ch in text):
        raise FieldError(field, msg("{what}“{text}”不能含有“-”或空格", what=what, text=text))
    if len(text) > limit:
        raise FieldError(field, msg("{what}过长（最多 {limit} 个字）", what=what, limit=limit))
    return text


def building_name_of(code: str) -> str:
    """The name a building gets when none is given: ``3`` → ``3栋``; a code that is
    already a name (``A座``) stays as it is."""
    return f"{code}栋" if code.isdigit() else code


def floor_of(number: str) -> int | None:
    """The floor a room number says (``1201`` → 12, ``301`` → 3), None when it says none."""
    digits = number.lstrip("0") if number.isdigit() else ""
    if len(digits) < 3:
        return None
    return int(digits[:-2])


@checked
def ensure_building(session: Session, code: str, name: str | None = None) -> tuple[Building, bool]:
    """The building with ``code`` (created when missing); True when it was created."""
    _require_room_maker(session)
    code = _part("building", code, msg("楼栋"), BUILDING_CODE_LIMIT)
    building = session.scalars(select(Building).where(Building.code == code)).first()
    if building is not None:
        return building, False
    chosen = (name or "").strip() or building_name_of(code)
    if len(chosen) > BUILDING_NAME_LIMIT:
        raise FieldError("building_name", msg("楼栋名称过长（最多 {limit} 个字）", limit=BUILDING_NAME_LIMIT))
    building = Building(code=code, name=chosen)
    session.add(building)
    session.flush()
    return building, True


@checked
def ensure_room(
    session: Session,
    building_code: str,
    unit: str,
    number: str,
    *,
    floor: int | None = None,
    area_m2: float | None = None,
    kind: RoomKind | None = None,
    building_cache: dict[str, Building] | None = None,
) -> tuple[Room, bool]:
    """The room ``building_code``-``unit``-``number`` (building and room created when
    missing); True when the room was created. ``floor`` defaults to what the number says.
    A voided room is returned as it is (the caller decides whether to refuse it).
    ``building_cache`` (code → building) spares a query per row in bulk work."""
    _require_room_maker(session)
    building_code = _part("building", building_code, msg("楼栋"), BUILDING_CODE_LIMIT)
    unit = _part("unit", unit, msg("单元"), UNIT_LIMIT, required=False)
    number = _part("number", number, msg("房号"), ROOM_NUMBER_LIMIT)
    code = Room.make_code(building_code, unit, number)
    room = session.scalars(select(Room).where(Room.code == code)).first()
    if room is not None:
        return room, False
    building = building_cache.get(building_code) if building_cache is not None else None
    if building is None:
        building, _ = ensure_building(session, building_code)
        if building_cache is not None:
            building_cache[building_code] = building
    room = Room(
        building=building,
        unit=unit,
        number=number,
        code=code,
        digits=Room.digits_of(code),
        floor=floor if floor is not None else floor_of(number),
        area_m2=area_m2,
        kind=kind or RoomKind.RESIDENCE,
    )
    session.add(room)
    session.flush()
    return room, True


# -- who may change the structure ----------------------------------------------------------

#: Who changes the structure from the window (SPEC 1: the administrator sets the program
#: up; the supervisor runs the centre). System jobs (no signed-in person: the command
#: line, the demo, the roster import) may too.
STRUCTURE_ROLES = frozenset({StaffRole.ADMINISTRATOR, StaffRole.SUPERVISOR})


#: Who may have buildings and rooms made as they are needed: the structure's editors,
#: and a department head importing the roster (``roster.ROSTER_ROLES``). Issue 19: these
#: two were open to anyone while creating a room on the structure screen was not.
ROOM_MAKING_ROLES = STRUCTURE_ROLES | {StaffRole.DEPARTMENT_HEAD}


def _require_room_maker(session: Session) -> None:
    if session.info.get("actor_id") is None:
        return  # the program itself: a command, the bulk generator, an import as the system
    context.require_role(session, set(ROOM_MAKING_ROLES), msg("新增楼栋或房间"))


def require_structure_editor(session: Session) -> None:
    """``PermissionDeniedError`` unless the acting person may change the structure (a
    unit of work without a person is a system job and may)."""
    if session.info.get("actor_id") is None:
        return
    context.require_role(session, set(STRUCTURE_ROLES), msg("修改小区结构"))


def may_edit_structure(session: Session) -> bool:
    """Whether the acting person may change the structure (for the screen's refusal)."""
    staff = context.actor(session)
    return staff is not None and staff.role in STRUCTURE_ROLES


# -- what refers to a room -----------------------------------------------------------------


def _room_references() -> list[Column[int]]:
    """Every column of every table that refers to ``room.id`` (read from the metadata, so a
    new record kind with a room is counted without touching this module)."""
    room_id = Room.__table__.c.id
    columns: list[Column[int]] = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            if key.column is room_id:
                columns.append(key.parent)
    return columns


def room_record_count(session: Session, room_ids: list[int]) -> int:
    """How many rows of any table refer to one of ``room_ids`` (records, client cards…)."""
    if not room_ids:
        return 0
    total = 0
    for column in _room_references():
        total += (
            session.scalar(select(func.count()).select_from(column.table).where(column.in_(room_ids))) or 0
        )
    return total


def _building_room_ids(session: Session, building_id: int) -> list[int]:
    return list(session.scalars(select(Room.id).where(Room.building_id == building_id)))


# -- areas ---------------------------------------------------------------------------------


def _load(
    session: Session, model: type[Area] | type[Building] | type[Room], record_id: int, what: str
) -> object:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(msg("找不到{what}（编号 {record_id}）", what=what, record_id=record_id))
    return record


def load_area(session: Session, area_id: int) -> Area:
    area = _load(session, Area, area_id, msg("片区"))
    assert isinstance(area, Area)
    return area


def load_building(session: Session, building_id: int) -> Building:
    building = _load(session, Building, building_id, msg("楼栋"))
    assert isinstance(building, Building)
    return building


def load_room(session: Session, room_id: int) -> Room:
    room = _load(session, Room, room_id, msg("房间"))
    assert isinstance(room, Room)
    return room


def _area_name(session: Session, name: str, area_id: int | None = None) -> str:
    text = (name or "").strip()
    if not text:
        raise FieldError("name", msg("请填写片区名称"))
    if len(text) > AREA_NAME_LIMIT:
        raise FieldError("name", msg("片区名称过长（最多 {limit} 个字）", limit=AREA_NAME_LIMIT))
    other = session.scalars(select(Area).where(Area.name == text, Area.id != (area_id or 0))).first()
    if other is not None:
        raise FieldError("name", msg("已有名为“{name}”的片区", name=text))
    return text


def _steward(session: Session, steward_id: int | None) -> Staff | None:
    if steward_id is None:
        return None
    staff = session.get(Staff, steward_id)
    if staff is None or not staff.active or staff.voided_at is not None:
        raise FieldError("steward", msg("找不到在岗的片区管家（编号 {staff_id}）", staff_id=steward_id))
    return staff


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise FieldError("void_reason", msg("请填写作废原因"))
    return text


@checked
def create_area(session: Session, name: str, steward_id: int | None = None) -> Area:
    require_structure_editor(session)
    area = Area(name=_area_name(session, name), steward=_steward(session, steward_id))
    session.add(area)
    session.flush()
    return area


@checked
def update_area(
    session: Session,
    area_id: int,
    *,
    name: str,
    steward_id: int | None,
    loaded: Mapping[str, Any] | None = None,
) -> Area:
    """Rename the area and set (or clear) its steward. ``loaded``: the name and steward
    the form read; ``ConflictError`` when someone changed them since (issue 19)."""
    require_structure_editor(session)
    area = load_area(session, area_id)
    check_unchanged(area, loaded, ("name", "steward_id"))
    new_name = _area_name(session, name, area.id)
    steward = _steward(session, steward_id)
    area.name = new_name
    area.steward = steward
    session.flush()
    return area


@checked
def set_steward(session: Session, area_id: int, steward_id: int | None) -> Area:
    require_structure_editor(session)
    area = load_area(session, area_id)
    area.steward = _steward(session, steward_id)
    session.flush()
    return area


@checked
def void_area(session: Session, area_id: int, reason: str) -> Area:
    """Void the area (its buildings stay as they are, shown under it greyed)."""
    require_structure_editor(session)
    area = load_area(session, area_id)
    _void(session, area, reason)
    return area


@checked
def restore_area(session: Session, area_id: int) -> Area:
    require_structure_editor(session)
    area = load_area(session, area_id)
    _restore(session, area)
    return area


@checked
def delete_area(session: Session, area_id: int) -> None:
    """Delete an area no building belongs to (else: void it)."""
    require_structure_editor(session)
    area = load_area(session, area_id)
    count = session.scalar(select(func.count()).select_from(Building).where(Building.area_id == area.id)) or 0
    if count:
        raise RuleViolationError(
            msg("片区“{name}”下还有 {count} 栋楼，不能删除，只能作废", name=area.name, count=count)
        )
    session.delete(area)
    session.flush()


# -- buildings -----------------------------------------------------------------------------


def _area_of(session: Session, area_id: int | None) -> Area | None:
    if area_id is None:
        return None
    area = session.get(Area, area_id)
    if area is None:
        raise FieldError("area", msg("找不到片区（编号 {area_id}）", area_id=area_id))
    if area.voided_at is not None:
        raise FieldError("area", msg("片区“{name}”已作废", name=area.name))
    return area


def _building_name(name: str | None, code: str) -> str:
    chosen = (name or "").strip() or building_name_of(code)
    if len(chosen) > BUILDING_NAME_LIMIT:
        raise FieldError("building_name", msg("楼栋名称过长（最多 {limit} 个字）", limit=BUILDING_NAME_LIMIT))
    return chosen


@checked
def create_building(
    session: Session, code: str, name: str | None = None, area_id: int | None = None
) -> Building:
    """A new building; its code must be new (``FieldError`` on "building" otherwise)."""
    require_structure_editor(session)
    code = _part("building", code, msg("楼栋编号"), BUILDING_CODE_LIMIT)
    if session.scalars(select(Building.id).where(Building.code == code)).first() is not None:
        raise FieldError("building", msg("已有编号为 {code} 的楼栋", code=code))
    building = Building(code=code, name=_building_name(name, code), area=_area_of(session, area_id))
    session.add(building)
    session.flush()
    return building


@checked
def update_building(
    session: Session,
    building_id: int,
    *,
    code: str,
    name: str | None,
    area_id: int | None,
    loaded: Mapping[str, Any] | None = None,
) -> Building:
    """Change a building's code, name or area. A new code renames its rooms
    (``3-2-1201`` becomes ``3A-2-1201``): records refer to rooms by id and follow.
    ``loaded``: the code, name and area the form read; ``ConflictError`` when someone
    changed them since (issue 19)."""
    require_structure_editor(session)
    building = load_building(session, building_id)
    check_unchanged(building, loaded, ("code", "name", "area_id"))
    new_code = _part("building", code, msg("楼栋编号"), BUILDING_CODE_LIMIT)
    other = session.scalars(
        select(Building.id).where(Building.code == new_code, Building.id != building.id)
    ).first()
    if other is not None:
        raise FieldError("building", msg("已有编号为 {code} 的楼栋", code=new_code))
    new_name = _building_name(name, new_code)
    area = building.area if area_id == building.area_id else _area_of(session, area_id)
    if new_code != building.code:
        building.code = new_code
        rooms = list(session.scalars(select(Room).where(Room.building_id == building.id)))
        for room in rooms:
            room.code = Room.make_code(new_code, room.unit, room.number)
            room.digits = Room.digits_of(room.code)
        session.flush()
        _resort_clients(session, [room.id for room in rooms])
    building.name = new_name
    building.area = area
    session.flush()
    return building


def _resort_clients(session: Session, room_ids: list[int]) -> None:
    """Recompute ``client.sort_room`` of the clients living in ``room_ids`` (their codes changed)."""
    if not room_ids:
        return
    client_ids = set(session.scalars(select(ClientRoom.client_id).where(ClientRoom.room_id.in_(room_ids))))
    for client_id in client_ids:
        client = session.get(Client, client_id)
        if client is None:
            continue
        keys = [
            Room.sort_key(building_code, unit, number)
            for building_code, unit, number in session.execute(
                select(Building.code, Room.unit, Room.number)
                .join(Room, Room.building_id == Building.id)
                .join(ClientRoom, ClientRoom.room_id == Room.id)
                .where(ClientRoom.client_id == client_id)
            )
        ]
        sort_room = min(keys) if keys else None
        if client.sort_room != sort_room:
            client.sort_room = sort_room


@checked
def void_building(session: Session, building_id: int, reason: str) -> Building:
    """Void the building and every room of it still in use (restoring the building
    brings back the rooms voided with it, not those voided before)."""
    require_structure_editor(session)
    building = load_building(session, building_id)
    if building.voided_at is not None:
        return building
    text = _reason(reason)
    moment = context.now(session)
    building.voided_at = moment
    building.void_reason = text
    for room in session.scalars(
        select(Room).where(Room.building_id == building.id, Room.voided_at.is_(None))
    ):
        room.voided_at = moment
        room.void_reason = text
    session.flush()
    return building


@checked
def restore_building(session: Session, building_id: int) -> Building:
    require_structure_editor(session)
    building = load_building(session, building_id)
    moment = building.voided_at
    if moment is None:
        return building
    for room in session.scalars(
        select(Room).where(Room.building_id == building.id, Room.voided_at.is_not(None))
    ):
        if _same_moment(room.voided_at, moment):
            _restore(session, room, flush=False)
    _restore(session, building)
    return building


def _void(session: Session, item: Area | Room, reason: str) -> None:
    """Void ``item`` with a reason (once: voiding it again changes nothing)."""
    if item.voided_at is None:
        item.void_reason = _reason(reason)
        item.voided_at = context.now(session)
        session.flush()


def _restore(session: Session, item: Area | Building | Room, *, flush: bool = True) -> None:
    item.voided_at = None
    item.void_reason = None
    if flush:
        session.flush()


def _same_moment(first: datetime | None, second: datetime | None) -> bool:
    if first is None or second is None:
        return False
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return first == second


@checked
def delete_building(session: Session, building_id: int) -> None:
    """Delete a building, with its rooms, when no record refers to any of its rooms
    (else ``RuleViolationError``: void it)."""
    require_structure_editor(session)
    building = load_building(session, building_id)
    room_ids = _building_room_ids(session, building.id)
    count = room_record_count(session, room_ids)
    if count:
        raise RuleViolationError(
            msg(
                "楼栋 {code} 的房间已有 {count} 条记录引用，不能删除，只能作废",
                code=building.code,
                count=count,
            )
        )
    for room in session.scalars(select(Room).where(Room.building_id == building.id)):
        session.delete(room)
    session.flush()
    session.delete(building)
    session.flush()


# -- rooms ---------------------------------------------------------------------------------

#: The highest floor the structure accepts (and the lowest: 1; a basement is a room of
#: kind "other" with its own number).
MAX_FLOOR = 200


def _floor(value: int | None) -> int | None:
    if value is None:
        return None
    if not 1 <= value <= MAX_FLOOR:
        raise FieldError(
            "floor", msg("楼层应在 1 至 {limit} 之间（收到 {value}）", limit=MAX_FLOOR, value=value)
        )
    return value


def _area_m2(value: float | None) -> float | None:
    if value is None:
        return None
    if not 0 < value < 100_000:
        raise FieldError("area_m2", msg("面积应大于 0 且小于 100000 平方米（收到 {value}）", value=value))
    return round(value, 2)


@checked
def create_room(
    session: Session,
    building_id: int,
    unit: str,
    number: str,
    *,
    floor: int | None = None,
    area_m2: float | None = None,
    kind: RoomKind = RoomKind.RESIDENCE,
) -> Room:
    """A new room in a building in use; the code must be new."""
    require_structure_editor(session)
    building = load_building(session, building_id)
    if building.voided_at is not None:
        raise FieldError("building", msg("楼栋 {code} 已作废", code=building.code))
    unit_text = _part("unit", unit, msg("单元"), UNIT_LIMIT, required=False)
    number_text = _part("number", number, msg("房号"), ROOM_NUMBER_LIMIT)
    code = Room.make_code(building.code, unit_text, number_text)
    if session.scalars(select(Room.id).where(Room.code == code)).first() is not None:
        raise FieldError("number", msg("房号 {code} 已存在", code=code))
    room, _ = ensure_room(
        session,
        building.code,
        unit_text,
        number_text,
        floor=_floor(floor),
        area_m2=_area_m2(area_m2),
        kind=kind,
        building_cache={building.code: building},
    )
    return room


@checked
def update_room(
    session: Session,
    room_id: int,
    *,
    floor: int | None,
    area_m2: float | None,
    kind: RoomKind,
    loaded: Mapping[str, Any] | None = None,
) -> Room:
    """Change a room's floor, area and kind (its code stays: records show it).
    ``loaded``: the floor, area and kind the form read; ``ConflictError`` when someone
    changed them since (issue 19)."""
    require_structure_editor(session)
    room = load_room(session, room_id)
    check_unchanged(room, loaded, ("floor", "area_m2", "kind"))
    room.floor = _floor(floor)
    room.area_m2 = _area_m2(area_m2)
    room.kind = kind
    session.flush()
    return room


@checked
def void_room(session: Session, room_id: int, reason: str) -> Room:
    """Void the room: it stays on its records, but no new record can choose it."""
    require_structure_editor(session)
    room = load_room(session, room_id)
    _void(session, room, reason)
    return room


@checked
def restore_room(session: Session, room_id: int) -> Room:
    require_structure_editor(session)
    room = load_room(session, room_id)
    if room.building.voided_at is not None:
        raise RuleViolationError(msg("楼栋 {code} 已作废，请先恢复楼栋", code=room.building.code))
    _restore(session, room)
    return room


@checked
def delete_room(session: Session, room_id: int) -> None:
    """Delete a room no record refers to (else ``RuleViolationError``: void it)."""
    require_structure_editor(session)
    room = load_room(session, room_id)
    count = room_record_count(session, [room.id])
    if count:
        raise RuleViolationError(
            msg("房号 {code} 已有 {count} 条记录引用，不能删除，只能作废", code=room.code, count=count)
        )
    session.delete(room)
    session.flush()


# -- what the structure screen and the command line list -------------------------------


@dataclass(frozen=True)
class BuildingRow:
    id: int
    code: str
    name: str
    area_id: int | None
    voided: bool
    rooms: int
    voided_rooms: int


@dataclass(frozen=True)
class AreaRow:
    """An area and its buildings; ``id`` None is "buildings without an area"."""

    id: int | None
    name: str
    steward_id: int | None
    steward_name: str | None
    voided: bool
    buildings: tuple[BuildingRow, ...]


@dataclass(frozen=True)
class RoomRow:
    id: int
    code: str
    unit: str
    number: str
    floor: int | None
    area_m2: float | None
    kind: RoomKind
    voided: bool
    void_reason: str | None


def natural_key(text: str) -> str:
    """A building, unit or room number in natural order (``2`` before ``10``): the
    same order as the rooms' stored sort key (``Room.sort_part``)."""
    return Room.sort_part(text)


def building_rows(session: Session) -> list[BuildingRow]:
    """Every building with its room counts, in natural order of code (2 before 10)."""
    counts: dict[int, tuple[int, int]] = {}
    for building_id, voided, count in session.execute(
        select(Room.building_id, Room.voided_at.is_not(None), func.count()).group_by(
            Room.building_id, Room.voided_at.is_not(None)
        )
    ):
        live, dead = counts.get(building_id, (0, 0))
        counts[building_id] = (live, dead + count) if voided else (live + count, dead)
    rows = [
        BuildingRow(
            id=building.id,
            code=building.code,
            name=building.name,
            area_id=building.area_id,
            voided=building.voided_at is not None,
            rooms=sum(counts.get(building.id, (0, 0))),
            voided_rooms=counts.get(building.id, (0, 0))[1],
        )
        for building in session.scalars(select(Building))
    ]
    rows.sort(key=lambda row: natural_key(row.code))
    return rows


def structure_tree(session: Session) -> list[AreaRow]:
    """The areas by name, each with its buildings, then (id None) the buildings without
    an area (always present, possibly empty)."""
    buildings = building_rows(session)
    tree = [
        AreaRow(
            id=area.id,
            name=area.name,
            steward_id=area.steward_id,
            steward_name=area.steward.name if area.steward is not None else None,
            voided=area.voided_at is not None,
            buildings=tuple(row for row in buildings if row.area_id == area.id),
        )
        for area in session.scalars(select(Area).order_by(Area.name))
    ]
    tree.append(
        AreaRow(
            id=None,
            name=msg("未分片区"),
            steward_id=None,
            steward_name=None,
            voided=False,
            buildings=tuple(row for row in buildings if row.area_id is None),
        )
    )
    return tree


def room_rows(session: Session, building_id: int, *, include_voided: bool = True) -> list[RoomRow]:
    """The rooms of a building by unit, floor and number (natural order)."""
    query = select(Room).where(Room.building_id == building_id)
    if not include_voided:
        query = query.where(Room.voided_at.is_(None))
    rows = [
        RoomRow(
            id=room.id,
            code=room.code,
            unit=room.unit,
            number=room.number,
            floor=room.floor,
            area_m2=room.area_m2,
            kind=room.kind,
            voided=room.voided_at is not None,
            void_reason=room.void_reason,
        )
        for room in session.scalars(query)
    ]
    rows.sort(key=lambda row: (natural_key(row.unit), row.floor or 0, natural_key(row.number)))
    return rows


# -- the bulk generator --------------------------------------------------------------------

#: A plan may make at most this many rooms (a typing slip like "1-2000" for the floors).
MAX_PLAN_ROOMS = 100_000
#: How many codes the command line's JSON and the dialog's short list show.
PREVIEW_CODES = 20


class Numbering(StrEnum):
    """How a room number is made from its floor and its place on the floor."""

    #: ``1201``: the floor, then two digits (up to 99 rooms a floor).
    FLOOR_TWO_DIGITS = "floor2"
    #: ``121``: the floor, then one digit (up to 9 rooms a floor).
    FLOOR_ONE_DIGIT = "floor1"

    @property
    def width(self) -> int:
        return 2 if self is Numbering.FLOOR_TWO_DIGITS else 1

    def number(self, floor: int, place: int) -> str:
        return f"{floor}{place:0{self.width}d}"


@dataclass(frozen=True)
class RoomPlan:
    """What the bulk generator makes: every building × unit × floor (less the skipped
    floors) × room of the floor. Lists are typed as ``1-20``, ``1,3,5-7`` or ``A,B``."""

    buildings: str
    units: str = ""
    floors: str = "1"
    per_floor: int = 4
    skip_floors: str = ""
    kind: RoomKind = RoomKind.RESIDENCE
    numbering: Numbering = Numbering.FLOOR_TWO_DIGITS


@dataclass(frozen=True)
class PlannedRoom:
    building: str
    unit: str
    number: str
    floor: int

    @property
    def code(self) -> str:
        return Room.make_code(self.building, self.unit, self.number)


@dataclass(frozen=True)
class PlanPreview:
    """The rooms a plan makes, in order; ``codes`` for the preview list."""

    rooms: tuple[PlannedRoom, ...]

    @property
    def count(self) -> int:
        return len(self.rooms)

    @property
    def codes(self) -> list[str]:
        return [room.code for room in self.rooms]


@dataclass(frozen=True)
class GenerateResult:
    created: int
    existing: int
    codes: tuple[str, ...]


_SEPARATORS = re.compile(r"[,，、;；\s]+")
_RANGE = re.compile(r"^(\w+?)\s*[-~～—－]\s*(\w+)$")


def _parse_list(field: str, what: str, text: str, *, numbers: bool, required: bool) -> list[str]:
    """``1-20``, ``1,3,5-7``, ``A,B`` or ``A-C`` as the list of its items, in order,
    each once; a ``FieldError`` on ``field`` for anything else."""
    items: list[str] = []
    source = (text or "").strip()
    for piece in _SEPARATORS.split(source):
        if not piece:
            continue
        matched = _RANGE.match(piece)
        if matched:
            first, last = matched.group(1), matched.group(2)
            if first.isdigit() and last.isdigit():
                start, end = int(first), int(last)
                if end < start:
                    raise FieldError(field, msg("{what}“{piece}”的范围应从小到大", what=what, piece=piece))
                if end - start >= MAX_PLAN_ROOMS:
                    raise FieldError(field, msg("{what}“{piece}”的范围太大", what=what, piece=piece))
                width = len(first) if first.startswith("0") and len(first) == len(last) else 0
                items.extend(str(value).zfill(width) for value in range(start, end + 1))
            elif not numbers and len(first) == 1 and len(last) == 1 and first.isalpha() and last.isalpha():
                if ord(last) < ord(first):
                    raise FieldError(field, msg("{what}“{piece}”的范围应从小到大", what=what, piece=piece))
                items.extend(chr(code) for code in range(ord(first), ord(last) + 1))
            else:
                raise FieldError(
                    field, msg("{what}“{piece}”无法识别（例：1-20 或 1,3,5-7）", what=what, piece=piece)
                )
        elif "-" in piece or "～" in piece or "~" in piece:
            raise FieldError(
                field, msg("{what}“{piece}”无法识别（例：1-20 或 1,3,5-7）", what=what, piece=piece)
            )
        else:
            if numbers and not piece.isdigit():
                raise FieldError(field, msg("{what}“{piece}”不是数字", what=what, piece=piece))
            items.append(piece)
    if required and not items:
        raise FieldError(field, msg("请填写{what}（例：1-20 或 1,3,5-7）", what=what))
    unique: list[str] = []
    seen: set[str] = set()
    for item in items:
        if item not in seen:
            seen.add(item)
            unique.append(item)
    return unique


def _floors(field: str, what: str, text: str, *, required: bool) -> list[int]:
    floors = [int(item) for item in _parse_list(field, what, text, numbers=True, required=required)]
    for value in floors:
        if not 1 <= value <= MAX_FLOOR:
            raise FieldError(
                field,
                msg("{what}应在 1 至 {limit} 之间（收到 {value}）", what=what, limit=MAX_FLOOR, value=value),
            )
    return floors


def _plan_parts(plan: RoomPlan) -> tuple[list[str], list[str], list[int]]:
    buildings = _parse_list("buildings", msg("楼栋"), plan.buildings, numbers=False, required=True)
    for code in buildings:
        _part("buildings", code, msg("楼栋"), BUILDING_CODE_LIMIT)
    units = _parse_list("units", msg("单元"), plan.units, numbers=False, required=False)
    for unit in units:
        _part("units", unit, msg("单元"), UNIT_LIMIT)
    floors = _floors("floors", msg("楼层"), plan.floors, required=True)
    skipped = set(_floors("skip_floors", msg("跳过的楼层"), plan.skip_floors, required=False))
    kept = [floor for floor in floors if floor not in skipped]
    if not kept:
        raise FieldError("skip_floors", msg("跳过这些楼层后没有剩下任何楼层"))
    limit = 10**plan.numbering.width - 1
    if not 1 <= plan.per_floor <= limit:
        raise FieldError(
            "per_floor",
            msg("每层户数应在 1 至 {limit} 之间（收到 {value}）", limit=limit, value=plan.per_floor),
        )
    count = len(buildings) * max(len(units), 1) * len(kept) * plan.per_floor
    if count > MAX_PLAN_ROOMS:
        raise FieldError(
            "buildings",
            msg(
                "一次最多生成 {limit} 间房（这个计划有 {count} 间），请分批生成",
                limit=MAX_PLAN_ROOMS,
                count=count,
            ),
        )
    return buildings, units, kept


def _planned(plan: RoomPlan) -> Iterator[PlannedRoom]:
    buildings, units, floors = _plan_parts(plan)
    for building in buildings:
        for unit in units or [""]:
            for floor in floors:
                for place in range(1, plan.per_floor + 1):
                    number = plan.numbering.number(floor, place)
                    yield PlannedRoom(building, unit, number, floor)


def preview(plan: RoomPlan) -> PlanPreview:
    """The rooms ``plan`` makes, stores nothing (``FieldError`` naming the plan's field
    for a list it cannot read, a plan of no rooms or of too many)."""
    rooms = tuple(_planned(plan))
    for room in rooms:
        _part("number", room.number, msg("房号"), ROOM_NUMBER_LIMIT)
    return PlanPreview(rooms)


#: Rooms written per flush by ``generate`` (and between two progress reports).
GENERATE_BATCH = 2000


@checked
def generate(
    session: Session, plan: RoomPlan, progress: Callable[[int, int], None] | None = None
) -> GenerateResult:
    """Make the rooms of ``plan`` that do not exist yet (a second run makes none).
    Existing codes are read in one query per building; new rooms are written in batches
    (``progress(done, total)`` after each). A voided building is refused."""
    require_structure_editor(session)
    planned = preview(plan)
    buildings: dict[str, Building] = {}
    for code in dict.fromkeys(room.building for room in planned.rooms):
        building, _ = ensure_building(session, code)
        if building.voided_at is not None:
            raise FieldError("buildings", msg("楼栋 {code} 已作废，请先恢复", code=code))
        buildings[code] = building
    existing: set[str] = set()
    for building in buildings.values():
        existing.update(session.scalars(select(Room.code).where(Room.building_id == building.id)))
    new = [room for room in planned.rooms if room.code not in existing]
    total = len(new)
    for start in range(0, total, GENERATE_BATCH):
        batch = new[start : start + GENERATE_BATCH]
        session.add_all(
            Room(
                building=buildings[room.building],
                unit=room.unit,
                number=room.number,
                code=room.code,
                digits=Room.digits_of(room.code),
                floor=room.floor,
                kind=plan.kind,
            )
            for room in batch
        )
        session.flush()
        if progress is not None:
            progress(start + len(batch), total)
    return GenerateResult(
        created=total, existing=planned.count - total, codes=tuple(planned.codes[:PREVIEW_CODES])
    )
