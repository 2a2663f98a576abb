"""文件资料收发登记 documents and faxes (SPEC 2.8): what, from, to, the recipient's
contact, handed over at, signed by. The contents are never shown to third parties: the
service decides whether the person on duty may read them (the addressee, supervisors,
department heads, administrators); everyone else sees that the contents are withheld,
and the list never shows (or searches) them."""

from __future__ import annotations

from typing import Any

from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import DOCUMENTS, BookScreen, BookSheet, DocumentDetails, staff_choices
from desk_app.screens.reception_books import document_list as document_list_of
from desk_app.ui import operations
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "DocumentsPage",
    {
        "title": QT_TRANSLATE_NOOP("DocumentsPage", "文件资料收发登记"),
        "received_at": QT_TRANSLATE_NOOP("DocumentsPage", "收件时间(&T)"),
        "is_fax": QT_TRANSLATE_NOOP("DocumentsPage", "传真(&X)"),
        "description": QT_TRANSLATE_NOOP("DocumentsPage", "文件资料内容(&W)"),
        "withheld": QT_TRANSLATE_NOOP(
            "DocumentsPage", "（内容保密：只向收件人本人、客服主管、部门负责人或系统管理员显示）"
        ),
        "from_party": QT_TRANSLATE_NOOP("DocumentsPage", "发件方(&J)"),
        "to_party": QT_TRANSLATE_NOOP("DocumentsPage", "收件方(&O)"),
        "addressee_staff_id": QT_TRANSLATE_NOOP("DocumentsPage", "收件员工(&Y)"),
        "addressee_room_id": QT_TRANSLATE_NOOP("DocumentsPage", "收件房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("DocumentsPage", "如 3-2-1201（可不填）"),
        "recipient_contact": QT_TRANSLATE_NOOP("DocumentsPage", "收件人联系电话(&C)"),
        "signed_by": QT_TRANSLATE_NOOP("DocumentsPage", "签收人(&Q)"),
        "signed_hint": QT_TRANSLATE_NOOP("DocumentsPage", "交接时由收件人签名后填写"),
        "nobody": QT_TRANSLATE_NOOP("DocumentsPage", "（无）"),
        "hand_over": QT_TRANSLATE_NOOP("DocumentsPage", "签收交接(&D)"),
        "handed": QT_TRANSLATE_NOOP("DocumentsPage", "已于 {when} 由 {who} 签收"),
        "pending": QT_TRANSLATE_NOOP("DocumentsPage", "尚未交接"),
        "handed_done": QT_TRANSLATE_NOOP("DocumentsPage", "已登记签收。"),
        "col_number": QT_TRANSLATE_NOOP("DocumentsPage", "编号"),
        "col_received": QT_TRANSLATE_NOOP("DocumentsPage", "收件时间"),
        "col_fax": QT_TRANSLATE_NOOP("DocumentsPage", "传真"),
        "col_from": QT_TRANSLATE_NOOP("DocumentsPage", "发件方"),
        "col_to": QT_TRANSLATE_NOOP("DocumentsPage", "收件方"),
        "col_handed": QT_TRANSLATE_NOOP("DocumentsPage", "交接时间"),
        "col_signed": QT_TRANSLATE_NOOP("DocumentsPage", "签收人"),
        "filter_state": QT_TRANSLATE_NOOP("DocumentsPage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("DocumentsPage", "全部"),
        "filter_pending": QT_TRANSLATE_NOOP("DocumentsPage", "未交接"),
        "export": QT_TRANSLATE_NOOP("DocumentsPage", "文件资料收发登记"),
    },
)


def document_list() -> ListSpec:
    return document_list_of(TEXT)


class DocumentForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="documents", draft_name="document", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec("received_at", TEXT("received_at"), "datetime"),
                FieldSpec("is_fax", TEXT("is_fax"), "check"),
                FieldSpec("description", TEXT("description"), "text"),
                FieldSpec("from_party", TEXT("from_party")),
                FieldSpec("to_party", TEXT("to_party")),
                FieldSpec("addressee_staff_id", TEXT("addressee_staff_id"), "combo"),
                FieldSpec("addressee_room_id", TEXT("addressee_room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("recipient_contact", TEXT("recipient_contact")),
                FieldSpec(
                    "signed_by", TEXT("signed_by"), placeholder=TEXT("signed_hint"), editable_after_save=True
                ),
            ]
        )
        self.use_screen(BookScreen(context.workspace, DOCUMENTS))
        workspace = context.workspace
        staff = operations.run(self, lambda: staff_choices(workspace)) or []
        self.fill_combo("addressee_staff_id", staff, TEXT("nobody"))
        self.hand_over_button = make_button(self.action_row, TEXT("hand_over"), self._hand_over)
        self.bind_action(self.hand_over_button, "hand_over")
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def show_details(self, sheet: BookSheet[Any]) -> None:
        details: DocumentDetails = sheet.details
        if not details.readable:  # SPEC 2.8: the service withheld the contents
            with self.loading():
                self.set_value("description", TEXT("withheld"))
        handed = details.handed_over_at is not None
        signed = self.boxes["signed_by"]
        signed.setEnabled(True)
        if hasattr(signed, "setReadOnly"):
            signed.setReadOnly(handed)
        self.state_label.setText(
            TEXT("handed", when=local_text(details.handed_over_at, self.zone), who=details.signed_by)
            if handed
            else TEXT("pending")
        )

    def show_record_details(self, record_id: int | None) -> None:
        self.state_label.clear()

    def _hand_over(self) -> None:
        self.run_step("hand_over", {"signed_by": str(self.value("signed_by"))}, done=TEXT("handed_done"))


class DocumentsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, DocumentForm(context), document_list())
