"""Issue 15: the staff boxes (留言给, 处理人, 接听人) list people by pinyin with their
department, and typing initials, pinyin or a name finds a person."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from desk_app.services import references
from desk_app.ui.complaint_page import ComplaintPage
from desk_app.ui.staff_finder import StaffFinder
from desk_app.ui.worklog_page import WorklogPage
from tests.ui.reception_centre import Centre, centre, sqlite_db  # noqa: F401


def _people(box: QComboBox) -> list[str]:
    return [box.itemText(index) for index in range(1, box.count())]


def _type(qtbot: QtBot, box: QComboBox, text: str) -> str:
    box.setCurrentIndex(0)
    finder = box.findChild(StaffFinder)
    assert finder is not None
    finder.reset()  # what a pause in typing does
    box.setFocus()
    for char in text:  # QTest cannot type Chinese: the key events an input method sends
        QApplication.sendEvent(box, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
    return box.currentText()


def test_staff_entries_by_pinyin_with_department(centre: Centre) -> None:  # noqa: F811
    with centre.db.read() as session:
        labels = [label for _id, label in references.staff_choices(session)]
    # by code point 朱 (U+6731) came first; by pinyin: guan, qian, zhu
    assert labels == ["管家小王 · 客服部", "钱前台", "朱主管 · 客服部"]


def test_worklog_boxes_sorted_and_found_by_typing(qtbot: QtBot, centre: Centre) -> None:  # noqa: F811
    page = WorklogPage(centre.context(centre.receptionist))
    qtbot.addWidget(page)
    page.show()
    form = page.form
    for box in (form.message_for_box, form.taken_by_box):
        assert _people(box) == ["管家小王 · 客服部", "钱前台", "朱主管 · 客服部"]
    assert _type(qtbot, form.message_for_box, "qqt") == "钱前台", "initials"
    assert _type(qtbot, form.message_for_box, "zhu") == "朱主管 · 客服部", "full pinyin"
    assert _type(qtbot, form.taken_by_box, "管家") == "管家小王 · 客服部", "the name"
    form.taken_by_box.setFocus()
    qtbot.keyClick(form.taken_by_box, Qt.Key.Key_Backspace)
    assert form.taken_by_box.currentText() == "管家小王 · 客服部"


def test_complaint_handler_found_by_initials(qtbot: QtBot, centre: Centre) -> None:  # noqa: F811
    page = ComplaintPage(centre.context(centre.supervisor))
    qtbot.addWidget(page)
    page.show()
    handler = page.form.handler
    assert _people(handler) == ["管家小王 · 客服部", "钱前台", "朱主管 · 客服部"]
    assert _type(qtbot, handler, "gjxw") == "管家小王 · 客服部"
    assert handler.currentData() == centre.steward
