"""Open the configured database the way every entry point does: resolve the URL,
upgrade the schema (after a backup), and return the ready ``Database``."""

from __future__ import annotations

import faulthandler
import logging
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desk_app.user_dirs import user_log_dir

if TYPE_CHECKING:
    from desk_app.clock import Clock
    from desk_app.models.database import Database
    from desk_app.models.schema import SchemaUpgrade

log = logging.getLogger(__name__)


def configure_logging(level: int = logging.INFO) -> Path:
    """Log to ``desk-app.log`` in the user log folder; returns the file's path."""
    from desk_app.secrecy import ScrubbingFormatter, private_file, private_folder

    folder = private_folder(user_log_dir())
    path = folder / "desk-app.log"
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.FileHandler(path, encoding="utf-8")
        # No password hash, URL password or password= value ever reaches the file.
        handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    private_file(path)
    root.setLevel(level)
    _write_fatal_errors_to(path)
    return path


_fatal_log: TextIO | None = None


def _write_fatal_errors_to(path: Path) -> None:
    """Issue 15: a crash of the interpreter itself (a segfault in Qt, an abort) leaves its
    Python traceback in the log instead of nowhere. The file stays open for the life of
    the process, as faulthandler needs."""
    global _fatal_log
    if _fatal_log is not None and not _fatal_log.closed and _fatal_log.name == str(path):
        return
    try:
        stream = open(path, "a", encoding="utf-8")  # noqa: SIM115  (kept open on purpose)
    except OSError as exc:
        log.warning("fatal errors will not be logged: %s", exc)
        return
    faulthandler.enable(stream, all_threads=True)
    _fatal_log = stream


def _clean_leftovers(db: Database) -> None:
    """Copies killed backups and upgrades left behind (issue 19), at every start."""
    from desk_app.models.database import sqlite_file
    from desk_app.secrecy import private_file, private_folder
    from desk_app.services.backup import backup_folder, clean_leftovers

    path = sqlite_file(db.url)
    if path is None:
        return
    try:
        private_file(path)  # the books: readable by their owner only (POSIX)
        if backup_folder(path).is_dir():
            private_folder(backup_folder(path))
        for leftover in clean_leftovers(path):
            log.info("removed leftover %s", leftover)
    except OSError:
        log.warning("could not clean the backup folder", exc_info=True)


def open_database(url: str | None = None, clock: Clock | None = None) -> tuple[Database, SchemaUpgrade]:
    """The configured database (``url`` or ``DESK_APP_DATABASE_URL`` or the default
    SQLite file), upgraded to this program's schema.

    The database layer (SQLAlchemy, every model) is imported here, not with this module:
    logging is configured before the first screen, which must not wait for it (issue 18)."""
    from desk_app.models.database import Database
    from desk_app.models.schema import upgrade_database

    db = Database(url, clock=clock)
    try:
        upgrade = upgrade_database(db)
    except Exception:
        db.dispose()
        raise
    _clean_leftovers(db)
    if upgrade.changed:
        log.info(
            "schema upgraded %s -> %s (backup: %s) on %s",
            upgrade.from_revision,
            upgrade.to_revision,
            upgrade.backup_path,
            db.display_url,
        )
    return db, upgrade
