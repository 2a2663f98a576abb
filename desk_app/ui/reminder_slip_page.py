"""温馨提示 reminder-slip cases (SPEC 2.7, R14): one problem at one place worked through
its slips (1st, 2nd, 3rd), each checked once; corridor clutter may then be cleared
(after the legal-risk warning is confirmed), each cleared item numbered, stored and
returned only against the claimant's signature; a repeat offence after a clearance may
be cleared at once; 高空抛物 slips are signed by three parties.

The widgets only lay out and bind: the case is read, saved and stepped through
``screens.reminder_slips`` (``ui.operations``), and each step's button is enabled
exactly when ``reminder_cases.GUARDS`` allows it, its refusal as the tooltip."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.printing.reminder_slips import render_slip_batch
from desk_app.screens import reminder_slips
from desk_app.screens.attachments import AttachmentOwner
from desk_app.screens.base import NeedsConfirmation
from desk_app.screens.enums import ReminderKind
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reminder_slips import BatchCase, ReminderScreen, ReminderSheet
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import TEXT as FORM_TEXT
from desk_app.ui.linked_records import LinkedRecords
from desk_app.ui.print_preview import RenderJob, run_batch_print
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

TEXT = ScreenText(
    "ReminderSlipPage",
    {
        "title": QT_TRANSLATE_NOOP("ReminderSlipPage", "温馨提示"),
        "batch_print": QT_TRANSLATE_NOOP("ReminderSlipPage", "批量打印(&B)…"),
        "batch_tip": QT_TRANSLATE_NOOP(
            "ReminderSlipPage", "把列表中（按当前查找和筛选）每个案件最新的一张温馨提示印在一起，每张 A4 两份"
        ),
        "batch_title": QT_TRANSLATE_NOOP("ReminderSlipPage", "温馨提示（批量）"),
        "choose_title": QT_TRANSLATE_NOOP("ReminderSlipPage", "批量打印：选择案件"),
        "choose_hint": QT_TRANSLATE_NOOP(
            "ReminderSlipPage", "勾选要打印的案件（默认勾选未结案的）。空格键勾选或取消，回车开始打印。"
        ),
        "choose_open": QT_TRANSLATE_NOOP("ReminderSlipPage", "只选未结案(&O)"),
        "choose_all": QT_TRANSLATE_NOOP("ReminderSlipPage", "全选(&A)"),
        "choose_none": QT_TRANSLATE_NOOP("ReminderSlipPage", "全不选(&C)"),
        "choose_print": QT_TRANSLATE_NOOP("ReminderSlipPage", "打印所选(&P)"),
        "choose_count": QT_TRANSLATE_NOOP("ReminderSlipPage", "已选 {chosen} / {total} 个案件"),
        "choose_nothing": QT_TRANSLATE_NOOP("ReminderSlipPage", "列表中没有张贴过温馨提示的案件。"),
        "kind": QT_TRANSLATE_NOOP("ReminderSlipPage", "提示类别(&K)"),
        "room_id": QT_TRANSLATE_NOOP("ReminderSlipPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("ReminderSlipPage", "如 3-2-1201（公共部位可不填）"),
        "location": QT_TRANSLATE_NOOP("ReminderSlipPage", "张贴地点(&L)"),
        "location_hint": QT_TRANSLATE_NOOP("ReminderSlipPage", "楼栋、单元、楼层；不填则用房号"),
        "text": QT_TRANSLATE_NOOP("ReminderSlipPage", "提示内容(&T)"),
        "text_hint": QT_TRANSLATE_NOOP("ReminderSlipPage", "不填则按模板生成"),
        "signatories": QT_TRANSLATE_NOOP("ReminderSlipPage", "署名：{names}"),
        "three_party": QT_TRANSLATE_NOOP("ReminderSlipPage", "高空抛物温馨提示须三方联合署名：{names}"),
        "items_group": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理物品"),
        "items": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理物品清单(&I)"),
        "items_hint": QT_TRANSLATE_NOOP(
            "ReminderSlipPage", "每行一件：物品名称和特征 / 存放地点，如：蓝色童车一辆 / 地下室储物间"
        ),
        "notes": QT_TRANSLATE_NOOP("ReminderSlipPage", "后续处理情况(&O)"),
        "notes_hint": QT_TRANSLATE_NOOP(
            "ReminderSlipPage", "不清理结案时填写：如已转邻里纠纷处理、已发整改通知书"
        ),
        "claim_group": QT_TRANSLATE_NOOP("ReminderSlipPage", "物品认领"),
        "item_number": QT_TRANSLATE_NOOP("ReminderSlipPage", "物品编号(&U)"),
        "claimant_name": QT_TRANSLATE_NOOP("ReminderSlipPage", "认领人姓名(&M)"),
        "claimant_signature": QT_TRANSLATE_NOOP("ReminderSlipPage", "认领人签字(&Q)"),
        "heeded": QT_TRANSLATE_NOOP("ReminderSlipPage", "检查：已自行处理(&Y)"),
        "not_heeded": QT_TRANSLATE_NOOP("ReminderSlipPage", "检查：未处理，张贴下一次提示(&X)"),
        "not_heeded_last": QT_TRANSLATE_NOOP("ReminderSlipPage", "检查：第三次仍未处理(&N)"),
        "clear": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理物品(&C)…"),
        "close": QT_TRANSLATE_NOOP("ReminderSlipPage", "不清理结案(&J)"),
        "claim": QT_TRANSLATE_NOOP("ReminderSlipPage", "签字认领(&A)"),
        "print": QT_TRANSLATE_NOOP("ReminderSlipPage", "打印温馨提示(&P)"),
        "heeded_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记检查：已自行处理，案件办结。"),
        "check_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记检查。"),
        "clear_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记清理的物品，请按编号贴好标签。"),
        "close_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已结案。"),
        "claim_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记认领。"),
        "status": QT_TRANSLATE_NOOP("ReminderSlipPage", "状态：{status}"),
        "next_check": QT_TRANSLATE_NOOP("ReminderSlipPage", "下次检查：{when}"),
        "repeat": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理后再次违反（原案件 {number}），可当即清理"),
        "slips": QT_TRANSLATE_NOOP("ReminderSlipPage", "已张贴的温馨提示："),
        "slip_line": QT_TRANSLATE_NOOP(
            "ReminderSlipPage", "第{sequence}次　张贴 {posted}　检查 {checked}　{result}"
        ),
        "slip_unchecked": QT_TRANSLATE_NOOP("ReminderSlipPage", "未检查"),
        "slip_heeded": QT_TRANSLATE_NOOP("ReminderSlipPage", "已处理"),
        "slip_unheeded": QT_TRANSLATE_NOOP("ReminderSlipPage", "未处理"),
        "cleared": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理的物品："),
        "item_line": QT_TRANSLATE_NOOP("ReminderSlipPage", "{number}　{what}　存放：{where}　{claim}"),
        "item_claimed": QT_TRANSLATE_NOOP("ReminderSlipPage", "已于 {when} 由 {who} 签字领回"),
        "item_waiting": QT_TRANSLATE_NOOP("ReminderSlipPage", "待认领"),
        "notes_line": QT_TRANSLATE_NOOP("ReminderSlipPage", "备注：{notes}"),
        "col_number": QT_TRANSLATE_NOOP("ReminderSlipPage", "编号"),
        "col_kind": QT_TRANSLATE_NOOP("ReminderSlipPage", "类别"),
        "col_location": QT_TRANSLATE_NOOP("ReminderSlipPage", "地点"),
        "col_opened": QT_TRANSLATE_NOOP("ReminderSlipPage", "首次张贴"),
        "col_status": QT_TRANSLATE_NOOP("ReminderSlipPage", "状态"),
        "col_next": QT_TRANSLATE_NOOP("ReminderSlipPage", "下次检查"),
        "filter_status": QT_TRANSLATE_NOOP("ReminderSlipPage", "状态"),
        "filter_all": QT_TRANSLATE_NOOP("ReminderSlipPage", "全部"),
        "filter_open": QT_TRANSLATE_NOOP("ReminderSlipPage", "未办结"),
        "export": QT_TRANSLATE_NOOP("ReminderSlipPage", "温馨提示"),
    },
)

HINT_STYLE = "color: #0b4f8a; background: #e8f1fb; border: 1px solid #b5d0ee; padding: 6px;"

#: BatchCase is the screen's (kept importable from here)
__all__ = ["BatchCase", "BatchChooser", "ReminderSlipForm", "ReminderSlipPage", "reminder_list"]


def reminder_list() -> ListSpec:
    """The list of cases (``screens.reminder_slips.reminder_list``), labelled here."""
    return reminder_slips.reminder_list(TEXT, enum_label)


def ask_with_warning(parent: QWidget | None, question: NeedsConfirmation) -> bool:
    """R14's legal risk is asked as a warning (Yes/No, No the default)."""
    answer = QMessageBox.warning(
        parent,
        question.title,
        question.question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ReminderSlipForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="reminder_slips", draft_name="reminder_case", title=TEXT("title"))
        self.reminder_screen = ReminderScreen(context.workspace)
        self.record_screen = self.reminder_screen
        # The case keeps its own sheet (screens/reminder_slips.py), not a BookSheet.
        self.sheet: ReminderSheet | None = None  # type: ignore[assignment]
        self.add_fields(
            [
                FieldSpec(
                    "kind",
                    TEXT("kind"),
                    "combo",
                    choices=tuple((enum_label(k), k.value) for k in ReminderKind),
                ),
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("location", TEXT("location"), placeholder=TEXT("location_hint")),
                FieldSpec("text", TEXT("text"), "text", placeholder=TEXT("text_hint")),
            ]
        )
        self.signatory_label = QLabel()
        self.signatory_label.setObjectName("signatories")
        self.signatory_label.setWordWrap(True)
        self.signatory_label.setStyleSheet(HINT_STYLE)
        self.form_layout.addRow(self.signatory_label)
        self.items_group = self.add_group(
            TEXT("items_group"),
            [
                FieldSpec(
                    "items", TEXT("items"), "text", placeholder=TEXT("items_hint"), editable_after_save=True
                ),
                FieldSpec("notes", TEXT("notes"), placeholder=TEXT("notes_hint"), editable_after_save=True),
            ],
        )
        self.claim_group = self.add_group(
            TEXT("claim_group"),
            [
                FieldSpec("item_number", TEXT("item_number"), editable_after_save=True),
                FieldSpec("claimant_name", TEXT("claimant_name"), editable_after_save=True),
                FieldSpec("claimant_signature", TEXT("claimant_signature"), editable_after_save=True),
            ],
        )
        row = self.action_row
        self.heeded_button = make_button(row, TEXT("heeded"), lambda: self._step("heeded", "heeded_done"))
        self.not_heeded_button = make_button(
            row, TEXT("not_heeded"), lambda: self._step("unheeded", "check_done")
        )
        self.clear_button = make_button(row, TEXT("clear"), lambda: self._step("clear", "clear_done"))
        self.close_button = make_button(row, TEXT("close"), lambda: self._step("close", "close_done"))
        self.claim_button = make_button(row, TEXT("claim"), lambda: self._step("claim", "claim_done"))
        self.step_buttons: dict[str, QPushButton] = {
            "heeded": self.heeded_button,
            "unheeded": self.not_heeded_button,
            "clear": self.clear_button,
            "close": self.close_button,
            "claim": self.claim_button,
        }
        self.print_button = PrintButton(self, "slip", TEXT("print"))
        row.insertWidget(0, self.print_button)
        self.state_label = status_line(self.details)
        self.slips_label = status_line(self.details)
        self.slips_label.setObjectName("caseSlips")
        self.items_label = status_line(self.details)
        self.items_label.setObjectName("clearedItems")
        # Issue 14: the dispute this record is part of, and the dispute's other records.
        self.links = LinkedRecords(context)
        self.details.addWidget(self.links)
        self.attachments = AttachmentsPanel(context, AttachmentOwner.REMINDER_CASE)
        self.details.addWidget(self.attachments)
        kind_box = self.boxes["kind"]
        kind_box.currentIndexChanged.connect(self._show_signatories)  # type: ignore[attr-defined]
        with self.loading():
            self.clear_form()

    # -- a new case ----------------------------------------------------------------------

    def _show_signatories(self, *_args: object) -> None:
        if self.record_id is not None:
            return
        kind = ReminderKind(self.value("kind"))

        def refused(error: DomainError) -> None:
            self.signatory_label.setText(str(error))

        names = operations.run(self, lambda: self.reminder_screen.signatories(kind), on_failure=refused)
        if names is None:
            return
        key = "three_party" if kind is ReminderKind.HIGH_ALTITUDE_THROWING else "signatories"
        self.signatory_label.setText(TEXT(key, names=list_separator().join(names)))

    # -- a saved case --------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        """Read the case through the screen and show it (a refusal is raised to
        ``load``, which shows it)."""
        self.show_sheet(self.reminder_screen.read(record_id))

    def show_sheet(self, sheet: ReminderSheet) -> None:  # type: ignore[override]
        self.sheet = sheet
        self.show_loaded(sheet.record_id, sheet.number, dict(sheet.values))
        self.remember_loaded({**sheet.values, "_version": sheet.version})
        self.links.set_links(list(sheet.links))
        key = "three_party" if sheet.three_party else "signatories"
        self.signatory_label.setText(TEXT(key, names=list_separator().join(sheet.signatories)))
        state = [TEXT("status", status=enum_label(sheet.status))]
        if sheet.next_check is not None:
            state.append(TEXT("next_check", when=local_text(sheet.next_check, self.zone)))
        if sheet.repeat_of:
            state.append(TEXT("repeat", number=sheet.repeat_of))
        if sheet.notes:
            state.append(TEXT("notes_line", notes=sheet.notes))
        self.state_label.setText("\n".join(state))
        lines = [TEXT("slips")]
        for slip in sheet.slips:
            result = (
                TEXT("slip_unchecked")
                if slip.heeded is None
                else TEXT("slip_heeded")
                if slip.heeded
                else TEXT("slip_unheeded")
            )
            lines.append(
                TEXT(
                    "slip_line",
                    sequence=slip.sequence,
                    posted=local_text(slip.posted, self.zone),
                    checked=local_text(slip.checked, self.zone) or "—",
                    result=result,
                )
            )
        self.slips_label.setText("\n".join(lines))
        item_lines = [TEXT("cleared")] if sheet.items else []
        for item in sheet.items:
            claim = (
                TEXT("item_claimed", when=local_text(item.claimed, self.zone), who=item.claimant)
                if item.claimed
                else TEXT("item_waiting")
            )
            item_lines.append(
                TEXT(
                    "item_line",
                    number=item.number,
                    what=item.description,
                    where=item.storage_place,
                    claim=claim,
                )
            )
        self.items_label.setText("\n".join(item_lines))
        self._show_steps(sheet)
        self.print_button.set_record(sheet.record_id)
        self.attachments.set_record(sheet.record_id)

    def _show_steps(self, sheet: ReminderSheet) -> None:
        """Each step's button as the rule says (``reminder_cases.GUARDS``): shown when
        the step belongs to the case, enabled when it may be taken now, the refusal as
        its tooltip; the boxes a step needs are shown while it may be taken."""
        actions = sheet.actions
        for step, button in self.step_buttons.items():
            state = actions[step]
            button.setVisible(state.visible)
            button.setEnabled(state.enabled)
            button.setToolTip(state.reason)
        self.not_heeded_button.setText(TEXT("not_heeded_last") if sheet.last_slip else TEXT("not_heeded"))
        self.items_group.setVisible(actions["clear"].enabled or actions["close"].enabled)
        self.show_row("items", actions["clear"].enabled)
        self.claim_group.setVisible(actions["claim"].enabled)

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is not None:
            return
        self.sheet = None
        self.links.set_links([])
        for button in self.step_buttons.values():
            button.setVisible(False)
        self.items_group.setVisible(False)
        self.claim_group.setVisible(False)
        self.state_label.clear()
        self.slips_label.clear()
        self.items_label.clear()
        self.print_button.set_record(None)
        self.attachments.set_record(None)
        self._show_signatories()

    # -- steps (each its own unit of work through the screen) ---------------------------

    def _step(self, step: str, done: str) -> None:
        """One step of the saved case with the form's values; the rule's message on
        refusal (next to its box), R14's legal-risk question before a clearance, the
        case shown again on success."""
        record_id = self.record_id
        if record_id is None:
            return
        self.clear_errors()
        if self.context.staff_id is None:
            self.show_banner(FORM_TEXT("no_staff"))
            return
        values = self.collect()
        if not operations.run_step(
            self,
            lambda confirmed: self.reminder_screen.run(record_id, step, values, confirmed),
            on_failure=self.show_error,
            ask=ask_with_warning,
        ):
            return
        self.open_record(record_id)
        self.context.record_saved(self.kind, record_id)
        self.show_banner(TEXT(done), error=False)


class BatchChooser(QDialog):
    """Which cases 批量打印 prints (issue 15: it printed all 22, resolved ones too):
    the listed cases with a slip, the open ones ticked. Space ticks, Enter prints."""

    def __init__(self, cases: Sequence[BatchCase], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases = list(cases)
        self.setWindowTitle(TEXT("choose_title"))
        self.resize(640, 460)
        layout = QVBoxLayout(self)
        hint = QLabel(TEXT("choose_hint"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.case_list = QListWidget()
        for case in self.cases:
            text = f"{case.number}  {enum_label(case.kind)}  {case.location}  {enum_label(case.status)}"
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if case.open else Qt.CheckState.Unchecked)
            self.case_list.addItem(item)
        if self.cases:
            self.case_list.setCurrentRow(0)
        self.case_list.itemChanged.connect(lambda _item: self._count())
        layout.addWidget(self.case_list, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(TEXT("choose_print"), QDialogButtonBox.ButtonRole.AcceptRole)
        for key, choose in (
            ("choose_open", lambda case: case.open),
            ("choose_all", lambda _case: True),
            ("choose_none", lambda _case: False),
        ):
            button = buttons.addButton(TEXT(key), QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _checked=False, rule=choose: self._tick(rule))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.print_button.setDefault(True)
        self._count()

    def _tick(self, rule: Callable[[BatchCase], bool]) -> None:
        for row, case in enumerate(self.cases):
            item = self.case_list.item(row)
            item.setCheckState(Qt.CheckState.Checked if rule(case) else Qt.CheckState.Unchecked)

    def chosen_ids(self) -> list[int]:
        return [
            case.case_id
            for row, case in enumerate(self.cases)
            if self.case_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        chosen = len(self.chosen_ids())
        self.count_label.setText(TEXT("choose_count", chosen=chosen, total=len(self.cases)))
        self.print_button.setEnabled(chosen > 0)


class ReminderSlipPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        self.reminder_form = ReminderSlipForm(context)
        super().__init__(context, self.reminder_form, reminder_list())
        self.batch_action = self.toolbar.addAction(TEXT("batch_print"))
        self.batch_action.setToolTip(TEXT("batch_tip"))
        self.batch_action.triggered.connect(self.print_listed_slips)

    def listed_cases(self) -> list[BatchCase]:
        """The cases the list shows now (its search and filters) that have a slip."""
        screen, spec, conditions = (
            self.reminder_form.reminder_screen,
            self.list_view.spec,
            self.list_view.conditions(),
        )
        return operations.run(self, lambda: screen.listed_cases(spec, conditions)) or []

    def choose_cases(self, cases: Sequence[BatchCase]) -> list[int] | None:
        """The chooser (a method, so tests can answer it); None when cancelled."""
        chooser = BatchChooser(cases, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        return chooser.chosen_ids()

    def print_listed_slips(self) -> RenderJob | None:
        """批量打印: the chooser, then the latest slip of each chosen case, two per A4
        page, read and rendered on a worker thread with progress and 取消, then
        previewed."""
        cases = self.listed_cases()
        if not cases:
            QMessageBox.information(self, TEXT("choose_title"), TEXT("choose_nothing"))
            return None
        chosen = self.choose_cases(cases)
        if not chosen:
            return None
        screen, zone = self.reminder_form.reminder_screen, self.context.workspace.zone

        def render(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes:
            return render_slip_batch(screen.printable(chosen), zone, progress=progress, cancelled=cancelled)

        return run_batch_print(self, TEXT("batch_title"), render)
