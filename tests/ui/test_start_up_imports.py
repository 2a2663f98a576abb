"""Issue 18: what is imported before the first screen, and by the caller-ID command.

Not how long anything takes (that is ``make bench``): which modules a fresh interpreter
has loaded (a) when the sign-in dialog is first painted, and (b) after
``desk-app incoming-call`` handed a number over. Each runs in a subprocess, as the
program does, so the test process's own imports do not count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

#: Loaded for the first screen, they would cost the start-up most of a second.
HEAVY_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "sqlalchemy.orm",
    "desk_app.models.database",
    "desk_app.models.clients",
    "desk_app.models.complaints",
    "desk_app.models.worklog",
    "desk_app.services.accounts",
    "desk_app.services.dashboard",
    "desk_app.ui.main_window",
    "desk_app.ui.pages",
    "desk_app.ui.today_page",
    "alembic",
    "reportlab",
    "openpyxl",
    "pypinyin",
    "psycopg",
)

#: ``desk-app incoming-call`` is a thin client: no ORM, no Qt at all.
FORBIDDEN_IN_INCOMING_CALL = (
    "sqlalchemy",
    "desk_app.models.database",
    "desk_app.models.clients",
    "desk_app.services.incoming_call",
    "PySide6.QtCore",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "desk_app.ui.app",
)


def _environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")  # the user folders (log, config) of this run only
    env["XDG_CONFIG_HOME"] = str(tmp_path / "home" / "config")
    env["XDG_STATE_HOME"] = str(tmp_path / "home" / "state")
    env["XDG_DATA_HOME"] = str(tmp_path / "home" / "data")
    env["DESK_APP_INSTANCE_NAME"] = f"desk-app-test-{os.getpid()}-{tmp_path.name}"[:60]
    return env


def _run(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env=_environment(tmp_path),
        check=False,
    )


def test_nothing_heavy_is_imported_before_the_sign_in_dialog_is_painted(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    script = f"""
        import json, sys
        from desk_app.ui import app as app_module

        seen = {{}}

        def hook(stage, widget):
            if stage == "sign_in_shown":
                seen["modules"] = sorted(sys.modules)
                seen["visible"] = widget.isVisible()
                widget.reject()

        app_module.stage_hook = hook
        code = app_module.run_gui({url!r})
        print(json.dumps({{"code": code, **seen}}))
    """
    done = _run(script, tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0  # cancelled at the sign-in: nothing to do
    assert report["visible"] is True
    loaded = set(report["modules"])
    assert "PySide6.QtWidgets" in loaded and "desk_app.ui.sign_in" in loaded  # the probe is real
    assert sorted(loaded & set(HEAVY_BEFORE_FIRST_PAINT)) == []


def test_the_database_is_opened_behind_the_dialog_and_the_window_follows(tmp_path: Path) -> None:
    """The same start, signing in with the first administrator's start password: the
    worker opened the database (and gave the start password), the dialog waited for
    it, and the main window came up."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    script = f"""
        import json
        from desk_app.ui import app as app_module
        from desk_app.ui.sign_in import SignInDialog

        stages = []
        SignInDialog.change_password = lambda self, signed_in: True  # the forced change

        def hook(stage, widget):
            stages.append(stage)
            if stage == "sign_in_shown":
                from PySide6.QtCore import QTimer
                widget.login_box.setText("admin")
                widget.password_box.setText("admin")
                QTimer.singleShot(0, widget.try_sign_in)
            elif stage == "window_shown":
                stages.append(widget.windowTitle())
                widget.close()

        app_module.stage_hook = hook
        code = app_module.run_gui({url!r})
        print(json.dumps({{"code": code, "stages": stages}}))
    """
    done = _run(script, tmp_path)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    assert report["stages"][:2] == ["sign_in_shown", "window_shown"]
    assert "前台 Desk" in report["stages"][2]


@pytest.mark.parametrize("number", ["13800138000", "12ab"])
def test_incoming_call_imports_neither_the_orm_nor_qt(tmp_path: Path, number: str) -> None:
    script = f"""
        import json, sys
        from desk_app.cli import main

        code = main(["incoming-call", "--no-start", {number!r}])
        print(json.dumps({{"code": code, "modules": sorted(sys.modules)}}))
    """
    done = _run(script, tmp_path)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == (1 if number.isdigit() else 2)  # nothing listening / a bad number
    assert "desk_app.instance_client" in report["modules"] or report["code"] == 2
    assert sorted(set(report["modules"]) & set(FORBIDDEN_IN_INCOMING_CALL)) == []
