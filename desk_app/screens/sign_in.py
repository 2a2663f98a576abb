"""登录 sign-in screen: signing in, changing one's own password, and the first-run hint.

The sign-in dialog is the first thing painted, so this module imports SQLAlchemy and the
services only when a function runs (issue 18: nothing heavy before the first paint).
A database failure comes out as ``StorageError`` with a Chinese message.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from desk_app.models.database import Database
    from desk_app.services.accounts import SignedIn

T = TypeVar("T")


def _guarded(call: Callable[[], T]) -> T:
    from desk_app.screens.storage import storage_errors

    with storage_errors():
        return call()


def sign_in(db: Database, login: str, password: str) -> SignedIn:
    """Who signed in; a refusal (wrong login or password, locked) is an error."""
    from desk_app.services import accounts

    return _guarded(lambda: accounts.sign_in(db, login, password))


def change_own_password(db: Database, staff_id: int, old_password: str, new_password: str) -> None:
    from desk_app.services import accounts

    _guarded(lambda: accounts.change_own_password(db, staff_id, old_password, new_password))


def first_run_login(db: Database) -> str | None:
    """The login still holding the start password (the first-run hint), or None."""
    from desk_app.screens.base import Workspace
    from desk_app.services import accounts

    return Workspace(db).read(accounts.first_run_login)
