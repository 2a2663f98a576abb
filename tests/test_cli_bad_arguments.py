"""Issue 19, finding 9: the command line never ends in a Python traceback for bad
arguments; it says what is wrong in Chinese and exits non-zero."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk_app.bootstrap import open_database
from desk_app.cli import build_parser, main


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


#: Wrong values for any argument; ``NOWHERE`` is a path under a plain file, which no one
#: can create (not even root, who may write anywhere else).
NOWHERE = "{tmp}/plain-file/x.pdf"
HOSTILE = ("", "abc", "-1", "2026-02-30", "99999999999999999999", NOWHERE)


def _leaves(
    parser: argparse.ArgumentParser, path: list[str]
) -> Iterator[tuple[list[str], argparse.ArgumentParser]]:
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        yield path, parser
        return
    for action in subparsers:
        for name, child in action.choices.items():
            yield from _leaves(child, [*path, name])


def _sane(command: list[str], action: argparse.Action, tmp_path: Path, url: str) -> list[str]:
    """A value that passes argparse for a required argument of ``command``."""
    values = {
        "kind": ["statistics"] if command == ["report"] else ["complaint"],
        "numbers": ["TS-000"],
        "--month": ["2026-10"],
        "--out": [str(tmp_path / "out.pdf")],
        "file": [str(tmp_path / "missing.xlsx")],
        "--by": ["nobody"],
        "--content": ["楼上漏水"],
        "login": ["nobody"],
        "--buildings": ["1"],
        "--floors": ["1"],
        "key": ["working_hours"],
        "value": ["09:00-18:00"],
        "name": ["客服部"],
        "new_name": ["客户服务部"],
        "days": ["2026-10-01"],
        "number": ["13800138000"],
        "--database": [url],
    }
    key = action.option_strings[0] if action.option_strings else action.dest
    value = values.get(key, ["x"])
    return [key, *value] if action.option_strings else value


def enumerated_command_lines(tmp_path: Path, url: str) -> Iterator[list[str]]:
    """Every command of the parser, each with nothing, with an unknown option, and with
    each of its arguments in turn given each hostile value (the others sane)."""
    for command, parser in _leaves(build_parser("*"), []):
        actions = [
            a
            for a in parser._actions
            if not isinstance(a, argparse._HelpAction) and a.nargs != 0 and a.dest != "help"
        ]
        fixed = ["--no-start"] if command == ["incoming-call"] else []  # never a window
        yield [*command, *fixed]
        yield [*command, *fixed, "--nonsense", "--database", url]
        for target in actions:
            for hostile in HOSTILE:
                if command == ["demo"] and target.dest == "seed":
                    continue  # any integer is a seed: it would build a whole demo
                if command == ["demo"] and hostile.lstrip("-").isdigit() and hostile != "-1":
                    continue  # a valid count: a whole demo, not a bad argument
                line = [*command, *fixed]
                value = hostile.format(tmp=tmp_path)
                for action in actions:
                    if action is target:
                        line += [action.option_strings[0], value] if action.option_strings else [value]
                    elif action.required or not action.option_strings or action.dest == "database":
                        line += _sane(command, action, tmp_path, url)
                yield line


def test_no_enumerated_bad_command_line_ends_in_a_traceback(
    tmp_path: Path, url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: every command, every argument, each hostile value: a message and an
    exit code, never a traceback and never an exception out of ``main``."""
    monkeypatch.chdir(tmp_path)  # an empty --out or file names the current folder
    (tmp_path / "plain-file").write_text("not a folder")
    monkeypatch.delenv("DESK_APP_PASSWORD", raising=False)
    lines = list(enumerated_command_lines(tmp_path, url))
    assert len(lines) > 200
    for argv in lines:
        try:
            code = main(argv)
        except SystemExit as stop:  # argparse's own usage error: a message, no traceback
            code = stop.code if isinstance(stop.code, int) else 2
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, argv
        assert code == 0 or err.strip(), argv
