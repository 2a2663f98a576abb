"""Bring a database to the schema this program needs (Alembic), at start-up.

An SQLite file with an older schema is first copied aside with SQLite's online backup
API, so a failed upgrade can never cost the centre its books.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.messages import msg
from desk_app.models.database import sqlite_file

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

    from desk_app.models.database import Database

# Issue 18: SQLAlchemy is imported where a function needs it: ``HEAD_REVISION`` is read by
# a command's plain-SQLite read (``database.sqlite_reading``) that never imports it.

#: The newest migration in ``desk_app/migrations/versions``. Start-up compares the
#: database with this and imports Alembic (a fifth of a second) only when they differ;
#: ``tests/models/test_migrations.py`` checks it against Alembic's own head.
HEAD_REVISION = "0012"


class SchemaError(RuntimeError):
    """The database cannot be used by this program; the message says why, in Chinese."""


@dataclass(frozen=True)
class SchemaUpgrade:
    from_revision: str | None
    to_revision: str
    backup_path: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desk_app:migrations")
    return config


def head_revision() -> str:
    """The newest migration, as Alembic finds it in the package."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migration"
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (Alembic's ``alembic_version`` table), or None
    for a database Alembic has never touched."""
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:
        listed = "、".join(versions)
        raise SchemaError(
            msg(
                "数据库结构版本记录有 {count} 条（{listed}），无法判断版本，未做修改。",
                count=len(versions),
                listed=listed,
            )
        )
    return versions[0] if versions else None


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite database (WAL included)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            src.backup(dst)
            # One self-contained file: no -wal/-shm beside the copy (issue 19).
            dst.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade_database(db: Database, backup_dir: Path | None = None) -> SchemaUpgrade:
    """Upgrade ``db`` to the newest schema; copy an SQLite file aside first."""
    current = current_revision(db.engine)
    if current == HEAD_REVISION:
        return SchemaUpgrade(current, current, None)
    from alembic import command
    from sqlalchemy import inspect

    head = head_revision()
    if current == head:
        return SchemaUpgrade(current, head, None)
    if current is not None and current not in known_revisions():
        raise SchemaError(
            msg("数据库结构版本 {current} 比本程序新，请升级前台 Desk 后再打开这个数据库。", current=current)
        )
    if current is None and set(inspect(db.engine).get_table_names()) - {"alembic_version"}:
        raise SchemaError(msg("这个数据库里已有其他程序的数据表，不是前台 Desk 的数据库，未做任何修改。"))

    backup_path = None
    path = sqlite_file(db.url)
    if current is not None and path is not None and path.exists():
        stamp = db.clock.now().astimezone(db.zone).strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent / "backups"
        backup_path = backup_sqlite(path, folder / f"{path.stem}-before-{head}-{stamp}{path.suffix}")

    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return SchemaUpgrade(current, head, backup_path)


def belongs_to_dialect(dialect: str) -> Callable[..., bool]:
    """Alembic's ``include_object`` for comparing the models with a database of
    ``dialect``: an index declared for another database only (``Index.ddl_if``, e.g. the
    PostgreSQL ``text_pattern_ops`` lookup indexes of migration 0008) is left out."""

    def include(obj: object, _name: str | None, _type: str, _reflected: bool, _compare_to: object) -> bool:
        condition = getattr(obj, "_ddl_if", None)
        wanted = getattr(condition, "dialect", None)
        if wanted is None:
            return True
        return dialect in ((wanted,) if isinstance(wanted, str) else tuple(wanted))

    return include
