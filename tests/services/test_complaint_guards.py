"""The complaint guard table agrees with the service (issue 17): in every state a
complaint can reach and for every role, ``complaints.GUARDS`` allows a step exactly when
its mutator accepts it (given arguments that are fine in themselves). So a button of the
complaint sheet, enabled from the table, is never clickable and then refused, nor
disabled for a step the service would take.

An exhaustive walk, depth first: a complaint is registered, then every move the
lifecycle knows is made (as a department head, who may make them all), and R7's seven
days pass, and the same client complains again; each state once, by what the table reads
of it. In each state every step is asked of the table and tried on the service, each try
in a savepoint rolled back; the walk is one transaction, rolled back at the end. SQLite
only: the table is Python, and the mutators run on both databases in the other complaint
tests.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.models import Client, Complaint, Staff
from desk_app.models.database import Database
from desk_app.models.enums import (
    BusinessLine,
    CallbackExemption,
    Channel,
    ComplaintClass,
    ComplaintStatus,
    ContactForm,
    RootCause,
    Severity,
    StaffRole,
)
from desk_app.services import complaints
from desk_app.services.complaints import GUARDS
from desk_app.services.errors import DomainError

SH = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 10, 0, tzinfo=SH)  # a Monday
EXEMPTIONS = [reason for reason in CallbackExemption if reason is not CallbackExemption.NO_CONTACT]

#: one call of a service function on a complaint: (session, complaint id)
Call = Callable[[Session, int], object]


@dataclass
class People:
    staff: dict[StaffRole, int]
    zhang: int
    li: int  # refuses callbacks and interviews (R12)


def _details(session: Session, complaint_id: int) -> object:
    complaint = complaints.load_complaint(session, complaint_id)
    return complaints.update_details(
        session,
        complaint_id,
        received_at=complaint.received_at,
        channel=complaint.channel,
        description=complaint.description,
        client_id=complaint.client_id,
        anonymous=complaint.anonymous,
        business_line=complaint.business_line,
    )


def _classify(complaint_class: ComplaintClass) -> Call:
    return lambda s, i: complaints.classify(
        s, i, complaint_class, business_line=BusinessLine.MAINTENANCE, root_cause=RootCause.QUALITY
    )


def _exempt(reason: CallbackExemption) -> Call:
    return lambda s, i: complaints.exempt_from_callback(s, i, reason)


def step_calls(people: People) -> dict[str, list[Call]]:
    """Each step of the table with arguments that are fine in themselves; a step with
    several (the reasons of R6) is accepted when one of them is."""
    handler = people.staff[StaffRole.SERVICE_STAFF]
    return {
        "update_details": [_details],
        "classify": [_classify(ComplaintClass.PROPERTY_SERVICE)],
        "set_root_cause": [lambda s, i: complaints.set_root_cause(s, i, RootCause.SERVICE_SKILL)],
        "set_severity": [lambda s, i: complaints.set_severity(s, i, Severity.MAJOR)],
        "mark_group": [lambda s, i: complaints.mark_group(s, i, True)],
        "flag_extreme_risk": [lambda s, i: complaints.flag_extreme_risk(s, i, "扬言要拉横幅")],
        "link_complainant": [
            lambda s, i: complaints.link_complainant(s, i, name="王五", phone="13900001111")
        ],
        "record_repeat": [complaints.record_repeat],
        "record_web_follow_up": [lambda s, i: complaints.record_web_follow_up(s, i, 3)],
        "record_first_response": [lambda s, i: complaints.record_first_response(s, i, "已联系工程部")],
        "draft_web_reply": [lambda s, i: complaints.draft_web_reply(s, i, "已安排今天下午清理")],
        "approve_web_reply": [complaints.approve_web_reply],
        "post_web_reply": [complaints.post_web_reply],
        "designate_handler": [lambda s, i: complaints.designate_handler(s, i, handler)],
        "add_progress": [lambda s, i: complaints.add_progress(s, i, "已上门查看", True)],
        "record_developer_notice": [lambda s, i: complaints.record_developer_notice(s, i, "书面")],
        "resolve": [lambda s, i: complaints.resolve(s, i, "已更换防水层")],
        "verify": [complaints.verify],
        "exempt_from_callback": [_exempt(reason) for reason in EXEMPTIONS],
        "record_callback": [
            lambda s, i: complaints.record_callback(
                s, i, form=ContactForm.QUESTIONNAIRE, satisfied=True, confirm_do_not_disturb=True
            )
        ],
        "close": [complaints.close],
        "reopen": [lambda s, i: complaints.reopen(s, i, "客户又来电")],
    }


#: the steps the walk makes with the arguments of ``step_calls`` (the others change
#: nothing the table reads: the handler, counts, severity, flags; a progress line told
#: to the client is a first response, as ``record_first_response``)
WALKED = frozenset(
    {
        "classify",
        "record_first_response",
        "draft_web_reply",
        "approve_web_reply",
        "post_web_reply",
        "record_developer_notice",
        "resolve",
        "verify",
        "record_callback",
        "close",
        "reopen",
    }
)
WEB_REPLY = frozenset({"draft_web_reply", "approve_web_reply", "post_web_reply"})
#: the moves back into handling, and those of R7's closing (walked from the phone complaint)
CYCLE = frozenset({"reopen", "dissatisfied_callback"})
CLOSING = frozenset({"resolve_on_the_spot", "exempt", "seven_days_pass", "complains_again"})


def walk_moves(people: People, clock: FixedClock) -> dict[str, Call]:
    """How the walk moves a complaint on (as a department head)."""

    def seven_days_pass(_session: Session, _complaint_id: int) -> None:
        clock.advance(timedelta(days=8))  # past R7's seven days

    def complains_again(session: Session, complaint_id: int) -> object:
        """R7: the same client about the same business line, a day later."""
        complaint = complaints.load_complaint(session, complaint_id)
        if complaint.client_id is None or complaint.business_line is None:
            raise DomainError("nobody to complain again")
        clock.advance(timedelta(days=1))
        return complaints.register_complaint(
            session,
            received_at=clock.now(),
            channel=Channel.CALL,
            description="又漏水了",
            client_id=complaint.client_id,
            business_line=complaint.business_line,
        )

    def exempt(session: Session, complaint_id: int) -> object:
        applicable = complaints.applicable_exemptions(
            session, complaints.load_complaint(session, complaint_id)
        )
        return _exempt([*applicable, *EXEMPTIONS][0])(session, complaint_id)

    moves = {name: options[0] for name, options in step_calls(people).items() if name in WALKED}
    moves["classify_2"] = _classify(ComplaintClass.DEVELOPER)
    moves["resolve_on_the_spot"] = lambda s, i: complaints.resolve(
        s, i, "当场解决", on_the_spot=True, client_confirmed_satisfied=True
    )
    moves["exempt"] = exempt
    moves["dissatisfied_callback"] = lambda s, i: complaints.record_callback(
        s, i, form=ContactForm.QUESTIONNAIRE, satisfied=False, confirm_do_not_disturb=True
    )
    moves["seven_days_pass"] = seven_days_pass
    moves["complains_again"] = complains_again
    return moves


def _signature(session: Session, complaint: Complaint, now: datetime) -> tuple[object, ...]:
    """What the table reads of a complaint, where it reads it: states alike in these
    are one state (the handler, the counts and the flags are read by no rule)."""
    status = complaint.status
    replying = complaint.first_response_at is None and status in complaints.OPEN_STATUSES
    settled = status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED)
    closing = status is ComplaintStatus.VERIFIED and complaint.callback_exemption is not None
    return (
        status,
        complaint.first_response_at is None,
        (bool(complaint.web_reply_draft), complaint.web_reply_approved_at is None) if replying else None,
        complaint.complaint_class,
        complaint.business_line is None or complaint.root_cause is None,
        complaint.developer_notice_sent_at is None,
        (complaint.callback_exemption is None, complaint.resolved_on_the_spot) if settled else None,
        (
            complaint.auto_close_at is not None and complaint.auto_close_at <= now,
            complaints._repeat_complaint(session, complaint) is not None,
        )
        if closing
        else None,
    )


@pytest.fixture(scope="module")
def walk_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, FixedClock, People]]:
    path = tmp_path_factory.mktemp("guards") / "desk.sqlite3"
    db, _ = open_database(f"sqlite:///{path}")
    clock = FixedClock(START)
    db.clock = clock
    with db.begin() as session:
        staff = {role: Staff(login=role.value, name=role.label, role=role) for role in StaffRole}
        zhang = Client(name="张三", name_initials="zs")
        li = Client(name="李四", name_initials="ls", do_not_disturb=True, do_not_disturb_reason="不需要回访")
        session.add_all([*staff.values(), zhang, li])
        session.flush()
        people = People({role: person.id for role, person in staff.items()}, zhang.id, li.id)
    try:
        yield db, clock, people
    finally:
        db.dispose()


def _accepted(session: Session, options: list[Call], complaint_id: int) -> bool:
    """Whether the service takes the step with one of its arguments (nothing kept)."""
    for call in options:
        savepoint = session.begin_nested()
        try:
            call(session, complaint_id)
            session.flush()
        except DomainError:
            continue
        finally:
            savepoint.rollback()
        return True
    return False


def _disagreements(
    session: Session, complaint_id: int, staff_id: int, calls: dict[str, list[Call]]
) -> list[str]:
    """The steps on which the table and the service disagree, for ``staff_id``."""
    found = []
    session.info["actor_id"] = staff_id
    for step, options in calls.items():
        verdict = GUARDS.verdict(session, step, complaints.load_complaint(session, complaint_id))
        if verdict.allowed != _accepted(session, options, complaint_id):
            found.append(f"{step}: the table says {verdict.allowed} ({verdict.reason})")
    return found


def _verdicts(session: Session, complaint_id: int, staff_id: int) -> dict[str, tuple[bool, str]]:
    session.info["actor_id"] = staff_id
    complaint = complaints.load_complaint(session, complaint_id)
    return {
        step: (verdict.allowed, verdict.reason)
        for step, verdict in GUARDS.verdicts(session, complaint).items()
    }


#: where the walk starts: what is registered, the moves made before the walk, and the
#: moves it leaves out. The phone complaint walks the whole cycle (reopening, R7's seven
#: days, a repeat complaint); class 2 (the notice to the developer, R4), the web post
#: (R1w, R6 b) and the client who refuses callbacks (R6 d, R12) walk what they add to it.
STARTS: dict[str, tuple[Callable[[People], dict[str, Any]], tuple[str, ...], frozenset[str]]] = {
    "phone": (
        lambda people: {"channel": Channel.CALL, "client_id": people.zhang},
        (),
        WEB_REPLY | {"classify_2", "record_developer_notice"},
    ),
    "class 2": (
        lambda people: {"channel": Channel.CALL, "client_id": people.zhang},
        ("classify_2",),
        WEB_REPLY | CYCLE | CLOSING | {"classify"},
    ),
    "web post": (
        lambda people: {"channel": Channel.WEB, "client_id": None},
        ("classify",),
        CYCLE | CLOSING | {"record_first_response", "classify", "classify_2", "record_developer_notice"},
    ),
    "refuses callbacks": (
        lambda people: {"channel": Channel.CALL, "client_id": people.li},
        ("classify", "resolve"),
        WEB_REPLY | CYCLE | {"classify_2", "record_developer_notice"},
    ),
}

#: steps without any rule in the table (always allowed)
FREE = frozenset(name for name, step in GUARDS.steps.items() if not step.checks and step.applies is None)


@pytest.mark.parametrize("start", sorted(STARTS))
def test_every_reachable_state_and_role_agree(
    walk_db: tuple[Database, FixedClock, People], start: str
) -> None:
    db, clock, people = walk_db
    clock.current = START
    calls = step_calls(people)
    assert set(calls) == set(GUARDS.steps), "every step of the table is tried"
    registered, setup, left_out = STARTS[start]
    all_moves = walk_moves(people, clock)
    moves = {name: move for name, move in all_moves.items() if name not in left_out}
    head = people.staff[StaffRole.DEPARTMENT_HEAD]
    seen: set[tuple[object, ...]] = set()
    statuses: set[ComplaintStatus] = set()
    wrong: list[str] = []
    with db.session(head) as session, session.begin():
        complaint = complaints.register_complaint(
            session, received_at=START, description="楼上漏水", **registered(people)
        )
        session.flush()
        complaint_id = complaint.id
        for name in setup:
            all_moves[name](session, complaint_id)

        def check(where: str, status: ComplaintStatus) -> None:
            """Every role, every step: the service is tried as a receptionist on every
            step with a rule, as a supervisor and a department head where the table
            tells them from a receptionist (the table's verdicts for service staff and
            administrators must equal a receptionist's); in the first state of each
            status of the phone complaint, on every step for every role."""
            everything = start == "phone" and status not in statuses
            statuses.add(status)
            verdicts = {role: _verdicts(session, complaint_id, people.staff[role]) for role in StaffRole}
            plain = verdicts[StaffRole.RECEPTIONIST]
            for role in StaffRole:
                if everything:
                    tried = calls
                elif role in (StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD):
                    tried = {
                        step: calls[step]
                        for step, verdict in verdicts[role].items()
                        if verdict != plain[step]
                    }
                elif role is StaffRole.RECEPTIONIST:
                    tried = {step: options for step, options in calls.items() if step not in FREE}
                else:
                    if verdicts[role] != plain:
                        wrong.append(f"{where}: the table tells {role.value} from a receptionist")
                    continue
                found = _disagreements(session, complaint_id, people.staff[role], tried)
                wrong.extend(f"{where}, as {role.value}: {line}" for line in found)
            session.info["actor_id"] = head

        def visit(path: tuple[str, ...]) -> None:
            now = clock.current
            complaint = complaints.load_complaint(session, complaint_id)
            state = _signature(session, complaint, now)
            if state in seen:
                return
            seen.add(state)
            check(" → ".join(path) or "registered", complaint.status)
            for name, move in moves.items():
                savepoint = session.begin_nested()
                try:
                    move(session, complaint_id)
                    session.flush()
                except DomainError:
                    savepoint.rollback()
                    clock.current = now
                    continue
                visit((*path, name))
                savepoint.rollback()
                clock.current = now

        visit(())
        session.rollback()
    assert wrong == []
    reached = {ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED, ComplaintStatus.CLOSED}
    assert reached <= statuses, f"the walk reached only {sorted(statuses)}"
    assert start != "phone" or statuses == set(ComplaintStatus)
