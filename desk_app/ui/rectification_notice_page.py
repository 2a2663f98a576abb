"""整改通知书 rectification notices (SPEC 2.6, R15): room, client, issue, what must be
done and the deadline (mandatory), issued by the centre, optionally jointly with the
owners' committee; then the service (signed, or refused with a photo — an attachment — or a witness), the
follow-up inspections, the overdue flag and the report to the authorities. Every step
is a service call; the form prints the notice and the report letter."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk_app.models import AttachmentOwner, RectificationNotice, Room
from desk_app.screens.enums import NoticeIssue, NoticeStatus, ServiceResult
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import disputes, notices, references
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec, as_date
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import ClientChoice, local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.linked_records import LinkedRecords
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

TEXT = ScreenText(
    "RectificationNoticePage",
    {
        "title": QT_TRANSLATE_NOOP("RectificationNoticePage", "整改通知书"),
        "room_id": QT_TRANSLATE_NOOP("RectificationNoticePage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("RectificationNoticePage", "如 3-2-1201"),
        "client_id": QT_TRANSLATE_NOOP("RectificationNoticePage", "业主/住户(&K)"),
        "issue": QT_TRANSLATE_NOOP("RectificationNoticePage", "问题类别(&I)"),
        "issue_description": QT_TRANSLATE_NOOP("RectificationNoticePage", "存在的问题(&W)"),
        "required_action": QT_TRANSLATE_NOOP("RectificationNoticePage", "整改要求(&Q)"),
        "deadline": QT_TRANSLATE_NOOP("RectificationNoticePage", "整改期限(&D)"),
        "joint": QT_TRANSLATE_NOOP("RectificationNoticePage", "与业委会联合发出(&J)"),
        "service_group": QT_TRANSLATE_NOOP("RectificationNoticePage", "送达"),
        "service_result": QT_TRANSLATE_NOOP("RectificationNoticePage", "送达结果(&Z)"),
        "refusal_witness": QT_TRANSLATE_NOOP("RectificationNoticePage", "到场见证人(&T)"),
        "witness_hint": QT_TRANSLATE_NOOP(
            "RectificationNoticePage",
            "拒签时：见证人姓名及单位（业委会、居委会等），或在“附件”中添加拒签照片",
        ),
        "record_service": QT_TRANSLATE_NOOP("RectificationNoticePage", "登记送达(&U)"),
        "inspection_group": QT_TRANSLATE_NOOP("RectificationNoticePage", "复查"),
        "finding": QT_TRANSLATE_NOOP("RectificationNoticePage", "复查情况(&C)"),
        "rectified": QT_TRANSLATE_NOOP("RectificationNoticePage", "复查：已整改(&Y)"),
        "not_rectified": QT_TRANSLATE_NOOP("RectificationNoticePage", "复查：未整改(&M)"),
        "escalation_group": QT_TRANSLATE_NOOP("RectificationNoticePage", "逾期上报"),
        "escalated_to": QT_TRANSLATE_NOOP("RectificationNoticePage", "上报单位(&B)"),
        "escalated_hint": QT_TRANSLATE_NOOP("RectificationNoticePage", "如 街道办、城管、规划部门"),
        "escalate": QT_TRANSLATE_NOOP("RectificationNoticePage", "上报主管部门(&O)…"),
        "print_notice": QT_TRANSLATE_NOOP("RectificationNoticePage", "打印通知书(&P)"),
        "print_report": QT_TRANSLATE_NOOP("RectificationNoticePage", "打印上报函(&L)"),
        "confirm_title": QT_TRANSLATE_NOOP("RectificationNoticePage", "请确认"),
        "confirm_rectified": QT_TRANSLATE_NOOP(
            "RectificationNoticePage", "确认复查已整改？整改通知书将就此办结，不能撤回。"
        ),
        "confirm_escalate": QT_TRANSLATE_NOOP(
            "RectificationNoticePage", "确认将整改通知书 {number} 上报“{to}”？上报后不能撤回。"
        ),
        "service_done": QT_TRANSLATE_NOOP("RectificationNoticePage", "已登记送达结果。"),
        "inspection_done": QT_TRANSLATE_NOOP("RectificationNoticePage", "已登记复查。"),
        "escalate_done": QT_TRANSLATE_NOOP(
            "RectificationNoticePage", "已登记上报，请打印上报函（附处理记录）。"
        ),
        "overdue": QT_TRANSLATE_NOOP(
            "RectificationNoticePage", "已逾期 {days} 天未整改（期限 {deadline}），可上报主管部门（R15）。"
        ),
        "status": QT_TRANSLATE_NOOP("RectificationNoticePage", "状态：{status}"),
        "history": QT_TRANSLATE_NOOP("RectificationNoticePage", "处理记录："),
        "issuers": QT_TRANSLATE_NOOP("RectificationNoticePage", "发出单位：{names}"),
        "col_number": QT_TRANSLATE_NOOP("RectificationNoticePage", "编号"),
        "col_room": QT_TRANSLATE_NOOP("RectificationNoticePage", "房号"),
        "col_issue": QT_TRANSLATE_NOOP("RectificationNoticePage", "问题类别"),
        "col_issued": QT_TRANSLATE_NOOP("RectificationNoticePage", "发出时间"),
        "col_deadline": QT_TRANSLATE_NOOP("RectificationNoticePage", "整改期限"),
        "col_service": QT_TRANSLATE_NOOP("RectificationNoticePage", "送达"),
        "col_status": QT_TRANSLATE_NOOP("RectificationNoticePage", "状态"),
        "filter_status": QT_TRANSLATE_NOOP("RectificationNoticePage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("RectificationNoticePage", "全部"),
        "export": QT_TRANSLATE_NOOP("RectificationNoticePage", "整改通知书"),
    },
)

OVERDUE_STYLE = "color: #ffffff; background: #b3261e; padding: 8px; font-weight: bold;"


def notice_list() -> ListSpec:
    return ListSpec(
        kind="rectification_notices",
        model=RectificationNotice,
        columns=(
            Column(TEXT("col_number"), RectificationNotice.number),
            Column(TEXT("col_room"), Room.code),
            Column(TEXT("col_issue"), RectificationNotice.issue),
            Column(TEXT("col_issued"), RectificationNotice.issued_at),
            Column(TEXT("col_deadline"), RectificationNotice.deadline),
            Column(TEXT("col_service"), RectificationNotice.service_result),
            Column(TEXT("col_status"), RectificationNotice.status),
        ),
        search=(RectificationNotice.number, RectificationNotice.issue_description, Room.code),
        filters=(
            Filter(
                TEXT("filter_status"),
                (
                    (TEXT("filter_all"), None),
                    *((enum_label(status), RectificationNotice.status == status) for status in NoticeStatus),
                ),
            ),
        ),
        default_order=RectificationNotice.issued_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == RectificationNotice.room_id),
        export_name=TEXT("export"),
    )


class RectificationNoticeForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(
            context, kind="rectification_notices", draft_name="rectification_notice", title=TEXT("title")
        )
        self.add_fields(
            [
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("client_id", TEXT("client_id"), "client"),
                FieldSpec(
                    "issue",
                    TEXT("issue"),
                    "combo",
                    choices=tuple((enum_label(k), k.value) for k in NoticeIssue),
                ),
                FieldSpec("issue_description", TEXT("issue_description"), "text"),
                FieldSpec("required_action", TEXT("required_action"), "text"),
                FieldSpec("deadline", TEXT("deadline"), "date"),
                FieldSpec("joint_with_owners_committee", TEXT("joint"), "check"),
            ]
        )
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("noticeOverdue")
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setStyleSheet(OVERDUE_STYLE)
        self.overdue_label.hide()
        self.column.insertWidget(2, self.overdue_label)
        self.service_group = self.add_group(
            TEXT("service_group"),
            [
                FieldSpec(
                    "service_result",
                    TEXT("service_result"),
                    "combo",
                    choices=tuple((enum_label(r), r.value) for r in ServiceResult),
                    editable_after_save=True,
                ),
                FieldSpec(
                    "refusal_witness",
                    TEXT("refusal_witness"),
                    placeholder=TEXT("witness_hint"),
                    editable_after_save=True,
                ),
            ],
        )
        self.inspection_group = self.add_group(
            TEXT("inspection_group"),
            [FieldSpec("finding", TEXT("finding"), "text", editable_after_save=True)],
        )
        self.escalation_group = self.add_group(
            TEXT("escalation_group"),
            [
                FieldSpec(
                    "escalated_to",
                    TEXT("escalated_to"),
                    placeholder=TEXT("escalated_hint"),
                    editable_after_save=True,
                )
            ],
        )
        row = self.action_row
        self.service_button = make_button(row, TEXT("record_service"), self._record_service)
        self.rectified_button = make_button(row, TEXT("rectified"), lambda: self._inspect(True))
        self.not_rectified_button = make_button(row, TEXT("not_rectified"), lambda: self._inspect(False))
        self.escalate_button = make_button(row, TEXT("escalate"), self._escalate)
        self.print_notice_button = PrintButton(self, "notice", TEXT("print_notice"))
        self.print_report_button = PrintButton(self, "notice-report", TEXT("print_report"))
        row.insertWidget(0, self.print_notice_button)
        row.insertWidget(1, self.print_report_button)
        self.state_label = status_line(self.details)
        self.history_label = status_line(self.details)
        self.history_label.setObjectName("noticeHistory")
        # Issue 14: the dispute this record is part of, and the dispute's other records.
        self.links = LinkedRecords(context)
        self.details.addWidget(self.links)
        # R15: the refusal photo is an attachment, printed with the letter (issue 16).
        self.attachments = AttachmentsPanel(context, AttachmentOwner.RECTIFICATION_NOTICE)
        self.details.addWidget(self.attachments)
        self.attachments.changed.connect(self._attachments_changed)
        self._number = ""
        # Issue 15: the room fills 业主/住户 with the work log's lookup (find_clients):
        # the room's client is chosen when none is yet.
        room_box = self.boxes["room_id"]
        assert isinstance(room_box, QLineEdit)
        room_box.editingFinished.connect(self.fill_client_from_room)
        with self.loading():
            self.clear_form()

    def fill_client_from_room(self) -> None:
        """The client of the typed room in 业主/住户, unless one is chosen already."""
        client_box = self.boxes["client_id"]
        room_box = self.boxes["room_id"]
        if self._loading or not isinstance(client_box, ClientChoice) or not isinstance(room_box, QLineEdit):
            return
        room = room_box.text().strip()
        if not room or client_box.client_id() is not None:
            return
        client_box.search_box.setText(room)
        client_box.search_now()

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["room_id"], "room_id", required=True)
        notice = notices.issue_notice(
            session,
            room_id=room.id if room is not None else 0,
            client_id=values["client_id"],
            issue=NoticeIssue(values["issue"]),
            issue_description=values["issue_description"],
            required_action=values["required_action"],
            deadline=as_date(values["deadline"], "deadline"),
            joint_with_owners_committee=bool(values["joint_with_owners_committee"]),
        )
        return notice.id

    def save_existing(self, session: Session, values: dict[str, Any]) -> None:
        # Ctrl+S after filling in the service: the service (the other steps have buttons).
        if self.record_id is None:
            return
        if values.get("service_result") not in (None, ServiceResult.PENDING.value):
            self._service(session, values)
        else:
            super().save_existing(session, values)

    def _service(self, session: Session, values: dict[str, Any]) -> None:
        notices.record_service(
            session,
            self.record_id or 0,
            ServiceResult(values["service_result"] or ServiceResult.PENDING.value),
            witness=values["refusal_witness"],
        )

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            history = notices.notice_history(session, record_id)
            notice = notices.load_notice(session, record_id)
            late = notices.days_overdue(session, notice)
            links = disputes.links_of(session, notice)
            room = session.scalar(select(Room.code).where(Room.id == notice.room_id)) or ""
            client_id = notice.client_id
        values = {
            "room_id": room,
            "client_id": client_id,
            "issue": history.issue.value,
            "issue_description": history.issue_description,
            "required_action": history.required_action,
            "deadline": history.deadline,
            "joint_with_owners_committee": history.joint_with_owners_committee,
            "service_result": history.service_result.value,
            "refusal_witness": history.refusal_witness,
            "finding": "",
            "escalated_to": history.escalated_to,
        }
        self.show_loaded(record_id, history.number, values)
        self.links.set_links(links)
        self._number = history.number
        pending = history.service_result is ServiceResult.PENDING and history.status is NoticeStatus.ISSUED
        for name in ("service_result", "refusal_witness"):
            self.boxes[name].setEnabled(pending)
        self.service_button.setVisible(pending)
        open_notice = history.status is not NoticeStatus.RECTIFIED
        self.inspection_group.setVisible(open_notice)
        self.service_group.setVisible(True)
        self.rectified_button.setVisible(open_notice)
        self.not_rectified_button.setVisible(open_notice)
        self.escalation_group.setVisible(late is not None or history.escalated_at is not None)
        self.boxes["escalated_to"].setEnabled(late is not None)
        self.escalate_button.setVisible(late is not None)
        if late is not None:
            self.overdue_label.setText(TEXT("overdue", days=late, deadline=f"{history.deadline:%Y-%m-%d}"))
        self.overdue_label.setVisible(late is not None)
        status = TEXT("status", status=enum_label(history.status))
        self.state_label.setText(
            status + "　" + TEXT("issuers", names=list_separator().join(history.issuers))
        )
        self._show_history(history)
        self.print_notice_button.set_record(record_id)
        reportable = history.status is not NoticeStatus.RECTIFIED
        self.print_report_button.set_record(record_id if reportable else None)
        self.attachments.set_record(record_id)

    def _show_history(self, history: notices.NoticeHistory) -> None:
        lines = [TEXT("history")]
        for event in history.events:
            who = f"（{event.staff}）" if event.staff else ""
            lines.append(f"{local_text(event.at, self.zone)}　{event.kind.label}{who}：{event.text}")
        self.history_label.setText("\n".join(lines))

    def _attachments_changed(self) -> None:
        # The history counts the photos (拍照取证，附照片N张); what is typed stays.
        if self.record_id is None:
            return
        with self.context.db.read() as session:
            self._show_history(notices.notice_history(session, self.record_id))

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is None:
            self.links.set_links([])
        for group in (self.service_group, self.inspection_group, self.escalation_group):
            group.setVisible(False)
        for button in (self.service_button, self.escalate_button):
            button.setVisible(False)
        for button in (self.rectified_button, self.not_rectified_button):
            button.setVisible(False)
        self.overdue_label.hide()
        self.state_label.clear()
        self.history_label.clear()
        self.print_notice_button.set_record(None)
        self.print_report_button.set_record(None)
        self.attachments.set_record(None)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            TEXT("confirm_title"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _record_service(self) -> None:
        if self.record_id is not None:
            values = self.collect()
            self.run_action(lambda s: self._service(s, values), TEXT("service_done"))

    def _inspect(self, rectified: bool) -> None:
        if self.record_id is None:
            return
        if rectified and not self._confirm(TEXT("confirm_rectified")):
            return
        record_id, finding = self.record_id, str(self.value("finding"))
        self.run_action(
            lambda s: notices.record_inspection(s, record_id, rectified, finding), TEXT("inspection_done")
        )

    def _escalate(self) -> None:
        if self.record_id is None:
            return
        to = str(self.value("escalated_to")).strip()
        if to and not self._confirm(TEXT("confirm_escalate", number=self._number, to=to)):
            return
        record_id = self.record_id
        self.run_action(lambda s: notices.escalate(s, record_id, to), TEXT("escalate_done"))


class RectificationNoticePage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, RectificationNoticeForm(context), notice_list())
