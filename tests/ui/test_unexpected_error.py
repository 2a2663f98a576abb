"""An unexpected error is logged and explained in Chinese; the program keeps running."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import configure_logging
from desk_app.ui.unexpected_error import UnexpectedErrorReporter, install_exception_hook


def _raise_and_report(reporter: UnexpectedErrorReporter, message: str) -> None:
    try:
        raise ValueError(message)
    except ValueError:
        reporter(*sys.exc_info())


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The dialogs the hook opened; exec() returns at once instead of blocking."""
    boxes: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append(box)
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


def _log_text(log_path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_path.read_text(encoding="utf-8")


def test_hook_logs_the_traceback_and_shows_a_friendly_dialog(qtbot: QtBot, shown: list[QMessageBox]) -> None:
    log_path = configure_logging()
    reporter = UnexpectedErrorReporter(log_path)

    _raise_and_report(reporter, "boom 1201")

    assert len(shown) == 1
    box = shown[0]
    assert box.text().startswith("程序遇到意外错误")
    assert str(log_path) in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText(), "no raw traceback in sight"
    assert "ValueError: boom 1201" in box.detailedText()
    assert reporter.error_count == 1
    logged = _log_text(log_path)
    assert "unhandled exception" in logged and "ValueError: boom 1201" in logged


def test_error_in_a_qt_slot_reaches_the_installed_hook(qtbot: QtBot, shown: list[QMessageBox]) -> None:
    reporter = install_exception_hook(configure_logging())
    assert sys.excepthook is reporter

    def broken_slot() -> None:
        raise RuntimeError("slot failed")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "RuntimeError: slot failed" in shown[0].detailedText()


def test_hook_never_raises_even_if_the_dialog_fails(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_exec(_box: QMessageBox) -> int:
        raise RuntimeError("no screen")

    monkeypatch.setattr(QMessageBox, "exec", broken_exec)
    log_path = configure_logging()
    reporter = UnexpectedErrorReporter(log_path)

    _raise_and_report(reporter, "first")

    assert "程序遇到意外错误" in capsys.readouterr().err
    assert "could not show the unexpected-error dialog" in _log_text(log_path)


def test_without_anyone_at_the_screen_the_hook_writes_to_stderr(
    qtbot: QtBot, shown: list[QMessageBox], capsys: pytest.CaptureFixture[str]
) -> None:
    reporter = UnexpectedErrorReporter(configure_logging(), interactive=False)

    _raise_and_report(reporter, "headless")

    assert shown == []
    err = capsys.readouterr().err
    assert "程序遇到意外错误" in err and "ValueError: headless" in err
    assert reporter.error_count == 1


def test_a_crash_of_the_interpreter_is_written_to_the_log(tmp_path: Path) -> None:
    """Issue 15: a segfault (as Qt's was, in the caller pop-up) left nothing in
    desk-app.log; faulthandler now writes the fatal error and the Python stack there."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "HOME": str(tmp_path)}
    script = (
        "import faulthandler\n"
        "from desk_app.bootstrap import configure_logging\n"
        "print(configure_logging(), flush=True)\n"
        "faulthandler._sigsegv()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    log_file = Path(done.stdout.strip())
    text = log_file.read_text(encoding="utf-8")
    assert "Segmentation fault" in text and "File " in text
