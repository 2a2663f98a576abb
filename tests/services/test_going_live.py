"""Going live (issue 13): departments, the centre's settings the printouts read, the
forbidden phrases seeded and edited, the setup checklist, and the commands that do all
of it from the command line."""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, date, datetime, time

import pypdf
import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    CalendarOverride,
    Client,
    Complaint,
    Department,
    Room,
    Setting,
    Staff,
)
from desk_app.models.database import Database
from desk_app.models.enums import Channel, ComplaintClass, StaffRole
from desk_app.models.replies import ForbiddenPhrase
from desk_app.printing import registry
from desk_app.printing.common import PrintError
from desk_app.printing.complaint_channels import render_complaint_channels
from desk_app.printing.developer_notice import render_developer_notice
from desk_app.screens.base import reading
from desk_app.screens.complaint_sheet import complaint_printout
from desk_app.screens.printouts import channels_notice
from desk_app.services import centre, context, departments, replies, seed_data, setup_checklist
from desk_app.services.errors import FieldError, PermissionDeniedError
from desk_app.services.references import department_choices
from desk_app.services.settings import load_settings
from tests.pdf_checks import fonts_of

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u00a0", " "))


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return squash("".join(page.extract_text() or "" for page in reader.pages))


@pytest.fixture
def desk(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    return db


def _staff(db: Database, login: str, role: StaffRole) -> int:
    with db.begin() as session:
        staff = Staff(login=login, name=login, role=role, active=True)
        session.add(staff)
        session.flush()
        return staff.id


# -- departments ------------------------------------------------------------------------------


def test_departments_are_created_renamed_deactivated_and_reactivated(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.begin(admin) as session:
        service = departments.create_department(session, "  客服中心 ")
        works = departments.create_department(session, "工程部")
    assert service.name == "客服中心"
    with desk.begin(admin) as session:
        departments.rename_department(session, works.id, "工程维修部")
        departments.deactivate_department(session, service.id)
    with desk.read() as session:
        rows = departments.list_departments(session)
        assert [(row.name, row.active) for row in rows] == [("工程维修部", True), ("客服中心", False)]
        assert [name for _id, name in department_choices(session)] == ["工程维修部"]
    with desk.begin(admin) as session:
        departments.reactivate_department(session, service.id)
    with desk.read() as session:
        assert len(department_choices(session)) == 2


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "请填写部门名称"),
        ("   ", "请填写部门名称"),
        ("工" * 65, "过长"),
        ("客服中心", "已有名为"),
        ("客服中心 ", "已有名为"),
    ],
)
def test_department_names_are_required_and_unique(desk: Database, name: str, message: str) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.begin(admin) as session:
        departments.create_department(session, "客服中心")
    with pytest.raises(FieldError, match=message) as raised, desk.begin(admin) as session:
        departments.create_department(session, name)
    assert raised.value.field == "name"


def test_renaming_onto_another_department_is_refused_but_keeping_the_name_is_not(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.begin(admin) as session:
        first = departments.create_department(session, "秩序部").id
        second = departments.create_department(session, "环境部").id
        departments.deactivate_department(session, second)
    with pytest.raises(FieldError, match="已停用，可重新启用"), desk.begin(admin) as session:
        departments.rename_department(session, first, "环境部")
    with desk.begin(admin) as session:
        departments.rename_department(session, first, "秩序部")


def test_only_the_administrator_manages_departments(desk: Database) -> None:
    clerk = _staff(desk, "clerk", StaffRole.SUPERVISOR)
    with pytest.raises(PermissionDeniedError), desk.begin(clerk) as session:
        departments.create_department(session, "客服中心")
    with pytest.raises(PermissionDeniedError), desk.begin() as session:
        departments.create_department(session, "客服中心")  # nobody signed in, not a system job
    with desk.begin() as session:
        session.info[context.SYSTEM_JOB] = True
        departments.create_department(session, "客服中心")
    with desk.read() as session:
        assert not departments.may_manage(session, clerk)


# -- the centre's settings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        (centre.CHANNEL_PHONE, " 027-8765 4321 ", "027-8765 4321"),
        (centre.CHANNEL_PHONE, "(027) 87654321 转 8001", "(027) 87654321 转 8001"),
        (centre.CHANNEL_FAX, "027-87654322", "027-87654322"),
        (centre.CHANNEL_EMAIL, "kefu@yangguang-wy.cn", "kefu@yangguang-wy.cn"),
        (centre.CHANNEL_FORUM, "https://bbs.example.cn/yg", "https://bbs.example.cn/yg"),
        (centre.CHANNEL_CONTACT, "李静", "李静"),
        (centre.DEVELOPER_CENTRE, "阳光地产客户关系中心", "阳光地产客户关系中心"),
        (centre.CHANNEL_EMAIL, "", ""),
    ],
)
def test_centre_values_accepted(key: str, value: str, stored: str) -> None:
    assert centre.check_value(key, value) == stored


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (centre.CHANNEL_PHONE, "打电话给前台", "只能填写数字"),
        (centre.CHANNEL_PHONE, "12-3", "只能填写数字"),
        (centre.CHANNEL_FAX, "fax: 8888", "只能填写数字"),
        (centre.CHANNEL_EMAIL, "kefu.example.cn", "格式不对"),
        (centre.CHANNEL_EMAIL, "kefu@", "格式不对"),
        (centre.CHANNEL_CONTACT, "李" * 65, "过长"),
        (centre.DEVELOPER_CENTRE, "第一行\n第二行", "只能填写一行"),
        ("no_such_key", "x", "没有这个设置项"),
    ],
)
def test_centre_values_refused_with_the_field_named(key: str, value: str, message: str) -> None:
    with pytest.raises(FieldError, match=message) as raised:
        centre.check_value(key, value)
    assert raised.value.field == key


def test_centre_settings_are_saved_by_the_administrator_only(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    clerk = _staff(desk, "clerk", StaffRole.RECEPTIONIST)
    with pytest.raises(PermissionDeniedError), desk.begin(clerk) as session:
        centre.save_centre_settings(session, {centre.CHANNEL_PHONE: "027-87654321"})
    with desk.begin(admin) as session:
        centre.save_centre_settings(
            session, {centre.CHANNEL_PHONE: "027-87654321", centre.CHANNEL_EMAIL: "kf@yg.cn"}
        )
    with desk.read() as session:
        loaded = centre.load_centre_settings(session)
    assert loaded.channels.phone == "027-87654321" and loaded.channels.email == "kf@yg.cn"
    assert loaded.channels.published
    assert loaded.developer_centre == centre.DEFAULT_DEVELOPER_CENTRE


def test_a_refused_value_writes_nothing(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with pytest.raises(FieldError), desk.begin(admin) as session:
        centre.save_centre_settings(
            session, {centre.CHANNEL_PHONE: "027-87654321", centre.CHANNEL_EMAIL: "bad"}
        )
    with desk.read() as session:
        assert session.get(Setting, centre.CHANNEL_PHONE) is None


def test_three_signatories_must_differ(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with pytest.raises(FieldError, match="三方联合署名") as raised, desk.begin(admin) as session:
        centre.save_centre_settings(session, {"signatory_owners_committee": "居委会/社区工作站"})
    assert raised.value.field == "signatory_owners_committee"
    with desk.begin(admin) as session:
        centre.save_centre_settings(
            session,
            {"signatory_centre": "阳光花园物业服务中心", "signatory_owners_committee": "阳光花园业委会"},
        )
    with desk.read() as session:
        assert centre.load_centre_settings(session).centre_name == "阳光花园物业服务中心"


def test_set_setting_parses_community_keys(desk: Database) -> None:
    with desk.begin() as session:
        session.info[context.SYSTEM_JOB] = True
        centre.set_setting(session, "community_name", " 阳光花园 ")
        centre.set_setting(session, "working_hours", "08:30-17:30")
        centre.set_setting(session, "callback_working_days", "3")
    with desk.read() as session:
        loaded = load_settings(session)
    assert loaded.community_name == "阳光花园"
    assert (loaded.work_start, loaded.work_end) == (time(8, 30), time(17, 30))
    assert loaded.callback_working_days == 3
    for key, value, message in (
        ("working_hours", "18:00-09:00", "必须晚于"),
        ("working_hours", "九点到六点", "09:00-18:00"),
        ("callback_working_days", "0", "1 至 60"),
        ("progress_update_working_days", "两天", "整数"),
        ("community_name", " ", "请填写小区名称"),
        ("colour", "red", "没有这个设置项"),
    ):
        with pytest.raises(FieldError, match=message), desk.begin() as session:
            session.info[context.SYSTEM_JOB] = True
            centre.set_setting(session, key, value)


# -- printouts --------------------------------------------------------------------------------------


def _class_2_complaint(db: Database) -> str:
    staff = _staff(db, "qian", StaffRole.RECEPTIONIST)
    with db.begin() as session:
        complaint = Complaint(
            number="TS-202611-0001",
            received_at=NOW,
            channel=Channel.CALL,
            description="主卧墙面渗水",
            complaint_class=ComplaintClass.DEVELOPER,
            created_by_id=staff,
        )
        session.add(complaint)
        session.flush()
        return complaint.number


def test_developer_notice_is_addressed_to_the_configured_centre(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    number = _class_2_complaint(desk)
    with desk.read() as session:
        complaint_id = session.scalars(select(Complaint.id).where(Complaint.number == number)).one()
        assert "地产公司客户关系中心：" in pdf_text(
            render_developer_notice(complaint_printout(session, complaint_id))
        )
    with desk.begin(admin) as session:
        centre.save_centre_settings(session, {centre.DEVELOPER_CENTRE: "阳光置业客户关系中心"})
    with desk.read() as session:
        assert "阳光置业客户关系中心：" in pdf_text(
            render_developer_notice(complaint_printout(session, complaint_id))
        )


def test_complaint_channels_notice(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.read() as session, pytest.raises(PrintError, match="尚未设置投诉受理渠道"):
        render_complaint_channels(channels_notice(session))
    with desk.begin(admin) as session:
        centre.set_setting(session, "community_name", "阳光花园")
        centre.set_setting(session, "working_hours", "08:30-17:30")
        centre.save_centre_settings(
            session,
            {
                centre.CHANNEL_PHONE: "027-8765 4321",
                centre.CHANNEL_EMAIL: "kefu@yg.cn",
                centre.CHANNEL_FORUM: "https://bbs.example.cn/yg",
            },
        )
    with desk.read() as session:
        pdf = registry.print_kind("channels").render_number(reading(session), "")
    assert pdf.startswith(b"%PDF") and all(embedded for _name, embedded in fonts_of(pdf))
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) == 1
    text = pdf_text(pdf)
    for expected in (
        "投诉受理渠道公示",
        "027-87654321",
        "kefu@yg.cn",
        "https://bbs.example.cn/yg",
        "08:30—17:30",
        "阳光花园物业服务中心",
        "2026年11月23日",
    ):
        assert squash(expected) in text, expected
    assert "传真" not in text  # not set: not printed


def test_print_command_prints_the_channels_without_a_number(
    desk: Database, db_url: str, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    with desk.begin() as session:
        session.info[context.SYSTEM_JOB] = True
        centre.set_setting(session, centre.CHANNEL_PHONE, "027-87654321")
    out = f"{tmp_path}/channels.pdf"
    assert main(["print", "channels", "--database", db_url, "--out", out]) == 0
    assert "投诉受理渠道公示" in capsys.readouterr().out
    assert main(["print", "channels", "X-1", "--database", db_url]) == 2
    assert "不需要编号" in capsys.readouterr().err


# -- the forbidden phrases ---------------------------------------------------------------------------


def test_the_handbook_phrases_are_seeded_once(desk: Database) -> None:
    assert len(seed_data.FORBIDDEN_PHRASES) == 21
    with desk.begin() as session:
        assert seed_data.seed_forbidden_phrases(session) == 21
        assert seed_data.seed_forbidden_phrases(session) == 0
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.begin(admin) as session:
        for phrase in replies.forbidden_phrases(session):
            assert phrase.id is not None
            replies.remove_phrase(session, phrase.id)
    with desk.begin() as session:
        assert seed_data.seed_forbidden_phrases(session) == 0  # an emptied list stays empty
        assert replies.forbidden_phrases(session) == []


def test_forbidden_phrases_are_added_changed_and_removed(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    clerk = _staff(desk, "clerk", StaffRole.RECEPTIONIST)
    with pytest.raises(PermissionDeniedError), desk.begin(clerk) as session:
        replies.save_phrase(session, None, phrase="不知道")
    with desk.begin(admin) as session:
        first = replies.save_phrase(session, None, phrase=" 不知道 ", better_alternative="我帮您问一下").id
    with pytest.raises(FieldError, match="已有") as raised, desk.begin(admin) as session:
        replies.save_phrase(session, None, phrase="不知道")
    assert raised.value.field == "phrase"
    with pytest.raises(FieldError, match="请填写禁语"), desk.begin(admin) as session:
        replies.save_phrase(session, None, phrase="  ")
    with desk.begin(admin) as session:
        replies.save_phrase(session, first, phrase="我不知道", better_alternative="")
    with desk.read() as session:
        assert [(p.phrase, p.better_alternative) for p in replies.forbidden_phrases(session)] == [
            ("我不知道", None)
        ]
    with desk.begin(admin) as session:
        replies.remove_phrase(session, first)
    with desk.read() as session:
        assert replies.forbidden_phrases(session) == []
        row = session.get(ForbiddenPhrase, first)
        assert row is not None and row.voided_at is not None and row.voided_by_id == admin
    with desk.begin(admin) as session:  # added again: the old row comes back
        again = replies.save_phrase(session, None, phrase="我不知道", better_alternative="稍后回复您")
        assert again.id == first


def test_standard_replies_are_removed_not_deleted(desk: Database) -> None:
    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    with desk.begin(admin) as session:
        reply = replies.save_reply(
            session, None, topic="停车", question="月卡多少钱？", reply_text="每月 300 元。"
        )
    with desk.begin(admin) as session:
        replies.remove_reply(session, reply.id)
    with desk.read() as session, pytest.raises(Exception, match="已作废"):
        replies.load_reply(session, reply.id)


# -- the setup checklist ------------------------------------------------------------------------------


def _checklist(db: Database) -> dict[str, setup_checklist.ChecklistItem]:
    with db.read() as session:
        return {item.key: item for item in setup_checklist.setup_checklist(session, year=2027)}


def test_the_checklist_on_an_empty_database_and_after_each_step(desk: Database) -> None:
    items = _checklist(desk)
    assert list(items) == ["community", "calendar", "structure", "roster", "departments", "staff", "settings"]
    assert not any(item.done for item in items.values())
    assert "2027" in items["calendar"].detail and "2028" in items["calendar"].detail
    assert items["roster"].target == "roster_import" and items["departments"].target == "departments"

    admin = _staff(desk, "admin", StaffRole.ADMINISTRATOR)
    assert not _checklist(desk)["staff"].done  # administrators do not count
    with desk.begin(admin) as session:
        centre.set_setting(session, "community_name", "阳光花园")
    assert not _checklist(desk)["community"].done  # the hours are not set yet
    with desk.begin(admin) as session:
        centre.set_setting(session, "working_hours", "09:00-18:00")
        session.add(CalendarOverride(day=date(2027, 1, 1), is_workday=False, note="元旦"))
    items = _checklist(desk)
    assert items["community"].done
    assert (
        not items["calendar"].done
        and "2028" in items["calendar"].detail
        and "2027" not in items["calendar"].detail
    )
    with desk.begin(admin) as session:
        session.add(CalendarOverride(day=date(2028, 1, 1), is_workday=False, note="元旦"))
        departments.create_department(session, "客服中心")
        session.add(Staff(login="qian", name="钱前台", role=StaffRole.RECEPTIONIST, active=True))
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add(room)
        session.add(Client(number="KH-202611-0001", name="孙丽华"))
        centre.save_centre_settings(
            session, {centre.DEVELOPER_CENTRE: "阳光置业客户关系中心", centre.CHANNEL_PHONE: "027-87654321"}
        )
    items = _checklist(desk)
    assert all(item.done for item in items.values()), [i for i in items.values() if not i.done]
    with desk.read() as session:
        assert setup_checklist.checklist_complete(list(items.values()))
        assert setup_checklist.has_rooms(session)
    with desk.begin(admin) as session:
        room_row = session.scalars(select(Room)).one()
        room_row.voided_at = NOW
        for department in session.scalars(select(Department)):
            departments.deactivate_department(session, department.id)
    items = _checklist(desk)
    assert not items["structure"].done and not items["departments"].done


def test_a_year_the_calendar_package_knows_needs_nothing(desk: Database) -> None:
    with desk.read() as session:
        assert setup_checklist.calendar_years_lacking(session, 2025, 2026) == []
        assert setup_checklist.calendar_years_lacking(session, 2026, 2027) == [2027]


# -- the commands -------------------------------------------------------------------------------------


def test_a_centre_goes_live_from_the_command_line(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup", "--database", db_url]) == 0
    assert "✗ 未完成" in capsys.readouterr().out
    for argv in (
        ["settings", "set", "community_name", "阳光花园"],
        ["settings", "set", "working_hours", "08:30-17:30"],
        ["settings", "set", "complaint_phone", "027-87654321"],
        ["settings", "set", "developer_customer_centre", "阳光置业客户关系中心"],
        ["department", "add", "客服中心"],
        ["department", "add", "工程部"],
        ["department", "rename", "工程部", "工程维修部"],
        ["department", "deactivate", "工程维修部"],
    ):
        assert main([*argv[:1], "--database", db_url, *argv[1:]]) == 0, argv
    capsys.readouterr()
    assert main(["department", "list", "--json", "--database", db_url]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(row["name"], row["active"]) for row in listed] == [("客服中心", True), ("工程维修部", False)]
    assert main(["settings", "show", "--json", "--database", db_url]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["community_name"]["value"] == "阳光花园"
    assert shown["working_hours"]["value"] == "08:30-17:30"
    assert shown["complaint_email"] == {"label": "电子邮箱", "value": "", "default": ""}
    assert main(["settings", "show", "--database", db_url]) == 0
    assert "阳光置业客户关系中心" in capsys.readouterr().out
    assert main(["setup", "--json", "--database", db_url]) == 0
    checklist = {item["key"]: item for item in json.loads(capsys.readouterr().out)["items"]}
    assert (
        checklist["community"]["done"] and checklist["departments"]["done"] and checklist["settings"]["done"]
    )
    assert not checklist["structure"]["done"] and checklist["structure"]["open"] == "structure"
    # the going-live commands start the database like the window does: the phrases are there
    database = Database(db_url)
    try:
        with database.read() as session:
            assert len(replies.forbidden_phrases(session)) == 21
    finally:
        database.dispose()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["settings", "set", "complaint_email", "kefu"], "complaint_email：电子邮箱格式不对"),
        (["settings", "set", "working_hours", "9-6"], "working_hours："),
        (["settings", "set", "nonsense", "1"], "没有这个设置项"),
        (["department", "add", " "], "name：请填写部门名称"),
        (["department", "rename", "没有的部门", "新名"], "找不到名为“没有的部门”的部门"),
    ],
)
def test_refused_commands_name_the_field_and_exit_1(
    db_url: str, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main([*argv[:1], "--database", db_url, *argv[1:]]) == 1
    assert message in capsys.readouterr().err


def test_setup_command_text(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["setup", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("上线检查清单") and "还有 7 项未完成" in out
