"""来电弹屏: ``desk-app incoming-call NUMBER`` reaches the running window through a real
QLocalServer, which comes forward with the caller's card, their open items and a new
work-log entry with the number; an unknown number gives a new entry with the number;
input being typed is never lost; a second start hands over to the running program."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.cli import main as cli_main
from desk_app.models import Building, Client, ClientPhone, ClientRoom, Room, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, WorkLogStatus
from desk_app.services.errors import FieldError
from desk_app.services.incoming_call import caller_info, normalise_phone
from desk_app.ui import app as app_module
from desk_app.ui.incoming_call import IncomingCallDialog, prepare_for_calls
from desk_app.ui.main_window import MainWindow
from desk_app.ui.single_instance import (
    ENV_INSTANCE_NAME,
    InstanceServer,
    incoming_call_message,
    send_message,
    show_message,
)
from desk_app.ui.worklog_page import WorklogPage

SH = ZoneInfo("Asia/Shanghai")
PHONE = "13800138000"


@dataclass
class Callers:
    zhang: int
    room: int
    open_number: str
    done_number: str


@pytest.fixture
def callers(ui_db: Database) -> Callers:
    with ui_db.begin() as session:
        room = Room(
            building=Building(code="3", name="3栋"),
            unit="2",
            number="1201",
            code="3-2-1201",
            digits=Room.digits_of("3-2-1201"),
        )
        zhang = Client(
            name="张三",
            name_initials="zs",
            rooms=[ClientRoom(room=room)],
            phones=[ClientPhone(phone="138-0013-8000")],
        )
        other = Client(name="李四", name_initials="ls", phones=[ClientPhone(phone="13900139000")])
        session.add_all([zhang, other])
        session.flush()
        entries = [
            WorkLogEntry(
                number=number,
                received_at=datetime(2026, 11, day, 9, 0, tzinfo=SH),
                channel=Channel.CALL,
                category=Category.REPAIR,
                client_id=zhang.id,
                content=content,
                status=status,
            )
            for number, day, content, status in (
                ("GZ-202611-0001", 20, "厨房水管漏水", WorkLogStatus.OPEN),
                ("GZ-202611-0002", 10, "门禁卡补办", WorkLogStatus.DONE),
            )
        ]
        session.add_all(entries)
        session.flush()
        return Callers(zhang.id, room.id, "GZ-202611-0001", "GZ-202611-0002")


@pytest.fixture
def instance_name(monkeypatch: pytest.MonkeyPatch) -> str:
    name = f"desk-app-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv(ENV_INSTANCE_NAME, name)
    return name


@pytest.fixture
def server(window: MainWindow, instance_name: str) -> Iterator[InstanceServer]:
    """The running program's side, wired to the window as run_gui wires it."""
    listening = InstanceServer(instance_name)
    assert listening.listen()
    listening.set_handler(partial(app_module._on_instance_message, window))
    yield listening
    listening.close()


def _call(qtbot: QtBot, window: MainWindow, number: str) -> IncomingCallDialog:
    assert send_message(incoming_call_message(number))
    qtbot.waitUntil(lambda: window.findChild(IncomingCallDialog) is not None, timeout=5000)
    dialog = window.findChild(IncomingCallDialog)
    assert isinstance(dialog, IncomingCallDialog)
    return dialog


def _worklog(window: MainWindow) -> WorklogPage:
    page = window.page("worklog")
    assert isinstance(page, WorklogPage)
    return page


# -- the service ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("13800138000", "13800138000"),
        ("+86 138-0013-8000", "13800138000"),
        ("008613800138000", "13800138000"),
        ("(0731) 8888 6666", "073188886666"),
    ],
)
def test_the_number_is_reduced_to_its_digits(text: str, digits: str) -> None:
    assert normalise_phone(text) == digits


@pytest.mark.parametrize("text", ["", "123", "1380013800a", "张三", "1" * 21])
def test_a_bad_number_names_the_field(text: str) -> None:
    with pytest.raises(FieldError) as raised:
        normalise_phone(text)
    assert raised.value.field == "phone"
    assert "来电号码无效" in str(raised.value)


def test_caller_info_finds_the_client_and_only_open_items(ui_db: Database, callers: Callers) -> None:
    with ui_db.read() as session:
        info = caller_info(session, "+86 13800138000")
        assert [match.client_id for match in info.clients] == [callers.zhang]
        assert [item.number for item in info.open_items] == [callers.open_number]
        # a number that merely contains the digits of another is not that client
        assert caller_info(session, "38001380").clients == []


# -- the window -----------------------------------------------------------------------------


def test_a_known_caller_comes_up_with_card_open_items_and_new_entry(
    qtbot: QtBot, callers: Callers, window: MainWindow, server: InstanceServer
) -> None:
    dialog = _call(qtbot, window, PHONE)

    assert "张三" in dialog.header.text() and PHONE in dialog.header.text()
    assert any(callers.open_number in text and "厨房水管漏水" in text for text in dialog.item_texts())
    # at the community's time (09:00 Shanghai), whatever zone the PC is set to
    assert any("2026-11-20 09:00" in text for text in dialog.item_texts())
    assert not any(callers.done_number in text for text in dialog.item_texts())
    assert window.current_key() == "worklog"
    form = _worklog(window).worklog_form
    assert form.record_id is None
    assert form.lookup.match is not None and form.lookup.match.client_id == callers.zhang
    assert form.contact_phone_edit.text() == PHONE
    assert form.contact_name_edit.text() == "张三"
    assert form.channel_row.value() == Channel.CALL.value

    # double-clicking the open item opens it on its screen
    dialog.items.itemActivated.emit(dialog.items.item(0))
    qtbot.waitUntil(lambda: _worklog(window).current_record_id() is not None)
    with window.db.read() as session:
        opened = session.get(WorkLogEntry, _worklog(window).current_record_id())
        assert opened is not None and opened.number == callers.open_number


def test_an_unknown_number_opens_a_new_entry_with_the_number(
    qtbot: QtBot, callers: Callers, window: MainWindow, server: InstanceServer
) -> None:
    dialog = _call(qtbot, window, "021-5555 1234")

    assert "未登记" in dialog.header.text()
    assert dialog.items.count() == 0
    form = _worklog(window).worklog_form
    assert form.lookup.match is None
    assert form.contact_phone_edit.text() == "02155551234"
    assert form.channel_row.value() == Channel.CALL.value


def test_a_second_call_replaces_the_first_pop_up(
    qtbot: QtBot, callers: Callers, window: MainWindow, server: InstanceServer
) -> None:
    first = _call(qtbot, window, PHONE)
    first_header = first.header.text()
    form = _worklog(window).worklog_form
    form._mark_clean()  # the first call was not taken down: nothing to ask about
    assert send_message(incoming_call_message("13900139000"))
    qtbot.waitUntil(lambda: any("李四" in d.header.text() for d in window.findChildren(IncomingCallDialog)))
    visible = [d for d in window.findChildren(IncomingCallDialog) if d.isVisible()]
    assert len(visible) == 1 and "李四" in visible[0].header.text() and "张三" in first_header


def test_input_being_typed_is_not_lost_when_a_call_comes_in(
    qtbot: QtBot,
    callers: Callers,
    window: MainWindow,
    server: InstanceServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _worklog(window)
    page.new_entry()
    form = page.worklog_form
    form.content_edit.setPlainText("正在记录的上一个来电")
    form.mark_dirty()
    asked: list[Any] = []

    def keep_typing(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", keep_typing)
    dialog = _call(qtbot, window, PHONE)

    assert asked, "the receptionist was asked about the unsaved entry"
    assert form.content_edit.toPlainText() == "正在记录的上一个来电"
    assert form.contact_phone_edit.text() == ""
    assert "没有新建记录" in dialog.entry_note.text()
    assert "张三" in dialog.header.text()  # the caller is shown all the same


def test_the_first_call_finds_its_page_prepared_after_the_window_is_painted(
    qtbot: QtBot,
    callers: Callers,
    window: MainWindow,
    server: InstanceServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 18: run_gui prepares the work-log page and the caller lookup once the window
    is painted, so the first pop-up of a session builds nothing while the phone rings."""
    assert "worklog" not in window._pages
    app_module._prepare_for_calls(window)
    qtbot.waitUntil(lambda: "worklog" in window._pages, timeout=5000)
    prepared = window._pages["worklog"]
    built: list[str] = []
    monkeypatch.setattr(window, "_build_page", lambda key: built.append(key))
    dialog = _call(qtbot, window, PHONE)
    assert built == [] and window.page("worklog") is prepared
    assert "张三" in dialog.header.text()
    assert _worklog(window).worklog_form.contact_phone_edit.text() == PHONE


def test_a_closed_window_is_not_prepared(qtbot: QtBot, window: MainWindow) -> None:
    window.close()
    prepare_for_calls(window, window.context)
    assert "worklog" not in window._pages


def test_a_bad_number_from_the_box_is_reported_not_raised(
    qtbot: QtBot, window: MainWindow, server: InstanceServer
) -> None:
    assert send_message(incoming_call_message("not a number"))
    qtbot.waitUntil(lambda: "来电号码无效" in window.statusBar().currentMessage())
    assert window.findChild(IncomingCallDialog) is None


# -- one program per user -------------------------------------------------------------------


def test_only_one_server_per_name_and_a_stale_socket_is_taken_over(instance_name: str, qtbot: QtBot) -> None:
    first = InstanceServer(instance_name)
    assert first.listen()
    second = InstanceServer(instance_name)
    assert not second.listen()
    first.close()
    assert second.listen()
    second.close()


def test_messages_before_the_window_opens_are_held_for_it(instance_name: str, qtbot: QtBot) -> None:
    listening = InstanceServer(instance_name)
    assert listening.listen()
    try:
        assert send_message(incoming_call_message(PHONE))
        qtbot.waitUntil(lambda: bool(listening._held))
        handled: list[dict[str, Any]] = []
        listening.set_handler(handled.append)  # the window is open now
        assert handled == [incoming_call_message(PHONE)]
        assert send_message(show_message())
        qtbot.waitUntil(lambda: len(handled) == 2)
        assert handled[1] == show_message()
    finally:
        listening.close()


def test_nothing_listening_means_not_delivered(instance_name: str, qtbot: QtBot) -> None:
    assert not send_message(show_message())


def test_a_second_start_hands_over_and_exits(
    qtbot: QtBot, instance_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[dict[str, Any]] = []
    listening = InstanceServer(instance_name)
    assert listening.listen()
    listening.received.connect(received.append)
    monkeypatch.setattr(app_module, "_open", lambda *_args: pytest.fail("the database was opened"))
    try:
        assert app_module.run_gui("sqlite://", incoming_call=PHONE) == app_module.EXIT_OK
        qtbot.waitUntil(lambda: bool(received))
        assert received == [incoming_call_message(PHONE)]
        assert cli_main(["incoming-call", "--no-start", "+86 13800138000"]) == 0
        qtbot.waitUntil(lambda: len(received) == 2)
        assert received[1] == incoming_call_message(PHONE)
    finally:
        listening.close()


def test_the_command_without_a_running_program(
    qtbot: QtBot, instance_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["incoming-call", "--no-start", PHONE]) == 1
    assert "没有运行" in capsys.readouterr().err
    assert cli_main(["incoming-call", "12ab"]) == 2
    assert "来电号码无效" in capsys.readouterr().err


def test_a_handler_never_runs_inside_the_sockets_slot(instance_name: str, qtbot: QtBot) -> None:
    """Issue 15: the caller pop-up's "save the unsaved entry?" question is modal; asked
    from inside readyRead, its nested event loop let the socket be deleted under the slot
    and the program died (SIGSEGV). The handler now runs from the event loop, and one
    that spins a nested loop while the sender disconnects returns safely."""
    from PySide6.QtCore import QEventLoop, QTimer

    listening = InstanceServer(instance_name)
    assert listening.listen()
    inside_slot: list[bool] = []
    handled: list[dict[str, Any]] = []
    original_read = listening._read

    def tracking_read(socket: Any) -> None:
        inside_slot.append(True)
        try:
            original_read(socket)
        finally:
            inside_slot.pop()

    def modal_handler(message: dict[str, Any]) -> None:
        assert not inside_slot, "handler called from inside the socket's slot"
        loop = QEventLoop()  # what a modal QMessageBox runs
        QTimer.singleShot(150, loop.quit)
        loop.exec()
        handled.append(message)

    listening._read = tracking_read  # type: ignore[method-assign]
    listening.set_handler(modal_handler)
    try:
        assert send_message(incoming_call_message(PHONE))
        qtbot.waitUntil(lambda: bool(handled), timeout=5000)
        assert send_message(incoming_call_message(PHONE))
        qtbot.waitUntil(lambda: len(handled) == 2, timeout=5000)
    finally:
        listening.close()
