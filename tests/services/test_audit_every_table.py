"""Issue 19, finding 2, for every table at once: an insert, a field change and a delete
of a row of any audited table (every mapped table but the audit itself and the inbox)
each leave an audit row with the values, by the one mechanism of
``models/tracking.py`` — whatever the table, whoever wrote the code that changes it —
and the chain stays whole. SQLite and PostgreSQL."""

from __future__ import annotations

import enum
import json
from typing import Any

from sqlalchemy import inspect, select

from desk_app.models import AuditLog
from desk_app.models.base import NumberedMixin
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction
from desk_app.models.tracking import NOT_AUDITED_TABLES
from desk_app.services.audit_verify import check_chain
from tests.models.test_round_trip import _mappers_in_dependency_order, _value

_BOOKKEEPING = {"id", "version", "created_at", "created_by_id", "updated_at", "updated_by_id"}


def _changeable(record: Any) -> tuple[str, Any] | None:
    """A plain column of ``record`` and a new value for it (text, number or flag)."""
    mapper = inspect(type(record))
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        if attr.key in _BOOKKEEPING or column.primary_key or column.foreign_keys or column.unique:
            continue
        value = getattr(record, attr.key)
        if isinstance(value, enum.Enum):
            continue
        if isinstance(value, bool):
            return attr.key, not value
        if isinstance(value, str) and attr.key != "number":
            return attr.key, "改过"
        if isinstance(value, int):
            return attr.key, value + 1
    return None


def _rows(db: Database, table: str, key: str) -> list[AuditLog]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditLog)
                .where(AuditLog.table_name == table, AuditLog.record_key == key)
                .order_by(AuditLog.id)
            )
        )


def test_every_table_is_audited_with_its_values(db: Database) -> None:
    made: list[tuple[type, str, Any]] = []
    fk_ids: dict[str, int] = {}
    for mapper in _mappers_in_dependency_order():
        cls = mapper.class_
        if cls.__tablename__ in {"audit_log", "audit_chain_head"}:
            continue  # the audit itself: appended to by record_event only
        values: dict[str, Any] = {}
        for attr in mapper.column_attrs:
            if attr.key in {"id", "version"} or (attr.key == "number" and issubclass(cls, NumberedMixin)):
                continue
            values[attr.key] = _value(attr.columns[0], cls, fk_ids)
        with db.begin() as session:
            record = cls(**values)
            session.add(record)
            session.flush()
            identity = mapper.primary_key_from_instance(record)
            key = "/".join(str(part) for part in identity)
            if isinstance(getattr(record, "id", None), int):
                fk_ids[mapper.local_table.name] = record.id
        made.append((cls, key, tuple(identity)))
    audited = [(cls, key, ident) for cls, key, ident in made if cls.__tablename__ not in NOT_AUDITED_TABLES]
    assert len(audited) >= 40
    changed = []
    for cls, key, ident in audited:
        table = cls.__tablename__
        created = [row for row in _rows(db, table, key) if row.action == AuditAction.CREATE]
        assert len(created) == 1, f"{table}: no audit row for the insert"
        stored = json.loads(created[0].new_value or "{}")
        assert len([v for v in stored.values() if v is not None]) >= 2, (
            f"{table}: insert logged without values"
        )
        with db.begin() as session:
            record = session.get(cls, ident)
            assert record is not None
            change = _changeable(record)
            if change is not None:
                setattr(record, change[0], change[1])
        if change is not None:
            updates = [row for row in _rows(db, table, key) if row.action == AuditAction.UPDATE]
            assert [row.field for row in updates] == [change[0]], f"{table}.{change[0]}: change not audited"
            assert updates[0].new_value not in (None, updates[0].old_value), table
            changed.append(table)
    assert len(changed) >= 30
    for cls, key, ident in reversed(made):
        table = cls.__tablename__
        with db.begin() as session:
            record = session.get(cls, ident)
            if record is not None:  # (a child row may have gone with its owner)
                session.delete(record)
        if table in NOT_AUDITED_TABLES:
            continue
        deleted = [row for row in _rows(db, table, key) if row.action == AuditAction.DELETE]
        assert len(deleted) == 1, f"{table}: no audit row for the delete"
        assert deleted[0].old_value and deleted[0].old_value.startswith("{"), (
            f"{table}: delete without values"
        )
    report = check_chain(db)
    assert report.ok, report
