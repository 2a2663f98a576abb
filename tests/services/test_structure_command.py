"""``desk-app structure generate`` / ``list`` (issue 13): a centre's rooms from a script."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from desk_app.cli import main
from desk_app.models import Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.services import community, references, worklog


def _count(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Room)) or 0)


GENERATE = ["generate", "--buildings", "1-2", "--units", "1-3", "--floors", "2-15", "--per-floor", "4"]


def test_generate_prints_the_count_and_the_first_and_last_codes(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["structure", *GENERATE, "--skip-floors", "4,13,14", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert "新建 264 间" in out and "2-1-201" not in out and "1-1-201" in out and "2-3-1504" in out
    assert _count(db) == 264


def test_generate_json_and_a_second_run_creates_nothing(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["structure", *GENERATE, "--json", "--database", db_url]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["rooms_created"] == 2 * 3 * 14 * 4 and first["rooms_existing"] == 0
    assert first["codes_preview"][:2] == ["1-1-201", "1-1-202"] and len(first["codes_preview"]) == 20
    assert main(["structure", *GENERATE, "--json", "--database", db_url]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["rooms_created"] == 0 and second["rooms_existing"] == 336


def test_dry_run_stores_nothing(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["structure", *GENERATE, "--dry-run", "--json", "--database", db_url]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["dry_run"] is True and payload["rooms_created"] == 336
    assert _count(db) == 0
    with db.read() as session:
        assert community.building_rows(session) == []


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--floors", "2-x"], "--floors"),
        (["--per-floor", "four"], "--per-floor"),
        (["--per-floor", "0"], "--per-floor"),
        (["--kind", "castle"], "--kind"),
        (["--numbering", "odd"], "--numbering"),
        (["--skip-floors", "2-15"], "--skip-floors"),
        (["--buildings", "1-1000", "--units", "1-10"], "100000"),
    ],
)
def test_bad_arguments_exit_1_with_a_chinese_message(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    assert main(["structure", *GENERATE, *extra, "--database", db_url]) == 1
    captured = capsys.readouterr()
    assert said in captured.err and "Traceback" not in captured.err and captured.out == ""
    assert _count(db) == 0


def test_list_shows_buildings_with_their_room_counts(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["structure", "list", "--database", db_url]) == 0
    assert "还没有楼栋" in capsys.readouterr().out
    assert main(["structure", *GENERATE, "--kind", "shop", "--database", db_url]) == 0
    with db.begin() as session:
        room = session.scalars(select(Room).where(Room.code == "2-1-201")).one()
        community.void_room(session, room.id, "拆除")
    capsys.readouterr()
    assert main(["structure", "list", "--json", "--database", db_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(row["code"], row["rooms"], row["voided_rooms"]) for row in rows] == [
        ("1", 168, 0),
        ("2", 167, 1),
    ]
    assert main(["structure", "list", "--database", db_url]) == 0
    out = capsys.readouterr().out
    assert "168 间" in out and "共 2 栋，335 间在用" in out


def test_structure_without_an_action_says_what_to_type(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["structure", "--database", db_url]) == 1
    assert "structure generate" in capsys.readouterr().err


def test_building_the_parser_loads_no_heavy_module() -> None:
    code = (
        "import sys; from desk_app.cli import build_parser; build_parser(); "
        "print(sorted(m for m in ('reportlab', 'openpyxl', 'PySide6', 'desk_app.services.community') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "desk_app.services.community" not in out and "reportlab" not in out


def test_from_nothing_to_a_call_from_a_real_room(db: Database, db_url: str) -> None:
    """Issue 13's bar: a fresh database, rooms from the command line, then a call logged
    from one of them."""
    args = ["--buildings", "3", "--units", "2", "--floors", "12", "--per-floor", "1"]
    assert main(["structure", "generate", *args, "--database", db_url]) == 0
    with db.begin() as session:
        taker = Staff(login="desk", name="李前台", role=StaffRole.RECEPTIONIST, cleared_to_work_alone=True)
        session.add(taker)
        session.flush()
        room = references.find_room(session, "321201", required=True)
        assert room is not None
        result = worklog.record_entry(
            session,
            channel=Channel.CALL,
            category=Category.ENQUIRY,
            content="询问停水时间",
            room_id=room.id,
            taken_by_id=taker.id,
        )
        assert result.entry.room_id == room.id
