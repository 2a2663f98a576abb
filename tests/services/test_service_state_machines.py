"""Issue 19, finding 9: hypothesis state machines over the service entry points meet no
raw exception. One machine per area — complaints, the reception books, interviews,
neighbour disputes, notices and reminder slips, accounts, the work log with its repair
slips and promises — calls that area's writing functions (``services/permissions.py``
names them) in random order, as a random member of staff, on the records made so far,
with arguments drawn from each function's own type hints: hostile texts (NUL, 10 000
characters, emoji, quotes), naive and far-off moments, negative and huge numbers, ids
of the wrong record or of none. Every call either goes through or raises a
``DomainError`` whose message is written for people (Chinese) and, for a
``FieldError``, names its field; anything else fails with the smallest example.
SQLite and PostgreSQL, kept small enough for ``make test``."""

from __future__ import annotations

import dataclasses
import enum
import os
import re
import types
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desk_app.clock import FixedClock
from desk_app.models import (
    Appointment,
    Area,
    Attachment,
    Building,
    ClearedItem,
    Client,
    ClientRoom,
    Complaint,
    Department,
    DispatchSlip,
    Dispute,
    DisputeStep,
    DocumentTransfer,
    ForbiddenPhrase,
    Interview,
    MediaVisit,
    Notification,
    RectificationNotice,
    ReminderCase,
    Room,
    Staff,
    StandardReply,
    Visitor,
    WorkLogEntry,
)
from desk_app.models.base import Base
from desk_app.models.database import Database
from desk_app.models.enums import StaffRole
from desk_app.services import permissions
from desk_app.services.errors import DomainError, FieldError

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
CJK = re.compile(r"[\u4e00-\u9fff]")

#: The areas and the service modules each machine drives.
AREAS: dict[str, tuple[str, ...]] = {
    "complaints": ("complaints",),
    "reception": ("reception",),
    "interviews": ("interviews",),
    "disputes": ("disputes",),
    "notices": ("reminder_cases", "rectification_notices"),
    "accounts": ("accounts", "departments"),
    "worklog": ("worklog", "dispatch", "promises"),
    "clients": ("clients",),
    "community": ("community",),
    "settings": (
        "settings",
        "centre",
        "calendar_admin",
        "replies",
        "report_status",
        "setup_checklist",
        "tallies",
        "tally_sheet",
        "work_list",
        "incoming_call",
        "audit",
    ),
    "inbox": ("notifications", "attachments"),
}

#: Writing functions no machine calls, and why.
NOT_DRIVEN = {
    "complaints.recompute_due_times": "takes a loaded complaint: a step of the others",
    "complaints.recompute_open_complaints": "a step of the calendar's changes",
    "complaints.run_automatic_closure": "the housekeeping pass (test_complaints.py)",
    "reception.alert_media_contact": "takes a loaded work-log entry: a step of record_entry",
    "accounts.ensure_first_administrator": "the first start (test_accounts.py)",
    "seed_data.first_start": "the program's first start, no arguments (test_going_live.py)",
    "seed_data.seed_forbidden_phrases": "a step of the first start, no arguments (test_going_live.py)",
    "community.generate": "builds a whole community from a layout (test_community.py)",
    "community.ensure_room": "a step of the owner-list import, with its cache (test_roster_import.py)",
    "roster.import_roster": "the owner-list import, fed parsed files (test_roster_import.py)",
    "staff_import.import_staff": "the staff-list import, fed parsed files (test_staff_import.py)",
    "attachments.add_file": "reads a file, then add_attachment (driven) stores its bytes",
    "records.void_record": "takes a model class: each area's void_… calls it (driven there)",
    "notifications.on_complaint": "takes a loaded complaint: a step of the complaint services",
    "notifications.on_complaint_letter": "takes a loaded complaint: a step of the complaint services",
    "notifications.on_media": "takes a loaded media visit: a step of reception.record_media_visit",
    "notifications.on_message": "takes a loaded work-log entry: a step of worklog.record_entry",
    "notifications.on_web_reply_draft": "takes a loaded complaint: a step of the complaint services",
}

#: Which record an ``…_id`` parameter names.
ID_MODELS: dict[str, type[Base]] = {
    "complaint_id": Complaint,
    "client_id": Client,
    "sender_client_id": Client,
    "complainant_client_id": Client,
    "respondent_client_id": Client,
    "room_id": Room,
    "visiting_room_id": Room,
    "addressee_room_id": Room,
    "sender_room_id": Room,
    "staff_id": Staff,
    "handler_id": Staff,
    "interviewer_id": Staff,
    "companion_id": Staff,
    "addressee_staff_id": Staff,
    "praised_staff_id": Staff,
    "owed_by_id": Staff,
    "assignee_id": Staff,
    "taken_by_id": Staff,
    "for_staff_id": Staff,
    "department_id": Department,
    "routed_to_department_id": Department,
    "dispute_id": Dispute,
    "step_id": DisputeStep,
    "case_id": ReminderCase,
    "repeat_of_case_id": ReminderCase,
    "notice_id": RectificationNotice,
    "item_id": ClearedItem,
    "visitor_id": Visitor,
    "document_id": DocumentTransfer,
    "media_visit_id": MediaVisit,
    "interview_id": Interview,
    "entry_id": WorkLogEntry,
    "worklog_entry_id": WorkLogEntry,
    "slip_id": DispatchSlip,
    "appointment_id": Appointment,
    "area_id": Area,
    "building_id": Building,
    "steward_id": Staff,
    "reply_id": StandardReply,
    "phrase_id": ForbiddenPhrase,
    "attachment_id": Attachment,
    "notification_id": Notification,
    "owner_id": Complaint,
}

NASTY = [
    "",
    "   ",
    "楼上\x00漏水",
    "😀🏠🔥",
    "x" * 10_000,
    "漏" * 300,
    "'; DROP TABLE complaint; --",
    "\\",
    "\t\n\r",
    "张三",
    "3-2-1201",
    "TX-202611-0001",
    "13800138000",
    "Counter-2026!",
]
TEXTS = st.one_of(st.sampled_from(NASTY), st.text(max_size=30))
MOMENTS = st.one_of(
    st.sampled_from(
        [
            NOW,
            NOW - timedelta(days=3),
            NOW + timedelta(days=400),
            datetime(1900, 1, 1, tzinfo=SH),
            datetime(2100, 12, 31, 23, 59, tzinfo=SH),
            datetime(2026, 11, 23, 9, 0),  # noqa: DTZ001 - no time zone, on purpose
        ]
    ),
    st.datetimes(
        min_value=datetime(1900, 1, 1, tzinfo=UTC).replace(tzinfo=None),
        max_value=datetime(2100, 12, 31, tzinfo=UTC).replace(tzinfo=None),
        timezones=st.just(UTC),
    ),
)
DAYS = st.one_of(
    st.sampled_from([NOW.date(), date(1900, 1, 1), date(2100, 12, 31), NOW.date() + timedelta(days=7)]),
    st.dates(),
)
COUNTS = st.one_of(st.sampled_from([0, 1, -1, 2**31, 2**63, -(2**63)]), st.integers(-100, 100))
SPANS = st.one_of(
    st.sampled_from([timedelta(0), timedelta(days=-1), timedelta(days=3), timedelta(days=100_000)]),
    st.timedeltas(min_value=timedelta(days=-30), max_value=timedelta(days=30)),
)


class Unsupported(Exception):
    """A parameter type the machine cannot draw."""


def _strategy(hint: Any) -> st.SearchStrategy[Any]:
    """Values of ``hint``, leaning on the hostile ones."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        # A loaded record passed along (a slip's work-log entry) is left out: None
        # stands for it, the machine passes ids.
        drawn = [arg for arg in args if not (isinstance(arg, type) and issubclass(arg, Base))]
        if len(drawn) < len(args) and type(None) not in drawn:
            raise Unsupported(repr(hint))
        return st.one_of(*[_strategy(arg) for arg in drawn])
    if hint is type(None):
        return st.none()
    if hint is Any:
        return st.one_of(st.none(), st.booleans(), COUNTS, TEXTS, st.dictionaries(TEXTS, TEXTS, max_size=2))
    if hint is bool:
        return st.booleans()
    if hint is float:
        return st.one_of(
            st.sampled_from([0.0, -1.0, 1e308, float("nan"), float("inf")]), st.floats(-1e6, 1e6)
        )
    if hint is time:
        return st.times()
    if hint is bytes:
        return st.one_of(st.sampled_from([b"", b"%PDF-1.4\n", b"\x00" * 64]), st.binary(max_size=64))
    if origin is Mapping and args and args[0] is str:
        from desk_app.services.centre import FIELDS_BY_KEY

        keys = st.one_of(st.sampled_from(sorted(FIELDS_BY_KEY)), TEXTS)
        return st.dictionaries(keys, _strategy(args[1]), max_size=3)
    if hint is int:
        return COUNTS
    if hint is str:
        return TEXTS
    if hint is datetime:
        return MOMENTS
    if hint is date:
        return DAYS
    if hint is timedelta:
        return SPANS
    if hint is Decimal:
        return st.one_of(
            st.sampled_from([Decimal("-1"), Decimal("0"), Decimal("1e30"), Decimal("NaN"), Decimal("0.001")]),
            st.decimals(allow_nan=False, places=2, min_value=-10_000, max_value=10_000),
        )
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if origin in (Iterable, Sequence, list, tuple, set, frozenset) and args:
        if origin is tuple and len(args) > 1 and args[-1] is not Ellipsis:
            return st.tuples(*[_strategy(arg) for arg in args])
        return st.lists(_strategy(args[0]), max_size=4)
    raise Unsupported(repr(hint))


def _area_functions(modules: Sequence[str]) -> dict[str, Callable[..., Any]]:
    import importlib

    found: dict[str, Callable[..., Any]] = {}
    for name in sorted(permissions.MATRIX):
        module, function_name = name.split(".")
        if module not in modules or not permissions.is_write(name) or name in NOT_DRIVEN:
            continue
        function = getattr(importlib.import_module(f"desk_app.services.{module}"), function_name)
        if _opens_its_own_units_of_work(function):
            continue  # opens its own units of work around one of these
        found[name] = function
    return found


#: Names a service imports only for its type hints.
_NAMES = {"Session": Session, "Database": Database}


def _opens_its_own_units_of_work(function: Callable[..., Any]) -> bool:
    import inspect

    return next(iter(inspect.signature(function).parameters)) == "db"


def _hints(function: Callable[..., Any]) -> dict[str, Any]:
    import inspect

    hints = typing.get_type_hints(function, localns=_NAMES)
    hints.pop("return", None)
    parameters = list(inspect.signature(function).parameters.values())[1:]
    return {p.name: hints[p.name] for p in parameters}


def _id_model(parameter: str) -> type[Base] | None:
    """The record an ``…_id`` (or ``…_ids``) parameter names."""
    return ID_MODELS.get(parameter[:-1] if parameter.endswith("_ids") else parameter)


def _parts(hint: Any) -> dict[str, Any] | None:
    """The fields of a dataclass argument (a 5W1H message, a family member), else None."""
    for candidate in (hint, *typing.get_args(hint)):
        if dataclasses.is_dataclass(candidate) and isinstance(candidate, type):
            return typing.get_type_hints(candidate)
    return None


def _drawable(parameter: str, hint: Any) -> None:
    if _id_model(parameter) is not None:
        return
    parts = _parts(hint)
    if parts is not None:
        for field, field_hint in parts.items():
            _drawable(field, field_hint)
        return
    _strategy(hint)


def test_every_writing_function_of_the_areas_is_driven() -> None:
    """Every writing service function belongs to a machine's area (or is named in
    ``NOT_DRIVEN`` with why, or opens its own units of work around driven ones), and
    each machine can draw every parameter of every writing function of its area (a new
    module, function or parameter the machines cannot reach fails here, not silently)."""
    import importlib

    driven = {module for modules in AREAS.values() for module in modules}
    left_out = []
    for name in sorted(permissions.MATRIX):
        module, function_name = name.split(".")
        if not permissions.is_write(name) or module in driven or name in NOT_DRIVEN:
            continue
        function = getattr(importlib.import_module(f"desk_app.services.{module}"), function_name)
        if not _opens_its_own_units_of_work(function):
            left_out.append(name)
    assert not left_out, f"writing functions no machine drives: {left_out}"
    for name in NOT_DRIVEN:
        assert name in permissions.MATRIX, f"NOT_DRIVEN names {name}, which is no service function"
    for modules in AREAS.values():
        for name, function in _area_functions(modules).items():
            for parameter, hint in _hints(function).items():
                try:
                    _drawable(parameter, hint)
                except Unsupported as error:
                    pytest.fail(f"{name}({parameter}: {error}): teach the machine to draw it")


class ServiceCalls(RuleBasedStateMachine):
    """Random calls of one area's writing services (see the module's docstring)."""

    db: Database
    functions: dict[str, Callable[..., Any]]

    def teardown(self) -> None:
        """Every example starts from an empty database (hypothesis replays an example
        and must find what it found the first time)."""
        with self.db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SET LOCAL session_replication_role = replica"))
            else:
                connection.execute(text("PRAGMA defer_foreign_keys = ON"))
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())

    @initialize()
    def start(self) -> None:
        with self.db.begin() as session:
            department = Department(name="客服部")
            for role in StaffRole:
                session.add(
                    Staff(
                        login=role.value,
                        name=role.label,
                        role=role,
                        department=department,
                        cleared_to_work_alone=True,
                        active=True,
                    )
                )
            room = Room(building=Building(code="3", name="3栋"), unit="2", number="1201", code="3-2-1201")
            room.digits = Room.digits_of("3-2-1201")
            session.add(Client(name="张三", name_initials="zs", rooms=[ClientRoom(room=room)]))

    def _draw(self, data: st.DataObject, parameter: str, hint: Any) -> Any:
        """A value for ``parameter``: a record's id (of the right kind, mostly existing),
        a dataclass built field by field, else whatever its type hint allows."""
        model = _id_model(parameter)
        optional = type(None) in typing.get_args(hint)
        if model is not None:
            known = self._ids(model)
            one = st.sampled_from([*known, 999_999, -1]) if known else st.sampled_from([999_999, -1])
            if parameter.endswith("_ids"):
                return data.draw(st.lists(one, max_size=3), label=parameter)
            return data.draw(st.one_of(st.none(), one) if optional else one, label=parameter)
        parts = _parts(hint)
        if parts is not None:
            if optional and data.draw(st.booleans(), label=f"{parameter} given"):
                return None
            kind = next(c for c in (hint, *typing.get_args(hint)) if dataclasses.is_dataclass(c))
            if typing.get_origin(hint) in (Iterable, Sequence, list):
                count = data.draw(st.integers(0, 2), label=f"{parameter} count")
                return [kind(**{f: self._draw(data, f, h) for f, h in parts.items()}) for _ in range(count)]
            return kind(**{f: self._draw(data, f, h) for f, h in parts.items()})
        return data.draw(_strategy(hint), label=parameter)

    def _ids(self, model: type[Base]) -> list[int]:
        with self.db.read() as session:
            return list(session.scalars(select(model.id).order_by(model.id.desc()).limit(5)))  # type: ignore[attr-defined]

    @rule(data=st.data())
    def call(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(self.functions)), label="function")
        function = self.functions[name]
        actor = data.draw(st.sampled_from(self._ids(Staff)), label="as")
        arguments = {p: self._draw(data, p, hint) for p, hint in _hints(function).items()}
        try:
            with self.db.begin(actor) as session:
                function(session, **arguments)
                session.flush()
        except DomainError as error:
            assert CJK.search(str(error)), f"{name}: not a message for people: {error!r}"
            if isinstance(error, FieldError):
                assert error.field, f"{name}: a FieldError without its field: {error!r}"


MACHINE_SETTINGS = settings(
    # DESK_APP_MACHINE_EXAMPLES=200 for a longer hunt than make test affords
    max_examples=int(os.environ.get("DESK_APP_MACHINE_EXAMPLES", "6")),
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    # no "explain" phase: it traces every line under Python 3.11 and takes minutes
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)


@pytest.mark.slow
@pytest.mark.parametrize("area", sorted(AREAS))
def test_the_services_meet_no_raw_exception(db: Database, area: str) -> None:
    db.clock = FixedClock(NOW)
    machine = type(
        f"{area.title()}Calls", (ServiceCalls,), {"db": db, "functions": _area_functions(AREAS[area])}
    )
    case = machine.TestCase
    case.settings = MACHINE_SETTINGS
    case().runTest()
