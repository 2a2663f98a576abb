"""``database.sqlite_reading`` (issue 18): a plain SQLite file at this program's schema is
read with the standard library alone; anything else — another database, an older or
foreign file, a file that is not a database, no file — gives None and is left exactly
as it was, for the usual way (``open_database``) to upgrade it or say what is wrong."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.models.database import plain_sqlite_path, sqlite_reading
from desk_app.models.schema import HEAD_REVISION


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("sqlite:////srv/desk/desk.sqlite3", Path("/srv/desk/desk.sqlite3")),
        ("sqlite:///desk.sqlite3", Path("desk.sqlite3")),
        ("sqlite+pysqlite:////srv/d.sqlite3", Path("/srv/d.sqlite3")),
        ("sqlite://", None),
        ("sqlite:///:memory:", None),
        ("sqlite:////srv/d.sqlite3?mode=ro", None),
        ("sqlite:////srv/%E5%89%8D%E5%8F%B0.sqlite3", None),
        ("postgresql+psycopg://desk@db/desk", None),
    ],
)
def test_only_a_plain_sqlite_file_url_is_read_without_sqlalchemy(url: str, path: Path | None) -> None:
    assert plain_sqlite_path(url) == path


def test_a_file_at_this_schema_is_read(_sqlite_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(_sqlite_template, path)
    with sqlite_reading(f"sqlite:///{path}", HEAD_REVISION) as connection:
        assert connection is not None
        assert connection.execute("SELECT count(*) FROM rectification_notice").fetchone() == (0,)


def test_anything_else_is_left_to_the_usual_way(_sqlite_template: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(_sqlite_template, older)
    with sqlite3.connect(older) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0001'")
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE t (x)")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    missing = tmp_path / "missing.sqlite3"
    before = {path: path.read_bytes() for path in (older, foreign, junk)}
    for path in (older, foreign, junk, missing):
        with sqlite_reading(f"sqlite:///{path}", HEAD_REVISION) as connection:
            assert connection is None, path
    assert not missing.exists()  # never created
    assert {path: path.read_bytes() for path in before} == before  # nothing written
