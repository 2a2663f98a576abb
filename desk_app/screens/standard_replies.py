"""标准答复 standard replies screen: the list, one reply's form values, copying a reply,
and the forbidden phrases (禁语) with their better wording. Supervisors edit
(``replies.may_edit``); everyone reads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from desk_app.models.replies import StandardReply
from desk_app.screens.base import SessionFormScreen, Workspace
from desk_app.screens.list_spec import Column, ListSpec
from desk_app.services import replies
from desk_app.services.replies import Phrase

__all__ = ["Phrase", "ReplyScreen", "ReplyText", "reply_list_spec"]


def reply_list_spec(topic: str, question: str, export_name: str) -> ListSpec:
    """The replies' list, with its column titles and export name as the screen words them."""
    return ListSpec(
        kind="standard_replies",
        model=StandardReply,
        columns=(
            Column(topic, StandardReply.topic, width=110),
            Column(question, StandardReply.question, width=260),
        ),
        search=(
            StandardReply.topic,
            StandardReply.question,
            StandardReply.reply_text,
            StandardReply.keywords,
        ),
        default_order=StandardReply.topic.asc(),
        export_name=export_name,
    )


@dataclass(frozen=True)
class ReplyText:
    topic: str
    question: str
    text: str


class ReplyScreen(SessionFormScreen):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)

    # -- the form ------------------------------------------------------------------------

    def read_in(self, session: Session, record_id: int) -> dict[str, Any]:
        reply = replies.load_reply(session, record_id)
        return {
            "topic": reply.topic,
            "question": reply.question,
            "reply_text": reply.reply_text,
            "keywords": reply.keywords,
            "_version": reply.version,
        }

    def save_in(
        self, session: Session, record_id: int | None, values: dict[str, Any], expected_version: int | None
    ) -> int:
        reply = replies.save_reply(
            session,
            record_id,
            topic=values["topic"],
            question=values["question"],
            reply_text=values["reply_text"],
            keywords=values["keywords"],
            expected_version=expected_version,
        )
        return reply.id

    # -- the page ------------------------------------------------------------------------

    def may_edit(self) -> bool:
        return self.workspace.read(lambda session: replies.may_edit(session, self.workspace.actor_id))

    def reply(self, record_id: int) -> ReplyText:
        def read(session: Session) -> ReplyText:
            reply = replies.load_reply(session, record_id)
            return ReplyText(reply.topic, reply.question, reply.reply_text)

        return self.workspace.read(read)

    def remove(self, record_id: int) -> int:
        """Withdraw the reply (voided with a reason, never deleted); its id."""
        return self.workspace.write(lambda session: replies.remove_reply(session, record_id).id)

    def phrases(self) -> list[Phrase]:
        return self.workspace.read(replies.forbidden_phrases)

    def save_phrase(
        self, phrase_id: int | None, phrase: str, better: str, expected_version: int | None = None
    ) -> tuple[int, str]:
        def save(session: Session) -> tuple[int, str]:
            record = replies.save_phrase(
                session,
                phrase_id,
                phrase=phrase,
                better_alternative=better,
                expected_version=expected_version,
            )
            return record.id, record.phrase

        return self.workspace.write(save)

    def remove_phrase(self, phrase_id: int) -> tuple[int, str]:
        def remove(session: Session) -> tuple[int, str]:
            record = replies.remove_phrase(session, phrase_id)
            return record.id, record.phrase

        return self.workspace.write(remove)
