"""Fixtures of the window tests: a throw-away SQLite database and the main window on it."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.models import Department, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _restore_process_state(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """run_gui installs an excepthook and a log file handler; undo both after each test."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def _private_instance_name(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """run_gui listens for a second start (single_instance): never on the name of a
    program the developer has running, nor on another test's."""
    monkeypatch.setenv("DESK_APP_INSTANCE_NAME", f"desk-app-test-{os.getpid()}-{tmp_path.name}")


@pytest.fixture
def ui_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(f"sqlite:///{tmp_path}/t.sqlite3")
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def window(qtbot: QtBot, ui_db: Database) -> MainWindow:
    main = MainWindow(ui_db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def admin_window(qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The main window signed in as an administrator (every screen shows everything),
    1366×740, shown; pages do not load their first record on a timer. A test that
    installs an interface language names that fixture before this one."""
    monkeypatch.setattr("desk_app.ui.record_page.QTimer.singleShot", lambda *_args: None)
    with ui_db.begin() as session:
        admin = Staff(
            login="admin", name="管理员", role=StaffRole.ADMINISTRATOR, department=Department(name="客服部")
        )
        session.add(admin)
        session.flush()
        admin_id = admin.id
    main = MainWindow(ui_db, staff_id=admin_id)
    qtbot.addWidget(main)
    main.resize(1366, 740)
    main.show()
    qtbot.waitExposed(main)
    return main
