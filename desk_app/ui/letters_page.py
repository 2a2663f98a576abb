"""客户来函目录 letters catalogue (SPEC 2.8, R18): every letter is catalogued and its
kind routes it — report → dispatch slip, complaint → complaint record and the
supervisor, praise → the praised staff member's department, other → administration.
The routing result is shown on the form and the record it made can be opened."""

from __future__ import annotations

from typing import Any

from desk_app.screens.enums import LetterKind
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import (
    LETTERS,
    BookScreen,
    BookSheet,
    LetterDetails,
    department_choices,
    staff_choices,
)
from desk_app.screens.reception_books import letter_list as letter_list_of
from desk_app.ui import operations
from desk_app.ui.book_form import BookForm, FieldSpec, bold
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "LettersPage",
    {
        "record_name": QT_TRANSLATE_NOOP("LettersPage", "来函"),
        "title": QT_TRANSLATE_NOOP("LettersPage", "客户来函目录"),
        "received_at": QT_TRANSLATE_NOOP("LettersPage", "收函时间(&T)"),
        "sender": QT_TRANSLATE_NOOP("LettersPage", "来函人(&L)"),
        "sender_room_id": QT_TRANSLATE_NOOP("LettersPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("LettersPage", "如 3-2-1201（可不填）"),
        "kind": QT_TRANSLATE_NOOP("LettersPage", "来函类别(&K)"),
        "summary": QT_TRANSLATE_NOOP("LettersPage", "来函内容摘要(&U)"),
        "praised_staff_id": QT_TRANSLATE_NOOP("LettersPage", "被表扬员工(&P)"),
        "routed_to_department_id": QT_TRANSLATE_NOOP("LettersPage", "转交部门(&D)"),
        "nobody": QT_TRANSLATE_NOOP("LettersPage", "（无）"),
        "by_rule": QT_TRANSLATE_NOOP("LettersPage", "（按来函类别自动处理）"),
        "routing": QT_TRANSLATE_NOOP("LettersPage", "处理情况："),
        "routing_none": QT_TRANSLATE_NOOP("LettersPage", "（保存后按来函类别自动处理）"),
        "open_complaint": QT_TRANSLATE_NOOP("LettersPage", "打开投诉记录(&C)"),
        "open_slip": QT_TRANSLATE_NOOP("LettersPage", "打开派工单(&O)"),
        "department": QT_TRANSLATE_NOOP("LettersPage", "转交部门：{name}"),
        "col_number": QT_TRANSLATE_NOOP("LettersPage", "编号"),
        "col_received": QT_TRANSLATE_NOOP("LettersPage", "收函时间"),
        "col_sender": QT_TRANSLATE_NOOP("LettersPage", "来函人"),
        "col_room": QT_TRANSLATE_NOOP("LettersPage", "房号"),
        "col_kind": QT_TRANSLATE_NOOP("LettersPage", "类别"),
        "col_action": QT_TRANSLATE_NOOP("LettersPage", "处理情况"),
        "filter_kind": QT_TRANSLATE_NOOP("LettersPage", "类别"),
        "filter_all": QT_TRANSLATE_NOOP("LettersPage", "全部"),
        "export": QT_TRANSLATE_NOOP("LettersPage", "客户来函目录"),
    },
)


def letter_list() -> ListSpec:
    return letter_list_of(TEXT, enum_label)


class LetterForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="letters", draft_name="letter", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec("received_at", TEXT("received_at"), "datetime"),
                FieldSpec("sender", TEXT("sender")),
                FieldSpec("sender_room_id", TEXT("sender_room_id"), placeholder=TEXT("room_hint")),
                FieldSpec(
                    "kind", TEXT("kind"), "combo", choices=tuple((enum_label(k), k.value) for k in LetterKind)
                ),
                FieldSpec("summary", TEXT("summary"), "text"),
                FieldSpec("praised_staff_id", TEXT("praised_staff_id"), "combo"),
                FieldSpec("routed_to_department_id", TEXT("routed_to_department_id"), "combo"),
            ]
        )
        self.use_screen(BookScreen(context.workspace, LETTERS))
        workspace = context.workspace
        self.fill_combo(
            "praised_staff_id", operations.run(self, lambda: staff_choices(workspace)) or [], TEXT("nobody")
        )
        self.fill_combo(
            "routed_to_department_id",
            operations.run(self, lambda: department_choices(workspace)) or [],
            TEXT("by_rule"),
        )
        row = self.action_row
        self.open_complaint_button = make_button(row, TEXT("open_complaint"), self._open_complaint)
        self.open_slip_button = make_button(row, TEXT("open_slip"), self._open_slip)
        self.routing_title = bold(status_line(self.details))
        self.routing_title.setText(TEXT("routing"))
        self.routing_label = status_line(self.details)
        self.routing_label.setObjectName("letterRouting")
        self.department_label = status_line(self.details)
        self._complaint_id: int | None = None
        self._slip_id: int | None = None
        with self.loading():
            self.clear_form()

    def show_details(self, sheet: BookSheet[Any]) -> None:
        details: LetterDetails = sheet.details
        self._complaint_id, self._slip_id = details.complaint_id, details.dispatch_slip_id
        self.routing_label.setText(details.action_taken or "")
        name = details.department_name
        self.department_label.setText(TEXT("department", name=name) if name else "")
        self.open_complaint_button.setVisible(self._complaint_id is not None)
        self.open_slip_button.setVisible(self._slip_id is not None)

    def show_record_details(self, record_id: int | None) -> None:
        self._complaint_id = self._slip_id = None
        self.open_complaint_button.setVisible(False)
        self.open_slip_button.setVisible(False)
        self.routing_label.setText(TEXT("routing_none"))
        self.department_label.clear()

    def _open_complaint(self) -> None:
        if self._complaint_id is not None:
            self.context.request_open("complaints", self._complaint_id)

    def _open_slip(self) -> None:
        if self._slip_id is not None:
            self.context.request_open("dispatch_slips", self._slip_id)


class LettersPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, LetterForm(context), letter_list())
