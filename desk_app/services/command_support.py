"""What every ``desk-app`` sub-command that works on the database shares: opening it
(a bad URL or a database of another program is a message on stderr, never a
traceback), the error line, and a unit of work done by the system (nobody signed in).

Importing this module loads nothing heavy: the ORM comes with the first database."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desk_app.messages import msg

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desk_app.models.database import Database

#: The command could not use the database (bad URL, unreachable, another program's).
EXIT_DATABASE = 2


def print_error(text: object) -> None:
    print(msg("错误：{text}", text=text), file=sys.stderr)


@contextmanager
def command_database(url: str | None) -> Iterator[Database | None]:
    """The configured database, upgraded, disposed of afterwards; None (the reason on
    stderr) when it cannot be used."""
    from sqlalchemy.exc import SQLAlchemyError

    from desk_app.bootstrap import open_database
    from desk_app.models.database import DatabaseUrlError
    from desk_app.models.schema import SchemaError

    try:
        db, _ = open_database(url)
    except (DatabaseUrlError, SchemaError) as error:
        print_error(error)
        yield None
        return
    except SQLAlchemyError as error:
        print_error(msg("无法打开数据库：{detail}", detail=str(error).splitlines()[0]))
        yield None
        return
    try:
        yield db
    finally:
        db.dispose()


@contextmanager
def system_work(db: Database) -> Iterator[Session]:
    """One unit of work done by the system (nobody signed in; the audit log says so). A
    new database gets its first-start data (the forbidden phrases) first."""
    from desk_app.services import context, seed_data

    with db.begin() as session:
        session.info[context.SYSTEM_JOB] = True
        seed_data.first_start(session)
        yield session


__all__ = ["EXIT_DATABASE", "command_database", "print_error", "system_work"]
