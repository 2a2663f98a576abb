"""附件 without Qt: the photos and scans of one kind of record (issue 16), each call
one unit of work of the workspace through ``services.attachments`` (type by content,
size limit, who may void).

    files = AttachmentsScreen(workspace, AttachmentOwner.MEDIA_VISIT)
    files.list(visit_id)                    # AttachmentInfo, oldest first
    files.add(visit_id, Path("照片.jpg"))    # refused with its reason (a DomainError)
    files.read(attachment_id)               # the bytes, for the system's viewer
    files.void(attachment_id, "拍错了")

A printout's photos and scans are read here too (``printed_attachments``: the files
with their bytes, in the order they are printed), so the printouts read nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from desk_app.models.attachments import AttachmentOwner
from desk_app.screens.base import Workspace
from desk_app.services import attachments, context
from desk_app.services.attachments import MAX_MEGABYTES, AttachmentFile, AttachmentInfo, size_text

__all__ = [
    "MAX_MEGABYTES",
    "AttachmentFile",
    "AttachmentInfo",
    "AttachmentOwner",
    "AttachmentsScreen",
    "PrintedAttachment",
    "printed_attachments",
    "size_text",
]


@dataclass(frozen=True)
class PrintedAttachment:
    """A photo or scan as a printout prints it: what the list shows of it, the day it
    was filed (the community's calendar) and its bytes."""

    info: AttachmentInfo
    filed_on: date
    data: bytes


def printed_attachments(
    session: Session, owner_kind: AttachmentOwner, owner_id: int
) -> list[PrintedAttachment]:
    """Record ``owner_id``'s photos, then its PDF scans (附图1, 2 … in this order), each
    with its bytes; other files and voided ones are not printed."""
    zone = context.zone(session)
    items = attachments.list_attachments(session, owner_kind, owner_id, thumbnails=False)
    return [
        PrintedAttachment(
            info,
            info.created_at.astimezone(zone).date(),
            attachments.read_attachment(session, info.attachment_id).data,
        )
        for info in [item for item in items if item.is_image] + [item for item in items if item.is_pdf]
    ]


class AttachmentsScreen:
    def __init__(self, workspace: Workspace, owner_kind: AttachmentOwner) -> None:
        self.workspace = workspace
        self.owner_kind = owner_kind

    def list(self, record_id: int) -> list[AttachmentInfo]:
        """The files of record ``record_id`` (voided ones left out)."""
        return self.workspace.read(
            lambda session: attachments.list_attachments(session, self.owner_kind, record_id)
        )

    def add(self, record_id: int, path: Path) -> None:
        """Attach the file at ``path``, in a unit of work of its own (one refused file
        leaves the others added)."""
        self.workspace.write(lambda session: attachments.add_file(session, self.owner_kind, record_id, path))

    def read(self, attachment_id: int) -> AttachmentFile:
        return self.workspace.read(lambda session: attachments.read_attachment(session, attachment_id))

    def void(self, attachment_id: int, reason: str) -> None:
        self.workspace.write(lambda session: attachments.void_attachment(session, attachment_id, reason))
