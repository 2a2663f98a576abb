"""小区结构 (issue 13): an administrator builds the community from nothing by the screen
alone: an area, a building, rooms by the bulk generator; voids a room; everyone else
sees a refusal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.models import Area, Building, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import RoomKind, StaffRole
from desk_app.services import references
from desk_app.services.errors import FieldError
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.pages import build_page
from desk_app.ui.structure_page import (
    AreaDialog,
    BuildingDialog,
    GenerateDialog,
    ReasonDialog,
    RoomDialog,
    StructurePage,
)


@pytest.fixture
def people(ui_db: Database) -> dict[str, int]:
    with ui_db.begin() as session:
        staff = {
            "admin": Staff(login="admin", name="系统管理员", role=StaffRole.ADMINISTRATOR),
            "desk": Staff(login="desk", name="李前台", role=StaffRole.RECEPTIONIST),
            "steward": Staff(login="gj", name="王管家", role=StaffRole.SERVICE_STAFF),
        }
        session.add_all(staff.values())
        session.flush()
        return {key: person.id for key, person in staff.items()}


Answer = Callable[[QDialog], None]


def _page(qtbot: QtBot, db: Database, staff_id: int | None) -> StructurePage:
    page = StructurePage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    page.resize(1146, 708)
    page.show()
    qtbot.waitExposed(page)
    return page


def _answering(page: StructurePage, monkeypatch: pytest.MonkeyPatch, answers: list[Answer]) -> list[QDialog]:
    """Each dialog the page opens is answered by the next function of ``answers`` (which
    fills it), then OK is pressed; the dialogs are returned for checks."""
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        answers.pop(0)(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", run)
    return shown


def _yes(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def question(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def _cell(page: StructurePage, row: int, column: int) -> QTableWidgetItem:
    item = page.table.item(row, column)
    assert item is not None
    return item


@pytest.mark.parametrize("who", [None, "desk"])
def test_others_see_a_refusal(qtbot: QtBot, ui_db: Database, people: dict[str, int], who: str | None) -> None:
    page = _page(qtbot, ui_db, None if who is None else people[who])
    assert page.is_refused() and "只有系统管理员或客服主管" in page.refusal_label.text()


def test_page_is_registered(qtbot: QtBot, ui_db: Database, people: dict[str, int]) -> None:
    page = build_page("structure", DeskContext(ui_db, people["admin"]))
    assert isinstance(page, StructurePage)
    qtbot.addWidget(page)
    assert not page.is_refused()


def test_from_nothing_to_rooms_by_the_screen(
    qtbot: QtBot, ui_db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ui_db, people["admin"])
    asked: list[str] = []
    _yes(monkeypatch, asked)

    def area(dialog: QDialog) -> None:
        assert isinstance(dialog, AreaDialog)
        dialog.name_box.setText("东区")
        dialog.steward_box.setCurrentIndex(dialog.steward_box.findData(people["steward"]))

    def bad_building(dialog: QDialog) -> None:
        assert isinstance(dialog, BuildingDialog)
        dialog.code_box.setText("1-2")

    def building(dialog: QDialog) -> None:
        assert isinstance(dialog, BuildingDialog)
        assert dialog.area_box.currentText() == "东区"  # the chosen area is offered
        dialog.code_box.setText("1")

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, GenerateDialog)
        dialog.buildings_box.setText("1")
        dialog.units_box.setText("1-2")
        dialog.floors_box.setText("1-5")
        dialog.per_floor_box.setValue(2)
        dialog.skip_box.setText("4")
        dialog.update_preview()
        assert dialog.preview_list.count() == 16
        assert dialog.preview_list.item(0).text() == "1-1-101"
        assert "共 16 间" in dialog.count_label.text()

    def room(dialog: QDialog) -> None:
        assert isinstance(dialog, RoomDialog) and not dialog.number_box.isReadOnly()
        dialog.unit_box.setText("2")
        dialog.number_box.setText("601")

    shown = _answering(page, monkeypatch, [area, bad_building, building, plan, room])
    assert page.add_area()
    assert not page.add_building()  # "1-2" is refused in the dialog, which stays open
    assert isinstance(shown[1], BuildingDialog) and "不能含有" in shown[1].error_label.text()
    assert page.add_building()
    assert page.generate()
    assert "16 间" in asked[-1]
    assert "新建 16 间" in page.notice.text()
    assert page.add_room()
    assert "1-2-601" in page.notice.text()

    with ui_db.read() as session:
        stored_area = session.scalars(select(Area)).one()
        assert stored_area.name == "东区" and stored_area.steward_id == people["steward"]
        stored = session.scalars(select(Building)).one()
        assert stored.code == "1" and stored.area_id == stored_area.id
        assert len(session.scalars(select(Room)).all()) == 17
        assert references.find_room(session, "1-2-502") is not None
    assert page.table.rowCount() == 17
    assert _cell(page, 0, 1).text() == "101"


def test_a_room_is_voided_greyed_and_hidden_on_request(
    qtbot: QtBot, ui_db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with ui_db.begin() as session:
        from desk_app.services import community

        community.generate(session, community.RoomPlan(buildings="3", units="2", floors="12", per_floor=2))
    page = _page(qtbot, ui_db, people["admin"])
    assert page.table.rowCount() == 2  # the first building is shown at once
    asked: list[str] = []
    _yes(monkeypatch, asked)

    def reason(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason_box.setText("两户合并")

    _answering(page, monkeypatch, [reason])
    page.table.setFocus()
    page.table.selectRow(0)
    page.rooms_last = True
    assert page.void()
    assert "3-2-1201" in asked[-1] and "两户合并" in asked[-1]
    with ui_db.read() as session:
        room = session.scalars(select(Room).where(Room.code == "3-2-1201")).one()
        assert room.voided_at is not None and room.void_reason == "两户合并"
        with pytest.raises(FieldError):
            references.find_room(session, "3-2-1201")
    assert "已作废" in _cell(page, 0, 5).text()
    live = _cell(page, 1, 0).foreground().color()
    assert _cell(page, 0, 0).foreground().color() != live  # grey
    page.show_voided.setChecked(False)
    assert page.table.rowCount() == 1 and _cell(page, 0, 1).text() == "1202"
    page.table.selectRow(0)
    assert not page.restore() and "没有作废" in page.notice.text()
    page.show_voided.setChecked(True)
    page.table.selectRow(0)
    assert page.restore() and "已恢复房间 3-2-1201" in page.notice.text()
    assert _cell(page, 0, 5).text() == "在用"


def test_enter_on_a_room_edits_it(
    qtbot: QtBot, ui_db: Database, people: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    with ui_db.begin() as session:
        from desk_app.services import community

        community.generate(session, community.RoomPlan(buildings="S1", floors="1", per_floor=1))
    page = _page(qtbot, ui_db, people["admin"])

    def shop(dialog: QDialog) -> None:
        assert isinstance(dialog, RoomDialog) and dialog.number_box.isReadOnly()
        dialog.area_box.setValue(56.5)
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RoomKind.SHOP.value))

    shown = _answering(page, monkeypatch, [shop])
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(shown) == 1
    with ui_db.read() as session:
        room = session.scalars(select(Room)).one()
        assert room.kind is RoomKind.SHOP and room.area_m2 == 56.5
    assert _cell(page, 0, 3).text() == "56.5"


def test_a_plan_with_a_mistake_cannot_be_generated(qtbot: QtBot) -> None:
    dialog = GenerateDialog()
    qtbot.addWidget(dialog)
    dialog.floors_box.setText("2-x")
    dialog.update_preview()
    assert not dialog.generate_button.isEnabled() and "2-x" in dialog.error_label.text()
    assert dialog.preview_list.count() == 0
