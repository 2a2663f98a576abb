"""The client archive card (SPEC 2.1): the profile with its R13 classes computed from
the database, and the R12 do-not-disturb flag and warning, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.clock import FixedClock
from desk_app.models import (
    Building,
    Client,
    ClientImportance,
    ClientPhone,
    ClientRoom,
    Complaint,
    ComplaintComplainant,
    Interview,
    Room,
    Staff,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import (
    Category,
    Channel,
    ContactForm,
    ImportanceCategory,
    RelationshipClass,
    ResidencyPeriod,
    StaffRole,
)
from desk_app.services import clients
from desk_app.services.errors import FieldError, NotFoundError

SH = ZoneInfo("Asia/Shanghai")
TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=SH)
VOIDED = datetime(2026, 11, 1, 9, 0, tzinfo=SH)


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=SH)


def add_client(db: Database, name: str = "张三", **fields: object) -> int:
    with db.begin() as session:
        client = Client(name=name, name_initials=clients.name_initials(name), **fields)
        session.add(client)
        session.flush()
        return client.id


def add_staff(session: Session) -> int:
    staff = session.scalars(select(Staff).where(Staff.login == "guan")).one_or_none()
    if staff is None:
        staff = Staff(login="guan", name="管家小王", role=StaffRole.SERVICE_STAFF)
        session.add(staff)
        session.flush()
    return staff.id


@pytest.fixture
def archive(db: Database) -> Database:
    db.clock = FixedClock(NOW)
    return db


def profile(db: Database, client_id: int, today: date | None = TODAY) -> clients.ClientProfile:
    with db.read() as session:
        return clients.client_profile(session, client_id, today)


# -- the card -----------------------------------------------------------------------------


def test_profile_shows_the_card(archive: Database) -> None:
    with archive.begin() as session:
        building = Building(code="3", name="3栋")
        client = Client(
            name="曾小霞",
            name_initials="zxx",
            move_in_date=date(2026, 5, 23),
            hometown="湖南长沙",
            rooms=[
                ClientRoom(
                    room=Room(building=building, unit="2", number="1201", code="3-2-1201", digits="321201")
                ),
                ClientRoom(
                    room=Room(building=building, unit="1", number="0502", code="3-1-0502", digits="310502")
                ),
            ],
            phones=[ClientPhone(phone="13800001111"), ClientPhone(phone="0710-5551234", label="家")],
            importance=[
                ClientImportance(category=ImportanceCategory.FORUM_ACTIVE),
                ClientImportance(category=ImportanceCategory.GOVERNMENT_OR_MEDIA),
            ],
        )
        session.add(client)
        session.flush()
        client_id = client.id
    card = profile(archive, client_id)
    assert card.name == "曾小霞" and card.number.startswith("KH-202611-")
    assert card.rooms == ("3-1-0502", "3-2-1201")
    assert card.phones == ("13800001111", "0710-5551234")
    # The form's order, not the order they were ticked.
    assert card.importance == ("政府机关/新闻媒体工作者", "网络论坛活跃份子")
    assert card.residency_period is ResidencyPeriod.SETTLING_IN  # exactly 6 months: R13
    assert card.relationship_class is RelationshipClass.FIRST_CONTACT
    assert card.last_complaint is None
    assert not card.do_not_disturb and card.do_not_disturb_reason is None


@pytest.mark.parametrize(
    ("move_in", "expected"),
    [(None, None), (date(2026, 12, 1), None), (date(2024, 11, 23), ResidencyPeriod.LONG_STANDING)],
)
def test_residency_period_needs_a_past_move_in_date(
    archive: Database, move_in: date | None, expected: ResidencyPeriod | None
) -> None:
    client_id = add_client(archive, move_in_date=move_in)
    assert profile(archive, client_id).residency_period is expected


def test_profile_defaults_to_the_local_date_of_the_clock(archive: Database) -> None:
    # 2026-11-22 20:00 UTC is already 23 November in Shanghai: 6 full months.
    archive.clock = FixedClock(datetime(2026, 11, 22, 20, 0, tzinfo=UTC))
    client_id = add_client(archive, move_in_date=date(2026, 5, 23))
    assert profile(archive, client_id, today=None).residency_period is ResidencyPeriod.SETTLING_IN


def test_voided_or_unknown_clients_are_not_found(archive: Database) -> None:
    client_id = add_client(archive, voided_at=VOIDED, void_reason="重复建档")
    with pytest.raises(NotFoundError, match="已作废"):
        profile(archive, client_id)
    with pytest.raises(NotFoundError):
        profile(archive, 9999)


# -- R13 relationship class from the records --------------------------------------------


def worklog(client_id: int, at: str, voided: bool = False) -> Callable[[Session], None]:
    def build(session: Session) -> None:
        session.add(
            WorkLogEntry(
                received_at=local(at),
                channel=Channel.CALL,
                category=Category.ENQUIRY,
                content="咨询停车卡",
                client_id=client_id,
                voided_at=VOIDED if voided else None,
            )
        )

    return build


def complaint(client_id: int | None, at: str, voided: bool = False) -> Callable[[Session], None]:
    def build(session: Session) -> None:
        session.add(
            Complaint(
                received_at=local(at),
                channel=Channel.VISIT,
                description="楼道堆物",
                client_id=client_id,
                voided_at=VOIDED if voided else None,
            )
        )

    return build


def joined(client_id: int, at: str, voided: bool = False) -> Callable[[Session], None]:
    """R8: the client joined someone else's complaint about the same event."""

    def build(session: Session) -> None:
        other = Complaint(
            received_at=local("2026-01-05 09:00"),
            channel=Channel.VISIT,
            description="电梯停运",
            voided_at=VOIDED if voided else None,
        )
        other.complainants.append(ComplaintComplainant(client_id=client_id, joined_at=local(at)))
        session.add(other)

    return build


def interview(client_id: int, day: str, voided: bool = False) -> Callable[[Session], None]:
    def build(session: Session) -> None:
        session.add(
            Interview(
                client_id=client_id,
                interviewer_id=add_staff(session),
                interview_date=date.fromisoformat(day),
                form=ContactForm.PHONE,
                topics=["cleaning"],
                voided_at=VOIDED if voided else None,
            )
        )

    return build


Records = Callable[[int], list[Callable[[Session], None]]]


@pytest.mark.parametrize(
    ("records", "expected", "last"),
    [
        pytest.param(lambda c: [], RelationshipClass.FIRST_CONTACT, None, id="nothing-recorded"),
        pytest.param(
            lambda c: [worklog(c, "2024-03-01 10:00")], RelationshipClass.FRIENDLY, None, id="an-old-enquiry"
        ),
        pytest.param(
            lambda c: [interview(c, "2026-11-20")], RelationshipClass.FRIENDLY, None, id="interviewed"
        ),
        pytest.param(
            lambda c: [complaint(c, "2026-06-01 10:00")],
            RelationshipClass.COMPLAINING,
            "2026-06-01",
            id="complained-in-6-months",
        ),
        pytest.param(
            lambda c: [complaint(c, "2026-05-22 23:59")],
            RelationshipClass.FRIENDLY,
            "2026-05-22",
            id="complained-6-months-and-a-day-ago",
        ),
        pytest.param(
            # 00:30 in Shanghai is still 22 May in UTC: the local date decides.
            lambda c: [complaint(c, "2026-05-23 00:30")],
            RelationshipClass.COMPLAINING,
            "2026-05-23",
            id="exactly-6-months-local-date",
        ),
        pytest.param(
            lambda c: [complaint(c, "2026-06-01 10:00", voided=True)],
            RelationshipClass.FIRST_CONTACT,
            None,
            id="voided-complaint",
        ),
        pytest.param(
            lambda c: [worklog(c, "2026-11-01 10:00", voided=True), interview(c, "2026-11-02", voided=True)],
            RelationshipClass.FIRST_CONTACT,
            None,
            id="voided-contacts",
        ),
        pytest.param(
            lambda c: [joined(c, "2026-10-01 10:00")],
            RelationshipClass.COMPLAINING,
            "2026-10-01",
            id="joined-a-complaint-R8",
        ),
        pytest.param(
            lambda c: [joined(c, "2026-10-01 10:00", voided=True)],
            RelationshipClass.FIRST_CONTACT,
            None,
            id="joined-a-voided-complaint",
        ),
        pytest.param(
            lambda c: [complaint(None, "2026-10-01 10:00")],
            RelationshipClass.FIRST_CONTACT,
            None,
            id="someone-else-complained",
        ),
        pytest.param(
            lambda c: [complaint(c, "2025-01-01 10:00"), complaint(c, "2026-09-30 10:00")],
            RelationshipClass.COMPLAINING,
            "2026-09-30",
            id="latest-complaint-counts",
        ),
    ],
)
def test_relationship_class_from_the_records(
    archive: Database, records: Records, expected: RelationshipClass, last: str | None
) -> None:
    client_id = add_client(archive)
    with archive.begin() as session:
        for build in records(client_id):
            build(session)
    card = profile(archive, client_id)
    assert card.relationship_class is expected
    assert card.last_complaint == (date.fromisoformat(last) if last else None)


_KINDS = {"worklog": worklog, "complaint": complaint, "joined": joined}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    history=st.lists(
        st.tuples(
            st.sampled_from(["worklog", "complaint", "joined", "interview"]),
            st.integers(min_value=0, max_value=800),  # days before TODAY
            st.booleans(),  # voided
        ),
        max_size=5,
    )
)
def test_relationship_class_agrees_with_r13_over_any_history(
    archive: Database, history: list[tuple[str, int, bool]]
) -> None:
    """Whatever the records, the card's class is R13 applied to the non-voided ones,
    and voided records never change it."""
    client_id = add_client(archive)
    with archive.begin() as session:
        for kind, days_ago, voided in history:
            day = TODAY - timedelta(days=days_ago)
            if kind == "interview":
                interview(client_id, day.isoformat(), voided)(session)
            else:
                _KINDS[kind](client_id, f"{day.isoformat()} 12:00", voided)(session)
    alive = [(kind, days) for kind, days, voided in history if not voided]
    complained = [TODAY - timedelta(days=days) for kind, days in alive if kind in ("complaint", "joined")]
    last = max(complained, default=None)
    expected = clients.relationship_class(bool(alive), last, TODAY)
    card = profile(archive, client_id)
    assert card.relationship_class is expected
    assert card.last_complaint == last


# -- R12 do not disturb ------------------------------------------------------------------


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_do_not_disturb_needs_a_reason(archive: Database, reason: str | None) -> None:
    client_id = add_client(archive)
    with pytest.raises(FieldError) as error, archive.begin() as session:
        clients.set_do_not_disturb(session, client_id, reason)
    assert error.value.field == "do_not_disturb_reason" and error.value.rule == "R12"
    assert not profile(archive, client_id).do_not_disturb


def test_do_not_disturb_flag_warning_and_clearing(archive: Database) -> None:
    client_id = add_client(archive)
    with archive.read() as session:
        assert clients.contact_warning(session, client_id) is None
    with archive.begin(actor_id=None) as session:
        clients.set_do_not_disturb(session, client_id, "  多次表示不需要回访  ")
    card = profile(archive, client_id)
    assert card.do_not_disturb and card.do_not_disturb_reason == "多次表示不需要回访"
    assert card.do_not_disturb_since == NOW

    with archive.read() as session:
        warning = clients.contact_warning(session, client_id)
    assert warning is not None
    assert "张三" in warning and "多次表示不需要回访" in warning and "2026-11-23" in warning

    # A new reason later keeps the date the client first objected.
    archive.clock = FixedClock(NOW + timedelta(days=3))
    with archive.begin() as session:
        clients.set_do_not_disturb(session, client_id, "工作繁忙，勿扰")
    card = profile(archive, client_id)
    assert card.do_not_disturb_reason == "工作繁忙，勿扰" and card.do_not_disturb_since == NOW

    with archive.begin() as session:
        clients.clear_do_not_disturb(session, client_id)
    card = profile(archive, client_id)
    assert (
        not card.do_not_disturb and card.do_not_disturb_reason is None and card.do_not_disturb_since is None
    )
    with archive.read() as session:
        assert clients.contact_warning(session, client_id) is None


def test_contact_warning_for_an_unknown_client(archive: Database) -> None:
    with pytest.raises(NotFoundError), archive.read() as session:
        clients.contact_warning(session, 4242)
