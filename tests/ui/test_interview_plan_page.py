"""The monthly interview plan editor: targets (clients and rooms) with the assigned
interviewer, saved and reopened; R12 warnings; hometown suggestions; quota progress per
person; move-in visits due and missed (R13q)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.models import Client, ClientRoom, InterviewPlan, Room
from desk_app.models.database import Database
from desk_app.ui.interview_plan_page import InterviewPlanPage
from desk_app.ui.pages import PAGE_CLASSES
from tests.ui.reception_centre import Centre, build_centre, centre, sqlite_db  # noqa: F401

TypeText = Callable[[object, str], None]


def _page(qtbot: QtBot, place: Centre, staff_id: int) -> InterviewPlanPage:
    page = InterviewPlanPage(place.context(staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _plan(db: Database, plan_id: int) -> tuple[date, int, list[tuple[int | None, int | None]]]:
    with db.read() as session:
        plan = session.get(InterviewPlan, plan_id)
        assert plan is not None
        return (
            plan.month,
            plan.interviewer_id,
            sorted(((t.client_id, t.room_id) for t in plan.targets), key=lambda t: (t[0] or 0, t[1] or 0)),
        )


def test_registered_in_pages() -> None:
    assert PAGE_CLASSES["interview_plans"] == "desk_app.ui.interview_plan_page:InterviewPlanPage"


def test_plan_saved_and_reopened_on_both_backends(qtbot: QtBot, db: Database, type_text: TypeText) -> None:
    place = build_centre(db)
    page = _page(qtbot, place, place.supervisor)
    form = page.form
    assert form.month.date() == QDate(2026, 11, 1)
    type_text(form.client.search_box, "zs")
    form.client.search_now()
    qtbot.mouseClick(form.add_client_button, Qt.MouseButton.LeftButton)
    # R13q: the steward from the client's hometown is suggested and can be taken
    assert form.suggest_table.item(0, 0).text() == "管家小王"  # type: ignore[union-attr]
    qtbot.mouseClick(form.use_button, Qt.MouseButton.LeftButton)
    assert form.interviewer.currentData() == place.steward
    type_text(form.room, "3-2-1301")
    form.room.setFocus()
    qtbot.keyClick(form.room, Qt.Key.Key_Return)  # Enter adds the room
    assert form.target_table.rowCount() == 2
    assert not form.add_room()  # empty box
    assert form.field_error_text("room_ids") is not None
    type_text(form.room, "3-2-1301")
    assert not form.add_room()
    assert "已在计划中" in (form.field_error_text("targets") or "")
    form.room.clear()
    form.month.setFocus()
    qtbot.keyClick(form.month, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is not None, form.banner.text()
    # R12: 李四 lives in 3-2-1301 and objected to interviews: named, not refused
    assert "李四" in form.banner.text()
    month, interviewer, targets = _plan(db, form.record_id)
    with db.read() as session:
        room_id = session.query(Room.id).filter(Room.code == "3-2-1301").scalar()
    assert (month, interviewer) == (date(2026, 11, 1), place.steward)
    assert [client for client, _room in targets] == [None, place.zhang] and targets[0] == (None, room_id)

    again = _page(qtbot, place, place.supervisor)
    again.open_record(form.record_id)
    assert again.form.interviewer.currentData() == place.steward
    assert again.form.target_table.rowCount() == 2
    assert again.form.target_table.item(0, 2).text() == "未访谈"  # type: ignore[union-attr]


def test_refusals_next_to_their_fields(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    page = _page(qtbot, centre, centre.receptionist)
    form = page.form
    # Issue 17: only supervisors and heads plan (R13q), so 保存 is not offered to others;
    # before, it was, and then refused.
    assert not page.save_action.isEnabled() and "制定访谈计划" in page.save_action.toolTip()
    assert form.refusal.isVisible() and "制定访谈计划" in form.refusal.text()
    assert not form.save()
    assert form.field_error_text("interviewer_id") == "请选择访谈人"
    form.interviewer.setCurrentIndex(form.interviewer.findData(centre.steward))
    assert not form.save()
    assert "制定访谈计划" in form.banner.text()  # the service refuses all the same
    page.context.set_staff(centre.supervisor)
    assert page.save_action.isEnabled() and not form.refusal.isVisible()
    assert not form.save()
    assert "访谈对象" in (form.field_error_text("targets") or "")


def test_quota_and_move_in_panels(qtbot: QtBot, centre: Centre) -> None:  # noqa: F811
    with centre.db.begin() as session:
        rooms = {room.code: room for room in session.query(Room)}
        session.add(
            Client(name="新住户", move_in_date=date(2026, 11, 20), rooms=[ClientRoom(room=rooms["3-2-1201"])])
        )
        session.add(Client(name="老住户", move_in_date=date(2026, 11, 1)))
    page = _page(qtbot, centre, centre.supervisor)
    form = page.form
    form.refresh_panels()
    rows = form.quota_table.rowCount()
    quota = {form.quota_table.item(r, 0).text(): form.quota_table.item(r, 4).text() for r in range(rows)}  # type: ignore[union-attr]
    assert quota == {"管家小王": "10", "朱主管": "2"}  # shortfalls; receptionists have no quota
    assert form.due_table.item(0, 0).text() == "新住户"  # type: ignore[union-attr]
    assert "还剩 4 天" in form.due_table.item(0, 4).text()  # type: ignore[union-attr]
    assert form.missed_table.item(0, 0).text() == "老住户"  # type: ignore[union-attr]
    form.due_table.setCurrentCell(0, 0)
    assert form.add_move_in_client()
    assert form.targets[0][0:2] == ["client", form.targets[0][1]] and "新住户" in form.targets[0][2]
