"""The complaint record sheet (顾客投诉处理记录表): fill, save, reopen; the lifecycle
walked through its buttons; refusals show the rule's message; due times explain
themselves; R12 asks before a callback."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.models import Complaint
from desk_app.models.database import Database
from desk_app.models.enums import BusinessLine, Channel, ComplaintClass, ComplaintStatus, RootCause
from desk_app.services import complaints
from desk_app.ui.client_choice import set_local
from desk_app.ui.complaint_page import ComplaintPage
from desk_app.ui.pages import PAGE_CLASSES
from tests.ui.reception_centre import SH, Centre, build_centre, centre, sqlite_db  # noqa: F401

TypeText = Callable[[object, str], None]


def _page(qtbot: QtBot, centre: Centre, staff_id: int) -> ComplaintPage:  # noqa: F811
    page = ComplaintPage(centre.context(staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts (Ctrl+S) need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _fill_sheet(page: ComplaintPage, type_text: TypeText, qtbot: QtBot) -> None:
    form = page.form
    set_local(form.received_at, datetime(2026, 11, 20, 16, 0, tzinfo=SH), SH)
    form.client.search_box.setFocus()
    type_text(form.client.search_box, "3-2-1201")
    form.client.search_now()
    form.channel.setCurrentIndex(form.channel.findData(Channel.CALL.value))
    form.description.setFocus()
    type_text(form.description, "楼上漏水到卫生间")
    form.complaint_class.setCurrentIndex(form.complaint_class.findData(ComplaintClass.PROPERTY_SERVICE.value))
    form.business_line.setCurrentIndex(form.business_line.findData(BusinessLine.MAINTENANCE.value))
    form.root_cause.setCurrentIndex(form.root_cause.findData(RootCause.QUALITY.value))


def _save_with_ctrl_s(page: ComplaintPage, qtbot: QtBot) -> None:
    page.form.description.setFocus()
    qtbot.keyClick(page.form.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _stored(db: Database, complaint_id: int) -> Complaint:
    with db.read() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        return complaint


def test_registered_in_pages() -> None:
    assert PAGE_CLASSES["complaints"] == "desk_app.ui.complaint_page:ComplaintPage"


def test_fill_save_reopen_on_both_backends(qtbot: QtBot, db: Database, type_text: TypeText) -> None:
    place = build_centre(db)
    page = _page(qtbot, place, place.receptionist)
    _fill_sheet(page, type_text, qtbot)
    assert page.form.room.text() == "3-2-1201"  # filled from the chosen client
    assert page.form.is_dirty()
    _save_with_ctrl_s(page, qtbot)
    assert page.form.record_id is not None, page.form.banner.text()
    assert not page.form.is_dirty()
    stored = _stored(db, page.form.record_id)
    assert stored.number.startswith("TS-202611-")
    assert stored.client_id == place.zhang and stored.complaint_class is ComplaintClass.PROPERTY_SERVICE

    again = _page(qtbot, place, place.receptionist)
    again.open_record(stored.id)
    form = again.form
    assert form.description.toPlainText() == "楼上漏水到卫生间"
    assert form.client.client_id() == place.zhang
    assert form.room.text() == "3-2-1201"
    assert form.received_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-20 16:00"
    assert form.business_line.currentData() == BusinessLine.MAINTENANCE.value
    assert form.root_cause.currentData() == RootCause.QUALITY.value
    assert stored.number in form.number_label.text()
    assert not form.is_dirty()


def test_validation_lands_next_to_the_field(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    page = _page(qtbot, centre, centre.receptionist)
    form = page.form
    type_text(form.room, "9-9-9999")
    assert not form.save()
    assert "9-9-9999" in (form.field_error_text("room_id") or "")
    assert form.room.text() == "9-9-9999"  # nothing typed is lost
    form.room.clear()
    assert not form.save()
    assert "投诉内容" in (form.field_error_text("description") or "")
    assert form.field_error_text("room_id") is None
    form.description.setFocus()
    type_text(form.description, "电梯停运")
    form.complaint_class.setCurrentIndex(form.complaint_class.findData(ComplaintClass.EXTERNAL.value))
    assert not form.save()
    assert "协调的外部单位" in (form.field_error_text("external_body") or "")
    assert form.field_error_text("description") is None


def test_lifecycle_walked_through_the_buttons(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, centre, centre.supervisor)
    form = page.form
    _fill_sheet(page, type_text, qtbot)
    assert form.save()
    complaint_id = form.record_id
    assert complaint_id is not None
    assert form.handler_button.isEnabled() and not form.verify_button.isEnabled()
    assert not form.callback_button.isEnabled() and not form.close_button.isEnabled()

    form.handler.setCurrentIndex(form.handler.findData(centre.steward))
    qtbot.mouseClick(form.handler_button, Qt.MouseButton.LeftButton)
    assert _stored(centre.db, complaint_id).handler_id == centre.steward
    assert "管家小王" in form.handler_info.text()

    type_text(form.action, "已上门查看，安排维修")
    form.client_informed.setChecked(True)
    form.action.setFocus()
    qtbot.keyClick(form.action, Qt.Key.Key_Return)  # Enter adds the line
    assert form.progress_table.rowCount() == 1
    assert form.progress_table.item(0, 2).text() == "已上门查看，安排维修"  # type: ignore[union-attr]
    assert _stored(centre.db, complaint_id).status is ComplaintStatus.HANDLING
    assert not form.first_response_button.isEnabled()

    type_text(form.resolution, "已更换防水层")
    qtbot.mouseClick(form.resolve_button, Qt.MouseButton.LeftButton)
    assert _stored(centre.db, complaint_id).status is ComplaintStatus.RESOLVED
    assert form.verify_button.isEnabled() and not form.resolve_button.isEnabled()

    qtbot.mouseClick(form.verify_button, Qt.MouseButton.LeftButton)
    stored = _stored(centre.db, complaint_id)
    assert stored.status is ComplaintStatus.VERIFIED and stored.verified_by_id == centre.supervisor
    assert form.callback_button.isEnabled()
    assert form.due_labels["callback_due"].text().startswith("2026-11-25")

    form.callback_satisfied.setCurrentIndex(0)  # satisfied
    type_text(form.callback_comments, "满意")
    qtbot.mouseClick(form.callback_button, Qt.MouseButton.LeftButton)
    stored = _stored(centre.db, complaint_id)
    assert stored.status is ComplaintStatus.CLOSED and stored.callback_satisfied
    assert "已关闭" in form.status_label.text()
    assert not form.callback_button.isEnabled() and form.reopen_button.isEnabled()
    assert form.history_table.rowCount() == 0, "the audit log is read when its tab is opened"
    form.tabs.setCurrentIndex(form.history_tab)
    assert form.history_table.rowCount() > 5

    # reopening asks for a reason and a confirmation
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("客户又来电说漏水", True))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not form.reopen()
    assert asked and "客户又来电说漏水" in asked[0]
    assert _stored(centre.db, complaint_id).status is ComplaintStatus.CLOSED
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert form.reopen()
    stored = _stored(centre.db, complaint_id)
    assert stored.status is ComplaintStatus.HANDLING and stored.reopen_count == 1


def test_illegal_actions_show_the_rule(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, centre, centre.receptionist)
    form = page.form
    _fill_sheet(page, type_text, qtbot)
    assert form.save()
    # R3: a receptionist may not designate the handler: the button says so (issue 17:
    # it was enabled and then refused), and the step refuses anyway
    assert not form.handler_button.isEnabled() and "R3" in form.handler_button.toolTip()
    form.handler.setCurrentIndex(form.handler.findData(centre.steward))
    assert not form.designate_handler()
    assert "指定投诉处理专人" in form.banner.text() and "R3" in form.banner.text()
    # R7: closing an open complaint (the button is disabled; the rule says why anyway)
    assert not form.close_button.isEnabled()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert not form.close_complaint()
    assert "R7" in form.banner.text()
    # R5: resolving needs the text, shown next to the box
    assert not form.resolve()
    assert form.field_error_text("resolution") == "请填写处理结果"
    assert form.tabs.currentIndex() == 1


def test_due_time_tooltip_explains_itself(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    page = _page(qtbot, centre, centre.receptionist)
    _fill_sheet(page, type_text, qtbot)
    assert page.form.save()
    label = page.form.due_labels["first_response_due"]
    assert label.text() == "2026-11-23 16:00 前"
    tip = label.toolTip()
    assert "受理时间：2026-11-20 周五 16:00" in tip
    assert "11月20日 周五 计 2 小时" in tip and "11月23日 周一 计 7 小时" in tip
    assert "R3" in page.form.due_labels["handler_due"].toolTip()
    assert page.form.due_labels["callback_due"].toolTip() == ""


def test_callback_to_a_client_who_refuses_asks_first(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with centre.db.begin(actor_id=centre.supervisor) as session:
        complaint = complaints.register_complaint(
            session,
            received_at=centre.clock.now(),
            channel=Channel.VISIT,
            description="噪音",
            client_id=centre.li,
        )
        complaints.classify(
            session,
            complaint.id,
            ComplaintClass.PROPERTY_SERVICE,
            business_line=BusinessLine.SECURITY,
            root_cause=RootCause.SERVICE_SKILL,
        )
        complaints.resolve(session, complaint.id, "已协调")
        complaints.verify(session, complaint.id)
        complaint_id = complaint.id
    with centre.db.begin(
        actor_id=centre.supervisor
    ) as session:  # verify exempted it (R6 d); undo for the test
        stored = complaints.load_complaint(session, complaint_id)
        stored.callback_exemption = None
    page = _page(qtbot, centre, centre.supervisor)
    page.open_record(complaint_id)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert not page.form.record_callback()
    assert asked and "李四" in asked[0]
    assert _stored(centre.db, complaint_id).status is ComplaintStatus.VERIFIED
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.form.record_callback()
    assert _stored(centre.db, complaint_id).status is ComplaintStatus.CLOSED


def test_linked_complainants_and_list_filters(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    page = _page(qtbot, centre, centre.receptionist)
    _fill_sheet(page, type_text, qtbot)
    assert page.form.save()
    form = page.form
    form.tabs.setCurrentIndex(3)
    type_text(form.link_client.search_box, "ls")
    form.link_client.search_now()
    assert form.link_client.client_id() == centre.li
    assert "R12" in form.link_client.warning.text()
    assert form.link_complainant()
    assert form.people_table.rowCount() == 1
    assert not form.link_complainant()  # nobody chosen
    assert "投诉人姓名或电话" in (form.field_error_text("link_client_id") or "")
    assert "投诉人数 2" in form.counts_label.text()

    view = page.list_view
    assert view.row_count() == 1
    overdue = view.filter_boxes[2]
    overdue.setCurrentIndex(1)  # any clock overdue: not yet at 10:00 on Monday
    assert view.row_count() == 0
    centre.clock.advance(datetime(2026, 11, 23, 17, 0, tzinfo=SH) - centre.clock.now())
    view.refresh()
    assert view.row_count() == 1


def test_the_sheet_prints_through_the_preview(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.print_preview import PrintPreviewDialog

    page = _page(qtbot, centre, centre.receptionist)
    assert not page.form.print_sheet_button.isEnabled(), "nothing to print before it is saved"
    _fill_sheet(page, type_text, qtbot)
    _save_with_ctrl_s(page, qtbot)
    assert page.form.record_id is not None
    again = _page(qtbot, centre, centre.receptionist)
    again.open_record(page.form.record_id)
    form = again.form
    assert form.print_sheet_button.isEnabled()
    # 一类 (property service) and not major: no developer notice, no dossier
    assert not form.print_notice_button.isEnabled() and form.print_notice_button.isHidden()
    assert not form.print_dossier_button.isEnabled()
    form.print_sheet_button.click()

    def preview() -> PrintPreviewDialog | None:
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()
        ]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=15000)
    shown = preview()
    assert shown is not None and shown.total_pages >= 1 and "顾客投诉处理记录表" in shown.windowTitle()
    # issue 15: a PDF saved from the preview is named after the record, not the title alone
    number = _stored(centre.db, page.form.record_id).number
    assert shown.file_name == f"顾客投诉处理记录表-{number}.pdf"
    shown.close()


def test_a_complaint_without_handler_does_not_keep_the_previous_ones(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    """Issue 15: open a complaint with a handler, then one without: 处理人 and 部门 kept
    the previous person, and 指定专人 would have assigned the wrong one."""
    page = _page(qtbot, centre, centre.supervisor)
    form = page.form
    _fill_sheet(page, type_text, qtbot)
    assert form.save()
    first = form.record_id
    assert first is not None
    form.handler.setCurrentIndex(form.handler.findData(centre.steward))
    form.department.setCurrentIndex(1)
    chosen_department = form.department.currentData()
    assert chosen_department is not None and form.designate_handler()
    form.start_new()
    _fill_sheet(page, type_text, qtbot)
    assert form.save()
    second = form.record_id
    page.open_record(first)
    assert form.handler.currentData() == centre.steward
    assert form.department.currentData() == chosen_department
    page.open_record(second)
    assert form.handler.currentData() is None and form.department.currentData() is None


def test_due_time_explanation_reached_by_tab(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    """Issue 15: the explanation is not only a hover tooltip: Tab reaches a due time and
    the box below the due times shows how it was computed."""
    page = _page(qtbot, centre, centre.receptionist)
    _fill_sheet(page, type_text, qtbot)
    assert page.form.save()
    label = page.form.due_labels["first_response_due"]
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.window().activateWindow()
    label.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(label.hasFocus)
    assert "受理时间：2026-11-20 周五 16:00" in page.form.due_explanation.text()


def test_the_attachments_page_is_not_drawn_over_the_sheet(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    """Opening a saved complaint makes the 附件 tab visible; its page must stay hidden
    behind the current tab (QTabWidget.setTabVisible showed it over the sheet)."""
    page = _page(qtbot, centre, centre.receptionist)
    _fill_sheet(page, type_text, qtbot)
    assert page.form.save()
    page.open_record(page.form.record_id)
    assert page.form.tabs.currentIndex() == 0
    assert not page.form.attachments.isVisible()


def test_group_and_extreme_risk_flags_reach_the_department_head(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    """R23 (issue 14): before, there was no 过激 flag and a group complaint told nobody."""
    from desk_app.models import Staff
    from desk_app.models.enums import NotificationEvent, StaffRole
    from desk_app.services import notifications

    with centre.db.begin() as session:
        head = Staff(login="li", name="李经理", role=StaffRole.DEPARTMENT_HEAD)
        session.add(head)
        session.flush()
        head_id = head.id
    page = _page(qtbot, centre, centre.steward)
    _fill_sheet(page, type_text, qtbot)
    page.form.group_marked.setChecked(True)
    page.form.extreme_risk.setChecked(True)
    _save_with_ctrl_s(page, qtbot)
    assert page.form.field_error_text("extreme_risk_note") == "请填写过激行为风险说明（R23）"
    type_text(page.form.extreme_note, "扬言要拉横幅")
    _save_with_ctrl_s(page, qtbot)
    assert page.form.record_id is not None, page.form.banner.text()
    stored = _stored(centre.db, page.form.record_id)
    assert stored.group_marked and stored.extreme_risk and stored.extreme_risk_note == "扬言要拉横幅"
    with centre.db.read() as session:
        events = sorted(line.event for line in notifications.inbox(session, head_id))
    assert events == sorted([NotificationEvent.GROUP_COMPLAINT, NotificationEvent.EXTREME_RISK])
    again = _page(qtbot, centre, centre.steward)
    again.open_record(stored.id)
    assert again.form.group_marked.isChecked() and again.form.extreme_risk.isChecked()
    assert not again.form.extreme_risk.isEnabled()  # the flag stays on record


def test_a_web_reply_is_drafted_approved_and_posted_on_the_sheet(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
) -> None:
    """R1w amended (issue 14): before, a web reply was stored at once."""
    from desk_app.models import Staff
    from desk_app.models.enums import Channel, StaffRole
    from desk_app.services import complaints as complaint_service

    with centre.db.begin(actor_id=centre.receptionist) as session:
        head = Staff(login="li", name="李经理", role=StaffRole.DEPARTMENT_HEAD, cleared_to_work_alone=True)
        session.add(head)
        complaint = complaint_service.register_complaint(
            session, received_at=centre.clock.now(), channel=Channel.WEB, description="论坛：楼道堆满杂物"
        )
        session.flush()
        head_id, complaint_id = head.id, complaint.id
    page = _page(qtbot, centre, centre.steward)
    page.open_record(complaint_id)
    form = page.form
    assert not form.first_response_button.isVisible() and form.web_draft_button.isEnabled()
    assert not form.web_post_button.isEnabled()
    type_text(form.first_response_text, "已安排保洁今天下午清理楼道")
    form.web_draft_button.click()
    assert "待部门负责人审批" in form.first_response_info.text()
    # the steward may not approve: the button says why, and the step refuses anyway
    assert not form.web_approve_button.isEnabled()
    assert "部门负责人审批" in form.web_approve_button.toolTip()
    assert not form.approve_web_reply()
    assert "部门负责人审批" in form.banner.text()
    boss = _page(qtbot, centre, head_id)
    boss.open_record(complaint_id)
    boss.form.web_approve_button.click()
    assert "已" in boss.form.banner.text(), boss.form.banner.text()
    again = _page(qtbot, centre, centre.steward)
    again.open_record(complaint_id)
    assert again.form.web_post_button.isEnabled() and "已审批" in again.form.first_response_info.text()
    again.form.web_post_button.click()
    assert _stored(centre.db, complaint_id).first_response_text == "已安排保洁今天下午清理楼道"
