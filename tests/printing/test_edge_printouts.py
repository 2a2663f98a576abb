"""Issue 16: printouts that never fail — any length, any name, Chinese line breaking,
forms for the pen, the daily tally's confirmation, the command line's messages."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from sqlalchemy import select

from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    Complaint,
    ComplaintProgress,
    DailyTally,
    Room,
    Staff,
)
from desk_app.models.database import Database
from desk_app.models.enums import Channel, Severity, StaffRole
from desk_app.printing import glyphs, registry
from desk_app.printing.common import PrintError
from desk_app.printing.layout import (
    NO_LINE_END,
    NO_LINE_START,
    CheckBoxes,
    Field,
    MinHeight,
    PageHeader,
    boxes,
    build_form_pdf,
    content_width,
    field_table,
    para,
    ruled_table,
    styles,
    yes_no,
)
from desk_app.printing.reminder_slips import SLIP_TEXT_SIZE, _slip_style
from desk_app.resources import resource_path
from desk_app.screens.base import reading
from tests.pdf_checks import fonts_of

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai
HEADER = PageHeader(
    community="翠湖苑物业服务中心", title="测试表", number="CS-202611-0001", date_text="2026年11月23日"
)
#: A pasted owner's letter: Chinese prose with brackets, quotes and enumerations.
LETTER = (
    "尊敬的物业服务中心：本人系3栋2单元业主（自2019年入住），现就“地下车库（B2层）渗水”问题反映如下："
    "一、渗水已持续三个月；二、多次报修（见附件1、附件2）未果；三、车辆因此受损。请贵中心于本周内答复！"
)


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def long_text(length: int) -> str:
    text = ""
    index = 0
    while len(text) < length:
        index += 1
        text += f"【第{index}段】" + LETTER + "\n"
    return text[:length]


# -- 1 and 4: layout that cannot fail ------------------------------------------------------------


def test_a_10000_character_field_and_500_rows_flow_over_pages() -> None:
    """Before issue 16 a field over ~1 800 characters raised LayoutError and page 1 of a
    long row stayed empty: now the row splits and every character is printed."""
    text = long_text(10_000)
    width = content_width()
    rows: list[list[object]] = [["序号", "处理情况"]]
    rows += [[str(index), f"第{index}次跟进：电话联系业主"] for index in range(1, 501)]
    story = [
        field_table(
            [
                Field("房号", "3-2-1201"),
                Field("业主", "孙丽华"),
                Field("问题描述", text, wide=True, height=20 * mm),
            ],
            width,
        ),
        ruled_table(rows, [20 * mm, width - 20 * mm]),
    ]
    pdf = build_form_pdf(story, HEADER)
    flat = pdf_text(pdf)
    assert pages(pdf) >= 12
    assert "【第1段】" in flat and re.sub(r"\s", "", text[-40:]) in flat
    assert "第500次跟进" in flat
    # The header row repeats on the pages of the long table.
    assert flat.count("处理情况") >= 3
    # Page 1 is used, not left empty: the long text starts on it.
    first = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or ""
    assert "【第1段】" in first


def test_an_unprintable_layout_is_a_chinese_message_naming_record_and_field() -> None:
    # A drawing taller than any page cannot be laid out.
    story = [
        field_table(
            [Field("处理结果", "x"), Field("现场照片", Drawing(10, 400 * mm), wide=True)], content_width()
        )
    ]
    with pytest.raises(PrintError) as caught:
        build_form_pdf(story, HEADER)
    message = str(caught.value)
    assert "测试表" in message and "CS-202611-0001" in message and "现场照片" in message
    assert "LayoutError" not in message and "Flowable" not in message


def test_a_box_for_the_pen_taller_than_a_page_goes_on_overleaf() -> None:
    story = [
        field_table(
            [Field("处理结果", "x"), Field("现场记录", "y", wide=True, height=400 * mm)], content_width()
        )
    ]
    assert isinstance(story[0].parts[-1]._cellvalues[0][1][0], MinHeight)
    assert pages(build_form_pdf(story, HEADER)) == 2


def test_a_heading_keeps_with_its_content() -> None:
    assert styles().heading.keepWithNext


# -- 3: glyph coverage ---------------------------------------------------------------------------


def test_extension_a_and_b_names_print_and_emoji_is_reported() -> None:
    with glyphs.collect_missing() as missing:
        pdf = build_form_pdf([para("客户：王䶮，𠮷野家。表情😀")], HEADER)
    flat = pdf_text(pdf)
    assert "王䶮" in flat and "𠮷" in flat
    used = {name.split("+")[-1] for name, embedded in fonts_of(pdf) if embedded}
    assert {"HanaMinA", "HanaMinB"} <= used
    assert all(embedded for _name, embedded in fonts_of(pdf))
    assert missing == ["😀"]
    assert "U+1F600" in glyphs.describe(missing)


def test_fallback_fonts_are_truetype_subsets_with_their_licence() -> None:
    for _name, file_name in glyphs.FALLBACK_FONTS:
        path = resource_path("fonts", file_name)
        data = path.read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00" and b"glyf" in data[:400]  # TrueType, not CFF
        assert path.stat().st_size < 4_000_000
    assert "Hanazono Font License" in resource_path("fonts", "hanazono-COPYRIGHT.txt").read_text()
    assert glyphs.missing_characters("王䶮𠮷") == []


# -- 5: Chinese line breaking --------------------------------------------------------------------


def _broken(text: str, width: float, style: ParagraphStyle | None = None) -> list[tuple[str, float]]:
    """(text, space left) of each line ReportLab sets ``text`` in at ``width``."""
    paragraph = para(text, style or styles().cell)
    paragraph.wrap(width, 10_000)
    result: list[tuple[str, float]] = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # a paragraph that fits one line: (space left, words)
            result.append(("".join(line[1]), float(line[0])))
        else:
            result.append(("".join(getattr(word, "text", "") for word in line.words), float(line.extraSpace)))
    return result


def _check_breaks(text: str, width: float, style: ParagraphStyle | None = None) -> None:
    """No line starts with a closing mark, none ends with an opening mark, wherever
    the line could have been broken otherwise; nothing runs past the right edge."""
    lines = _broken(text, width, style)
    texts = [line for line, _space in lines]
    joined = "".join(texts)
    assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", text)

    def clash(at: int) -> bool:
        return joined[at] in NO_LINE_START or joined[at - 1] in NO_LINE_END

    start = 0
    for index, (line, space) in enumerate(lines):
        end = start + len(line)
        if index < len(lines) - 1 and line and end < len(joined) and clash(end):
            # Allowed only when no break in this line would have kept the rules.
            assert all(clash(point) for point in range(start + 1, end)), (index, texts)
        # Nothing hangs out of the frame.
        assert space >= -0.01, (index, texts)
        start = end


def test_every_slip_template_breaks_by_the_rules() -> None:
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    templates = json.loads(resource_path("slip_texts.json").read_text(encoding="utf-8"))
    templates.pop("_comment", None)
    walk(templates)
    values = {
        "location": "12栋3单元（东侧）",
        "deadline": "11月26日",
        "kind": "噪音",
        "reminder": "（第二次提示）",
    }
    texts = [text.format_map(values) for text in texts]
    assert len(texts) > 10
    for text in texts:
        for line in text.splitlines():
            if line.strip():
                for width in range(120, 420, 7):
                    _check_breaks(line, float(width), _slip_style())
                    _check_breaks(line, float(width))


def test_two_closing_marks_in_a_row_do_not_start_a_line() -> None:
    text = "甲" * 9 + "”）、" + "乙" * 20
    for width in range(40, 200, 3):
        _check_breaks(text, float(width))


PROSE = st.text(
    alphabet="物业中心业主投诉处理情况" + NO_LINE_START + NO_LINE_END + "ab12", min_size=1, max_size=120
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=PROSE, width=st.integers(min_value=40, max_value=400))
def test_generated_corpus_breaks_by_the_rules(text: str, width: int) -> None:
    _check_breaks(text, float(width))


# -- 6: forms for the pen -------------------------------------------------------------------------


def test_check_boxes_are_drawn_and_big_enough_to_tick() -> None:
    flowable = boxes(["满意", "不满意"], ["满意"])
    assert isinstance(flowable, CheckBoxes)
    assert 3.5 * mm <= CheckBoxes.BOX_SIZE
    pdf = build_form_pdf([field_table([Field("是否满意", flowable, wide=True)], content_width())], HEADER)
    assert "满意" in pdf_text(pdf) and "□" not in pdf_text(pdf) and "■" not in pdf_text(pdf)


def test_nothing_is_asserted_before_it_happens() -> None:
    assert yes_no(None) == ""
    pdf = build_form_pdf(
        [field_table([Field("现场解决", yes_no(None)), Field("完成时间", None)], content_width())], HEADER
    )
    flat = pdf_text(pdf)
    assert "现场解决" in flat and "否" not in flat and "—" not in flat


def test_slip_text_is_big_enough_for_a_corridor_wall() -> None:
    assert _slip_style().fontSize == SLIP_TEXT_SIZE >= 16


# -- with a database -----------------------------------------------------------------------------


@pytest.fixture
def centre(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        staff = Staff(login="tan", name="谭娜", role=StaffRole.SUPERVISOR, cleared_to_work_alone=True)
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        client = Client(number="KH-202611-0001", name="王䶮")
        session.add_all([staff, room, client])
    return db


def _complaint(db: Database, received: datetime, description: str) -> str:
    from desk_app.services.complaints import register_complaint

    with db.read() as session:
        staff = session.scalars(select(Staff)).one().id
        client = session.scalars(select(Client)).one().id
        room = session.scalars(select(Room)).one().id
    with db.begin(actor_id=staff) as session:
        complaint = register_complaint(
            session,
            received_at=received,
            channel=Channel.CALL,
            client_id=client,
            room_id=room,
            description=description,
        )
        return complaint.number


def test_complaint_sheet_with_10000_characters_and_500_entries(centre: Database) -> None:
    number = _complaint(centre, NOW - timedelta(days=30), long_text(10_000))
    with centre.begin() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        staff = session.scalars(select(Staff)).one().id
        for index in range(500):
            session.add(
                ComplaintProgress(
                    complaint_id=complaint.id,
                    at=complaint.received_at + timedelta(minutes=30 * index + 5),
                    staff_id=staff,
                    action=f"第{index + 1}次跟进（电话）：已告知业主处理进度。",
                    client_informed=True,
                )
            )
        complaint.severity = Severity.MAJOR
    with centre.read() as session:
        for kind in ("complaint", "dossier"):
            with glyphs.collect_missing() as missing:
                pdf = registry.print_kind(kind).render_number(reading(session), number)
            assert all(embedded for _name, embedded in fonts_of(pdf))
            flat = pdf_text(pdf)
            assert "第500次跟进" in flat and "王䶮" in flat and number in flat
            assert missing == []


def test_tally_marks_entries_after_the_confirmation_and_refuses_future_days(centre: Database) -> None:
    day = date(2026, 11, 20)
    _complaint(centre, datetime(2026, 11, 20, 9, 0, tzinfo=UTC), "楼道灯不亮")  # 17:00 Shanghai
    _complaint(centre, datetime(2026, 11, 20, 11, 27, tzinfo=UTC), "夜间噪音")  # 19:27
    with centre.begin() as session:
        staff = session.scalars(select(Staff)).one().id
        session.add(
            DailyTally(day=day, confirmed_at=datetime(2026, 11, 20, 9, 58, tzinfo=UTC), confirmed_by_id=staff)
        )
    with centre.read() as session:
        flat = pdf_text(registry.print_kind("tally").render_number(reading(session), day.isoformat()))
        assert "已于2026年11月20日17:58由谭娜确认" in flat
        assert "其后受理的1件" in flat and "※2" in flat and "※1" not in flat
        with pytest.raises(PrintError, match="还没有到"):
            registry.print_kind("tally").render_number(reading(session), "2026-11-24")


def test_command_line_speaks_chinese(
    centre: Database, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    number = _complaint(centre, NOW - timedelta(days=1), "客户王䶮反映😀")
    capsys.readouterr()
    missing_dir = tmp_path / "没有这个文件夹" / "x.pdf"
    assert main(["print", "complaint", number, "--out", str(missing_dir), "--database", db_url]) == 2
    err = capsys.readouterr().err
    assert "文件夹不存在" in err and "No such file" not in err
    assert main(["print", "dossier", number, "--out", str(tmp_path / "d.pdf"), "--database", db_url]) == 2
    err = capsys.readouterr().err
    assert err.count("R19") == 1 and "（R19）（R19）" not in err
    out = tmp_path / "c.pdf"
    assert main(["print", "complaint", number, "--out", str(out), "--database", db_url]) == 0
    captured = capsys.readouterr()
    assert "U+1F600" in captured.err and "😀" in captured.err
    assert "王䶮" in pdf_text(out.read_bytes())


def test_developer_letter_lists_only_what_was_done_before_it_once(centre: Database) -> None:
    from desk_app.models.enums import ComplaintClass

    number = _complaint(centre, datetime(2026, 11, 10, 2, 0, tzinfo=UTC), "卫生间天花板渗水")
    sent = datetime(2026, 11, 12, 2, 0, tzinfo=UTC)
    with centre.begin() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        staff = session.scalars(select(Staff)).one().id
        complaint.complaint_class = ComplaintClass.DEVELOPER
        complaint.developer_notice_sent_at = sent
        complaint.developer_notice_method = "邮件"
        for at, action in [
            (datetime(2026, 11, 10, 3, 0, tzinfo=UTC), "上门查看渗水位置"),
            (datetime(2026, 11, 10, 3, 0, tzinfo=UTC), "上门查看渗水位置"),  # saved twice
            (datetime(2026, 11, 11, 3, 0, tzinfo=UTC), "联系楼上住户配合检查"),
            (sent, "已书面知会地产公司客户关系中心"),  # the letter itself
            (datetime(2026, 11, 23, 1, 0, tzinfo=UTC), "地产公司维修完毕"),  # after the letter
        ]:
            session.add(ComplaintProgress(complaint_id=complaint.id, at=at, staff_id=staff, action=action))
    with centre.read() as session:
        flat = pdf_text(registry.print_kind("developer-notice").render_number(reading(session), number))
    assert flat.count("上门查看渗水位置") == 1
    assert "联系楼上住户配合检查" in flat
    assert "已书面知会" not in flat and "维修完毕" not in flat


def test_reports_and_slips_take_10000_characters_and_500_rows() -> None:
    from desk_app.printing.reminder_slips import SlipData, render_slip_batch
    from desk_app.reports.document import ReportDocument, Section, Table
    from desk_app.reports.pdf import render_pdf

    text = long_text(10_000)
    rows = [
        [f"TS-202611-{index:04d}", "11-23", "已关闭", text if index == 1 else "已维修"]
        for index in range(1, 501)
    ]
    document = ReportDocument(
        title="投诉统计",
        subtitle="翠湖苑 2026年11月",
        sections=(
            Section(
                "一、明细",
                paragraphs=(text,),
                tables=(
                    Table(
                        "明细",
                        ("编号", "日期", "状态", "处理措施及结果"),
                        tuple(tuple(row) for row in rows),
                        (2.4, 1, 1, 4),
                    ),
                ),
            ),
        ),
        signatures=("制表人",),
    )
    flat = pdf_text(render_pdf(document))
    assert "TS-202611-0500" in flat and re.sub(r"\s", "", text[-30:]) in flat
    from desk_app.models.enums import ReminderKind

    slip = SlipData("TX-202611-0001", ReminderKind.NOISE, "3栋", 1, text, NOW, ("翠湖苑物业服务中心",))
    pdf = render_slip_batch([slip], NOW.tzinfo or UTC)
    assert re.sub(r"\s", "", text[-30:]) in pdf_text(pdf) and pages(pdf) > 1


@pytest.mark.parametrize("length", [700, 1800])
def test_notice_seals_side_by_side_and_with_their_date(centre: Database, length: int) -> None:
    from desk_app.models.enums import NoticeIssue
    from desk_app.services import rectification_notices

    with centre.read() as session:
        staff = session.scalars(select(Staff)).one().id
        client = session.scalars(select(Client)).one().id
        room = session.scalars(select(Room)).one().id
    with centre.begin(actor_id=staff) as session:
        number = rectification_notices.issue_notice(
            session,
            room_id=room,
            client_id=client,
            issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
            issue_description=long_text(length),
            required_action="拆除阳光房，恢复屋顶平台原状",
            deadline=date(2026, 11, 30),
            joint_with_owners_committee=True,
        ).number
    with centre.read() as session:
        pdf = registry.print_kind("notice").render_number(reading(session), number)
    placed: list[tuple[int, str, float]] = []  # (page, text, baseline height)
    for number_, page in enumerate(pypdf.PdfReader(io.BytesIO(pdf)).pages):

        def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any, n: int = number_) -> None:
            placed.append((n, text, round(float(cm[5]) + float(tm[5]), 1)))

        page.extract_text(visitor_text=visit)
    lines: dict[tuple[int, float], str] = {}
    for page_number, text, y in placed:
        lines[(page_number, y)] = lines.get((page_number, y), "") + text
    seals = [key for key, text in lines.items() if "盖章" in text]
    assert len(seals) == 1, "one page and one line hold the seals"
    assert lines[seals[0]].count("盖章") == 2, "joint issuers side by side"
    page_of_seals, y_of_seals = seals[0]
    assert any(
        page == page_of_seals and y < y_of_seals and "2026年11月23日" in text
        for (page, y), text in lines.items()
    ), "the date stays with the seals, below them"


def test_every_record_printout_takes_a_10000_character_field(db: Database) -> None:
    """The demo's records with one field pasted full (a forum post, a letter): every
    kind renders, all of the text is there, every font embedded."""
    from desk_app.demo.generator import generate_demo
    from desk_app.models import DispatchSlip, Interview, RectificationNotice
    from desk_app.models.enums import ComplaintClass

    db.clock = FixedClock(NOW)
    generate_demo(db, clients=30, months=3, seed=3, now=NOW)
    text = long_text(10_000)
    with db.begin() as session:
        developer = session.scalars(
            select(Complaint).where(Complaint.complaint_class == ComplaintClass.DEVELOPER)
        ).first()
        dispatch = session.scalars(select(DispatchSlip)).first()
        interview = session.scalars(select(Interview)).first()
        notice = session.scalars(
            select(RectificationNotice).where(RectificationNotice.voided_at.is_(None))
        ).first()
        assert developer and dispatch and interview and notice
        developer.description = text
        dispatch.content = text
        interview.client_needs = text
        notice.required_action = text
        jobs = {
            "developer-notice": developer.number,
            "complaint": developer.number,
            "dispatch": dispatch.number,
            "interview": interview.number,
            "notice": notice.number,
        }
    tail = re.sub(r"\s", "", text[-30:])
    with db.read() as session:
        for kind, number in jobs.items():
            pdf = registry.print_kind(kind).render_number(reading(session), number)
            assert all(embedded for _name, embedded in fonts_of(pdf)), kind
            flat = pdf_text(pdf)
            assert "【第1段】" in flat and tail in flat, kind
            assert pages(pdf) > 5, kind


def test_an_unexpected_failure_on_the_command_line_is_chinese(
    centre: Database,
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    number = _complaint(centre, NOW - timedelta(days=1), "楼道灯不亮")

    def broken(*_args: object) -> bytes:
        raise ZeroDivisionError("division by zero")

    import dataclasses

    monkeypatch.setitem(
        registry.KINDS, "complaint", dataclasses.replace(registry.KINDS["complaint"], render=broken)
    )
    capsys.readouterr()
    assert main(["print", "complaint", number, "--out", str(tmp_path / "c.pdf"), "--database", db_url]) == 2
    err = capsys.readouterr().err
    assert "生成“complaint”时出错" in err and "Traceback" not in err and "division" not in err


def test_complaint_sheet_asserts_nothing_before_it_happens(centre: Database) -> None:
    """Issue 16: “现场解决：否” was printed on a complaint nobody had resolved yet."""
    number = _complaint(centre, NOW - timedelta(hours=2), "楼道垃圾两天未清运")
    with centre.read() as session:
        complaint = session.scalars(select(Complaint).where(Complaint.number == number)).one()
        assert complaint.resolved_at is None
        flat = pdf_text(registry.print_kind("complaint").render_number(reading(session), number))
    after = flat.split("现场解决")[1][:6]
    assert not after.startswith(("否", "是")), after
    assert "—" not in flat.replace("人—服务", "")
