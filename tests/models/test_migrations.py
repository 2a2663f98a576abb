"""The migrations build exactly the schema the models describe, from empty, on both
databases; the start-up upgrade copies an SQLite file aside and refuses databases it
must not touch."""

from __future__ import annotations

import sqlite3
import warnings
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from desk_app.bootstrap import open_database
from desk_app.models import Base, Room
from desk_app.models.database import Database
from desk_app.models.schema import (
    HEAD_REVISION,
    SchemaError,
    alembic_config,
    belongs_to_dialect,
    current_revision,
    head_revision,
    upgrade_database,
)


def _differences(db: Database) -> list[object]:
    with db.engine.connect() as connection, warnings.catch_warnings():
        # Alembic says it cannot compare the PostgreSQL-only expression index of
        # migration 0011 on SQLite before ``belongs_to_dialect`` leaves it out there.
        warnings.filterwarnings("ignore", message="autogenerate skipping metadata-specified expression-based")
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "include_object": belongs_to_dialect(connection.dialect.name)},
        )
        return list(compare_metadata(context, Base.metadata))


def test_models_and_migrations_agree(db: Database) -> None:
    """`alembic check` in test form: upgrading from empty gives the models' schema."""
    assert current_revision(db.engine) == head_revision()
    assert _differences(db) == []


def test_head_revision_constant_names_the_newest_migration(sqlite_url: str) -> None:
    """Start-up skips Alembic when the database is at HEAD_REVISION; a new migration
    without the constant moved along would leave databases un-upgraded."""
    assert head_revision() == HEAD_REVISION
    db, _ = open_database(sqlite_url)
    with db.engine.connect() as connection:
        alembic_says = MigrationContext.configure(connection).get_current_revision()
    assert current_revision(db.engine) == alembic_says == HEAD_REVISION
    db.dispose()


def test_two_version_rows_are_refused(tmp_path: Path) -> None:
    db, _ = open_database(f"sqlite:///{tmp_path / 'desk.sqlite3'}")
    with db.engine.begin() as connection:
        connection.execute(text("INSERT INTO alembic_version (version_num) VALUES ('0001')"))
    with pytest.raises(SchemaError, match="版本记录有 2 条"):
        upgrade_database(db)
    db.dispose()


def test_start_up_on_a_current_database_does_not_import_alembic(sqlite_url: str) -> None:
    import subprocess
    import sys

    open_database(sqlite_url)[0].dispose()
    script = (
        "import sys; from desk_app.bootstrap import open_database; "
        f"db, _ = open_database({sqlite_url!r}); db.dispose(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'pypinyin')))"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "[]"


def test_downgrade_to_empty_and_up_again(sqlite_url: str) -> None:
    db, upgrade = open_database(sqlite_url)
    assert upgrade.from_revision is None and upgrade.to_revision == head_revision()
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
    again = upgrade_database(db)
    assert again.changed and again.backup_path is None  # nothing left to copy aside
    assert _differences(db) == []
    db.dispose()


def test_newer_or_foreign_databases_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    with pytest.raises(SchemaError, match="比本程序新"):
        upgrade_database(db)
    db.dispose()

    foreign = tmp_path / "other.sqlite3"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE keepsake (note TEXT)")
    raw.execute("INSERT INTO keepsake VALUES ('别人的数据')")
    raw.commit()
    raw.close()
    other = Database(f"sqlite:///{foreign}")
    with pytest.raises(SchemaError, match="不是前台 Desk 的数据库"):
        upgrade_database(other)
    other.dispose()
    raw = sqlite3.connect(foreign)
    assert raw.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall() == [("keepsake",)]
    raw.close()


def test_older_sqlite_file_is_copied_aside_before_upgrade(tmp_path: Path) -> None:
    """A file written by an older program (schema 0001) is backed up, then upgraded."""
    path = tmp_path / "desk.sqlite3"
    older = Database(f"sqlite:///{path}")
    config = alembic_config()
    with older.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO department (name, active) VALUES ('工程部', 1)"))
    older.dispose()
    assert head_revision() != "0001"

    db, result = open_database(f"sqlite:///{path}")
    assert result.from_revision == "0001" and result.to_revision == head_revision()
    assert result.backup_path is not None and result.backup_path.parent == tmp_path / "backups"
    assert _differences(db) == []
    db.dispose()
    copy = sqlite3.connect(result.backup_path)
    assert copy.execute("SELECT name FROM department").fetchall() == [("工程部",)]
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_unusable_url_is_a_clear_error() -> None:
    from desk_app.models.database import DatabaseUrlError

    with pytest.raises(DatabaseUrlError, match="不支持的数据库类型"):
        Database("mysql://user@localhost/desk")
    with pytest.raises(DatabaseUrlError, match="无法识别"):
        Database("not a url")


def _filler(column: sa.Column[object]) -> object:
    """A value for a NOT NULL column without a default, by its type."""
    if isinstance(column.type, sa.Boolean):
        return False
    if isinstance(column.type, sa.Integer):
        return 1
    if isinstance(column.type, sa.DateTime):
        return datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    return f"x{column.name}"


@pytest.mark.parametrize("start", ["0001", "0002"])
def test_every_migration_upgrades_a_database_with_data(tmp_path: Path, start: str) -> None:
    """Staff is referenced by nearly every table: a migration that rebuilds it (SQLite
    batch mode) fails with foreign keys on once rows point at it. Upgrade a database
    with staff and rows referencing them from every older revision to head."""
    path = tmp_path / "desk.sqlite3"
    older = Database(f"sqlite:///{path}")
    config = alembic_config()
    with older.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, start)
        metadata = sa.MetaData()
        staff = sa.Table("staff", metadata, autoload_with=connection)
        area = sa.Table("area", metadata, autoload_with=connection)
        for table, values in ((staff, {"id": 1, "login": "li", "name": "李前台"}), (area, {"steward_id": 1})):
            row = {
                column.name: _filler(column)
                for column in table.columns
                if not column.nullable and column.server_default is None and not column.primary_key
            }
            connection.execute(table.insert().values({**row, **values}))
    older.dispose()

    db, result = open_database(f"sqlite:///{path}")
    try:
        assert result.from_revision == start and result.to_revision == head_revision()
        assert _differences(db) == []
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT login FROM staff")).all() == [("li",)]
            assert connection.execute(text("SELECT steward_id FROM area")).all() == [(1,)]
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
    finally:
        db.dispose()


def test_client_sort_room_is_filled_in_natural_order(db: Database) -> None:
    """0005 fills ``client.sort_room`` with plain SQL on both databases, exactly as
    ``Room.sort_key`` computes it: the client's first room in natural order
    (1-1-1001 after 1-1-101 and 1-1-201, before 2-1-101); no room, no key."""
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0004")
    try:
        with db.engine.begin() as connection:
            metadata = sa.MetaData()

            def insert(name: str, **values: object) -> None:
                table = sa.Table(name, metadata, autoload_with=connection)
                row = {
                    column.name: _filler(column)
                    for column in table.columns
                    if not column.nullable and column.server_default is None and not column.primary_key
                }
                connection.execute(table.insert().values({**row, **values}))

            insert("staff", id=1, login="li")
            insert("building", id=1, code="1")
            insert("building", id=2, code="2")
            rooms = {1: ("1", "1", "1001"), 2: ("1", "1", "201"), 3: ("2", "1", "101"), 4: ("1", "1", "101")}
            for room_id, (building, unit, number) in rooms.items():
                code = Room.make_code(building, unit, number)
                insert(
                    "room",
                    id=room_id,
                    building_id=int(building),
                    unit=unit,
                    number=number,
                    code=code,
                    digits=code,
                )
            holdings = {1: (1, 3), 2: (2, 1), 3: (4,), 4: ()}
            link = 0
            for client_id, held in holdings.items():
                insert("client", id=client_id, number=f"KH{client_id}", created_by_id=1, version=1)
                for room_id in held:
                    link += 1
                    insert("client_room", id=link, client_id=client_id, room_id=room_id, relation="owner")
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        with db.engine.connect() as connection:
            stored = {row[0]: row[1] for row in connection.execute(text("SELECT id, sort_room FROM client"))}
            ordered = connection.execute(text("SELECT id FROM client ORDER BY sort_room, id")).scalars().all()
    finally:
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    key = {room_id: Room.sort_key(*parts) for room_id, parts in rooms.items()}
    assert stored == {1: key[1], 2: key[2], 3: key[4], 4: None}
    assert [client_id for client_id in ordered if stored[client_id] is not None] == [3, 2, 1]


def test_the_list_order_indexes_of_migration_0008_change_no_result(db: Database) -> None:
    """Issue 18: the rectification-notice and reminder-case lists read their first page
    newest first from migration 0008's (date, id) indexes. The page is the same as
    sorting every live row, on both databases, and on SQLite no sort is left to do."""
    from desk_app.demo import generate_demo
    from desk_app.models import RectificationNotice, ReminderCase

    generate_demo(db, clients=800, months=120, entries=2000, now=datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    for model, when, index in (
        (RectificationNotice, RectificationNotice.issued_at, "ix_rectification_notice_issued"),
        (ReminderCase, ReminderCase.opened_at, "ix_reminder_case_opened"),
    ):
        assert index in {i["name"] for i in inspect(db.engine).get_indexes(model.__tablename__)}
        page = (
            sa.select(model.id)
            .where(model.voided_at.is_(None))
            .order_by(when.desc(), model.id.desc())
            .limit(7)
            .offset(2)
        )
        with db.read() as session:
            rows = session.execute(sa.select(model.id, when).where(model.voided_at.is_(None))).all()
            assert len(rows) >= 12  # the demo made some
            expected = [row[0] for row in sorted(rows, key=lambda row: (row[1], row[0]), reverse=True)][2:9]
            assert list(session.scalars(page)) == expected
            if db.engine.dialect.name == "sqlite":
                compiled = page.compile(db.engine, compile_kwargs={"literal_binds": True})
                plan = " ".join(str(r[-1]) for r in session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
                assert index in plan and "TEMP B-TREE" not in plan
