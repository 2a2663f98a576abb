"""Services added for the archive card, the standard replies book and the settings
screen: contact history (R8 further complainants, voided left out), the card's details,
writing replies (supervisors only), saving the community settings (recomputes due times)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from desk_app.models import (
    Client,
    ClientImportance,
    Complaint,
    ComplaintComplainant,
    Interview,
    Staff,
    WorkLogEntry,
)
from desk_app.models.database import Database
from desk_app.models.enums import Category, Channel, ContactForm, ImportanceCategory, StaffRole
from desk_app.services import calendar_admin, clients, replies
from desk_app.services.errors import FieldError, PermissionDeniedError
from desk_app.services.settings import load_settings


def at(day: int, hour: int = 2) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=UTC)


def test_contact_history_most_recent_first(db: Database) -> None:
    with db.begin() as session:
        staff = Staff(login="s", name="访谈员", role=StaffRole.SERVICE_STAFF)
        client = Client(name="张三", name_initials="zs")
        other = Client(name="李四", name_initials="ls")
        session.add_all([staff, client, other])
        session.flush()
        session.add_all(
            [
                WorkLogEntry(
                    received_at=at(1),
                    channel=Channel.CALL,
                    category=Category.ENQUIRY,
                    client_id=client.id,
                    content="咨询停水",
                ),
                WorkLogEntry(
                    received_at=at(2),
                    channel=Channel.CALL,
                    category=Category.REPAIR,
                    client_id=client.id,
                    content="作废的",
                    voided_at=at(3),
                    void_reason="重复",
                ),
                Complaint(received_at=at(5), channel=Channel.VISIT, description="噪音", client_id=client.id),
                Interview(
                    client_id=client.id,
                    interviewer_id=staff.id,
                    interview_date=date(2026, 11, 4),
                    form=ContactForm.PHONE,
                    client_needs="无",
                ),
            ]
        )
        shared = Complaint(
            received_at=at(7), channel=Channel.CALL, description="电梯故障", client_id=other.id
        )
        session.add(shared)
        session.flush()
        session.add(ComplaintComplainant(complaint_id=shared.id, client_id=client.id, joined_at=at(8)))
        client_id = client.id
    with db.read() as session:
        history = clients.contact_history(session, client_id)
    assert [entry.kind for entry in history] == ["complaints", "complaints", "interviews", "worklog"]
    assert [entry.summary for entry in history] == ["电梯故障", "噪音", "无", "咨询停水"]
    assert history[-1].what == "咨询" and history[-1].number.startswith("GZ-")


def test_update_client_details(db: Database) -> None:
    with db.begin() as session:
        client = Client(
            name="张三",
            name_initials="zs",
            importance=[ClientImportance(category=ImportanceCategory.MAJOR_CLIENT)],
        )
        session.add(client)
        session.flush()
        client_id = client.id
    with db.begin() as session:
        clients.update_client_details(
            session,
            client_id,
            occupation=" 教师 ",
            employer="",
            hometown="湖南",
            notes=None,
            importance=[ImportanceCategory.FORUM_ACTIVE, ImportanceCategory.GROUP_EMPLOYEE],
        )
    with db.read() as session:
        card = clients.client_card(session, client_id, date(2026, 11, 23))
    assert (card.occupation, card.employer, card.profile.hometown) == ("教师", None, "湖南")
    assert card.importance == (ImportanceCategory.GROUP_EMPLOYEE, ImportanceCategory.FORUM_ACTIVE)
    with pytest.raises(FieldError) as error, db.begin() as session:
        clients.update_client_details(
            session, client_id, occupation="x" * 200, employer=None, hometown=None, notes=None, importance=[]
        )
    assert error.value.field == "occupation"


def test_replies_are_written_by_supervisors(db: Database) -> None:
    with db.begin() as session:
        clerk = Staff(login="c", name="前台", role=StaffRole.RECEPTIONIST)
        boss = Staff(login="b", name="主管", role=StaffRole.SUPERVISOR)
        session.add_all([clerk, boss])
        session.flush()
        clerk_id, boss_id = clerk.id, boss.id
    with db.read() as session:
        assert replies.may_edit(session, boss_id) and not replies.may_edit(session, clerk_id)
    with pytest.raises(PermissionDeniedError), db.begin(actor_id=clerk_id) as session:
        replies.save_reply(session, None, topic="t", question="q", reply_text="r")
    with pytest.raises(FieldError) as error, db.begin(actor_id=boss_id) as session:
        replies.save_reply(session, None, topic="停车", question="", reply_text="r")
    assert error.value.field == "question"
    with db.begin(actor_id=boss_id) as session:
        reply_id = replies.save_reply(
            session, None, topic="停车", question="收费？", reply_text="首小时免费"
        ).id
    with db.begin(actor_id=boss_id) as session:
        replies.save_reply(
            session, reply_id, topic="停车", question="收费？", reply_text="两小时免费", keywords="车位"
        )
    with db.read() as session:
        reply = replies.load_reply(session, reply_id)
        assert (reply.reply_text, reply.keywords) == ("两小时免费", "车位")


def test_save_community_settings(db: Database) -> None:
    with db.begin() as session:
        admin = Staff(login="a", name="管理员", role=StaffRole.ADMINISTRATOR)
        session.add(admin)
        session.flush()
        admin_id = admin.id
    with db.begin(actor_id=admin_id) as session:
        change = calendar_admin.save_community_settings(
            session,
            community_name="锦绣花园",
            work_start=time(8, 30),
            work_end=time(17, 30),
            progress_update_working_days=3,
            callback_working_days=5,
        )
    assert change.recomputed_complaints == 0
    with db.read() as session:
        settings = load_settings(session)
        assert calendar_admin.is_administrator(session, admin_id)
    assert (settings.community_name, settings.work_start, settings.callback_working_days) == (
        "锦绣花园",
        time(8, 30),
        5,
    )
    with pytest.raises(FieldError) as error, db.begin(actor_id=admin_id) as session:
        calendar_admin.save_community_settings(
            session,
            community_name="x",
            work_start=time(9),
            work_end=time(9),
            progress_update_working_days=3,
            callback_working_days=5,
        )
    assert error.value.field == "work_end"
    with pytest.raises(PermissionDeniedError), db.begin() as session:
        calendar_admin.save_community_settings(
            session,
            community_name="x",
            work_start=time(9),
            work_end=time(18),
            progress_update_working_days=3,
            callback_working_days=5,
        )
