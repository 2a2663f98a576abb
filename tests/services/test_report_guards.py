"""The monthly report's guard table (``report_status.GUARDS``, issue 17), exhaustively:
for every reachable state of a report (not done, done, voided; last, this and next
month, on the night the month turns in the community's zone) and every actor (nobody,
each role, a deactivated account), "mark done" is allowed exactly when
``mark_report_done`` accepts it, and refused with the service's own message; the
screen's action state is the same verdict. The service runs in a savepoint that is
rolled back. SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime

from desk_app.clock import FixedClock
from desk_app.models import MonthlyReportStatus, Staff
from desk_app.models.database import Database
from desk_app.models.enums import ReportKind, StaffRole
from desk_app.screens.base import Workspace
from desk_app.screens.monthly_reports import MonthlyReportsScreen
from desk_app.services.errors import DomainError
from desk_app.services.guards import Verdict
from desk_app.services.report_status import GUARDS, REPORT_ROLES, ReportMonth, mark_report_done

#: 00:30 on 1 December in Shanghai, still 30 November in UTC: December has begun
NOW = datetime(2026, 11, 30, 16, 30, tzinfo=UTC)
MONTHS = {"last": date(2026, 11, 1), "this": date(2026, 12, 1), "next": date(2027, 1, 1)}
#: each kind holds one state of its rows, in every month
ROW_STATES = {
    ReportKind.STATISTICS: "not done",
    ReportKind.OWNER_SUMMARY: "done",
    ReportKind.COMPLAINT_ANALYSIS: "voided",
}


class _Rollback(Exception):
    """Leaves the unit of work without writing anything."""


@dataclass(frozen=True)
class Case:
    kind: ReportKind
    month: str
    actor: str
    allowed: bool
    accepted: bool
    reason: str
    refusal: str


def _setup(db: Database) -> dict[str, int | None]:
    db.clock = FixedClock(NOW)
    with db.begin() as session:
        people = {role.value: Staff(login=role.value, name=role.label, role=role) for role in StaffRole}
        people["gone"] = Staff(login="gone", name="离职主管", role=StaffRole.SUPERVISOR, active=False)
        session.add_all(people.values())
        for (kind, state), month in itertools.product(ROW_STATES.items(), MONTHS.values()):
            if state != "not done":
                session.add(
                    MonthlyReportStatus(
                        kind=kind,
                        month=month,
                        done_at=NOW,
                        voided_at=NOW if state == "voided" else None,
                        void_reason="登记错了" if state == "voided" else None,
                    )
                )
        session.flush()
        ids: dict[str, int | None] = {key: staff.id for key, staff in people.items()}
    ids["nobody"] = None
    return ids


def _case(db: Database, kind: ReportKind, month_key: str, actor_key: str, actor: int | None) -> Case:
    report = ReportMonth(kind, MONTHS[month_key])
    seen: dict[str, object] = {}
    try:
        with db.begin(actor_id=actor) as session:
            seen["verdict"] = GUARDS.verdict(session, "mark_done", report)
            savepoint = session.begin_nested()
            try:
                mark_report_done(session, report.kind, report.month, file_name="报告.pdf")
                session.flush()
                seen["refusal"] = ""
            except DomainError as error:
                seen["refusal"] = str(error)
            savepoint.rollback()
            raise _Rollback
    except _Rollback:
        pass
    verdict = seen["verdict"]
    assert isinstance(verdict, Verdict)
    refusal = str(seen["refusal"])
    return Case(kind, month_key, actor_key, verdict.allowed, refusal == "", verdict.reason, refusal)


def test_mark_done_is_allowed_exactly_when_the_service_accepts_it(db: Database) -> None:
    people = _setup(db)
    cases = [
        _case(db, kind, month_key, actor_key, actor)
        for kind, month_key, (actor_key, actor) in itertools.product(ROW_STATES, MONTHS, people.items())
    ]
    assert len(cases) == 3 * 3 * 7
    assert [case for case in cases if case.allowed != case.accepted] == []
    assert [case for case in cases if not case.allowed and case.reason != case.refusal] == []
    # in the rule's terms (R11): a supervisor or department head, a month that has begun
    allowed = {(case.kind, case.month, case.actor) for case in cases if case.allowed}
    leaders = {role.value for role in REPORT_ROLES}
    assert allowed == {
        (kind, month, actor) for kind in ROW_STATES for month in ("last", "this") for actor in leaders
    }
    refused_future = {case.refusal for case in cases if case.month == "next" and case.actor in leaders}
    assert refused_future == {"2027年01月尚未到来，不能登记其报告（R11）"}


def test_the_screen_offers_what_the_table_allows(db: Database) -> None:
    people = _setup(db)
    for (actor_key, actor), month_key in itertools.product(people.items(), MONTHS):
        screen = MonthlyReportsScreen(Workspace(db, actor))
        state = screen.actions(ReportKind.STATISTICS, MONTHS[month_key])["mark_done"]
        with db.read() as session:
            session.info["actor_id"] = actor
            verdict = GUARDS.verdict(
                session, "mark_done", ReportMonth(ReportKind.STATISTICS, MONTHS[month_key])
            )
        assert (state.enabled, state.visible, state.reason) == (verdict.allowed, True, verdict.reason), (
            actor_key,
            month_key,
        )
    receptionist = MonthlyReportsScreen(Workspace(db, people[StaffRole.RECEPTIONIST.value]))
    refused = receptionist.actions(ReportKind.STATISTICS, MONTHS["last"])["mark_done"]
    assert not refused.enabled and "登记月度报告完成" in refused.reason
