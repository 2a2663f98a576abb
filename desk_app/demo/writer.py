"""Bulk writing for the demo: explicit ids, explicit numbers, one transaction.

The demo writes up to two million rows, so it bypasses the ORM (no identity map, no
flush hooks, no audit rows) and writes rows as plain dicts:

- *Instants* are carried as ``int`` minutes since the Unix epoch (UTC) while the data
  is generated (cheap to compute, compare and cache) and converted here to what the
  column type stores: aware datetimes for PostgreSQL, the exact text SQLAlchemy's
  ``UtcDateTime`` writes for SQLite (checked against SQLAlchemy's own bind processor
  when the writer starts, so the two can never drift apart).
- A row dict holds only its non-NULL values; rows are grouped by their set of keys and
  each group is one ``executemany``. Binding ``None`` (and ``bool``) through the
  ``sqlite3`` module takes its slow adaptation path, which at a million rows costs more
  than the insert itself.
- PostgreSQL gets plain Core ``insert(table)`` executemany with SQLAlchemy's own type
  processing. SQLite, where Core's per-row parameter processing would on its own blow
  the time budget of a 50 000-client demo, gets the same INSERT statement compiled by
  SQLAlchemy and executed with ``exec_driver_sql`` on values converted as above.
- Pending rows are flushed in the metadata's dependency order, so a child never
  reaches the database before its parent (PostgreSQL checks foreign keys per
  statement; the SQLite load runs with the check off and the tests verify it after).
- Writing stays on the generating thread: a writer thread was tried and was slower,
  because ``sqlite3`` re-takes the GIL for every row it binds.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Boolean, Connection, Enum, Integer, String, Table, insert
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from desk_app.models.base import Base, UtcDateTime

#: A row to insert: column name -> value (non-NULL values only).
Row = dict[str, Any]
Converter = Callable[[Any], Any]

DAY_MINUTES = 1440
ORDINAL_1970 = 719163  # date(1970, 1, 1).toordinal()

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def minute_of(at: datetime) -> int:
    """An aware instant as whole minutes since the Unix epoch."""
    if at.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    return int((at - EPOCH).total_seconds() // 60)


def instant_of(minute: int) -> datetime:
    return EPOCH + timedelta(minutes=minute)


def _checked(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"naive datetime {at!r}: pass an aware datetime")
    return at


def _sqlite_datetime(at: datetime) -> str:
    # What UtcDateTime + SQLite's DATETIME processor store: naive UTC, microseconds.
    return _checked(at).astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


class _Instants(dict[Any, Any]):
    """minute -> stored form, as a dict so that the frequent hits (``created_at`` is
    usually ``received_at``) are a C-level lookup; misses are computed here.
    Aware datetimes are accepted too (converted, not cached)."""

    def __init__(self, sqlite: bool) -> None:
        super().__init__()
        self.sqlite = sqlite
        self._days: dict[int, str] = {}
        self._times = [f" {minute // 60:02d}:{minute % 60:02d}:00.000000" for minute in range(DAY_MINUTES)]

    def __missing__(self, value: Any) -> Any:
        if type(value) is not int:
            if not isinstance(value, datetime):
                raise TypeError(f"instant expected, got {value!r}")
            return _sqlite_datetime(value) if self.sqlite else _checked(value)
        if not self.sqlite:
            stored: Any = instant_of(value)
        else:
            # '2026-11-23 01:30:00.000000' from two small tables: no datetime objects
            # on the way, this runs millions of times for the large demo.
            day, minute = divmod(value, DAY_MINUTES)
            prefix = self._days.get(day)
            if prefix is None:
                prefix = self._days[day] = date.fromordinal(ORDINAL_1970 + day).isoformat()
            stored = prefix + self._times[minute]
        self[value] = stored
        return stored


class _Statement:
    """One compiled INSERT for a table and a set of columns (SQLite path), with a
    generated function turning a row dict into the parameter tuple in one call."""

    __slots__ = ("build", "sql")

    def __init__(self, sql: str, keys: tuple[str, ...], converters: dict[str, Converter | None]) -> None:
        self.sql = sql
        namespace: dict[str, Any] = {}
        parts = []
        for index, key in enumerate(keys):
            converter = converters[key]
            if converter is None:
                parts.append(f"row[{key!r}]")
            else:
                namespace[f"convert{index}"] = converter
                parts.append(f"convert{index}(row[{key!r}])")
        # The keys are this table's own column names, never user input.
        exec(f"def build(row):\n    return ({', '.join(parts)},)\n", namespace)
        self.build: Callable[[Row], tuple[Any, ...]] = namespace["build"]


class BulkWriter:
    """Buffers rows per table and writes them in chunks inside ``connection``'s
    transaction. ``counts`` tells how many rows went to each table."""

    def __init__(self, connection: Connection, chunk_rows: int = 20_000) -> None:
        self.connection = connection
        self.dialect = connection.dialect
        self.is_sqlite = self.dialect.name == "sqlite"
        self.chunk_rows = chunk_rows
        self.counts: dict[str, int] = {}
        self._pending: defaultdict[str, list[Row]] = defaultdict(list)
        self._tables = {table.name: table for table in Base.metadata.sorted_tables}
        self._order = {name: index for index, name in enumerate(self._tables)}
        self._statements: dict[tuple[str, tuple[str, ...]], _Statement] = {}
        self._converters: dict[str, dict[str, Converter | None]] = {}
        self._defaults: dict[str, list[tuple[str, Any]]] = {}
        self._instants = _Instants(self.is_sqlite)
        if self.is_sqlite:
            self._check_sqlite_instant_format()

    # -- public ---------------------------------------------------------------

    def add(self, table: str, row: Row) -> None:
        """Queue a row. Nothing is written until ``flush``/``maybe_flush``, so a row
        may still be completed after its children were queued."""
        self._pending[table].append(row)

    def queue(self, table: str) -> list[Row]:
        """The queue of ``table`` itself, for loops that append a million rows."""
        return self._pending[table]

    def maybe_flush(self) -> None:
        """Write the queue once it is a chunk long; call where every queued row is complete."""
        if sum(map(len, self._pending.values())) >= self.chunk_rows:
            self.flush()

    def flush(self) -> None:
        """Write every pending row, parents before children."""
        for name in sorted(self._pending, key=self._order.__getitem__):
            rows = self._pending[name]
            if rows:
                self._write(name, rows)
        for rows in self._pending.values():
            rows.clear()
        self._instants.clear()  # bounded memory; a chunk's rows share most of their instants

    # -- internals ------------------------------------------------------------

    def _check_sqlite_instant_format(self) -> None:
        kind = self._tables["complaint"].c.received_at.type
        processor = kind.dialect_impl(self.dialect).bind_processor(self.dialect)
        sample = datetime(2026, 11, 23, 9, 30, 5, tzinfo=timezone(timedelta(hours=8)))
        if processor is None or processor(sample) != _sqlite_datetime(sample):
            raise RuntimeError("SQLite datetime storage format changed; update desk_app.demo.writer")

    def _table_converters(self, table: Table) -> dict[str, Converter | None]:
        converters = self._converters.get(table.name)
        if converters is not None:
            return converters
        converters = {}
        for column in table.columns:
            kind = column.type
            converter: Converter | None
            if isinstance(kind, UtcDateTime):
                converter = self._instants.__getitem__
            elif isinstance(kind, Boolean):
                converter = int if self.is_sqlite else None
            elif isinstance(kind, Enum | String | Integer):
                converter = None  # enum values arrive as their stable string codes
            elif self.is_sqlite:
                converter = kind.dialect_impl(self.dialect).bind_processor(self.dialect)
            else:
                converter = None  # Core applies the type's own processing
            converters[column.name] = converter
        self._converters[table.name] = converters
        self._defaults[table.name] = [
            (column.name, _plain(column.default.arg))
            for column in table.columns
            if isinstance(column.default, ScalarElementColumnDefault)
        ]
        return converters

    def _write(self, name: str, rows: list[Row]) -> None:
        table = self._tables[name]
        converters = self._table_converters(table)
        defaults = self._defaults[name]
        shapes: dict[tuple[str, ...], list[Row]] = {}
        for row in rows:
            shapes.setdefault(tuple(row), []).append(row)
        # Column defaults (NOT NULL flags, status…) go in per shape, not per row.
        groups: dict[tuple[str, ...], list[Row]] = {}
        for keys, group in shapes.items():
            missing = {key: value for key, value in defaults if key not in keys}
            if missing:
                for row in group:
                    row.update(missing)
                keys = (*keys, *missing)
            groups.setdefault(keys, []).extend(group)
        for keys, group in groups.items():
            if self.is_sqlite:
                statement = self._sqlite_statement(table, keys, converters)
                self.connection.exec_driver_sql(statement.sql, list(map(statement.build, group)))
            else:
                self.connection.execute(insert(table), _pg_values(group, keys, converters))
        self.counts[name] = self.counts.get(name, 0) + len(rows)

    def _sqlite_statement(
        self, table: Table, keys: tuple[str, ...], converters: dict[str, Converter | None]
    ) -> _Statement:
        statement = self._statements.get((table.name, keys))
        if statement is None:
            compiled = insert(table).compile(dialect=self.dialect, column_keys=list(keys))
            if compiled.insert_prefetch or compiled.positiontup is None:
                raise RuntimeError(f"{table.name}: a column default was not filled in ({keys})")
            statement = _Statement(compiled.string, tuple(compiled.positiontup), converters)
            self._statements[(table.name, keys)] = statement
        return statement


def _plain(value: Any) -> Any:
    """A scalar column default as the database stores it (enum member -> code)."""
    return value.value if isinstance(value, enum.Enum) else value


def _pg_values(rows: list[Row], keys: tuple[str, ...], converters: dict[str, Converter | None]) -> list[Row]:
    to_convert = [(key, converter) for key in keys if (converter := converters[key])]
    for row in rows:
        for key, convert in to_convert:
            row[key] = convert(row[key])
    return rows
