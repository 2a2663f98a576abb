"""整改通知书 rectification notices (SPEC 2.6, R15): room, client, issue, what must be
done and the deadline (mandatory), issued by the centre, optionally jointly with the
owners' committee; then the service (signed, or refused with a photo — an attachment —
or a witness), the follow-up inspections, the overdue flag and the report to the
authorities. The form prints the notice and the report letter.

The widgets only lay out and bind: the notice is read, saved and stepped through
``screens.rectification_notices`` (``ui.operations``), and each step's button is
enabled exactly when ``rectification_notices.GUARDS`` allows it, its refusal as the
tooltip."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from desk_app.screens import rectification_notices
from desk_app.screens.attachments import AttachmentOwner
from desk_app.screens.enums import NoticeIssue, ServiceResult
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.rectification_notices import NoticeHistory, NoticeScreen, NoticeSheet
from desk_app.ui import operations
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import ClientChoice, local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import TEXT as FORM_TEXT
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
    """The list of notices (``screens.rectification_notices.notice_list``), labelled here."""
    return rectification_notices.notice_list(TEXT, enum_label)


class RectificationNoticeForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(
            context, kind="rectification_notices", draft_name="rectification_notice", title=TEXT("title")
        )
        self.notice_screen = NoticeScreen(context.workspace)
        self.record_screen = self.notice_screen
        # The notice keeps its own sheet (screens/rectification_notices.py).
        self.sheet: NoticeSheet | None = None  # type: ignore[assignment]
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
        self.service_button = make_button(
            row, TEXT("record_service"), lambda: self._step("record_service", "service_done")
        )
        self.rectified_button = make_button(
            row, TEXT("rectified"), lambda: self._step("inspect", "inspection_done", rectified=True)
        )
        self.not_rectified_button = make_button(
            row, TEXT("not_rectified"), lambda: self._step("inspect", "inspection_done")
        )
        self.escalate_button = make_button(
            row, TEXT("escalate"), lambda: self._step("escalate", "escalate_done")
        )
        #: each button and the step it runs (several buttons may run one step)
        self.step_buttons: list[tuple[str, QPushButton]] = [
            ("record_service", self.service_button),
            ("inspect", self.rectified_button),
            ("inspect", self.not_rectified_button),
            ("escalate", self.escalate_button),
        ]
        self.print_notice_button = PrintButton(self, "notice", TEXT("print_notice"))
        self.print_report_button = PrintButton(self, "notice-report", TEXT("print_report"))
        self._report_tip = self.print_report_button.toolTip()
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

    # -- a saved notice ------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        """Read the notice through the screen and show it (a refusal is raised to
        ``load``, which shows it)."""
        self.show_sheet(self.notice_screen.read(record_id))

    def show_sheet(self, sheet: NoticeSheet) -> None:  # type: ignore[override]
        self.sheet = sheet
        self.show_loaded(sheet.record_id, sheet.number, dict(sheet.values))
        self.remember_loaded({**sheet.values, "_version": sheet.version})
        self.links.set_links(list(sheet.links))
        actions = sheet.actions
        for step, button in self.step_buttons:
            state = actions[step]
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason)
        # the boxes a step needs, while it may be taken
        for name in ("service_result", "refusal_witness"):
            self.boxes[name].setEnabled(actions["record_service"].enabled)
        self.service_group.setVisible(True)
        self.inspection_group.setVisible(actions["inspect"].enabled)
        self.escalation_group.setVisible(actions["escalate"].enabled or sheet.escalated)
        self.boxes["escalated_to"].setEnabled(actions["escalate"].enabled)
        late = sheet.days_overdue
        if late is not None:
            self.overdue_label.setText(TEXT("overdue", days=late, deadline=f"{sheet.deadline:%Y-%m-%d}"))
        self.overdue_label.setVisible(late is not None)
        status = TEXT("status", status=enum_label(sheet.status))
        self.state_label.setText(
            status + "　" + TEXT("issuers", names=list_separator().join(sheet.history.issuers))
        )
        self._show_history(sheet.history)
        self.print_notice_button.set_record(sheet.record_id)
        # R15: offered only when the printout would be made; the reason as the tooltip
        refusal = sheet.report_refusal
        self.print_report_button.set_record(sheet.record_id if refusal is None else None)
        self.print_report_button.setToolTip(refusal or self._report_tip)
        self.attachments.set_record(sheet.record_id)

    def _show_history(self, history: NoticeHistory) -> None:
        lines = [TEXT("history")]
        for event in history.events:
            who = f"（{event.staff}）" if event.staff else ""
            lines.append(f"{local_text(event.at, self.zone)}　{event.kind.label}{who}：{event.text}")
        self.history_label.setText("\n".join(lines))

    def _attachments_changed(self) -> None:
        # The history counts the photos (拍照取证，附照片N张); what is typed stays.
        record_id = self.record_id
        if record_id is None:
            return
        history = operations.run(
            self, lambda: self.notice_screen.history(record_id), on_failure=self.show_error
        )
        if history is not None:
            self._show_history(history)

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is not None:
            return
        self.sheet = None
        self.links.set_links([])
        for group in (self.service_group, self.inspection_group, self.escalation_group):
            group.setVisible(False)
        for _step, button in self.step_buttons:
            button.setVisible(False)
        self.overdue_label.hide()
        self.state_label.clear()
        self.history_label.clear()
        self.print_notice_button.set_record(None)
        self.print_report_button.set_record(None)
        self.attachments.set_record(None)

    # -- steps (each its own unit of work through the screen) ---------------------------

    def _step(self, step: str, done: str, *, rectified: bool = False) -> None:
        """One step of the saved notice with the form's values; the rule's message on
        refusal (next to its box), a question before a step that cannot be taken back,
        the notice shown again on success."""
        record_id = self.record_id
        if record_id is None:
            return
        self.clear_errors()
        if self.context.staff_id is None:
            self.show_banner(FORM_TEXT("no_staff"))
            return
        values = {**self.collect(), "rectified": rectified}
        if not operations.run_step(
            self,
            lambda confirmed: self.notice_screen.run(record_id, step, values, confirmed),
            on_failure=self.show_error,
        ):
            return
        self.open_record(record_id)
        self.context.record_saved(self.kind, record_id)
        self.show_banner(TEXT(done), error=False)


class RectificationNoticePage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, RectificationNoticeForm(context), notice_list())
