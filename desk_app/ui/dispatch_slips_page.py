"""派工单 / 协调单 dispatch and coordination slips (SPEC 2.2, R18): the list and the form.
A slip is issued (room, contact, content, the department or person sent, the due
time: R20), its assignment changed while it is open, the technician's report entered
(accepted, arrived, done with result and materials), the client called back (R6), and
a completed slip whose work did not hold opened again. Which step is allowed comes from
the rule (``dispatch.GUARDS``) through the screen (``screens.dispatch_slips``)."""

from __future__ import annotations

from desk_app.screens import dispatch_slips
from desk_app.screens.dispatch_slips import DispatchScreen, DispatchSheet
from desk_app.screens.enums import BusinessLine, ContactForm, DispatchKind
from desk_app.screens.list_spec import ListSpec
from desk_app.ui import operations
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import TEXT as FORM_TEXT
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "DispatchSlipsPage",
    {
        "title": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工单 / 协调单"),
        "kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "单据类别(&K)"),
        "issued_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派单时间(&T)"),
        "room_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("DispatchSlipsPage", "如 3-2-1201（公共部位可不填）"),
        "contact_name": QT_TRANSLATE_NOOP("DispatchSlipsPage", "联系人(&L)"),
        "contact_phone": QT_TRANSLATE_NOOP("DispatchSlipsPage", "联系电话(&M)"),
        "content": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工内容(&W)"),
        "assigned_department_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派往部门(&D)"),
        "assigned_staff_id": QT_TRANSLATE_NOOP("DispatchSlipsPage", "接单人(&8)"),
        "result": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成情况(&J)"),
        "group_assign": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工"),
        "group_report": QT_TRANSLATE_NOOP("DispatchSlipsPage", "维修人员反馈（前台代为登记）"),
        "group_callback": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访"),
        "business_line": QT_TRANSLATE_NOOP("DispatchSlipsPage", "专业(&B)"),
        "urgent": QT_TRANSLATE_NOOP("DispatchSlipsPage", "紧急（1 小时内）(&U)"),
        "due_by_hand": QT_TRANSLATE_NOOP("DispatchSlipsPage", "手工指定完成时间(&I)"),
        "due_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "要求完成(&Q)"),
        "accepted_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "接单时间(&9)"),
        "arrived_at": QT_TRANSLATE_NOOP("DispatchSlipsPage", "到场时间(&Z)"),
        "materials": QT_TRANSLATE_NOOP("DispatchSlipsPage", "所用材料(&0)"),
        "confirmed_on_the_spot": QT_TRANSLATE_NOOP("DispatchSlipsPage", "客户现场确认满意(&X)"),
        "callback_form": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访方式(&1)"),
        "callback_satisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访结果(&2)"),
        "callback_comments": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访意见(&3)"),
        "satisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "满意"),
        "call_time_note": QT_TRANSLATE_NOOP("DispatchSlipsPage", "非适宜时段说明(&7)"),
        "call_time_hint": QT_TRANSLATE_NOOP(
            "DispatchSlipsPage", "早7点前、晚10点后、午休或节假日致电时填写原因"
        ),
        "dissatisfied": QT_TRANSLATE_NOOP("DispatchSlipsPage", "不满意（返工）"),
        "assign": QT_TRANSLATE_NOOP("DispatchSlipsPage", "保存派工(&A)"),
        "accept": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记接单(&4)"),
        "arrive": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记到场(&5)"),
        "callback": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记回访(&6)"),
        "assigned_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工已保存。"),
        "accepted_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记接单。"),
        "arrived_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记到场。"),
        "callback_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记回访。"),
        "state": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态：{stage}"),
        "callback_due": QT_TRANSLATE_NOOP("DispatchSlipsPage", "回访期限：{when}"),
        "col_due": QT_TRANSLATE_NOOP("DispatchSlipsPage", "要求完成"),
        "result_hint": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成后填写处理结果"),
        "reopen_reason": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开原因(&Y)"),
        "nobody": QT_TRANSLATE_NOOP("DispatchSlipsPage", "（未指定）"),
        "complete": QT_TRANSLATE_NOOP("DispatchSlipsPage", "登记完成(&C)"),
        "reopen": QT_TRANSLATE_NOOP("DispatchSlipsPage", "重新打开(&O)"),
        "completed_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已登记完成。"),
        "reopened_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已重新打开。"),
        "state_done": QT_TRANSLATE_NOOP("DispatchSlipsPage", "已于 {when} 完成"),
        "source": QT_TRANSLATE_NOOP("DispatchSlipsPage", "来源：工作信息记录 {number}"),
        "col_number": QT_TRANSLATE_NOOP("DispatchSlipsPage", "编号"),
        "col_kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "类别"),
        "col_issued": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派单时间"),
        "col_room": QT_TRANSLATE_NOOP("DispatchSlipsPage", "房号"),
        "col_content": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工内容"),
        "col_status": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态"),
        "col_completed": QT_TRANSLATE_NOOP("DispatchSlipsPage", "完成时间"),
        "filter_status": QT_TRANSLATE_NOOP("DispatchSlipsPage", "状态"),
        "filter_kind": QT_TRANSLATE_NOOP("DispatchSlipsPage", "类别"),
        "filter_all": QT_TRANSLATE_NOOP("DispatchSlipsPage", "全部"),
        "export": QT_TRANSLATE_NOOP("DispatchSlipsPage", "派工单"),
    },
)


def dispatch_list() -> ListSpec:
    """The list of slips (``screens.dispatch_slips.dispatch_list``), labelled here."""
    return dispatch_slips.dispatch_list(TEXT, enum_label)


class DispatchSlipForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="dispatch_slips", draft_name="dispatch_slip", title=TEXT("title"))
        self.dispatch_screen = DispatchScreen(context.workspace)
        self.record_screen = self.dispatch_screen
        # The slip shown, as its screen read it (screens/dispatch_slips.py): a slip has
        # more than a book line (stage, due line, the technician's times), so it is not
        # a generic BookSheet; its buttons come from the dispatch guard table all the same.
        self.slip: DispatchSheet | None = None
        self.add_fields(
            [
                FieldSpec(
                    "kind",
                    TEXT("kind"),
                    "combo",
                    choices=tuple((enum_label(k), k.value) for k in DispatchKind),
                ),
                FieldSpec("issued_at", TEXT("issued_at"), "datetime"),
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("contact_name", TEXT("contact_name")),
                FieldSpec("contact_phone", TEXT("contact_phone")),
                FieldSpec("content", TEXT("content"), "text"),
            ]
        )
        # R20: who does it and by when — at creation or afterwards (保存派工).
        self.add_group(
            TEXT("group_assign"),
            [
                FieldSpec(
                    "business_line",
                    TEXT("business_line"),
                    "combo",
                    choices=((TEXT("nobody"), None), *((enum_label(b), b.value) for b in BusinessLine)),
                    editable_after_save=True,
                ),
                FieldSpec("urgent", TEXT("urgent"), "check", editable_after_save=True),
                FieldSpec(
                    "assigned_department_id",
                    TEXT("assigned_department_id"),
                    "combo",
                    editable_after_save=True,
                ),
                FieldSpec("assigned_staff_id", TEXT("assigned_staff_id"), "combo", editable_after_save=True),
                FieldSpec("due_by_hand", TEXT("due_by_hand"), "check", editable_after_save=True),
                FieldSpec("due_at", TEXT("due_at"), "datetime", editable_after_save=True),
            ],
        )
        # R20: the technician's report, entered at the counter.
        self.report_group = self.add_group(
            TEXT("group_report"),
            [
                FieldSpec("accepted_at", TEXT("accepted_at"), "datetime", editable_after_save=True),
                FieldSpec("arrived_at", TEXT("arrived_at"), "datetime", editable_after_save=True),
                FieldSpec(
                    "result",
                    TEXT("result"),
                    "text",
                    placeholder=TEXT("result_hint"),
                    editable_after_save=True,
                ),
                FieldSpec("materials", TEXT("materials"), editable_after_save=True),
                FieldSpec(
                    "confirmed_on_the_spot", TEXT("confirmed_on_the_spot"), "check", editable_after_save=True
                ),
            ],
        )
        # R6 after a repair.
        self.callback_group = self.add_group(
            TEXT("group_callback"),
            [
                FieldSpec(
                    "callback_form",
                    TEXT("callback_form"),
                    "combo",
                    choices=tuple((enum_label(f), f.value) for f in ContactForm),
                    editable_after_save=True,
                ),
                FieldSpec(
                    "callback_satisfied",
                    TEXT("callback_satisfied"),
                    "combo",
                    choices=((TEXT("satisfied"), "yes"), (TEXT("dissatisfied"), "no")),
                    editable_after_save=True,
                ),
                FieldSpec("callback_comments", TEXT("callback_comments"), editable_after_save=True),
                FieldSpec(
                    "call_time_note",
                    TEXT("call_time_note"),
                    placeholder=TEXT("call_time_hint"),
                    editable_after_save=True,
                ),
            ],
        )
        self.add_fields([FieldSpec("reopen_reason", TEXT("reopen_reason"), editable_after_save=True)])
        self.fill_combo("assigned_department_id", self.dispatch_screen.department_choices(), TEXT("nobody"))
        self.fill_combo("assigned_staff_id", self.dispatch_screen.staff_choices(), TEXT("nobody"))
        self.assign_button = make_button(self.action_row, TEXT("assign"), self._assign)
        self.accept_button = make_button(self.action_row, TEXT("accept"), self._accept)
        self.arrive_button = make_button(self.action_row, TEXT("arrive"), self._arrive)
        self.complete_button = make_button(self.action_row, TEXT("complete"), self._complete)
        self.callback_button = make_button(self.action_row, TEXT("callback"), self._callback)
        self.reopen_button = make_button(self.action_row, TEXT("reopen"), self._reopen)
        self.print_button = PrintButton(self, "dispatch")
        self.action_row.insertWidget(0, self.print_button)
        self.state_label = status_line(self.details)
        self.step_buttons = {
            "assign": self.assign_button,
            "accept": self.accept_button,
            "arrive": self.arrive_button,
            "complete": self.complete_button,
            "callback": self.callback_button,
            "reopen": self.reopen_button,
        }
        with self.loading():
            self.clear_form()

    def open_record(self, record_id: int) -> None:
        """Read the slip through the screen and show it (a refusal is raised to
        ``load``, which shows it)."""
        self.show_slip(self.dispatch_screen.read(record_id))

    def show_slip(self, sheet: DispatchSheet) -> None:
        self.slip = sheet
        self.show_loaded(sheet.record_id, sheet.number, dict(sheet.values))
        self._show_steps(sheet)
        for name, step, reported in (
            ("accepted_at", "accept", sheet.accepted),
            ("arrived_at", "arrive", sheet.arrived),
        ):
            # A time not reported and no longer reportable is not shown as "now".
            self.show_row(name, sheet.actions[step].enabled or reported)
        lines = [TEXT("state", stage=sheet.stage), str(sheet.due_line)]
        if sheet.completed_at:
            lines.insert(1, TEXT("state_done", when=sheet.completed_at))
        if sheet.callback_due:
            lines.append(TEXT("callback_due", when=sheet.callback_due))
        if sheet.source:
            lines.append(TEXT("source", number=sheet.source))
        self.state_label.setText("\n".join(lines))
        self.print_button.set_record(sheet.record_id)

    def _show_steps(self, sheet: DispatchSheet) -> None:
        """Each step's button and boxes as the rule allows (``dispatch.GUARDS``): the
        form shows the steps the slip can take now."""
        allowed = {step: state.enabled for step, state in sheet.actions.items()}
        for step, button in self.step_buttons.items():
            state = sheet.actions[step]
            button.setVisible(state.enabled)
            button.setToolTip(state.reason)
        for name in ("business_line", "urgent", "assigned_department_id", "assigned_staff_id", "due_by_hand"):
            self.boxes[name].setEnabled(allowed["assign"])
        self.boxes["due_at"].setEnabled(allowed["assign"])
        self.boxes["accepted_at"].setEnabled(allowed["accept"])
        self.boxes["arrived_at"].setEnabled(allowed["arrive"])
        self.boxes["confirmed_on_the_spot"].setEnabled(not sheet.done)
        for name in ("result", "materials"):
            box = self.boxes[name]
            if hasattr(box, "setReadOnly"):
                box.setReadOnly(sheet.done)
        self.report_group.setVisible(True)
        self.callback_group.setVisible(sheet.done)
        for name in ("callback_form", "callback_satisfied", "callback_comments", "call_time_note"):
            self.boxes[name].setEnabled(allowed["callback"])
        self.show_row("reopen_reason", allowed["reopen"])

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is not None:
            return
        self.slip = None
        for button in self.step_buttons.values():
            button.setVisible(False)
        self.report_group.setVisible(False)
        self.callback_group.setVisible(False)
        self.show_row("reopen_reason", False)
        self.state_label.clear()
        self.print_button.set_record(None)

    # -- the steps (each its own unit of work through the screen) -------------------------

    def _step(self, step: str, done: str) -> bool:
        """One step of the saved slip with the form's values; the rule's message on
        refusal (next to its box), a question where the step asks one (R12), the slip
        shown again on success."""
        record_id = self.record_id
        if record_id is None:
            return False
        self.clear_errors()
        if self.context.staff_id is None:
            self.show_banner(FORM_TEXT("no_staff"))
            return False
        values = self.collect()
        if not operations.run_step(
            self,
            lambda confirmed: self.dispatch_screen.run(record_id, step, values, confirmed),
            on_failure=self.show_error,
        ):
            return False
        self.open_record(record_id)
        self.context.record_saved(self.kind, record_id)
        self.show_banner(done, error=False)
        return True

    def _assign(self) -> None:
        self._step("assign", TEXT("assigned_done"))

    def _accept(self) -> None:
        self._step("accept", TEXT("accepted_done"))

    def _arrive(self) -> None:
        self._step("arrive", TEXT("arrived_done"))

    def _complete(self) -> None:
        self._step("complete", TEXT("completed_done"))

    def _callback(self) -> None:
        self._step("callback", TEXT("callback_done"))

    def _reopen(self) -> None:
        self._step("reopen", TEXT("reopened_done"))


class DispatchSlipsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, DispatchSlipForm(context), dispatch_list())
