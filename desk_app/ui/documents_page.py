"""文件资料收发登记 documents and faxes (SPEC 2.8): what, from, to, the recipient's
contact, handed over at, signed by. The contents are never shown to third parties: the
service decides whether the person on duty may read them (the addressee, supervisors,
department heads, administrators); everyone else sees that the contents are withheld,
and the list never shows (or searches) them."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import DocumentTransfer
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import reception, references
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
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
    # SPEC 2.8: no column (and no search) shows what a document says.
    return ListSpec(
        kind="documents",
        model=DocumentTransfer,
        columns=(
            Column(TEXT("col_number"), DocumentTransfer.number),
            Column(TEXT("col_received"), DocumentTransfer.received_at),
            Column(TEXT("col_fax"), DocumentTransfer.is_fax),
            Column(TEXT("col_from"), DocumentTransfer.from_party),
            Column(TEXT("col_to"), DocumentTransfer.to_party),
            Column(TEXT("col_handed"), DocumentTransfer.handed_over_at),
            Column(TEXT("col_signed"), DocumentTransfer.signed_by),
        ),
        search=(DocumentTransfer.number, DocumentTransfer.from_party, DocumentTransfer.to_party),
        filters=(
            Filter(
                TEXT("filter_state"),
                (
                    (TEXT("filter_all"), None),
                    (TEXT("filter_pending"), DocumentTransfer.handed_over_at.is_(None)),
                ),
            ),
        ),
        default_order=DocumentTransfer.received_at.desc(),
        export_name=TEXT("export"),
    )


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
        with context.db.read() as session:
            self.fill_combo("addressee_staff_id", references.staff_choices(session), TEXT("nobody"))
        self.hand_over_button = make_button(self.action_row, TEXT("hand_over"), self._hand_over)
        self.state_label = status_line(self.details)
        with self.loading():
            self.clear_form()

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["addressee_room_id"], "addressee_room_id")
        document = reception.register_document(
            session,
            description=values["description"],
            from_party=values["from_party"],
            to_party=values["to_party"],
            addressee_staff_id=values["addressee_staff_id"],
            addressee_room_id=room.id if room is not None else None,
            recipient_contact=values["recipient_contact"],
            is_fax=bool(values["is_fax"]),
            received_at=aware(values["received_at"], self.zone),
        )
        if str(values.get("signed_by") or "").strip():  # handed over at once
            reception.hand_over_document(session, document.id, values["signed_by"])
        return document.id

    def save_existing(self, session: Session, values: dict[str, Any]) -> None:
        # Ctrl+S after typing the signature: the hand-over.
        if self.record_id is not None:
            reception.hand_over_document(session, self.record_id, values["signed_by"])

    def open_record(self, record_id: int) -> None:
        # The service decides whether the person on duty may read the contents.
        with self.context.db.begin(actor_id=self.context.staff_id) as session:
            entry = reception.document_entry(session, record_id)
            room = references.room_code(session, entry.addressee_room_id)
        values = {
            "received_at": entry.received_at,
            "is_fax": entry.is_fax,
            "description": entry.description if entry.description is not None else TEXT("withheld"),
            "from_party": entry.from_party,
            "to_party": entry.to_party,
            "addressee_staff_id": entry.addressee_staff_id,
            "addressee_room_id": room,
            "recipient_contact": entry.recipient_contact,
            "signed_by": entry.signed_by,
        }
        self.show_loaded(record_id, entry.number, values)
        handed = entry.handed_over_at is not None
        signed = self.boxes["signed_by"]
        signed.setEnabled(True)
        if hasattr(signed, "setReadOnly"):
            signed.setReadOnly(handed)
        self.hand_over_button.setVisible(not handed)
        self.state_label.setText(
            TEXT("handed", when=local_text(entry.handed_over_at, self.zone), who=entry.signed_by)
            if handed
            else TEXT("pending")
        )

    def show_record_details(self, record_id: int | None) -> None:
        self.hand_over_button.setVisible(False)
        self.state_label.clear()

    def _hand_over(self) -> None:
        if self.record_id is None:
            return
        who = str(self.value("signed_by"))
        record_id = self.record_id
        self.run_action(lambda s: reception.hand_over_document(s, record_id, who), TEXT("handed_done"))


class DocumentsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, DocumentForm(context), document_list())
