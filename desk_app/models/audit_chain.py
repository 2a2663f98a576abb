"""The audit log's hash chain (issue 19): each audit row carries the SHA-256 of the
previous row's hash and its own canonical text, so an audit row edited, deleted or
slipped in with a database tool breaks the chain at that row.

Canonical text of a row: the JSON array (UTF-8, no spaces, ``ensure_ascii=False``)

    [chain_index, at, staff_id, table_name, record_key, record_number, action, field,
     old_value, new_value, owner_table, owner_key]

with ``at`` as UTC ISO 8601 with microseconds (``2026-11-23T02:00:00.000000+00:00``)
and ``action`` as its stored code. ``row_hash = sha256(previous_hash + "\\n" +
canonical)`` in lower-case hex; the first row's previous hash is ``GENESIS``.

The chain detects tampering by anyone who does not also recompute every later hash
and the chain head; it is evidence, not a secret-keyed seal.
"""

from __future__ import annotations

import enum
import hashlib
import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, update
from sqlalchemy.exc import IntegrityError

from desk_app.models.admin import AuditChainHead, AuditLog

GENESIS = "0" * 64
HEAD_ID = 1
_FIELDS = (
    "chain_index",
    "at",
    "staff_id",
    "table_name",
    "record_key",
    "record_number",
    "action",
    "field",
    "old_value",
    "new_value",
    "owner_table",
    "owner_key",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, enum.Enum):
        return value.value
    return value


def canonical(row: Mapping[str, Any]) -> bytes:
    """The canonical text of one audit row (see the module's docstring)."""
    return json.dumps(
        [_plain(row.get(name)) for name in _FIELDS], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def row_hash(previous: str, row: Mapping[str, Any]) -> str:
    return hashlib.sha256(previous.encode("utf-8") + b"\n" + canonical(row)).hexdigest()


#: ``connection.info`` key: the chain head as this transaction left it, with the
#: transaction (and innermost savepoint) it holds for.
_HEAD_HELD = "audit_chain_head_held"


def _holder(connection: Connection) -> tuple[Any, Any]:
    return connection.get_transaction(), connection.get_nested_transaction()


def _lock_head(connection: Connection) -> tuple[int, str]:
    """Lock the chain head (the UPDATE locks the row on PostgreSQL, the file on SQLite,
    before anything is read) and read it: (last index, last hash). Once this transaction
    holds the lock, the head is known from its own last append and not read again; a
    savepoint begun or ended since (a rolled-back one takes its rows with it) reads it
    again."""
    held = connection.info.get(_HEAD_HELD)
    holder = _holder(connection)
    if held is not None and held[0] is holder[0] and held[1] is holder[1]:
        return int(held[2]), str(held[3])
    head = cast(Table, AuditChainHead.__table__)
    touch = update(head).where(head.c.id == HEAD_ID).values(last_index=head.c.last_index)
    if not connection.execute(touch).rowcount:
        # No head yet (an emptied database): the first transaction to get here makes it;
        # another one racing it finds it made and moves it.
        try:
            with connection.begin_nested():
                connection.execute(insert(head).values(id=HEAD_ID, last_index=0, last_hash=GENESIS))
        except IntegrityError:
            pass
        connection.execute(touch)
    last_index, last_hash = connection.execute(
        select(head.c.last_index, head.c.last_hash).where(head.c.id == HEAD_ID)
    ).one()
    connection.info[_HEAD_HELD] = (*holder, int(last_index), str(last_hash))
    return int(last_index), str(last_hash)


def lock_chain(connection: Connection) -> None:
    """Take the chain head's lock now, before any other row of the transaction: every
    writing transaction then locks in the same order (head, then numbering counters and
    records), so two PostgreSQL transactions cannot deadlock on head and counter."""
    _lock_head(connection)


def append_rows(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert audit rows at the end of the chain, in this transaction."""
    index, previous = _lock_head(connection)
    for row in rows:
        index += 1
        row["chain_index"] = index
        # The stored moment has microseconds at most (PostgreSQL); hash what is stored.
        row["at"] = row["at"].astimezone(UTC)
        row["row_hash"] = previous = row_hash(previous, row)
    head = cast(Table, AuditChainHead.__table__)
    connection.execute(update(head).where(head.c.id == HEAD_ID).values(last_index=index, last_hash=previous))
    connection.execute(insert(cast(Table, AuditLog.__table__)), rows)
    connection.info[_HEAD_HELD] = (*_holder(connection), index, previous)


def append_rows_sqlite(connection: sqlite3.Connection, rows: list[dict[str, Any]]) -> None:
    """``append_rows`` on a bare sqlite3 connection already inside a write transaction
    (the restore works on the file below SQLAlchemy): the same hashes, each value
    stored as SQLAlchemy would store it, so the chain reads back whole."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    head = connection.execute(
        "SELECT last_index, last_hash FROM audit_chain_head WHERE id = ?", (HEAD_ID,)
    ).fetchone()
    index, previous = (0, GENESIS) if head is None else (int(head[0]), str(head[1]))
    log = cast(Table, AuditLog.__table__)
    for row in rows:
        index += 1
        row["chain_index"] = index
        row["at"] = row["at"].astimezone(UTC)
        row["row_hash"] = previous = row_hash(previous, row)
        compiled = insert(log).values(row).compile(dialect=dialect)
        assert compiled.positiontup is not None
        values = []
        for name in compiled.positiontup:
            process = log.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            values.append(process(row[name]) if process is not None else row[name])
        connection.execute(compiled.string, values)
    if head is None:
        connection.execute(
            "INSERT INTO audit_chain_head (id, last_index, last_hash) VALUES (?, ?, ?)",
            (HEAD_ID, index, previous),
        )
    else:
        connection.execute(
            "UPDATE audit_chain_head SET last_index = ?, last_hash = ? WHERE id = ?",
            (index, previous, HEAD_ID),
        )


@dataclass(frozen=True)
class ChainReport:
    """What ``verify`` found: ``ok``; else the first broken row's id and index and why."""

    checked: int
    broken_id: int | None = None
    broken_index: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_id is None and not self.reason


def verify(connection: Connection, batch: int = 5000) -> ChainReport:
    """Walk the chain in order and report the first row that does not fit. Reasons are
    codes the caller words: ``hash`` (row edited), ``gap`` (a row missing before
    this one), ``unchained`` (a row outside the chain), ``head`` (rows missing at the
    end, or the head edited)."""
    log = cast(Table, AuditLog.__table__)
    head = cast(Table, AuditChainHead.__table__)
    unchained = connection.execute(
        select(log.c.id).where(log.c.chain_index.is_(None)).order_by(log.c.id).limit(1)
    ).scalar()
    previous = GENESIS
    expected = 1
    checked = 0
    while True:
        rows = (
            connection.execute(
                select(log).where(log.c.chain_index >= expected).order_by(log.c.chain_index).limit(batch)
            )
            .mappings()
            .all()
        )
        for row in rows:
            if row["chain_index"] != expected:
                return ChainReport(checked, row["id"], row["chain_index"], "gap")
            if row["row_hash"] != row_hash(previous, dict(row)):
                return ChainReport(checked, row["id"], row["chain_index"], "hash")
            previous = row["row_hash"]
            expected += 1
            checked += 1
        if len(rows) < batch:
            break
    if unchained is not None:
        return ChainReport(checked, int(unchained), None, "unchained")
    stored = connection.execute(
        select(head.c.last_index, head.c.last_hash).where(head.c.id == HEAD_ID)
    ).one_or_none()
    last_index, last_hash = (0, GENESIS) if stored is None else (int(stored[0]), str(stored[1]))
    if last_index != expected - 1 or last_hash != previous:
        return ChainReport(checked, None, expected, "head")
    return ChainReport(checked)


__all__ = [
    "GENESIS",
    "ChainReport",
    "append_rows",
    "append_rows_sqlite",
    "canonical",
    "lock_chain",
    "row_hash",
    "verify",
]
