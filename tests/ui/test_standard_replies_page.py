"""The standard replies book: search, one key copies, forbidden phrases beside it,
supervisors add and edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.models.replies import ForbiddenPhrase, StandardReply
from desk_app.services import replies
from desk_app.services.errors import PermissionDeniedError
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.standard_replies_page import StandardRepliesPage


def _seed(db: Database) -> tuple[int, int]:
    with db.begin() as session:
        clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST)
        boss = Staff(login="boss", name="主管", role=StaffRole.SUPERVISOR)
        session.add_all(
            [
                clerk,
                boss,
                StandardReply(
                    topic="物业费", question="物业费什么时候交？", reply_text="每季度首月缴纳。", keywords=""
                ),
                StandardReply(
                    topic="停车", question="临时停车怎么收费？", reply_text="首小时免费。", keywords="车位"
                ),
                ForbiddenPhrase(phrase="这不归我们管", better_alternative="我马上帮您联系"),
            ]
        )
        session.flush()
        return clerk.id, boss.id


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database, _ = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.dispose()


def _page(qtbot: QtBot, db: Database, staff_id: int) -> StandardRepliesPage:
    page = StandardRepliesPage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    return page


def test_search_and_enter_copies_the_reply(qtbot: QtBot, sqlite_db: Database) -> None:
    clerk, _boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    page.list_view.set_search_text("车位")  # keywords are searched too
    assert page.list_view.row_count() == 1
    qtbot.keyClick(page.list_view.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)
    assert QGuiApplication.clipboard().text() == "首小时免费。"
    assert "已复制" in page.status.text()
    assert page.form.reply_box.toPlainText() == "首小时免费。"


def test_ctrl_c_in_the_list_copies_the_reply(qtbot: QtBot, sqlite_db: Database) -> None:
    clerk, _boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    page.show()
    page.list_view.set_search_text("交")
    page.list_view.select_id(page.list_view.model.record_id(0) or 0)
    QGuiApplication.clipboard().clear()
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "每季度首月缴纳。"


def test_forbidden_phrases_are_listed(qtbot: QtBot, sqlite_db: Database) -> None:
    clerk, _boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    assert page.phrase_list.count() == 1
    assert "这不归我们管" in page.phrase_list.item(0).text()
    assert "我马上帮您联系" in page.phrase_list.item(0).text()


def test_receptionist_reads_only(qtbot: QtBot, sqlite_db: Database) -> None:
    clerk, _boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    assert page.form.reply_box.isReadOnly()
    assert not page.new_action.isEnabled() and not page.save_action.isEnabled()
    with pytest.raises(PermissionDeniedError), sqlite_db.begin(actor_id=clerk) as session:
        replies.save_reply(session, None, topic="t", question="q", reply_text="r")


def test_supervisor_adds_and_edits_with_errors_next_to_fields(qtbot: QtBot, sqlite_db: Database) -> None:
    clerk, boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    page.context.set_staff(boss)
    assert page.new_action.isEnabled() and not page.form.reply_box.isReadOnly()
    page.new_action.trigger()
    qtbot.keyClicks(page.form.topic_box, "Wi-Fi")
    page.save_action.trigger()
    assert page.form.field_error_text("question") == "请填写常见问题"
    assert page.form.topic_box.text() == "Wi-Fi"
    qtbot.keyClicks(page.form.question_box, "password?")
    qtbot.keyClicks(page.form.reply_box, "See the notice board.")
    assert page.form.save()
    new_id = page.form.record_id
    assert new_id is not None
    assert page.list_view.row_count() == 3
    assert page.list_view.selected_id() == new_id
    page.open_record(1)
    page.open_record(new_id)
    assert page.form.reply_box.toPlainText() == "See the notice board."


def test_a_phrase_changed_meanwhile_keeps_what_was_typed(qtbot: QtBot, sqlite_db: Database) -> None:
    """Issue 19: another supervisor changed the phrase after this list was read. Saving
    is refused with a message; the list shows their text, the boxes keep what was typed,
    and saving again stores it."""
    _clerk, boss = _seed(sqlite_db)
    page = _page(qtbot, sqlite_db, boss)
    page.phrase_list.setCurrentRow(0)
    with sqlite_db.begin(actor_id=boss) as session:
        phrase_id = session.query(ForbiddenPhrase.id).scalar()
        replies.save_phrase(
            session, phrase_id, phrase="这不归我们管", better_alternative="我帮您转给负责的同事"
        )
    page.phrase_box.setText("这事不归我们管")
    assert not page.save_phrase()
    assert "修改并保存" in page.phrase_message.text()
    assert page.phrase_box.text() == "这事不归我们管"
    assert "我帮您转给负责的同事" in page.phrase_list.item(0).text()
    assert page.save_phrase()
    with sqlite_db.read() as session:
        assert [p.phrase for p in replies.forbidden_phrases(session)] == ["这事不归我们管"]
