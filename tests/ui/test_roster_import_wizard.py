"""The import wizards (issue 13): file → preview (rejected rows red, warnings yellow with
the reason as a tooltip, 'only problems') → import on a worker with a progress bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.models import AuditLog, Client, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import accounts
from desk_app.ui.roster_import_wizard import (
    ImportWizard,
    export_roster_dialog,
    open_roster_import,
    open_staff_import,
)
from tests.roster_files import QUIRKS, write_csv

ROOT = Path(__file__).resolve().parents[2]


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Room, Client, AuditLog)
        )


def preview(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.plan is not None or page.error is not None, timeout=10_000)


def test_roster_preview_then_import(qtbot: QtBot, ui_db: Database, tmp_path: Path) -> None:
    rows = [*QUIRKS[:-2], ["3-2-1207", "郑十", "1380013800a", "2021-13-45"], ["九栋", "吴一", "", ""]]
    wizard = open_roster_import(None, ui_db, None)
    qtbot.addWidget(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file yet
    preview(qtbot, wizard, write_csv(tmp_path / "名册.csv", rows))
    page = wizard.preview_page
    model = page.model
    assert model.rowCount() == 11
    assert "可导入 10 行（其中空房 1 行）；拒绝 1 行；警告 2 条" in page.summary.text()
    by_row = {int(str(model.index(r, 0).data())): r for r in range(model.rowCount())}
    warned = model.index(by_row[12], 7)
    assert warned.data(Qt.ItemDataRole.BackgroundRole) == QColor("#fff4c2")
    assert "1380013800a" in warned.data(Qt.ItemDataRole.ToolTipRole)
    assert "2021-13-45" in warned.data(Qt.ItemDataRole.ToolTipRole)
    rejected = model.index(by_row[13], 7)
    assert rejected.data(Qt.ItemDataRole.BackgroundRole) == QColor("#fde2e1")
    assert "九栋" in rejected.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(by_row[3], 3).data() == "13800138000、13900139000"
    page.only_problems.setChecked(True)
    assert model.rowCount() == 2
    page.only_problems.setChecked(False)
    assert counts(ui_db) == (0, 0, 0)  # nothing stored by the preview

    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.isEnabled() and commit.text() == "导入(&I)"
    imported: list[bool] = []
    wizard.imported.connect(lambda: imported.append(True))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=10_000)
    assert "新建房间 8 间；新建客户 8 位" in wizard.import_page.status.text() and imported
    assert wizard.import_page.progress.value() == wizard.import_page.progress.maximum()
    assert counts(ui_db)[:2] == (8, 8)
    assert not wizard.import_page.accounts.isVisibleTo(wizard)  # passwords: the staff import's
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_preview_marks_known_clients_and_voided_rooms(qtbot: QtBot, ui_db: Database, tmp_path: Path) -> None:
    from desk_app.services.roster import import_roster_file, read_roster

    import_roster_file(
        ui_db, read_roster(write_csv(tmp_path / "a.csv", [["房号", "姓名"], ["1-1-101", "张三"]]))
    )
    with ui_db.begin() as session:
        session.add(Room(building_id=1, unit="1", number="102", code="1-1-102", digits="11102"))
        session.flush()
        room = session.scalars(select(Room).where(Room.code == "1-1-102")).one()
        room.voided_at = ui_db.clock.now()
    rows = [["房号", "姓名"], ["1-1-101", "张三"], ["1-1-102", "李四"], ["1-1-103", "王五"]]
    wizard = ImportWizard("roster", ui_db, None)
    qtbot.addWidget(wizard)
    preview(qtbot, wizard, write_csv(tmp_path / "b.csv", rows))
    model = wizard.preview_page.model
    assert [model.index(r, 7).data() for r in range(3)] == [
        "已有客户（有变化则更新）",
        "不导入：房号 1-1-102 已作废",
        "新客户",
    ]
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor("#fde2e1")


def test_sample_roster_imports_cleanly(qtbot: QtBot, ui_db: Database) -> None:
    wizard = ImportWizard("roster", ui_db, None)
    qtbot.addWidget(wizard)
    preview(qtbot, wizard, ROOT / "docs" / "sample-roster.csv")
    plan = wizard.preview_page.plan
    assert plan.header_row == 2 and len(plan.rows) == 18 and not plan.rejected and not plan.warnings


@pytest.mark.parametrize(("name", "content"), [("x.csv", b"\x00\xff\xfe garbage \x00"), ("x.xlsx", b"nope")])
def test_an_unreadable_file_stores_nothing(
    qtbot: QtBot, ui_db: Database, tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard = ImportWizard("roster", ui_db, None)
    qtbot.addWidget(wizard)
    preview(qtbot, wizard, path)
    assert wizard.preview_page.error is not None
    assert "没有保存任何内容" in wizard.preview_page.summary.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert counts(ui_db) == (0, 0, 0)


def test_workbook_sheets_are_offered(qtbot: QtBot, ui_db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.title = "说明"
    second = workbook.create_sheet("名册")
    second.append(["房号", "姓名"])
    second.append(["1-1-101", "张三"])
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    wizard = ImportWizard("roster", ui_db, None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(path))
    box = wizard.file_page.sheet_box
    assert [box.itemText(i) for i in range(box.count())] == ["说明", "名册"]
    box.setCurrentIndex(1)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.plan is not None, timeout=10_000)
    assert [row.name for row in wizard.preview_page.plan.rows] == ["张三"]


def test_staff_import_shows_the_start_passwords_once(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    with ui_db.begin() as session:
        admin = Staff(login="boss", name="管理员", role=StaffRole.ADMINISTRATOR)
        session.add(admin)
        session.flush()
        admin_id = admin.id
    wizard = open_staff_import(None, ui_db, admin_id)
    qtbot.addWidget(wizard)
    preview(qtbot, wizard, ROOT / "docs" / "sample-staff.csv")
    assert wizard.preview_page.model.rowCount() == 5
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=20_000)
    page = wizard.import_page
    assert "新建账号 5 个" in page.status.text() and "新建部门 客服中心、工程部" in page.status.text()
    assert page.accounts.rowCount() == 5 and page.accounts.isVisibleTo(wizard)
    login, password = page.accounts.item(0, 2).text(), page.accounts.item(0, 4).text()
    with ui_db.read() as session:
        staff = session.scalars(select(Staff).where(Staff.login == login)).one()
        assert accounts.verify_password(password, staff.password_hash) and staff.must_change_password
    page.copy_passwords()
    assert password in QGuiApplication.clipboard().text()
    out = tmp_path / "accounts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    assert page.save_passwords() == out
    assert password in out.read_text(encoding="utf-8-sig")


def test_staff_import_by_a_receptionist_is_refused(qtbot: QtBot, ui_db: Database) -> None:
    with ui_db.begin() as session:
        clerk = Staff(login="clerk", name="前台甲", role=StaffRole.RECEPTIONIST)
        session.add(clerk)
        session.flush()
        clerk_id = clerk.id
    wizard = ImportWizard("staff", ui_db, clerk_id)
    qtbot.addWidget(wizard)
    preview(qtbot, wizard, ROOT / "docs" / "sample-staff.csv")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.finished, timeout=10_000)
    assert "系统管理员" in wizard.import_page.status.text()
    with ui_db.read() as session:
        assert session.scalar(select(func.count()).select_from(Staff)) == 1


def test_export_dialog(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desk_app.services.roster import import_roster_file, read_roster

    import_roster_file(ui_db, read_roster(write_csv(tmp_path / "r.csv", QUIRKS)))
    out = tmp_path / "导出"
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: shown.append(text))
    assert export_roster_dialog(None, ui_db) == out.with_suffix(".xlsx")
    assert shown and "已导出 8 行" in shown[0]
    assert len(read_roster(out.with_suffix(".xlsx")).rows) == 8
