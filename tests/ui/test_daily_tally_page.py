"""The daily tally screen (R10): the day's complaints and repairs with status, the
confirmation by the signed-in staff member, the missing days, printing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.clock import FixedClock
from desk_app.models import Complaint, DailyTally, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ComplaintStatus, StaffRole, WorkLogStatus
from desk_app.ui.daily_tally_page import DailyTallyPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.pages import PAGE_CLASSES

SH = ZoneInfo("Asia/Shanghai")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@pytest.fixture
def staff(ui_db: Database) -> dict[StaffRole, int]:
    ui_db.clock = FixedClock(at("2026-11-23 17:30"))  # Monday
    ids = {}
    with ui_db.begin() as session:
        for role, name in ((StaffRole.SUPERVISOR, "朱主管"), (StaffRole.SERVICE_STAFF, "管家小王")):
            member = Staff(login=role.value, name=name, role=role)
            session.add(member)
            session.flush()
            ids[role] = member.id
        session.add_all(
            [
                Complaint(received_at=at("2026-11-23 09:30"), channel=Channel.CALL, description="电梯异响"),
                Complaint(
                    received_at=at("2026-11-23 11:00"),
                    channel=Channel.VISIT,
                    description="垃圾未清",
                    status=ComplaintStatus.CLOSED,
                ),
                WorkLogEntry(
                    received_at=at("2026-11-23 10:00"),
                    channel=Channel.CALL,
                    category=Category.REPAIR,
                    content="厨房漏水",
                    status=WorkLogStatus.DONE,
                ),
                Complaint(
                    received_at=at("2026-11-20 10:00"), channel=Channel.CALL, description="上周五的投诉"
                ),
            ]
        )
    return ids


@pytest.fixture
def page(qtbot: QtBot, ui_db: Database, staff: dict[StaffRole, int]) -> DailyTallyPage:
    widget = DailyTallyPage(DeskContext(ui_db, staff_id=staff[StaffRole.SUPERVISOR]))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_registered_under_the_navigation_key() -> None:
    assert PAGE_CLASSES["daily_tally"] == "desk_app.ui.daily_tally_page:DailyTallyPage"


def test_the_days_complaints_and_repairs_with_status(page: DailyTallyPage) -> None:
    assert page.day == date(2026, 11, 23)
    rows = [
        [page.table.item(row, column).text() for column in range(6)] for row in range(page.table.rowCount())
    ]
    assert [row[0] for row in rows] == ["投诉", "报修", "投诉"]
    assert [row[2] for row in rows] == ["09:30", "10:00", "11:00"]
    assert rows[0][4] == "电梯异响" and rows[2][5] == "已关闭"
    assert "投诉 2 件、报修 1 件，其中未完结 1 件" in page.summary_label.text()
    assert page.confirmation_label.text() == "尚未确认。"
    # Past working days without a tally are listed, newest first; today is not late yet.
    first = page.missing_list.item(0).text()
    assert first == "2026-11-20"


def test_confirming_records_the_signed_in_person(page: DailyTallyPage, ui_db: Database) -> None:
    page.note_edit.setText("电梯已报修")
    assert page.confirm()
    with ui_db.read() as session:
        tally = session.query(DailyTally).one()
        assert tally.day == date(2026, 11, 23) and tally.complaints_count == 2 and tally.open_count == 1
        assert tally.note == "电梯已报修"
    assert page.confirmation_label.text() == "已于 2026-11-23 17:30 由 朱主管 确认。"
    assert page.confirm_button.text().startswith("重新确认")


def test_a_click_on_a_missing_day_shows_it_and_confirming_clears_it(
    qtbot: QtBot, page: DailyTallyPage, ui_db: Database
) -> None:
    item = page.missing_list.item(0)
    page.missing_list.itemClicked.emit(item)
    assert page.day == date(2026, 11, 20)
    assert page.table.rowCount() == 1
    assert page.confirm()
    texts = [page.missing_list.item(row).text() for row in range(page.missing_list.count())]
    assert "2026-11-20" not in texts


def test_service_staff_may_not_confirm(
    qtbot: QtBot, ui_db: Database, staff: dict[StaffRole, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    widget = DailyTallyPage(DeskContext(ui_db, staff_id=staff[StaffRole.SERVICE_STAFF]))
    qtbot.addWidget(widget)
    assert not widget.confirm()
    assert shown and "R10" in shown[0]
    nobody = DailyTallyPage(DeskContext(ui_db))
    qtbot.addWidget(nobody)
    assert not nobody.confirm()
    assert "值班人员" in shown[-1]


def test_a_future_day_cannot_be_confirmed(page: DailyTallyPage) -> None:
    page.day_edit.setDate(QDate(2026, 11, 24))
    assert not page.confirm_button.isEnabled()


def test_enter_on_a_row_opens_the_record(qtbot: QtBot, page: DailyTallyPage, ui_db: Database) -> None:
    with ui_db.read() as session:
        repair_id = session.query(WorkLogEntry.id).scalar()
    page.table.setCurrentCell(1, 0)
    with qtbot.waitSignal(page.context.openRequested, timeout=2000) as opened:
        page.table.itemActivated.emit(page.table.item(1, 0))
    assert opened.args == ["worklog", repair_id]


def test_print_through_the_registry_or_disabled(
    qtbot: QtBot, page: DailyTallyPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 15: 日盘点 prints through the preview, whose save proposes the printouts
    folder and a name with the day."""
    from PySide6.QtWidgets import QApplication

    from desk_app.ui.print_preview import PrintPreviewDialog

    if not page.print_available:
        assert not page.print_button.isEnabled()
        assert "即将提供" in page.print_button.toolTip()
        return
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: pytest.fail("no PDF viewer: the preview"))
    page.print_tally()

    def preview() -> PrintPreviewDialog | None:
        found = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()
        ]
        return found[-1] if found else None

    qtbot.waitUntil(lambda: preview() is not None, timeout=10_000)
    dialog = preview()
    assert dialog is not None and dialog.pdf.startswith(b"%PDF")
    assert dialog.file_name.endswith("-2026-11-23.pdf") and "/" not in dialog.file_name
    dialog.close()
