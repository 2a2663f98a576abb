"""The demo community (``desk-app demo``): complete, deterministic, well-numbered,
consistent with the rules, and it never touches a database that already has data."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from desk_app.bootstrap import open_database
from desk_app.clock import FixedClock
from desk_app.demo import DemoRefusedError, DemoSummary, generate_demo, run_demo_command
from desk_app.demo.generator import FILLED_TABLES
from desk_app.models import (
    Client,
    Complaint,
    ComplaintStatusChange,
    ForbiddenPhrase,
    Interview,
    MediaVisit,
    RecordCounter,
    RectificationNotice,
    ReminderCase,
    ReminderSlip,
    Room,
    Setting,
    Staff,
    StandardReply,
    WorkLogEntry,
)
from desk_app.models.base import Base, NumberedMixin
from desk_app.models.database import Database
from desk_app.models.enums import (
    CallbackExemption,
    Channel,
    ClosureKind,
    ComplaintStatus,
    MediaContactMode,
    ReminderKind,
    ServiceResult,
    StaffRole,
)
from desk_app.models.numbering import NUMBER_PATTERN, period_of
from desk_app.services.clients import name_initials

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 10, 15, tzinfo=SHANGHAI)
SMALL = {"clients": 80, "months": 3}


def _open(url: str) -> Database:
    db, _ = open_database(url)
    return db


def _run(url: str, seed: int = 1, **kwargs: int) -> tuple[Database, DemoSummary]:
    db = _open(url)
    options = {**SMALL, **kwargs}
    summary = generate_demo(db, seed=seed, now=NOW, **options)
    return db, summary


@pytest.fixture
def demo(sqlite_url: str) -> Iterator[tuple[Database, DemoSummary]]:
    db, summary = _run(sqlite_url)
    try:
        yield db, summary
    finally:
        db.dispose()


def _table_digest(db: Database) -> dict[str, str]:
    """A digest of every row of every table the demo fills, in id order."""
    digests = {}
    with db.engine.connect() as connection:
        for name in FILLED_TABLES:
            table = Base.metadata.tables[name]
            rows = connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            digests[name] = hashlib.sha256(repr(rows).encode()).hexdigest()
    return digests


# -- completeness ---------------------------------------------------------------


def test_every_table_is_filled_and_the_summary_is_true(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    counts = summary.counts()
    assert set(counts) == set(FILLED_TABLES)
    with db.engine.connect() as connection:
        for name, expected in counts.items():
            actual = connection.execute(
                select(func.count()).select_from(Base.metadata.tables[name])
            ).scalar_one()
            assert actual == expected, name
            assert actual > 0, f"the demo left {name} empty"
    assert summary.client == SMALL["clients"]
    assert summary.worklog_entry == round(20 * SMALL["clients"] * SMALL["months"] / 12)
    assert summary.standard_reply >= 20 and summary.forbidden_phrase >= 10
    assert summary.media_visit >= 2
    assert "已生成演示小区" in summary.describe() and f"客户 {SMALL['clients']} 户" in summary.describe()


def test_every_client_keeps_its_first_room_for_the_list(demo: tuple[Database, DemoSummary]) -> None:
    """The bulk load fills ``client.sort_room`` as the clients service would: the first
    of the client's rooms in natural order (some clients hold two rooms)."""
    db, _ = demo
    with db.read() as session:
        clients = session.scalars(select(Client)).all()
        assert any(len(client.rooms) > 1 for client in clients)
        for client in clients:
            keys = [
                Room.sort_key(link.room.building.code, link.room.unit, link.room.number)
                for link in client.rooms
            ]
            assert client.sort_room == min(keys), client.number


def test_every_row_loads_through_the_orm(demo: tuple[Database, DemoSummary]) -> None:
    """Enum codes, JSON lists, dates and instants all read back; instants are aware."""
    db, _ = demo
    with db.read() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            for row in session.scalars(select(model)):
                for column in mapper.columns:
                    value = getattr(row, column.key)
                    if isinstance(value, datetime):
                        assert value.tzinfo is not None, (model.__name__, column.key)


def test_settings_and_reference_books(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with db.read() as session:
        settings = {row.key: row.value for row in session.scalars(select(Setting))}
        assert settings["community_name"] == summary.community_name == "锦绣花园"
        assert settings["working_hours"] == {"start": "09:00", "end": "18:00"}
        # R14: the demo's high-altitude slips carry the configured joint signatories.
        joint = [settings["signatory_residents_committee"], settings["signatory_owners_committee"]]
        slips = session.scalars(
            select(ReminderSlip)
            .join(ReminderCase, ReminderCase.id == ReminderSlip.case_id)
            .where(ReminderCase.kind == ReminderKind.HIGH_ALTITUDE_THROWING)
        ).all()
        assert slips and all(slip.signatories == [*joint, "锦绣花园物业服务中心"] for slip in slips)
        topics = {row.topic for row in session.scalars(select(StandardReply))}
        assert {"物业费", "停车", "装修", "门禁卡", "快递", "维修时限"} <= topics
        phrases = {row.phrase: row.better_alternative for row in session.scalars(select(ForbiddenPhrase))}
        assert {"这不归我们管", "我不知道", "你去找开发商"} <= set(phrases)
        assert all(phrases.values())


# -- determinism ----------------------------------------------------------------


def test_same_seed_and_now_give_the_same_books(tmp_path: Path) -> None:
    first, _ = _run(f"sqlite:///{tmp_path / 'a.sqlite3'}", seed=7)
    second, _ = _run(f"sqlite:///{tmp_path / 'b.sqlite3'}", seed=7)
    other, _ = _run(f"sqlite:///{tmp_path / 'c.sqlite3'}", seed=8)
    try:
        same, again, different = _table_digest(first), _table_digest(second), _table_digest(other)
        assert same == again
        for name in ("client", "client_phone", "worklog_entry", "complaint"):
            assert same[name] != different[name], name
    finally:
        for db in (first, second, other):
            db.dispose()


# -- numbers and counters ---------------------------------------------------------


def test_numbers_are_well_formed_gap_free_and_counters_continue(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    used: dict[tuple[str, str], list[int]] = defaultdict(list)
    with db.read() as session:
        for mapper in Base.registry.mappers:
            model = mapper.class_
            if not issubclass(model, NumberedMixin):
                continue
            for number, created in session.execute(select(model.number, model.created_at)):
                match = NUMBER_PATTERN.match(number)
                assert match is not None, number
                assert match["prefix"] == model.NUMBER_PREFIX
                assert match["period"] == period_of(created), (number, created)
                used[(match["prefix"], match["period"])].append(int(match["seq"]))
        counters = {
            (row.prefix, row.period): row.last_value for row in session.scalars(select(RecordCounter))
        }
    assert set(counters) == set(used)
    for key, values in used.items():
        assert sorted(values) == list(range(1, len(values) + 1)), key  # unique and gap-free
        assert counters[key] == len(values), key

    db.clock = FixedClock(NOW + timedelta(minutes=5))
    with db.begin() as session:
        complaint = Complaint(received_at=NOW, channel=Channel.CALL, description="电梯停运")
        session.add(complaint)
    expected = counters[("TS", period_of(NOW))] + 1
    assert complaint.number == f"TS-{period_of(NOW)}-{expected:04d}"


def test_explicit_ids_leave_room_for_new_rows(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.begin() as session:
        staff = Staff(login="newcomer", name="新同事", role=StaffRole.RECEPTIONIST)
        session.add(staff)
        session.flush()
        assert staff.id == 26


# -- integrity and the rules ----------------------------------------------------------


def test_foreign_keys_hold_and_the_bulk_load_settings_are_undone(
    demo: tuple[Database, DemoSummary], tmp_path: Path
) -> None:
    db, _ = demo
    fresh = _open(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            indexes = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type='index'"
            ).all()
        with fresh.engine.connect() as connection:
            expected = connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type='index'"
            ).all()
        assert sorted(indexes) == sorted(expected)
    finally:
        fresh.dispose()


def test_complaint_timelines_are_consistent(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    now = NOW.astimezone(UTC)
    with db.read() as session:
        complaints = session.scalars(select(Complaint)).all()
        changes: dict[int, list[ComplaintStatusChange]] = defaultdict(list)
        for change in session.scalars(select(ComplaintStatusChange).order_by(ComplaintStatusChange.id)):
            changes[change.complaint_id].append(change)
        statuses = {complaint.status for complaint in complaints}
        assert {ComplaintStatus.CLOSED, ComplaintStatus.HANDLING} <= statuses
        for complaint in complaints:
            times = [
                complaint.received_at,
                complaint.first_response_at,
                complaint.resolved_at,
                complaint.verified_at,
                complaint.closed_at,
            ]
            present = [t for t in times if t is not None]
            assert present == sorted(present), complaint.number
            assert all(t <= now for t in present)
            if complaint.status is ComplaintStatus.CLOSED:
                assert complaint.closed_at is not None and complaint.closed_at >= complaint.received_at
                assert complaint.resolved_at is not None and complaint.verified_at is not None
                if complaint.closure_kind is ClosureKind.CALLBACK_SATISFIED:
                    assert (
                        complaint.callback_satisfied is True and complaint.callback_at == complaint.closed_at
                    )
                else:
                    assert complaint.closure_kind is ClosureKind.AUTOMATIC
                    assert complaint.callback_exemption is not None
                    assert complaint.closed_at == complaint.resolved_at + timedelta(days=7)  # R7
            else:
                assert complaint.closed_at is None and complaint.closure_kind is None
            if complaint.status is ComplaintStatus.RECEIVED:
                assert complaint.first_response_at is None
            if complaint.status in (ComplaintStatus.RESOLVED, ComplaintStatus.VERIFIED):
                assert complaint.resolved_at is not None
            if complaint.status is ComplaintStatus.VERIFIED:
                assert complaint.verified_at is not None and complaint.verified_by_id is not None
            if complaint.anonymous:
                assert complaint.client_id is None
                assert complaint.callback_at is None
            # The status history is a chain that ends in the current status.
            history = changes[complaint.id]
            assert history[0].from_status is None and history[0].to_status is ComplaintStatus.RECEIVED
            for before, after in itertools.pairwise(history):
                assert after.from_status is before.to_status and after.at >= before.at
            assert history[-1].to_status is complaint.status
            reopens = sum(
                1
                for change in history
                if change.from_status is ComplaintStatus.VERIFIED
                and change.to_status is ComplaintStatus.HANDLING
            )
            assert reopens == complaint.reopen_count


def test_the_books_follow_the_rules(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        staff = {member.id: member for member in session.scalars(select(Staff))}
        assert any(not member.cleared_to_work_alone for member in staff.values())
        assert [m.login for m in staff.values() if m.role is StaffRole.ADMINISTRATOR] == ["admin"]
        # R16: nobody who is not cleared to work alone took a call.
        takers = session.scalars(select(WorkLogEntry.taken_by_id).distinct()).all()
        assert all(staff[taker].cleared_to_work_alone for taker in takers)
        # R12: do-not-disturb clients get no interviews and no callbacks.
        quiet = set(session.scalars(select(Client.id).where(Client.do_not_disturb.is_(True))))
        interviewed = set(session.scalars(select(Interview.client_id)))
        assert not quiet & interviewed
        for complaint in session.scalars(select(Complaint).where(Complaint.client_id.in_(quiet))):
            assert complaint.callback_at is None
            if complaint.resolved_at is not None and not complaint.resolved_on_the_spot:
                assert complaint.callback_exemption in (
                    CallbackExemption.REFUSES_CONTACT,
                    CallbackExemption.SENSITIVE,
                )
        # R13q: move-in visits happen after the move.
        for interview in session.scalars(select(Interview).where(Interview.is_move_in_visit.is_(True))):
            client = session.get(Client, interview.client_id)
            assert client is not None and client.move_in_date is not None
            assert interview.interview_date > client.move_in_date
        # R15: a refused signature has a witness or a photo.
        for notice in session.scalars(select(RectificationNotice)):
            assert notice.deadline is not None
            if notice.service_result is ServiceResult.REFUSED:
                assert notice.refusal_witness or notice.refusal_photo_path
        # R14: slips numbered 1..3 per case; high-altitude slips signed by three parties.
        slips: dict[int, list[ReminderSlip]] = defaultdict(list)
        for slip in session.scalars(select(ReminderSlip).order_by(ReminderSlip.sequence)):
            slips[slip.case_id].append(slip)
        for case in session.scalars(select(ReminderCase)):
            sequence = [slip.sequence for slip in slips[case.id]]
            assert sequence == list(range(1, len(sequence) + 1)) and len(sequence) <= 3
            for slip in slips[case.id]:
                expected = 3 if case.kind is ReminderKind.HIGH_ALTITUDE_THROWING else 1
                assert len(slip.signatories) == expected
        # R17: phone interviews are never accepted.
        for visit in session.scalars(select(MediaVisit)):
            assert visit.supervisor_notified_at is not None and visit.supervisor_notified_at >= visit.at
            if visit.contact_mode is MediaContactMode.PHONE:
                assert not visit.credentials_checked
        # Pinyin initials: the demo's cached fast path agrees with the archive's own
        # name_initials (曾 reads zēng as a surname), so typing them finds the client.
        for client in session.scalars(select(Client)):
            assert client.name_initials == name_initials(client.name)
            assert re.fullmatch(r"[\u4e00-\u9fff]{2,4}", client.name)


def test_most_calls_come_in_working_hours(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.read() as session:
        received = session.scalars(select(WorkLogEntry.received_at)).all()
    local = [moment.astimezone(SHANGHAI) for moment in received]
    inside = sum(1 for moment in local if 9 <= moment.hour < 18)
    assert inside / len(local) > 0.7
    weekdays = sum(1 for moment in local if moment.weekday() < 5)
    assert weekdays / len(local) > 5 / 7


# -- refusal and the command ------------------------------------------------------------


def test_a_database_with_data_is_refused_untouched(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    before = _table_digest(db)
    with pytest.raises(DemoRefusedError, match=r"已有数据.*客户 80 户"):
        generate_demo(db, clients=10, months=1, now=NOW)
    assert _table_digest(db) == before


def test_the_command_fills_then_refuses(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_demo_command(sqlite_url, clients=30, months=1, seed=3, quiet=True) == 0
    out = capsys.readouterr().out
    assert "已生成演示小区" in out and "客户 30 户" in out
    assert run_demo_command(sqlite_url, clients=30, months=1, seed=3, quiet=True) == 2
    assert "演示数据只能写入空数据库" in capsys.readouterr().err


def test_progress_is_reported(sqlite_url: str) -> None:
    seen: list[tuple[str, int, int]] = []
    db = _open(sqlite_url)
    try:
        generate_demo(db, clients=20, months=1, now=NOW, progress=lambda *event: seen.append(event))
    finally:
        db.dispose()
    stages = list(dict.fromkeys(stage for stage, _, _ in seen))
    assert len(stages) >= 5
    assert all(0 <= done <= total for _, done, total in seen)
    assert seen[-1][1] == seen[-1][2]


# -- PostgreSQL ---------------------------------------------------------------------------


@pytest.mark.pg
def test_demo_on_postgresql(pg_url: str) -> None:
    db, summary = _run(pg_url, clients=40, months=2)
    try:
        with db.engine.connect() as connection:
            for name, expected in summary.counts().items():
                table = Base.metadata.tables[name]
                assert connection.execute(select(func.count()).select_from(table)).scalar_one() == expected
            timezone_name = connection.execute(text("SHOW TimeZone")).scalar_one()
        assert timezone_name
        # Sequences moved past the explicit ids; numbering continues.
        db.clock = FixedClock(NOW)
        with db.begin() as session:
            staff = Staff(login="newcomer", name="新同事", role=StaffRole.RECEPTIONIST)
            complaint = Complaint(received_at=NOW, channel=Channel.WEB, description="论坛投诉")
            session.add_all([staff, complaint])
            session.flush()
            assert staff.id == summary.staff + 1
        with db.read() as session:
            last = session.scalars(
                select(RecordCounter.last_value).where(
                    RecordCounter.prefix == "TS", RecordCounter.period == period_of(NOW)
                )
            ).one()
            assert complaint.number == f"TS-{period_of(NOW)}-{last:04d}"
            assert session.scalars(select(Complaint).where(Complaint.number == complaint.number)).one()
        with pytest.raises(DemoRefusedError):
            generate_demo(db, clients=5, months=1, now=NOW)
    finally:
        db.dispose()


def test_stored_due_times_are_what_the_rules_derive(demo: tuple[Database, DemoSummary]) -> None:
    """The dashboard reads stored due times: the demo stores what a save at the counter
    would (recompute_due_times), so overdue tiles and filters show demo records."""
    from desk_app.clock import FixedClock
    from desk_app.demo.generator import DUE_TIME_COLUMNS
    from desk_app.models import Complaint
    from desk_app.services.complaints import recompute_due_times

    db, _summary = demo
    checked = 0
    with db.read() as session, session.no_autoflush:
        session.info["clock"] = FixedClock(NOW)
        for complaint in session.scalars(select(Complaint).where(Complaint.voided_at.is_(None))):
            stored = {name: getattr(complaint, name) for name in DUE_TIME_COLUMNS}
            assert stored["first_response_due"] is not None, complaint.number
            recompute_due_times(session, complaint)
            assert stored == {name: getattr(complaint, name) for name in DUE_TIME_COLUMNS}, complaint.number
            checked += 1
    assert checked > 0
