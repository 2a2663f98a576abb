"""Two counters on one database (ARCHITECTURE, Concurrency): two programs open the same
complaint; the second save is refused by the version check, the conflict dialog shows
what the other person changed next to what this user typed, and the user's input is kept
to save again, thrown away for theirs, or left on the form. Each program has its own
``Database`` on the same URL, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desk_app.models import Complaint, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Channel, StaffRole
from desk_app.services import complaints
from desk_app.services.errors import ConflictError
from desk_app.ui.complaint_page import ComplaintForm
from desk_app.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictRow
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import DraftStore
from tests.ui.reception_centre import SH, Centre, build_centre

TypeText = Callable[[object, str], None]


@pytest.fixture
def centre(db: Database) -> Centre:
    return build_centre(db)


@pytest.fixture
def other_db(db_url: str, centre: Centre) -> Iterator[Database]:
    """The second program: its own engine and sessions on the same database."""
    database = Database(db_url, clock=centre.clock)
    try:
        yield database
    finally:
        database.dispose()


def _complaint(centre: Centre) -> int:
    with centre.db.begin(actor_id=centre.receptionist) as session:
        complaint = complaints.register_complaint(
            session,
            received_at=datetime(2026, 11, 23, 9, 0, tzinfo=SH),
            channel=Channel.CALL,
            description="楼上漏水",
            client_id=centre.zhang,
        )
        session.flush()
        return complaint.id


def _form(qtbot: QtBot, db: Database, staff_id: int, tmp_path: Path, name: str) -> ComplaintForm:
    form = ComplaintForm(DeskContext(db, staff_id))
    form.drafts = DraftStore(tmp_path / name)
    qtbot.addWidget(form)
    form.resize(1100, 760)
    return form


def _stored_description(db: Database, complaint_id: int) -> str:
    with db.read() as session:
        complaint = session.get(Complaint, complaint_id)
        assert complaint is not None
        return complaint.description


def _retype(form: ComplaintForm, text: str) -> None:
    form.description.setPlainText(text)  # a change through the widget makes the form dirty
    assert form.is_dirty()


def test_service_refuses_a_stale_version(centre: Centre, other_db: Database) -> None:
    complaint_id = _complaint(centre)
    with centre.db.read() as session:
        loaded = complaints.load_complaint(session, complaint_id).version
    common = {"received_at": datetime(2026, 11, 23, 9, 0, tzinfo=SH), "channel": Channel.CALL}
    with other_db.begin(actor_id=centre.steward) as session:
        complaints.update_details(
            session, complaint_id, description="对方的改动", expected_version=loaded, **common
        )
    with pytest.raises(ConflictError) as raised, centre.db.begin(actor_id=centre.receptionist) as session:
        complaints.update_details(
            session, complaint_id, description="我的改动", expected_version=loaded, **common
        )
    assert raised.value.changed_by == "管家小王"
    assert "管家小王" in str(raised.value)
    assert raised.value.current_version is not None and raised.value.current_version > loaded
    assert _stored_description(centre.db, complaint_id) == "对方的改动"


@pytest.fixture
def two_forms(
    qtbot: QtBot, centre: Centre, other_db: Database, tmp_path: Path
) -> tuple[int, ComplaintForm, ComplaintForm]:
    complaint_id = _complaint(centre)
    mine = _form(qtbot, centre.db, centre.receptionist, tmp_path, "mine")
    theirs = _form(qtbot, other_db, centre.steward, tmp_path, "theirs")
    assert mine.load(complaint_id) and theirs.load(complaint_id)
    _retype(theirs, "对方：楼上漏水，已联系维修")
    assert theirs.save()
    _retype(mine, "我：楼上漏水到卫生间")
    return complaint_id, mine, theirs


def _answer(
    monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice
) -> list[tuple[list[ConflictRow], str | None]]:
    asked: list[tuple[list[ConflictRow], str | None]] = []

    def ask(_form: ComplaintForm, rows: list[ConflictRow], changed_by: str | None) -> ConflictChoice:
        asked.append((rows, changed_by))
        return choice

    monkeypatch.setattr(ComplaintForm, "ask_conflict", ask)
    return asked


def test_keep_mine_saves_again_over_theirs(
    two_forms: tuple[int, ComplaintForm, ComplaintForm], monkeypatch: pytest.MonkeyPatch, centre: Centre
) -> None:
    complaint_id, mine, _theirs = two_forms
    asked = _answer(monkeypatch, ConflictChoice.KEEP_MINE)
    assert mine.save()
    [(rows, changed_by)] = asked
    assert changed_by == "管家小王"
    assert [(row.label, row.theirs, row.mine) for row in rows] == [
        ("投诉内容", "对方：楼上漏水，已联系维修", "我：楼上漏水到卫生间")
    ]
    assert _stored_description(centre.db, complaint_id) == "我：楼上漏水到卫生间"
    assert not mine.is_dirty()


def test_take_theirs_reloads_the_record(
    two_forms: tuple[int, ComplaintForm, ComplaintForm], monkeypatch: pytest.MonkeyPatch, centre: Centre
) -> None:
    complaint_id, mine, _theirs = two_forms
    _answer(monkeypatch, ConflictChoice.TAKE_THEIRS)
    assert not mine.save()
    assert mine.description.toPlainText() == "对方：楼上漏水，已联系维修"
    assert not mine.is_dirty()
    assert _stored_description(centre.db, complaint_id) == "对方：楼上漏水，已联系维修"


def test_cancel_keeps_the_input_and_writes_nothing(
    two_forms: tuple[int, ComplaintForm, ComplaintForm], monkeypatch: pytest.MonkeyPatch, centre: Centre
) -> None:
    complaint_id, mine, _theirs = two_forms
    _answer(monkeypatch, ConflictChoice.CANCEL)
    assert not mine.save()
    assert mine.description.toPlainText() == "我：楼上漏水到卫生间"
    assert mine.is_dirty()
    assert not mine.banner.isHidden() and "其他人修改" in mine.banner.text()
    assert _stored_description(centre.db, complaint_id) == "对方：楼上漏水，已联系维修"
    # the other program saves again; asked again, this time keep mine
    asked = _answer(monkeypatch, ConflictChoice.KEEP_MINE)
    assert mine.save()
    assert len(asked) == 1
    assert _stored_description(centre.db, complaint_id) == "我：楼上漏水到卫生间"


def test_a_change_to_fields_not_on_the_form_is_merged_without_asking(
    qtbot: QtBot, centre: Centre, other_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    complaint_id = _complaint(centre)
    mine = _form(qtbot, centre.db, centre.receptionist, tmp_path, "mine")
    assert mine.load(complaint_id)
    with other_db.begin(actor_id=centre.steward) as session:  # a bump of the version only
        session.execute(
            Complaint.__table__.update()
            .where(Complaint.id == complaint_id)
            .values(version=Complaint.version + 1)
        )
    asked = _answer(monkeypatch, ConflictChoice.CANCEL)
    _retype(mine, "我：楼上漏水到卫生间")
    assert mine.save()
    assert asked == []
    assert _stored_description(centre.db, complaint_id) == "我：楼上漏水到卫生间"


def test_the_dialog_renders_its_rows_and_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    rows = [
        ConflictRow("投诉内容", "对方：楼上漏水，已联系维修", "我：楼上漏水到卫生间"),
        ConflictRow("严重程度", "重大", "一般"),
        ConflictRow("网络帖子链接", "", "https://bbs.example.cn/t/1"),
    ]
    dialog = ConflictDialog(rows, "管家小王")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.horizontalHeaderItem(1).text() == "对方保存的值"
    assert dialog.table.item(2, 1).text() == "（空）"
    dialog.grab().save(str(tmp_path / "conflict.png"))
    dialog.keep_button.click()
    assert dialog.choice is ConflictChoice.KEEP_MINE


def test_settings_saved_by_someone_else_are_not_overwritten(centre: Centre, other_db: Database) -> None:
    from datetime import time

    from desk_app.services import calendar_admin, settings

    values: dict[str, Any] = {
        "community_name": "阳光花园",
        "work_start": time(9, 0),
        "work_end": time(18, 0),
        "progress_update_working_days": 2,
        "callback_working_days": 2,
    }
    with centre.db.begin() as session:
        admin = Staff(login="admin", name="系统管理员", role=StaffRole.ADMINISTRATOR)
        session.add(admin)
        session.flush()
        admin_id = admin.id
    with centre.db.read() as session:
        loaded = settings.settings_version(session)
    with other_db.begin(actor_id=admin_id) as session:
        calendar_admin.save_community_settings(session, expected_version=loaded, **values)
    with pytest.raises(ConflictError), centre.db.begin(actor_id=admin_id) as session:
        calendar_admin.save_community_settings(
            session, expected_version=loaded, **{**values, "community_name": "月亮湾"}
        )
    with centre.db.read() as session:
        assert settings.load_settings(session).community_name == "阳光花园"
        again = settings.settings_version(session)
    with centre.db.begin(actor_id=admin_id) as session:
        calendar_admin.save_community_settings(
            session, expected_version=again, **{**values, "community_name": "月亮湾"}
        )
