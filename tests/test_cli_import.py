"""``desk-app import roster|staff`` and ``desk-app export roster`` (issue 13)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desk_app.bootstrap import open_database
from desk_app.cli import main
from desk_app.models import AuditLog, Client, Room, Staff
from tests.roster_files import QUIRKS, title_xlsx, write_csv

KEYS = {"rooms_created", "clients_created", "clients_updated", "clients_unchanged", "rejected", "warnings"}


def counts(url: str) -> tuple[int, int, int]:
    db, _ = open_database(url)
    try:
        with db.read() as session:
            return tuple(  # type: ignore[return-value]
                int(session.scalar(select(func.count()).select_from(model)) or 0)
                for model in (Room, Client, AuditLog)
            )
    finally:
        db.dispose()


def test_import_roster_json(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_csv(
        tmp_path / "r.csv", [*QUIRKS, ["3-2-1207", "郑十", "1380013800a", "2021-13-45"], ["九栋", "吴一"]]
    )
    assert main(["--database", db_url, "import", "roster", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == KEYS
    assert (out["rooms_created"], out["clients_created"], out["clients_unchanged"]) == (8, 8, 0)
    assert out["rejected"] == [
        {"row": 15, "reason": "房号“九栋”无法识别（应写成 3-2-1201、3栋2单元1201室 这样的格式）"}
    ]
    assert [(w["row"], w["column"]) for w in out["warnings"]] == [(14, "联系方式"), (14, "交房日期")]
    assert main(["import", "roster", str(path), "--json", "--database", db_url]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["clients_created"], again["clients_updated"], again["clients_unchanged"]) == (0, 0, 8)


def test_import_roster_text_and_dry_run(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = title_xlsx(tmp_path / "r.xlsx")
    assert main(["--database", db_url, "import", "roster", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "表头在第 4 行" in out and "新建客户 3 位" in out and "试运行" in out
    assert counts(db_url) == (0, 0, 0)
    assert main(["--database", db_url, "import", "roster", str(path), "--sheet", "业主信息"]) == 0
    assert counts(db_url)[:2] == (3, 3)


@pytest.mark.parametrize(
    ("name", "content", "extra"),
    [
        ("random.csv", os.urandom(2000) + b"\x00", []),
        ("empty.csv", b"", []),
        ("fake.xlsx", b"not a workbook", []),
        ("no-header.csv", "甲,乙\n1,2\n".encode("gbk"), []),
        ("r.xlsx", None, ["--sheet", "没有这张表"]),
    ],
)
def test_an_unreadable_file_exits_1_and_leaves_the_database_untouched(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    extra: list[str],
) -> None:
    path = tmp_path / name
    if content is None:
        title_xlsx(path)
    else:
        path.write_bytes(content)
    before = counts(db_url)
    assert main(["--database", db_url, "import", "roster", str(path), "--json", *extra]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "无法导入" in captured.err and "Traceback" not in captured.err
    assert counts(db_url) == before


def test_export_then_import_round_trip(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", db_url, "import", "roster", str(write_csv(tmp_path / "r.csv", QUIRKS))]) == 0
    exported = tmp_path / "导出.xlsx"
    assert main(["--database", db_url, "export", "roster", str(exported)]) == 0
    assert "已导出 8 行" in capsys.readouterr().out
    before = counts(db_url)
    assert main(["--database", db_url, "import", "roster", str(exported), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["rooms_created"], out["clients_created"], out["clients_updated"]) == (0, 0, 0)
    assert out["clients_unchanged"] == 7 and counts(db_url) == before


def test_import_staff_prints_the_start_passwords(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "staff.csv"
    path.write_text("姓名,账号,角色,部门\n王芳,wangfang,前台,客服部\n", encoding="utf-8-sig")
    assert main(["--database", db_url, "import", "staff", str(path)]) == 0
    out = capsys.readouterr().out
    assert "wangfang" in out and "初始密码" in out and "新建部门：客服部" in out
    assert main(["--database", db_url, "import", "staff", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["created"] == [] and data["existing"] == [{"row": 2, "login": "wangfang", "name": "王芳"}]
    db, _ = open_database(db_url)
    try:
        with db.read() as session:
            assert session.scalars(select(Staff.must_change_password)).all() == [True]
    finally:
        db.dispose()


def test_the_parser_loads_no_spreadsheet_library() -> None:
    code = (
        "import sys; from desk_app.cli import build_parser; build_parser();"
        "print(sorted(m for m in ('openpyxl', 'pypinyin', 'desk_app.services.roster') if m in sys.modules))"
    )
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "[]"
