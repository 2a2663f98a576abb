"""Attachments (issue 16): photos and scans stored with a record in the database, on
SQLite and PostgreSQL — checked by content, limited in size, listed, read back, voided
(never deleted), audited; and accepted as the R15 refusal evidence."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.models import Attachment, AttachmentOwner, AuditLog, Staff
from desk_app.models.database import Database
from desk_app.models.enums import AuditAction, ServiceResult, StaffRole
from desk_app.services import attachments, rectification_notices
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError, RuleViolationError
from tests.attachment_files import EXE, jpeg, pdf, png
from tests.services.test_rectification_notices import Office, make_office

NOTICE = AttachmentOwner.RECTIFICATION_NOTICE


@pytest.fixture
def office(db: Database) -> Office:
    return make_office(db)


def _add(office: Office, notice_id: int, name: str, data: bytes, actor: int | None = None) -> int:
    row = office.act(actor or office.steward, attachments.add_attachment, NOTICE, notice_id, name, data)
    assert isinstance(row, Attachment)
    return row.id


def test_add_list_and_read_back(office: Office) -> None:
    notice_id = office.issue()
    photo, scan, small = jpeg(), pdf(pages=2), png()
    first = _add(office, notice_id, r"C:\Users\前台\Pictures\IMG_0001.JPG", photo)
    _add(office, notice_id, "回执扫描.pdf", scan)
    _add(office, notice_id, "现场.png", small)
    listed = office.act(None, attachments.list_attachments, NOTICE, notice_id)
    assert [(a.file_name, a.media_type, a.size) for a in listed] == [
        ("IMG_0001.JPG", "image/jpeg", len(photo)),  # the path is not kept, only the name
        ("回执扫描.pdf", "application/pdf", len(scan)),
        ("现场.png", "image/png", len(small)),
    ]
    assert listed[0].sha256 == hashlib.sha256(photo).hexdigest()
    assert (listed[0].width, listed[0].height, listed[0].page_count) == (640, 480, None)
    assert (listed[1].width, listed[1].page_count) == (None, 2)
    assert all(a.thumbnail and a.thumbnail.startswith(b"\x89PNG") for a in listed)
    assert listed[0].created_by == "管家小王" and listed[0].created_at == office.clock.now()
    back = office.act(None, attachments.read_attachment, first)
    assert (back.file_name, back.media_type, back.data) == ("IMG_0001.JPG", "image/jpeg", photo)
    assert office.act(None, attachments.list_attachments, AttachmentOwner.COMPLAINT, notice_id) == []
    assert [p.file_name for p in office.act(None, attachments.photos, NOTICE, notice_id)] == [
        "IMG_0001.JPG",
        "现场.png",
    ]


def test_a_photo_is_turned_upright_by_its_orientation_tag(office: Office) -> None:
    notice_id = office.issue()
    _add(office, notice_id, "竖拍.jpg", jpeg(640, 480, orientation=6))  # camera held upright
    (info,) = office.act(None, attachments.list_attachments, NOTICE, notice_id)
    assert (info.width, info.height) == (480, 640)


def test_the_type_is_read_from_the_content_not_the_name(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(FieldError) as renamed:
        _add(office, notice_id, "IMG_2041.jpg", EXE)
    assert renamed.value.field == "data"
    assert "IMG_2041.jpg" in str(renamed.value) and "不是 JPEG、PNG 照片或 PDF 扫描件" in str(renamed.value)
    # a real PNG named .jpg is a PNG
    _add(office, notice_id, "其实是PNG.jpg", png())
    (info,) = office.act(None, attachments.list_attachments, NOTICE, notice_id)
    assert info.media_type == "image/png"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "是空的"),
        (jpeg()[:400], "已损坏或不完整"),
        (b"%PDF-1.4\n garbage garbage", "已损坏"),
    ],
)
def test_bad_files_get_a_clear_message(office: Office, data: bytes, words: str) -> None:
    notice_id = office.issue()
    with pytest.raises(FieldError) as error:
        _add(office, notice_id, "坏文件.jpg", data)
    assert words in str(error.value) and "坏文件.jpg" in str(error.value)
    assert office.act(None, attachments.list_attachments, NOTICE, notice_id) == []


def test_the_size_limit(office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notice_id = office.issue()
    big = jpeg() + b"\0" * (attachments.MAX_BYTES + 1 - len(jpeg()))
    with pytest.raises(FieldError) as error:
        _add(office, notice_id, "大照片.jpg", big)
    assert "超过 20 MB 的上限" in str(error.value) and "20.0 MB" in str(error.value)
    path = tmp_path / "大照片.jpg"
    path.write_bytes(big)
    with pytest.raises(FieldError) as from_disk:
        office.act(office.steward, attachments.add_file, NOTICE, notice_id, path)
    assert "超过 20 MB 的上限" in str(from_disk.value)
    # just under the limit is accepted (trailing bytes after a JPEG are ignored by viewers)
    fits = jpeg() + b"\0" * (attachments.MAX_BYTES - len(jpeg()))
    assert _add(office, notice_id, "刚好.jpg", fits)


def test_add_file_from_disk_and_unreadable_paths(office: Office, tmp_path: Path) -> None:
    notice_id = office.issue()
    path = tmp_path / "IMG_0002.jpg"
    path.write_bytes(jpeg())
    row = office.act(office.steward, attachments.add_file, NOTICE, notice_id, path, "拒签时张贴于门上")
    assert row.file_name == "IMG_0002.jpg" and row.caption == "拒签时张贴于门上"
    for bad, words in ((tmp_path / "没有.jpg", "找不到文件"), (tmp_path, "是文件夹")):
        with pytest.raises(FieldError) as error:
            office.act(office.steward, attachments.add_file, NOTICE, notice_id, bad)
        assert words in str(error.value)


def test_the_same_file_twice_is_refused(office: Office) -> None:
    notice_id = office.issue()
    photo = jpeg()
    _add(office, notice_id, "a.jpg", photo)
    with pytest.raises(FieldError) as error:
        _add(office, notice_id, "b.jpg", photo)
    assert "已作为“a.jpg”添加" in str(error.value)
    other = office.issue()
    _add(office, other, "a.jpg", photo)  # another record may have the same photo


def test_only_existing_records_not_voided(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(NotFoundError):
        _add(office, 999_999, "a.jpg", jpeg())
    office.act(office.supervisor, rectification_notices.void_notice, notice_id, "开错了")
    with pytest.raises(NotFoundError):
        _add(office, notice_id, "a.jpg", jpeg())
    with pytest.raises(FieldError):
        office.act(office.steward, attachments.add_attachment, "visitor", 1, "a.jpg", jpeg())
    with pytest.raises(RuleViolationError):
        office.act(None, attachments.add_attachment, NOTICE, office.issue(), "a.jpg", jpeg())


def test_void_keeps_the_file_and_is_audited(office: Office) -> None:
    notice_id = office.issue()
    mine = _add(office, notice_id, "mine.jpg", jpeg())
    theirs = _add(office, notice_id, "theirs.png", png(), actor=office.supervisor)
    with pytest.raises(FieldError):
        office.act(office.steward, attachments.void_attachment, mine, "  ")
    with pytest.raises(PermissionDeniedError) as denied:
        office.act(office.steward, attachments.void_attachment, theirs, "拍错了")
    assert "只有添加人或" in str(denied.value)
    office.act(office.steward, attachments.void_attachment, mine, "拍错了")  # one's own
    with pytest.raises(RuleViolationError):
        office.act(office.supervisor, attachments.void_attachment, mine, "再次")
    assert [a.file_name for a in office.act(None, attachments.list_attachments, NOTICE, notice_id)] == [
        "theirs.png"
    ]
    every = office.act(None, attachments.list_attachments, NOTICE, notice_id, include_voided=True)
    assert [(a.file_name, a.void_reason) for a in every] == [("mine.jpg", "拍错了"), ("theirs.png", None)]
    assert office.act(None, attachments.read_attachment, mine).data  # still on file
    with office.db.read() as session:
        audit = session.execute(
            select(AuditLog.action, AuditLog.field, AuditLog.new_value, AuditLog.staff_id).where(
                AuditLog.table_name == "attachment", AuditLog.record_key == str(mine)
            )
        ).all()
        created = [row for row in audit if row[0] is AuditAction.CREATE]
        assert len(created) == 1 and created[0][3] == office.steward
        assert '"file_name":"mine.jpg"' in (created[0][2] or "")  # logged with its values (issue 19)
        assert (AuditAction.VOID, "void_reason", "拍错了", office.steward) in audit
        # the file's bytes never go into the audit log
        # (a created row lists its values, a file's bytes as size and sha256 only)
        assert all(len(value or "") < 2000 and "\\x" not in (value or "") for _a, _f, value, _s in audit)
        assert "sha256:" in (created[0][2] or "")
        # a receptionist may void another's attachment only as a supervisor
        clerk = Staff(login="qt", name="前台小李", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
    with office.db.begin() as session:
        session.add(clerk)
    with pytest.raises(PermissionDeniedError):
        office.act(clerk.id, attachments.void_attachment, theirs, "不需要")


def test_an_attached_photo_is_the_refusal_evidence(office: Office) -> None:
    notice_id = office.issue()
    with pytest.raises(FieldError) as none:
        office.act(
            office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED, None, None
        )
    assert "附件" in str(none.value)
    scan = _add(office, notice_id, "scan.pdf", pdf())  # a scan is no photo
    with pytest.raises(FieldError):
        office.act(
            office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED, None, None
        )
    photo = _add(office, notice_id, "拒签.jpg", jpeg())
    office.act(
        office.steward, rectification_notices.record_service, notice_id, ServiceResult.REFUSED, None, None
    )
    history = office.act(None, rectification_notices.notice_history, notice_id)
    assert history.service_result is ServiceResult.REFUSED and history.photo_count == 1
    served = [e.text for e in history.events if e.kind is rectification_notices.NoticeEventKind.SERVED]
    assert served == ["客户拒签（拍照取证，附照片1张）"]
    # the only evidence photo cannot be voided; the scan can
    with pytest.raises(RuleViolationError) as last:
        office.act(office.supervisor, attachments.void_attachment, photo, "误传")
    assert last.value.rule == "R15"
    office.act(office.supervisor, attachments.void_attachment, scan, "重复")


@pytest.mark.parametrize(("width", "height"), [(9500, 9000), (12000, 10000)])
def test_a_photo_with_too_many_pixels_is_refused(office: Office, width: int, height: int) -> None:
    """Above 80 million pixels (and above Pillow's own bomb limit) a photo is refused as
    too large, not called damaged."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")  # small file, huge picture
    with pytest.raises(FieldError) as error:
        _add(office, office.issue(), "全景.png", buffer.getvalue())
    assert "像素" in str(error.value) and "8000 万像素" in str(error.value)
