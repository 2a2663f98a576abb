"""Render the main window offscreen into docs/screenshots/ (for the README and reviews).

    .venv/bin/python scripts/screenshots.py [DATABASE_URL] [--output DIR]

Writes ``main_window.png`` (the first page) and one ``<group>-<key>.png`` per navigation
group's first page, at 1280x800. Without ``--database`` a throw-away SQLite database is
used, so the counts are zero; give the URL of a demo database for realistic numbers.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

# Before Qt is imported: no display is needed (an explicit setting wins).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desk_app.bootstrap import open_database
from desk_app.ui.app import ensure_application
from desk_app.ui.main_window import MainWindow
from desk_app.ui.navigation import NAVIGATION

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 800)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def render(url: str, output: Path) -> list[Path]:
    """Save the screenshots; returns the files written."""
    app = ensure_application()
    db, _ = open_database(url)
    written: list[Path] = []
    try:
        window = MainWindow(db)
        window.resize(*SIZE)
        window.show()
        _settle(app)
        output.mkdir(parents=True, exist_ok=True)

        first = output / "main_window.png"
        window.grab().save(str(first))
        written.append(first)
        for number, group in enumerate(NAVIGATION, start=1):
            destination = group.destinations[0]
            window.show_destination(destination.key)
            _settle(app)
            path = output / f"{number:02d}-{destination.key}.png"
            window.grab().save(str(path))
            written.append(path)
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        url = args.database or f"sqlite:///{Path(scratch) / 'screenshots.sqlite3'}"
        for path in render(url, args.output):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
