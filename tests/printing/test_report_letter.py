"""The letter to the authorities (issue 16, item 8): it prints the attached photos and
scans (scaled, with captions) instead of a file path, counts the follow-up inspections
actually made (never "0次复查"), never doubles a verdict, and writes Chinese dates only.
On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pypdf
import pytest

from desk_app.clock import FixedClock
from desk_app.models import AttachmentOwner, Building, Client, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Channel, NoticeIssue, ServiceResult, Severity, StaffRole
from desk_app.printing import registry
from desk_app.printing.figures import figures_section
from desk_app.printing.layout import PageHeader, build_form_pdf
from desk_app.screens.attachments import printed_attachments
from desk_app.screens.base import reading
from desk_app.services import attachments, complaints, rectification_notices, settings
from tests.attachment_files import jpeg, pdf, png
from tests.printing.test_printouts import NOW, Desk, assert_printout

NOTICE = AttachmentOwner.RECTIFICATION_NOTICE


@pytest.fixture
def desk(db: Database) -> Desk:
    clock = FixedClock(NOW)
    db.clock = clock
    with db.begin() as session:
        settings.store_setting(session, settings.COMMUNITY_NAME, "翠湖苑")
        staff = Staff(login="qian", name="钱前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        client = Client(number="KH-202611-0001", name="孙丽华")
        session.add_all([staff, room, client])
        session.flush()
        return Desk(db, clock, staff.id, room.id, client.id)


def image_xobjects(document: bytes) -> list[tuple[int, int]]:
    """(width, height) of every image XObject drawn on any page."""
    found: list[tuple[int, int]] = []
    for page in pypdf.PdfReader(io.BytesIO(document)).pages:
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources else None
        for ref in (xobjects.get_object() if xobjects else {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Image":
                found.append((int(xobject["/Width"]), int(xobject["/Height"])))
    return found


def _overdue_notice(desk: Desk) -> tuple[int, str]:
    with desk.db.begin(actor_id=desk.staff) as session:
        notice = rectification_notices.issue_notice(
            session,
            room_id=desk.room,
            client_id=desk.client,
            issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
            issue_description="在屋顶平台私自搭建阳光房约 20 平方米",
            required_action="拆除阳光房，恢复屋顶平台原状",
            deadline=date(2026, 11, 30),
        )
        return notice.id, notice.number


def _letter(desk: Desk, number: str) -> bytes:
    with desk.db.read() as session:
        return registry.print_kind("notice-report").render_number(reading(session), number)


def test_the_letter_prints_the_refusal_photos_not_a_path(desk: Desk) -> None:
    notice_id, number = _overdue_notice(desk)
    with desk.db.begin(actor_id=desk.staff) as session:
        attachments.add_attachment(
            session,
            NOTICE,
            notice_id,
            r"C:\Users\qian\Pictures\IMG_4711.jpg",
            jpeg(4000, 3000),
            "拒签后张贴于入户门",
        )
        attachments.add_attachment(session, NOTICE, notice_id, "IMG_4712.png", png(300, 600))
        attachments.add_attachment(session, NOTICE, notice_id, "回执扫描.pdf", pdf(pages=2))
        voided = attachments.add_attachment(session, NOTICE, notice_id, "拍错.jpg", jpeg(200, 200, "#00ff00"))
        attachments.void_attachment(session, voided.id, "拍错了")
        rectification_notices.record_service(session, notice_id, ServiceResult.REFUSED)
    desk.clock.advance(timedelta(days=10))  # 2026-12-03
    document = _letter(desk, number)
    text = assert_printout(
        document,
        "关于逾期未整改情况的报告",
        "送达时业主/住户拒绝签收，已拍照取证（见附图1至附图2）。",
        "附件：1．整改通知书处理记录；2．照片及扫描件（现场照片2张、扫描件1份）。",
        "附件2：照片及扫描件",
        "附图1拒签后张贴于入户门",
        "IMG_4711.jpg2026年11月23日由钱前台存档",
        "附图2IMG_4712",
        "附图3回执扫描（第1页，共2页）",
        "附图4回执扫描（第2页，共2页）",
    )
    assert "C:\\" not in text and "Users" not in text and "拍错" not in text
    images = image_xobjects(document)
    assert len(images) == 4  # two photos, two scanned pages; the voided photo is not printed
    # scaled for printing: a 4000×3000 phone photo is stored at 1600×1200
    assert (1600, 1200) in images and max(max(size) for size in images) <= 1600


@pytest.mark.parametrize(
    ("inspections", "sentence"),
    [
        ([], "截至2026年12月3日，已逾期3天，业主/住户未向我中心告知整改情况。"),
        (
            [("2026-12-01", "阳光房仍在")],
            "截至2026年12月3日，已逾期3天；我中心于2026年12月1日复查，仍未整改。",
        ),
        (
            [("2026-11-28", "未整改"), ("2026-12-01", "未整改"), ("2026-12-02", "仍未拆除")],
            "截至2026年12月3日，已逾期3天；我中心先后3次复查（最近一次为2026年12月2日），仍未整改。",
        ),
    ],
)
def test_the_wording_follows_the_inspections(
    desk: Desk, inspections: list[tuple[str, str]], sentence: str
) -> None:
    notice_id, number = _overdue_notice(desk)
    for day, finding in inspections:
        desk.clock.current = desk.clock.current.replace(month=int(day[5:7]), day=int(day[8:10]))
        with desk.db.begin(actor_id=desk.staff) as session:
            rectification_notices.record_inspection(session, notice_id, False, finding)
    desk.clock.current = desk.clock.current.replace(month=12, day=3)
    text = assert_printout(_letter(desk, number), sentence)
    assert "0次" not in text and "未整改：未整改" not in text
    # no ISO date anywhere, and no word doubled by the history table
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), re.findall(r"\d{4}-\d{2}-\d{2}", text)
    assert "要求于2026年11月30日前整改" in text
    # nothing is said about a service that was never recorded
    assert "已张贴/送达" not in text and "签收" not in text.split("附件1")[0]
    assert image_xobjects(_letter(desk, number)) == []


def test_attachments_section_for_another_printout_and_a_damaged_file(desk: Desk) -> None:
    """The figures any printout can add (the dossier's hook); a stored file that no
    longer decodes is named, never a crash."""
    with desk.db.begin(actor_id=desk.staff) as session:
        complaint = complaints.register_complaint(
            session, received_at=NOW, channel=Channel.CALL, description="电梯噪音扰民"
        )
        attachments.add_attachment(session, AttachmentOwner.COMPLAINT, complaint.id, "电梯.jpg", jpeg())
        damaged = attachments.add_attachment(
            session, AttachmentOwner.COMPLAINT, complaint.id, "坏.png", png()
        )
        damaged.data = b"\x89PNG\r\n\x1a\n" + b"\0" * 64  # damaged after it was checked
        complaint_id = complaint.id
    with desk.db.read() as session:
        story = figures_section(
            printed_attachments(session, AttachmentOwner.COMPLAINT, complaint_id), "附：照片"
        )
        document = build_form_pdf(story, PageHeader("翠湖苑物业服务中心", "测试", None, None))
        assert (
            figures_section(printed_attachments(session, AttachmentOwner.DISPUTE, complaint_id), "附：照片")
            == []
        )
    assert_printout(document, "附：照片", "附图1电梯", "附图2“坏.png”无法打印")
    assert len(image_xobjects(document)) == 1


def test_the_dossier_carries_the_complaints_photos(desk: Desk) -> None:
    """R19: the dossier of a complaint keeps its evidence (七、照片及扫描件)."""
    with desk.db.begin(actor_id=desk.staff) as session:
        complaint = complaints.register_complaint(
            session, received_at=NOW, channel=Channel.CALL, description="电梯困人，物业处置迟缓"
        )
        complaints.set_severity(session, complaint.id, Severity.MAJOR)
        attachments.add_attachment(session, AttachmentOwner.COMPLAINT, complaint.id, "现场.jpg", jpeg())
        number = complaint.number
    with desk.db.read() as session:
        document = registry.print_kind("dossier").render_number(reading(session), number)
    assert_printout(document, "七、照片及扫描件", "附图1现场")
    assert len(image_xobjects(document)) == 1
