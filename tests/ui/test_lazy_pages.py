"""The main window builds a page the first time it is shown or asked for, not at
start-up (every list would read its first page from the database before the window
appears: seconds on ten years of books, docs/performance.md)."""

from __future__ import annotations

from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import NAVIGATION, all_destinations
from desk_app.ui.record_list import RecordListView


def _built(window: MainWindow) -> set[str]:
    return set(window._pages)


def test_only_the_start_page_is_built_at_start_up(window: MainWindow) -> None:
    start = next(all_destinations()).key
    assert _built(window) == {start}
    assert window.stack.count() == sum(len(group.destinations) for group in NAVIGATION)


def test_a_page_is_built_once_when_first_shown(window: MainWindow) -> None:
    window.show_destination("visitors")
    page = window.stack.currentWidget()
    assert window.current_key() == "visitors" and "visitors" in _built(window)
    assert page.findChildren(RecordListView), "the real visitors page, with its list"
    position = window.stack.indexOf(page)
    window.show_destination("complaints")
    window.show_destination("visitors")
    assert window.stack.currentWidget() is page, "built once, kept"
    assert window.stack.indexOf(page) == position
    assert window.stack.count() == sum(len(group.destinations) for group in NAVIGATION)


def test_asking_for_a_page_builds_it_without_showing_it(window: MainWindow) -> None:
    before = window.current_key()
    page = window.page("letters")
    assert "letters" in _built(window) and window.page("letters") is page
    assert window.current_key() == before


def test_open_requests_build_the_owning_page(window: MainWindow) -> None:
    window.context.request_open("disputes", 123456)  # no such record: the page says so
    assert window.current_key() == "disputes"
