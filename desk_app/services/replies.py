"""Standard replies 统一回复口径 and the phrases staff must never say (SPEC 2.9).

Everybody reads the book and copies replies from it; only supervisors, department heads
and the administrator write it: replies and forbidden phrases are added, changed and
removed (removed = voided, so the audit keeps them). A new database starts with the
handbook's forbidden phrases (``seed_data``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models import Staff
from desk_app.models.enums import StaffRole
from desk_app.models.replies import ForbiddenPhrase, StandardReply
from desk_app.services import context
from desk_app.services.errors import FieldError, NotFoundError
from desk_app.services.permissions import checked
from desk_app.services.records import check_version
from desk_app.services.text import optional_text, required_text

#: Who may add and edit standard replies.
EDITOR_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})


@dataclass(frozen=True)
class Phrase:
    phrase: str
    better_alternative: str | None
    id: int | None = None
    #: the version read with it (``save_phrase``'s ``expected_version``)
    version: int | None = None


def may_edit(session: Session, staff_id: int | None) -> bool:
    """Whether this staff member may write the book (the form is read-only otherwise)."""
    if staff_id is None:
        return False
    staff = session.get(Staff, staff_id)
    return staff is not None and staff.active and staff.voided_at is None and staff.role in EDITOR_ROLES


def load_reply(session: Session, reply_id: int) -> StandardReply:
    reply = session.get(StandardReply, reply_id)
    if reply is None or reply.voided_at is not None:
        raise NotFoundError(msg("找不到这条回复口径（编号 {reply_id}），或已作废", reply_id=reply_id))
    return reply


@checked
def save_reply(
    session: Session,
    reply_id: int | None,
    *,
    topic: str,
    question: str,
    reply_text: str,
    keywords: str = "",
    expected_version: int | None = None,
) -> StandardReply:
    """Add (``reply_id`` None) or change a standard reply; supervisors and up only.
    ``expected_version``: the version the form loaded; a reply someone else saved
    since is refused with ``ConflictError`` (issue 19: no silent lost update)."""
    context.require_role(session, set(EDITOR_ROLES), msg("编写统一回复口径"))
    checked_topic = required_text("topic", topic, msg("主题"), limit=128)
    checked_question = required_text("question", question, msg("常见问题"))
    checked_reply = required_text("reply_text", reply_text, msg("统一答复"))
    checked_keywords = optional_text(keywords, "keywords", msg("关键词"), limit=255) or ""
    if reply_id is None:
        reply = StandardReply(topic=checked_topic, question=checked_question, reply_text=checked_reply)
        session.add(reply)
    else:
        reply = load_reply(session, reply_id)
        check_version(reply, expected_version)
        reply.topic = checked_topic
        reply.question = checked_question
        reply.reply_text = checked_reply
    reply.keywords = checked_keywords
    session.flush()
    return reply


def forbidden_phrases(session: Session) -> list[Phrase]:
    """The phrases staff must never say, with what to say instead, in the order they were entered."""
    rows = session.execute(
        select(
            ForbiddenPhrase.phrase,
            ForbiddenPhrase.better_alternative,
            ForbiddenPhrase.id,
            ForbiddenPhrase.version,
        )
        .where(ForbiddenPhrase.voided_at.is_(None))
        .order_by(ForbiddenPhrase.id)
    ).all()
    return [
        Phrase(phrase, alternative, phrase_id, version) for phrase, alternative, phrase_id, version in rows
    ]


def _withdraw(session: Session, record: StandardReply | ForbiddenPhrase, reason: str) -> None:
    """Take a reply or a phrase out of the book: voided (kept for the audit), not deleted."""
    record.voided_at = context.now(session)
    staff = context.actor(session)
    record.voided_by_id = staff.id if staff is not None else None
    record.void_reason = reason


@checked
def remove_reply(session: Session, reply_id: int) -> StandardReply:
    """Take a standard reply out of the book (voided: the audit keeps it); editors only."""
    context.require_role(session, set(EDITOR_ROLES), msg("删除统一回复口径"))
    reply = load_reply(session, reply_id)
    _withdraw(session, reply, msg("从统一回复口径中删除"))
    session.flush()
    return reply


def load_phrase(session: Session, phrase_id: int) -> ForbiddenPhrase:
    phrase = session.get(ForbiddenPhrase, phrase_id)
    if phrase is None or phrase.voided_at is not None:
        raise NotFoundError(msg("找不到这条服务禁语（编号 {phrase_id}），或已删除", phrase_id=phrase_id))
    return phrase


@checked
def save_phrase(
    session: Session,
    phrase_id: int | None,
    *,
    phrase: str,
    better_alternative: str | None = None,
    expected_version: int | None = None,
) -> ForbiddenPhrase:
    """Add (``phrase_id`` None) or change a forbidden phrase and what to say instead;
    supervisors, department heads and the administrator only. The phrase is required
    and appears once in the list (``FieldError`` on ``phrase``); adding a phrase that
    was removed before brings it back. ``expected_version``: the version the list read;
    a phrase someone else changed since is refused with ``ConflictError`` (issue 19)."""
    context.require_role(session, set(EDITOR_ROLES), msg("编写服务禁语"))
    text = required_text("phrase", phrase, msg("禁语"), limit=255)
    better = optional_text(better_alternative, "better_alternative", msg("宜说")) or None
    same = session.scalars(select(ForbiddenPhrase).where(ForbiddenPhrase.phrase == text)).first()
    if same is not None and same.id != phrase_id and same.voided_at is None:
        raise FieldError("phrase", msg("服务禁语中已有“{text}”", text=text))
    if phrase_id is None:
        if same is not None:  # removed before: back in the list
            same.voided_at = None
            same.voided_by_id = None
            same.void_reason = None
            same.better_alternative = better
            session.flush()
            return same
        record = ForbiddenPhrase(phrase=text, better_alternative=better)
        session.add(record)
        session.flush()
        return record
    record = load_phrase(session, phrase_id)
    check_version(record, expected_version)
    if same is not None and same.id != record.id:
        # the text of a removed phrase: that old row gives way (its text is kept in the audit)
        same.phrase = f"{same.phrase}（已删除 #{same.id}）"[:255]
        session.flush()
    record.phrase = text
    record.better_alternative = better
    session.flush()
    return record


@checked
def remove_phrase(session: Session, phrase_id: int) -> ForbiddenPhrase:
    """Take a phrase off the list (voided: the audit keeps it); editors only."""
    context.require_role(session, set(EDITOR_ROLES), msg("删除服务禁语"))
    record = load_phrase(session, phrase_id)
    _withdraw(session, record, msg("从服务禁语中删除"))
    session.flush()
    return record


__all__ = [
    "EDITOR_ROLES",
    "Phrase",
    "forbidden_phrases",
    "load_phrase",
    "load_reply",
    "may_edit",
    "remove_phrase",
    "remove_reply",
    "save_phrase",
    "save_reply",
]
