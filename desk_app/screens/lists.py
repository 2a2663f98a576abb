"""The record lists of every screen, without Qt: the queries behind
``desk_app.ui.record_list.RecordListView`` and the Excel export.

A screen declares a ``ListSpec`` (``desk_app.screens.list_spec``); ``RecordList`` reads
it through the workspace, one short read-only unit of work per call::

    reader = RecordList(workspace, VISITOR_LIST)
    conditions = reader.conditions("张 1201", filters=[visitor_on_site], extra=None)
    page = reader.read(conditions, order=None, at_least=200)   # the count and the first rows
    more = reader.more(conditions, order=None, offset=200)      # the next rows
    reader.export(conditions, None, "访客.xlsx", progress, text=cell_text)

Rows are ``(id, one value per column[, voided_at])``; no ORM object leaves the unit of
work. The query helpers (``list_conditions``, ``build_select``, ``count_rows``,
``fetch_page``) are plain functions of a session so services, tests and the dashboard
can reuse them.

- **Search**: every word typed must occur (case-insensitive ``LIKE``, ``%`` and ``_``
  literal) in at least one of ``spec.search``.
- **Sorting** is ``ORDER BY`` in the database (a column's ``sort_by`` when given), then
  by id, so pages never overlap or skip rows.
- **Counting** is as cheap as the database allows (``count_rows``).
- **Export** streams ALL filtered rows page by page into a write-only workbook
  (``export_rows``); the caller says how a cell reads (``text``), so the words of the
  screen (是/否, labels in the user's language) stay with the screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Select, String, and_, cast, func, or_, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql import util as sql_util
from sqlalchemy.sql.elements import BinaryExpression, ColumnClause, ColumnElement
from sqlalchemy.sql.selectable import FromClause, Join

from desk_app.screens.base import Workspace
from desk_app.screens.list_spec import Column, ListSpec
from desk_app.services import audit

log = logging.getLogger(__name__)

#: A WHERE clause of a list (a filter's choice, a caller's pre-filter): the widgets pass
#: them along without looking inside.
Condition = ColumnElement[bool]
#: One row of a list: (id, one value per column[, voided_at]).
ListRow = Row[Any]
#: How a cell reads in the export: (column, stored value) -> text.
CellText = Callable[[Column, Any], str]
#: progress(done, total) -> keep going?  Returning False cancels the export.
Progress = Callable[[int, int], bool]

#: Rows read per query.
PAGE_SIZE = 200


class ExportCancelledError(Exception):
    """The person cancelled the export; no file was left behind."""


# -- queries ---------------------------------------------------------------------------


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_condition(spec: ListSpec, text: str) -> ColumnElement[bool] | None:
    """Every word of ``text`` must occur (case-insensitive) in one of ``spec.search``."""
    words = text.split()
    if not words or not spec.search:
        return None
    clauses: list[ColumnElement[bool]] = []
    for word in words:
        pattern = f"%{_escape_like(word.lower())}%"
        alternatives = []
        for expression in spec.search:
            is_text = isinstance(getattr(expression, "type", None), String)
            target = expression if is_text else cast(expression, String)
            alternatives.append(func.lower(target).like(pattern, escape="\\"))
        clauses.append(or_(*alternatives))
    return and_(*clauses)


def list_conditions(
    spec: ListSpec,
    search: str = "",
    filters: Sequence[ColumnElement[bool] | None] = (),
    extra: ColumnElement[bool] | None = None,
) -> list[ColumnElement[bool]]:
    """The WHERE clauses of a list: voided rows (unless shown), filters, search, extra."""
    conditions: list[ColumnElement[bool]] = []
    voided_at = getattr(spec.model, "voided_at", None)
    if not spec.show_voided and voided_at is not None:
        conditions.append(voided_at.is_(None))
    conditions.extend(clause for clause in filters if clause is not None)
    found = search_condition(spec, search)
    if found is not None:
        conditions.append(found)
    if extra is not None:
        conditions.append(extra)
    return conditions


def _model_id(spec: ListSpec) -> Any:
    return spec.model.id  # type: ignore[attr-defined]


def build_select(
    spec: ListSpec,
    conditions: Sequence[ColumnElement[bool]],
    order: Sequence[Any] | None = None,
) -> Select[Any]:
    """``SELECT id, <columns>[, voided_at] ... WHERE ... ORDER BY ..., id``.

    ``order`` replaces ``spec.default_order``; the id always comes last so pages never
    overlap or skip rows when the ordered values tie.
    """
    model_id = _model_id(spec)
    expressions = [column.expression for column in spec.columns]
    voided_at = getattr(spec.model, "voided_at", None)
    if voided_at is not None:
        expressions.append(voided_at)
    query: Select[Any] = select(model_id, *expressions).select_from(spec.model)
    if spec.query is not None:
        query = spec.query(query)
    if conditions:
        query = query.where(*conditions)
    default = [] if spec.default_order is None else [spec.default_order]
    chosen = list(order) if order is not None else default
    return query.order_by(*chosen, model_id.desc())


def _harmless_joins(spec: ListSpec) -> bool:
    """Whether ``spec.query`` only adds LEFT OUTER JOINs on the joined table's primary
    key: joins that fetch display columns and can neither drop nor repeat a row."""
    if spec.query is None:
        return True
    froms = spec.query(select(_model_id(spec)).select_from(spec.model)).get_final_froms()
    if len(froms) != 1:
        return False
    node = froms[0]
    while isinstance(node, Join):
        right = node.right
        keys = list(getattr(right, "primary_key", ()))
        clause = node.onclause
        if not (
            node.isouter
            and len(keys) == 1
            and isinstance(clause, BinaryExpression)
            and clause.operator is operators.eq
            and any(
                isinstance(side, ColumnClause) and keys[0].shares_lineage(side)
                for side in (clause.left, clause.right)
            )
        ):
            return False
        node = node.left
    table = spec.model.__table__
    return isinstance(node, FromClause) and table.is_derived_from(node) and node.is_derived_from(table)


def _tables(clause: ColumnElement[bool]) -> set[Any]:
    return set(sql_util.find_tables(clause, check_columns=True, include_aliases=True, include_joins=True))


#: A list counts its rows up to this many and then says "more than" (``counted_all``):
#: counting a whole book reads every row of it, so the lists of the books that grow
#: tenfold in ten years took 1.5–1.9 times as long to open as after one year, and on
#: PostgreSQL with eight counters the work-log list's count was its slowest part (issue
#: 18). With 10 000 the documents book (1 250 a year) still read eight times the rows
#: after ten years (1.6×): a thousand bounds what any count reads at a fraction of a
#: millisecond. Nobody at the counter pages through a thousand rows; a search or a filter
#: narrows the list, and its count is exact again.
COUNT_LIMIT = 1_000


def counted_all(total: int) -> bool:
    """Whether ``total`` (from ``count_rows``) is the exact count, not "more than
    ``COUNT_LIMIT``"."""
    return total <= COUNT_LIMIT


def count_after_reading(total: int, exact: bool, loaded: int, page_was_full: bool) -> tuple[int, bool]:
    """The list's count (and whether it is exact) once ``loaded`` rows are read, the
    last page full or not. A page that came back short ends the list: the count is then
    the rows read, exactly (rows voided meanwhile, or a "more than" count that reached
    its end). A "more than" count the rows have reached grows to one past them: there
    may be more to scroll to. The list screen and the widget that scrolls it both
    count by this."""
    if not page_was_full:
        return loaded, True
    if not exact and loaded >= total:
        return loaded + 1, False
    return total, exact


def count_rows(
    session: Session, spec: ListSpec, conditions: Sequence[ColumnElement[bool]], *, exact: bool = False
) -> int:
    """The rows of the list, up to ``COUNT_LIMIT + 1`` (``counted_all`` says whether
    that is all of them; ``exact`` counts every one), as cheaply as the database allows
    (docs/performance.md):

    - only the id is selected, and the display joins are left out altogether when they
      are harmless (``_harmless_joins``) and no condition needs them;
    - the count stops at the limit: the matching rows are read only until there are
      more than ``COUNT_LIMIT`` of them, whatever the size of the book;
    - an exact count of "not voided" is all rows minus the voided ones: SQLite counts a
      whole table from its smallest index, and the voided rows from the ``voided_at``
      index.
    """
    table = spec.model.__table__
    voided_at = getattr(spec.model, "voided_at", None)
    live = voided_at.is_(None) if voided_at is not None else None
    rest = [clause for clause in conditions if live is None or not clause.compare(live)]
    own_table_only = all(_tables(clause) <= {table} for clause in conditions)
    joins = spec.query is not None and not (own_table_only and _harmless_joins(spec))

    def count(where: Sequence[ColumnElement[bool]], limit: int | None = None) -> int:
        query: Select[Any] = select(_model_id(spec)).select_from(spec.model)
        if joins and spec.query is not None:
            query = spec.query(query)
        if where:
            query = query.where(*where)
        if limit is not None:
            query = query.limit(limit)
        return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)

    if not exact:
        return count(conditions, COUNT_LIMIT + 1)
    if voided_at is not None and len(rest) < len(conditions) and not joins:
        return count(rest) - count([*rest, voided_at.is_not(None)])
    return count(conditions)


def fetch_page(
    session: Session,
    spec: ListSpec,
    conditions: Sequence[ColumnElement[bool]],
    order: Sequence[Any] | None,
    offset: int,
    limit: int = PAGE_SIZE,
) -> list[ListRow]:
    """Rows ``offset`` … ``offset + limit``: (id, one value per column[, voided_at])."""
    return list(session.execute(build_select(spec, conditions, order).offset(offset).limit(limit)).all())


def column_order(spec: ListSpec, column: int, descending: bool) -> list[Any]:
    """The ORDER BY of a click on column ``column``'s header (its ``sort_by`` if set)."""
    shown = spec.columns[column]
    expression = shown.expression if shown.sort_by is None else shown.sort_by
    return [expression.desc() if descending else expression.asc()]


# -- export ----------------------------------------------------------------------------


def export_rows(
    session: Session,
    spec: ListSpec,
    conditions: Sequence[ColumnElement[bool]],
    path: Path | str,
    progress: Progress | None = None,
    *,
    text: CellText,
    order: Sequence[Any] | None = None,
    page_size: int = 1000,
) -> int:
    """Write every row matching ``conditions`` to an .xlsx file; the number written.

    Headers are the column titles; cells hold ``text(column, value)`` (what the list
    shows), except numbers without a format of their own, which stay numbers. Rows are
    read ``page_size`` at a time and streamed into a write-only workbook, so memory stays
    flat for any size. ``progress(done, total)`` is called after each page; when it
    returns False the partial file is removed and ``ExportCancelledError`` raised. No Qt
    here: callable from any thread with its own session.
    """
    # Imported here: openpyxl took a sixth of the time to build any list page (issue 18).
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    target = Path(path)
    total = count_rows(session, spec, conditions)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=spec.export_name[:31] or "Sheet1")
    for index, column in enumerate(spec.columns, start=1):
        width = (column.width or 100) / 7
        sheet.column_dimensions[get_column_letter(index)].width = max(8.0, min(width, 60.0))
    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    written = 0
    query = build_select(spec, conditions, order)
    try:
        if progress is not None and not progress(0, total):
            raise ExportCancelledError
        while True:
            rows = session.execute(query.offset(written).limit(page_size)).all()
            for row in rows:
                values: list[Any] = []
                for position, column in enumerate(spec.columns, start=1):
                    value = row[position]
                    if (
                        column.format is None
                        and isinstance(value, int | float | Decimal)
                        and not isinstance(value, bool)
                    ):
                        values.append(value)
                    else:
                        values.append(text(column, value))
                sheet.append(values)
            written += len(rows)
            if progress is not None and not progress(written, max(total, written)):
                raise ExportCancelledError
            if len(rows) < page_size:
                break
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(target.name + ".part")
        book.save(temporary)
        temporary.replace(target)
    except BaseException:
        _discard_sheet(sheet)
        target.with_name(target.name + ".part").unlink(missing_ok=True)
        raise
    return written


def _discard_sheet(sheet: Any) -> None:
    """Finish and remove a write-only sheet's temporary file after a cancelled export."""
    try:
        if not sheet.closed:
            sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            writer.cleanup()
    except Exception:  # cleaning up must never hide the reason of the failure
        log.debug("could not clean up the export sheet", exc_info=True)


# -- one list as a screen --------------------------------------------------------------


@dataclass(frozen=True)
class ListPage:
    """What a list shows after a read: how many rows match, and the first of them."""

    total: int
    rows: list[ListRow]
    #: page queries run (tests prove the list lazy with it)
    pages: int = 1
    #: whether ``total`` is every matching row; else there are more than ``COUNT_LIMIT``
    #: and ``total`` is one more than the rows read so far
    exact: bool = True


class RecordList:
    """One ``ListSpec`` read through a workspace (see the module docstring)."""

    def __init__(self, workspace: Workspace, spec: ListSpec) -> None:
        self.workspace = workspace
        self.spec = spec

    def conditions(
        self,
        search: str = "",
        filters: Sequence[Condition | None] = (),
        extra: Condition | None = None,
    ) -> list[Condition]:
        return list_conditions(self.spec, search, filters, extra)

    def order(self, column: int, descending: bool) -> list[Any]:
        return column_order(self.spec, column, descending)

    def read(
        self,
        conditions: Sequence[Condition],
        order: Sequence[Any] | None,
        at_least: int = PAGE_SIZE,
        page_size: int = PAGE_SIZE,
    ) -> ListPage:
        """The count, and pages of ``page_size`` rows until ``at_least`` rows (or all
        there are) are read, in one unit of work."""

        def read(session: Session) -> ListPage:
            total = count_rows(session, self.spec, conditions)
            exact = counted_all(total)
            rows: list[ListRow] = []
            pages = 0
            wanted = max(page_size, at_least)
            while len(rows) < min(wanted, total):
                page = fetch_page(session, self.spec, conditions, order, len(rows), page_size)
                pages += 1
                rows.extend(page)
                full = len(page) >= page_size
                total, exact = count_after_reading(total, exact, len(rows), full)
                if not full:
                    break
            return ListPage(total, rows, pages, exact)

        return self.workspace.read(read)

    def more(
        self,
        conditions: Sequence[Condition],
        order: Sequence[Any] | None,
        offset: int,
        limit: int = PAGE_SIZE,
    ) -> list[ListRow]:
        """The rows after the first ``offset``."""
        return self.workspace.read(
            lambda session: fetch_page(session, self.spec, conditions, order, offset, limit)
        )

    def export(
        self,
        conditions: Sequence[Condition],
        order: Sequence[Any] | None,
        path: Path | str,
        progress: Progress | None,
        *,
        text: CellText,
    ) -> int:
        """``export_rows`` in a read unit of work of its own (run it on a worker)."""
        return self.workspace.read(
            lambda session: export_rows(
                session, self.spec, conditions, path, progress, text=text, order=order
            )
        )

    def export_needs_permission(self) -> bool:
        """Issue 7: whether exporting this list is checked and logged (the client archive)."""
        return audit.export_needs_permission(self.spec.kind)

    def may_export(self) -> bool:
        """Whether the person may export this list (nothing is written)."""
        if not self.export_needs_permission():
            return True
        return self.workspace.read(lambda session: audit.export_allowed(session, self.spec.kind))

    def authorize_export(self, conditions: Sequence[Condition], target: str | None) -> None:
        """Check the role and write the audit row of a protected export, with the exact
        number of rows it will write; raises the service's refusal
        (``PermissionDeniedError``)."""
        if not self.export_needs_permission():
            return

        def authorize(session: Session) -> None:
            rows = count_rows(session, self.spec, conditions, exact=True)
            audit.authorize_export(session, self.spec.kind, rows=rows, target=target)

        self.workspace.write(authorize)


__all__ = [
    "COUNT_LIMIT",
    "PAGE_SIZE",
    "CellText",
    "Condition",
    "ExportCancelledError",
    "ListPage",
    "ListRow",
    "Progress",
    "RecordList",
    "build_select",
    "column_order",
    "count_after_reading",
    "count_rows",
    "counted_all",
    "export_rows",
    "fetch_page",
    "list_conditions",
    "search_condition",
]
