"""The structure primitives every way of making rooms goes through (issue 13)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desk_app.models import Building, Room
from desk_app.models.database import Database
from desk_app.models.enums import RoomKind
from desk_app.services.community import building_name_of, ensure_room, floor_of
from desk_app.services.errors import FieldError


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
