"""Plain SQL on whatever connection a reader has: an ORM session, a Core connection, or
the standard library's ``sqlite3`` connection (issue 18: a command that reads a few rows
of an SQLite file need not import SQLAlchemy, which takes longer than what it prints).

The rows come back as the driver gives them, so the decoders below accept both forms:
SQLite gives text for dates, instants and JSON and 0/1 for flags; PostgreSQL gives
dates, aware datetimes and booleans. JSON columns are read as text
(``CAST(value AS TEXT)``) on both.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    Source = Session | Connection | sqlite3.Connection

#: ``query(sql, params)``: the rows of ``sql`` with ``:name`` parameters.
Query = Callable[[str, Mapping[str, Any]], list[tuple[Any, ...]]]


def reading_only(sql: str) -> str:
    """``sql`` if it only reads; a ``ValueError`` otherwise. These statements run past the
    session's audit hook (issue 19), so they may never write."""
    words = sql.lstrip().split(None, 1)
    if not words or words[0].upper() not in {"SELECT", "WITH"} or ";" in sql.rstrip().rstrip(";"):
        raise ValueError(f"plain SQL only reads, one SELECT at a time: {sql[:60]!r}")
    return sql


def query_on(source: Source) -> Query:
    """A ``Query`` on ``source``, in its transaction. Reads only (``reading_only``)."""
    if isinstance(source, sqlite3.Connection):
        raw = source

        def on_sqlite(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
            return list(raw.execute(reading_only(sql), dict(params)).fetchall())

        return on_sqlite
    from sqlalchemy import text

    executes = source

    def on_sqlalchemy(sql: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in executes.execute(text(reading_only(sql)), dict(params)).all()]

    return on_sqlalchemy


@contextmanager
def sqlite_file_reading(url: str | None) -> Iterator[sqlite3.Connection | None]:
    """A read transaction with the standard library alone on the SQLite file of ``url``
    (the configured database when None), if it is a plain SQLite file at this program's
    schema; else None, and the caller opens the database the usual way. The printouts'
    command reads through it without importing SQLAlchemy (issue 18)."""
    from desk_app.models.database import sqlite_reading
    from desk_app.models.schema import HEAD_REVISION

    with sqlite_reading(url, HEAD_REVISION) as connection:
        yield connection


def instant(value: object) -> datetime | None:
    """An instant as the models return it (``UtcDateTime``): aware, in UTC."""
    if value is None:
        return None
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    if not isinstance(moment, datetime):
        raise TypeError(f"not an instant: {value!r}")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raise TypeError(f"not a date: {value!r}")


def json_value(value: object) -> Any:
    """A JSON column read as text (``CAST(... AS TEXT)``)."""
    if value is None:
        return None
    if isinstance(value, bytes | bytearray):
        value = value.decode("utf-8")
    return json.loads(value) if isinstance(value, str) else value


__all__ = ["Query", "day", "instant", "json_value", "query_on", "reading_only", "sqlite_file_reading"]
