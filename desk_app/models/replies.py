"""Standard replies 统一回复口径 and the phrases staff must never say (SPEC 2.9)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desk_app.models.base import Base, RecordMixin


class StandardReply(RecordMixin, Base):
    __tablename__ = "standard_reply"

    topic: Mapped[str] = mapped_column(String(128), index=True)
    question: Mapped[str] = mapped_column(Text)
    reply_text: Mapped[str] = mapped_column(Text)
    keywords: Mapped[str] = mapped_column(String(255), default="")


class ForbiddenPhrase(RecordMixin, Base):
    __tablename__ = "forbidden_phrase"

    phrase: Mapped[str] = mapped_column(String(255), unique=True)
    better_alternative: Mapped[str | None] = mapped_column(Text)
