"""The shared record page: open a row into the form, new, save, void with a reason."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QInputDialog, QLineEdit, QMessageBox, QVBoxLayout
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from desk_app.bootstrap import open_database
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.models.replies import StandardReply
from desk_app.screens.base import SessionFormScreen
from desk_app.screens.list_spec import Column, ListSpec
from desk_app.services.errors import FieldError
from desk_app.services.records import void_record
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import DraftStore, FormPage
from desk_app.ui.record_page import RecordPage

SPEC = ListSpec(
    kind="standard_replies",
    model=StandardReply,
    columns=(Column("主题", StandardReply.topic), Column("问题", StandardReply.question)),
    search=(StandardReply.topic,),
    default_order=StandardReply.id.asc(),
)


class TopicScreen(SessionFormScreen):
    """The test form's screen: the form's read and save in the screen's units of work."""

    def __init__(self, form: TopicForm) -> None:
        super().__init__(form.context.workspace)
        self.form = form

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        return self.form.read_in(session, record_id)

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        return self.form.save_in(session, values)


class TopicForm(FormPage):
    def __init__(self, context: DeskContext, drafts: DraftStore) -> None:
        super().__init__(context, "standard_replies", "test-topic", "测试表单", drafts=drafts)
        self.record_screen = TopicScreen(self)
        self.topic = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        rows = QFormLayout()
        rows.addRow("主题", self.field("topic", self.topic))
        layout.addLayout(rows)
        self.watch(self.topic)

    def collect(self) -> dict[str, Any]:
        return {"topic": self.topic.text()}

    def restore(self, values: dict[str, Any]) -> None:
        self.topic.setText(values.get("topic", ""))

    def clear_form(self) -> None:
        self.topic.clear()

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        reply = session.get(StandardReply, record_id)
        assert reply is not None
        return {"topic": reply.topic}

    def save_in(self, session: Session, values: dict[str, Any]) -> int:
        if not values["topic"].strip():
            raise FieldError("topic", "请填写主题")
        reply = session.get(StandardReply, self.record_id) if self.record_id else None
        if reply is None:
            reply = StandardReply(topic="", question="问", reply_text="答")
            session.add(reply)
        reply.topic = values["topic"]
        session.flush()
        return reply.id


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database, _ = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.dispose()


@pytest.fixture
def page(qtbot: QtBot, sqlite_db: Database, tmp_path: Any) -> RecordPage:
    with sqlite_db.begin() as session:
        staff = Staff(login="w", name="王主管", role=StaffRole.SUPERVISOR)  # issue 7: supervisors void
        session.add(staff)
        session.add_all(StandardReply(topic=f"主题{n}", question="问", reply_text="答") for n in range(1, 4))
        session.flush()
        staff_id = staff.id
    context = DeskContext(sqlite_db, staff_id)
    form = TopicForm(context, DraftStore(tmp_path / "drafts"))
    widget = RecordPage(context, SPEC, form, "测试")
    qtbot.addWidget(widget)
    return widget


def test_enter_on_a_row_opens_it_in_the_form(qtbot: QtBot, page: RecordPage) -> None:
    page.list_view.select_id(2)
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    assert page.form.record_id == 2
    assert page.form.topic.text() == "主题2"  # type: ignore[attr-defined]
    assert not page.form.is_dirty()


def test_new_save_and_the_list_follows(qtbot: QtBot, page: RecordPage) -> None:
    page.new_action.trigger()
    form: TopicForm = page.form  # type: ignore[assignment]
    page.save_action.trigger()
    assert form.field_error_text("topic") == "请填写主题"
    qtbot.keyClicks(form.topic, "new topic")  # QTest types ASCII only
    assert page.save()
    assert page.list_view.row_count() == 4
    assert page.list_view.selected_id() == form.record_id


def test_unsaved_input_is_guarded_when_opening_another_row(
    qtbot: QtBot, page: RecordPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_record(1)
    form: TopicForm = page.form  # type: ignore[assignment]
    qtbot.keyClicks(form.topic, "x")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Cancel)
    page.open_record(2)
    assert form.record_id == 1
    assert form.topic.text() == "主题1x"
    assert not page.confirm_close()


def test_void_asks_a_reason_and_confirmation(page: RecordPage, monkeypatch: pytest.MonkeyPatch) -> None:
    page.open_record(3)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_args: ("重复录入", True))

    def answer(*args: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert page.void_current()
    assert "重复录入" in asked[0]
    assert page.list_view.row_count() == 2
    assert page.form.record_id is None
    with page.context.db.read() as session:
        reply = session.get(StandardReply, 3)
        assert reply is not None
        assert reply.void_reason == "重复录入"
        assert reply.voided_by_id == page.context.staff_id


def test_void_cancelled_changes_nothing(page: RecordPage, monkeypatch: pytest.MonkeyPatch) -> None:
    page.open_record(3)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *_args: ("原因", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    assert not page.void_current()
    assert page.list_view.row_count() == 3


def test_void_record_service_needs_reason_and_staff(sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        reply = StandardReply(topic="t", question="q", reply_text="r")
        staff = Staff(login="s", name="s", role=StaffRole.RECEPTIONIST)
        session.add_all([reply, staff])
        session.flush()
        reply_id, staff_id = reply.id, staff.id
    with pytest.raises(FieldError) as error, sqlite_db.begin(actor_id=staff_id) as session:
        void_record(session, StandardReply, reply_id, "  ")
    assert error.value.field == "void_reason"
    with pytest.raises(Exception, match="值班人员"), sqlite_db.begin() as session:
        void_record(session, StandardReply, reply_id, "原因")
