"""设置 settings screen: the general settings (a form with a version), the centre's
details in groups, the working-calendar overrides, and the database URL for the next start.

Everything here is one read or one unit of work; the rules are in
``desk_app.services.calendar_admin`` and ``desk_app.services.centre``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models.database import (
    DatabaseUrlError,
    check_database_url,
    configured_database_url,
    normalise_url,
    save_database_url,
)
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.services import calendar_admin, centre
from desk_app.services.calendar_admin import CalendarChange, OverrideRow
from desk_app.services.context import now, zone
from desk_app.services.settings import CommunitySettings, SettingError, load_settings, settings_version
from desk_app.services.signatories import SIGNATORY_CENTRE

__all__ = [
    "CalendarChange",
    "CalendarSheet",
    "CentreSheet",
    "DatabaseUrlError",
    "OverrideRow",
    "SettingsScreen",
    "check_database_url",
    "configured_database_url",
    "hide_password",
    "save_database_url",
]

#: the key of ``read_values``' result that carries a malformed stored setting's message
BAD_SETTING = "_bad_setting"


@dataclass(frozen=True)
class CentreSheet:
    """The centre's details as stored, and what each box shows when left empty."""

    values: dict[str, str]
    defaults: dict[str, str]
    version: int


@dataclass(frozen=True)
class CalendarSheet:
    year: int
    #: years (this and next) the holiday calendar does not know yet
    missing_years: list[int]
    overrides: list[OverrideRow]


def hide_password(url: str) -> str:
    """A database URL as the screen shows it (no password); the text itself if no URL."""
    try:
        return normalise_url(url).render_as_string(hide_password=True)
    except DatabaseUrlError:
        return url


class SettingsScreen(SessionFormScreen):
    """The general settings form's reads and saves, and the rest of the settings page."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        #: what the last general save changed (the complaints whose due times moved)
        self.last_change: CalendarChange | None = None

    # -- the general form (one "record": the settings) -------------------------------------

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        bad: str | None = None
        try:
            settings = load_settings(session)
        except SettingError as error:
            bad = str(error)
            settings = CommunitySettings()
        values: dict[str, Any] = {
            "community_name": settings.community_name,
            "work_start": f"{settings.work_start:%H:%M}",
            "work_end": f"{settings.work_end:%H:%M}",
            "progress_update_working_days": settings.progress_update_working_days,
            "callback_working_days": settings.callback_working_days,
            "_version": settings_version(session),
        }
        if bad is not None:
            values[BAD_SETTING] = bad
        return values

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        self.last_change = calendar_admin.save_community_settings(
            session,
            community_name=values["community_name"],
            work_start=time.fromisoformat(values["work_start"]),
            work_end=time.fromisoformat(values["work_end"]),
            progress_update_working_days=int(values["progress_update_working_days"]),
            callback_working_days=int(values["callback_working_days"]),
            expected_version=expected_version,
        )
        return 0

    # -- the rest of the page ----------------------------------------------------------------

    def version(self) -> int:
        return int(self.workspace.read(settings_version))

    def is_administrator(self) -> bool:
        return self.workspace.read(
            lambda session: calendar_admin.is_administrator(session, self.workspace.actor_id)
        )

    def centre(self) -> CentreSheet:
        def read(session: Session) -> CentreSheet:
            settings = centre.load_centre_settings(session)
            values = {field.key: settings.value(field.key) for field in centre.CENTRE_FIELDS}
            defaults = {
                field.key: settings.centre_name if field.key == SIGNATORY_CENTRE else field.default
                for field in centre.CENTRE_FIELDS
            }
            return CentreSheet(values, defaults, settings_version(session))

        return self.workspace.read(read)

    def save_centre(self, values: dict[str, str], expected_version: int | None) -> bool:
        """Store the centre's details; True (a refusal raises)."""
        self.workspace.write(
            lambda session: centre.save_centre_settings(session, values, expected_version=expected_version)
        )
        return True

    def calendar(self) -> CalendarSheet:
        def read(session: Session) -> CalendarSheet:
            year = now(session).astimezone(zone(session)).date().year
            missing = calendar_admin.missing_calendar_years(session, year, year + 1)
            return CalendarSheet(year, missing, calendar_admin.list_overrides(session, year - 1))

        return self.workspace.read(read)

    def set_override(self, day: date, is_workday: bool, note: str) -> CalendarChange:
        return self.workspace.write(
            lambda session: calendar_admin.set_override(session, day, is_workday, note)
        )

    def remove_override(self, day: date) -> CalendarChange:
        return self.workspace.write(lambda session: calendar_admin.remove_override(session, day))

    @property
    def display_url(self) -> str:
        return self.workspace.database.display_url
