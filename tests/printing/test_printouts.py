"""Printouts (SPEC 5): every kind renders from real records; the text extracted from the
PDF holds the record's fields; every font is embedded; the CLI refuses bad kinds and
numbers with a Chinese message and exit code 2. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.demo.generator import generate_demo
from desk_app.models import (
    Building,
    Client,
    Complaint,
    DailyTally,
    DispatchSlip,
    Interview,
    RectificationNotice,
    ReminderCase,
    Room,
    Staff,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    ComplaintClass,
    NoticeIssue,
    NoticeStatus,
    ReminderKind,
    Severity,
    StaffRole,
)
from desk_app.printing import registry
from desk_app.printing.common import PrintError
from desk_app.printing.layout import cn_date
from desk_app.printing.reminder_slips import PrintCancelledError, SlipLayout, render_reminder_slips
from desk_app.resources import ENV_RESOURCES, resource_path, resources_dir
from desk_app.screens.base import reading
from desk_app.services import rectification_notices, reminder_cases, settings
from tests.pdf_checks import fonts_of

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai


# -- helpers ----------------------------------------------------------------------------------


def squash(text: str) -> str:
    """Extracted text without blanks: wrapped Chinese lines break anywhere."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return squash("".join(page.extract_text() or "" for page in reader.pages))


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def assert_printout(pdf: bytes, *fields: object) -> str:
    assert pdf.startswith(b"%PDF")
    fonts = fonts_of(pdf)
    assert fonts, "a printout without fonts"
    assert all(embedded for _name, embedded in fonts), fonts
    text = pdf_text(pdf)
    for value in fields:
        assert squash(str(value)) in text, f"{value!r} not in the printout"
    return text


@dataclass
class Demo:
    db: Database
    community: str


@pytest.fixture
def demo(db: Database) -> Iterator[Demo]:
    db.clock = FixedClock(NOW)
    summary = generate_demo(db, clients=60, months=3, seed=3, now=NOW)
    yield Demo(db, summary.community_name)


# -- the shared layout --------------------------------------------------------------------------


def test_chinese_dates() -> None:
    assert cn_date(date(2026, 11, 23)) == "2026年11月23日"
    assert cn_date(date(2026, 3, 5)) == "2026年3月5日"
    # 2026-11-22 20:00 UTC is already the 23rd in Shanghai.
    assert cn_date(datetime(2026, 11, 22, 20, 0, tzinfo=UTC), SH) == "2026年11月23日"


def test_resources_are_found_and_can_be_redirected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resource_path("fonts", "wqy-microhei.ttc").is_file()
    assert any(resource_path("fonts").glob("*LICENSE*"))
    monkeypatch.setenv(ENV_RESOURCES, str(tmp_path))
    assert resources_dir() == tmp_path


# -- one of each kind, from the demo community ------------------------------------------------


def test_rectification_notice_with_receipt(demo: Demo) -> None:
    with demo.db.read() as session:
        notice = session.scalars(select(RectificationNotice).order_by(RectificationNotice.id)).first()
        assert notice is not None
        pdf = registry.print_kind("notice").render_number(reading(session), notice.number)
        room = notice.room.code if notice.room else ""
        client = notice.client.name if notice.client else ""
        text = assert_printout(
            pdf,
            demo.community,
            "整改通知书",
            notice.number,
            room,
            client,
            notice.issue.label,
            notice.issue_description,
            notice.required_action,
            cn_date(notice.deadline),
            cn_date(notice.issued_at, SH),
            "回执",
            "业主/住户签名",
        )
    # The number is printed on the notice and again on its receipt.
    assert text.count(notice.number) >= 3


def test_report_letter_for_an_escalated_notice(demo: Demo) -> None:
    with demo.db.read() as session:
        notice = session.scalars(
            select(RectificationNotice).where(RectificationNotice.status == NoticeStatus.ESCALATED)
        ).first()
        if notice is None:
            pytest.skip("this demo run has no escalated notice")
        history = rectification_notices.notice_history(session, notice.id)
        pdf = registry.print_kind("notice-report").render_number(reading(session), notice.number)
    assert_printout(
        pdf,
        "关于逾期未整改情况的报告",
        notice.number,
        notice.escalated_to,
        notice.issue_description,
        "整改通知书处理记录",
        *[event.kind.label for event in history.events],
    )


def test_complaint_sheet(demo: Demo) -> None:
    with demo.db.read() as session:
        complaint = session.scalars(
            select(Complaint).where(Complaint.handler_id.is_not(None)).order_by(Complaint.id)
        ).first()
        assert complaint is not None
        pdf = registry.print_kind("complaint").render_number(reading(session), complaint.number)
        handler = session.get(Staff, complaint.handler_id)
        assert handler is not None
        actions = [row.action for row in complaint.progress if row.voided_at is None]
        assert_printout(
            pdf,
            "顾客投诉处理记录表",
            complaint.number,
            complaint.description,
            complaint.channel.label,
            handler.name,
            complaint.status.label,
            *actions,
        )
    if page_count(pdf) > 1:
        assert "第1页共" in pdf_text(pdf)


def test_developer_notice_for_class_2(demo: Demo) -> None:
    with demo.db.read() as session:
        complaint = session.scalars(
            select(Complaint).where(Complaint.complaint_class == ComplaintClass.DEVELOPER)
        ).first()
        other = session.scalars(
            select(Complaint).where(Complaint.complaint_class == ComplaintClass.PROPERTY_SERVICE)
        ).first()
        assert complaint is not None and other is not None
        pdf = registry.print_kind("developer-notice").render_number(reading(session), complaint.number)
        assert_printout(pdf, "知会函", "地产公司客户关系中心", complaint.number, complaint.description)
        with pytest.raises(PrintError, match="不是二类投诉"):
            registry.print_kind("developer-notice").render_number(reading(session), other.number)


def test_major_complaint_dossier(demo: Demo) -> None:
    with demo.db.read() as session:
        major = session.scalars(select(Complaint).where(Complaint.severity == Severity.MAJOR)).first()
        general = session.scalars(select(Complaint).where(Complaint.severity == Severity.GENERAL)).first()
        assert general is not None
        with pytest.raises(PrintError, match="不是重大投诉"):
            registry.print_kind("dossier").render_number(reading(session), general.number)
        if major is None:
            pytest.skip("this demo run has no major complaint")
        pdf = registry.print_kind("dossier").render_number(reading(session), major.number)
        text = assert_printout(
            pdf, "重大投诉档案", major.number, major.description, "处理过程记录", "回访与关闭", "状态变化记录"
        )
        if major.complaint_class is ComplaintClass.DEVELOPER:
            assert "知会函" in text


def test_dispatch_and_coordination_slips(demo: Demo) -> None:
    with demo.db.read() as session:
        for kind, title in (("dispatch", "派工单"), ("coordination", "协调单")):
            slip = session.scalars(select(DispatchSlip).where(DispatchSlip.kind == kind)).first()
            assert slip is not None
            pdf = registry.print_kind("dispatch").render_number(reading(session), slip.number)
            text = assert_printout(pdf, slip.number, slip.content, cn_date(slip.issued_at, SH))
            assert re.sub(r"\s", "", title) in text.replace("\u3000", "")
            if slip.room is not None:
                assert slip.room.code in text


def test_interview_sheet(demo: Demo) -> None:
    with demo.db.read() as session:
        interview = session.scalars(
            select(Interview).where(Interview.client_needs.is_not(None)).order_by(Interview.id)
        ).first()
        assert interview is not None
        client = session.get(Client, interview.client_id) if interview.client_id else None
        pdf = registry.print_kind("interview").render_number(reading(session), interview.number)
        assert_printout(
            pdf,
            "顾客访谈记录表",
            interview.number,
            interview.interviewer.name,
            cn_date(interview.interview_date),
            interview.client_needs,
            interview.form.label,  # its box is drawn and ticked (issue 16: tests/printing/test_edge_printouts.py)
            *([client.name] if client else []),
        )


def test_daily_tally(demo: Demo) -> None:
    with demo.db.read() as session:
        tally = session.scalars(select(DailyTally).order_by(DailyTally.day.desc())).first()
        assert tally is not None
        pdf = registry.print_kind("tally").render_number(reading(session), tally.day.isoformat())
        complaints = session.scalars(select(Complaint)).all()
        same_day = [c.number for c in complaints if c.received_at.astimezone(SH).date() == tally.day]
        confirmer = session.get(Staff, tally.confirmed_by_id) if tally.confirmed_by_id else None
        assert_printout(
            pdf,
            "日盘点表",
            cn_date(tally.day),
            *same_day,
            *([confirmer.name] if confirmer else []),
        )


def test_printing_does_not_write(demo: Demo) -> None:
    """Printing reads only: the numbering and audit tables do not move."""
    with demo.db.read() as session:
        before = session.execute(select(Complaint.number, Complaint.version)).all()
        number = session.scalars(select(Complaint.number)).first()
        assert number is not None
        registry.print_kind("complaint").render_number(reading(session), number)
    with demo.db.read() as session:
        assert session.execute(select(Complaint.number, Complaint.version)).all() == before


# -- built with the services --------------------------------------------------------------------


@dataclass
class Desk:
    db: Database
    clock: FixedClock
    staff: int
    room: int
    client: int


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


def test_high_altitude_slip_is_signed_by_three_parties(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.staff) as session:
        session.add_all([])
        case = reminder_cases.open_case(session, ReminderKind.HIGH_ALTITUDE_THROWING, location="5栋东侧")
        case_id, number = case.id, case.number
        signatories = reminder_cases.slip_signatories(session, ReminderKind.HIGH_ALTITUDE_THROWING)
    with desk.db.read() as session:
        pdf = registry.print_kind("slip").render_number(reading(session), number)
    text = assert_printout(pdf, "温馨提示", number, "5栋东侧", *signatories)
    assert len(signatories) == 3 and "翠湖苑物业服务中心" in signatories
    assert "联合署名" in text
    assert case_id


def test_slip_sequence_and_text_follow_the_case(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.staff) as session:
        case = reminder_cases.open_case(session, ReminderKind.CORRIDOR_CLUTTER, room_id=desk.room)
        case_id = case.id
    desk.clock.advance(timedelta(days=3))
    with desk.db.begin(actor_id=desk.staff) as session:
        reminder_cases.record_check(session, case_id, False)
    with desk.db.read() as session:
        case = session.get(ReminderCase, case_id)
        assert case is not None
        second = case.slips[-1]
        pdf = render_reminder_slips(session, [case_id], SlipLayout.A5)
    assert second.sequence == 2
    assert_printout(pdf, "第二次提示", second.text.splitlines()[1], "3-2-1201", "翠湖苑物业服务中心")


def test_report_letter_only_for_an_overdue_notice(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.staff) as session:
        notice = rectification_notices.issue_notice(
            session,
            room_id=desk.room,
            client_id=desk.client,
            issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
            issue_description="在屋顶平台私自搭建阳光房约 20 平方米",
            required_action="拆除阳光房，恢复屋顶平台原状",
            deadline=date(2026, 11, 30),
            joint_with_owners_committee=True,
        )
        notice_id, number = notice.id, notice.number
    with desk.db.read() as session:
        with pytest.raises(PrintError, match="尚未过"):
            registry.print_kind("notice-report").render_number(reading(session), number)
        pdf = registry.print_kind("notice").render_number(reading(session), number)
    assert_printout(
        pdf, "孙丽华", "3-2-1201", "阳光房", "2026年11月30日", "翠湖苑物业服务中心", "业委会（盖章）"
    )
    desk.clock.advance(timedelta(days=10))
    with desk.db.begin(actor_id=desk.staff) as session:
        rectification_notices.record_service(
            session, notice_id, rectification_notices.ServiceResult.REFUSED, witness="业委会 周主任"
        )
        rectification_notices.record_inspection(session, notice_id, False, "阳光房仍在")
    with desk.db.read() as session:
        pdf = registry.print_kind("notice-report").render_number(reading(session), number)
    assert_printout(pdf, number, "已逾期3天", "周主任", "阳光房仍在", "2026年12月3日")


# -- batch ------------------------------------------------------------------------------------


def test_batch_of_500_slips(desk: Desk) -> None:
    with desk.db.begin(actor_id=desk.staff) as session:
        kinds = list(ReminderKind)
        ids = [
            reminder_cases.open_case(
                session, kinds[index % len(kinds)], location=f"{index // 20 + 1}栋{index % 20 + 1}楼"
            ).id
            for index in range(500)
        ]
    seen: list[tuple[int, int]] = []
    with desk.db.read() as session:
        numbers = {row[0]: row[1] for row in session.execute(select(ReminderCase.id, ReminderCase.number))}
        pdf = render_reminder_slips(session, ids, progress=lambda done, total: seen.append((done, total)))
    assert page_count(pdf) == 250  # two per A4 sheet
    assert seen and seen[-1] == (500, 500)
    text = assert_printout(pdf)
    assert all(f"{numbers[case_id]}-1" in text for case_id in (ids[0], ids[249], ids[499]))
    with desk.db.read() as session, pytest.raises(PrintCancelledError):
        render_reminder_slips(session, ids, cancelled=lambda: len(seen) > 3)


# -- the command ------------------------------------------------------------------------------


def test_print_command(desk: Desk, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with desk.db.begin(actor_id=desk.staff) as session:
        first = reminder_cases.open_case(session, ReminderKind.NOISE, location="7栋1单元").number
        second = reminder_cases.open_case(session, ReminderKind.PETS, location="7栋2单元").number
    out = tmp_path / "slip.pdf"
    assert main(["print", "slip", first, "--out", str(out), "--database", db_url]) == 0
    assert_printout(out.read_bytes(), first, "7栋1单元")
    batch = tmp_path / "batch.pdf"
    assert main(["print", "slips", first, second, "--out", str(batch), "--database", db_url]) == 0
    assert_printout(batch.read_bytes(), first, second)
    capsys.readouterr()

    for argv, message in [
        (["print", "bogus", "X-1"], "没有这种打印件：“bogus”"),
        (["print", "complaint", "TS-209901-0001"], "找不到编号为“TS-209901-0001”的投诉"),
        (["print", "complaint", first], f"编号“{first}”不是投诉的编号"),
        (["print", "tally", "yesterday"], "日盘点表的编号是日期"),
        (["print", "notice", "ZG-1", "ZG-2"], "一次只能打印一份"),
    ]:
        assert main([*argv, "--out", str(tmp_path / "x.pdf"), "--database", db_url]) == 2
        captured = capsys.readouterr()
        assert message in captured.err
        assert "Traceback" not in captured.err
    assert not (tmp_path / "x.pdf").exists()


def test_the_complaint_sheet_prints_how_its_due_times_were_reached(demo: Demo) -> None:
    """Issue 15: the due-time explanation was a hover tooltip only, not on the sheet; it
    is printed in Chinese even when the interface is in English."""
    from desk_app.services.complaints import explain_due_times

    with demo.db.read() as session:
        complaint = session.scalars(select(Complaint).order_by(Complaint.id.desc())).first()
        assert complaint is not None
        steps = explain_due_times(session, complaint)
        pdf = registry.print_kind("complaint").render_number(reading(session), complaint.number)
    assert steps and "first_response_due" in steps
    first = steps["first_response_due"][0]
    assert_printout(pdf, "时限计算", "首次回应（R1）", getattr(first, "source", first))
