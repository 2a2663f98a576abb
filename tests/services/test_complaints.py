"""The complaint lifecycle: every transition, legal and illegal (each refusal names its
rule), breaches, due-time recomputation, R7 automatic closure and reopening, R8 counting,
R12 do-not-disturb, on SQLite and PostgreSQL."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import CalendarOverride, Client, Complaint, ComplaintBreach, Staff
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ClosureKind,
    ComplaintClass,
    ComplaintClock,
    ComplaintStatus,
    ContactForm,
    RootCause,
    StaffRole,
)
from desk_app.services import complaints
from desk_app.services.errors import (
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)

SH = ZoneInfo("Asia/Shanghai")


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

    def act(self, actor: int | None, fn: Callable[..., object], *args: object, **kwargs: object) -> object:
        with self.db.begin(actor_id=actor) as session:
            return fn(session, *args, **kwargs)

    def get(self, complaint_id: int) -> Complaint:
        with self.db.read() as session:
            complaint = session.get(Complaint, complaint_id)
            assert complaint is not None
            return complaint

    def register(self, **kwargs: object) -> int:
        values: dict[str, object] = {
            "received_at": self.clock.now(),
            "channel": Channel.CALL,
            "description": "楼上漏水到我家卫生间",
            "client_id": self.client,
        }
        values.update(kwargs)
        complaint = self.act(self.receptionist, complaints.register_complaint, **values)
        assert isinstance(complaint, Complaint)
        return complaint.id

    def classified_and_resolved(self, complaint_id: int, **resolve: object) -> None:
        self.act(
            self.steward,
            complaints.classify,
            complaint_id,
            ComplaintClass.PROPERTY_SERVICE,
            business_line=BusinessLine.MAINTENANCE,
            root_cause=RootCause.QUALITY,
        )
        self.act(self.steward, complaints.resolve, complaint_id, "已更换楼上防水层", **resolve)


def _staff(session_db: Database, login: str, name: str, role: StaffRole) -> int:
    with session_db.begin() as session:
        staff = Staff(login=login, name=name, role=role, cleared_to_work_alone=True)
        session.add(staff)
        session.flush()
        return staff.id


def make_centre(db: Database) -> Centre:
    clock = FixedClock(at("2026-11-23 10:00"))  # a Monday
    db.clock = clock
    receptionist = _staff(db, "qian", "钱前台", StaffRole.RECEPTIONIST)
    supervisor = _staff(db, "zhu", "朱主管", StaffRole.SUPERVISOR)
    steward = _staff(db, "guan", "管家小王", StaffRole.SERVICE_STAFF)
    with db.begin() as session:
        client = Client(name="张三", name_initials="zs")
        session.add(client)
        session.flush()
        client_id = client.id
    return Centre(db, clock, receptionist, supervisor, steward, client_id)


@pytest.fixture
def centre(db: Database) -> Centre:
    return make_centre(db)


def test_register_starts_the_clocks(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-20 16:00"))  # Friday
    complaint = centre.get(complaint_id)
    assert complaint.number.startswith("TS-202611-")
    assert complaint.status is ComplaintStatus.RECEIVED
    assert complaint.first_response_due == at("2026-11-23 16:00")  # R1
    assert complaint.handler_due == at("2026-11-23 16:00")  # R3
    assert complaint.next_update_due == at("2026-11-24 16:00")  # R3, 2 working days
    assert complaint.developer_notice_due is None and complaint.callback_due is None


def test_web_complaint_uses_r1w(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-22 21:00"), channel=Channel.WEB)
    assert centre.get(complaint_id).first_response_due == at("2026-11-23 13:00")
    with pytest.raises(FieldError, match="具体措施") as error:
        centre.act(centre.steward, complaints.draft_web_reply, complaint_id, "  ")
    assert error.value.rule == "R1w"


def test_happy_path_to_closure_at_a_satisfied_callback(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.act(
        centre.steward, complaints.record_first_response, complaint_id, "已联系工程部，今天下午上门查看"
    )
    centre.act(centre.supervisor, complaints.designate_handler, complaint_id, centre.steward)
    centre.act(centre.steward, complaints.add_progress, complaint_id, "工程部已查明漏水点", True)
    centre.classified_and_resolved(complaint_id)
    assert centre.get(complaint_id).status is ComplaintStatus.RESOLVED
    centre.act(centre.supervisor, complaints.verify, complaint_id, "现场查看无渗水")
    verified = centre.get(complaint_id)
    assert verified.status is ComplaintStatus.VERIFIED and verified.verified_by_id == centre.supervisor
    assert verified.callback_due == at("2026-11-25 10:00")  # R6: 2 working days
    centre.clock.advance(timedelta(days=1))
    centre.act(
        centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
    )
    closed = centre.get(complaint_id)
    assert closed.status is ComplaintStatus.CLOSED
    assert closed.closure_kind is ClosureKind.CALLBACK_SATISFIED and closed.closed_at == at(
        "2026-11-24 10:00"
    )
    assert closed.callback_due is None and closed.next_update_due is None
    with centre.db.read() as session:
        loaded = session.get(Complaint, complaint_id)
        assert loaded is not None
        assert [c.to_status for c in loaded.status_changes] == [
            ComplaintStatus.RECEIVED,
            ComplaintStatus.HANDLING,
            ComplaintStatus.RESOLVED,
            ComplaintStatus.VERIFIED,
            ComplaintStatus.CLOSED,
        ]
        assert [p.action for p in loaded.progress] == ["工程部已查明漏水点"]


@pytest.mark.parametrize(
    ("step", "error", "rule"),
    [
        ("designate_by_receptionist", PermissionDeniedError, "R3"),
        ("resolve_unclassified", FieldError, "R2"),
        ("verify_before_resolve", RuleViolationError, "R5"),
        ("callback_before_verify", RuleViolationError, "R6"),
        ("close_without_callback", RuleViolationError, "R7"),
        ("first_response_twice", RuleViolationError, "R1"),
        ("developer_notice_for_class_1", RuleViolationError, "R4"),
        ("class_3_without_external_body", FieldError, "R2"),
        ("exemption_that_does_not_apply", RuleViolationError, "R6"),
        ("reopen_while_handling", RuleViolationError, "R7"),
        ("web_heat_on_a_call", RuleViolationError, "R8"),
        ("same_client_linked_twice", RuleViolationError, "R8"),
    ],
)
def test_illegal_steps_are_refused_naming_the_rule(
    centre: Centre, step: str, error: type[DomainError], rule: str
) -> None:
    complaint_id = centre.register()
    steps: dict[str, Callable[[], object]] = {
        "designate_by_receptionist": lambda: centre.act(
            centre.receptionist, complaints.designate_handler, complaint_id, centre.steward
        ),
        "resolve_unclassified": lambda: centre.act(
            centre.steward, complaints.resolve, complaint_id, "已处理"
        ),
        "verify_before_resolve": lambda: centre.act(centre.supervisor, complaints.verify, complaint_id),
        "callback_before_verify": lambda: centre.act(
            centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
        ),
        "close_without_callback": lambda: (
            centre.classified_and_resolved(complaint_id),
            centre.act(centre.supervisor, complaints.verify, complaint_id),
            centre.act(centre.supervisor, complaints.close, complaint_id),
        ),
        "first_response_twice": lambda: (
            centre.act(centre.steward, complaints.record_first_response, complaint_id, "收到"),
            centre.act(centre.steward, complaints.record_first_response, complaint_id, "再次收到"),
        ),
        "developer_notice_for_class_1": lambda: (
            centre.act(centre.steward, complaints.classify, complaint_id, ComplaintClass.PROPERTY_SERVICE),
            centre.act(centre.steward, complaints.record_developer_notice, complaint_id, "邮件"),
        ),
        "class_3_without_external_body": lambda: centre.act(
            centre.steward, complaints.classify, complaint_id, ComplaintClass.EXTERNAL
        ),
        "exemption_that_does_not_apply": lambda: (
            centre.classified_and_resolved(complaint_id),
            centre.act(
                centre.steward, complaints.exempt_from_callback, complaint_id, CallbackExemption.ANONYMOUS
            ),
        ),
        "reopen_while_handling": lambda: centre.act(
            centre.steward, complaints.reopen, complaint_id, "客户不满"
        ),
        "web_heat_on_a_call": lambda: centre.act(
            centre.steward, complaints.record_web_follow_up, complaint_id
        ),
        "same_client_linked_twice": lambda: centre.act(
            centre.steward, complaints.link_complainant, complaint_id, client_id=centre.client
        ),
    }
    with pytest.raises(error) as raised:
        steps[step]()
    assert raised.value.rule == rule and rule in str(raised.value)


def test_late_first_response_records_the_breach_in_working_time(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-20 16:00"))  # due Monday 16:00
    centre.act(
        centre.steward,
        complaints.record_first_response,
        complaint_id,
        "已安排维修",
        at=at("2026-11-24 10:00"),  # Tuesday 10:00: 2 h Monday + 1 h Tuesday late
    )
    with centre.db.read() as session:
        breach = session.scalars(
            select(ComplaintBreach).where(ComplaintBreach.complaint_id == complaint_id)
        ).one()
    assert breach.clock is ComplaintClock.FIRST_RESPONSE
    assert breach.due_at == at("2026-11-23 16:00") and breach.late_seconds == 3 * 3600


def test_class_2_starts_the_developer_notice_clock(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.act(centre.steward, complaints.classify, complaint_id, ComplaintClass.DEVELOPER)
    assert centre.get(complaint_id).developer_notice_due == at("2026-11-24 10:00")  # R4
    centre.clock.advance(timedelta(hours=2))
    centre.act(centre.steward, complaints.record_developer_notice, complaint_id, "书面知会函")
    complaint = centre.get(complaint_id)
    assert complaint.developer_notice_sent_at == at("2026-11-23 12:00")
    with pytest.raises(RuleViolationError, match="R4"):
        centre.act(centre.steward, complaints.record_developer_notice, complaint_id, "邮件")


def test_dissatisfied_callback_reopens_without_losing_the_history(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    centre.clock.advance(timedelta(days=1))
    centre.act(
        centre.steward,
        complaints.record_callback,
        complaint_id,
        form=ContactForm.HOME_VISIT,
        satisfied=False,
        comments="还在渗水",
    )
    reopened = centre.get(complaint_id)
    assert reopened.status is ComplaintStatus.HANDLING and reopened.reopen_count == 1
    assert reopened.resolved_at is None and reopened.verified_at is None
    assert reopened.first_response_at is not None  # elapsed history is kept
    assert reopened.next_update_due == at("2026-11-26 10:00")  # 2 working days from the reopening
    with centre.db.read() as session:
        loaded = session.get(Complaint, complaint_id)
        assert loaded is not None
        assert "还在渗水" in loaded.progress[-1].action and "已更换楼上防水层" in loaded.progress[-1].action


def test_anonymous_complaint_closes_itself_seven_days_after_resolution(centre: Centre) -> None:
    complaint_id = centre.register(anonymous=True, client_id=None)
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    verified = centre.get(complaint_id)
    assert verified.callback_exemption is CallbackExemption.ANONYMOUS  # R6 (b), automatic
    assert verified.callback_due is None and verified.auto_close_at == at("2026-11-30 10:00")

    centre.clock.advance(timedelta(days=6, hours=23))
    assert centre.act(None, complaints.run_automatic_closure) == complaints.ClosurePass((), ())
    with pytest.raises(RuleViolationError, match="七日"):
        centre.act(centre.supervisor, complaints.close, complaint_id)
    centre.clock.advance(timedelta(hours=2))
    outcome = centre.act(None, complaints.run_automatic_closure)
    assert isinstance(outcome, complaints.ClosurePass) and outcome.closed == (verified.number,)
    closed = centre.get(complaint_id)
    assert closed.status is ComplaintStatus.CLOSED and closed.closure_kind is ClosureKind.AUTOMATIC
    assert closed.closed_at == at("2026-11-30 10:00")
    assert centre.act(None, complaints.run_automatic_closure) == complaints.ClosurePass((), ())  # idempotent


def test_repeat_complaint_within_seven_days_reopens_instead(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.classified_and_resolved(complaint_id, on_the_spot=True, client_confirmed_satisfied=True)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    assert centre.get(complaint_id).callback_exemption is CallbackExemption.RESOLVED_ON_THE_SPOT
    centre.clock.advance(timedelta(days=3))
    again = centre.register(business_line=BusinessLine.MAINTENANCE, description="卫生间又漏水")
    centre.clock.advance(timedelta(days=5))
    outcome = centre.act(None, complaints.run_automatic_closure)
    assert isinstance(outcome, complaints.ClosurePass)
    assert outcome.closed == () and outcome.reopened == (centre.get(complaint_id).number,)
    reopened = centre.get(complaint_id)
    assert reopened.status is ComplaintStatus.HANDLING and reopened.reopen_count == 1
    assert centre.get(again).status is ComplaintStatus.RECEIVED


def test_do_not_disturb_is_an_exemption_and_a_warning(centre: Centre) -> None:
    with centre.db.begin() as session:
        client = session.get(Client, centre.client)
        assert client is not None
        client.do_not_disturb, client.do_not_disturb_reason = True, "多次表示不需要回访"
    complaint_id = centre.register()
    centre.classified_and_resolved(complaint_id)
    centre.act(centre.supervisor, complaints.verify, complaint_id)
    assert centre.get(complaint_id).callback_exemption is CallbackExemption.REFUSES_CONTACT
    with pytest.raises(complaints.DoNotDisturbWarning, match="多次表示不需要回访"):
        centre.act(
            centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
        )
    centre.act(
        centre.steward,
        complaints.record_callback,
        complaint_id,
        form=ContactForm.PHONE,
        satisfied=True,
        confirm_do_not_disturb=True,
    )
    assert centre.get(complaint_id).status is ComplaintStatus.CLOSED


def test_calendar_override_recomputes_open_due_times(centre: Centre) -> None:
    complaint_id = centre.register(received_at=at("2026-11-20 16:00"))
    assert centre.get(complaint_id).first_response_due == at("2026-11-23 16:00")
    with centre.db.begin() as session:
        session.add(CalendarOverride(day=date(2026, 11, 23), is_workday=False, note="停电放假"))
        assert complaints.recompute_open_complaints(session) == 1
    assert centre.get(complaint_id).first_response_due == at("2026-11-24 16:00")


def test_counting_one_event_several_people_and_times(centre: Centre) -> None:
    complaint_id = centre.register()
    centre.act(centre.steward, complaints.link_complainant, complaint_id, name="李四", phone="13900001111")
    centre.act(centre.steward, complaints.record_repeat, complaint_id)
    with pytest.raises(FieldError, match="R8"):
        centre.act(centre.steward, complaints.link_complainant, complaint_id)
    complaint = centre.get(complaint_id)
    assert (complaint.people_count, complaint.times_count) == (2, 2)
    web_id = centre.register(channel=Channel.WEB, client_id=None)
    centre.act(centre.steward, complaints.record_web_follow_up, web_id, posts=12)
    assert centre.get(web_id).web_heat == 12
    with pytest.raises(FieldError):
        centre.act(centre.steward, complaints.record_web_follow_up, web_id, posts=0)


def test_only_supervisors_void_and_voided_complaints_are_gone(centre: Centre) -> None:
    complaint_id = centre.register()
    with pytest.raises(PermissionDeniedError):
        centre.act(centre.receptionist, complaints.void_complaint, complaint_id, "重复登记")
    with pytest.raises(FieldError):
        centre.act(centre.supervisor, complaints.void_complaint, complaint_id, " ")
    centre.act(centre.supervisor, complaints.void_complaint, complaint_id, "重复登记")
    assert centre.get(complaint_id).void_reason == "重复登记"  # kept, not deleted
    with pytest.raises(NotFoundError):
        centre.act(centre.steward, complaints.add_progress, complaint_id, "继续处理", True)


def test_bad_register_input_names_the_field(centre: Centre) -> None:
    with pytest.raises(FieldError) as error:
        centre.register(description="   ")
    assert error.value.field == "description"
    with pytest.raises(FieldError) as error:
        centre.register(received_at=at("2026-11-24 10:00"))
    assert error.value.field == "received_at"
    with pytest.raises(FieldError) as error:
        centre.register(client_id=999_999)
    assert error.value.field == "client_id"
    with pytest.raises(FieldError) as error:
        centre.register(description="漏水\x00")
    assert error.value.field == "description"


# -- property: any sequence of steps leaves a consistent record ---------------------------

ACTIONS = [
    "first_response",
    "designate",
    "progress",
    "classify",
    "resolve",
    "verify",
    "callback_ok",
    "callback_bad",
    "reopen",
    "close",
    "wait_day",
    "auto_close",
]


@pytest.fixture(scope="module")
def property_centre(tmp_path_factory: pytest.TempPathFactory) -> Centre:
    path: Path = tmp_path_factory.mktemp("lifecycle") / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    return make_centre(db)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=14))
def test_any_sequence_of_steps_keeps_the_record_consistent(
    property_centre: Centre, actions: list[str]
) -> None:
    centre = property_centre
    complaint_id = centre.register(received_at=centre.clock.now())
    step: dict[str, Callable[[], object]] = {
        "first_response": lambda: centre.act(
            centre.steward, complaints.record_first_response, complaint_id, "收到"
        ),
        "designate": lambda: centre.act(
            centre.supervisor, complaints.designate_handler, complaint_id, centre.steward
        ),
        "progress": lambda: centre.act(centre.steward, complaints.add_progress, complaint_id, "进展", True),
        "classify": lambda: centre.act(
            centre.steward,
            complaints.classify,
            complaint_id,
            ComplaintClass.PROPERTY_SERVICE,
            business_line=BusinessLine.CLEANING,
            root_cause=RootCause.SERVICE_SKILL,
        ),
        "resolve": lambda: centre.act(centre.steward, complaints.resolve, complaint_id, "已处理"),
        "verify": lambda: centre.act(centre.supervisor, complaints.verify, complaint_id),
        "callback_ok": lambda: centre.act(
            centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=True
        ),
        "callback_bad": lambda: centre.act(
            centre.steward, complaints.record_callback, complaint_id, form=ContactForm.PHONE, satisfied=False
        ),
        "reopen": lambda: centre.act(centre.steward, complaints.reopen, complaint_id, "客户反映未解决"),
        "close": lambda: centre.act(centre.supervisor, complaints.close, complaint_id),
        "wait_day": lambda: centre.clock.advance(timedelta(days=1)),
        "auto_close": lambda: centre.act(None, complaints.run_automatic_closure),
    }
    for action in actions:
        with contextlib.suppress(DomainError):  # refused with a rule: fine; anything else fails
            step[action]()
        complaint = centre.get(complaint_id)
        assert complaint.first_response_due is not None
        if complaint.status is ComplaintStatus.CLOSED:
            assert complaint.closed_at is not None
            assert complaint.callback_satisfied or complaint.callback_exemption is not None
        if complaint.status in complaints.OPEN_STATUSES:
            assert complaint.next_update_due is not None and complaint.resolved_at is None
        if complaint.status is ComplaintStatus.VERIFIED:
            assert (complaint.callback_due is None) != (complaint.auto_close_at is None)
        if complaint.first_response_at is None:
            assert complaint.status is ComplaintStatus.RECEIVED
