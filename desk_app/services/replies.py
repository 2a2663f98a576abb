"""Standard replies 统一回复口径 and the phrases staff must never say (SPEC 2.9).

Everybody reads the book and copies replies from it; only supervisors, department heads
and the administrator write it.
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
from desk_app.services.errors import NotFoundError
from desk_app.services.text import optional_text, required_text

#: Who may add and edit standard replies.
EDITOR_ROLES = frozenset({StaffRole.SUPERVISOR, StaffRole.DEPARTMENT_HEAD, StaffRole.ADMINISTRATOR})


@dataclass(frozen=True)
class Phrase:
    phrase: str
    better_alternative: str | None


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


def save_reply(
    session: Session,
    reply_id: int | None,
    *,
    topic: str,
    question: str,
    reply_text: str,
    keywords: str = "",
) -> StandardReply:
    """Add (``reply_id`` None) or change a standard reply; supervisors and up only."""
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
        reply.topic = checked_topic
        reply.question = checked_question
        reply.reply_text = checked_reply
    reply.keywords = checked_keywords
    session.flush()
    return reply


def forbidden_phrases(session: Session) -> list[Phrase]:
    """The phrases staff must never say, with what to say instead, in the order they were entered."""
    rows = session.execute(
        select(ForbiddenPhrase.phrase, ForbiddenPhrase.better_alternative)
        .where(ForbiddenPhrase.voided_at.is_(None))
        .order_by(ForbiddenPhrase.id)
    ).all()
    return [Phrase(phrase, alternative) for phrase, alternative in rows]


__all__ = ["EDITOR_ROLES", "Phrase", "forbidden_phrases", "load_reply", "may_edit", "save_reply"]
