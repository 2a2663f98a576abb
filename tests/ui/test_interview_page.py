"""The client interview record (顾客访谈记录表): fill, save, reopen; checks next to
their fields; R12 asks before recording; R13q suggests the interviewer from the
client's hometown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.models import Interview
from desk_app.models.database import Database
from desk_app.models.enums import ContactForm, Satisfaction
from desk_app.ui.interview_page import InterviewPage
from desk_app.ui.pages import PAGE_CLASSES
from tests.ui.reception_centre import Centre, build_centre, centre, sqlite_db  # noqa: F401

TypeText = Callable[[object, str], None]


def _page(qtbot: QtBot, place: Centre, staff_id: int) -> InterviewPage:
    page = InterviewPage(place.context(staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _choose_client(page: InterviewPage, text: str, type_text: TypeText) -> None:
    type_text(page.form.client.search_box, text)
    page.form.client.search_now()


def _stored(db: Database, interview_id: int) -> Interview:
    with db.read() as session:
        interview = session.get(Interview, interview_id)
        assert interview is not None
        return interview


def test_registered_in_pages() -> None:
    assert PAGE_CLASSES["interviews"] == "desk_app.ui.interview_page:InterviewPage"


def test_fill_save_reopen_on_both_backends(qtbot: QtBot, db: Database, type_text: TypeText) -> None:
    place = build_centre(db)
    page = _page(qtbot, place, place.receptionist)
    form = page.form
    _choose_client(page, "zs", type_text)
    assert form.client.client_id() == place.zhang and form.room.text() == "3-2-1201"
    # R13q: the steward from 湖南长沙 is suggested first for 张三 from 湖南长沙
    assert "管家小王（同乡：湖南长沙" in form.suggestions.text()
    qtbot.mouseClick(form.suggest_button, Qt.MouseButton.LeftButton)
    assert form.interviewer.currentData() == place.steward
    form.interview_date.set_value(date(2026, 11, 20))
    form.form.setCurrentIndex(form.form.findData(ContactForm.PHONE.value))
    form.topic_boxes["security"].setChecked(True)
    form.topic_boxes["cleaning"].setChecked(True)
    type_text(form.client_needs, "希望加强夜间巡逻")
    type_text(form.measures, "已调整巡逻路线")
    form.overall_satisfaction.setCurrentIndex(
        form.overall_satisfaction.findData(Satisfaction.SATISFIED.value)
    )
    form.advice_boxes["close_doors_windows"].setChecked(True)
    form.client_needs.setFocus()
    qtbot.keyClick(form.client_needs, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.record_id is not None, form.banner.text()
    stored = _stored(db, form.record_id)
    assert stored.number.startswith("FT-") and stored.topics == ["security", "cleaning"]
    assert stored.interviewer_id == place.steward and stored.safety_advice == ["close_doors_windows"]

    again = _page(qtbot, place, place.receptionist)
    again.open_record(stored.id)
    form = again.form
    assert form.client.client_id() == place.zhang
    assert form.interview_date.typed_date() == date(2026, 11, 20)
    assert form.form.currentData() == ContactForm.PHONE.value
    assert [code for code, box in form.topic_boxes.items() if box.isChecked()] == ["security", "cleaning"]
    assert form.client_needs.toPlainText() == "希望加强夜间巡逻"
    assert form.overall_satisfaction.currentData() == Satisfaction.SATISFIED.value
    assert stored.number in form.number_label.text()
    assert form.print_button.isEnabled() and form.print_button.record_id == stored.id
    # a correction is saved on the same record
    type_text(form.completion, "已完成")
    assert form.save()
    assert _stored(db, stored.id).completion == "已完成"


def test_checks_land_next_to_their_fields(qtbot: QtBot, centre: Centre, type_text: TypeText) -> None:  # noqa: F811
    page = _page(qtbot, centre, centre.receptionist)
    form = page.form
    assert not form.save()
    assert form.field_error_text("client_id") == "请选择客户"
    _choose_client(page, "张三", type_text)
    assert not form.save()
    assert form.field_error_text("interviewer_id") == "请选择访谈人"
    form.interviewer.setCurrentIndex(form.interviewer.findData(centre.receptionist))
    assert not form.save()
    assert "不做客户访谈" in (form.field_error_text("interviewer_id") or "")
    form.interviewer.setCurrentIndex(form.interviewer.findData(centre.steward))
    assert not form.save()
    assert form.field_error_text("topics") == "请至少选择一个访谈主题"
    form.topic_boxes["maintenance"].setChecked(True)
    form.interview_date.set_value(date(2026, 12, 1))
    assert not form.save()
    assert "晚于今天" in (form.field_error_text("interview_date") or "")
    assert form.topic_boxes["maintenance"].isChecked()  # nothing typed is lost


def test_do_not_disturb_asks_before_recording(
    qtbot: QtBot,
    centre: Centre,  # noqa: F811
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, centre, centre.receptionist)
    form = page.form
    _choose_client(page, "3-2-1301", type_text)
    assert "R12" in form.client.warning.text() and not form.client.warning.isHidden()
    form.interviewer.setCurrentIndex(form.interviewer.findData(centre.steward))
    form.topic_boxes["cleaning"].setChecked(True)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        def question(*args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return button

        monkeypatch.setattr(QMessageBox, "question", question)

    answer(QMessageBox.StandardButton.No)
    assert not form.save()
    assert asked and "李四" in asked[0] and "嫌打扰" in asked[0]
    assert form.record_id is None and form.is_dirty()
    answer(QMessageBox.StandardButton.Yes)
    assert form.save()
    assert form.record_id is not None
    assert _stored(centre.db, form.record_id).client_id == centre.li
