"""Column types that need no ORM: a Core read (``services.notice_print``) decodes its
rows with them as the models do (issue 18: such a read must not load the models)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class NaiveDatetimeError(ValueError):
    """A timezone-naive datetime reached the database layer."""


class UtcDateTime(TypeDecorator[datetime]):
    """An instant, stored as UTC, always returned timezone-aware.

    PostgreSQL keeps it as ``timestamptz``; SQLite keeps ISO text in UTC, which sorts
    and compares correctly because every row is in the same zone. Naive datetimes are
    refused: mixing naive and aware times is the bug this type exists to prevent.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise NaiveDatetimeError(f"naive datetime {value!r}: pass an aware datetime")
        utc = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return utc.replace(tzinfo=None)
        return utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
