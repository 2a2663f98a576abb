"""``StorageError`` and the one place that turns a database failure into it. Light on
purpose: the sign-in screen uses it before SQLAlchemy is loaded (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from desk_app.errors import DomainError
from desk_app.messages import msg


class StorageError(DomainError):
    """The database could not be read or written (a dropped connection, a locked file):
    nothing was written; the message says so in Chinese and asks to try again."""


@contextmanager
def storage_errors(action: str = "write") -> Iterator[None]:
    """Inside: a SQLAlchemy error comes out as ``StorageError`` (``action``: "read" or
    "write", for the message)."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except SQLAlchemyError as error:
        detail = type(error).__name__
        message = (
            msg("读取失败：数据库暂时无法读取（{detail}），请稍后再试", detail=detail)
            if action == "read"
            else msg("保存失败：数据库暂时无法写入（{detail}），请稍后再试", detail=detail)
        )
        raise StorageError(message) from error
