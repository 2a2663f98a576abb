"""Human-readable record numbers: ``<PREFIX>-<YYYYMM>-<NNNN>`` per kind and month.

The counter row is incremented inside the same transaction as the record it numbers,
so a rolled-back save gives its number back (gap-free), and concurrent writers are
serialised by the row lock (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE).
The statements run through the session, so the audit sees every counter move (issue
19: ``models/tracking.py``'s statement hook).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import cast

from sqlalchemy import Table, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desk_app.clock import DEFAULT_ZONE
from desk_app.models.admin import RecordCounter

NUMBER_PATTERN = re.compile(r"^(?P<prefix>[A-Z]{2,8})-(?P<period>\d{6})-(?P<seq>\d{4,})$")

_counter = cast(Table, RecordCounter.__table__)


def period_of(at: datetime, zone: tzinfo = DEFAULT_ZONE) -> str:
    """The numbering month of an instant, in the community's zone."""
    if at.tzinfo is None:
        raise ValueError("period_of needs an aware datetime")
    return at.astimezone(zone).strftime("%Y%m")


def format_number(prefix: str, period: str, value: int) -> str:
    return f"{prefix}-{period}-{value:04d}"


def next_number(session: Session, prefix: str, at: datetime, zone: tzinfo = DEFAULT_ZONE) -> str:
    """Reserve and return the next number for ``prefix`` in the month of ``at``."""
    period = period_of(at, zone)
    return format_number(prefix, period, reserve_block(session, prefix, period, 1))


def reserve_block(session: Session, prefix: str, period: str, count: int) -> int:
    """Reserve ``count`` consecutive numbers (one save, or a bulk load); returns the first.
    The counter is moved first and made only when the month has none yet: one statement
    for every number but a month's first (each statement is also read before and after
    by the audit)."""
    move = (
        update(_counter)
        .where(_counter.c.prefix == prefix, _counter.c.period == period)
        .values(last_value=_counter.c.last_value + count)
        .returning(_counter.c.last_value)
    )
    last = session.execute(move).scalar_one_or_none()
    if last is None:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(
            insert(_counter).values(prefix=prefix, period=period, last_value=0).on_conflict_do_nothing()
        )
        last = session.execute(move).scalar_one()
    return int(last) - count + 1
