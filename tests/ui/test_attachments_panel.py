"""The attachments panel (issue 16): on the five record screens for a saved record only;
adds several files from the file dialog or by drag and drop (a renamed program is
refused and named), views one through the system viewer, voids one with a reason and a
confirmation; keyboard: Insert, Enter, Delete in the list. An attached photo is the R15
refusal evidence on the notice form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.models import Attachment, AttachmentOwner, RectificationNotice
from desk_app.models.database import Database
from desk_app.models.enums import Channel, DisputeType, MediaContactMode, ReminderKind, ServiceResult
from desk_app.services import complaints, disputes, reception, reminder_cases
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.complaint_page import ComplaintPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.dispute_page import DisputePage
from desk_app.ui.media_visits_page import MediaVisitsPage
from desk_app.ui.rectification_notice_page import RectificationNoticeForm, RectificationNoticePage
from desk_app.ui.reminder_slip_page import ReminderSlipPage
from tests.attachment_files import EXE, jpeg, pdf
from tests.ui.book_pages import NOW, choose, open_page, press_save, type_into

pytestmark = pytest.mark.usefixtures("no_dialogs")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"photo": tmp_path / "IMG_0001.jpg", "scan": tmp_path / "回执.pdf", "exe": tmp_path / "照片.jpg"}
    paths["photo"].write_bytes(jpeg())
    paths["scan"].write_bytes(pdf())
    paths["exe"].write_bytes(EXE)
    return paths


def _notice_page(qtbot: QtBot, db: Database, ids: dict[str, int]) -> tuple[Any, RectificationNoticeForm]:
    page = open_page(qtbot, RectificationNoticePage, db, ids["desk"])
    form = page.book_form
    assert isinstance(form, RectificationNoticeForm)
    return page, form


def test_the_panel_on_a_notice_add_view_void_by_keyboard(
    qtbot: QtBot,
    book_db: Database,
    book_ids: dict[str, int],
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, form = _notice_page(qtbot, book_db, book_ids)
    panel = form.attachments
    assert not panel.isVisible()  # a new record: save first
    type_into(qtbot, form, "room_id", "3-2-1201")
    type_into(qtbot, form, "issue_description", "露台违章搭建阳光房")
    type_into(qtbot, form, "required_action", "拆除阳光房，恢复原状")
    type_into(qtbot, form, "deadline", "2026-11-30")
    press_save(qtbot, page)
    assert form.record_id is not None and panel.isVisible()
    assert panel.list.count() == 1 and panel.list.item(0).text() == "还没有附件。"
    assert not panel.view_button.isEnabled() and not panel.void_button.isEnabled()

    # R15: a refusal without witness or photo is refused …
    choose(form, "service_result", ServiceResult.REFUSED.value)
    form.service_button.click()
    assert "附件" in form.field_error_text("refusal_witness")

    # … Insert in the list opens the file dialog; a renamed program is named and refused
    warnings: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        lambda *a, **k: ([str(files["photo"]), str(files["scan"]), str(files["exe"])], ""),
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Insert)
    assert [info.file_name for info in panel.items] == ["IMG_0001.jpg", "回执.pdf"]
    assert (
        len(warnings) == 1 and "照片.jpg" in warnings[0] and "不是 JPEG、PNG 照片或 PDF 扫描件" in warnings[0]
    )
    assert panel.status.text() == "已添加 2 个附件。"
    assert not panel.list.item(0).icon().isNull()  # the thumbnail
    assert "照片 640×480" in panel.list.item(0).text() and "PDF 1 页" in panel.list.item(1).text()

    # … and with the photo attached the refusal is accepted
    form.service_button.click()
    assert "拍照取证，附照片1张" in form.history_label.text()
    with book_db.read() as session:
        assert session.scalars(select(RectificationNotice)).one().service_result is ServiceResult.REFUSED

    # Enter views the current file through the system viewer (a temporary copy)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert len(opened) == 1 and opened[0].fileName() == "IMG_0001.jpg"
    assert Path(opened[0].toLocalFile()).read_bytes() == files["photo"].read_bytes()

    # Delete voids after a reason and a confirmation (No first: nothing happens)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("扫描重复", True))
    answers = [QMessageBox.StandardButton.No]
    questions: list[str] = []

    def question(_p: Any, _t: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        questions.append(text)
        return answers.pop() if answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert len(panel.items) == 2
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "回执.pdf" in questions[-1] and "扫描重复" in questions[-1]
    assert [info.file_name for info in panel.items] == ["IMG_0001.jpg"]
    assert panel.status.text() == "附件“回执.pdf”已作废。"
    assert "拍照取证，附照片1张" in form.history_label.text()  # refreshed, the scan was no photo
    # the only refusal photo stays (R15): the refusal is shown next to the list
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "唯一取证照片" in panel.status.text() and len(panel.items) == 1
    with book_db.read() as session:
        assert (
            session.scalar(select(Attachment.void_reason).where(Attachment.file_name == "回执.pdf"))
            == "扫描重复"
        )

    # the buttons are in the tab order after the list
    assert panel.list.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert QWidget.nextInFocusChain(panel.list) is not None
    for button in (panel.add_button, panel.view_button, panel.void_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_files_dropped_on_the_panel_are_added(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int], files: dict[str, Path]
) -> None:
    with book_db.begin(actor_id=book_ids["desk"]) as session:
        case_id = reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location="3栋2单元12楼").id
    panel = AttachmentsPanel(DeskContext(book_db, book_ids["desk"]), AttachmentOwner.REMINDER_CASE)
    qtbot.addWidget(panel)
    panel.set_record(case_id)
    panel.show()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(files["photo"]))])
    event = QDropEvent(
        QPointF(QPoint(10, 10)),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    assert [info.file_name for info in panel.items] == ["IMG_0001.jpg"]


def test_every_record_screen_has_the_panel_for_a_saved_record(
    qtbot: QtBot, book_db: Database, book_ids: dict[str, int]
) -> None:
    with book_db.begin(actor_id=book_ids["desk"]) as session:
        complaint = complaints.register_complaint(
            session, received_at=NOW, channel=Channel.CALL, description="电梯噪音扰民"
        ).id
        dispute = disputes.record_dispute(
            session, dispute_type=DisputeType.NOISE, description="楼上深夜噪音", complainant_room="3-2-1201"
        ).id
        case = reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location="3栋2单元12楼").id
        visit = reception.register_media_contact(
            session, contact_mode=MediaContactMode.VISIT, outlet="晚报", reporter="记者甲", topic="停车难"
        ).media_visit.id
    context = DeskContext(book_db, book_ids["desk"])
    for page_class, record_id, kind in (
        (ComplaintPage, complaint, AttachmentOwner.COMPLAINT),
        (DisputePage, dispute, AttachmentOwner.DISPUTE),
        (ReminderSlipPage, case, AttachmentOwner.REMINDER_CASE),
        (MediaVisitsPage, visit, AttachmentOwner.MEDIA_VISIT),
    ):
        page = page_class(context)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        panel = page.findChild(AttachmentsPanel)
        assert panel is not None and panel.owner_kind is kind, page_class
        assert panel.record_id is None
        page.open_record(record_id)
        assert panel.record_id == record_id, page_class
        page.start_new()
        assert panel.record_id is None, page_class
