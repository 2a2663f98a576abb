"""Creating a client and editing the whole card (SPEC 2.1): name (with its pinyin
initials), rooms, phones, move-in date and family; every refusal names the card's
field. On SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Building, Client, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, ImportanceCategory, RoomRelation, StaffRole
from desk_app.services import clients, lookup
from desk_app.services.clients import FamilyMemberInput
from desk_app.services.errors import ConflictError, FieldError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
TODAY = NOW.date()


@pytest.fixture
def desk(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        building = Building(code="3", name="3栋")
        session.add(Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST))
        for unit, number in (("2", "1201"), ("2", "1202"), ("1", "0101")):
            session.add(
                Room(
                    building=building,
                    unit=unit,
                    number=number,
                    code=f"3-{unit}-{number}",
                    digits=f"3{unit}{number}",
                )
            )
    return db


def card(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": "张三",
        "room_codes": ["3-2-1201"],
        "phones": ["138-0000-1111"],
        "move_in": date(2020, 5, 1),
        "hometown": "湖南长沙",
        "occupation": "教师",
        "employer": None,
        "family": [FamilyMemberInput("李四", "配偶", "13900002222")],
        "notes": None,
        "importance": {ImportanceCategory.MAJOR_CLIENT},
    }
    values.update(changes)
    return values


def create(db: Database, **changes: Any) -> int:
    with db.begin() as session:
        return clients.create_client(session, **card(**changes)).id


def update(db: Database, client_id: int, **changes: Any) -> None:
    with db.begin() as session:
        clients.update_client(session, client_id, **card(**changes))


def test_create_client_fills_the_whole_card(desk: Database) -> None:
    client_id = create(desk, relation=RoomRelation.TENANT)
    with desk.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.number.startswith("KH-")
        assert client.name_initials == "zs"
        shown = clients.client_card(session, client_id)
        assert shown.rooms == (("3-2-1201", "租户"),)
        assert shown.profile.phones == ("13800001111",)  # stored as digits: lookup finds any part
        assert shown.profile.move_in_date == date(2020, 5, 1)
        assert shown.family == (("李四", "配偶", "13900002222", ""),)
        assert shown.importance == (ImportanceCategory.MAJOR_CLIENT,)
        assert shown.occupation == "教师"
        assert lookup.find_clients(session, "0001111")[0].client_id == client_id


def test_edit_each_field(desk: Database) -> None:
    client_id = create(desk)
    update(desk, client_id, name="曾小霞")
    update(desk, client_id, name="曾小霞", room_codes=["321202", "3-1-0101"])
    update(desk, client_id, name="曾小霞", room_codes=["3-2-1202"], phones=["0755 8888 1234", "13700003333"])
    update(
        desk,
        client_id,
        name="曾小霞",
        room_codes=["3-2-1202"],
        phones=["13700003333"],
        move_in=None,
        family=[FamilyMemberInput("李四", "丈夫", ""), FamilyMemberInput("曾小明", "儿子", None)],
        importance=set(),
    )
    with desk.read() as session:
        client = session.get(Client, client_id)
        assert client is not None and client.name_initials == "zxx"
        shown = clients.client_card(session, client_id)
        assert shown.profile.name == "曾小霞"
        assert [code for code, _ in shown.rooms] == ["3-2-1202"]
        assert shown.profile.phones == ("13700003333",)
        assert shown.profile.move_in_date is None
        assert shown.family == (("李四", "丈夫", "", ""), ("曾小明", "儿子", "", ""))
        assert shown.importance == ()
        assert [m.client_id for m in lookup.find_clients(session, "zxx")] == [client_id]
        assert lookup.find_clients(session, "zs") == []


def test_each_change_is_in_the_audit_log(desk: Database) -> None:
    client_id = create(desk)
    update(desk, client_id, name="王五", move_in=date(2021, 1, 1))
    with desk.read() as session:
        rows = session.execute(
            select(AuditLog.field, AuditLog.old_value, AuditLog.new_value).where(
                AuditLog.table_name == "client",
                AuditLog.record_key == str(client_id),
                AuditLog.action == AuditAction.UPDATE,
            )
        ).all()
    changed = {field: (old, new) for field, old, new in rows}
    assert changed["name"] == ("张三", "王五")
    assert changed["name_initials"] == ("zs", "ww")
    assert changed["move_in_date"][1] == "2021-01-01"
    assert "occupation" not in changed  # unchanged fields leave no trace


def test_saving_keeps_a_stored_phone_with_the_same_digits(desk: Database) -> None:
    client_id = create(desk)
    with desk.begin() as session:
        clients.load_client(session, client_id).phones[0].phone = "138-0000-1111"
    update(desk, client_id, phones=["13800001111", "13900002222"])
    with desk.read() as session:
        assert clients.client_profile(session, client_id).phones == ("138-0000-1111", "13900002222")


def test_a_refusal_changes_nothing(desk: Database) -> None:
    client_id = create(desk)
    with pytest.raises(FieldError) as caught, desk.begin() as session:
        clients.update_client(session, client_id, **card(name="王五", phones=["12"]))
    assert caught.value.field == "phones"
    with desk.read() as session:
        assert clients.client_profile(session, client_id).name == "张三"


def test_update_checks_the_version(desk: Database) -> None:
    client_id = create(desk)
    with desk.read() as session:
        version = clients.load_client(session, client_id).version
    update(desk, client_id, name="王五")
    with pytest.raises(ConflictError), desk.begin() as session:
        clients.update_client(session, client_id, expected_version=version, **card(name="赵六"))


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"name": "  "}, "name", "姓名"),
        ({"name": "123"}, "name", "没有文字"),
        ({"name": "张" * 65}, "name", "过长"),
        ({"name": "张\x07三"}, "name", "控制字符"),
        ({"room_codes": []}, "rooms", "请填写房号"),
        ({"room_codes": [" "]}, "rooms", "请填写房号"),
        ({"room_codes": ["9-9-9999"]}, "rooms", "找不到房号 9-9-9999"),
        ({"room_codes": ["3-2-1201", "3-2"]}, "rooms", "3-2"),
        ({"phones": ["1380000111a"]}, "phones", "不是电话号码"),
        ({"phones": ["123456"]}, "phones", "7–20 位"),
        ({"phones": ["1" * 21]}, "phones", "7–20 位"),
        ({"phones": ["+8613800001111"]}, "phones", "不是电话号码"),
        ({"phones": ["13800001111", "138 0000 1111"]}, "phones", "重复"),
        ({"phones": [f"1380000{n:04}" for n in range(6)]}, "phones", "最多"),
        ({"move_in": date(2026, 11, 25)}, "move_in", "晚于今天"),
        ({"move_in": date(1949, 12, 31)}, "move_in", "早于 1950"),
        ({"family": [FamilyMemberInput("", "配偶", "13900002222")]}, "family", "第 1 行：请填写姓名"),
        ({"family": [FamilyMemberInput("李四", None, "abc")]}, "family", "第 1 行的电话"),
        ({"family": [FamilyMemberInput("李四", "关" * 33)]}, "family", "过长"),
        ({"occupation": "职" * 129}, "occupation", "职业过长"),
    ],
)
def test_refusals_name_the_field(desk: Database, changes: dict[str, Any], field: str, words: str) -> None:
    with pytest.raises(FieldError) as caught, desk.begin() as session:
        clients.create_client(session, **card(**changes))
    assert caught.value.field == field
    assert words in str(caught.value)
    with desk.read() as session:
        assert session.scalars(select(Client)).all() == []


def test_what_is_accepted(desk: Database) -> None:
    client_id = create(
        desk,
        name="  Anna 王  ",
        room_codes=["3-2-1201", "321201"],  # the same room twice counts once
        phones=["０７５５－８８８８１２３４", "", "1234567"],
        move_in=date(2026, 11, 24),  # tomorrow: the keys are handed over today
        family=[FamilyMemberInput(" ", "", None), FamilyMemberInput("小王", None, None)],
    )
    with desk.read() as session:
        shown = clients.client_card(session, client_id)
    assert shown.profile.name == "Anna 王"
    assert len(shown.rooms) == 1
    assert shown.profile.phones == ("075588881234", "1234567")
    assert shown.family == (("小王", "", "", ""),)


_serial = itertools.count(1)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=st.text(st.characters(exclude_characters="\x00"), max_size=70))
def test_any_name_is_saved_as_typed_or_refused_on_name(desk: Database, name: str) -> None:
    phone = f"1500000{next(_serial):04}"
    try:
        with desk.begin() as session:
            client_id = clients.create_client(session, **card(name=name, phones=[phone])).id
    except FieldError as error:
        assert error.field == "name"
        return
    with desk.read() as session:
        client = session.get(Client, client_id)
        assert client is not None
        assert client.name == name.strip()
        assert client.name_initials == clients.name_initials(client.name)
        assert [m.client_id for m in lookup.find_clients(session, phone)] == [client_id]
        by_room = lookup.find_clients(session, "3-2-1201", limit=1000)
        assert client_id in [m.client_id for m in by_room]
        key = client.name_initials or client.name
        assert client_id in [m.client_id for m in lookup.find_clients(session, key, limit=1000)]


def test_the_first_room_in_natural_order_is_kept_for_the_list(desk: Database) -> None:
    """``client.sort_room`` (the client list's default order) follows the rooms on the
    card: the first of them in natural order, so 3-2-1202 comes after 3-1-0101."""
    client_id = create(desk, room_codes=["3-2-1202", "3-2-1201"])
    with desk.read() as session:
        assert session.get_one(Client, client_id).sort_room == Room.sort_key("3", "2", "1201")
    update(desk, client_id, room_codes=["3-2-1202", "3-1-0101"])
    with desk.read() as session:
        assert session.get_one(Client, client_id).sort_room == Room.sort_key("3", "1", "0101")
    update(desk, client_id, room_codes=["3-2-1202"])
    with desk.read() as session:
        assert session.get_one(Client, client_id).sort_room == "00000003-00000002-00001202"
