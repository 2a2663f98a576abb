"""The client archive's screen without Qt (issue 17): the card reads and saves typed
text (rooms and phones on one line, the move-in date) with its version; the list's
residency period follows the workspace's clock in the community's zone, not the
computer's. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desk_app.clock import FixedClock
from desk_app.models import Building, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import (
    ImportanceCategory,
    RelationshipClass,
    ResidencyPeriod,
    RoomRelation,
    StaffRole,
)
from desk_app.screens.base import ConflictError, Workspace
from desk_app.screens.client_archive import ClientCardScreen, client_list_spec, residency_text
from desk_app.services import clients
from desk_app.services.errors import FieldError

SH = ZoneInfo("Asia/Shanghai")
#: 01:00 on Tuesday 24 November in Shanghai, still Monday the 23rd in UTC
NOW = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)


@pytest.fixture
def screen(db: Database) -> ClientCardScreen:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        building = Building(code="3", name="3栋")
        staff = Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST)
        session.add(staff)
        for number in ("1201", "1202"):
            session.add(
                Room(building=building, unit="2", number=number, code=f"3-2-{number}", digits=f"32{number}")
            )
        session.flush()
        staff_id = staff.id
    return ClientCardScreen(Workspace(db, staff_id))


def typed(**changes: Any) -> dict[str, Any]:
    """A card as the widget collects it."""
    values: dict[str, Any] = {
        "name": "张三",
        "rooms": "3-2-1201、3-2-1202",
        "phones": "0755 8888 1234 , 13800001111",
        "move_in": "2026-05-24",
        "relation": RoomRelation.OWNER.value,
        "family": [["李四", "配偶", "13900002222"]],
        "occupation": "教师",
        "employer": "",
        "hometown": "湖南长沙",
        "notes": "",
        "importance": [ImportanceCategory.MAJOR_CLIENT.value],
        "do_not_disturb": True,
        "do_not_disturb_reason": "工作忙，不接受回访",
    }
    values.update(changes)
    return values


def test_a_typed_card_is_saved_and_read_back(screen: ClientCardScreen) -> None:
    client_id = screen.save(None, typed(), None)
    stored = screen.read_values(client_id)
    assert stored["rooms"] == "3-2-1201、3-2-1202"
    assert stored["phones"] == "075588881234、13800001111"  # one number with spaces, kept as digits
    assert stored["family"] == [["李四", "配偶", "13900002222", ""]]
    assert stored["do_not_disturb"] and stored["do_not_disturb_reason"] == "工作忙，不接受回访"
    card = stored["card"]
    # six months on 24 November in Shanghai (the workspace's zone), still five in UTC
    assert card["period"] == ResidencyPeriod.SETTLING_IN.value
    assert card["relationship"] == RelationshipClass.FIRST_CONTACT.value
    assert card["dnd_since"] == "2026-11-24" and card["number"] == stored["card"]["number"]


def test_a_move_in_date_that_is_no_date_names_its_field(screen: ClientCardScreen) -> None:
    with pytest.raises(FieldError) as refused:
        screen.save(None, typed(move_in="去年五月"), None)
    assert refused.value.field == "move_in" and "去年五月" in str(refused.value)


def test_a_card_saved_meanwhile_is_a_conflict(screen: ClientCardScreen) -> None:
    client_id = screen.save(None, typed(), None)
    stored = screen.read_values(client_id)
    screen.save(client_id, {**stored, "notes": "老业主"}, stored["_version"])
    with pytest.raises(ConflictError):
        screen.save(client_id, {**stored, "notes": "另一台电脑"}, stored["_version"])
    assert screen.read_values(client_id)["notes"] == "老业主"


def test_the_list_reads_residency_on_the_workspace_clock_and_zone(screen: ClientCardScreen) -> None:
    workspace = screen.workspace
    label = residency_text(workspace, lambda key: key, lambda member: member.label)
    assert label(None) == ""
    assert label(date(2026, 11, 24)) == "新客户"  # moved in today, in Shanghai
    assert label(date(2026, 11, 25)) == "not_moved_in"
    assert label(date(2026, 5, 24)) == "磨合期"
    assert label(date(2024, 11, 24)) == "老客户"
    workspace.database.clock = FixedClock(datetime(2026, 11, 23, 15, 0, tzinfo=UTC))  # 23:00 the 23rd
    assert label(date(2026, 11, 24)) == "not_moved_in" and label(date(2026, 5, 24)) == "新客户"
    spec = client_list_spec(workspace, lambda key: key, lambda member: member.label, "、".join)
    period = next(column for column in spec.columns if column.title == "period")
    assert period.format is not None and period.format(date(2026, 11, 24)) == "not_moved_in"
    assert clients.residency_on(date(2026, 11, 24), date(2026, 11, 23)) is None
