"""The roster import 业主信息表 (issue 13): every quirk real files have, on SQLite and
PostgreSQL; the re-import that changes nothing; the export → import round trip."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.models import AuditLog, Building, Client, ClientPhone, ClientRoom, Room
from desk_app.models.database import Database
from desk_app.services import roster
from desk_app.services.community import ensure_room
from desk_app.services.roster import (
    import_roster,
    import_roster_file,
    parse_date,
    parse_room,
    read_roster,
    split_phones,
)
from desk_app.services.spreadsheet import SpreadsheetError
from tests.roster_files import HEADER, QUIRKS, title_xlsx, write_csv, write_xlsx


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def clients(db: Database) -> dict[tuple[str, str], Client]:
    """(name, room code) → client with phones and rooms loaded."""
    found: dict[tuple[str, str], Client] = {}
    with db.read() as session:
        for client in session.scalars(select(Client)):
            for link in client.rooms:
                found[(client.name, link.room.code)] = client
            _ = [phone.phone for phone in client.phones]
    return found


def phones(client: Client) -> list[str]:
    return sorted(phone.phone for phone in client.phones)


# -- an .xlsx as centres keep it ------------------------------------------------------------


def test_xlsx_with_a_title_row_blank_rows_date_cells_and_a_total(db: Database, tmp_path: Path) -> None:
    plan = read_roster(title_xlsx(tmp_path / "roster.xlsx"))
    assert plan.header_row == 4 and plan.sheet == "业主信息"
    assert [row.row for row in plan.rows] == [5, 6, 7, 9]
    assert not plan.rejected and not plan.warnings
    result = import_roster_file(db, plan)
    assert result.as_json() == {
        "rooms_created": 3,
        "clients_created": 3,
        "clients_updated": 0,
        "clients_unchanged": 0,
        "rejected": [],
        "warnings": [],
    }
    found = clients(db)
    zhang = found[("张三", "3-2-1201")]
    assert zhang.move_in_date == date(2019, 5, 1) and zhang.hometown == "浙江杭州"
    assert zhang.employer == "市一医院" and zhang.occupation == "医生" and zhang.notes is None
    assert phones(zhang) == ["13800138000"]
    assert zhang.name_initials == "zs" and zhang.number.startswith("KH-")
    assert zhang.sort_room == Room.sort_key("3", "2", "1201")
    assert found[("李梅", "3-2-1201")].notes == "张三之妻"  # a co-owner: a client of her own
    wang = found[("王五", "3-2-1301")]
    assert wang.move_in_date == date(2020, 1, 2) and phones(wang) == ["057188881234"]
    with db.read() as session:
        areas = dict(session.execute(select(Room.code, Room.area_m2)).all())
        assert session.scalar(select(Building.name)) == "3栋"
    assert areas == {"3-2-1201": 89.5, "3-2-1202": 120, "3-2-1301": 95.5}  # 1202: vacant


def test_a_chosen_sheet(db: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = title_xlsx(tmp_path / "roster.xlsx")
    workbook = load_workbook(path)
    other = workbook.create_sheet("二期")
    other.append(HEADER)
    other.append([9, 1, 101, "赵六", "13700137000"])
    workbook.save(path)
    plan = read_roster(path, sheet="二期")
    assert plan.sheets == ("业主信息", "二期") and [row.name for row in plan.rows] == ["赵六"]
    with pytest.raises(SpreadsheetError, match="没有名为“三期”的工作表"):
        read_roster(path, sheet="三期")


# -- a GBK CSV with every quirk -------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-bom", "utf-8"])
def test_csv_with_every_quirk(db: Database, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "名册.csv", QUIRKS, encoding)
    plan = read_roster(path)
    assert plan.header_row == 2 and not plan.rejected and not plan.warnings
    result = import_roster_file(db, plan)
    assert (result.rooms_created, result.clients_created) == (7, 7)
    assert result.outcomes[11] == "created" and result.outcomes[10] == "vacant"  # 11: repeated
    found = clients(db)
    assert set(found) == {
        ("张三", "3-2-1201"),
        ("李四", "3-2-1202"),
        ("王五", "3-2-1203"),
        ("赵六", "3-2-1204"),
        ("孙七", "3-2-1205"),
        ("钱八", "S1-101"),
        ("周九", "3-2-1201"),
    }
    assert phones(found[("张三", "3-2-1201")]) == ["13800138000", "13900139000"]
    assert phones(found[("李四", "3-2-1202")]) == ["057188881234", "13800138001"]
    assert phones(found[("王五", "3-2-1203")]) == ["13800138002", "13800138003", "13800138004"]
    assert phones(found[("赵六", "3-2-1204")]) == ["057188881235", "13800138005"]
    assert phones(found[("孙七", "3-2-1205")]) == ["13800138006", "13800138007"]
    assert phones(found[("钱八", "S1-101")]) == []
    for key in [("张三", "3-2-1201"), ("李四", "3-2-1202"), ("王五", "3-2-1203"), ("赵六", "3-2-1204")]:
        assert found[key].move_in_date == date(2019, 5, 1), key
    assert found[("孙七", "3-2-1205")].move_in_date == date(2019, 5, 1)  # Excel's day number
    assert count(db, Client) == 7 and count(db, Room) == 7


def test_unreadable_optional_values_are_warnings(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [
            HEADER,
            ["1", "1", "101", "张三", "1380013800a/13900139000", "2021-13-45", "大约90", "", "", "", ""],
            ["1", "1", "102", "李四", "12", "2019-5-1", "", "", "", "", ""],
        ],
    )
    plan = read_roster(path)
    assert [(w.row, w.column) for w in plan.warnings] == [
        (2, "联系电话"),
        (2, "入住日期"),
        (2, "建筑面积"),
        (3, "联系电话"),
    ]
    assert "2021-13-45" in plan.warnings[1].reason
    result = import_roster_file(db, plan)
    assert result.clients_created == 2 and len(result.warnings) == 4
    zhang = clients(db)[("张三", "1-1-101")]
    assert phones(zhang) == ["13900139000"] and zhang.move_in_date is None


def test_a_future_move_in_is_a_warning(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", [HEADER, ["1", "1", "101", "张三", "", "2999-01-01"]])
    result = import_roster_file(db, read_roster(path))
    assert [(w.row, w.column) for w in result.warnings] == [(2, "入住日期")]
    assert clients(db)[("张三", "1-1-101")].move_in_date is None


def test_an_unreadable_room_rejects_its_row_with_the_spreadsheet_row_number(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [
            ["业主信息表"],
            ["房号", "姓名", "电话"],
            ["3-2-1201", "张三", "13800138000"],
            ["三栋二单元", "李四", "13800138001"],
            ["", "王五", "13800138002"],
            ["", "", "13800138003"],  # neither room nor name: skipped silently
            ["1201", "赵六", ""],
        ],
    )
    plan = read_roster(path)
    assert [(item.row, item.reason) for item in plan.rejected] == [
        (4, "房号“三栋二单元”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）"),
        (5, "缺少房号（业主 王五）"),
        (7, "房号“1201”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）"),
    ]
    result = import_roster_file(db, plan)
    assert result.as_json()["rejected"][0] == {"row": 4, "reason": plan.rejected[0].reason}
    assert result.clients_created == 1 and count(db, Room) == 1
    with db.read() as session:
        assert session.scalars(select(ClientPhone.phone)).all() == ["13800138000"]


def test_a_room_code_too_long_for_its_column_is_rejected(db: Database, tmp_path: Path) -> None:
    long_room = ["B" * 16, "U" * 8, "1" * 16, "张三"]
    path = write_csv(
        tmp_path / "r.csv", [["楼栋", "单元", "房号", "姓名"], long_room, ["1", "1", "101", "李四"]]
    )
    plan = read_roster(path)
    assert [(item.row, item.reason[:3]) for item in plan.rejected] == [(2, "房号“")]
    assert "过长" in plan.rejected[0].reason
    assert import_roster_file(db, plan).clients_created == 1


def test_a_voided_room_rejects_its_rows(db: Database, tmp_path: Path) -> None:
    with db.begin() as session:
        room, _ = ensure_room(session, "5", "1", "101")
        room.voided_at = datetime(2024, 1, 1).astimezone()
    path = write_csv(tmp_path / "r.csv", [["房号", "姓名"], ["5-1-101", "张三"], ["5-1-102", "李四"]])
    result = import_roster_file(db, read_roster(path))
    assert result.as_json()["rejected"] == [{"row": 2, "reason": "房号 5-1-101 已作废"}]
    assert set(clients(db)) == {("李四", "5-1-102")}


# -- unreadable files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("random.csv", os.urandom(3000) + b"\x00\x00", "无法读取"),
        ("empty.csv", b"", "是空的"),
        ("fake.xlsx", "楼栋,房号\n3,101\n".encode(), "不是有效的 Excel"),
        ("broken.xlsx", b"PK\x03\x04" + os.urandom(200), "无法读取 Excel"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "另存为 .xlsx"),
        ("no-header.csv", "甲,乙,丙\n1,2,3\n".encode("gbk"), "找不到表头"),
        ("blank.csv", b"\r\n,,\r\n", "没有数据"),
    ],
)
def test_an_unreadable_file_says_why(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError, match=reason):
        read_roster(path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="找不到文件"):
        read_roster(tmp_path / "none.xlsx")


# -- importing again ----------------------------------------------------------------------


def test_a_re_import_changes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "r.csv", QUIRKS)
    import_roster_file(db, read_roster(path))
    audit_rows = count(db, AuditLog)
    again = import_roster_file(db, read_roster(path))
    assert again.as_json() == {
        "rooms_created": 0,
        "clients_created": 0,
        "clients_updated": 0,
        "clients_unchanged": 7,
        "rejected": [],
        "warnings": [],
    }
    assert count(db, AuditLog) == audit_rows and count(db, Client) == 7


def test_a_re_import_replaces_changed_fields_and_adds_phones(db: Database, tmp_path: Path) -> None:
    first = write_csv(
        tmp_path / "a.csv",
        [
            HEADER,
            ["1", "1", "101", "张三", "13800138000", "2019-05-01", "90", "浙江", "一厂", "工人", "老业主"],
        ],
    )
    import_roster_file(db, read_roster(first))
    with db.read() as session:
        audit_before = session.scalar(select(func.max(AuditLog.id)))
    second = write_csv(
        tmp_path / "b.csv",
        [
            HEADER,
            ["1", "1", "101", "张三", "13900139000", "2019-06-01", "", "", "二厂", "", ""],
            ["1", "1", "102", "李四", "", "", "", "", "", "", ""],
        ],
    )
    result = import_roster_file(db, read_roster(second))
    assert (result.clients_updated, result.clients_created, result.clients_unchanged) == (1, 1, 0)
    zhang = clients(db)[("张三", "1-1-101")]
    assert phones(zhang) == ["13800138000", "13900139000"]  # added, none removed
    assert zhang.move_in_date == date(2019, 6, 1) and zhang.employer == "二厂"
    assert (zhang.hometown, zhang.occupation, zhang.notes) == ("浙江", "工人", "老业主")  # empty cells
    with db.read() as session:
        changes = session.execute(
            select(AuditLog.table_name, AuditLog.field, AuditLog.old_value, AuditLog.new_value).where(
                AuditLog.id > audit_before, AuditLog.action == "update"
            )
        ).all()
    assert set(changes) == {
        ("client", "move_in_date", "2019-05-01", "2019-06-01"),
        ("client", "employer", "一厂", "二厂"),
        ("record_counter", "last_value", "1", "2"),  # the new client's number (issue 19)
    }
    with db.read() as session:
        created = (
            session.execute(
                select(AuditLog.table_name).where(AuditLog.id > audit_before, AuditLog.action == "create")
            )
            .scalars()
            .all()
        )
    assert sorted(created) == ["client", "client_phone", "client_room", "room"]


def test_export_then_import_changes_nothing(db: Database, tmp_path: Path) -> None:
    import_roster_file(db, read_roster(title_xlsx(tmp_path / "a.xlsx")))
    import_roster_file(db, read_roster(write_csv(tmp_path / "b.csv", QUIRKS)))
    exported = tmp_path / "export.xlsx"
    with db.read() as session:
        written = roster.export_roster(session, exported)
    # One row per client and room (the CSV's 张三 in 3-2-1201 is the workbook's) and
    # the vacant 3-2-1206.
    assert written == 10
    audit_rows = count(db, AuditLog)
    plan = read_roster(exported)
    assert plan.header_row == 1 and not plan.rejected and not plan.warnings
    assert [row.room_code for row in plan.rows if row.name is None] == ["3-2-1206"]
    result = import_roster_file(db, plan)
    assert (result.rooms_created, result.clients_created, result.clients_updated) == (0, 0, 0)
    assert result.clients_unchanged == 9 and count(db, AuditLog) == audit_rows


def test_export_writes_text_that_looks_like_a_formula_as_text(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", [["房号", "姓名", "备注"], ["1-1-101", "张三", "=1+1"]])
    import_roster_file(db, read_roster(path))
    with db.read() as session:
        roster.export_roster(session, tmp_path / "out.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "out.xlsx").active
    assert sheet is not None and sheet["K2"].value == "=1+1" and sheet["K2"].data_type == "s"
    assert read_roster(tmp_path / "out.xlsx").rows[0].notes == "=1+1"


def test_many_new_rooms_take_the_batched_path(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster, "BULK_ROOMS", 0)
    monkeypatch.setattr(roster, "BATCH", 2)
    plan = read_roster(write_csv(tmp_path / "r.csv", QUIRKS))
    result = import_roster_file(db, plan)
    assert result.rooms_created == 7 and result.clients_created == 7
    with db.read() as session:
        rooms = {room.code: room for room in session.scalars(select(Room))}
        assert rooms["3-2-1201"].floor == 12 and rooms["3-2-1201"].digits == "321201"
        assert rooms["S1-101"].building.name == "S1" and rooms["3-2-1206"].building.name == "3栋"
        numbers = session.scalars(select(Client.number).order_by(Client.number)).all()
    assert len(set(numbers)) == 7 and numbers[0].endswith("-0001") and numbers[-1].endswith("-0007")


def test_preview_says_what_each_row_will_do(db: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", [["房号", "姓名"], ["1-1-101", "张三"], ["1-1-102", "李四"]])
    import_roster_file(db, read_roster(first))
    with db.begin() as session:
        room = session.scalars(select(Room).where(Room.code == "1-1-102")).one()
        room.voided_at = datetime(2024, 1, 1).astimezone()
    rows = [["房号", "姓名"], ["1-1-101", "张三"], ["1-1-101", "王五"], ["1-1-102", "李四"], ["1-1-103", ""]]
    plan = read_roster(write_csv(tmp_path / "b.csv", rows))
    with db.read() as session:
        assert roster.preview_roster(session, plan) == {2: "existing", 3: "new", 4: "voided", 5: "vacant"}


def test_dry_run_stores_nothing(db: Database, tmp_path: Path) -> None:
    plan = read_roster(write_csv(tmp_path / "r.csv", QUIRKS))
    result = import_roster_file(db, plan, dry_run=True)
    assert result.clients_created == 7
    assert count(db, Client) == 0 and count(db, Room) == 0 and count(db, AuditLog) == 0


def test_import_rows_in_an_open_session(db: Database) -> None:
    rows = [roster.RosterRow(2, "7", "1", "101", "张三", ("13800138000",))]
    progress: list[tuple[int, int]] = []
    with db.begin() as session:
        result = import_roster(session, rows, progress=lambda done, total: progress.append((done, total)))
        assert result.clients_created == 1
        link = session.scalars(select(ClientRoom)).one()
        assert link.room.code == "7-1-101"
    assert progress[-1] == (1, 1)


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("receptionist", False),
        ("service_staff", False),
        ("supervisor", True),
        ("department_head", True),
        ("administrator", True),
    ],
)
def test_who_may_import_and_export_the_roster(db: Database, tmp_path: Path, role: str, allowed: bool) -> None:
    """The whole archive changes (or leaves) at once: supervisors, heads and the
    administrator only; the command line acts as the system."""
    from desk_app.models import Staff
    from desk_app.models.enums import StaffRole
    from desk_app.services.errors import PermissionDeniedError

    with db.begin() as session:
        person = Staff(login="p", name="某人", role=StaffRole(role))
        session.add(person)
        session.flush()
        person_id = person.id
    rows = [roster.RosterRow(2, "7", "1", "101", "张三", ("13800138000",))]
    with db.begin(actor_id=person_id) as session:
        if allowed:
            assert import_roster(session, rows).clients_created == 1
            assert roster.export_roster(session, tmp_path / "out.xlsx") == 1
        else:
            with pytest.raises(PermissionDeniedError):
                import_roster(session, rows)
            with pytest.raises(PermissionDeniedError):
                roster.export_roster(session, tmp_path / "out.xlsx")
    assert count(db, Client) == (1 if allowed else 0)


# -- the parsers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("3-2-1201", ("3", "2", "1201")),
        ("3栋2单元1201室", ("3", "2", "1201")),
        ("3幢2单元1201", ("3", "2", "1201")),
        ("3号楼2单元1201", ("3", "2", "1201")),
        ("３－２－１２０１", ("3", "2", "1201")),
        ("S1-101", ("S1", "", "101")),
        ("3栋 2单元 1201室", ("3", "2", "1201")),
        ("3-2-1201室", ("3", "2", "1201")),
        ("三栋", None),
        ("", None),
    ],
)
def test_room_in_one_cell(text: str, parts: tuple[str, str, str] | None) -> None:
    assert parse_room(text) == parts


@pytest.mark.parametrize(
    "text",
    ["2019/5/1", "2019-05-01", "2019.5.1", "2019年5月1日", "２０１９年５月１日", "20190501", "2019/5/1 0:00"],
)
def test_dates_in_every_format(text: str) -> None:
    assert parse_date(text) == date(2019, 5, 1)


def test_unreal_dates() -> None:
    assert (
        parse_date("2021-13-45") is None and parse_date("明年") is None and parse_date("2019-02-30") is None
    )


_part = st.text(alphabet="0123456789ABCDS", min_size=1, max_size=6)


@given(
    building=_part,
    unit=st.one_of(st.just(""), _part),
    number=_part,
    style=st.sampled_from(["dash", "words", "wide"]),
)
def test_room_parser_reads_what_it_writes(building: str, unit: str, number: str, style: str) -> None:
    if style == "words":
        text = f"{building}栋{unit}单元{number}室" if unit else f"{building}栋{number}室"
    else:
        text = "-".join(part for part in (building, unit, number) if part)
        if style == "wide":
            text = "".join(chr(ord(char) + 0xFEE0) if char.isascii() else char for char in text)
    assert parse_room(text) == (building, unit, number)


_mobile = st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
_landline = st.from_regex(r"0[1-9][0-9]{1,2}", fullmatch=True).flatmap(
    lambda area: st.from_regex(r"[2-8][0-9]{6,7}", fullmatch=True).map(lambda local: (area, local))
)


@given(
    numbers=st.lists(st.one_of(_mobile, _landline), min_size=1, max_size=4),
    separator=st.sampled_from(["/", ",", "，", ";", "、", " ", " / "]),
    inner=st.sampled_from(["", "-", " "]),
)
def test_phone_splitter(numbers: list[object], separator: str, inner: str) -> None:
    written = []
    digits = []
    for number in numbers:
        if isinstance(number, tuple):
            area, local = number
            written.append(f"{area}{inner}{local}")
            digits.append(area + local)
        else:
            assert isinstance(number, str)
            written.append(f"{number[:3]}{inner}{number[3:7]}{inner}{number[7:]}")
            digits.append(number)
    pieces = split_phones(separator.join(written))
    assert ["".join(filter(str.isdigit, piece)) for piece in pieces] == digits
