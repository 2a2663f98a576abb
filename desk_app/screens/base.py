"""What every screen shares: the workspace (database, actor, clock) with its read and
write units of work, the conflict error, ``NeedsConfirmation`` and ``ActionState``.

``Workspace.read(fn)`` and ``Workspace.write(fn)`` are the only places besides the
services that open a database session: ``fn`` receives the session and returns what the
screen wants (a sheet, a record id). A write is one transaction on behalf of the signed-in
actor; a concurrent save comes out as ``ConflictError`` (never the ORM's
``StaleDataError``), and any other database failure as ``StorageError`` with a Chinese
message, so the widgets catch exactly one family: ``DomainError``.

A step that needs the user's word first (R12: calling a client who asked not to be
called) *returns* ``NeedsConfirmation``; the runner asks and runs the step again with
``confirmed=True``. Nothing is written by a step that returns it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from desk_app.clock import Clock
from desk_app.messages import msg
from desk_app.models.database import Database
from desk_app.screens.storage import StorageError, storage_errors
from desk_app.services.errors import ConflictError, DomainError
from desk_app.services.guards import Verdict

log = logging.getLogger(__name__)

T = TypeVar("T")

__all__ = [
    "ActionState",
    "ConflictError",
    "Database",
    "DomainError",
    "FormScreen",
    "NeedsConfirmation",
    "Reader",
    "SessionFormScreen",
    "StorageError",
    "Workspace",
    "action_states",
    "reading",
]


@dataclass(frozen=True)
class NeedsConfirmation:
    """A step's answer when the user must confirm first (returned, not raised)."""

    question: str
    title: str = ""


@dataclass(frozen=True)
class ActionState:
    """What a screen offers for one action: a button is enabled exactly when the
    service would accept the step; ``reason`` (the refusal) is its tooltip."""

    enabled: bool
    visible: bool = True
    reason: str = ""

    @classmethod
    def of(cls, verdict: Verdict) -> ActionState:
        return cls(enabled=verdict.allowed, visible=verdict.applies, reason=verdict.reason)


def action_states(verdicts: Mapping[str, Verdict]) -> dict[str, ActionState]:
    return {name: ActionState.of(verdict) for name, verdict in verdicts.items()}


#: the state of every action when no record is shown (a new, unsaved form)
DISABLED = ActionState(enabled=False)


class Reader(Protocol):
    """A read unit of work as a value: ``read(fn)`` runs ``fn(session)`` and returns
    what it returns. ``Workspace.read`` is one (a unit of work of its own each call);
    ``reading(session)`` is one inside a unit of work already open. A printout is given
    a reader and the screens' and services' functions that read its data: it never
    handles a session itself (.importlinter: printing imports no SQLAlchemy)."""

    def __call__(self, fn: Callable[[Session], T], /) -> T: ...


def reading(session: Session) -> Reader:
    """The reader whose every call runs on ``session`` (in its unit of work)."""

    def read(fn: Callable[[Session], T], /) -> T:
        return fn(session)

    return read


class Ask(Exception):
    """Raised inside a write unit of work to leave it with a question for the user
    (R12, R14 …): nothing is written, and ``Workspace.write_or_ask`` returns
    ``question`` to the widget instead of raising."""

    def __init__(self, question: NeedsConfirmation) -> None:
        super().__init__(question.question)
        self.question = question


class Workspace:
    """The database, the acting staff member and the clock a screen works with."""

    def __init__(self, database: Database, actor: Callable[[], int | None] | int | None = None) -> None:
        self.database = database
        self._actor = actor

    @property
    def actor_id(self) -> int | None:
        return self._actor() if callable(self._actor) else self._actor

    @property
    def clock(self) -> Clock:
        return self.database.clock

    @property
    def zone(self) -> tzinfo:
        return self.database.zone

    def now(self) -> datetime:
        return self.database.clock.now()

    def read(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in a read-only unit of work that never blocks writers. The
        session knows the actor, so the guard tables can say what this person may do."""
        try:
            with storage_errors("read"), self.database.read() as session:
                session.info["actor_id"] = self.actor_id
                return fn(session)
        except StorageError as error:
            log.error("a screen read failed", exc_info=error.__cause__)
            raise

    def write(self, fn: Callable[[Session], T]) -> T:
        """``fn(session)`` in one transaction on behalf of the actor: committed when it
        returns, rolled back on any error."""
        try:
            with storage_errors("write"), self.database.begin(actor_id=self.actor_id) as session:
                return fn(session)
        except StorageError as error:
            if isinstance(error.__cause__, StaleDataError):
                log.info("a concurrent change refused a save: %s", error.__cause__)
                raise ConflictError(msg("这条记录刚被其他人修改过，本次保存未生效")) from error.__cause__
            log.error("a screen write failed", exc_info=error.__cause__)
            raise

    def write_or_ask(self, fn: Callable[[Session], T]) -> T | NeedsConfirmation:
        """``write(fn)``; when ``fn`` raises ``Ask`` the unit of work is rolled back and
        its question returned (``NeedsConfirmation`` is a return value, not an error)."""
        try:
            return self.write(fn)
        except Ask as asked:
            return asked.question


class FormScreen(Protocol):
    """What a record form needs of its screen (``desk_app.ui.forms.FormPage``)."""

    def read_values(self, record_id: int) -> dict[str, Any]:
        """The stored record shaped like the form's values, with ``_version``."""
        ...

    def save(self, record_id: int | None, values: dict[str, Any], expected_version: int | None) -> int:
        """Store the form's values (a new record when ``record_id`` is None); its id."""
        ...


class SessionFormScreen:
    """A ``FormScreen`` whose two halves are written against a session: a screen module
    overrides ``read_in`` and ``save_in``; this class puts each in its unit of work."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        raise NotImplementedError

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        raise NotImplementedError

    def read_values(self, record_id: int) -> dict[str, Any]:
        return self.workspace.read(lambda session: self.read_in(session, record_id))

    def save(self, record_id: int | None, values: dict[str, Any], expected_version: int | None) -> int:
        return self.workspace.write(
            lambda session: self.save_in(session, record_id, values, expected_version)
        )
