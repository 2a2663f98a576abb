"""Issue 13, done when: on a fresh database a new user goes from nothing to logging a
call from a real room by the command line alone (SQLite and PostgreSQL). Every step is
a command a centre would type, with the samples the README uses."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.models import Client, Room, Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Channel

DOCS = Path(__file__).resolve().parent.parent / "docs"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "Traceback" not in captured.err
    return captured.out


def test_from_nothing_to_a_logged_call_by_commands_alone(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    database = ["--database", db_url]
    checklist = json.loads(run(capsys, "setup", *database, "--json"))
    assert not checklist["complete"]

    run(capsys, "settings", "set", *database, "community_name", "翠湖花园")
    run(capsys, "settings", "set", *database, "working_hours", "08:30-17:30")
    run(capsys, "settings", "set", *database, "signatory_centre", "翠湖花园物业服务中心")
    run(capsys, "settings", "set", *database, "developer_customer_centre", "翠湖地产客户关系中心")
    run(capsys, "settings", "set", *database, "complaint_phone", "0571-88001234")
    run(capsys, "calendar", "holiday", *database, "2027-01-01", "--note", "元旦")
    run(
        capsys,
        "structure",
        "generate",
        *database,
        "--buildings",
        "9",
        "--units",
        "1-2",
        "--floors",
        "1-6",
        "--per-floor",
        "2",
    )
    imported = json.loads(
        run(capsys, "import", "roster", *database, str(DOCS / "sample-roster.csv"), "--json")
    )
    assert imported["rejected"] == [] and imported["clients_created"] > 0 and imported["rooms_created"] > 0
    staff = json.loads(run(capsys, "import", "staff", *database, str(DOCS / "sample-staff.csv"), "--json"))
    passwords = {account["login"]: account["password"] for account in staff["created"]}
    assert "chenjing" in passwords

    checklist = json.loads(run(capsys, "setup", *database, "--json"))
    assert checklist["complete"], [item for item in checklist["items"] if not item["done"]]

    # the start password must be changed first (old and new on standard input)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{passwords['chenjing']}\nCuihu-2026!\n"))
    run(capsys, "password", *database, "chenjing")
    monkeypatch.setenv("DESK_APP_PASSWORD", "Cuihu-2026!")
    with db.read() as session:
        room, name = session.execute(
            select(Room.code, Client.name).join(Client.rooms).join(Room).order_by(Room.code).limit(1)
        ).one()
    logged = json.loads(
        run(
            capsys,
            "log",
            *database,
            "--by",
            "chenjing",
            "--channel",
            "来电",
            "--category",
            "咨询",
            "--room",
            room,
            "--client",
            name,
            "--content",
            "询问物业费缴纳方式",
            "--json",
        )
    )
    with db.read() as session:
        entry = session.scalars(select(WorkLogEntry)).one()
        taker = session.get(Staff, entry.taken_by_id)
        assert entry.number == logged["entry"] and entry.channel is Channel.CALL
        assert entry.room is not None and entry.room.code == room
        assert entry.client is not None and entry.client.name == name
        assert taker is not None and taker.login == "chenjing"


def test_the_calendar_command(db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """2027 is unknown to chinese-calendar: the administrator enters it by command."""
    from desk_app.services.calendar import WorkCalendar

    database = ["--database", db_url]
    run(capsys, "calendar", "holiday", *database, "2027-02-06..2027-02-12", "--note", "春节")
    run(capsys, "calendar", "workday", *database, "2027-02-14")
    run(capsys, "calendar", "remove", *database, "2027-02-12")
    listed = json.loads(run(capsys, "calendar", "list", *database, "--json"))
    assert [(row["day"], row["workday"]) for row in listed["overrides"]] == [
        *((f"2027-02-{day:02d}", False) for day in range(6, 12)),
        ("2027-02-14", True),
    ]
    with db.read() as session:
        calendar = WorkCalendar.from_settings(session)
    assert not calendar.is_workday(date(2027, 2, 8))
    assert calendar.is_workday(date(2027, 2, 14))  # a Sunday, 调休


@pytest.mark.parametrize("day", ["2027-13-01", "tomorrow", "2027-02-12..2027-02-06"])
def test_a_bad_calendar_day_is_named(db_url: str, capsys: pytest.CaptureFixture[str], day: str) -> None:
    assert main(["calendar", "holiday", "--database", db_url, day]) == 1
    captured = capsys.readouterr()
    assert day in captured.err and "Traceback" not in captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["log", "--by", "x", "--content", "x"],
        ["password", "x"],
        ["structure", "list"],
        ["structure", "generate", "--buildings", "1", "--floors", "1-2"],
        ["import", "roster", str(DOCS / "sample-roster.csv")],
        ["export", "roster", "out.xlsx"],
        ["settings", "show"],
        ["calendar", "list"],
        ["setup"],
    ],
)
def test_a_bad_database_url_is_a_message_not_a_traceback(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [*argv[:2], "--database", "nosuchdb://x/y", *argv[2:]]
        if argv[0] in ("structure", "import", "export", "settings", "calendar")
        else [argv[0], "--database", "nosuchdb://x/y", *argv[1:]]
    )
    captured = capsys.readouterr()
    assert code == 2 and captured.err.strip() and "Traceback" not in captured.err
