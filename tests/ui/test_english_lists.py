"""Issue 15: in the English interface the lines the services build for lists (今日事项,
the dashboard's tile lists) carry no Chinese of their own: kinds, statuses and "why due"
are labelled in English ("Corridor clutter · 4-1-2303 · Check due", not "噪音 · … · 待检查");
only what people typed stays as typed."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import ClassVar

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desk_app.models.database import Database
from desk_app.models.enums import ReminderKind
from desk_app.services import reminder_cases, today
from desk_app.services.dashboard import TileKey, collect
from desk_app.ui.language import SOURCE_LANGUAGE, install_language
from tests.ui.book_pages import NOW

HAN = re.compile(r"[\u4e00-\u9fff]")


class _NewWords(QTranslator):
    """The English of the words this change made translatable, until the .ts files are
    brought up to date centrally."""

    WORDS: ClassVar[dict[str, str]] = {"待检查": "Check due", "可清理": "May be cleared"}

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get(source) if context == "Services" else None


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "en")
    words = _NewWords()
    qapp.installTranslator(words)
    try:
        yield
    finally:
        qapp.removeTranslator(words)
        install_language(qapp, SOURCE_LANGUAGE)


def test_reminder_lines_in_english(book_db: Database, book_ids: dict[str, int], english: None) -> None:
    with book_db.begin(actor_id=book_ids["desk"]) as session:
        reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, location="3-2-1201")
    later = NOW + timedelta(days=30)
    with book_db.read() as session:
        lines = [str(item.title) for item in today.checks_due(session, book_ids["desk"], later)]
        tile = collect(session, later).tile(TileKey.REMINDER_CASES_DUE)
    assert lines and all(not HAN.search(line) for line in lines), lines
    summaries = [str(item.summary) for item in tile.items]
    assert summaries and all("Check due" in summary for summary in summaries), summaries


def test_chart_names_that_do_not_fit_stand_upright_whole(
    qtbot: QtBot, ui_db: Database, english: None
) -> None:
    """Issue 15: the root-cause names were cut to "M…" in English; names that do not fit
    side by side are set upright, whole."""
    from desk_app.ui.dashboard_page import DashboardPage
    from desk_app.ui.desk_context import DeskContext

    page = DashboardPage(DeskContext(ui_db))
    qtbot.addWidget(page)
    page.refresh_timer.stop()
    page.resize(1140, 640)
    with qtbot.waitSignal(page.refreshed, timeout=10_000):
        page.show()
    assert page.cause_chart.slanted, "Environment does not fit a fifth of a third"
    assert not page.class_chart.slanted and not page.month_chart.slanted
