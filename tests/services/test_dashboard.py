"""The supervisor dashboard (SPEC 6): every tile on constructed cases, with the edges
(exactly at a due time, one second after, a holiday in between, a voided record, a
reopened complaint); the JSON output and the command line. SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desk_app.cli import main
from desk_app.clock import FixedClock
from desk_app.models import Building, CalendarOverride, Client, Complaint, Room, Staff
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    Channel,
    ComplaintClass,
    ContactForm,
    InterviewTopic,
    MediaContactMode,
    NoticeIssue,
    ReminderKind,
    ReportKind,
    RootCause,
    SafetyAdvice,
    StaffRole,
)
from desk_app.services import (
    complaints,
    interviews,
    reception,
    rectification_notices,
    reminder_cases,
    report_status,
    tallies,
)
from desk_app.services.dashboard import Dashboard, TileKey, Urgency, collect, to_json, to_json_dict

SH = ZoneInfo("Asia/Shanghai")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "dashboard-json.md"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


@dataclass
class Centre:
    db: Database
    clock: FixedClock
    receptionist: int
    supervisor: int
    steward: int
    client: int
    room: int

    def act(self, actor: int | None, fn: Callable[..., object], *args: object, **kwargs: object) -> object:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def register(self, received: str, **kwargs: object) -> int:
        values: dict[str, object] = {
            "received_at": at(received),
            "channel": Channel.CALL,
            "description": "楼上漏水到我家卫生间",
            "client_id": self.client,
        }
        values.update(kwargs)
        complaint = self.act(self.receptionist, complaints.register_complaint, **values)
        assert isinstance(complaint, Complaint)
        return complaint.id

    def classify(self, complaint_id: int, cls: ComplaintClass = ComplaintClass.PROPERTY_SERVICE) -> None:
        self.act(
            self.steward,
            complaints.classify,
            complaint_id,
            cls,
            business_line=BusinessLine.MAINTENANCE,
            root_cause=RootCause.QUALITY,
        )

    def dashboard(self, when: str | datetime) -> Dashboard:
        moment = at(when) if isinstance(when, str) else when
        with self.db.read() as session:
            return collect(session, moment)

    def ids(self, when: str | datetime, key: TileKey) -> list[int]:
        return self.dashboard(when).tile(key).record_ids

    def refs(self, when: str | datetime, key: TileKey) -> list[str]:
        return [item.ref for item in self.dashboard(when).tile(key).items]


def _staff(db: Database, login: str, role: StaffRole) -> int:
    with db.begin() as session:
        staff = Staff(login=login, name=login, role=role, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        return staff.id


@pytest.fixture
def centre(db: Database) -> Centre:
    clock = FixedClock(at("2026-11-23 10:00"))  # a Monday
    db.clock = clock
    receptionist = _staff(db, "qian", StaffRole.RECEPTIONIST)
    supervisor = _staff(db, "zhu", StaffRole.SUPERVISOR)
    steward = _staff(db, "guan", StaffRole.SERVICE_STAFF)
    with db.begin() as session:
        client = Client(name="张三", name_initials="zs")
        room = Room(
            building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201", digits="321201"
        )
        session.add_all([client, room])
        session.flush()
        client_id, room_id = client.id, room.id
    return Centre(db, clock, receptionist, supervisor, steward, client_id, room_id)


# -- an empty centre -----------------------------------------------------------------------


def test_every_tile_is_there_in_order_and_empty_on_a_new_database(db: Database) -> None:
    with db.read() as session:
        board = collect(session, at("2026-11-23 10:00"))
    assert [tile.key for tile in board.tiles] == list(TileKey)
    # Fresh database: nothing to flag except the tallies of the last 30 days (R10).
    flagged = {tile.key for tile in board.tiles if tile.count}
    assert flagged <= {TileKey.MISSING_TALLIES, TileKey.REPORTS_DUE, TileKey.REPORTS_OVERDUE}
    assert board.as_of == at("2026-11-23 10:00")
    assert [bar.label for bar in board.charts.per_month][-1] == "2026-11"
    assert len(board.charts.per_month) == 12


# -- R1 / R1w ----------------------------------------------------------------------------------


def test_first_response_exactly_at_the_due_time_and_one_second_after(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")  # Friday → due Monday 16:00
    centre.clock.current = at("2026-11-23 16:00:01")
    assert centre.ids("2026-11-23 14:59:59", TileKey.FIRST_RESPONSE_DUE_SOON) == []
    assert centre.ids("2026-11-23 15:00", TileKey.FIRST_RESPONSE_DUE_SOON) == [complaint_id]
    assert centre.ids("2026-11-23 16:00", TileKey.FIRST_RESPONSE_DUE_SOON) == [complaint_id]
    assert centre.ids("2026-11-23 16:00", TileKey.FIRST_RESPONSE_OVERDUE) == []
    board = centre.dashboard("2026-11-23 16:00:01")
    assert board.tile(TileKey.FIRST_RESPONSE_OVERDUE).record_ids == [complaint_id]
    assert board.tile(TileKey.FIRST_RESPONSE_DUE_SOON).record_ids == []
    item = board.tile(TileKey.FIRST_RESPONSE_OVERDUE).items[0]
    assert item.due == at("2026-11-23 16:00") and item.summary == "楼上漏水到我家卫生间"
    assert board.tile(TileKey.FIRST_RESPONSE_OVERDUE).urgency is Urgency.OVERDUE

    centre.act(centre.steward, complaints.record_first_response, complaint_id, "已安排维修工上门查看")
    assert centre.ids("2026-11-23 16:00:01", TileKey.FIRST_RESPONSE_OVERDUE) == []


def test_web_complaint_uses_the_r1w_due_time(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-22 21:00", channel=Channel.WEB)  # Sunday → due Mon 13:00
    assert centre.ids("2026-11-23 13:00", TileKey.FIRST_RESPONSE_OVERDUE) == []
    assert centre.ids("2026-11-23 13:00:01", TileKey.FIRST_RESPONSE_OVERDUE) == [complaint_id]


def test_a_holiday_in_between_moves_the_breach(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")
    with centre.db.begin() as session:
        session.add(CalendarOverride(day=date(2026, 11, 23), is_workday=False, note="临时假日"))
        session.flush()
        complaints.recompute_open_complaints(session)
    # Monday is now a holiday: due Tuesday 16:00.
    assert centre.ids("2026-11-23 16:00:01", TileKey.FIRST_RESPONSE_OVERDUE) == []
    assert centre.ids("2026-11-24 16:00", TileKey.FIRST_RESPONSE_OVERDUE) == []
    assert centre.ids("2026-11-24 16:00:01", TileKey.FIRST_RESPONSE_OVERDUE) == [complaint_id]


def test_a_voided_complaint_leaves_every_tile(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")
    late = "2026-11-25 10:00"
    board = centre.dashboard(late)
    assert complaint_id in board.tile(TileKey.FIRST_RESPONSE_OVERDUE).record_ids
    assert complaint_id in board.tile(TileKey.HANDLER_MISSING).record_ids
    assert complaint_id in board.tile(TileKey.CLIENTS_NOT_UPDATED).record_ids
    centre.act(centre.supervisor, complaints.void_complaint, complaint_id, "重复登记")
    board = centre.dashboard(late)
    assert all(complaint_id not in tile.record_ids for tile in board.tiles)


# -- R3 -------------------------------------------------------------------------------------


def test_hard_complaint_without_a_handler(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")  # handler due Monday 16:00
    assert centre.ids("2026-11-23 16:00", TileKey.HANDLER_MISSING) == []
    assert centre.ids("2026-11-23 16:00:01", TileKey.HANDLER_MISSING) == [complaint_id]
    centre.act(centre.supervisor, complaints.designate_handler, complaint_id, centre.steward)
    assert centre.ids("2026-11-23 16:00:01", TileKey.HANDLER_MISSING) == []


def test_client_not_updated_every_two_working_days(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")  # update due Tuesday 16:00
    assert centre.ids("2026-11-24 16:00", TileKey.CLIENTS_NOT_UPDATED) == []
    assert centre.ids("2026-11-24 16:00:01", TileKey.CLIENTS_NOT_UPDATED) == [complaint_id]
    centre.clock.current = at("2026-11-24 11:00")
    centre.act(centre.steward, complaints.add_progress, complaint_id, "已联系施工方", True)
    # Told at Tuesday 11:00: next update due Thursday 11:00.
    assert centre.ids("2026-11-24 16:00:01", TileKey.CLIENTS_NOT_UPDATED) == []
    assert centre.ids("2026-11-26 11:00:01", TileKey.CLIENTS_NOT_UPDATED) == [complaint_id]


# -- R4 --------------------------------------------------------------------------------------


def test_class_two_notice_overdue(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-23 09:30")
    centre.classify(complaint_id, ComplaintClass.DEVELOPER)  # classified Monday 10:00 → due Tue 10:00
    assert centre.ids("2026-11-24 10:00", TileKey.DEVELOPER_NOTICES_OVERDUE) == []
    assert centre.ids("2026-11-24 10:00:01", TileKey.DEVELOPER_NOTICES_OVERDUE) == [complaint_id]
    centre.act(centre.steward, complaints.record_developer_notice, complaint_id, "邮件")
    assert centre.ids("2026-11-24 10:00:01", TileKey.DEVELOPER_NOTICES_OVERDUE) == []


# -- R6 / R7 ------------------------------------------------------------------------------------


def _verified(centre: Centre, received: str) -> int:
    complaint_id = centre.register(received)
    centre.classify(complaint_id)
    centre.act(centre.steward, complaints.resolve, complaint_id, "已修复")
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    return complaint_id


def test_callbacks_due_and_overdue_and_a_reopened_complaint(centre: Centre) -> None:
    complaint_id = _verified(centre, "2026-11-23 09:30")  # verified Mon 10:00 → callback due Wed 10:00
    assert centre.ids("2026-11-23 10:00", TileKey.CALLBACKS_DUE) == [complaint_id]
    assert centre.ids("2026-11-25 10:00", TileKey.CALLBACKS_DUE) == [complaint_id]
    assert centre.ids("2026-11-25 10:00", TileKey.CALLBACKS_OVERDUE) == []
    board = centre.dashboard("2026-11-25 10:00:01")
    assert board.tile(TileKey.CALLBACKS_OVERDUE).record_ids == [complaint_id]
    assert board.tile(TileKey.CALLBACKS_DUE).record_ids == []
    assert board.tile(TileKey.HANDLER_MISSING).record_ids == []  # resolved: no handler needed

    # Dissatisfied at the callback: reopened (R7), back among the open complaints.
    centre.clock.current = at("2026-11-24 10:00")
    centre.act(
        centre.steward,
        complaints.record_callback,
        complaint_id,
        form=ContactForm.PHONE,
        satisfied=False,
        comments="仍然漏水",
    )
    board = centre.dashboard("2026-11-25 10:00:01")
    assert board.tile(TileKey.CALLBACKS_OVERDUE).record_ids == []
    assert board.tile(TileKey.CALLBACKS_DUE).record_ids == []
    assert board.tile(TileKey.HANDLER_MISSING).record_ids == [complaint_id]
    # The update clock restarts at the reopening (Tue 10:00): due Thu 10:00.
    assert centre.ids("2026-11-26 10:00", TileKey.CLIENTS_NOT_UPDATED) == []
    assert centre.ids("2026-11-26 10:00:01", TileKey.CLIENTS_NOT_UPDATED) == [complaint_id]


def test_closed_automatically_today(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-23 09:30", anonymous=True)
    centre.classify(complaint_id)
    centre.act(centre.steward, complaints.resolve, complaint_id, "已修复")  # Mon 10:00
    centre.act(centre.supervisor, complaints.verify, complaint_id)  # anonymous: exempt (R6 b)
    assert centre.ids("2026-11-23 10:00", TileKey.CALLBACKS_DUE) == []
    centre.clock.current = at("2026-11-30 10:00:30")
    centre.act(None, complaints.run_automatic_closure)  # closed at Mon 30 Nov 10:00
    assert centre.ids("2026-11-30 09:59:59", TileKey.CLOSED_AUTOMATICALLY_TODAY) == []
    assert centre.ids("2026-11-30 10:00", TileKey.CLOSED_AUTOMATICALLY_TODAY) == [complaint_id]
    assert centre.ids("2026-11-30 23:59:59", TileKey.CLOSED_AUTOMATICALLY_TODAY) == [complaint_id]
    assert centre.ids("2026-12-01 00:00", TileKey.CLOSED_AUTOMATICALLY_TODAY) == []
    assert (
        centre.dashboard("2026-11-30 12:00").tile(TileKey.CLOSED_AUTOMATICALLY_TODAY).urgency is Urgency.INFO
    )


def test_one_complaint_on_every_clock_it_breaches(centre: Centre) -> None:
    complaint_id = centre.register("2026-11-20 16:00")
    centre.classify(complaint_id, ComplaintClass.DEVELOPER)
    board = centre.dashboard("2026-11-25 10:00")
    on = {tile.key for tile in board.tiles if complaint_id in tile.record_ids}
    assert on == {
        TileKey.FIRST_RESPONSE_OVERDUE,
        TileKey.HANDLER_MISSING,
        TileKey.CLIENTS_NOT_UPDATED,
        TileKey.DEVELOPER_NOTICES_OVERDUE,
    }


# -- R17 -------------------------------------------------------------------------------------------


def test_media_alert_until_acknowledged(centre: Centre) -> None:
    result = centre.act(
        centre.receptionist,
        reception.register_media_contact,
        contact_mode=MediaContactMode.VISIT,
        outlet="南方日报",
        reporter="李记者",
        topic="电梯故障",
    )
    visit_id = result.media_visit.id  # type: ignore[attr-defined]
    board = centre.dashboard("2026-11-23 10:00")
    tile = board.tile(TileKey.MEDIA_ALERTS)
    assert tile.record_ids == [visit_id] and tile.urgency is Urgency.ALERT
    assert "南方日报" in tile.items[0].summary
    assert centre.ids("2026-11-23 09:59", TileKey.MEDIA_ALERTS) == []  # as of before the visit
    centre.act(centre.supervisor, reception.acknowledge_media_alert, visit_id)
    assert centre.ids("2026-11-23 10:00", TileKey.MEDIA_ALERTS) == []


# -- R14 / R15 ------------------------------------------------------------------------------------


def test_rectification_notice_past_its_deadline(centre: Centre) -> None:
    notice = centre.act(
        centre.receptionist,
        rectification_notices.issue_notice,
        room_id=centre.room,
        client_id=centre.client,
        issue=NoticeIssue.ILLEGAL_CONSTRUCTION,
        issue_description="露台加建阳光房",
        required_action="拆除",
        deadline=date(2026, 11, 30),
    )
    notice_id = notice.id  # type: ignore[attr-defined]
    assert centre.ids("2026-11-30 23:59", TileKey.RECTIFICATION_OVERDUE) == []  # the deadline day is not late
    assert centre.ids("2026-12-01 00:00", TileKey.RECTIFICATION_OVERDUE) == [notice_id]
    centre.act(centre.supervisor, rectification_notices.void_notice, notice_id, "误开")
    assert centre.ids("2026-12-01 00:00", TileKey.RECTIFICATION_OVERDUE) == []


def test_reminder_case_due_for_its_check(centre: Centre) -> None:
    case = centre.act(
        centre.receptionist, reminder_cases.open_case, ReminderKind.CORRIDOR_CLUTTER, location="3栋2单元12楼"
    )
    case_id = case.id  # type: ignore[attr-defined]
    with centre.db.read() as session:
        expected = [
            line.case_id for line in reminder_cases.cases_due_for_check(session, at("2026-11-26 10:00"))
        ]
    assert expected == [case_id]  # the check is due three days after the slip
    assert centre.ids("2026-11-26 09:59:59", TileKey.REMINDER_CASES_DUE) == []
    assert centre.ids("2026-11-26 10:00", TileKey.REMINDER_CASES_DUE) == [case_id]


# -- R10 ---------------------------------------------------------------------------------------


def test_missing_tallies_of_past_working_days(centre: Centre) -> None:
    with centre.db.begin() as session:
        # Thursday 19 November is a holiday here: no tally needed.
        session.add(CalendarOverride(day=date(2026, 11, 19), is_workday=False))
    centre.clock.current = at("2026-11-20 18:00")
    for day in (date(2026, 11, 18), date(2026, 11, 20)):
        centre.act(centre.supervisor, tallies.confirm_tally, day)
    refs = centre.refs("2026-11-23 08:00", TileKey.MISSING_TALLIES)
    assert "2026-11-19" not in refs and "2026-11-18" not in refs and "2026-11-20" not in refs
    assert "2026-11-17" in refs and "2026-11-23" not in refs  # today is not late yet
    assert "2026-11-23" in centre.refs("2026-11-24 08:00", TileKey.MISSING_TALLIES)


# -- R11 ------------------------------------------------------------------------------------------


def test_monthly_reports_due_overdue_and_done(centre: Centre) -> None:
    board = centre.dashboard("2026-11-23 10:00")
    overdue = [item.ref for item in board.tile(TileKey.REPORTS_OVERDUE).items]
    due = [item.ref for item in board.tile(TileKey.REPORTS_DUE).items]
    assert "complaint_analysis:2026-10" in overdue
    assert "statistics:2026-11" in due and "owner_summary:2026-11" in due
    centre.act(
        centre.supervisor, report_status.mark_report_done, ReportKind.COMPLAINT_ANALYSIS, date(2026, 10, 1)
    )
    board = centre.dashboard("2026-11-23 10:00")
    assert "complaint_analysis:2026-10" not in [
        item.ref for item in board.tile(TileKey.REPORTS_OVERDUE).items
    ]


# -- R13q -------------------------------------------------------------------------------------------


def test_interview_quotas_and_missed_move_in_visits(centre: Centre) -> None:
    with centre.db.begin() as session:
        moved = Client(name="李四", name_initials="ls", move_in_date=date(2026, 11, 10))
        visited = Client(name="王五", name_initials="ww", move_in_date=date(2026, 11, 10))
        session.add_all([moved, visited])
        session.flush()
        moved_id, visited_id = moved.id, visited.id
    centre.act(
        centre.supervisor,
        interviews.record_interview,
        client_id=visited_id,
        interviewer_id=centre.supervisor,
        interview_date=date(2026, 11, 17),  # the 7th day after moving in: in time
        form=ContactForm.HOME_VISIT,
        topics=[InterviewTopic.SECURITY],
        safety_advice=[SafetyAdvice.HOME_ALARM],  # R13q amended: the home-alarm guidance
    )
    board = centre.dashboard("2026-11-23 10:00")
    assert board.tile(TileKey.MISSED_MOVE_IN_VISITS).record_ids == [moved_id]
    # Last month nobody interviewed anybody: both the supervisor (2) and the steward (10).
    last = {item.record_id: item for item in board.tile(TileKey.INTERVIEW_QUOTA_LAST_MONTH).items}
    assert set(last) == {centre.supervisor, centre.steward}
    # This month the supervisor has done one of two.
    this = {item.record_id: item for item in board.tile(TileKey.INTERVIEW_QUOTA_THIS_MONTH).items}
    assert "1 / 2" in this[centre.supervisor].summary
    assert centre.receptionist not in this  # no quota


# -- section 3 ----------------------------------------------------------------------------------


def test_holiday_calendar_warning(centre: Centre) -> None:
    assert centre.ids("2026-11-23 10:00", TileKey.CALENDAR_WARNING) == []
    assert centre.refs("2026-12-15 10:00", TileKey.CALENDAR_WARNING) == ["2027"]
    with centre.db.begin() as session:
        session.add(CalendarOverride(day=date(2027, 1, 1), is_workday=False, note="元旦"))
    assert centre.refs("2026-12-15 10:00", TileKey.CALENDAR_WARNING) == []


# -- JSON and the command line ------------------------------------------------------------------


def test_json_is_stable_sorted_and_documented(centre: Centre) -> None:
    centre.register("2026-11-20 16:00")
    board = centre.dashboard("2026-11-25 10:00")
    text = to_json(board)
    assert text == to_json(centre.dashboard("2026-11-25 10:00"))
    document = json.loads(text)
    assert list(document) == sorted(document)
    assert list(document["tiles"]) == sorted(t.value for t in TileKey)
    tile = document["tiles"]["first_response_overdue"]
    assert sorted(tile) == ["count", "ids", "items", "open_kind", "rule", "title", "urgency"]
    assert tile["count"] == 1 and tile["items"][0]["due"] == "2026-11-23T16:00:00+08:00"
    assert document == to_json_dict(board) | {}
    documented = set(re.findall(r"`([a-z_0-9]+)`", DOCS.read_text(encoding="utf-8")))
    assert {key.value for key in TileKey} <= documented
    assert {"version", "as_of", "tiles", "charts", "per_month", "by_class", "by_root_cause"} <= documented


def test_command_line_json(centre: Centre, capsys: pytest.CaptureFixture[str]) -> None:
    complaint_id = centre.register("2026-11-20 16:00")
    url = centre.db.url.render_as_string(hide_password=False)
    assert main(["dashboard", "--json", "--at", "2026-11-23T16:00:01", "--database", url]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["as_of"] == "2026-11-23T16:00:01+08:00"
    assert document["tiles"]["first_response_overdue"]["ids"] == [complaint_id]
    assert main(["dashboard", "--at", "2026-11-23T16:00", "--database", url]) == 0
    text = capsys.readouterr().out
    assert "首次回应一小时内到期" in text and "TS-202611-" in text
    assert main(["dashboard", "--at", "yesterday", "--database", url]) == 2


def test_counts_match_the_records(centre: Centre) -> None:
    for received in ("2026-11-20 10:00", "2026-11-20 16:00", "2026-11-23 09:00"):
        centre.register(received)
    board = centre.dashboard("2026-11-23 16:30")
    with centre.db.read() as session:
        late = session.scalars(
            select(Complaint.id).where(Complaint.first_response_due < at("2026-11-23 16:30"))
        ).all()
    assert board.tile(TileKey.FIRST_RESPONSE_OVERDUE).count == len(late) == 2
    assert board.as_of + timedelta(0) == at("2026-11-23 16:30")


def test_chart_labels_of_the_unclassified_are_the_reports_labels() -> None:
    """The dashboard writes its own (translatable) copies of the reports' labels."""
    from desk_app.services import dashboard as board
    from desk_app.services import statistics

    assert board._UNCLASSIFIED == statistics.UNCLASSIFIED_LABEL
    assert board._NO_ROOT_CAUSE == statistics.NO_ROOT_CAUSE_LABEL
