"""访客登记 visitor register (SPEC 2.8): who came, whom they visit, whether the host was
contacted and agreed, when they arrived and left (a 离开 button). Reads, saves and the
later steps go through ``screens.reception_books`` (``VISITORS``); the buttons follow
the sheet (the host answers once, while the visitor is there; the visitor leaves once)."""

from __future__ import annotations

from typing import Any

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import VISITORS, BookScreen, BookSheet, VisitorDetails
from desk_app.screens.reception_books import visitor_list as visitor_list_of
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
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
    return visitor_list_of(TEXT)


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
        self.use_screen(BookScreen(context.workspace, VISITORS))
        row = self.action_row
        self.agreed_button = make_button(row, TEXT("agreed_button"), lambda: self._answer(True))
        self.refused_button = make_button(row, TEXT("refused_button"), lambda: self._answer(False))
        self.left_button = make_button(row, TEXT("left"), self._left)
        self.bind_action(self.agreed_button, "answer")
        self.bind_action(self.refused_button, "answer")
        self.bind_action(self.left_button, "leave")
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def defaults(self) -> dict[str, Any]:
        return {"party_size": 1}

    def show_details(self, sheet: BookSheet[Any]) -> None:
        details: VisitorDetails = sheet.details
        left_at = details.left_at
        self.state_label.setText(
            TEXT("left_at", when=local_text(left_at, self.zone)) if left_at else TEXT("on_site")
        )

    def show_record_details(self, record_id: int | None) -> None:
        self.state_label.clear()

    def _left(self) -> None:
        self.run_step("leave", done=TEXT("left_done"))

    def _answer(self, agreed: bool) -> None:
        self.run_step("answer", {"agreed": agreed}, done=TEXT("answer_done"))


class VisitorsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, VisitorForm(context), visitor_list())
