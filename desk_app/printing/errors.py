"""The printouts' own error (no database import: the registry and the command need it
before anything is read)."""

from __future__ import annotations

from desk_app.services.errors import NotFoundError


class PrintError(NotFoundError):
    """A printout cannot be made: unknown kind, unknown number, or the record is not of
    the sort the printout is for. The message is Chinese and names the problem."""


__all__ = ["PrintError"]
