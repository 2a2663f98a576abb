"""主管看板 supervisor's dashboard screen: the tiles and charts in one read, and who
handles the records of one tile."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy.orm import Session

from desk_app.screens.base import Workspace
from desk_app.services import context as service_context
from desk_app.services import work_list
from desk_app.services.dashboard import Dashboard, collect


def read_dashboard(workspace: Workspace) -> Dashboard:
    """Everything the dashboard shows, as of now, in one read-only unit of work."""
    return workspace.read(lambda session: collect(session, service_context.now(session)))


def tile_handlers(
    workspace: Workspace, open_kind: str | None, record_ids: Iterable[int | None], now: datetime | None
) -> tuple[dict[int, str], datetime]:
    """Who handles each of a tile's records, and the moment lateness is counted from
    (``now`` when given: the dashboard's as-of time)."""

    def read(session: Session) -> tuple[dict[int, str], datetime]:
        handlers = work_list.handlers(session, open_kind, list(record_ids))
        return handlers, now or service_context.now(session)

    return workspace.read(read)
