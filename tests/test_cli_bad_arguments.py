"""Issue 19, finding 9: the command line never ends in a Python traceback for bad
arguments; it says what is wrong in Chinese and exits non-zero."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.bootstrap import open_database
from desk_app.cli import main


@pytest.fixture
def url(tmp_path: Path) -> str:
    database = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db, _ = open_database(database)
    db.dispose()
    return database


def bad_command_lines(tmp_path: Path, url: str) -> list[list[str]]:
    missing = str(tmp_path / "nowhere" / "x.xlsx")
    return [
        ["report", "statistics", "--month", "2026-10", "--out", missing, "--database", url],
        ["report", "statistics", "--month", "abc", "--out", "x.pdf", "--database", url],
        ["dashboard", "--database", "nonsense://what"],
        ["dashboard", "--database", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
        ["import", "roster", missing, "--database", url],
        ["restore", missing, "--database", url, "--yes"],
        ["audit", "verify", "--database", "sqlite:////proc/forbidden/desk.sqlite3"],
        ["settings", "set", "working_hours", "25:99", "--database", url],
        ["calendar", "holiday", "2026-02-30", "--database", url],
        ["structure", "--database", url, "list", "--building", "不存在"],
        ["print", "complaint", "TS-000", "--database", url],
    ]


def test_no_bad_command_line_ends_in_a_traceback(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in bad_command_lines(tmp_path, url):
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse's own usage error: a message, no traceback
            code = stop.code if isinstance(stop.code, int) else 2
        out, err = capsys.readouterr()
        assert code != 0, argv
        assert "Traceback" not in out + err, argv
        assert err.strip(), argv
