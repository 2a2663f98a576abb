"""Issue 15: at 1366×768 and 1280×720 every screen fits the space the main window gives
it, without horizontal scrolling, in each of the three interface languages. Each page
(and each tab of it) is shown in a window of that width; the window must not have been
pushed wider by a page's minimum size, and no form's scroll area may scroll sideways."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desk_app.models.database import Database
from desk_app.ui.language import SOURCE_LANGUAGE, install_language
from desk_app.ui.main_window import TITLE_BAR_HEIGHT, MainWindow
from desk_app.ui.navigation import all_destinations

SCREENS = [(1366, 768), (1280, 720)]
#: What the taskbar and the title bar take from the screen's height.
FRAME_HEIGHT = 70


@pytest.fixture
def interface_language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    install_language(app, request.param)
    try:
        yield request.param
    finally:
        install_language(app, SOURCE_LANGUAGE)


def _sideways(window: MainWindow) -> list[str]:
    found = []
    page = window.stack.currentWidget()
    if page.minimumSizeHint().width() > window.stack.width():
        found.append(f"the page needs {page.minimumSizeHint().width()}, has {window.stack.width()}")
    for part in page.findChildren(QWidget):
        if part.isVisibleTo(window) and isinstance(part, QScrollArea | QTabWidget):
            right = part.mapTo(window, QPoint(part.width(), 0)).x()
            if right > window.width():
                found.append(f"{type(part).__name__} {part.objectName()} ends at {right}")
    for area in window.stack.currentWidget().findChildren(QScrollArea):
        if not area.isVisibleTo(window) or area.widget() is None:
            continue
        need = area.widget().minimumSizeHint().width()
        if area.horizontalScrollBar().maximum() > 0 or need > area.viewport().width():
            found.append(
                f"{area.objectName() or type(area.widget()).__name__}: needs {need}, has {area.viewport().width()}"
            )
    return found


@pytest.mark.parametrize("interface_language", ["zh_CN", "zh_TW", "en"], indirect=True)
def test_every_page_fits_the_counter_screen(interface_language: str, admin_window: MainWindow) -> None:
    window = admin_window
    problems: list[str] = []
    for width, height in SCREENS:
        for destination in all_destinations():
            window.resize(width, height - FRAME_HEIGHT)
            window.show_destination(destination.key)
            page = window.page(destination.key)
            tabs_widgets = [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(window)]
            views = [(tabs, index) for tabs in tabs_widgets for index in range(tabs.count())] or [(None, 0)]
            for tabs, index in views:
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                QApplication.processEvents()
                where = f"{interface_language} {width}: {destination.key}" + (
                    f" / {tabs.tabText(index)}" if tabs else ""
                )
                if window.height() > height - FRAME_HEIGHT:
                    problems.append(f"{where}: the window is {window.height()} high")
                if window.width() > width:
                    problems.append(
                        f"{where}: the window is {window.width()} wide (page wants {page.minimumSizeHint().width()})"
                    )
                problems += [f"{where}: {item}" for item in _sideways(window)]
    assert not problems, "\n".join(problems)


class _CounterScreen:
    """The counter PC's screen: 1366×768 less a 40-px taskbar."""

    def availableGeometry(self) -> QRect:  # noqa: N802 - Qt's name
        return QRect(0, 0, 1366, 728)


def test_window_fits_a_768_screen_and_remembers_its_size(
    qtbot: QtBot, ui_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "screen", lambda _self: _CounterScreen())
    first = MainWindow(ui_db)
    qtbot.addWidget(first)
    assert first.height() + TITLE_BAR_HEIGHT <= 728, "not taller than the screen's free height"
    assert first.width() <= 1366
    first.resize(1200, 650)
    first.splitter.setSizes([260, 940])
    first.show()
    qtbot.waitExposed(first)
    assert first.close()
    second = MainWindow(ui_db)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1200, 650), "the size of the last session"


@pytest.mark.parametrize("interface_language", ["zh_CN", "en"], indirect=True)
def test_every_action_button_of_a_book_form_fits_at_once(
    interface_language: str, admin_window: MainWindow
) -> None:
    """Issue 17: a saved record's step buttons stay visible, disabled with their reason,
    so a form may show all of them at once (the reminder slip has seven): the action row
    wraps them onto more lines instead of pushing the form wider than the screen."""
    from desk_app.ui.book_form import BookForm

    window = admin_window
    problems: list[str] = []
    checked = 0
    for width, height in SCREENS:
        for destination in all_destinations():
            window.resize(width, height - FRAME_HEIGHT)
            window.show_destination(destination.key)
            forms = window.page(destination.key).findChildren(BookForm)
            for form in forms:
                row = form.action_row
                for index in range(row.count()):
                    widget = row.itemAt(index).widget()
                    if widget is not None:
                        widget.setVisible(True)
                checked += row.count()
            QApplication.processEvents()
            problems += [
                f"{interface_language} {width}: {destination.key}: {item}" for item in _sideways(window)
            ]
    assert checked > 20  # the books' buttons were there to show
    assert not problems, "\n".join(problems)
