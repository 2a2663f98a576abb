"""The community's structure (SPEC 2.1): areas (片区), buildings (楼栋/幢), units and rooms.

Rooms are what every record hangs on (a client's card, a notice, a slip), so a centre
must be able to enter its own before anything else works (issue 13). A room that has
records is voided, never deleted.

``ensure_room`` is the one way rooms come into being outside the structure screen: the
roster import and the bulk generator both call it, so a room typed as ``3-2-1201`` is
the same row whichever way it was made.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Building, Room
from desk_app.models.enums import RoomKind
from desk_app.services.errors import FieldError

#: Column widths of the structure tables (PostgreSQL refuses longer strings).
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


def ensure_building(session: Session, code: str, name: str | None = None) -> tuple[Building, bool]:
    """The building with ``code`` (created when missing); True when it was created."""
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
