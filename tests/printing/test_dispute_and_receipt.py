"""Issue 16: the 邻里纠纷处理记录表 and the 收费业务 receipt (存根/收据) — registered,
rendered from records made through the services, every font embedded, the log flowing
over pages, the amount in Chinese capitals. On SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pypdf
import pytest
from sqlalchemy import select

from desk_app.clock import FixedClock
from desk_app.models import Building, Client, Dispute, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import DisputeParticipant, DisputeStatus, DisputeType, FeeItem, StaffRole
from desk_app.printing import registry
from desk_app.printing.common import PrintError
from desk_app.printing.fee_receipt import amount_in_capitals
from desk_app.screens.base import reading
from desk_app.services import disputes, reception
from tests.pdf_checks import fonts_of

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # Monday 10:00 in Shanghai


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def embedded(pdf: bytes) -> bool:
    fonts = fonts_of(pdf)
    return bool(fonts) and all(flag for _name, flag in fonts)


# -- 大写金额 ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("120", "壹佰贰拾元整"),
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.5", "伍角"),
        ("10", "壹拾元整"),
        ("100.05", "壹佰元零伍分"),
        ("1005.50", "壹仟零伍元伍角"),
        ("1680.32", "壹仟陆佰捌拾元叁角贰分"),
        ("100000", "壹拾万元整"),
        ("100500", "壹拾万零伍佰元整"),
        ("10050", "壹万零伍拾元整"),
        ("200000001", "贰亿零壹元整"),
        ("3000.00", "叁仟元整"),
        ("-20", "负贰拾元整"),
    ],
)
def test_amount_in_chinese_capitals(amount: str, capitals: str) -> None:
    assert amount_in_capitals(Decimal(amount)) == capitals


# -- the records ---------------------------------------------------------------------------------


@pytest.fixture
def place(db: Database) -> dict[str, int]:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        staff = Staff(login="tan", name="谭娜", role=StaffRole.SUPERVISOR, cleared_to_work_alone=True)
        building = Building(code="3", name="3栋")
        upper = Room(building=building, unit="2", number="1301", code="3-2-1301", digits="321301")
        lower = Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201")
        wang = Client(number="KH-202611-0001", name="王䶮")
        ji = Client(number="KH-202611-0002", name="𠮷野")
        session.add_all([staff, upper, lower, wang, ji])
        session.flush()
        return {"staff": staff.id, "wang": wang.id, "ji": ji.id}


def _dispute(db: Database, ids: dict[str, int], description: str, steps: int) -> str:
    with db.begin(actor_id=ids["staff"]) as session:
        dispute = disputes.record_dispute(
            session,
            dispute_type=DisputeType.NOISE,
            description=description,
            complainant_room="3-2-1201",
            complainant_client_id=ids["wang"],
            respondent_room="3-2-1301",
            respondent_client_id=ids["ji"],
            opened_at=NOW - timedelta(days=30),
            handler_id=ids["staff"],
        )
        bodies = list(DisputeParticipant)
        for index in range(steps):
            disputes.add_step(
                session,
                dispute.id,
                f"第{index + 1}次上门调解（邀请{bodies[index % len(bodies)].label}）",
                participants=[bodies[index % len(bodies)]],
                result="双方各执一词，需继续协调" if index % 2 else "被投诉方答应晚十点后停止",
                at=NOW - timedelta(days=29) + timedelta(minutes=index),
            )
        return dispute.number


def test_dispute_record_prints_type_parties_every_step_and_bodies(
    db: Database, place: dict[str, int]
) -> None:
    number = _dispute(db, place, "楼上每晚打麻将到凌晨", steps=5)
    with db.read() as session:
        pdf = registry.print_kind("dispute").render_number(reading(session), number)
    assert embedded(pdf)
    text = pdf_text(pdf)
    for value in (
        "邻里纠纷处理记录表",
        number,
        "3-2-1201",
        "3-2-1301",
        "王䶮",
        "𠮷野",
        "楼上每晚打麻将到凌晨",
        "谭娜",
        "居委会/社区工作站",
        "业委会",
        "街道办",
        "城管",
        "派出所",
        "第5次上门调解",
        "经办人",
        "客服主管",
    ):
        assert value in text, value
    # Open: nothing is asserted that has not happened yet (outcome, closing time blank).
    assert "已解决" in text  # the box to tick is there …
    assert "被投诉方已" not in text


def test_a_closed_dispute_prints_its_outcome(db: Database, place: dict[str, int]) -> None:
    number = _dispute(db, place, "楼道堆放杂物", steps=1)
    with db.begin(actor_id=place["staff"]) as session:
        dispute_id = session.scalars(select(Dispute.id).where(Dispute.number == number)).one()
        disputes.close_dispute(
            session, dispute_id, "被投诉方已清理杂物，双方认可", status=DisputeStatus.RESOLVED
        )
    with db.read() as session:
        text = pdf_text(registry.print_kind("dispute").render_number(reading(session), number))
    assert "被投诉方已清理杂物，双方认可" in text and "2026年11月23日10:00" in text


def test_dispute_record_with_10000_characters_and_300_steps_flows(
    db: Database, place: dict[str, int]
) -> None:
    letter = "（本人系3栋2单元业主）楼上噪音持续三个月，多次沟通未果！" * 400
    number = _dispute(db, place, letter[:10_000], steps=300)
    with db.read() as session:
        pdf = registry.print_kind("dispute").render_number(reading(session), number)
    assert embedded(pdf)
    assert pages(pdf) > 8
    text = pdf_text(pdf)
    assert "第300次上门调解" in text and "客服主管" in text
    # the log's header repeats on the pages it runs over
    assert text.count("参与单位") > 3


def test_dispute_refuses_other_numbers_in_chinese(db: Database, place: dict[str, int]) -> None:
    with db.read() as session, pytest.raises(PrintError, match="邻里纠纷"):
        registry.print_kind("dispute").render_number(reading(session), "TS-202611-0001")


def test_fee_receipt_has_stub_and_receipt_with_amount_in_capitals(
    db: Database, place: dict[str, int]
) -> None:
    with db.begin(actor_id=place["staff"]) as session:
        room = session.scalars(select(Room.id).where(Room.code == "3-2-1201")).one()
        fee = reception.register_fee_service(
            session,
            item=FeeItem.ACCESS_CARD,
            amount="120",
            receipt_number="No.0001",
            room_id=room,
            payer_name="王䶮",
            at=NOW,
        )
        number = fee.number
    with db.read() as session:
        pdf = registry.print_kind("receipt").render_number(reading(session), number)
    assert embedded(pdf)
    assert pages(pdf) == 1
    text = pdf_text(pdf)
    # both parts carry the same facts
    for value in (
        number,
        "No.0001",
        "3-2-1201",
        "王䶮",
        "门禁卡",
        "¥120.00",
        "壹佰贰拾元整",
        "谭娜",
        "2026年11月23日",
    ):
        assert text.count(value) >= 2, value
    assert "存根" in text and "收据（交款人收执）" in text and "请沿此线剪下" in text
    assert "现金" in text and "收款单位（盖章）" in text


def test_registry_lists_the_new_kinds() -> None:
    assert registry.KINDS["dispute"].title == "邻里纠纷处理记录表"
    assert "receipt" in registry.known_kinds() and "dispute" in registry.known_kinds()


def test_remembered_line_breaks_follow_the_width() -> None:
    """The line breaker's memory (issue 16, speed) never hands a paragraph the lines of
    another width: wrapped narrow, wide, then narrow again, it breaks as it should."""
    from desk_app.printing.layout import forget_line_breaks, para

    text = "王䶮：楼上噪音持续三个月（多次沟通未果），请物业协调！" * 20
    paragraph = para(text)
    narrow = paragraph.wrap(120, 10_000)[1]
    wide = paragraph.wrap(480, 10_000)[1]
    assert narrow > 3 * wide
    assert paragraph.wrap(120, 10_000)[1] == narrow
    forget_line_breaks()
    assert para(text).wrap(120, 10_000)[1] == narrow
