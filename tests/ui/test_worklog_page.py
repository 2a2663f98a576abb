"""工作信息记录表 screen: a call logged from the keyboard alone (F2 → saved record),
5W1H message mode, 投诉 → complaint opened, 报修 → dispatch slip, R16 and R17 shown,
validation next to the field, reopen shows the values."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.models import (
    Building,
    Client,
    ClientImportance,
    ClientPhone,
    ClientRoom,
    Complaint,
    DispatchSlip,
    MediaVisit,
    Room,
    Staff,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ImportanceCategory, StaffRole, WorkLogStatus
from desk_app.services.clients import name_initials
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.worklog_page import WorklogPage


@dataclass
class Counter:
    db: Database
    receptionist: int
    trainee: int
    colleague: int
    client: int
    room: int


def seed(db: Database) -> Counter:
    with db.begin() as session:
        receptionist = Staff(
            login="qian", name="前台小钱", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True
        )
        trainee = Staff(
            login="sun", name="新人小孙", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=False
        )
        colleague = Staff(
            login="wang", name="管家小王", role=StaffRole.SERVICE_STAFF, cleared_to_work_alone=True
        )
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        client = Client(name="张三", name_initials=name_initials("张三"))
        client.rooms.append(ClientRoom(room=room))
        client.phones.append(ClientPhone(phone="13812345678"))
        client.importance.append(ClientImportance(category=ImportanceCategory.GOVERNMENT_OR_MEDIA))
        session.add_all([receptionist, trainee, colleague, client])
        session.flush()
        return Counter(db, receptionist.id, trainee.id, colleague.id, client.id, room.id)


@pytest.fixture
def counter(tmp_path: Path) -> Iterator[Counter]:
    db, _ = open_database(f"sqlite:///{tmp_path}/worklog.sqlite3")
    try:
        yield seed(db)
    finally:
        db.dispose()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are recorded, never shown."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer: Any) -> Any:
        def box(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> Any:
            shown.append((kind, text))
            return answer

        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Discard))
    return shown


def make_page(qtbot: QtBot, counter: Counter, staff_id: int | None = None) -> tuple[WorklogPage, DeskContext]:
    context = DeskContext(counter.db, counter.receptionist if staff_id is None else staff_id)
    page = WorklogPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.new_entry_shortcut is not None)
    return page, context


def entries(db: Database) -> list[WorkLogEntry]:
    with db.read() as session:
        return list(session.scalars(select(WorkLogEntry).order_by(WorkLogEntry.id)))


def ime(widget: QWidget, text: str) -> None:
    """Type Chinese as an input method does (QTest.keyClicks types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focused() -> object:
    return QApplication.focusWidget()


def test_a_call_from_the_keyboard_alone(qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]) -> None:
    page, context = make_page(qtbot, counter)
    form = page.worklog_form
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_F2)
    assert focused() is form.lookup.edit  # F2: new entry, cursor in the client box
    qtbot.keyClicks(form.lookup.edit, "321201")
    qtbot.keyClick(form.lookup.edit, Qt.Key.Key_Return)  # look up now and pick the best match
    assert form.lookup.match is not None and form.lookup.match.client_id == counter.client
    assert form.lookup.text() == "3-2-1201 张三 [重要]"
    assert form.contact_name_edit.text() == "张三" and form.contact_phone_edit.text() == "13812345678"
    # a known caller: name and phone filled, 渠道 already 来电, so on to 类别 (issue 15)
    assert form.channel_row.value() == "call"
    assert focused() is form.category_row.buttons[0]
    qtbot.keyClick(focused(), "1")  # 1 咨询
    assert focused() is form.content_edit
    qtbot.keyClicks(form.content_edit, "Parking fee for visitors?")  # QTest types ASCII only
    qtbot.keyClick(form.content_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    (entry,) = entries(counter.db)
    assert entry.channel is Channel.CALL and entry.category is Category.ENQUIRY
    assert entry.client_id == counter.client and entry.room_id == counter.room
    assert entry.content == "Parking fee for visitors?" and entry.taken_by_id == counter.receptionist
    assert not form.is_dirty() and form.record_id == entry.id
    assert entry.number in form.banner.text()
    assert boxes == []

    # Reopen: the values come back, the intake is locked, handling can be updated.
    form.reset()
    page.open_record(entry.id)
    assert form.content_edit.toPlainText() == "Parking fee for visitors?"
    assert form.lookup.text() == "3-2-1201 张三 [重要]"
    assert form.channel_row.value() == "call" and form.category_row.value() == "enquiry"
    assert form.content_edit.isReadOnly()
    ime(form.result_edit, "已告知收费标准")
    form.status_box.setCurrentIndex(form.status_box.findData(WorkLogStatus.DONE.value))
    assert form.save()
    (entry,) = entries(counter.db)
    assert entry.result == "已告知收费标准" and entry.status is WorkLogStatus.DONE
    assert context.staff_id == counter.receptionist


def test_popup_keys_escape_and_arrows(qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]) -> None:
    page, _context = make_page(qtbot, counter)
    lookup = page.worklog_form.lookup
    page.new_entry()
    qtbot.keyClicks(lookup.edit, "zs")
    qtbot.waitUntil(lookup.popup_visible)
    assert lookup.popup_texts()[0].startswith("3-2-1201 张三 [重要]")
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Escape)
    assert not lookup.popup_visible() and lookup.match is None and lookup.text() == "zs"
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Down)  # opens the list again
    assert lookup.popup_visible()
    qtbot.keyClick(lookup.edit, Qt.Key.Key_Return)
    assert lookup.match is not None and lookup.match.name == "张三"
    qtbot.keyClicks(lookup.edit, "x")  # typing again drops the pick
    assert lookup.match is None
    qtbot.keyClick(lookup.anonymous_box, Qt.Key.Key_Space)
    assert lookup.anonymous and not lookup.edit.isEnabled()


def test_validation_lands_next_to_the_field_and_keeps_the_input(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    ime(form.contact_name_edit, "李先生")
    assert not form.save()
    assert form.field_error_text("category") == "请选择类别（按数字键 1–7）"
    form.category_row.set_value(Category.ENQUIRY.value)
    assert not form.save()
    assert "来电/来访内容" in (form.field_error_text("content") or "")
    assert form.contact_name_edit.text() == "李先生" and entries(counter.db) == []


def test_r16_a_trainee_cannot_take_a_call(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, _context = make_page(qtbot, counter, staff_id=counter.trainee)
    form = page.worklog_form
    page.new_entry()
    form.category_row.set_value(Category.ENQUIRY.value)
    ime(form.content_edit, "问快递放哪里")
    assert not form.save()
    assert "尚未独立上岗" in (form.field_error_text("taken_by_id") or "")
    assert form.content_edit.toPlainText() == "问快递放哪里" and entries(counter.db) == []


def test_message_mode_lands_in_the_colleagues_inbox(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    ime(form.contact_name_edit, "李先生")
    form.category_row.set_value(Category.OTHER.value)
    ime(form.content_edit, "找管家小王")
    form.message_group.setChecked(True)
    assert not form.save()
    assert form.field_error_text("message_for_id") == "请选择留言给哪位同事"
    form.message_for_box.setCurrentIndex(form.message_for_box.findData(counter.colleague))
    assert not form.save()
    assert "What" in (form.field_error_text("message_what") or "")
    ime(form.message_what_edit, "请回电确认装修时间")
    ime(form.message_when_edit, "今天下午")
    form.reply_needed_box.setChecked(True)
    assert form.save()
    (entry,) = entries(counter.db)
    assert entry.message_for_id == counter.colleague and entry.message_what == "请回电确认装修时间"
    assert entry.message_when == "今天下午" and entry.reply_needed
    assert "管家小王" in form.banner.text()


def test_complaint_opens_the_complaint_sheet(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    form.lookup.set_client(counter.client, counter.room)
    form.category_row.set_value(Category.COMPLAINT.value)
    ime(form.content_edit, "楼上漏水到我家卫生间")
    with qtbot.waitSignal(context.openRequested) as opened:
        assert form.save()
    with counter.db.read() as session:
        (complaint,) = session.scalars(select(Complaint)).all()
        assert complaint.description == "楼上漏水到我家卫生间" and complaint.client_id == counter.client
    assert opened.args == ["complaints", complaint.id]
    assert complaint.number in form.banner.text()


def test_repair_makes_a_dispatch_slip_and_says_its_number(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    form.channel_row.set_value(Channel.VISIT.value)
    form.category_row.set_value(Category.REPAIR.value)
    ime(form.contact_name_edit, "王女士")
    ime(form.content_edit, "厨房水龙头漏水")
    assert form.save()
    with counter.db.read() as session:
        (slip,) = session.scalars(select(DispatchSlip)).all()
    assert slip.content == "厨房水龙头漏水" and slip.number in form.banner.text()
    assert "派工单" in form.banner.text()


def test_media_call_warns_and_raises_the_alert(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    assert form.media_warning.isHidden()
    form.channel_row.set_value(Channel.MEDIA.value)
    assert not form.media_warning.isHidden() and "不接受电话采访" in form.media_warning.text()
    form.category_row.set_value(Category.ENQUIRY.value)
    ime(form.contact_name_edit, "某报记者")
    ime(form.content_edit, "想了解小区停车位纠纷")
    assert form.save()
    assert [kind for kind, _text in boxes] == ["warning"] and "主管" in boxes[0][1]
    with counter.db.read() as session:
        assert len(session.scalars(select(MediaVisit)).all()) == 1


def test_unsaved_input_survives_a_refused_f2(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    ime(form.content_edit, "说到一半")
    page.new_entry()  # asks; Cancel keeps the input
    assert form.content_edit.toPlainText() == "说到一半"


def test_round_trip_on_each_backend(qtbot: QtBot, db: Database, boxes: list[tuple[str, str]]) -> None:
    counter = seed(db)
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    form.lookup.set_client(counter.client, counter.room)
    form.channel_row.set_value(Channel.VISIT.value)
    form.category_row.set_value(Category.SUGGESTION.value)
    ime(form.content_edit, "建议增加快递柜")
    form.assigned_staff_box.setCurrentIndex(form.assigned_staff_box.findData(counter.colleague))
    assert form.save()
    saved_id = form.record_id
    assert saved_id is not None
    form.reset()
    page.open_record(saved_id)
    values = form.collect()
    assert values["content"] == "建议增加快递柜" and values["channel"] == "visit"
    assert values["category"] == "suggestion" and values["client_id"] == counter.client
    assert values["assigned_staff_id"] == counter.colleague and values["room_id"] == counter.room


def test_f2_offers_back_what_a_crash_left(
    qtbot: QtBot, counter: Counter, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    form.drafts.save("worklog-new", {**form.collect(), "content": "断电前记到一半"})
    page.new_entry()
    assert form.content_edit.toPlainText() == "断电前记到一半" and form.is_dirty()
    assert asked == ["恢复未保存的内容"]


def test_choice_rows_wrap_instead_of_widening_the_form(qtbot: QtBot) -> None:
    """Long labels (English) go onto more rows; a wide row keeps them on one, and the
    digit keys still pick by number whatever the arrangement."""
    from desk_app.ui.worklog_page import ChoiceRow

    choices = tuple((f"c{n}", f"A rather long choice label {n}") for n in range(1, 8))
    row = ChoiceRow(choices)
    qtbot.addWidget(row)
    widest = max(button.sizeHint().width() for button in row.buttons)
    assert row.minimumSizeHint().width() <= 2 * widest + row.grid.horizontalSpacing()
    row.resize(2 * widest + 20, 200)
    row.show()
    qtbot.waitExposed(row)
    assert row.per_row == 2
    positions = {row.grid.getItemPosition(row.grid.indexOf(button))[:2] for button in row.buttons}
    assert len(positions) == 7 and max(r for r, _c in positions) == 3  # four rows of two
    row.resize(8 * widest + 100, 200)
    qtbot.waitUntil(lambda: row.per_row == 7)
    row.buttons[0].setFocus()
    qtbot.keyClick(row.buttons[0], Qt.Key.Key_5)
    assert row.value() == "c5"


def test_the_today_filter_follows_the_programs_clock(qtbot: QtBot, tmp_path: Path) -> None:
    """ "今天" is read from the program's clock when the list is read: a list left open
    past midnight moves on with the day (it was fixed when the page was built)."""
    from datetime import datetime, timedelta

    from desk_app.clock import DEFAULT_ZONE, FixedClock
    from desk_app.ui.record_list import RecordListView
    from desk_app.ui.worklog_page import worklog_list

    clock = FixedClock(datetime(2026, 11, 23, 22, 0, tzinfo=DEFAULT_ZONE))
    db, _ = open_database(f"sqlite:///{tmp_path / 'today.sqlite3'}", clock=clock)
    try:
        with db.begin() as session:
            session.add(
                WorkLogEntry(
                    number="GZ-202611-0001",
                    received_at=datetime(2026, 11, 23, 9, 0, tzinfo=DEFAULT_ZONE),
                    channel=Channel.CALL,
                    category=Category.ENQUIRY,
                    content="问停车",
                    status=WorkLogStatus.DONE,
                )
            )
        context = DeskContext(db)
        view = RecordListView(context, worklog_list(context))
        qtbot.addWidget(view)
        period = view.filter_boxes[2]
        period.setCurrentIndex(1)  # 今天
        assert view.row_count() == 1
        clock.advance(timedelta(hours=3))  # past midnight
        view.refresh()
        assert view.row_count() == 0
    finally:
        db.dispose()


def test_a_saved_line_shows_the_live_state_of_its_slip(qtbot: QtBot, counter: Counter) -> None:
    """Issue 14: the line of a finished repair showed 待处理; the list and the form now
    read the state of the slip it opened."""
    from desk_app.services import worklog
    from desk_app.services.dispatch import complete_dispatch_slip

    with counter.db.begin(actor_id=counter.receptionist) as session:
        result = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.REPAIR,
            content="厨房水管漏水",
            client_id=counter.client,
            taken_by_id=counter.receptionist,
        )
        assert result.dispatch_slip is not None
        entry_id, slip_id, slip_number = result.entry.id, result.dispatch_slip.id, result.dispatch_slip.number
    with counter.db.begin(actor_id=counter.colleague) as session:
        complete_dispatch_slip(session, slip_id, "更换三通阀门")
    page, _context = make_page(qtbot, counter)
    page.list_view.refresh()
    qtbot.waitUntil(lambda: page.list_view.row_count() == 1)
    model = page.list_view.table.model()
    status_column = next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "状态"
    )
    assert model.data(model.index(0, status_column)) == "已完成"
    page.open_record(entry_id)
    form = page.worklog_form
    assert form.status_box.currentData() == WorkLogStatus.DONE.value and not form.status_box.isEnabled()
    note = form.locked_note.text()
    assert slip_number in note and "已完成" in note and "更换三通阀门" in note


def test_a_repair_is_logged_and_its_slip_printed_from_the_keyboard(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the saved banner said 请打印交维修人员 with no print button, and the slip
    screen opened on an empty slip. Now Ctrl+P right after Ctrl+S previews the new slip."""
    from desk_app.models import DispatchSlip

    previews: list[tuple[str, bytes]] = []

    def preview(_owner: object, title: str, render: Any, **_options: Any) -> None:
        previews.append((title, render()))

    monkeypatch.setattr("desk_app.ui.printing_actions.show_print_preview", preview)
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    assert not form.slip_print_button.isVisible()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_F2)
    qtbot.keyClicks(form.lookup.edit, "321201")
    qtbot.keyClick(form.lookup.edit, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), "2")  # 报修 (the cursor is on 类别; 渠道 is 来电)
    assert focused() is form.content_edit
    qtbot.keyClicks(form.content_edit, "Kitchen pipe leaking")
    qtbot.keyClick(form.content_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with counter.db.read() as session:
        slip = session.scalars(select(DispatchSlip)).one()
        slip_id, slip_number = slip.id, slip.number
    assert "Ctrl+P" in form.banner.text() and form.slip_print_button.isVisible()
    assert form.slip_print_button.record_id == slip_id
    qtbot.keyClick(focused(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(previews) == 1 and previews[0][1].startswith(b"%PDF")
    form.reset()
    assert not form.slip_print_button.isVisible()
    (entry,) = entries(counter.db)
    page.open_record(entry.id)  # reopened later: the same button prints the same slip
    assert form.slip_print_button.isVisible() and form.slip_print_button.record_id == slip_id
    assert slip_number in form.locked_note.text()


def test_a_promised_reply_is_kept_on_the_line_and_marked_given(
    qtbot: QtBot, counter: Counter, boxes: list[tuple[str, str]]
) -> None:
    """R22 (issue 14): before, there was no field for the reply time promised to a client."""
    page, _context = make_page(qtbot, counter)
    form = page.worklog_form
    page.new_entry()
    ime(form.contact_name_edit, "李先生")
    form.category_row.set_value(Category.ENQUIRY.value)
    ime(form.content_edit, "问装修押金何时退")
    assert not form.reply_promised_edit.isEnabled()
    form.reply_promised_box.setChecked(True)
    assert form.reply_promised_edit.isEnabled() and not form.reply_given_box.isEnabled()
    form.reply_owner_box.setCurrentIndex(form.reply_owner_box.findData(counter.colleague))
    assert form.save()
    (entry,) = entries(counter.db)
    assert entry.reply_owed_by_id == counter.colleague and entry.reply_promised_by is not None
    assert entry.reply_promised_by - entry.received_at >= timedelta(hours=1)  # default: two hours on
    form.load(entry.id)
    assert form.reply_promised_box.isChecked() and form.reply_given_box.isEnabled()
    form.reply_given_box.setChecked(True)
    assert form.save()
    (entry,) = entries(counter.db)
    assert entry.reply_given_at is not None
