"""操作日志 (issue 7): administrators search the whole audit trail by person, record kind,
date range and text; everybody else sees a refusal. Exporting the client archive needs
a supervisor's role and lands in the log."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import AuditLog, Client, Staff, StandardReply
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, StaffRole
from desk_app.ui.audit_page import AuditPage
from desk_app.ui.clients_page import ClientsPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.pages import build_page

ZONE = ZoneInfo("Asia/Shanghai")


def _people(db: Database) -> dict[str, int]:
    with db.begin() as session:
        people = {
            "admin": Staff(login="admin", name="系统管理员", role=StaffRole.ADMINISTRATOR),
            "desk": Staff(login="desk", name="李前台", role=StaffRole.RECEPTIONIST),
            "boss": Staff(login="boss", name="王主管", role=StaffRole.SUPERVISOR),
        }
        session.add_all(people.values())
        session.flush()
        return {key: staff.id for key, staff in people.items()}


@pytest.fixture
def logged(ui_db: Database) -> dict[str, int]:
    """Changes by two people on two days."""
    ui_db.clock = FixedClock(datetime(2026, 11, 1, 9, 0, tzinfo=ZONE))
    people = _people(ui_db)
    ui_db.clock = FixedClock(datetime(2026, 11, 2, 9, 0, tzinfo=ZONE))
    with ui_db.begin(people["desk"]) as session:
        session.add(StandardReply(topic="停水通知", question="何时来水", reply_text="预计下午三点"))
    ui_db.clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=ZONE))
    with ui_db.begin(people["boss"]) as session:
        reply = session.scalars(select(StandardReply)).one()
        reply.reply_text = "预计晚上八点"
    return people


def _page(qtbot: QtBot, db: Database, staff_id: int | None) -> AuditPage:
    page = AuditPage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    return page


def _column(page: AuditPage, column: int) -> list[str]:
    return [page.table.item(row, column).text() for row in range(page.table.rowCount())]


@pytest.mark.parametrize("who", [None, "desk", "boss"])
def test_non_administrators_see_a_refusal(
    qtbot: QtBot, ui_db: Database, logged: dict[str, int], who: str | None
) -> None:
    page = _page(qtbot, ui_db, None if who is None else logged[who])
    assert page.is_refused()
    assert "只有系统管理员" in page.refusal_label.text()
    assert page.table.rowCount() == 0


def test_the_administrator_sees_everything_newest_first(
    qtbot: QtBot, ui_db: Database, logged: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, logged["admin"])
    assert not page.is_refused()
    people = _column(page, 1)
    assert people[0] == "王主管" and "李前台" in people
    assert _column(page, 0)[0].startswith("2026-11-20 09:00")
    assert "共" in page.status_label.text()


def test_filters_by_person_kind_dates_and_text(qtbot: QtBot, ui_db: Database, logged: dict[str, int]) -> None:
    page = _page(qtbot, ui_db, logged["admin"])
    page.person_box.setCurrentIndex(page.person_box.findData(logged["boss"]))
    assert page.search() == 1
    assert _column(page, 2) == ["修改"] and _column(page, 5) == ["reply_text"]
    assert _column(page, 6) == ["预计下午三点"] and _column(page, 7) == ["预计晚上八点"]

    page.person_box.setCurrentIndex(0)
    page.kind_box.setCurrentIndex(page.kind_box.findData("staff"))
    assert page.search() == 3
    assert set(_column(page, 3)) == {"工作人员"}

    page.kind_box.setCurrentIndex(page.kind_box.findData("standard_reply"))
    page.use_dates.setChecked(True)
    page.from_edit.setDate(QDate(2026, 11, 1))
    page.to_edit.setDate(QDate(2026, 11, 2))
    assert page.search() >= 1
    assert set(_column(page, 1)) == {"李前台"} and set(_column(page, 2)) == {"新建"}

    page.use_dates.setChecked(False)
    page.text_box.setText("晚上八点")
    assert page.search() == 1
    page.text_box.setText("没有这样的内容")
    assert page.search() == 0 and page.table.rowCount() == 0


def test_a_reversed_date_range_is_named_not_a_crash(
    qtbot: QtBot, ui_db: Database, logged: dict[str, int]
) -> None:
    page = _page(qtbot, ui_db, logged["admin"])
    page.use_dates.setChecked(True)
    page.from_edit.setDate(QDate(2026, 11, 30))
    page.to_edit.setDate(QDate(2026, 11, 1))
    assert page.search() == 0
    assert "结束日期不能早于开始日期" in page.status_label.text()
    assert page.from_edit.date().toString("yyyy-MM-dd") == "2026-11-30"  # kept


def test_switching_user_shows_or_hides_the_log(qtbot: QtBot, ui_db: Database, logged: dict[str, int]) -> None:
    page = _page(qtbot, ui_db, logged["desk"])
    assert page.is_refused()
    page.context.set_staff(logged["admin"])
    assert not page.is_refused() and page.table.rowCount() > 0
    page.context.set_staff(logged["boss"])
    assert page.is_refused() and page.table.rowCount() == 0


def test_the_page_is_registered(qtbot: QtBot, ui_db: Database) -> None:
    page = build_page("audit_log", DeskContext(ui_db, None))
    assert isinstance(page, AuditPage)
    qtbot.addWidget(page)


# -- exporting the client archive ---------------------------------------------------------------


def _exports(db: Database) -> list[AuditLog]:
    with db.read() as session:
        return list(session.scalars(select(AuditLog).where(AuditLog.action == AuditAction.EXPORT)))


def test_client_export_is_refused_to_a_receptionist_and_audited_for_a_supervisor(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = _people(ui_db)
    with ui_db.begin(people["desk"]) as session:
        session.add(Client(name="张三", name_initials="zs"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    target = tmp_path / "clients.xlsx"

    clerk_page = ClientsPage(DeskContext(ui_db, people["desk"]))
    qtbot.addWidget(clerk_page)
    clerk_page.list_view.export_to_excel(str(target))
    assert warnings and "客服主管" in warnings[0] and "导出客户资料" in warnings[0]
    assert not clerk_page.list_view.is_exporting() and not target.exists()
    assert _exports(ui_db) == []

    boss_page = ClientsPage(DeskContext(ui_db, people["boss"]))
    qtbot.addWidget(boss_page)
    with qtbot.waitSignal(boss_page.list_view.exported, timeout=10000):
        boss_page.list_view.export_to_excel(str(target))
    qtbot.waitUntil(lambda: not boss_page.list_view.is_exporting())
    assert target.exists()
    rows = _exports(ui_db)
    assert len(rows) == 1 and rows[0].staff_id == people["boss"] and rows[0].table_name == "client"
    assert rows[0].new_value == "1 条"
