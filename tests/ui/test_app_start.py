"""Starting the program: the smoke test, the Chinese font, and a clear message (exit 2)
when the database cannot be opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.ui import app as app_module
from desk_app.ui.app import (
    CHINESE_FONT_FAMILIES,
    EXIT_DATABASE_ERROR,
    EXIT_OK,
    EXIT_UNEXPECTED_ERROR,
    choose_font_family,
    run_gui,
    safe_display_url,
)
from desk_app.ui.placeholder_page import PlaceholderPage


def test_choose_font_family_takes_the_first_installed_in_order() -> None:
    assert choose_font_family(["DejaVu Sans", "Microsoft YaHei", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert choose_font_family(["wenquanyi micro hei"]) == "WenQuanYi Micro Hei"
    assert choose_font_family(["DejaVu Sans"]) is None


def test_smoke_test_opens_the_window_and_returns_0(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/smoke.sqlite3"
    assert run_gui(url, smoke_test=True) == EXIT_OK

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.applicationName() == "前台 Desk"
    assert app.organizationName() == "desk-app"
    expected = choose_font_family(QFontDatabase.families())
    if expected is None:
        pytest.skip(f"none of {CHINESE_FONT_FAMILIES} is installed here")
    assert app.font().family() == expected
    assert (tmp_path / "smoke.sqlite3").exists()


def test_smoke_test_writes_its_log_in_the_isolated_user_folder(qtbot: QtBot, tmp_path: Path) -> None:
    assert run_gui(f"sqlite:///{tmp_path}/smoke.sqlite3", smoke_test=True) == EXIT_OK
    home = Path.home()
    assert str(home).startswith(str(tmp_path.parent.parent)), "conftest points HOME at a temporary folder"
    logs = list(home.rglob("desk-app.log"))
    assert len(logs) == 1
    assert "starting" in logs[0].read_text(encoding="utf-8")


def test_smoke_test_reports_an_unexpected_error_with_exit_1(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_page: PlaceholderPage) -> None:
        raise RuntimeError("page broke")

    # The first page is a placeholder whose count fails while the event loop runs.
    monkeypatch.setattr("desk_app.ui.main_window.build_page", lambda _key, _context: None)
    monkeypatch.setattr(PlaceholderPage, "load_count", broken)
    assert run_gui(f"sqlite:///{tmp_path}/smoke.sqlite3", smoke_test=True) == EXIT_UNEXPECTED_ERROR
    err = capsys.readouterr().err
    assert "程序遇到意外错误" in err and "page broke" in err


def test_unsupported_database_url_exits_2_with_a_chinese_message(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_gui("mysql://x/y", smoke_test=True) == EXIT_DATABASE_ERROR
    err = capsys.readouterr().err
    assert "无法打开数据库" in err
    assert "数据库：mysql://x/y" in err
    assert "不支持的数据库类型" in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_database_exits_2(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.sqlite3"
    path.write_bytes("这不是数据库，是一封客户来函。".encode() * 200)
    assert run_gui(f"sqlite:///{path}", smoke_test=True) == EXIT_DATABASE_ERROR
    err = capsys.readouterr().err
    assert str(path) in err
    assert "不是 SQLite 数据库" in err


def test_a_database_of_another_program_exits_2(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE payroll (id INTEGER PRIMARY KEY)")
    connection.close()
    assert run_gui(f"sqlite:///{path}", smoke_test=True) == EXIT_DATABASE_ERROR
    assert "不是前台 Desk 的数据库" in capsys.readouterr().err


def test_an_unreachable_server_exits_2_without_showing_the_password(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    # Port 1 on the loopback refuses at once.
    assert run_gui("postgresql://desk:s3cret-pw@127.0.0.1:1/desk", smoke_test=True) == EXIT_DATABASE_ERROR
    err = capsys.readouterr().err
    assert "s3cret-pw" not in err
    assert "desk:***@127.0.0.1:1/desk" in err
    assert "连接不上数据库" in err


def test_outside_the_smoke_test_the_problem_is_shown_in_a_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args))
    assert run_gui("mysql://x/y") == EXIT_DATABASE_ERROR
    assert len(shown) == 1
    _parent, title, message = shown[0]
    assert "无法打开数据库" in title
    assert "mysql://x/y" in message


def test_safe_display_url_hides_passwords_even_in_broken_urls() -> None:
    assert safe_display_url("postgresql://u:pw@host/db") == "postgresql://u:***@host/db"
    assert "pw" not in safe_display_url("postgresql://u:pw@host:notaport/db")


def test_run_gui_reuses_the_running_application(qtbot: QtBot, tmp_path: Path) -> None:
    before = QApplication.instance()
    assert app_module.ensure_application() is before
