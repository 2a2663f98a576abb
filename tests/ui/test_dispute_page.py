"""The neighbour dispute record (邻里纠纷处理记录表): fill, save, reopen; the process
log with its participating bodies; closing with a confirmation; refusals named."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.models import Dispute
from desk_app.models.database import Database
from desk_app.models.enums import DisputeStatus, DisputeType
from desk_app.ui.dispute_page import DisputePage
from desk_app.ui.pages import PAGE_CLASSES
from tests.ui.reception_centre import Centre, build_centre, centre, sqlite_db  # noqa: F401

TypeText = Callable[[object, str], None]


def _page(qtbot: QtBot, place: Centre, staff_id: int) -> DisputePage:
    page = DisputePage(place.context(staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _stored(db: Database, dispute_id: int) -> Dispute:
    with db.read() as session:
        dispute = session.get(Dispute, dispute_id)
        assert dispute is not None
        _ = [step.participants for step in dispute.steps]
        return dispute


def _fill(page: DisputePage, type_text: TypeText) -> None:
    form = page.form
    form.dispute_type.setCurrentIndex(form.dispute_type.findData(DisputeType.NOISE.value))
    type_text(form.complainant_client.search_box, "zs")
    form.complainant_client.search_now()
    type_text(form.respondent_room, "3-2-1301")
    type_text(form.description, "楼上每晚打麻将到凌晨")


def test_registered_in_pages() -> None:
    assert PAGE_CLASSES["disputes"] == "desk_app.ui.dispute_page:DisputePage"


def test_fill_save_reopen_on_both_backends(qtbot: QtBot, db: Database, type_text: TypeText) -> None:
    place = build_centre(db)
    page = _page(qtbot, place, place.steward)
    _fill(page, type_text)
    form = page.form
    assert form.complainant_room.text() == "3-2-1201"  # from the chosen client
    form.description.setFocus()
    qtbot.keyClick(form.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is not None, form.banner.text()
    stored = _stored(db, form.record_id)
    assert stored.number.startswith("JF-") and stored.complainant_client_id == place.zhang

    again = _page(qtbot, place, place.steward)
    again.open_record(stored.id)
    assert again.form.dispute_type.currentData() == DisputeType.NOISE.value
    assert again.form.complainant_room.text() == "3-2-1201"
    assert again.form.respondent_room.text() == "3-2-1301"
    assert again.form.description.toPlainText() == "楼上每晚打麻将到凌晨"
    assert stored.number in again.form.number_label.text()
    # Issue 16: the record prints (邻里纠纷处理记录表); a new one cannot yet.
    assert again.form.print_button.isEnabled() and again.form.print_button.record_id == stored.id
    assert again.form.print_button.kind == "dispute"
    again.form.clear_form()
    assert not again.form.print_button.isEnabled()


def test_process_log_participants_and_closing(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, centre, centre.steward)
    _fill(page, type_text)
    form = page.form
    assert form.save()
    dispute_id = form.record_id
    assert dispute_id is not None
    # closing without a step is refused by the rule
    type_text(form.outcome, "和解")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert not form.close_dispute()
    assert "处理经过" in form.banner.text()

    assert not form.add_step()
    assert form.field_error_text("action") == "请填写处理经过"
    type_text(form.action, "约双方到中心协调")
    form.participant_boxes["police_station"].setChecked(True)
    form.participant_boxes["residents_committee"].setChecked(True)
    type_text(form.result, "楼上同意十点后停止")
    qtbot.mouseClick(form.step_button, Qt.MouseButton.LeftButton)
    assert form.steps_table.rowCount() == 1
    assert form.steps_table.item(0, 3).text() == "居委会/社区工作站、派出所"  # type: ignore[union-attr]
    assert form.steps_table.item(0, 1).text() == "管家小王"  # type: ignore[union-attr]

    form.steps_table.setCurrentCell(0, 0)
    form.participant.setCurrentIndex(form.participant.findData("owners_committee"))
    assert form.add_participant()
    assert _stored(centre.db, dispute_id).steps[0].participants == [
        "residents_committee",
        "owners_committee",
        "police_station",
    ]

    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not form.close_dispute()
    assert asked and "和解" in asked[0]
    assert _stored(centre.db, dispute_id).status is DisputeStatus.OPEN
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert form.close_dispute()
    assert _stored(centre.db, dispute_id).status is DisputeStatus.RESOLVED
    assert not form.step_button.isEnabled() and form.reopen_button.isEnabled()
    assert "已解决" in form.closure_info.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("又开始打麻将", True))
    assert form.reopen()
    assert _stored(centre.db, dispute_id).status is DisputeStatus.OPEN
    assert form.steps_table.rowCount() == 2


def test_checks_land_next_to_their_fields(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    page = _page(qtbot, centre, centre.steward)
    form = page.form
    assert not form.save()
    assert form.field_error_text("complainant_room") is not None
    type_text(form.complainant_room, "3-2-1301")
    type_text(form.respondent_room, "3-2-1301")
    assert not form.save()
    assert "相同" in (form.field_error_text("respondent_room") or "")
    form.respondent_room.clear()
    assert not form.save()
    assert form.field_error_text("description") == "请填写纠纷情况"


def test_a_dispute_links_its_reminder_slips_and_notices_and_each_shows_them(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    """Issue 14: before, a dispute, its 温馨提示 and its 整改通知书 did not know of each other."""
    from datetime import date

    from sqlalchemy import select

    from desk_app.models import Room
    from desk_app.models.enums import NoticeIssue, ReminderKind
    from desk_app.services import disputes, rectification_notices, reminder_cases
    from desk_app.ui.rectification_notice_page import RectificationNoticePage
    from desk_app.ui.reminder_slip_page import ReminderSlipPage

    with centre.db.begin(actor_id=centre.steward) as session:
        room = session.scalars(select(Room).where(Room.code == "3-2-1301")).one()
        dispute = disputes.record_dispute(
            session,
            dispute_type=DisputeType.NOISE,
            description="楼上每晚打麻将到凌晨",
            complainant_room="3-2-1201",
            respondent_room="3-2-1301",
        )
        case = reminder_cases.open_case(session, ReminderKind.NOISE, room_id=room.id)
        notice = rectification_notices.issue_notice(
            session,
            room_id=room.id,
            client_id=None,
            issue=NoticeIssue.OTHER,
            issue_description="夜间噪音扰民",
            required_action="晚十点后停止娱乐活动",
            deadline=date(2026, 11, 30),
        )
        ids = (dispute.id, case.id, case.number, notice.id, notice.number)
    dispute_id, case_id, case_number, notice_id, notice_number = ids
    page = _page(qtbot, centre, centre.steward)
    page.open_record(dispute_id)
    form = page.form
    assert form.links.isVisible() and form.links.texts() == []
    for number in (case_number, notice_number):
        type_text(form.link_number, number)
        form.link_button.click()
        assert form.banner.text().startswith("已完成"), form.banner.text()
    assert form.links.numbers() == [case_number, notice_number]
    opened: list[tuple[str, int]] = []
    form.context.openRequested.connect(lambda kind, ident: opened.append((kind, ident)))
    form.links.list.setCurrentRow(1)
    form.links.list.setFocus()
    qtbot.keyClick(form.links.list, Qt.Key.Key_Return)
    assert opened == [("rectification_notices", notice_id)]
    # Each record shows the dispute and its siblings.
    slips_page = ReminderSlipPage(centre.context(centre.steward))
    qtbot.addWidget(slips_page)
    slips_page.open_record(case_id)
    numbers = slips_page.book_form.links.numbers()  # type: ignore[attr-defined]
    assert "已发出" in slips_page.book_form.links.texts()[1]  # the notice's state, live
    assert numbers == [_stored(centre.db, dispute_id).number, notice_number]
    notice_page = RectificationNoticePage(centre.context(centre.steward))
    qtbot.addWidget(notice_page)
    notice_page.open_record(notice_id)
    numbers = notice_page.book_form.links.numbers()  # type: ignore[attr-defined]
    assert numbers == [_stored(centre.db, dispute_id).number, case_number]
    # Unlinked from the dispute's screen: the chosen line.
    form.links.list.setCurrentRow(0)
    form.unlink_button.click()
    assert form.links.numbers() == [notice_number]
