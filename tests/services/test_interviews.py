"""Client interviews (SPEC 2.4) and R13q: the interview form and its checks, the R12
warning and its confirmation, monthly plans, quotas, move-in visits and interviewer
suggestions, on SQLite and PostgreSQL."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    ClientRoom,
    Interview,
    InterviewPlan,
    InterviewPlanTarget,
    Room,
    Staff,
)
from desk_app.models.database import Database
from desk_app.models.enums import ContactForm, InterviewTopic, SafetyAdvice, Satisfaction, StaffRole
from desk_app.services import interviews
from desk_app.services.errors import FieldError, NotFoundError, PermissionDeniedError, RuleViolationError

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=SH)
_SERIAL = itertools.count(1)


@dataclass
class Centre:
    db: Database
    supervisor: int
    steward: int
    receptionist: int
    client: int
    room: int

    def staff(self, login: str, role: StaffRole, hometown: str | None = None, active: bool = True) -> int:
        with self.db.begin() as session:
            staff = Staff(
                login=login,
                name=login,
                role=role,
                hometown=hometown,
                active=active,
                cleared_to_work_alone=True,
            )
            session.add(staff)
            session.flush()
            return staff.id

    def client_with_room(self, name: str, code: str, **fields: Any) -> tuple[int, int]:
        building, unit, number = code.split("-")
        with self.db.begin() as session:
            block = session.scalars(select(Building).where(Building.code == building)).one_or_none()
            room = Room(
                building=block or Building(code=building, name=f"{building}栋"),
                unit=unit,
                number=number,
                code=code,
                digits=Room.digits_of(code),
            )
            client = Client(name=name, rooms=[ClientRoom(room=room)], **fields)
            session.add(client)
            session.flush()
            return client.id, room.id

    def bare_client(self, **fields: Any) -> int:
        with self.db.begin() as session:
            client = Client(name=f"业主{next(_SERIAL)}", **fields)
            session.add(client)
            session.flush()
            return client.id

    def interview(self, actor: int | None = None, **fields: Any) -> Interview:
        values: dict[str, Any] = {
            "client_id": self.client,
            "interviewer_id": self.steward,
            "interview_date": TODAY,
            "form": ContactForm.HOME_VISIT,
            "topics": [InterviewTopic.CLEANING],
        }
        values.update(fields)
        with self.db.begin(actor_id=actor) as session:
            return interviews.record_interview(session, **values)

    def void(self, interview_id: int) -> None:
        with self.db.begin(actor_id=self.supervisor) as session:  # issue 7: supervisors void
            interviews.void_interview(session, interview_id, "录入错误")

    def count(self) -> int:
        with self.db.read() as session:
            return session.scalar(select(func.count(Interview.id))) or 0


@pytest.fixture
def centre(db: Database) -> Centre:
    db.clock = FixedClock(NOW)
    centre = Centre(db, 0, 0, 0, 0, 0)
    centre.supervisor = centre.staff("zhu", StaffRole.SUPERVISOR)
    centre.steward = centre.staff("guan", StaffRole.SERVICE_STAFF)
    centre.receptionist = centre.staff("qian", StaffRole.RECEPTIONIST)
    centre.client, centre.room = centre.client_with_room("张三", "3-2-1201", move_in_date=date(2026, 11, 16))
    return centre


# -- the interview form ---------------------------------------------------------------------


def test_record_interview_fills_the_form(centre: Centre) -> None:
    interview = centre.interview(
        form="电话",  # the Chinese label is accepted too
        topics=[InterviewTopic.SURROUNDINGS, "cleaning", "安全管理", InterviewTopic.CLEANING],
        client_needs="  希望增加儿童游乐设施 ",
        measures="",
        overall_satisfaction=Satisfaction.SATISFIED,
        callback_satisfaction="very_satisfied",
        safety_advice=[SafetyAdvice.BEWARE_TAILGATING, SafetyAdvice.HOME_ALARM],
    )
    with centre.db.read() as session:
        saved = session.get(Interview, interview.id)
        assert saved is not None
        assert saved.number.startswith("FT-202611-")
        assert saved.form is ContactForm.PHONE
        # Each topic once, in the order of the paper form.
        assert saved.topics == ["security", "cleaning", "surroundings"]
        assert saved.safety_advice == ["home_alarm", "beware_tailgating"]
        assert saved.client_needs == "希望增加儿童游乐设施" and saved.measures is None
        assert saved.overall_satisfaction is Satisfaction.SATISFIED
        assert saved.callback_satisfaction is Satisfaction.VERY_SATISFIED
        assert saved.room_id == centre.room  # the client's room by default
        assert not saved.is_move_in_visit and saved.voided_at is None  # a phone call is no move-in visit


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"form": "fax"}, "form"),
        ({"topics": []}, "topics"),
        ({"topics": ["gardening"]}, "topics"),
        ({"topics": "cleaning"}, "topics"),  # a bare string is not a checklist
        ({"safety_advice": ["lock_the_car"]}, "safety_advice"),
        ({"overall_satisfaction": "ecstatic"}, "overall_satisfaction"),
        ({"callback_satisfaction": 6}, "callback_satisfaction"),
        ({"interview_date": TODAY + timedelta(days=1)}, "interview_date"),
        ({"client_id": 9999}, "client_id"),
        ({"interviewer_id": 9999}, "interviewer_id"),
        ({"room_id": 9999}, "room_id"),
    ],
)
def test_record_interview_names_the_bad_field(centre: Centre, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as error:
        centre.interview(**fields)
    assert error.value.field == field
    assert centre.count() == 0


def test_receptionists_do_not_interview(centre: Centre) -> None:
    with pytest.raises(FieldError, match="前台") as error:
        centre.interview(interviewer_id=centre.receptionist)
    assert error.value.field == "interviewer_id"


def test_a_move_in_visit_needs_a_move_in_date(centre: Centre) -> None:
    client, _ = centre.client_with_room("李四", "3-2-1202")
    with pytest.raises(FieldError) as error:
        centre.interview(client_id=client, is_move_in_visit=True)
    assert error.value.field == "is_move_in_visit" and error.value.rule == "R13q"


def test_interview_date_is_the_local_date(centre: Centre) -> None:
    # 16:30 UTC on the 24th is already 00:30 on the 25th in Shanghai.
    centre.db.clock = FixedClock(datetime(2026, 11, 24, 16, 30, tzinfo=ZoneInfo("UTC")))
    centre.interview(interview_date=date(2026, 11, 25), call_time_note="客户约定凌晨回电")  # R24
    with pytest.raises(FieldError):
        centre.interview(interview_date=date(2026, 11, 26))


# -- R12 -----------------------------------------------------------------------------------


def _do_not_disturb(centre: Centre, client_id: int, reason: str = "不希望被上门打扰") -> None:
    with centre.db.begin() as session:
        client = session.get(Client, client_id)
        assert client is not None
        client.do_not_disturb, client.do_not_disturb_reason = True, reason


def test_do_not_disturb_warns_then_records_when_confirmed(centre: Centre) -> None:
    _do_not_disturb(centre, centre.client)
    with pytest.raises(interviews.DoNotDisturbWarning, match="不希望被上门打扰") as warning:
        centre.interview()
    assert isinstance(warning.value, RuleViolationError)
    assert warning.value.rule == "R12" and warning.value.reason == "不希望被上门打扰"
    assert centre.count() == 0
    centre.interview(confirm_do_not_disturb=True)
    assert centre.count() == 1


def test_field_errors_come_before_the_do_not_disturb_question(centre: Centre) -> None:
    """Confirming R12 and then meeting a field error would ask twice."""
    _do_not_disturb(centre, centre.client)
    with pytest.raises(FieldError):
        centre.interview(topics=[])


def test_void_interview(centre: Centre) -> None:
    interview = centre.interview()
    with pytest.raises(PermissionDeniedError), centre.db.begin(actor_id=centre.steward) as session:
        interviews.void_interview(session, interview.id, "录入错误")  # issue 7: supervisors void
    centre.void(interview.id)
    with centre.db.read() as session:
        saved = session.get(Interview, interview.id)
        assert saved is not None and saved.voided_at == NOW and saved.void_reason == "录入错误"
    with pytest.raises(NotFoundError):
        centre.void(interview.id)
    with pytest.raises(FieldError) as error, centre.db.begin() as session:
        interviews.void_interview(session, interview.id, " ")
    assert error.value.field == "void_reason"


# -- monthly plans ---------------------------------------------------------------------------


def _plan(centre: Centre, actor: int | None = None, **fields: Any) -> interviews.SavedPlan:
    values: dict[str, Any] = {"interviewer_id": centre.steward, "month": date(2026, 11, 15)}
    values.update(fields)
    with centre.db.begin(actor_id=centre.supervisor if actor is None else actor) as session:
        return interviews.save_plan(session, **values)


def test_one_plan_per_interviewer_and_month(centre: Centre) -> None:
    other, other_room = centre.client_with_room("王五", "5-1-0101")
    first = _plan(centre, client_ids=[centre.client, centre.client], notes="重点：新入住")
    assert first.month == date(2026, 11, 1)  # any day names its month
    assert first.client_ids == (centre.client,) and first.room_ids == () and first.warnings == ()

    again = _plan(centre, month=date(2026, 11, 30), client_ids=[other], room_ids=[other_room])
    assert again.plan_id == first.plan_id
    assert again.client_ids == (other,) and again.room_ids == (other_room,)
    with centre.db.read() as session:
        plans = session.scalars(select(InterviewPlan)).all()
        assert len(plans) == 1 and plans[0].notes is None
        targets = session.scalars(select(InterviewPlanTarget)).all()
        assert len(targets) == 2

    december = _plan(centre, month=date(2026, 12, 1), client_ids=[other])
    assert december.plan_id != first.plan_id


def test_plan_warns_about_do_not_disturb_targets(centre: Centre) -> None:
    _do_not_disturb(centre, centre.client, "只接受书面沟通")
    neighbour, neighbour_room = centre.client_with_room("赵六", "3-2-1203")
    _do_not_disturb(centre, neighbour, "夜班，白天休息")
    saved = _plan(centre, client_ids=[centre.client], room_ids=[neighbour_room, centre.room])
    # The plan is saved (an intention is not an error); one warning per client.
    assert saved.client_ids == (centre.client,) and set(saved.room_ids) == {neighbour_room, centre.room}
    assert len(saved.warnings) == 2
    assert "只接受书面沟通" in saved.warnings[0]
    assert saved.warnings[1].startswith("3-2-1203：") and "夜班，白天休息" in saved.warnings[1]


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({}, "targets"),
        ({"client_ids": [9999]}, "client_ids"),
        ({"room_ids": [9999]}, "room_ids"),
    ],
)
def test_plan_field_errors(centre: Centre, fields: dict[str, Any], field: str) -> None:
    with pytest.raises(FieldError) as error:
        _plan(centre, **fields)
    assert error.value.field == field


def test_only_supervisors_and_heads_plan(centre: Centre) -> None:
    with pytest.raises(PermissionDeniedError):
        _plan(centre, actor=centre.steward, client_ids=[centre.client])
    with pytest.raises(FieldError) as error:
        _plan(centre, interviewer_id=centre.receptionist, client_ids=[centre.client])
    assert error.value.field == "interviewer_id"


def test_an_interview_ticks_off_its_plan_target(centre: Centre) -> None:
    other, other_room = centre.client_with_room("王五", "5-1-0101")
    _plan(centre, client_ids=[centre.client], room_ids=[other_room])
    done = centre.interview()
    by_room = centre.interview(client_id=other)
    with centre.db.read() as session:
        linked = {
            t.client_id or t.room_id: t.interview_id for t in session.scalars(select(InterviewPlanTarget))
        }
    assert linked == {centre.client: done.id, other_room: by_room.id}

    # Left out of the next version of the plan, done targets stay on it.
    again = _plan(centre, client_ids=[other])
    assert set(again.client_ids) == {centre.client, other} and again.room_ids == (other_room,)

    # Voiding the interview opens the target again.
    centre.void(done.id)
    with centre.db.read() as session:
        target = session.scalars(
            select(InterviewPlanTarget).where(InterviewPlanTarget.client_id == centre.client)
        ).one()
        assert target.interview_id is None


# -- R13q quotas -----------------------------------------------------------------------------


def test_quota_progress(centre: Centre) -> None:
    head = centre.staff("jing", StaffRole.DEPARTMENT_HEAD)
    second = centre.staff("xiao", StaffRole.SERVICE_STAFF)
    centre.staff("left", StaffRole.SERVICE_STAFF, active=False)
    centre.staff("admin", StaffRole.ADMINISTRATOR)
    centre.interview(interviewer_id=centre.supervisor, interview_date=date(2026, 11, 1))
    voided = centre.interview(interviewer_id=centre.supervisor, interview_date=date(2026, 11, 2))
    centre.void(voided.id)
    # Month boundaries: the last day of October and the first of December do not count.
    centre.interview(interviewer_id=centre.supervisor, interview_date=date(2026, 10, 31))
    for day in range(1, 11):
        centre.interview(interviewer_id=centre.steward, interview_date=date(2026, 11, day))
    centre.interview(interviewer_id=second, interview_date=date(2026, 11, 24))

    with centre.db.read() as session:
        progress = interviews.quota_progress(session, date(2026, 11, 17))
        december = interviews.quota_progress(session, date(2026, 12, 1))
        october = interviews.quota_progress(session, date(2026, 10, 9))
        # The dashboard's two months in one pass (any days of them, in any order) are each
        # month read alone.
        several = interviews.quota_progress_of_months(
            session, [date(2026, 12, 31), date(2026, 10, 1), date(2026, 11, 17)]
        )
    assert several == {date(2026, 10, 1): october, date(2026, 11, 1): progress, date(2026, 12, 1): december}
    assert [p.done for p in october if p.staff_id == centre.supervisor] == [1]
    rows = {(p.name, p.role, p.quota, p.done, p.shortfall) for p in progress}
    assert rows == {
        ("zhu", StaffRole.SUPERVISOR, 2, 1, 1),
        ("guan", StaffRole.SERVICE_STAFF, 10, 10, 0),
        ("xiao", StaffRole.SERVICE_STAFF, 10, 1, 9),
        ("jing", StaffRole.DEPARTMENT_HEAD, 2, 0, 2),
    }
    # Receptionists, administrators and inactive staff have no quota; biggest gap first.
    assert [p.name for p in progress] == ["xiao", "jing", "zhu", "guan"]
    assert {p.staff_id for p in progress} == {centre.supervisor, centre.steward, second, head}
    assert all(p.done == 0 and p.shortfall == p.quota for p in december)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    days=st.lists(
        st.tuples(st.integers(min_value=-40, max_value=40), st.booleans()),  # days from 15 Nov; voided
        max_size=14,
    )
)
def test_quota_counts_the_months_live_interviews(centre: Centre, days: list[tuple[int, bool]]) -> None:
    staff = centre.staff(f"s{next(_SERIAL)}", StaffRole.SERVICE_STAFF)
    with centre.db.begin() as session:
        for offset, voided in days:
            session.add(
                Interview(
                    client_id=centre.client,
                    interviewer_id=staff,
                    interview_date=date(2026, 11, 15) + timedelta(days=offset),
                    form=ContactForm.PHONE,
                    topics=["cleaning"],
                    voided_at=NOW if voided else None,
                )
            )
    with centre.db.read() as session:
        row = next(p for p in interviews.quota_progress(session, date(2026, 11, 1)) if p.staff_id == staff)
    done = sum(1 for offset, voided in days if not voided and -15 < offset <= 15)  # 1–30 November
    assert row.done == done and row.shortfall == max(0, 10 - done)


# -- R13q move-in visits -------------------------------------------------------------------


def _visit_state(centre: Centre, client_id: int, today: date, lookback: int = 90) -> str:
    with centre.db.read() as session:
        due = [v for v in interviews.move_in_visits_due(session, today) if v.client_id == client_id]
        missed = [
            v for v in interviews.missed_move_in_visits(session, today, lookback) if v.client_id == client_id
        ]
    assert not (due and missed)
    return "due" if due else "missed" if missed else "-"


@pytest.mark.parametrize(
    ("today", "visits", "state"),
    [
        ("2026-11-16", [], "due"),  # the move-in day itself
        ("2026-11-23", [], "due"),  # day 7: still inside the window
        ("2026-11-24", [], "missed"),
        ("2026-11-24", ["2026-11-20"], "-"),
        ("2026-11-24", ["2026-11-16"], "-"),  # on the move-in day
        ("2026-11-24", ["2026-11-23"], "-"),  # on day 7
        ("2026-11-24", ["2026-11-15"], "missed"),  # before moving in is not the visit
        ("2026-11-24", ["-2026-11-20"], "missed"),  # a voided visit
        ("2026-11-24", ["2026-11-24"], "missed"),  # late: the miss stands
        ("2026-11-20", ["2026-11-18"], "-"),
        ("2026-11-15", [], "-"),  # not moved in yet
        ("2027-02-14", [], "missed"),  # 90 days after moving in
        ("2027-02-15", [], "-"),  # older than the look-back
    ],
)
def test_move_in_visit_window(centre: Centre, today: str, visits: list[str], state: str) -> None:
    for visit in visits:
        interview = centre.interview(
            interview_date=date.fromisoformat(visit.lstrip("-")), safety_advice=[SafetyAdvice.HOME_ALARM]
        )
        if visit.startswith("-"):
            centre.void(interview.id)
    assert _visit_state(centre, centre.client, date.fromisoformat(today)) == state


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    clients=st.lists(
        st.tuples(
            st.integers(min_value=-100, max_value=5),  # move-in, days from "today"
            st.booleans(),  # objects to visits (R12)
            st.lists(
                st.tuples(st.integers(min_value=-3, max_value=20), st.booleans(), st.booleans()), max_size=3
            ),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_missed_visits_agree_with_a_plain_reading_of_r13q(
    centre: Centre, clients: list[tuple[int, bool, list[tuple[int, bool, bool]]]]
) -> None:
    """Each client: move-in day, do-not-disturb, interviews (days after the move-in,
    voided?, a proper visit?). Expected: missed when move-in + 7 < today, within the
    look-back, no live proper visit on move-in … move-in + 7; the late visit is the
    first live proper one after that up to today. A proper visit (R13q amended, issue
    14) is 上门 with the home-alarm guidance; a phone interview never counts."""
    today = date(2026, 11, 26)
    centre.db.clock = FixedClock(datetime(2027, 1, 1, tzinfo=SH))  # later interviews may be entered
    expected: dict[int, tuple[date, date | None]] = {}
    created: set[int] = set()  # the fixture's database outlives one example
    for offset, refuses, visits in clients:
        move_in = today + timedelta(days=offset)
        client_id = centre.bare_client(move_in_date=move_in)
        created.add(client_id)
        live: list[date] = []
        for after, voided, proper in visits:
            interview = centre.interview(
                client_id=client_id,
                interview_date=move_in + timedelta(days=after),
                form=ContactForm.HOME_VISIT if proper else ContactForm.PHONE,
                safety_advice=[SafetyAdvice.HOME_ALARM] if proper else [],
            )
            if voided:
                centre.void(interview.id)
            elif proper:
                live.append(move_in + timedelta(days=after))
        if refuses:  # after the interviews, which would otherwise ask for the R12 warning
            with centre.db.begin() as session:
                session.get_one(Client, client_id).do_not_disturb = True
        deadline = move_in + timedelta(days=7)
        in_window = any(move_in <= day <= deadline for day in live)
        if not refuses and deadline < today and move_in >= today - timedelta(days=90) and not in_window:
            late = sorted(day for day in live if deadline < day <= today)
            expected[client_id] = (move_in, late[0] if late else None)
    with centre.db.read() as session:
        found = {
            visit.client_id: (visit.move_in_date, visit.visited_late_on)
            for visit in interviews.missed_move_in_visits(session, today)
            if visit.client_id in created
        }
    assert found == expected


def test_the_live_interviews_index_of_migration_0008_changes_no_result(centre: Centre) -> None:
    """Issue 18: migration 0008's partial index on a client's live interviews by date
    serves the dashboard's R13q query; with it and without it the same clients are
    missed, with the same late visits, on both databases."""
    from sqlalchemy import inspect, text

    today = date(2026, 11, 26)
    centre.db.clock = FixedClock(datetime(2027, 1, 1, tzinfo=SH))
    for number in range(12):
        move_in = today - timedelta(days=8 + 5 * number)
        client_id = centre.bare_client(move_in_date=move_in)
        for after in range(number % 4):  # none, in the window, late, voided
            interview = centre.interview(
                client_id=client_id, interview_date=move_in + timedelta(days=3 + 4 * after)
            )
            if after == 2:
                centre.void(interview.id)

    def missed() -> list[tuple[int, date, date | None]]:
        with centre.db.read() as session:
            return [
                (visit.client_id, visit.move_in_date, visit.visited_late_on)
                for visit in interviews.missed_move_in_visits(session, today)
            ]

    indexes = {index["name"] for index in inspect(centre.db.engine).get_indexes("interview")}
    assert "ix_interview_client_date_live" in indexes
    with_index = missed()
    assert len(with_index) >= 4
    with centre.db.engine.begin() as connection:
        connection.execute(text("DROP INDEX ix_interview_client_date_live"))
    try:
        assert missed() == with_index
    finally:
        with centre.db.engine.begin() as connection:
            connection.execute(
                text(
                    "CREATE INDEX ix_interview_client_date_live ON interview (client_id, interview_date) "
                    "WHERE voided_at IS NULL"
                )
            )


def test_move_in_visit_details(centre: Centre) -> None:
    with centre.db.read() as session:
        (due,) = interviews.move_in_visits_due(session, date(2026, 11, 20))
        assert due.client_id == centre.client and due.rooms == ("3-2-1201",)
        assert due.deadline == date(2026, 11, 23) and due.days_left == 3 and due.warning is None
    centre.interview(interview_date=date(2026, 11, 24), safety_advice=[SafetyAdvice.HOME_ALARM])
    with centre.db.read() as session:
        (missed,) = interviews.missed_move_in_visits(session, date(2026, 11, 26))
        assert missed.move_in_date == date(2026, 11, 16) and missed.deadline == date(2026, 11, 23)
        assert missed.days_overdue == 3 and missed.visited_late_on == date(2026, 11, 24)
        assert interviews.missed_move_in_visits(session, date(2027, 3, 1), lookback_days=200)
        # Default: the clock's local date.
        assert [m.client_id for m in interviews.missed_move_in_visits(session)] == [centre.client]


def test_move_in_visits_and_do_not_disturb(centre: Centre) -> None:
    """R12: a refusing client is on the due list with the warning, and never missed."""
    _do_not_disturb(centre, centre.client, "不需要拜访")
    with centre.db.read() as session:
        (due,) = interviews.move_in_visits_due(session, date(2026, 11, 17))
        assert due.warning is not None and "不需要拜访" in due.warning
    assert _visit_state(centre, centre.client, date(2026, 11, 24)) == "-"


def test_voided_clients_need_no_visit(centre: Centre) -> None:
    with centre.db.begin() as session:
        client = session.get(Client, centre.client)
        assert client is not None
        client.voided_at, client.void_reason = NOW, "重复建档"
    assert _visit_state(centre, centre.client, date(2026, 11, 20)) == "-"
    assert _visit_state(centre, centre.client, date(2026, 11, 24)) == "-"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    moved_in_ago=st.integers(min_value=-3, max_value=100),
    visits=st.lists(st.integers(min_value=-5, max_value=20), max_size=3),  # days after moving in
)
def test_move_in_visit_property(centre: Centre, moved_in_ago: int, visits: list[int]) -> None:
    """Due exactly inside the window without a visit in it; missed exactly past it
    (within the look-back) without one; never both."""
    move_in = TODAY - timedelta(days=moved_in_ago)
    client = centre.bare_client(move_in_date=move_in)
    with centre.db.begin() as session:
        for after in visits:
            if move_in + timedelta(days=after) <= TODAY:
                session.add(
                    Interview(
                        client_id=client,
                        interviewer_id=centre.steward,
                        interview_date=move_in + timedelta(days=after),
                        form=ContactForm.HOME_VISIT,
                        safety_advice=[SafetyAdvice.HOME_ALARM],
                        topics=["cleaning"],
                    )
                )
    visited = any(0 <= after <= 7 and move_in + timedelta(days=after) <= TODAY for after in visits)
    if 0 <= moved_in_ago <= 7 and not visited:
        expected = "due"
    elif 7 < moved_in_ago <= 90 and not visited:
        expected = "missed"
    else:
        expected = "-"
    assert _visit_state(centre, client, TODAY) == expected


# -- R13q choosing an interviewer -----------------------------------------------------------


@pytest.mark.parametrize(
    ("client", "staff", "shared"),
    [
        ("湖南长沙", "湖南长沙", "湖南长沙"),
        ("湖南长沙", "湖南省长沙市", "湖南长沙"),
        ("湖南长沙", "湖南", "湖南"),
        ("湖南", "湖南长沙", "湖南"),
        ("湖南长沙", "湖南岳阳", "湖南"),
        ("湖南", "湖北", None),
        ("广西壮族自治区桂林市", "广西 桂林", "广西桂林"),
        ("内蒙古包头", "内蒙古自治区呼和浩特市", "内蒙古"),
        ("北京市", "北京", "北京"),
        ("潮汕", "潮汕", "潮汕"),  # not a province: only itself
        ("潮汕", "广东潮州", None),
        (None, "湖南", None),
        ("湖南", None, None),
        (" ", " ", None),
    ],
)
def test_hometown_match(client: str | None, staff: str | None, shared: str | None) -> None:
    assert interviews.hometown_match(client, staff) == shared


_PLACES = st.sampled_from(
    ["湖南", "湖南长沙", "湖南省长沙市", "湖南岳阳", "湖北孝感", "湖北", "潮汕", "", None]
)


@given(a=_PLACES, b=_PLACES)
def test_hometown_match_is_symmetric_and_reflexive(a: str | None, b: str | None) -> None:
    assert interviews.hometown_match(a, b) == interviews.hometown_match(b, a)
    if a:
        assert interviews.hometown_match(a, a) is not None


def test_suggestions_put_the_same_hometown_first(centre: Centre) -> None:
    with centre.db.begin() as session:
        client = session.get(Client, centre.client)
        assert client is not None
        client.hometown = "湖南长沙"
    busy = centre.staff("busy", StaffRole.SERVICE_STAFF, "湖南长沙")
    written = centre.staff("written", StaffRole.SUPERVISOR, "湖南省长沙市")
    province = centre.staff("province", StaffRole.DEPARTMENT_HEAD, "湖南")
    centre.staff("away", StaffRole.SERVICE_STAFF, "湖南长沙", active=False)
    centre.staff("desk", StaffRole.RECEPTIONIST, "湖南长沙")
    for _ in range(3):
        centre.interview(interviewer_id=busy)
    centre.interview(interviewer_id=written)
    centre.interview(interviewer_id=centre.steward, interview_date=date(2026, 10, 30))  # last month
    with centre.db.read() as session:
        suggestions = interviews.suggest_interviewers(session, centre.client, limit=10)
        top_two = interviews.suggest_interviewers(session, centre.client, limit=2)
    assert [s.staff_id for s in suggestions] == [written, busy, province, centre.steward, centre.supervisor]
    assert suggestions[0].reason == "同乡：湖南长沙；本月访谈 1 次"
    assert suggestions[1].interviews_this_month == 3
    assert suggestions[2].reason == "同乡：湖南；本月访谈 0 次" and suggestions[2].same_hometown == "湖南"
    assert suggestions[3].reason == "本月访谈 0 次" and suggestions[3].same_hometown is None
    assert [s.staff_id for s in top_two] == [written, busy]


def test_suggestions_without_a_hometown_go_by_workload(centre: Centre) -> None:
    centre.interview(interviewer_id=centre.steward)
    with centre.db.read() as session:
        suggestions = interviews.suggest_interviewers(session, centre.client)
    assert [s.staff_id for s in suggestions] == [centre.supervisor, centre.steward]
    with pytest.raises(NotFoundError), centre.db.read() as session:
        interviews.suggest_interviewers(session, 9999)
