"""Photos and scans attached to a record (issue 16): a rectification notice (the
refusal photo of R15), a complaint, a neighbour dispute, a reminder-slip case or a media
visit carries JPEG, PNG and PDF files, stored in the database with the record.

- The type is read from the file's first bytes, never from its name: a renamed
  program (``照片.jpg`` that is really an .exe) is refused.
- At most ``MAX_BYTES`` (20 MB) a file; an image must open and be at most
  ``MAX_PIXELS`` (80 million pixels); a PDF must open and not ask for a password.
- The same file twice on one record is refused (its SHA-256 is kept).
- An image gets a small PNG thumbnail (turned upright by the camera's orientation tag);
  a PDF a thumbnail of its first page.
- Anyone signed in may attach to a record that exists and is not voided; an attachment
  is never deleted: the staff member who added it, or a supervisor or department head
  (as for the records, ``records.VOIDING_ROLES``), voids it with a reason. The last
  photo of a refused notice served without a witness cannot be voided: it is the R15
  evidence.

Everything is audited by the flush hooks (the file's bytes are not written to the log).
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PureWindowsPath

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from desk_app.messages import msg
from desk_app.models import (
    Attachment,
    AttachmentOwner,
    Complaint,
    Dispute,
    MediaVisit,
    RectificationNotice,
    ReminderCase,
    Staff,
)
from desk_app.models.base import Base
from desk_app.models.enums import ServiceResult
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError, RuleViolationError
from desk_app.services.permissions import checked
from desk_app.services.records import VOIDING_ROLES
from desk_app.services.text import optional_text, required_text

log = logging.getLogger(__name__)

#: The largest file accepted: a phone photo is 2–8 MB, a scanned page well under 5 MB.
MAX_BYTES = 20 * 1024 * 1024
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)
#: The largest image accepted, in pixels (a 50-megapixel camera stays below).
MAX_PIXELS = 80_000_000
#: Thumbnails fit in a square of this many pixels.
THUMBNAIL_SIZE = 160

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
IMAGE_TYPES = frozenset({JPEG, PNG})
ACCEPTED = msg("JPEG、PNG 照片或 PDF 扫描件")

_OWNER_MODELS: dict[AttachmentOwner, type[Base]] = {
    AttachmentOwner.RECTIFICATION_NOTICE: RectificationNotice,
    AttachmentOwner.COMPLAINT: Complaint,
    AttachmentOwner.DISPUTE: Dispute,
    AttachmentOwner.REMINDER_CASE: ReminderCase,
    AttachmentOwner.MEDIA_VISIT: MediaVisit,
}


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment as the screens and printouts list it (no file bytes)."""

    attachment_id: int
    owner_kind: AttachmentOwner
    owner_id: int
    file_name: str
    media_type: str
    size: int
    sha256: str
    width: int | None
    height: int | None
    page_count: int | None
    caption: str | None
    created_at: datetime
    created_by: str | None
    voided_at: datetime | None
    void_reason: str | None
    thumbnail: bytes | None

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES

    @property
    def is_pdf(self) -> bool:
        return self.media_type == PDF


@dataclass(frozen=True)
class AttachmentFile:
    """An attachment's file: its name, media type and bytes."""

    attachment_id: int
    file_name: str
    media_type: str
    data: bytes


def sniff_media_type(data: bytes) -> str | None:
    """The media type the first bytes show (JPEG, PNG or PDF), or None."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    # The PDF header may follow a little junk (the specification allows 1 024 bytes).
    if b"%PDF-" in data[:1024]:
        return PDF
    return None


def size_text(size: int) -> str:
    """``2.4 MB``, ``380 KB``: a file's size for people."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


def _owner(session: Session, owner_kind: AttachmentOwner | str, owner_id: int) -> Base:
    try:
        kind = AttachmentOwner(owner_kind)
    except ValueError:
        raise FieldError("owner_kind", msg("这类记录不能添加附件：{kind}", kind=owner_kind)) from None
    record = session.get(_OWNER_MODELS[kind], owner_id)
    if record is None or getattr(record, "voided_at", None) is not None:
        raise NotFoundError(msg("找不到要添加附件的记录（编号 {owner_id}），或已作废", owner_id=owner_id))
    return record


def _clean_name(file_name: str) -> str:
    # A Windows path from a counter PC keeps only its last part, as a POSIX one does.
    name = PureWindowsPath(str(file_name or "")).name.strip()
    name = "".join(ch for ch in name if ch.isprintable())
    if not name:
        raise FieldError("file_name", msg("附件没有文件名"))
    if len(name) > 255:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: 250 - len(suffix)] + dot + suffix) if dot and len(suffix) < 10 else name[:255]
    return name


@dataclass(frozen=True)
class _Checked:
    media_type: str
    width: int | None
    height: int | None
    page_count: int | None
    thumbnail: bytes | None


def _png(image: object) -> bytes:
    from PIL import Image

    assert isinstance(image, Image.Image)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def open_image(data: bytes, file_name: str = "") -> object:
    """The image in ``data`` decoded and turned upright (PIL Image, RGB or RGBA).
    FieldError when it does not open."""
    from PIL import Image, ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise FieldError(
                    "data",
                    msg(
                        "照片“{name}”有 {width}×{height} 像素，太大（最多 {limit} 万像素）",
                        name=file_name,
                        width=width,
                        height=height,
                        limit=MAX_PIXELS // 10_000,
                    ),
                )
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except FieldError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FieldError(
            "data",
            msg("照片“{name}”像素太多（最多 {limit} 万像素）", name=file_name, limit=MAX_PIXELS // 10_000),
        ) from None
    except (OSError, SyntaxError, ValueError):
        log.info("attachment %s: image does not open", file_name, exc_info=True)
        raise FieldError(
            "data", msg("照片“{name}”已损坏或不完整，无法打开，请重新拍摄或导出后再添加", name=file_name)
        ) from None
    upright = ImageOps.exif_transpose(image) or image
    if upright.mode not in ("RGB", "RGBA"):
        upright = upright.convert(
            "RGBA" if "A" in upright.getbands() or "transparency" in upright.info else "RGB"
        )
    return upright


def _check_image(data: bytes, media_type: str, file_name: str) -> _Checked:
    from PIL import Image

    image = open_image(data, file_name)
    assert isinstance(image, Image.Image)
    width, height = image.size
    thumb = image.copy()
    thumb.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
    return _Checked(media_type, width, height, None, _png(thumb))


def pdf_page_images(
    data: bytes, *, dpi: float = 150, limit: int | None = None, max_side: int | None = None
) -> list[object]:
    """The pages of a PDF as PIL images (for thumbnails and printing), drawn at ``dpi``
    or smaller so that no side exceeds ``max_side`` pixels."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        count = len(document) if limit is None else min(limit, len(document))
        images: list[object] = []
        for index in range(count):
            page = document[index]
            scale = dpi / 72
            if max_side is not None:
                scale = min(scale, max_side / max(page.get_width(), page.get_height(), 1))
            images.append(page.render(scale=scale).to_pil())
        return images
    finally:
        document.close()


def _check_pdf(data: bytes, file_name: str) -> _Checked:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        log.info("attachment %s: PDF does not open: %s", file_name, error)
        if "password" in str(error).lower():
            raise FieldError("data", msg("PDF“{name}”设有密码，请去掉密码后再添加", name=file_name)) from None
        raise FieldError("data", msg("PDF“{name}”已损坏，无法打开", name=file_name)) from None
    try:
        pages = len(document)
        if pages == 0:
            raise FieldError("data", msg("PDF“{name}”没有页面", name=file_name))
        thumbnail: bytes | None
        try:
            first = document[0].render(scale=THUMBNAIL_SIZE / 842).to_pil()
            first.thumbnail((THUMBNAIL_SIZE, THUMBNAIL_SIZE))
            thumbnail = _png(first)
        except Exception:  # a page that does not draw still leaves a usable file
            log.warning("attachment %s: no thumbnail for the first page", file_name, exc_info=True)
            thumbnail = None
    finally:
        document.close()
    return _Checked(PDF, None, None, pages, thumbnail)


def check_file(data: bytes, file_name: str) -> _Checked:
    """What a file is, by its content; FieldError (naming the file) when it cannot be
    attached."""
    if not data:
        raise FieldError("data", msg("文件“{name}”是空的", name=file_name))
    if len(data) > MAX_BYTES:
        raise FieldError(
            "data",
            msg(
                "文件“{name}”有 {size}，超过 {limit} MB 的上限；请压缩照片或分开扫描",
                name=file_name,
                size=size_text(len(data)),
                limit=MAX_MEGABYTES,
            ),
        )
    media_type = sniff_media_type(data)
    if media_type is None:
        raise FieldError(
            "data",
            msg(
                "文件“{name}”不是 {accepted}（按文件内容判断，与扩展名无关）",
                name=file_name,
                accepted=ACCEPTED,
            ),
        )
    if media_type == PDF:
        return _check_pdf(data, file_name)
    return _check_image(data, media_type, file_name)


@checked
def add_attachment(
    session: Session,
    owner_kind: AttachmentOwner | str,
    owner_id: int,
    file_name: str,
    data: bytes,
    caption: str | None = None,
) -> Attachment:
    """Attach ``data`` (a JPEG, PNG or PDF) to a record; see the module docstring."""
    if context.actor(session) is None and not session.info.get(context.SYSTEM_JOB):
        raise RuleViolationError(msg("请先登录，再添加附件"))
    record = _owner(session, owner_kind, owner_id)
    name = _clean_name(file_name)
    checked = check_file(bytes(data), name)
    digest = hashlib.sha256(data).hexdigest()
    kind = AttachmentOwner(owner_kind)
    same = session.scalars(
        select(Attachment.file_name).where(
            Attachment.owner_kind == kind,
            Attachment.owner_id == owner_id,
            Attachment.sha256 == digest,
            Attachment.voided_at.is_(None),
        )
    ).first()
    if same is not None:
        raise FieldError(
            "data", msg("文件“{name}”已作为“{same}”添加到这条记录，不再重复添加", name=name, same=same)
        )
    attachment = Attachment(
        owner_kind=kind,
        owner_id=record.id,  # type: ignore[attr-defined]
        file_name=name,
        media_type=checked.media_type,
        size=len(data),
        sha256=digest,
        width=checked.width,
        height=checked.height,
        page_count=checked.page_count,
        caption=optional_text(caption, "caption", msg("说明"), limit=200),
        data=bytes(data),
        thumbnail=checked.thumbnail,
    )
    session.add(attachment)
    session.flush()
    return attachment


@checked
def add_file(
    session: Session,
    owner_kind: AttachmentOwner | str,
    owner_id: int,
    path: Path | str,
    caption: str | None = None,
) -> Attachment:
    """Attach the file at ``path``; a file that cannot be read gets a Chinese message."""
    file_path = Path(path)
    try:
        size = file_path.stat().st_size
        if size > MAX_BYTES:
            raise FieldError(
                "data",
                msg(
                    "文件“{name}”有 {size}，超过 {limit} MB 的上限；请压缩照片或分开扫描",
                    name=file_path.name,
                    size=size_text(size),
                    limit=MAX_MEGABYTES,
                ),
            )
        data = file_path.read_bytes()
    except FileNotFoundError:
        raise FieldError("data", msg("找不到文件“{path}”", path=str(file_path))) from None
    except IsADirectoryError:
        raise FieldError("data", msg("“{path}”是文件夹，不是文件", path=str(file_path))) from None
    except PermissionError:
        raise FieldError("data", msg("没有权限读取文件“{path}”", path=str(file_path))) from None
    except OSError as error:
        log.warning("attachment %s cannot be read", file_path, exc_info=True)
        raise FieldError(
            "data", msg("无法读取文件“{path}”（错误代码 {code}）", path=str(file_path), code=error.errno)
        ) from None
    return add_attachment(session, owner_kind, owner_id, file_path.name, data, caption)


def _info(row: Attachment, names: dict[int, str], with_thumbnail: bool) -> AttachmentInfo:
    return AttachmentInfo(
        attachment_id=row.id,
        owner_kind=row.owner_kind,
        owner_id=row.owner_id,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        sha256=row.sha256,
        width=row.width,
        height=row.height,
        page_count=row.page_count,
        caption=row.caption,
        created_at=row.created_at,
        created_by=names.get(row.created_by_id) if row.created_by_id is not None else None,
        voided_at=row.voided_at,
        void_reason=row.void_reason,
        thumbnail=row.thumbnail if with_thumbnail else None,
    )


def list_attachments(
    session: Session,
    owner_kind: AttachmentOwner | str,
    owner_id: int,
    *,
    include_voided: bool = False,
    thumbnails: bool = True,
) -> list[AttachmentInfo]:
    """A record's attachments, oldest first (voided ones only when asked)."""
    kind = AttachmentOwner(owner_kind)
    query = select(Attachment).where(Attachment.owner_kind == kind, Attachment.owner_id == owner_id)
    if not include_voided:
        query = query.where(Attachment.voided_at.is_(None))
    if thumbnails:
        query = query.options(undefer(Attachment.thumbnail))
    rows = list(session.scalars(query.order_by(Attachment.created_at, Attachment.id)))
    ids = {row.created_by_id for row in rows if row.created_by_id is not None}
    names = dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all()) if ids else {}
    return [_info(row, names, thumbnails) for row in rows]


def _load(session: Session, attachment_id: int) -> Attachment:
    row = session.get(Attachment, attachment_id)
    if row is None:
        raise NotFoundError(msg("找不到附件（编号 {attachment_id}）", attachment_id=attachment_id))
    return row


def read_attachment(session: Session, attachment_id: int) -> AttachmentFile:
    """An attachment's bytes (voided ones too: they stay on file for the record)."""
    row = _load(session, attachment_id)
    return AttachmentFile(row.id, row.file_name, row.media_type, bytes(row.data))


def photos(session: Session, owner_kind: AttachmentOwner | str, owner_id: int) -> list[AttachmentInfo]:
    """The record's photos (JPEG and PNG) that are not voided."""
    return [
        info for info in list_attachments(session, owner_kind, owner_id, thumbnails=False) if info.is_image
    ]


def has_photo(session: Session, owner_kind: AttachmentOwner | str, owner_id: int) -> bool:
    kind = AttachmentOwner(owner_kind)
    return (
        session.scalar(
            select(Attachment.id)
            .where(
                Attachment.owner_kind == kind,
                Attachment.owner_id == owner_id,
                Attachment.voided_at.is_(None),
                Attachment.media_type.in_(sorted(IMAGE_TYPES)),
            )
            .limit(1)
        )
        is not None
    )


def _is_last_refusal_evidence(session: Session, row: Attachment) -> bool:
    if row.owner_kind is not AttachmentOwner.RECTIFICATION_NOTICE or row.media_type not in IMAGE_TYPES:
        return False
    notice = session.get(RectificationNotice, row.owner_id)
    if notice is None or notice.service_result is not ServiceResult.REFUSED:
        return False
    if notice.refusal_witness or notice.refusal_photo_path:
        return False
    others = [info for info in photos(session, row.owner_kind, row.owner_id) if info.attachment_id != row.id]
    return not others


@checked
def void_attachment(session: Session, attachment_id: int, reason: str) -> Attachment:
    """Void an attachment with a reason (see the module docstring for who may)."""
    staff = context.actor(session)
    if staff is None:
        raise RuleViolationError(msg("请先登录，再作废附件"))
    text = required_text("void_reason", reason, msg("作废原因"))
    row = _load(session, attachment_id)
    if row.voided_at is not None:
        raise RuleViolationError(msg("附件“{name}”已经作废", name=row.file_name))
    if row.created_by_id != staff.id and staff.role not in VOIDING_ROLES:
        allowed = "、".join(role.label for role in sorted(VOIDING_ROLES))
        raise PermissionDeniedError(
            msg("附件“{name}”由他人添加，只有添加人或{allowed}可以作废", name=row.file_name, allowed=allowed)
        )
    if _is_last_refusal_evidence(session, row):
        raise RuleViolationError(
            msg("照片“{name}”是客户拒签的唯一取证照片，不能作废", name=row.file_name), rule="R15"
        )
    row.void_reason = text
    row.voided_at = context.now(session)
    row.voided_by_id = staff.id
    return row


def owner_kinds() -> Sequence[AttachmentOwner]:
    return tuple(AttachmentOwner)


__all__ = [
    "IMAGE_TYPES",
    "JPEG",
    "MAX_BYTES",
    "MAX_MEGABYTES",
    "MAX_PIXELS",
    "PDF",
    "PNG",
    "AttachmentFile",
    "AttachmentInfo",
    "add_attachment",
    "add_file",
    "check_file",
    "has_photo",
    "list_attachments",
    "open_image",
    "owner_kinds",
    "pdf_page_images",
    "photos",
    "read_attachment",
    "size_text",
    "sniff_media_type",
    "void_attachment",
]
