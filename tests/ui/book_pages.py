"""What the tests of the book screens share (dispatch slips, the reception books,
rectification notices, reminder slips): a small centre with two members of staff, two
departments and a room at a fixed clock, and the moves a receptionist makes on a
``BookPage``: open it, type, choose, save with Ctrl+S, reopen a record.

The fixtures (``book_db``, ``book_ids``, ``no_dialogs``) reach the tests through
``pytest_plugins`` in ``tests/conftest.py``; a module turns ``no_dialogs`` on with
``pytestmark = pytest.mark.usefixtures("no_dialogs")``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import open_database
from desk_app.clock import DEFAULT_ZONE, FixedClock
from desk_app.models import Building, Department, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.ui.book_form import BookForm
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=DEFAULT_ZONE)


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal box would block the test: any unexpected one answers "No"/"Discard"."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def seed(db: Database) -> dict[str, int]:
    with db.begin() as session:
        office = Department(name="客服部")
        admin = Department(name="行政人事部")
        session.add_all([office, admin])
        session.flush()
        desk = Staff(login="li", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        boss = Staff(login="wang", name="王主管", role=StaffRole.SUPERVISOR, department_id=office.id)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add_all([desk, boss, room])
        session.flush()
        return {"desk": desk.id, "boss": boss.id, "room": room.id, "office": office.id}


@pytest.fixture
def book_db(tmp_path: Path) -> Iterator[Database]:
    db, _ = open_database(f"sqlite:///{tmp_path}/books.sqlite3", clock=FixedClock(NOW))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def book_ids(book_db: Database) -> dict[str, int]:
    return seed(book_db)


def open_page(
    qtbot: QtBot, page_class: Callable[[DeskContext], BookPage], db: Database, staff_id: int
) -> BookPage:
    page = page_class(DeskContext(db, staff_id))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # shortcuts (Ctrl+S, Ctrl+N) need the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


def type_into(qtbot: QtBot, form: BookForm, name: str, text: str) -> None:
    """Type ``text`` as a person would (QTest cannot send Chinese key events, so the
    text is inserted at the cursor, which emits the same editing signals)."""
    box = form.boxes[name]
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.insert(text)
    elif isinstance(box, QPlainTextEdit):
        box.insertPlainText(text)
    else:
        raise TypeError(type(box).__name__)


def press_save(qtbot: QtBot, page: BookPage) -> None:
    first = next(iter(page.book_form.boxes.values()))
    qtbot.keyClick(first, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def choose(form: BookForm, name: str, data: Any) -> None:
    combo = form.boxes[name]
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, f"{data!r} not in {name}"
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def reopen(
    qtbot: QtBot, page_class: Callable[[DeskContext], BookPage], db: Database, staff_id: int, record_id: int
) -> BookForm:
    page = open_page(qtbot, page_class, db, staff_id)
    page.open_record(record_id)
    assert page.book_form.record_id == record_id
    return page.book_form


def find_label(widget: QWidget, name: str) -> QLabel:
    label = widget.findChild(QLabel, name)
    assert label is not None
    return label
