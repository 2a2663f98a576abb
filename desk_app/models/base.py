"""Declarative base, column types and the mixins every record shares.

Every record of SPEC section 2 has a human-readable number, who created it and when,
who last changed it and when, a version column for optimistic locking, and is voided
with a reason instead of being deleted. Those columns live here, once.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Enum, ForeignKey, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# The column type lives without the ORM (a Core read path uses it too); re-exported here.
from desk_app.models.types import NaiveDatetimeError as NaiveDatetimeError
from desk_app.models.types import UtcDateTime as UtcDateTime

# Stable constraint names, so Alembic migrations can drop and alter them on both
# SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_type(enum_class: type[enum.Enum], length: int = 32) -> Enum:
    """A VARCHAR enum storing the member *values* (stable English codes).

    Non-native, without a CHECK constraint, so adding a member never needs a
    migration; SQLAlchemy still refuses unknown values on write.
    """
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TrackedMixin:
    """Who created the row and when; who changed it last and when."""

    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), default=lambda: datetime.now(UTC))
    updated_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), onupdate=lambda: datetime.now(UTC))

    @declared_attr
    def created_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff.id"), nullable=True)

    @declared_attr
    def updated_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff.id"), nullable=True)


class VersionedMixin:
    """Optimistic locking: a stale save raises StaleDataError (ARCHITECTURE, Concurrency)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class VoidableMixin:
    """Records are never deleted: they are voided with a reason (SPEC section 2)."""

    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    void_reason: Mapped[str | None] = mapped_column(Text)

    @declared_attr
    def voided_by_id(cls) -> Mapped[int | None]:
        return mapped_column(ForeignKey("staff.id"), nullable=True)

    @property
    def is_voided(self) -> bool:
        return self.voided_at is not None


class NumberedMixin:
    """A human-readable number per kind and month, e.g. ``TS-202611-0007``.

    ``NUMBER_PREFIX`` names the kind; ``desk_app.models.numbering`` hands out numbers.
    """

    NUMBER_PREFIX: ClassVar[str]
    number: Mapped[str] = mapped_column(String(24), unique=True, nullable=False)


class RecordMixin(IdMixin, TrackedMixin, VersionedMixin, VoidableMixin):
    """An editable record of SPEC section 2 without its own number (a log line, a slip)."""


class NumberedRecordMixin(RecordMixin, NumberedMixin):
    """An editable, numbered record of SPEC section 2."""
