"""Render the main window offscreen into docs/screenshots/ (for the README and reviews).

    .venv/bin/python scripts/screenshots.py [DATABASE_URL] [--output DIR]

Writes ``main_window.png`` (the first page) and one ``<key>.png`` per navigation
destination, at 1366x768; a screen that lists records shows the newest one opened.
The structure screen adds ``structure-generate.png`` (the bulk generator with a plan
and its preview). ``--only KEY`` (repeatable) renders just those destinations.
Without a URL a throw-away SQLite database is used, so everything is empty; ``make
screenshots`` renders a fresh demo community instead. ``--only KEY…`` renders only those
destinations.

Also writes ``setup-checklist.png``: the 上线检查清单 as the administrator sees it after
the first sign-in on an empty database (its own throw-away database), at 1366x768.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

# Before Qt is imported: no display is needed (an explicit setting wins).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from desk_app.bootstrap import open_database
from desk_app.models import Staff
from desk_app.models.base import Base
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.screens.placeholder_counts import COUNTED
from desk_app.services import accounts, seed_data
from desk_app.ui.app import ensure_application
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import NAVIGATION
from desk_app.ui.pages import OpensRecords

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1366, 768)  # the counter PC (issue 15)
CHECKLIST_SIZE = (1366, 768)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _wait_for(app: QApplication, done: list[bool], seconds: float = 20.0) -> None:
    """Process events until ``done[0]`` (a worker-thread refresh reported back)."""
    deadline = time.monotonic() + seconds
    while not done[0] and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)


def _newest_record(db: Database, model: type[Base] | None) -> int | None:
    if model is None:
        return None
    with db.read() as session:
        newest: int | None = session.scalar(select(func.max(model.id)))  # type: ignore[attr-defined]
        return newest


def _supervisor(db: Database) -> int | None:
    """Screens are shown as the supervisor sees them (the dashboard, the audit log need
    the role); None on an empty database."""
    with db.read() as session:
        staff_id: int | None = session.scalar(
            select(func.min(Staff.id)).where(Staff.role == StaffRole.SUPERVISOR, Staff.active.is_(True))
        )
        return staff_id


def _administrator(db: Database) -> int | None:
    """Who sees the administrator's screens (staff accounts, the audit log)."""
    with db.read() as session:
        staff_id: int | None = session.scalar(
            select(func.min(Staff.id)).where(Staff.role == StaffRole.ADMINISTRATOR, Staff.active.is_(True))
        )
        return staff_id


#: Screens only the administrator may use: shown signed in as the administrator.
ADMINISTRATOR_SCREENS = frozenset({"staff", "audit_log", "settings", "departments"})


def _structure_generate(app: QApplication, page: object, output: Path) -> Path:
    """The bulk generator over the structure screen, a typical plan typed in."""
    from desk_app.ui.structure_page import GenerateDialog

    assert isinstance(page, QWidget)
    dialog = GenerateDialog(page)
    dialog.buildings_box.setText("5-20")
    dialog.skip_box.setText("4,13,14")
    dialog.update_preview()
    dialog.show()
    _settle(app)
    path = output / "structure-generate.png"
    dialog.grab().save(str(path))
    dialog.close()
    dialog.deleteLater()
    return path


def render_setup_checklist(output: Path, scratch: Path) -> Path:
    """The checklist over the window, on a new database, as the first administrator."""
    app = ensure_application()
    db, _ = open_database(f"sqlite:///{scratch / 'new-centre.sqlite3'}")
    try:
        with db.begin() as session:
            accounts.ensure_first_administrator(session)
            seed_data.first_start(session)
        window = MainWindow(db, staff_id=_administrator(db))
        window.resize(*CHECKLIST_SIZE)
        window.show()
        dialog = window.show_setup_checklist()
        dialog.resize(900, 520)
        _settle(app)
        picture = window.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 60))
        shown = dialog.grab()
        painter.drawPixmap(
            QPoint((picture.width() - shown.width()) // 2, (picture.height() - shown.height()) // 2), shown
        )
        painter.end()
        path = output / "setup-checklist.png"
        output.mkdir(parents=True, exist_ok=True)
        picture.save(str(path))
        dialog.close()
        window.close()
    finally:
        db.dispose()
    return path


def render(url: str, output: Path, only: frozenset[str] = frozenset()) -> list[Path]:
    """Save the screenshots (of the ``only`` destinations when given); returns the files
    written."""
    app = ensure_application()
    db, _ = open_database(url)
    written: list[Path] = []
    try:
        window = MainWindow(db, staff_id=_supervisor(db))
        window.resize(*SIZE)
        window.show()
        _settle(app)
        output.mkdir(parents=True, exist_ok=True)

        if not only:
            first = output / "main_window.png"
            window.grab().save(str(first))
            written.append(first)
        supervisor, administrator = window.context.staff_id, _administrator(db)
        for group in NAVIGATION:
            for destination in group.destinations:
                if only and destination.key not in only:
                    continue
                wanted = administrator if destination.key in ADMINISTRATOR_SCREENS else supervisor
                if wanted is not None and window.context.staff_id != wanted:
                    window.context.set_staff(wanted)
                page = window.page(destination.key)
                # the dashboard reads on a worker thread: wait for its figures
                refreshed = [not hasattr(page, "refreshed")]
                if not refreshed[0]:
                    page.refreshed.connect(partial(refreshed.__setitem__, 0, True))  # type: ignore[attr-defined]
                window.show_destination(destination.key)
                _wait_for(app, refreshed)
                newest = _newest_record(db, COUNTED.get(destination.key))
                if newest is not None and isinstance(page, OpensRecords):
                    page.open_record(newest)
                _settle(app)
                path = output / f"{destination.key}.png"
                window.grab().save(str(path))
                written.append(path)
                if destination.key == "structure":
                    written.append(_structure_generate(app, page, output))
        window.close()
    finally:
        db.dispose()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "database",
        nargs="?",
        metavar="DATABASE_URL",
        help="SQLAlchemy URL (default: a temporary SQLite file)",
    )
    parser.add_argument(
        "--output", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs"
    )
    parser.add_argument("--only", nargs="+", metavar="KEY", default=[], help="only these destinations")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.database or f"sqlite:///{Path(scratch) / 'screenshots.sqlite3'}"
        for path in render(url, args.output, frozenset(args.only)):
            print(path)
        print(render_setup_checklist(args.output, Path(scratch)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
