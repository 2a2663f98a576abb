"""The form base: errors land next to their field, nothing typed is lost on a refused
save, a crash leaves a draft that is offered back, leaving unsaved input asks first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import Setting, Staff, StandardReply
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.screens.base import SessionFormScreen
from desk_app.services.errors import FieldError, RuleViolationError
from desk_app.services.settings import COMMUNITY_NAME, store_setting
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import DraftStore, FormPage


def _type(widget: QLineEdit, text: str) -> None:
    """Chinese arrives as an input method's committed string (QTest.keyClicks is ASCII only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


class CommunityScreen(SessionFormScreen):
    """The test form's screen: its save runs the form's ``save_in`` in the screen's
    unit of work (as a real screen module would)."""

    def __init__(self, form: CommunityForm) -> None:
        super().__init__(form.context.workspace)
        self.form = form

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        return self.form.save_in(session, values)


class CommunityForm(FormPage):
    """A one-field form that stores the community name through the settings service."""

    def __init__(self, context: DeskContext, drafts: DraftStore) -> None:
        super().__init__(context, kind="settings", draft_name="community", title="小区名称", drafts=drafts)
        self.record_screen = CommunityScreen(self)
        layout = QFormLayout(self)
        layout.addRow(self.banner)
        self.name_box = QLineEdit()
        layout.addRow("小区名称", self.field("name", self.name_box))
        self.watch(self.name_box)
        self.refuse_with: Exception | None = None

    def collect(self) -> dict[str, Any]:
        return {"name": self.name_box.text()}

    def restore(self, values: dict[str, Any]) -> None:
        self.name_box.setText(str(values.get("name", "")))

    def clear_form(self) -> None:
        self.name_box.clear()

    def save_in(self, session: Session, values: dict[str, Any]) -> int:
        if self.refuse_with is not None:
            raise self.refuse_with
        if not values["name"].strip():
            raise FieldError("name", "请填写小区名称")
        store_setting(session, COMMUNITY_NAME, values["name"])
        reply = StandardReply(topic=values["name"], question="小区叫什么？", reply_text=values["name"])
        session.add(reply)  # a numbered row, so the save has a record id to announce
        session.flush()
        return reply.id


@pytest.fixture
def staff_id(ui_db: Database) -> int:
    with ui_db.begin() as session:
        staff = Staff(login="li", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        return staff.id


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def _form(qtbot: QtBot, db: Database, drafts: DraftStore, staff_id: int | None) -> CommunityForm:
    form = CommunityForm(DeskContext(db, staff_id), drafts)
    qtbot.addWidget(form)
    form.show()
    return form


def test_a_field_error_is_shown_next_to_its_field_and_the_input_stays(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int
) -> None:
    form = _form(qtbot, ui_db, drafts, staff_id)
    _type(form.name_box, "   ")
    assert form.save() is False
    assert form.field_error_text("name") == "请填写小区名称"
    assert form.name_box.text() == "   "
    assert form.is_dirty()


def test_other_refusals_go_to_the_banner(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int
) -> None:
    form = _form(qtbot, ui_db, drafts, staff_id)
    _type(form.name_box, "锦绣花园")
    form.refuse_with = RuleViolationError("不能这样做", rule="R7")
    assert form.save() is False
    assert form.banner.isVisible() and form.banner.text() == "不能这样做（R7）"
    assert form.field_error_text("name") is None
    assert form.name_box.text() == "锦绣花园"


def test_saving_needs_a_signed_in_staff_member(qtbot: QtBot, ui_db: Database, drafts: DraftStore) -> None:
    form = _form(qtbot, ui_db, drafts, None)
    _type(form.name_box, "锦绣花园")
    assert form.save() is False
    assert "值班人员" in form.banner.text()


def test_ctrl_s_saves_announces_and_forgets_the_draft(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int
) -> None:
    form = _form(qtbot, ui_db, drafts, staff_id)
    saved: list[tuple[str, int]] = []
    form.context.recordSaved.connect(lambda kind, record_id: saved.append((kind, record_id)))
    _type(form.name_box, "锦绣花园")
    form.write_draft()
    assert drafts.load("community-new") is not None
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)  # shortcuts fire in the active window only
    qtbot.keyClick(form.name_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert saved and saved[0][0] == "settings"
    assert form.record_id == saved[0][1]
    assert drafts.load("community-new") is None
    with ui_db.read() as session:
        assert session.scalars(select(Setting.value).where(Setting.key == COMMUNITY_NAME)).one() == "锦绣花园"


def test_a_crash_leaves_a_draft_that_is_offered_back(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _form(qtbot, ui_db, drafts, staff_id)
    _type(first.name_box, "半截输入")
    qtbot.waitUntil(lambda: drafts.load("community-new") is not None, timeout=3000)
    first.deleteLater()  # the "crash": the form is gone without saving or asking

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    second = _form(qtbot, ui_db, drafts, staff_id)
    assert second.offer_draft() is True
    assert second.name_box.text() == "半截输入"
    assert second.is_dirty()


def test_declining_a_draft_discards_it(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    drafts.save("community-new", {"name": "旧的"})
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    form = _form(qtbot, ui_db, drafts, staff_id)
    assert form.offer_draft() is False
    assert form.name_box.text() == ""
    assert drafts.load("community-new") is None


@pytest.mark.parametrize(
    ("answer", "allowed", "dirty_after"),
    [
        (QMessageBox.StandardButton.Cancel, False, True),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, False),
    ],
)
def test_leaving_unsaved_input_asks(
    qtbot: QtBot,
    ui_db: Database,
    drafts: DraftStore,
    staff_id: int,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
    allowed: bool,
    dirty_after: bool,
) -> None:
    form = _form(qtbot, ui_db, drafts, staff_id)
    assert form.confirm_close() is True, "nothing typed: nothing to ask"
    asked: list[str] = []

    def question(*args: Any, **_kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    _type(form.name_box, "锦绣花园")
    assert form.confirm_close() is allowed
    assert asked and "小区名称" in asked[0]
    assert form.is_dirty() is dirty_after


def test_a_damaged_draft_is_moved_aside(drafts: DraftStore) -> None:
    drafts.save("x-new", {"a": 1})
    path = drafts.folder / "x-new.json"
    path.write_text("{not json", encoding="utf-8")
    assert drafts.load("x-new") is None
    assert not path.exists()
    assert (drafts.folder / "x-new.damaged").exists()


def test_draft_keys_cannot_escape_the_folder(drafts: DraftStore) -> None:
    drafts.save("../../evil", {"a": 1})
    assert [p.name for p in drafts.folder.iterdir()] == ["______evil.json"]


def test_a_database_that_cannot_be_written_keeps_the_input_and_a_draft(
    qtbot: QtBot, ui_db: Database, drafts: DraftStore, staff_id: int
) -> None:
    """A database error in the save comes out of the screen's unit of work as a
    ``StorageError`` (never a raw SQLAlchemy error): the banner says nothing was written
    and that the input stays; the input and a draft are kept."""
    from sqlalchemy.exc import OperationalError

    form = _form(qtbot, ui_db, drafts, staff_id)
    _type(form.name_box, "锦绣花园")
    form.refuse_with = OperationalError("UPDATE setting", {}, Exception("disk I/O error"))
    assert form.save() is False
    banner = form.banner.text()
    assert "数据库暂时无法写入（OperationalError）" in banner and "仍保留在表单上" in banner
    assert form.name_box.text() == "锦绣花园" and form.is_dirty()
    form.write_draft()
    assert drafts.load(form.draft_key) is not None
