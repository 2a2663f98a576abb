"""The shared record list: lazy pages, server-side sorting, search, filters, export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desk_app.bootstrap import open_database
from desk_app.models.database import Database
from desk_app.models.replies import StandardReply
from desk_app.screens import lists as record_list
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.screens.lists import ExportCancelledError, export_rows, list_conditions
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.record_list import RecordListView, cell_text, display_value

REPLY_LIST = ListSpec(
    kind="standard_replies",
    model=StandardReply,
    columns=(
        Column("主题", StandardReply.topic),
        Column("问题", StandardReply.question),
        Column("编号", StandardReply.id),
        Column("登记时间", StandardReply.created_at),
    ),
    search=(StandardReply.topic, StandardReply.question),
    filters=(
        Filter(
            "类别",
            (
                ("全部", None),
                ("收费", StandardReply.topic.like("收费%")),
                ("其他", StandardReply.topic.like("其他%")),
            ),
        ),
    ),
    default_order=StandardReply.id.asc(),
    export_name="统一回复口径",
)


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database, _ = open_database(sqlite_url)
    try:
        yield database
    finally:
        database.dispose()


def _fill(db: Database, count: int) -> None:
    created = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)  # 09:30 in Shanghai
    rows = [
        {
            "topic": f"{'收费' if n % 2 else '其他'}主题{n:04d}",
            "question": f"问题 Q{n:04d}",
            "reply_text": "答复",
            "keywords": "",
            "created_at": created,
            "version": 1,
            "voided_at": created if n == 7 else None,
            "void_reason": "重复" if n == 7 else None,
        }
        for n in range(1, count + 1)
    ]
    # Core rows, written past the session's audit (a test's seed, not a person's save).
    with db.begin() as session:
        session.connection().execute(insert(StandardReply.__table__), rows)


@pytest.fixture
def view(qtbot: QtBot, sqlite_db: Database) -> RecordListView:
    _fill(sqlite_db, 1000)
    widget = RecordListView(DeskContext(sqlite_db), REPLY_LIST)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    return widget


def test_only_the_first_page_is_read(view: RecordListView) -> None:
    assert view.row_count() == 999  # one of the 1000 is voided
    assert view.model.loaded_count() == record_list.PAGE_SIZE
    assert view.model.pages_read == 1
    assert view.count_label.text() == "共 999 条"
    assert view.model.canFetchMore()
    view.model.fetchMore()
    assert view.model.loaded_count() == 2 * record_list.PAGE_SIZE


def test_header_click_sorts_in_the_database(view: RecordListView) -> None:
    first = view.model.index(0, 0).data()
    assert first == "收费主题0001"
    view.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert view.model.index(0, 2).data() == "1000"
    assert view.model.loaded_count() == record_list.PAGE_SIZE
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.model.index(0, 1).data() == "问题 Q0001"


def test_search_is_case_insensitive_and_every_word_must_match(qtbot: QtBot, view: RecordListView) -> None:
    qtbot.keyClicks(view.search_box, "q012")
    qtbot.waitUntil(lambda: view.row_count() == 10)  # Q0120 … Q0129 after the debounce
    view.set_search_text("收费 q012")
    assert view.row_count() == 5
    assert all(view.model.index(r, 0).data().startswith("收费") for r in range(5))
    view.set_search_text("50%")
    assert view.row_count() == 0  # % is a literal, not a wildcard
    qtbot.keyClick(view.search_box, Qt.Key.Key_Escape)
    assert view.search_box.text() == "" and view.row_count() == 999


def test_filters_and_extra_condition(view: RecordListView) -> None:
    view.filter_boxes[0].setCurrentIndex(1)
    assert view.row_count() == 499  # the odd ones, less the voided 7
    view.set_extra_condition(StandardReply.id <= 10)
    assert view.row_count() == 4
    view.filter_boxes[0].setCurrentIndex(0)
    assert view.row_count() == 9  # 1 … 10 without the voided 7


def test_values_show_local_time_and_labels(view: RecordListView) -> None:
    assert view.model.index(0, 3).data() == "2026-11-23 09:30"
    assert display_value(True) == "是"
    assert display_value(None) == ""


def test_enter_and_double_click_open_the_row(qtbot: QtBot, view: RecordListView) -> None:
    opened: list[int] = []
    view.activated.connect(opened.append)
    view.show()
    qtbot.keyClicks(view.search_box, "Q0003")
    qtbot.keyClick(view.search_box, Qt.Key.Key_Return)  # runs the search and moves to row 1
    assert view.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert len(opened) == 1
    assert opened == [view.selected_id()]
    index = view.model.index(0, 1)
    point = view.table.visualRect(index).center()
    # Qt 6 item views only take a double click that follows a press on the same cell.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert len(opened) == 2


def test_refresh_keeps_the_current_row_and_follows_saves(view: RecordListView, sqlite_db: Database) -> None:
    view.model.fetchMore()
    target = view.model.record_id(300)
    assert target is not None
    assert view.select_id(target)
    with sqlite_db.begin() as session:
        row = {"topic": "收费新", "question": "新", "reply_text": "答", "keywords": "", "version": 1}
        session.connection().execute(insert(StandardReply.__table__), [row])
    view.context.record_saved("standard_replies", 1001)
    assert view.row_count() == 1000
    assert view.selected_id() == target


def test_export_writes_every_filtered_row(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, 450)
    conditions = list_conditions(REPLY_LIST, "收费", [])
    seen: list[tuple[int, int]] = []
    path = tmp_path / "out.xlsx"

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    with sqlite_db.read() as session:
        written = export_rows(session, REPLY_LIST, conditions, path, progress, text=cell_text, page_size=100)
    assert written == 224  # the odd ones, less the voided 7
    assert seen[-1] == (224, 224)
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    rows: list[tuple[Any, ...]] = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("主题", "问题", "编号", "登记时间")
    assert len(rows) == 225
    assert rows[1] == ("收费主题0001", "问题 Q0001", 1, "2026-11-23 09:30")
    assert all(str(row[0]).startswith("收费") for row in rows[1:])


def test_cancelled_export_leaves_no_file(sqlite_db: Database, tmp_path: Path) -> None:
    _fill(sqlite_db, 300)
    folder = tmp_path / "exports"
    path = folder / "out.xlsx"
    with sqlite_db.read() as session, pytest.raises(ExportCancelledError):
        export_rows(
            session, REPLY_LIST, [], path, lambda done, _total: done < 100, text=cell_text, page_size=100
        )
    assert not path.exists()
    assert not folder.exists() or list(folder.iterdir()) == []


def test_export_from_the_view_runs_on_a_worker(
    qtbot: QtBot, view: RecordListView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: messages.append(args[2]))
    view.set_search_text("其他")
    target = tmp_path / "replies.xlsx"
    with qtbot.waitSignal(view.exported, timeout=20_000) as blocker:
        view.export_to_excel(str(target))
    assert blocker.args == [500, str(target)]
    qtbot.waitUntil(lambda: not view.is_exporting())
    assert "500" in messages[0]
    assert view.default_export_name().startswith("统一回复口径-")


@pytest.mark.parametrize("limit", [5, 100, 998, 999, 1000])
def test_a_long_list_counts_up_to_the_limit_and_still_scrolls_to_its_end(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    """Issue 18: a count stops at ``COUNT_LIMIT`` (the books that grow tenfold in ten
    years no longer take longer to open); above it the list says "more than", and
    scrolling still reaches every row. Searching narrows it to an exact count again."""
    monkeypatch.setattr(record_list, "COUNT_LIMIT", limit)
    _fill(sqlite_db, 1000)  # 999 live rows
    widget = RecordListView(DeskContext(sqlite_db), REPLY_LIST)
    qtbot.addWidget(widget)
    with sqlite_db.read() as session:
        total = record_list.count_rows(session, REPLY_LIST, list_conditions(REPLY_LIST))
        exact = record_list.count_rows(session, REPLY_LIST, list_conditions(REPLY_LIST), exact=True)
    assert exact == 999 and total == min(999, limit + 1)
    assert record_list.counted_all(total) == (limit >= 999)
    label = widget.count_label.text()
    assert label == ("共 999 条" if limit >= 999 else f"超过 {limit} 条")
    assert (widget.count_label.toolTip() != "") == (limit < 999)  # the tooltip says how to narrow it
    while widget.model.canFetchMore():
        widget.model.fetchMore()
    assert widget.model.loaded_count() == widget.row_count() == 999
    assert widget.count_label.text() == "共 999 条"  # once every row is read, the count is exact
    widget.set_search_text("主题000")  # 1–9 of them, 7 voided
    assert widget.count_label.text() == "共 8 条"
