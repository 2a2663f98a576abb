"""Every registered screen builds on an empty database and on a demo community, opens its
newest record, and is what the main window shows for its navigation entry."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desk_app.bootstrap import open_database
from desk_app.demo import generate_demo
from desk_app.models import Staff
from desk_app.models.database import Database
from desk_app.screens.placeholder_counts import COUNTED
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import BANNER_STYLE, FormPage
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import all_destinations
from desk_app.ui.pages import PAGE_CLASSES, GuardsUnsavedInput, OpensRecords, build_page
from desk_app.ui.placeholder_page import PlaceholderPage

DESTINATIONS = {destination.key: destination for destination in all_destinations()}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("pages") / "demo.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    generate_demo(db, clients=60, months=2, seed=5, now=datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    try:
        yield db
    finally:
        db.dispose()


def test_every_registered_key_is_a_navigation_destination() -> None:
    assert set(PAGE_CLASSES) <= set(DESTINATIONS)


@pytest.mark.parametrize("key", sorted(PAGE_CLASSES))
def test_the_page_builds_on_an_empty_database(qtbot: QtBot, ui_db: Database, key: str) -> None:
    module_name, _, class_name = PAGE_CLASSES[key].partition(":")
    page = getattr(importlib.import_module(module_name), class_name)(DeskContext(ui_db))
    qtbot.addWidget(page)
    assert isinstance(page, QWidget)
    page.show()
    if isinstance(page, GuardsUnsavedInput):
        assert page.confirm_close() is True, "nothing typed yet: leaving needs no question"


@pytest.mark.parametrize("key", sorted(PAGE_CLASSES))
def test_the_page_opens_the_newest_record_of_a_demo_community(
    qtbot: QtBot, demo_db: Database, key: str
) -> None:
    with demo_db.read() as session:
        staff_id = session.scalar(select(func.min(Staff.id)))
    page = build_page(key, DeskContext(demo_db, staff_id))
    assert page is not None, f"{key}: the page failed to build (see the log)"
    qtbot.addWidget(page)
    page.show()
    model = COUNTED.get(key)
    if model is not None and isinstance(page, OpensRecords):
        with demo_db.read() as session:
            newest = session.scalar(select(func.max(model.id)))  # type: ignore[attr-defined]
        if newest is not None:
            page.open_record(newest)
            shown = shown_record(page)
            assert shown == newest, f"{key}: record {newest} is not shown ({shown}): {banner_text(page)}"


def shown_record(page: QWidget) -> int | None:
    """The record a page shows: the one its form holds, when the form shows no error (a
    form that could not read a record says why in its banner and keeps what it had)."""
    forms = [page] if isinstance(page, FormPage) else page.findChildren(FormPage)
    shown = {
        form.record_id
        for form in forms
        if form.record_id is not None and (form.banner.isHidden() or form.banner.styleSheet() != BANNER_STYLE)
    }
    return next(iter(shown)) if len(shown) == 1 else None


def banner_text(page: QWidget) -> str:
    forms = [page] if isinstance(page, FormPage) else page.findChildren(FormPage)
    return " / ".join(form.banner.text() for form in forms if not form.banner.isHidden())


def test_a_record_that_cannot_be_read_is_not_shown(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check above can fail: a page whose read fails keeps its reason in the banner
    and shows no record (issue 17: making the read raise still passed)."""
    from desk_app.screens.base import StorageError
    from desk_app.screens.complaint_sheet import ComplaintSheetScreen

    def broken(*_args: object) -> dict[str, object]:
        raise StorageError("读取失败：数据库暂时无法读取（OperationalError），请稍后再试")

    with demo_db.read() as session:
        staff_id = session.scalar(select(func.min(Staff.id)))
    page = build_page("complaints", DeskContext(demo_db, staff_id))
    assert isinstance(page, OpensRecords)
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(ComplaintSheetScreen, "read_in", broken)
    page.open_record(1)
    assert shown_record(page) is None and "读取失败" in banner_text(page)


def test_the_window_shows_the_real_page_for_each_registered_key(qtbot: QtBot, ui_db: Database) -> None:
    window = MainWindow(ui_db)
    qtbot.addWidget(window)
    for key in DESTINATIONS:
        page = window.page(key)
        assert isinstance(page, PlaceholderPage) is (key not in PAGE_CLASSES), key
