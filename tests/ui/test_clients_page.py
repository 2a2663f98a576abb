"""The client archive screen: find a client, read the card, keep its details and the
R12 flag up to date, open the contact history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.models import (
    Building,
    Client,
    ClientImportance,
    ClientPhone,
    ClientRoom,
    FamilyMember,
    Room,
    Staff,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ImportanceCategory, StaffRole
from desk_app.screens.lists import column_order
from desk_app.services import clients
from desk_app.ui.clients_page import ClientCardForm, ClientsPage, importance_labels, split_list, split_phones
from desk_app.ui.desk_context import DeskContext


def _seed(db: Database) -> tuple[int, int, int]:
    with db.begin() as session:
        staff = Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST)
        building = Building(code="3", name="3栋")
        zhang = Client(
            name="张三",
            name_initials="zs",
            move_in_date=date(2020, 5, 1),
            rooms=[
                ClientRoom(
                    room=Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201")
                )
            ],
            phones=[ClientPhone(phone="13800001111")],
            family_members=[FamilyMember(name="李四", relation="配偶", phone="13900002222")],
            importance=[ClientImportance(category=ImportanceCategory.MAJOR_CLIENT)],
        )
        wang = Client(
            name="王五",
            name_initials="ww",
            do_not_disturb=True,
            do_not_disturb_reason="不愿被打扰",
            rooms=[
                ClientRoom(
                    room=Room(building=building, unit="1", number="0101", code="3-1-0101", digits="310101")
                )
            ],
            phones=[ClientPhone(phone="13700003333")],
        )
        session.add_all([staff, zhang, wang])
        session.flush()
        for day, text in ((1, "较早的咨询"), (20, "最近的报修")):
            session.add(
                WorkLogEntry(
                    received_at=datetime(2026, 11, day, 2, 0, tzinfo=UTC),
                    channel=Channel.CALL,
                    category=Category.ENQUIRY if day == 1 else Category.REPAIR,
                    client_id=zhang.id,
                    content=text,
                )
            )
        return staff.id, zhang.id, wang.id


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database, _ = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def seeded(sqlite_db: Database) -> tuple[Database, int, int, int]:
    return (sqlite_db, *_seed(sqlite_db))


def _page(qtbot: QtBot, db: Database, staff_id: int) -> ClientsPage:
    page = ClientsPage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    return page


def test_list_finds_by_initials_phone_and_room(qtbot: QtBot, seeded: tuple[Database, int, int, int]) -> None:
    db, staff_id, zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    view = page.list_view
    assert view.row_count() == 2
    assert view.model.index(0, 0).data() == "3-1-0101"  # by room
    view.set_search_text("zs")
    assert view.row_count() == 1 and view.model.record_id(0) == zhang
    view.set_search_text("0001111")
    assert view.row_count() == 1 and view.model.record_id(0) == zhang
    view.set_search_text("3-2-12")
    assert view.row_count() == 1
    assert view.model.index(0, 3).data() == "大客户(学校、商户)"
    view.set_search_text("")
    view.filter_boxes[1].setCurrentIndex(1)  # 拒绝回访/访谈
    assert view.row_count() == 1
    assert view.model.index(0, 4).data() == "拒绝回访/访谈"


def test_list_is_in_natural_room_order_and_shows_that_first_room(qtbot: QtBot, sqlite_db: Database) -> None:
    """Ordered by the stored first room (``sort_room``, natural order); the room column
    shows that same room: 1-1-201 for a client holding 1-1-1001 and 1-1-201."""
    with sqlite_db.begin() as session:
        staff = Staff(login="w", name="前台小王", role=StaffRole.RECEPTIONIST)
        building = Building(code="1", name="1栋")
        rooms = {
            number: Room(
                building=building, unit="1", number=number, code=f"1-1-{number}", digits=f"11{number}"
            )
            for number in ("1001", "201", "301", "1002")
        }
        held = {"甲": ("1001", "201"), "乙": ("301",), "丙": ("1002",)}
        for name, numbers in held.items():
            session.add(
                Client(
                    name=name,
                    rooms=[ClientRoom(room=rooms[number]) for number in numbers],
                    sort_room=min(Room.sort_key("1", "1", number) for number in numbers),
                )
            )
        session.add(staff)
        session.flush()
        staff_id = staff.id
    view = _page(qtbot, sqlite_db, staff_id).list_view
    shown = [
        (view.model.index(row, 0).data(), view.model.index(row, 1).data()) for row in range(view.row_count())
    ]
    assert shown == [("1-1-201", "甲"), ("1-1-301", "乙"), ("1-1-1002", "丙")]
    # The header orders by the same stored key (not by the shown text, which would put
    # 1-1-1002 first, and not by a subquery worked out for every client).
    [order] = column_order(view.spec, 0, descending=True)
    assert order.compare(Client.sort_room.desc())
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [view.model.index(row, 1).data() for row in range(view.row_count())] == ["丙", "乙", "甲"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [view.model.index(row, 1).data() for row in range(view.row_count())] == ["甲", "乙", "丙"]


def test_card_shows_the_paper_fields_and_history(
    qtbot: QtBot, seeded: tuple[Database, int, int, int]
) -> None:
    db, staff_id, zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    page.list_view.set_search_text("zs")
    qtbot.keyClick(page.list_view.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    form: ClientCardForm = page.form  # type: ignore[assignment]
    assert form.record_id == zhang
    assert form.name_box.text() == "张三"
    assert form.rooms_box.text() == "3-2-1201"
    assert form.rooms_label.text() == "3-2-1201（业主）"
    assert form.phones_box.text() == "13800001111"
    assert form.move_in_box.text() == "2020-05-01"
    assert form.period_label.text() == "老客户"
    assert form.family_table.item(0, 0).text() == "李四"
    assert form.importance_boxes[ImportanceCategory.MAJOR_CLIENT].isChecked()
    assert form.history_table.rowCount() == 2
    assert form.history_table.item(0, 3).text() == "最近的报修"  # most recent first
    opened: list[tuple[str, int]] = []
    page.context.openRequested.connect(lambda kind, record_id: opened.append((kind, record_id)))
    form.history_table.setCurrentCell(1, 0)
    qtbot.keyClick(form.history_table, Qt.Key.Key_Return)
    assert opened and opened[0][0] == "worklog"


def test_do_not_disturb_needs_a_reason_next_to_the_field(
    qtbot: QtBot, seeded: tuple[Database, int, int, int]
) -> None:
    db, staff_id, zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    page.open_record(zhang)
    form: ClientCardForm = page.form  # type: ignore[assignment]
    form.dnd_check.setChecked(True)
    assert form.is_dirty()
    assert not page.save()
    assert form.field_error_text("do_not_disturb_reason") is not None
    assert "原因" in (form.field_error_text("do_not_disturb_reason") or "")
    assert form.dnd_check.isChecked()  # nothing typed is lost
    qtbot.keyClicks(form.dnd_reason_box, "no calls")
    assert page.save()
    with db.read() as session:
        assert clients.client_profile(session, zhang).do_not_disturb_reason == "no calls"


def test_saving_details_round_trip(qtbot: QtBot, db: Database) -> None:
    """Fill, save, reopen — on SQLite and PostgreSQL."""
    staff_id, zhang, wang = _seed(db)
    page = _page(qtbot, db, staff_id)
    page.open_record(zhang)
    form: ClientCardForm = page.form  # type: ignore[assignment]
    qtbot.keyClicks(form.occupation_box, "teacher")
    form.hometown_box.setText("湖南长沙")
    form.hometown_box.textEdited.emit("湖南长沙")
    form.importance_boxes[ImportanceCategory.MAJOR_CLIENT].setChecked(False)
    form.importance_boxes[ImportanceCategory.FORUM_ACTIVE].setChecked(True)
    assert page.save_action.isEnabled()
    page.save_action.trigger()
    assert not form.is_dirty()
    page.open_record(wang)
    assert form.occupation_box.text() == ""
    page.open_record(zhang)
    assert form.occupation_box.text() == "teacher"
    assert form.hometown_box.text() == "湖南长沙"
    assert form.importance_boxes[ImportanceCategory.FORUM_ACTIVE].isChecked()
    assert not form.importance_boxes[ImportanceCategory.MAJOR_CLIENT].isChecked()
    assert page.list_view.model.index(page.list_view.model.row_of(zhang) or 0, 3).data() == "网络论坛活跃份子"


def test_nothing_to_void_and_nothing_to_save_before_a_pick(
    qtbot: QtBot, seeded: tuple[Database, int, int, int]
) -> None:
    db, staff_id, _zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    assert page.new_action.isVisible() and not page.void_action.isVisible()
    assert not page.form.name_box.isEnabled()  # type: ignore[attr-defined]
    assert not page.save()
    assert page.form.banner.text().startswith("请先在列表中选择客户")
    assert importance_labels("major_client,forum_active") == "大客户(学校、商户)、网络论坛活跃份子"


def test_new_client_from_the_keyboard(
    qtbot: QtBot, seeded: tuple[Database, int, int, int], type_text: Callable[[object, str], None]
) -> None:
    db, staff_id, _zhang, _wang = seeded
    with db.begin() as session:
        building = session.scalars(select(Building)).first()
        session.add(Room(building=building, unit="2", number="1202", code="3-2-1202", digits="321202"))
    page = _page(qtbot, db, staff_id)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.list_view.search_box.setFocus()
    form: ClientCardForm = page.form  # type: ignore[assignment]
    qtbot.keyClick(page.list_view.search_box, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.rooms_box.hasFocus() and form.name_box.isEnabled()
    qtbot.keyClicks(form.rooms_box, "321202")
    qtbot.keyClick(form.rooms_box, Qt.Key.Key_Return)
    assert form.name_box.hasFocus()
    type_text(form.name_box, "赵六")
    qtbot.keyClick(form.name_box, Qt.Key.Key_Return)
    qtbot.keyClicks(form.phones_box, "13600004444, 0755-8888 1234")
    assert form.is_dirty()
    qtbot.keyClick(form.phones_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty(), form.banner.text()
    assert form.record_id is not None
    assert form.number_label.text().startswith("KH-")
    assert form.phones_box.text() == "13600004444、075588881234"
    page.list_view.set_search_text("zl")
    assert page.list_view.row_count() == 1
    assert page.list_view.model.record_id(0) == form.record_id
    assert page.list_view.model.index(0, 0).data() == "3-2-1202"
    with db.read() as session:
        card = clients.client_card(session, form.record_id)
        assert card.profile.name == "赵六" and card.profile.move_in_date is None
        assert card.rooms == (("3-2-1202", "业主"),)


def test_edit_phones_family_and_move_in(
    qtbot: QtBot, seeded: tuple[Database, int, int, int], type_text: Callable[[object, str], None]
) -> None:
    db, staff_id, zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    page.open_record(zhang)
    form: ClientCardForm = page.form  # type: ignore[assignment]
    form.phones_box.clear()
    type_text(form.phones_box, "13800001111、0755 8888 1234")
    assert form.is_dirty()
    form.add_family_row()
    form.family_table.item(1, 0).setText("Tom")
    form.family_table.item(1, 1).setText("son")
    qtbot.mouseClick(form.move_in_unknown, Qt.MouseButton.LeftButton)
    assert form.move_in_box.text() == "" and form.move_in_box.placeholderText() == "未知"
    assert page.save(), form.banner.text()
    with db.read() as session:
        card = clients.client_card(session, zhang)
    assert card.profile.phones == ("13800001111", "075588881234")
    assert card.family[1][:2] == ("Tom", "son")
    assert card.profile.move_in_date is None
    form.family_table.setCurrentCell(0, 0)
    form.remove_family_row()
    assert page.save()
    with db.read() as session:
        assert [member[0] for member in clients.client_card(session, zhang).family] == ["Tom"]


def test_an_invalid_room_shows_its_message_under_the_room_box(
    qtbot: QtBot, seeded: tuple[Database, int, int, int]
) -> None:
    db, staff_id, zhang, _wang = seeded
    page = _page(qtbot, db, staff_id)
    page.open_record(zhang)
    form: ClientCardForm = page.form  # type: ignore[assignment]
    form.rooms_box.clear()
    qtbot.keyClicks(form.rooms_box, "3-2-1201 9-9-9999")
    form.phones_box.clear()
    qtbot.keyClicks(form.phones_box, "12345")
    assert not page.save()
    assert "找不到房号 9-9-9999" in (form.field_error_text("rooms") or "")
    assert form.rooms_box.text() == "3-2-1201 9-9-9999"  # nothing typed is lost
    form.rooms_box.setText("3-2-1201")
    assert not page.save()
    assert form.field_error_text("rooms") is None
    assert "7–20 位" in (form.field_error_text("phones") or "")
    assert form.phones_box.hasFocus() or not page.isVisible()
    form.phones_box.setText("")
    form.family_table.item(0, 0).setText("")
    assert not page.save()
    assert "第 1 行" in (form.field_error_text("family") or "")


def test_split_rooms_and_phones() -> None:
    assert split_list("3-2-1201、321202, 3-1-0101 ，3-2-1203") == [
        "3-2-1201",
        "321202",
        "3-1-0101",
        "3-2-1203",
    ]
    assert split_phones("13800001111 13900002222") == ["13800001111", "13900002222"]
    assert split_phones("0755 8888 1234、138-0000-1111") == ["0755 8888 1234", "138-0000-1111"]
    assert split_phones("  ") == []
