"""访客登记 visitor register (SPEC 2.8): who came, whom they visit, whether the host was
contacted and agreed, when they arrived and left (a 离开 button)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import Room, Visitor
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import reception, references
from desk_app.ui.book_form import BookForm, FieldSpec, as_int
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "VisitorsPage",
    {
        "record_name": QT_TRANSLATE_NOOP("VisitorsPage", "访客登记"),
        "title": QT_TRANSLATE_NOOP("VisitorsPage", "访客登记"),
        "visitor_name": QT_TRANSLATE_NOOP("VisitorsPage", "来访人(&W)"),
        "visitor_phone": QT_TRANSLATE_NOOP("VisitorsPage", "来访人电话(&P)"),
        "id_document": QT_TRANSLATE_NOOP("VisitorsPage", "证件(&I)"),
        "party_size": QT_TRANSLATE_NOOP("VisitorsPage", "人数(&C)"),
        "visiting_room_id": QT_TRANSLATE_NOOP("VisitorsPage", "被访房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("VisitorsPage", "如 3-2-1201"),
        "host_name": QT_TRANSLATE_NOOP("VisitorsPage", "被访人(&B)"),
        "purpose": QT_TRANSLATE_NOOP("VisitorsPage", "来访事由(&U)"),
        "host_contacted": QT_TRANSLATE_NOOP("VisitorsPage", "已联系被访人(&K)"),
        "host_agreed": QT_TRANSLATE_NOOP("VisitorsPage", "被访人意见(&J)"),
        "answer_none": QT_TRANSLATE_NOOP("VisitorsPage", "尚未答复"),
        "answer_yes": QT_TRANSLATE_NOOP("VisitorsPage", "同意来访"),
        "answer_no": QT_TRANSLATE_NOOP("VisitorsPage", "不同意来访"),
        "arrived_at": QT_TRANSLATE_NOOP("VisitorsPage", "到达时间(&A)"),
        "left": QT_TRANSLATE_NOOP("VisitorsPage", "离开(&L)"),
        "agreed_button": QT_TRANSLATE_NOOP("VisitorsPage", "被访人同意(&Y)"),
        "refused_button": QT_TRANSLATE_NOOP("VisitorsPage", "被访人不同意(&O)"),
        "left_at": QT_TRANSLATE_NOOP("VisitorsPage", "离开时间：{when}"),
        "on_site": QT_TRANSLATE_NOOP("VisitorsPage", "访客尚未离开"),
        "left_done": QT_TRANSLATE_NOOP("VisitorsPage", "已登记离开。"),
        "answer_done": QT_TRANSLATE_NOOP("VisitorsPage", "已登记被访人意见。"),
        # list
        "col_number": QT_TRANSLATE_NOOP("VisitorsPage", "编号"),
        "col_name": QT_TRANSLATE_NOOP("VisitorsPage", "来访人"),
        "col_room": QT_TRANSLATE_NOOP("VisitorsPage", "被访房号"),
        "col_host": QT_TRANSLATE_NOOP("VisitorsPage", "被访人"),
        "col_agreed": QT_TRANSLATE_NOOP("VisitorsPage", "同意"),
        "col_arrived": QT_TRANSLATE_NOOP("VisitorsPage", "到达时间"),
        "col_left": QT_TRANSLATE_NOOP("VisitorsPage", "离开时间"),
        "filter_state": QT_TRANSLATE_NOOP("VisitorsPage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("VisitorsPage", "全部"),
        "filter_on_site": QT_TRANSLATE_NOOP("VisitorsPage", "未离开"),
        "filter_left": QT_TRANSLATE_NOOP("VisitorsPage", "已离开"),
        "export": QT_TRANSLATE_NOOP("VisitorsPage", "访客登记"),
    },
)


def visitor_list() -> ListSpec:
    return ListSpec(
        kind="visitors",
        model=Visitor,
        columns=(
            Column(TEXT("col_number"), Visitor.number),
            Column(TEXT("col_name"), Visitor.visitor_name),
            Column(TEXT("col_room"), Room.code),
            Column(TEXT("col_host"), Visitor.host_name),
            Column(TEXT("col_agreed"), Visitor.host_agreed),
            Column(TEXT("col_arrived"), Visitor.arrived_at),
            Column(TEXT("col_left"), Visitor.left_at),
        ),
        search=(Visitor.number, Visitor.visitor_name, Visitor.host_name, Room.code),
        filters=(
            Filter(
                TEXT("filter_state"),
                (
                    (TEXT("filter_all"), None),
                    (TEXT("filter_on_site"), Visitor.left_at.is_(None)),
                    (TEXT("filter_left"), Visitor.left_at.is_not(None)),
                ),
            ),
        ),
        default_order=Visitor.arrived_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == Visitor.visiting_room_id),
        export_name=TEXT("export"),
    )


class VisitorForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="visitors", draft_name="visitor", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec("visitor_name", TEXT("visitor_name")),
                FieldSpec("visitor_phone", TEXT("visitor_phone")),
                FieldSpec("id_document", TEXT("id_document")),
                FieldSpec("party_size", TEXT("party_size"), "spin", minimum=1, maximum=999),
                FieldSpec("visiting_room_id", TEXT("visiting_room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("host_name", TEXT("host_name")),
                FieldSpec("purpose", TEXT("purpose")),
                FieldSpec("host_contacted", TEXT("host_contacted"), "check"),
                FieldSpec(
                    "host_agreed",
                    TEXT("host_agreed"),
                    "combo",
                    choices=(
                        (TEXT("answer_none"), None),
                        (TEXT("answer_yes"), True),
                        (TEXT("answer_no"), False),
                    ),
                ),
                FieldSpec("arrived_at", TEXT("arrived_at"), "datetime"),
            ]
        )
        row = self.action_row
        self.agreed_button = make_button(row, TEXT("agreed_button"), lambda: self._answer(True))
        self.refused_button = make_button(row, TEXT("refused_button"), lambda: self._answer(False))
        self.left_button = make_button(row, TEXT("left"), self._left)
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def defaults(self) -> dict[str, Any]:
        return {"party_size": 1}

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["visiting_room_id"], "visiting_room_id")
        visitor = reception.register_visitor(
            session,
            visitor_name=values["visitor_name"],
            visiting_room_id=room.id if room is not None else None,
            host_name=values["host_name"],
            host_contacted=bool(values["host_contacted"]),
            host_agreed=values["host_agreed"],
            visitor_phone=values["visitor_phone"],
            id_document=values["id_document"],
            party_size=as_int(values["party_size"]) or 0,
            purpose=values["purpose"],
            arrived_at=aware(values["arrived_at"], self.zone),
        )
        return visitor.id

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            visitor = references.load_record(session, Visitor, record_id, TEXT("record_name"))
            values = {
                "visitor_name": visitor.visitor_name,
                "visitor_phone": visitor.visitor_phone,
                "id_document": visitor.id_document,
                "party_size": visitor.party_size,
                "visiting_room_id": references.room_code(session, visitor.visiting_room_id),
                "host_name": visitor.host_name,
                "purpose": visitor.purpose,
                "host_contacted": visitor.host_contacted,
                "host_agreed": visitor.host_agreed,
                "arrived_at": visitor.arrived_at,
            }
            number, left_at, answered = visitor.number, visitor.left_at, visitor.host_agreed is not None
        self.show_loaded(record_id, number, values)
        self.state_label.setText(
            TEXT("left_at", when=local_text(left_at, self.zone)) if left_at else TEXT("on_site")
        )
        self.left_button.setVisible(left_at is None)
        self.agreed_button.setVisible(left_at is None and not answered)
        self.refused_button.setVisible(left_at is None and not answered)

    def show_record_details(self, record_id: int | None) -> None:
        for button in (self.agreed_button, self.refused_button, self.left_button):
            button.setVisible(False)
        self.state_label.clear()

    def _left(self) -> None:
        if self.record_id is not None:
            self.run_action(lambda s: reception.visitor_left(s, self.record_id or 0), TEXT("left_done"))

    def _answer(self, agreed: bool) -> None:
        if self.record_id is not None:
            self.run_action(
                lambda s: reception.record_host_answer(s, self.record_id or 0, agreed), TEXT("answer_done")
            )


class VisitorsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, VisitorForm(context), visitor_list())
