"""The monthly reports screen: statuses listed, the dialog generates a report off the
GUI thread with progress, and marking it done clears the overdue state."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from desk_app.clock import FixedClock
from desk_app.models import Complaint, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Channel, ReportKind, StaffRole
from desk_app.services.report_status import ReportState
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.monthly_reports_page import MonthlyReportsPage, ReportDialog
from desk_app.ui.pages import PAGE_CLASSES

SH = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def supervisor(ui_db: Database) -> int:
    ui_db.clock = FixedClock(datetime(2026, 11, 23, 10, tzinfo=SH))
    with ui_db.begin() as session:
        staff = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR)
        session.add(staff)
        session.add(
            Complaint(
                received_at=datetime(2026, 10, 9, 10, tzinfo=SH), channel=Channel.CALL, description="电梯困人"
            )
        )
        session.flush()
        return staff.id


def test_statuses_listed_and_generate_then_mark_done(
    qtbot: QtBot, ui_db: Database, supervisor: int, tmp_path: Path
) -> None:
    assert PAGE_CLASSES["monthly_reports"] == "desk_app.ui.monthly_reports_page:MonthlyReportsPage"
    page = MonthlyReportsPage(DeskContext(ui_db, staff_id=supervisor))
    qtbot.addWidget(page)
    row = next(
        index
        for index, status in enumerate(page.statuses)
        if status.kind is ReportKind.COMPLAINT_ANALYSIS and status.month == date(2026, 10, 1)
    )
    assert page.statuses[row].state is ReportState.OVERDUE
    assert page.table.item(row, 3).text() == "已逾期"

    dialog = page.open_dialog(row)
    assert isinstance(dialog, ReportDialog)
    assert dialog.kind is ReportKind.COMPLAINT_ANALYSIS and dialog.month == date(2026, 10, 1)
    dialog.measures_edit.setPlainText("电梯维保改为每周一次")
    out = tmp_path / "analysis.pdf"
    with qtbot.waitSignal(dialog.generated, timeout=20_000) as generated:
        dialog.generate(out)
    assert generated.args == [str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    assert dialog.done_button.isEnabled()

    status = dialog.mark_done()
    assert status is not None and status.state is ReportState.DONE
    assert page.statuses[row].state is ReportState.DONE  # the page reloaded
    assert page.table.item(row, 4).text() == "analysis.pdf"


def test_generation_failure_is_reported(
    qtbot: QtBot, ui_db: Database, supervisor: int, tmp_path: Path
) -> None:
    dialog = ReportDialog(DeskContext(ui_db, staff_id=supervisor), ReportKind.STATISTICS, date(2026, 10, 1))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=20_000):
        dialog.generate(tmp_path / "missing-folder" / "x.xlsx")
    assert dialog.start_button.isEnabled()
    assert "生成失败" in dialog.status_label.text()


def test_mark_done_is_offered_as_the_rule_says(qtbot: QtBot, ui_db: Database, supervisor: int) -> None:
    """Issue 17: "mark done" was offered to everyone and then refused. A receptionist's
    button is disabled with the rule's reason; a supervisor's says why a month that has
    not begun cannot be marked, and the reason follows the month chosen."""
    with ui_db.begin() as session:
        desk = Staff(login="qian", name="钱前台", role=StaffRole.RECEPTIONIST)
        session.add(desk)
        session.flush()
        desk_id = desk.id
    dialog = ReportDialog(DeskContext(ui_db, staff_id=desk_id), ReportKind.STATISTICS, date(2026, 10, 1))
    qtbot.addWidget(dialog)
    assert not dialog.done_button.isEnabled() and not dialog.done_state.enabled
    assert "登记月度报告完成" in dialog.done_button.toolTip()

    boss = ReportDialog(DeskContext(ui_db, staff_id=supervisor), ReportKind.STATISTICS, date(2026, 10, 1))
    qtbot.addWidget(boss)
    assert (
        boss.done_state.enabled
        and boss.done_button.toolTip() == "由主管或部门负责人登记，看板上的提醒随之消除（R11）"
    )
    boss.month_edit.setDate(boss.month_edit.date().addMonths(3))  # January 2027
    assert not boss.done_state.enabled and "尚未到来" in boss.done_button.toolTip()
