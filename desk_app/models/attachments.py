"""Photos and scans attached to a record (issue 16): JPEG, PNG or PDF, stored in the
database with the record, so every counter and every backup has them. Never deleted:
voided with a reason, like the records they belong to."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from desk_app.models.base import Base, RecordMixin, enum_type


class AttachmentOwner(StrEnum):
    """The kinds of record that carry attachments (the record's table name)."""

    RECTIFICATION_NOTICE = "rectification_notice"
    COMPLAINT = "complaint"
    DISPUTE = "dispute"
    REMINDER_CASE = "reminder_case"
    MEDIA_VISIT = "media_visit"


class Attachment(RecordMixin, Base):
    """One file of a record. ``data`` and ``thumbnail`` are loaded only when asked for
    (a list of attachments reads the names, not megabytes of photos)."""

    __tablename__ = "attachment"

    owner_kind: Mapped[AttachmentOwner] = mapped_column(enum_type(AttachmentOwner))
    owner_id: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    #: image/jpeg, image/png or application/pdf, read from the content, not the name.
    media_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    #: Pixels of an image (upright, after the camera's orientation tag); None for a PDF.
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    #: Pages of a PDF; None for an image.
    page_count: Mapped[int | None] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(String(200))
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    #: A small PNG (at most 160 px a side) for lists; None when none could be made.
    thumbnail: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))


Index("ix_attachment_owner", Attachment.owner_kind, Attachment.owner_id)
