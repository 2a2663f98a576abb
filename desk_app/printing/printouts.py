"""A printout for the screens: one kind of the registry (``registry.KINDS``) rendered in
one read unit of work of the workspace, with the number of the record it prints (for
the file name a save proposes), so a print button neither opens a session itself nor
reads the number in a second query.

    printout = render_printout(workspace, "receipt", fee_id)   # Printout(title, number, pdf)

``printouts_dir()`` is where printouts are written: a folder of the user's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desk_app.printing.registry import KINDS, RecordKey, has_record_number, print_kind, record_number
from desk_app.screens.base import Workspace, reading
from desk_app.user_dirs import user_data_dir

__all__ = ["Printout", "numbered", "printouts_dir", "render_printout", "title_of"]


@dataclass(frozen=True)
class Printout:
    title: str
    #: the printed record's number (``TS-202612-0003``), None for a kind without one
    number: str | None
    pdf: bytes


def title_of(kind: str) -> str | None:
    """The Chinese title of printout ``kind``, or None when there is no such kind."""
    found = KINDS.get(kind)
    return found.title if found is not None else None


def numbered(kind: str) -> bool:
    """Whether printout ``kind`` names a numbered record (its number names the file)."""
    return has_record_number(kind)


def render_printout(workspace: Workspace, kind: str, key: RecordKey, *, with_number: bool = True) -> Printout:
    """Render printout ``kind`` of ``key`` (a record id, the tally's day) for the
    signed-in person; a ``DomainError`` (``PrintError``) when it cannot be printed."""
    found = print_kind(kind)
    numbered_key = key if with_number and isinstance(key, int) else None
    return workspace.read(
        lambda session: Printout(
            found.title,
            record_number(session, kind, numbered_key) if numbered_key is not None else None,
            bytes(found.render(reading(session), key)),
        )
    )


def printouts_dir() -> Path:
    """Where printouts are written: a folder of the user's own (always writable)."""
    return user_data_dir() / "printouts"
