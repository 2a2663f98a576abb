"""``desk-app log`` and ``desk-app password``: logging a call from a real room by the
command line alone (issue 13), as a named person whose password is checked."""

from __future__ import annotations

import io
import json

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.models import Staff, WorkLogEntry
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, StaffRole
from desk_app.services import accounts
from desk_app.services.clients import create_client
from desk_app.services.community import ensure_room


def _centre(db: Database, *, must_change: bool = False) -> None:
    with db.begin() as session:
        staff = Staff(
            login="chenjing",
            name="陈静",
            role=StaffRole.RECEPTIONIST,
            password_hash=accounts.hash_password("Qianta1-2026"),
            must_change_password=must_change,
            cleared_to_work_alone=True,
            active=True,
        )
        session.add(staff)
        ensure_room(session, "3", "2", "1201")
        session.flush()
        session.info["actor_id"] = staff.id
        create_client(
            session,
            name="王秀英",
            room_codes=["3-2-1201"],
            phones=["13800138000"],
            move_in=None,
            hometown=None,
            occupation=None,
            employer=None,
            family=[],
            notes=None,
            importance=set(),
        )


def test_log_a_call_from_a_room(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _centre(db)
    monkeypatch.setenv("DESK_APP_PASSWORD", "Qianta1-2026")
    code = main(
        [
            "log",
            "--database",
            db_url,
            "--by",
            "chenjing",
            "--channel",
            "来电",
            "--category",
            "咨询",
            "--room",
            "321201",
            "--client",
            "王秀英",
            "--content",
            "询问停车月卡办理",
            "--json",
        ]
    )
    assert code == 0, capsys.readouterr().err
    out = json.loads(capsys.readouterr().out)
    assert out["room"] == "3-2-1201" and out["client"] == "王秀英" and out["complaint"] is None
    with db.read() as session:
        entry = session.scalars(select(WorkLogEntry)).one()
        assert entry.number == out["entry"]
        assert (entry.channel, entry.category) == (Channel.CALL, Category.ENQUIRY)
        assert entry.content == "询问停车月卡办理" and entry.client_id is not None


def test_a_complaint_by_command_opens_its_complaint(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _centre(db)
    monkeypatch.setenv("DESK_APP_PASSWORD", "Qianta1-2026")
    code = main(
        [
            "log",
            "--database",
            db_url,
            "--by",
            "chenjing",
            "--category",
            "complaint",
            "--room",
            "3-2-1201",
            "--content",
            "楼上漏水",
        ]
    )
    assert code == 0
    assert "TS-" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "problem"),
    [
        (["--room", "9-9-9999"], "找不到房号"),
        (["--channel", "pigeon"], "渠道"),
        (["--category", "咨询?"], "类别"),
        (["--room", "3-2-1201", "--client", "李四"], "李四"),
    ],
)
def test_bad_arguments_are_named_without_a_traceback(
    db: Database,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    problem: str,
) -> None:
    _centre(db)
    monkeypatch.setenv("DESK_APP_PASSWORD", "Qianta1-2026")
    code = main(["log", "--database", db_url, "--by", "chenjing", "--content", "x", *arguments])
    captured = capsys.readouterr()
    assert code == 1 and problem in captured.err and "Traceback" not in captured.err
    with db.read() as session:
        assert session.scalars(select(WorkLogEntry)).first() is None


def test_wrong_password_is_refused(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _centre(db)
    monkeypatch.setenv("DESK_APP_PASSWORD", "guess")
    assert main(["log", "--database", db_url, "--by", "chenjing", "--content", "x"]) == 1
    assert "密码" in capsys.readouterr().err


def test_a_start_password_must_be_changed_first(
    db: Database, db_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _centre(db, must_change=True)
    monkeypatch.setenv("DESK_APP_PASSWORD", "Qianta1-2026")
    assert main(["log", "--database", db_url, "--by", "chenjing", "--content", "x"]) == 1
    assert "desk-app password chenjing" in capsys.readouterr().err
    monkeypatch.delenv("DESK_APP_PASSWORD")
    # old and new password, one line each on standard input
    monkeypatch.setattr("sys.stdin", io.StringIO("Qianta1-2026\nNew-pass-2027\n"))
    assert main(["password", "--database", db_url, "chenjing"]) == 0
    monkeypatch.setenv("DESK_APP_PASSWORD", "New-pass-2027")
    assert main(["log", "--database", db_url, "--by", "chenjing", "--content", "x"]) == 0
