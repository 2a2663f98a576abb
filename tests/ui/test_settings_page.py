"""The settings screen: general settings with errors next to the field, calendar
overrides with the missing-year warning, and the database URL for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Staff
from desk_app.models.database import Database, configured_database_url
from desk_app.models.enums import StaffRole
from desk_app.services import calendar, calendar_admin
from desk_app.services.errors import FieldError
from desk_app.services.settings import load_settings
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.settings_page import SettingsPage


def _staff(db: Database) -> tuple[int, int]:
    with db.begin() as session:
        admin = Staff(login="admin", name="管理员", role=StaffRole.ADMINISTRATOR)
        clerk = Staff(login="clerk", name="前台", role=StaffRole.RECEPTIONIST)
        session.add_all([admin, clerk])
        session.flush()
        return admin.id, clerk.id


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database, _ = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.dispose()


def _page(qtbot: QtBot, db: Database, staff_id: int) -> SettingsPage:
    page = SettingsPage(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    return page


def test_general_settings_round_trip(qtbot: QtBot, db: Database) -> None:
    """Fill, save, reopen — on SQLite and PostgreSQL."""
    admin, _clerk = _staff(db)
    page = _page(qtbot, db, admin)
    form = page.general
    form.name_box.clear()
    qtbot.keyClicks(form.name_box, "Garden")
    form.start_box.setTime(QTime(8, 30))
    form.end_box.setTime(QTime(17, 30))
    form.callback_box.setValue(3)
    assert form.is_dirty()
    assert form.save()
    assert "已保存" in form.banner.text()
    with db.read() as session:
        settings = load_settings(session)
    assert settings.community_name == "Garden"
    assert f"{settings.work_start:%H:%M}-{settings.work_end:%H:%M}" == "08:30-17:30"
    assert settings.callback_working_days == 3
    again = _page(qtbot, db, admin)
    assert again.general.name_box.text() == "Garden"
    assert again.general.start_box.time() == QTime(8, 30)
    assert again.general.callback_box.value() == 3


def test_errors_land_next_to_the_field(qtbot: QtBot, sqlite_db: Database) -> None:
    admin, _clerk = _staff(sqlite_db)
    page = _page(qtbot, sqlite_db, admin)
    form = page.general
    form.end_box.setTime(QTime(8, 0))
    assert not form.save()
    assert "下班时间必须晚于上班时间" in (form.field_error_text("work_end") or "")
    assert form.end_box.time() == QTime(8, 0)  # nothing typed is lost
    form.end_box.setTime(QTime(18, 0))
    form.name_box.clear()
    assert not form.save()
    assert form.field_error_text("community_name") == "请填写小区名称"


def test_receptionist_sees_but_cannot_change(qtbot: QtBot, sqlite_db: Database) -> None:
    _admin, clerk = _staff(sqlite_db)
    page = _page(qtbot, sqlite_db, clerk)
    assert not page.role_note.isHidden()
    assert not page.general.isEnabled() and not page.add_button.isEnabled()
    with pytest.raises(FieldError), sqlite_db.begin(actor_id=_admin) as session:
        calendar_admin.save_community_settings(
            session,
            community_name="x",
            work_start=QTime(9, 0).toPython(),
            work_end=QTime(18, 0).toPython(),
            progress_update_working_days=0,
            callback_working_days=2,
        )


def test_overrides_add_remove_and_missing_year_warning(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin, _clerk = _staff(sqlite_db)
    today = date(2026, 11, 23)
    sqlite_db.clock = FixedClock(datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    monkeypatch.setattr(calendar, "package_years", lambda: frozenset({today.year}))
    page = _page(qtbot, sqlite_db, admin)
    assert str(today.year + 1) in page.calendar_warning.text()
    assert "尚未载入" in page.calendar_warning.text()
    page.day_box.setDate(QDate(today.year + 1, 1, 1))
    page.kind_box.setCurrentIndex(0)  # 放假
    page.note_box.setText("元旦")
    assert page.add_override()
    assert page.override_table.rowCount() == 1
    assert page.override_table.item(0, 0).text() == f"{today.year + 1}-01-01"  # type: ignore[union-attr]
    assert page.override_table.item(0, 1).text() == "放假"  # type: ignore[union-attr]
    assert "均已载入" in page.calendar_warning.text()  # an override covers the year
    page.override_table.setCurrentCell(0, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    assert not page.remove_override()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    assert page.remove_override()
    assert page.override_table.rowCount() == 0
    assert "尚未载入" in page.calendar_warning.text()


def test_database_url_is_tested_and_kept_for_the_next_start(
    qtbot: QtBot, sqlite_db: Database, tmp_path: Path
) -> None:
    admin, _clerk = _staff(sqlite_db)
    page = _page(qtbot, sqlite_db, admin)
    assert page.current_url_label.text() == sqlite_db.display_url
    page.url_box.setText("mysql://x/y")
    assert not page.save_url()
    assert "不支持" in page.url_message.text()
    assert configured_database_url() is None
    target = f"sqlite:///{tmp_path / 'next.sqlite3'}"
    page.url_box.setText(target)
    assert page.test_url()
    assert "连接成功" in page.url_message.text()
    assert page.save_url()
    assert "下次启动" in page.url_message.text()
    assert configured_database_url() == target
    assert page.saved_url_label.text() == target
    page.reset_url()
    assert configured_database_url() is None
