"""Every column of every record survives a save and a reload, on SQLite and on
PostgreSQL: Chinese text, emoji, quotes, long text, aware times, enums, JSON, money."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime
from decimal import Decimal
from itertools import count
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    insert,
    select,
)
from sqlalchemy.orm import Mapper
from sqlalchemy.types import TypeDecorator

from desk_app.models import AuditChainHead, AuditLog, Base
from desk_app.models.base import NumberedMixin
from desk_app.models.database import Database

SHANGHAI = ZoneInfo("Asia/Shanghai")
WHEN = datetime(2026, 11, 23, 16, 0, 0, 123456, tzinfo=SHANGHAI)
TRICKY_TEXT = '张三 O\'Brien "引号" 😀 ①'
_serial = count(1)


def _value(column: Any, mapper_class: type, fk_ids: dict[str, int]) -> Any:
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        return fk_ids.get(target)
    col_type = column.type
    if isinstance(col_type, TypeDecorator):
        col_type = col_type.impl_instance
    serial = next(_serial)
    if isinstance(col_type, Enum) and col_type.enum_class is not None:
        members: list[enum.Enum] = list(col_type.enum_class)
        return members[-1]
    if isinstance(col_type, DateTime):
        return WHEN
    if isinstance(col_type, Date):
        return date(2026, 2, 28) if not column.primary_key else date(2026, 10, serial % 28 + 1)
    if isinstance(col_type, Boolean):
        return True
    if isinstance(col_type, Numeric) and not isinstance(col_type, Float):
        return Decimal("1234.56")
    if isinstance(col_type, Float):
        return 88.5
    if isinstance(col_type, Integer):
        return 7
    if isinstance(col_type, JSON):
        return ["security", "中文", {"次数": 3}]
    if isinstance(col_type, LargeBinary):
        # every byte value, NUL included (attachments: photos and scans)
        return bytes(range(256)) * 40
    if isinstance(col_type, Text):
        return (TRICKY_TEXT + "\n") * 300
    if isinstance(col_type, String):
        text = f"{serial}{TRICKY_TEXT}"
        return text[: col_type.length] if col_type.length else text
    raise AssertionError(f"no test value for {mapper_class.__name__}.{column.key}: {col_type!r}")


def _mappers_in_dependency_order() -> list[Mapper[Any]]:
    by_table = {m.local_table.name: m for m in Base.registry.mappers}
    return [by_table[t.name] for t in Base.metadata.sorted_tables if t.name in by_table]


def _comparable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC)
    return value


def test_every_column_of_every_record_round_trips(db: Database) -> None:
    fk_ids: dict[str, int] = {}
    written: dict[type, tuple[Any, dict[str, Any]]] = {}
    for mapper in _mappers_in_dependency_order():
        cls = mapper.class_
        values: dict[str, Any] = {}
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if attr.key == "number" and issubclass(cls, NumberedMixin):
                continue  # handed out by the numbering hook
            if attr.key in {"id", "version"} and isinstance(column.type, Integer):
                if cls is AuditChainHead and attr.key == "id":
                    values["id"] = 2  # no autoincrement: the one real head is row 1
                continue
            values[attr.key] = _value(column, cls, fk_ids)
            if attr.key == "chain_index":
                values[attr.key] = 10**12  # far past the chain the hooks are writing
        with db.begin() as session:
            if cls is AuditLog:
                # Audit rows never go through a session (the hooks refuse a bare one:
                # tracking.record_event appends them to the chain); stored as a tool would.
                table = AuditLog.__table__
                assert isinstance(table, Table)
                new_id = (
                    session.connection()
                    .execute(insert(table).values(values).returning(table.c.id))
                    .scalar_one()
                )
                identity = (new_id,)
                fk_ids[mapper.local_table.name] = new_id
                written[cls] = (identity, values)
                continue
            record = cls(**values)
            session.add(record)
            session.flush()
            identity = mapper.primary_key_from_instance(record)
            if isinstance(getattr(record, "id", None), int):
                fk_ids[mapper.local_table.name] = record.id
        written[cls] = (identity, values)

    assert len(written) == len(Base.registry.mappers)
    with db.read() as session:
        for cls, (identity, values) in written.items():
            loaded = session.get(cls, tuple(identity) if len(identity) > 1 else identity[0])
            assert loaded is not None, cls.__name__
            owner = any(rel.cascade.delete_orphan for rel in loaded.__mapper__.relationships)
            for key, expected in values.items():
                if owner and key in {"updated_at", "updated_by_id"}:
                    continue  # its child rows written after it moved it on (issue 19)
                actual = getattr(loaded, key)
                assert _comparable(actual) == _comparable(expected), f"{cls.__name__}.{key}"
                if isinstance(actual, datetime):
                    assert actual.tzinfo is not None, f"{cls.__name__}.{key} came back naive"
            if isinstance(loaded, NumberedMixin):
                assert loaded.number.startswith(f"{cls.NUMBER_PREFIX}-"), cls.__name__


def test_round_trip_covers_every_table(db: Database) -> None:
    """The generic test above must not silently skip a table added later."""
    mapped = {m.local_table.name for m in Base.registry.mappers}
    assert mapped == set(Base.metadata.tables) - {"alembic_version"}


@pytest.mark.parametrize("bad", [datetime(2026, 11, 23, 9, 0)])  # noqa: DTZ001  (the point of the test)
def test_naive_datetime_is_refused(db: Database, bad: datetime) -> None:
    from sqlalchemy.exc import StatementError

    from desk_app.models import Visitor

    with pytest.raises(StatementError, match="naive datetime"), db.begin() as session:
        session.add(Visitor(visitor_name="李四", arrived_at=bad))
        session.flush()
    with db.read() as session:
        assert session.scalars(select(Visitor)).all() == []
