"""日盘点 (R10) without Qt: one day's tally sheet with the state of its 确认 button,
the confirmation, and the record behind a line.

    screen = DailyTallyScreen(workspace)
    day = screen.read(screen.today())       # TallyDay: the sheet and actions["confirm"]
    screen.confirm(day.sheet.day, "电梯已报修")

``actions["confirm"]`` comes from ``services.tallies.TALLY_GUARDS`` (who is responsible
for the counter's day, and no day still to come), the rule ``confirm_tally`` refuses
through, so the button is enabled exactly when confirming would be accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from desk_app.screens.base import ActionState, Workspace, action_states
from desk_app.services import context
from desk_app.services.tallies import TALLY_GUARDS, TallyKind, confirm_tally
from desk_app.services.tally_sheet import TallySheet, record_id_by_number, tally_sheet

__all__ = ["DailyTallyScreen", "TallyDay", "TallyKind", "TallySheet", "tally_day"]


@dataclass(frozen=True)
class TallyDay:
    """What the tally screen shows for one day."""

    sheet: TallySheet
    today: date
    actions: Mapping[str, ActionState]


def tally_day(session: Session, day: date) -> TallyDay:
    """The tally screen's sheet of ``day`` in ``session`` (also what the 日盘点表 prints)."""
    return TallyDay(
        sheet=tally_sheet(session, day),
        today=context.now(session).astimezone(context.zone(session)).date(),
        actions=action_states(TALLY_GUARDS.verdicts(session, day)),
    )


class DailyTallyScreen:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def today(self) -> date:
        """Today in the community's zone, by the database's clock."""
        return self.workspace.now().astimezone(self.workspace.zone).date()

    def read(self, day: date) -> TallyDay:
        return self.workspace.read(lambda session: tally_day(session, day))

    def confirm(self, day: date, note: str | None = None) -> int:
        """R10: the signed-in person confirms ``day``'s tally; the tally's id."""
        return self.workspace.write(lambda session: confirm_tally(session, day, note).id)

    def record_id(self, kind: TallyKind, number: str) -> int | None:
        """The complaint or work-log entry (repair) behind a line of the sheet."""
        return self.workspace.read(lambda session: record_id_by_number(session, kind, number))
