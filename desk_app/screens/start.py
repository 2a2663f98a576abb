"""Start-up: what the program does to a freshly opened database before the first
person signs in (on the start-up worker, while the sign-in dialog is on screen)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import configure_mappers

from desk_app.models.database import Database
from desk_app.services import accounts, seed_data


@dataclass(frozen=True)
class Prepared:
    #: the login given the start password just now (issue 7), or None
    first_administrator: str | None
    #: the login still holding the start password (the sign-in dialog's hint), or None
    first_run_login: str | None


def prepare_database(db: Database) -> Prepared:
    """Configure the mappers, give the first administrator the start password when
    needed, add the first-start data (issue 13: the handbook's forbidden phrases), and
    read the first-run hint."""
    configure_mappers()
    with db.begin() as session:
        first_administrator = accounts.ensure_first_administrator(session)
        seed_data.first_start(session)
    with db.read() as session:
        login = accounts.first_run_login(session)
    return Prepared(first_administrator, login)


def display_url(url: str | None) -> str:
    """The database the user asked for, without its password, even when the URL is
    too broken to parse."""
    from sqlalchemy import make_url

    from desk_app.models.database import default_database_url

    raw = url or default_database_url()
    try:
        return make_url(raw).render_as_string(hide_password=True)
    except Exception:
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", raw)


def _first_line(exc: BaseException) -> str:
    original = getattr(exc, "orig", None)
    text = str(original if original is not None else exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


#: what kind of failure stopped the database from opening (the screen words each)
OpenFailure = Literal["written", "connect", "not_sqlite", "database", "driver", "file", "other"]


def open_failure(exc: BaseException) -> tuple[OpenFailure, str]:
    """The kind of failure to open the database, and its detail (for ``written``: the
    message already written for the user)."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    from desk_app.models.database import DatabaseUrlError
    from desk_app.models.schema import SchemaError

    if isinstance(exc, DatabaseUrlError | SchemaError):
        return "written", str(exc)
    if isinstance(exc, OperationalError):
        return "connect", _first_line(exc)
    if isinstance(exc, DatabaseError):
        detail = _first_line(exc)
        return ("not_sqlite" if "not a database" in detail else "database"), detail
    if isinstance(exc, ImportError):
        return "driver", exc.name or _first_line(exc)
    if isinstance(exc, OSError):
        return "file", _first_line(exc)
    return "other", f"{type(exc).__name__}: {_first_line(exc)}"
