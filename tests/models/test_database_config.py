"""The database URL chosen on the settings screen is used at the next start; the
environment variable still wins; a broken file never stops the program."""

from __future__ import annotations

from pathlib import Path

import pytest

from desk_app.models.database import (
    DatabaseUrlError,
    check_database_url,
    configured_database_url,
    database_config_file,
    default_database_url,
    save_database_url,
    user_data_dir,
)


def test_saved_url_is_the_default_until_cleared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_database_url() == f"sqlite:///{user_data_dir() / 'desk.sqlite3'}"
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    path = save_database_url(url)
    assert path == database_config_file() and path.exists()
    assert configured_database_url() == url
    assert default_database_url() == url
    monkeypatch.setenv("DESK_APP_DATABASE_URL", "sqlite:///env.sqlite3")
    assert default_database_url() == "sqlite:///env.sqlite3"
    monkeypatch.delenv("DESK_APP_DATABASE_URL")
    save_database_url(None)
    assert configured_database_url() is None
    assert default_database_url().endswith("desk.sqlite3")


def test_unusable_urls_are_refused_and_broken_files_ignored() -> None:
    with pytest.raises(DatabaseUrlError):
        save_database_url("mysql://somewhere/db")
    assert configured_database_url() is None
    database_config_file().parent.mkdir(parents=True, exist_ok=True)
    database_config_file().write_text("{not json", encoding="utf-8")
    assert configured_database_url() is None
    assert default_database_url().endswith("desk.sqlite3")


def test_check_database_url(tmp_path: Path) -> None:
    assert check_database_url(f"sqlite:///{tmp_path / 'new.sqlite3'}") == "sqlite"
    assert not (tmp_path / "new.sqlite3").exists()  # testing creates nothing
    with pytest.raises(DatabaseUrlError, match="文件夹不存在"):
        check_database_url(f"sqlite:///{tmp_path / 'missing' / 'x.sqlite3'}")
    (tmp_path / "bad.sqlite3").write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(DatabaseUrlError, match="无法连接"):
        check_database_url(f"sqlite:///{tmp_path / 'bad.sqlite3'}")
    with pytest.raises(DatabaseUrlError, match="无法连接"):
        check_database_url("postgresql://nobody@127.0.0.1:1/none", timeout_seconds=2)
