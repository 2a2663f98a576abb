"""Administration tables: settings, calendar overrides, daily tallies (R10), monthly
report status (R11), the audit log and the numbering counters."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, IdMixin, RecordMixin, enum_type
from desk_app.models.enums import AuditAction, ReportKind


class Setting(Base):
    """One administrator setting (community name, working hours, intervals…) as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class CalendarOverride(Base):
    """Administrator's override of the PRC calendar: this date is (not) a working day."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012  (SQLAlchemy reads it once)


class DailyTally(RecordMixin, Base):
    """日盘点 (R10): one per working day, confirmed by the responsible person."""

    __tablename__ = "daily_tally"

    day: Mapped[date] = mapped_column(Date, unique=True)
    complaints_count: Mapped[int] = mapped_column(Integer, default=0)
    repairs_count: Mapped[int] = mapped_column(Integer, default=0)
    open_count: Mapped[int] = mapped_column(Integer, default=0)
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    confirmed_at: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)


class MonthlyReportStatus(RecordMixin, Base):
    """R11: whether a monthly report for a month is done (``month`` = first day)."""

    __tablename__ = "monthly_report_status"
    __table_args__ = (UniqueConstraint("kind", "month"),)

    kind: Mapped[ReportKind] = mapped_column(enum_type(ReportKind))
    month: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None]
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    file_name: Mapped[str | None] = mapped_column(String(255))
    measures: Mapped[str | None] = mapped_column(Text)


class AuditLog(IdMixin, Base):
    """Who changed what, when: one row per changed field (or per create / void)."""

    __tablename__ = "audit_log"

    at: Mapped[datetime] = mapped_column(index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    record_key: Mapped[str] = mapped_column(String(64))
    record_number: Mapped[str | None] = mapped_column(String(24))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    #: The record that owns a child row (a client for a phone), so the record's history
    #: shows its child rows' changes too (issue 19).
    owner_table: Mapped[str | None] = mapped_column(String(64))
    owner_key: Mapped[str | None] = mapped_column(String(64))
    #: Place in the hash chain (1, 2, 3…) and the row's hash over the previous row's
    #: hash and its own canonical text (``desk_app.models.audit_chain``).
    chain_index: Mapped[int | None] = mapped_column(BigInteger)
    row_hash: Mapped[str | None] = mapped_column(String(64))


Index("ix_audit_log_record", AuditLog.table_name, AuditLog.record_key, AuditLog.at)
Index("ix_audit_log_owner", AuditLog.owner_table, AuditLog.owner_key)
Index("ix_audit_log_chain_index", AuditLog.chain_index, unique=True)


class AuditChainHead(Base):
    """The one row that says where the audit hash chain ends. Appending to the audit
    log updates it first in the same transaction, which locks it (a row lock on
    PostgreSQL, the write lock on SQLite): two counters can never fork the chain, and a
    deleted tail of the log no longer matches it."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_index: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), nullable=False)


class RecordCounter(Base):
    """The last number handed out per prefix and month (``TS`` + ``202611``)."""

    __tablename__ = "record_counter"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
