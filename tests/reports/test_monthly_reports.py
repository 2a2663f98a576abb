"""R11 monthly reports: the figures equal hand counts on a small fixture, the owners'
summary holds no name, room or phone (PDF text and Excel cells), both formats render,
the command line writes the file and can mark the report done. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    ClientPhone,
    Complaint,
    Dispute,
    Interview,
    Room,
    Staff,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    Category,
    Channel,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    DisputeStatus,
    DisputeType,
    InterviewTopic,
    ReportKind,
    RootCause,
    RootCauseGroup,
    Satisfaction,
    Severity,
    StaffRole,
)
from desk_app.reports import data
from desk_app.reports.command import render
from desk_app.reports.pdf import render_pdf
from desk_app.reports.xlsx import render_xlsx
from desk_app.services import report_figures
from desk_app.services.dashboard import TileKey, collect
from desk_app.services.report_status import ReportState, report_statuses
from tests.pdf_checks import fonts_of

SH = ZoneInfo("Asia/Shanghai")
OCTOBER = date(2026, 10, 1)
SECRETS = ("张三", "李四", "3-2-1201", "5-1-0302", "13800138000", "0755-26881234")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def complaint(received: str, **fields: Any) -> Complaint:
    fields.setdefault("channel", Channel.CALL)
    fields.setdefault("description", "投诉")
    return Complaint(received_at=at(received), **fields)


@pytest.fixture
def centre(db: Database) -> Database:
    db.clock = FixedClock(at("2026-11-05 10:00"))
    with db.begin() as s:
        building = Building(code="3", name="3栋")
        room = Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201")
        other = Room(
            building=Building(code="5", name="5栋"), unit="1", number="0302", code="5-1-0302", digits="510302"
        )
        zhang = Client(name="张三", name_initials="zs", phones=[ClientPhone(phone="13800138000")])
        li = Client(name="李四", name_initials="ls")
        steward = Staff(login="wang", name="王管家", role=StaffRole.SERVICE_STAFF)
        boss = Staff(login="zhu", name="朱主管", role=StaffRole.SUPERVISOR)
        s.add_all([room, other, zhang, li, steward, boss])
        s.flush()
        s.add_all(
            [
                complaint(
                    "2026-10-03 10:00",
                    client_id=zhang.id,
                    room_id=room.id,
                    description="张三（3-2-1201，电话13800138000）：楼上漏水",
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.MAINTENANCE,
                    root_cause=RootCause.QUALITY,
                    status=ComplaintStatus.CLOSED,
                    people_count=2,
                    times_count=3,
                    resolution="已更换防水层",
                ),
                complaint(
                    "2026-10-10 10:00",
                    client_id=li.id,
                    room_id=other.id,
                    description="李四：电梯反复困人，座机0755-26881234",
                    complaint_class=ComplaintClass.DEVELOPER,
                    business_line=BusinessLine.MAINTENANCE,
                    root_cause=RootCause.FUNCTIONALITY,
                    status=ComplaintStatus.HANDLING,
                    reopen_count=1,
                    severity=Severity.MAJOR,
                ),
                complaint(
                    "2026-10-20 10:00",
                    complaint_class=ComplaintClass.EXTERNAL,
                    business_line=BusinessLine.CLEANING,
                    root_cause=RootCause.ENVIRONMENT,
                    status=ComplaintStatus.RESOLVED,
                    external_body="市政环卫",
                ),
                # 23:30 on 31 October local is 15:30 UTC: October.
                complaint(
                    "2026-10-31 23:30",
                    complaint_class=ComplaintClass.PROPERTY_SERVICE,
                    business_line=BusinessLine.SECURITY,
                    root_cause=RootCause.SERVICE_ATTITUDE,
                    status=ComplaintStatus.CLOSED,
                ),
                complaint("2026-11-01 00:10"),  # November
                complaint("2026-10-15 10:00", voided_at=at("2026-10-15 11:00"), void_reason="重复"),
                complaint("2026-09-30 10:00"),  # September: the trend only
                WorkLogEntry(
                    received_at=at("2026-10-08 09:00"),
                    channel=Channel.CALL,
                    category=Category.SUGGESTION,
                    content="建议增设快递柜",
                    result="已报公司研究",
                ),
                WorkLogEntry(
                    received_at=at("2026-10-09 09:00"),
                    channel=Channel.VISIT,
                    category=Category.SUGGESTION,
                    content="建议夜间加强巡逻",
                ),
                WorkLogEntry(
                    received_at=at("2026-10-09 10:00"),
                    channel=Channel.VISIT,
                    category=Category.SUGGESTION,
                    content="误录",
                    voided_at=at("2026-10-09 11:00"),
                    void_reason="误录",
                ),
                WorkLogEntry(
                    received_at=at("2026-10-12 09:00"),
                    channel=Channel.LETTER,
                    category=Category.PRAISE,
                    content="表扬保安",
                ),
                Dispute(
                    dispute_type=DisputeType.NOISE,
                    opened_at=at("2026-10-05 20:00"),
                    description="张三投诉楼上噪音",
                    complainant_client_id=zhang.id,
                    complainant_room_id=room.id,
                    respondent_client_id=li.id,
                    status=DisputeStatus.OPEN,
                ),
                Dispute(
                    dispute_type=DisputeType.PETS,
                    opened_at=at("2026-10-06 20:00"),
                    description="宠物",
                    status=DisputeStatus.RESOLVED,
                ),
                Interview(
                    client_id=zhang.id,
                    interviewer_id=steward.id,
                    interview_date=date(2026, 10, 4),
                    form=ContactForm.PHONE,
                    topics=[InterviewTopic.SECURITY.value, InterviewTopic.CLEANING.value],
                    overall_satisfaction=Satisfaction.SATISFIED,
                    safety_advice=["home_alarm"],
                ),
                Interview(
                    client_id=li.id,
                    interviewer_id=steward.id,
                    interview_date=date(2026, 10, 31),
                    form=ContactForm.PHONE,
                    topics=[InterviewTopic.SECURITY.value],
                    overall_satisfaction=Satisfaction.DISSATISFIED,
                ),
                Interview(
                    client_id=li.id,
                    interviewer_id=boss.id,
                    interview_date=date(2026, 10, 12),
                    form=ContactForm.HOME_VISIT,
                    topics=[InterviewTopic.MAINTENANCE.value],
                    is_move_in_visit=True,
                ),
                Interview(
                    client_id=li.id,
                    interviewer_id=boss.id,
                    interview_date=date(2026, 11, 1),  # November
                    form=ContactForm.PHONE,
                    topics=[InterviewTopic.SECURITY.value],
                ),
            ]
        )
    return db


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def xlsx_text(content: bytes) -> str:
    book = load_workbook(io.BytesIO(content))
    return "\n".join(
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell
    )


def test_statistics_figures_equal_hand_counts(centre: Database) -> None:
    with centre.read() as session:
        figures = report_figures.statistics_figures(session, OCTOBER)
    counts = figures.counts
    assert counts.total == 4
    assert (counts.people, counts.times) == (5, 6)
    assert (counts.closed, counts.reopened, counts.major) == (2, 1, 1)
    assert counts.closure_rate == 0.5 and counts.reopen_rate == 0.25
    assert counts.by_class[ComplaintClass.PROPERTY_SERVICE] == 2
    assert counts.by_class[ComplaintClass.DEVELOPER] == counts.by_class[ComplaintClass.EXTERNAL] == 1
    assert counts.by_business_line[BusinessLine.MAINTENANCE] == 2
    assert counts.by_root_cause_group[RootCauseGroup.FACILITIES] == 2
    assert [line.received for line in figures.complaints][-1] == date(2026, 10, 31)
    assert [line.content for line in figures.suggestions] == ["建议增设快递柜", "建议夜间加强巡逻"]
    assert figures.praise == 1
    document = data.statistics_document(figures)
    text = pdf_text(render_pdf(document))
    assert "投诉/建议统计报告" in text and "50.0%" in text and "建议增设快递柜" in text


def test_complaint_analysis_figures(centre: Database) -> None:
    with centre.read() as session:
        figures = report_figures.complaint_analysis_figures(
            session, OCTOBER, measures="一、电梯维保改为每周一次"
        )
    assert figures.trend[-1] == (OCTOBER, 4)
    assert figures.trend[-2] == (date(2026, 9, 1), 1)
    assert len(figures.trend) == 12
    assert figures.typical[0].severity is Severity.MAJOR  # the major complaint leads
    assert figures.typical[1].people_count == 2
    document = data.complaint_analysis_document(figures)
    cause_rows = next(t for s in document.sections for t in s.tables if t.title == "根因及细分原因").rows
    assert list(cause_rows[4]) == ["机", "质量合格性", 1, "25.0%"]
    text = pdf_text(render_pdf(document))
    for expected in (
        "投诉分析报告",
        "人机料法环",
        "关闭率 50.0%",
        "重开率 25.0%",
        "典型案例",
        "电梯维保改为每周一次",
    ):
        assert expected in text
    cells = xlsx_text(render_xlsx(document))
    assert "质量合格性" in cells and "电梯维保改为每周一次" in cells


def test_complaint_analysis_takes_the_stored_measures(centre: Database) -> None:
    from desk_app.services.report_status import mark_report_done

    with centre.read() as session:
        boss = session.query(Staff).filter_by(login="zhu").one().id
    with centre.begin(actor_id=boss) as session:
        mark_report_done(session, ReportKind.COMPLAINT_ANALYSIS, OCTOBER, measures="加强夜间巡逻")
    with centre.read() as session:
        assert report_figures.complaint_analysis_figures(session, OCTOBER).measures == "加强夜间巡逻"


def test_interview_figures(centre: Database) -> None:
    with centre.read() as session:
        figures = report_figures.interview_figures(session, OCTOBER)
    assert figures.total == 3 and figures.move_in_visits == 1
    assert figures.by_form[ContactForm.PHONE] == 2 and figures.by_form[ContactForm.HOME_VISIT] == 1
    assert figures.by_topic[InterviewTopic.SECURITY] == 2
    assert figures.satisfaction_rate == 0.5  # one satisfied of two rated
    quotas = {line.name: (line.done, line.shortfall) for line in figures.quotas}
    assert quotas == {"王管家": (2, 8), "朱主管": (1, 1)}
    text = pdf_text(render_pdf(data.interview_document(figures)))
    assert "顾客访谈分析报告" in text and "王管家" in text


def test_owner_summary_counts_and_holds_no_names_rooms_or_phones(centre: Database) -> None:
    measures = "针对张三（3-2-1201，13800138000）反映的漏水，已全面排查；李四家 5-1-0302 电梯已维修"
    with centre.read() as session:
        figures = report_figures.owner_summary_figures(session, OCTOBER, measures)
    # Issue 16: the handbook's scope only — the one-home developer complaint about a
    # private flat is not for all owners; the two-resident leak, the external cleaning
    # complaint and the security complaint are.
    assert (figures.complaints, figures.complaints_handled) == (3, 3)
    assert figures.by_line[BusinessLine.MAINTENANCE] == (1, 1)
    assert (figures.disputes, figures.disputes_settled) == (2, 1)
    assert figures.by_dispute_type[DisputeType.NOISE] == (1, 0)
    document = data.owner_summary_document(figures)
    pdf = pdf_text(render_pdf(document))
    cells = xlsx_text(render_xlsx(document))
    assert "业主投诉及邻里纠纷处理情况公示" in pdf and "已全面排查" in pdf
    assert "已全面排查" in cells
    for secret in SECRETS:
        assert secret not in pdf, secret
        assert secret not in cells, secret
        assert all(secret not in text for text in document.all_text()), secret


def test_owner_summary_is_signed_by_the_centre_once(centre: Database) -> None:
    """Signed as slips and notices are (``reminder_cases.centre_name``): the default community
    name 物业服务中心 must not come out as 物业服务中心物业服务中心."""
    from desk_app.services import reminder_cases

    with centre.read() as session:
        figures = report_figures.owner_summary_figures(session, OCTOBER, "")
        expected = reminder_cases.centre_name(session)
    assert figures.centre == expected and "物业服务中心物业服务中心" not in expected
    document = data.owner_summary_document(figures)
    # Issue 16: approved by the department head, sealed by the centre, dated.
    assert document.signatures == ("部门负责人审批",) and document.seal == expected
    text = pdf_text(render_pdf(document))
    flat = re.sub(r"\s", "", text)
    assert "部门负责人审批" in flat and f"{expected}（盖章）" in flat and "年月日" in flat


def test_redact() -> None:
    assert report_figures.redact("王五 3-2-1201 电话 13912345678", ["王五"]) == "＊＊ ＊＊ 电话 ＊＊"
    assert report_figures.redact("12栋1单元302室门口", []).count("＊＊") >= 1


def test_render_both_formats_for_every_kind(centre: Database) -> None:
    for kind in ReportKind:
        pdf = render(centre, kind, OCTOBER, ".pdf")
        assert pdf.startswith(b"%PDF")
        fonts = fonts_of(pdf)  # the CJK font only, embedded (no Helvetica from tables or charts)
        assert fonts and all(embedded for _name, embedded in fonts), (kind, fonts)
        assert data.REPORT_TITLES[kind] in pdf_text(pdf)
        book = load_workbook(io.BytesIO(render(centre, kind, OCTOBER, ".xlsx")))
        assert book.worksheets[0]["A1"].value == data.REPORT_TITLES[kind]


def test_command_line_writes_the_file_and_marks_it_done(
    centre: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desk_app.services.accounts import hash_password

    with centre.begin() as session:
        session.query(Staff).filter_by(login="zhu").one().password_hash = hash_password("zhu-Secret-2026")
    url = centre.url.render_as_string(hide_password=False)
    out = tmp_path / "analysis.xlsx"
    code = main(["report", "complaint_analysis", "--month", "2026-10", "--out", str(out), "--database", url])
    assert code == 0 and out.stat().st_size > 0
    assert main(["report", "statistics", "--month", "2026-13", "--out", str(out), "--database", url]) == 2
    assert (
        main(
            [
                "report",
                "statistics",
                "--month",
                "2026-10",
                "--out",
                str(tmp_path / "x.doc"),
                "--database",
                url,
            ]
        )
        == 2
    )
    today = date(2026, 11, 5)
    with centre.read() as session:
        before = {(s.kind, s.month): s.state for s in report_statuses(session, today)}
        tile = collect(session, datetime(2026, 11, 5, 2, tzinfo=UTC)).tile(TileKey.REPORTS_OVERDUE)
    assert before[(ReportKind.COMPLAINT_ANALYSIS, OCTOBER)] is ReportState.OVERDUE
    assert "complaint_analysis:2026-10" in [item.ref for item in tile.items]
    pdf = tmp_path / "analysis.pdf"
    args = ["report", "complaint_analysis", "--month", "2026-10", "--out", str(pdf), "--database", url]
    # Acting for the supervisor needs the supervisor's password (issue 19): none given
    # (no variable, nothing on standard input) and a wrong one are both refused.
    monkeypatch.delenv("DESK_APP_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*args, "--done-by", "zhu", "--measures", "加强巡查"]) == 2
    monkeypatch.setenv("DESK_APP_PASSWORD", "wrong-password-1")
    assert main([*args, "--done-by", "zhu", "--measures", "加强巡查"]) == 2
    with centre.read() as session:
        refused = {(s.kind, s.month): s.state for s in report_statuses(session, today)}
    assert refused[(ReportKind.COMPLAINT_ANALYSIS, OCTOBER)] is ReportState.OVERDUE
    monkeypatch.setenv("DESK_APP_PASSWORD", "zhu-Secret-2026")
    assert main([*args, "--done-by", "zhu", "--measures", "加强巡查"]) == 0
    with centre.read() as session:
        after = {(s.kind, s.month): s.state for s in report_statuses(session, today)}
        tile = collect(session, datetime(2026, 11, 5, 2, tzinfo=UTC)).tile(TileKey.REPORTS_OVERDUE)
    assert after[(ReportKind.COMPLAINT_ANALYSIS, OCTOBER)] is ReportState.DONE
    assert "complaint_analysis:2026-10" not in [item.ref for item in tile.items]
    assert "加强巡查" in pdf_text(pdf.read_bytes())
    assert "已登记完成" in capsys.readouterr().out


def test_owner_summary_blanks_every_residents_name(centre: Database) -> None:
    """Issue 16: not only this month's complainants — any resident named in the
    measures (a neighbour, last month's complainant) is blanked."""
    with centre.begin() as s:
        s.add(Client(number="KH-202601-0099", name="欧阳明月"))
    with centre.read() as session:
        figures = report_figures.owner_summary_figures(session, OCTOBER, "已请欧阳明月家配合检查管道")
    assert figures.measures is not None and "欧阳明月" not in figures.measures
    assert "配合检查管道" in figures.measures


def test_a_short_cell_never_wraps_one_character() -> None:
    """Issue 16: a narrow column (状态, 受理) widens to hold its short texts; the wide
    text column gives the room back."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desk_app.printing.layout import register_fonts
    from desk_app.reports import pdf as report_pdf
    from desk_app.reports.document import Table

    font = register_fonts()
    style = ParagraphStyle("cell", fontName=font, fontSize=9, leading=12)
    table = Table(
        "明细", ("编号", "状态", "处理措施及结果"), (("TS-1", "跟进中", "已维修" * 30),), (1, 0.3, 6)
    )
    widths = [480 * weight / 7.3 for weight in (1, 0.3, 6)]
    fitted = report_pdf._fit_widths(table, widths, style)
    assert fitted[1] >= stringWidth("跟进中", font, 9) + 12
    assert abs(sum(fitted) - sum(widths)) < 0.01
    assert widths[1] < stringWidth("跟进中", font, 9) + 12  # it would have wrapped before


@pytest.mark.parametrize("rows", range(20, 44, 3))
def test_a_section_heading_never_ends_a_page_without_its_chart(rows: int) -> None:
    """A heading followed by a chart moves to the next page with the chart, wherever the
    previous section's table happens to end (the complaint and interview reports showed
    "二、投诉分类" alone at the foot of page 1)."""
    from desk_app.reports.document import BarChart, ReportDocument, Section, table

    document = ReportDocument(
        title="投诉分析报告",
        subtitle="锦绣花园　2026年11月",
        sections=(
            Section(
                "一、投诉总量",
                tables=(table("近期投诉数", ("月份", "件数"), [(f"行{n}", n) for n in range(rows)]),),
            ),
            Section("二、投诉分类", charts=(BarChart("按投诉类别", ("一类", "二类"), (3, 4)),)),
        ),
    )
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(render_pdf(document))).pages]
    [with_heading] = [text for text in pages if "二、投诉分类" in text]
    assert "按投诉类别" in with_heading
