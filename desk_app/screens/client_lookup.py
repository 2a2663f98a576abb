"""The counter's client lookups (SPEC 2.1): the client box of the work log and the
client choice of the record forms, and the 来电弹屏's caller. Each is one short read
through the workspace (``services.lookup``, ``services.incoming_call``): typing a room,
phone digits, a name or pinyin initials finds at most ``limit`` clients by the indexed
queries; a dialled number finds its caller and their open items."""

from __future__ import annotations

from desk_app.screens.base import Workspace
from desk_app.services import incoming_call, lookup
from desk_app.services.incoming_call import CallerInfo
from desk_app.services.lookup import ClientMatch

__all__ = ["CallerInfo", "ClientLookupScreen", "ClientMatch"]


class ClientLookupScreen:
    """Client searches for one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def find(self, text: str, limit: int = 20) -> list[ClientMatch]:
        """The clients ``text`` finds (room, phone part, name, pinyin initials), best first."""
        return self.workspace.read(lambda session: lookup.find_clients(session, text, limit))

    def match(self, client_id: int, room_id: int | None = None) -> ClientMatch | None:
        """A stored client as the boxes show it (a reopened record, a restored draft)."""
        return self.workspace.read(lambda session: lookup.client_match(session, client_id, room_id))

    def caller(self, phone: str) -> CallerInfo:
        """Who is calling from ``phone`` and what of theirs is open (``FieldError`` for
        a number that is not a telephone number)."""
        return self.workspace.read(lambda session: incoming_call.caller_info(session, phone))

    def warm_up(self) -> None:
        """Run the caller lookup's queries once, reading nothing for anyone, so the first
        call of a session finds them compiled (``services.incoming_call.warm_up``)."""
        self.workspace.read(incoming_call.warm_up)
