"""Small reads many screens share: the working calendar and today's date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desk_app.screens.base import Database, Workspace
from desk_app.services.calendar import WorkCalendar


def calendar_days(database: Database | Workspace) -> Callable[[date], bool]:
    """``is_workday`` of the administrator's working calendar, read the first time a date
    needs it (a form with a date box costs no query until then)."""
    workspace = database if isinstance(database, Workspace) else Workspace(database)
    loaded: list[WorkCalendar] = []

    def is_workday(day: date) -> bool:
        if not loaded:
            loaded.append(workspace.read(WorkCalendar.from_settings))
        return loaded[0].is_workday(day)

    return is_workday


def local_today(database: Database | Workspace) -> Callable[[], date]:
    """Today in the community's zone, by the program's clock."""
    return lambda: database.clock.now().astimezone(database.zone).date()
