"""温馨提示 reminder-slip cases (SPEC 2.7, R14): one problem at one place worked through
its slips (1st, 2nd, 3rd), each checked once; corridor clutter may then be cleared
(after the legal-risk warning is confirmed), each cleared item numbered, stored and
returned only against the claimant's signature; a repeat offence after a clearance may
be cleared at once; 高空抛物 slips are signed by three parties. The service decides
every step; the form shows the case and offers the steps its state allows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desk_app.models import AttachmentOwner, ReminderCase, ReminderSlip, Room
from desk_app.printing.reminder_slips import render_reminder_slips
from desk_app.screens.enums import ReminderCaseStatus, ReminderKind
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import disputes, notices, references
from desk_app.services.errors import DomainError, FieldError
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
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
        "legal_title": QT_TRANSLATE_NOOP("ReminderSlipPage", "清理物品的法律风险"),
        "heeded_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记检查：已自行处理，案件办结。"),
        "check_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记检查。"),
        "clear_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记清理的物品，请按编号贴好标签。"),
        "close_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已结案。"),
        "claim_done": QT_TRANSLATE_NOOP("ReminderSlipPage", "已登记认领。"),
        "item_format": QT_TRANSLATE_NOOP("ReminderSlipPage", "第{index}行请写成“物品名称和特征 / 存放地点”"),
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


def reminder_list() -> ListSpec:
    return ListSpec(
        kind="reminder_slips",
        model=ReminderCase,
        columns=(
            Column(TEXT("col_number"), ReminderCase.number),
            Column(TEXT("col_kind"), ReminderCase.kind),
            Column(TEXT("col_location"), ReminderCase.location),
            Column(TEXT("col_opened"), ReminderCase.opened_at),
            Column(TEXT("col_status"), ReminderCase.status),
            Column(TEXT("col_next"), ReminderCase.next_check_at),
        ),
        search=(ReminderCase.number, ReminderCase.location, Room.code),
        filters=(
            Filter(
                TEXT("filter_status"),
                (
                    (TEXT("filter_all"), None),
                    (TEXT("filter_open"), ReminderCase.status.not_in(list(notices.CLOSED_CASE_STATUSES))),
                    *((enum_label(status), ReminderCase.status == status) for status in ReminderCaseStatus),
                ),
            ),
        ),
        default_order=ReminderCase.opened_at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == ReminderCase.room_id),
        export_name=TEXT("export"),
    )


def parse_items(text: str) -> list[tuple[str, str]]:
    """The cleared-items box: one item a line, "what / where" (a full-width ／ too)."""
    items: list[tuple[str, str]] = []
    for index, line in enumerate((line for line in text.splitlines() if line.strip()), start=1):
        what, slash, where = line.replace("／", "/").partition("/")
        if not slash:
            raise FieldError("items", TEXT("item_format", index=index), rule="R14")
        items.append((what.strip(), where.strip()))
    return items


class ReminderSlipForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="reminder_slips", draft_name="reminder_case", title=TEXT("title"))
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
        self.heeded_button = make_button(row, TEXT("heeded"), lambda: self._check(True))
        self.not_heeded_button = make_button(row, TEXT("not_heeded"), lambda: self._check(False))
        self.clear_button = make_button(row, TEXT("clear"), self._clear)
        self.close_button = make_button(row, TEXT("close"), self._close)
        self.claim_button = make_button(row, TEXT("claim"), self._claim)
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
        try:
            with self.context.db.read() as session:
                names = list_separator().join(notices.slip_signatories(session, kind))
        except DomainError as error:
            self.signatory_label.setText(str(error))
            return
        key = "three_party" if kind is ReminderKind.HIGH_ALTITUDE_THROWING else "signatories"
        self.signatory_label.setText(TEXT(key, names=names))

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["room_id"], "room_id")
        text = str(values.get("text") or "").strip()
        case = notices.open_case(
            session,
            ReminderKind(values["kind"]),
            location=values["location"],
            room_id=room.id if room is not None else None,
            text=text or None,
        )
        return case.id

    # -- a saved case --------------------------------------------------------------------

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            case = notices.load_case(session, record_id)
            repeat_of = session.get(ReminderCase, case.repeat_of_case_id) if case.repeat_of_case_id else None
            links = disputes.links_of(session, case)
            values = {
                "kind": case.kind.value,
                "room_id": references.room_code(session, case.room_id),
                "location": case.location,
                "text": case.slips[-1].text if case.slips else "",
            }
            slips = [
                (slip.sequence, slip.posted_at, slip.checked_at, slip.heeded, list(slip.signatories))
                for slip in case.slips
            ]
            items = [
                (i.item_number, i.description, i.storage_place, i.claimed_at, i.claimant_name)
                for i in case.cleared_items
                if i.voided_at is None
            ]
            number, status, kind = case.number, case.status, case.kind
            next_check, notes, exhausted = case.next_check_at, case.notes, notices.slips_exhausted(case)
            repeat_number = repeat_of.number if repeat_of is not None else None
        self.show_loaded(record_id, number, values)
        self.links.set_links(links)
        signatories = slips[-1][4] if slips else []
        key = "three_party" if kind is ReminderKind.HIGH_ALTITUDE_THROWING else "signatories"
        self.signatory_label.setText(TEXT(key, names=list_separator().join(signatories)))
        state = [TEXT("status", status=enum_label(status))]
        if next_check is not None:
            state.append(TEXT("next_check", when=local_text(next_check, self.zone)))
        if repeat_number:
            state.append(TEXT("repeat", number=repeat_number))
        if notes:
            state.append(TEXT("notes_line", notes=notes))
        self.state_label.setText("\n".join(state))
        lines = [TEXT("slips")]
        for sequence, posted, checked, heeded, _names in slips:
            result = (
                TEXT("slip_unchecked")
                if heeded is None
                else TEXT("slip_heeded")
                if heeded
                else TEXT("slip_unheeded")
            )
            lines.append(
                TEXT(
                    "slip_line",
                    sequence=sequence,
                    posted=local_text(posted, self.zone),
                    checked=local_text(checked, self.zone) or "—",
                    result=result,
                )
            )
        self.slips_label.setText("\n".join(lines))
        item_lines = [TEXT("cleared")] if items else []
        for item_number, what, where, claimed_at, claimant in items:
            claim = (
                TEXT("item_claimed", when=local_text(claimed_at, self.zone), who=claimant)
                if claimed_at
                else TEXT("item_waiting")
            )
            item_lines.append(TEXT("item_line", number=item_number, what=what, where=where, claim=claim))
        self.items_label.setText("\n".join(item_lines))

        in_slips = status in notices.SLIP_STATUSES.values() and not exhausted
        clearable = status is ReminderCaseStatus.CLEARANCE_ALLOWED
        closable = clearable or (status is ReminderCaseStatus.THIRD_SLIP and exhausted)
        self.heeded_button.setVisible(status not in notices.CLOSED_CASE_STATUSES)
        self.not_heeded_button.setVisible(in_slips)
        self.not_heeded_button.setText(
            TEXT("not_heeded_last") if status is ReminderCaseStatus.THIRD_SLIP else TEXT("not_heeded")
        )
        self.clear_button.setVisible(clearable)
        self.close_button.setVisible(closable)
        self.items_group.setVisible(closable)
        self.show_row("items", clearable)
        waiting = any(claimed is None for *_rest, claimed, _who in items)
        self.claim_group.setVisible(waiting)
        self.claim_button.setVisible(waiting)
        if waiting:
            first = next(number for number, _w, _s, claimed, _who in items if claimed is None)
            with self.loading():
                self.set_value("item_number", first)
        self.print_button.set_record(record_id)
        self.attachments.set_record(record_id)

    def show_record_details(self, record_id: int | None) -> None:
        if record_id is None:
            self.links.set_links([])
        for button in (
            self.heeded_button,
            self.not_heeded_button,
            self.clear_button,
            self.close_button,
            self.claim_button,
        ):
            button.setVisible(False)
        self.items_group.setVisible(False)
        self.claim_group.setVisible(False)
        self.state_label.clear()
        self.slips_label.clear()
        self.items_label.clear()
        self.print_button.set_record(None)
        self.attachments.set_record(None)
        if record_id is None:
            self._show_signatories()

    # -- steps ---------------------------------------------------------------------------

    def _check(self, heeded: bool) -> None:
        if self.record_id is None:
            return
        record_id = self.record_id
        done = TEXT("heeded_done") if heeded else TEXT("check_done")
        self.run_action(lambda s: notices.record_check(s, record_id, heeded), done)

    def _clear(self) -> None:
        """R14: the service warns of the legal risk first; clearing needs a yes."""
        if self.record_id is None:
            return
        record_id, text = self.record_id, str(self.value("items"))
        warning: list[notices.LegalRiskWarning] = []

        def attempt(session: Session, confirmed: bool) -> None:
            try:
                notices.clear_items(session, record_id, parse_items(text), confirm_legal_risk=confirmed)
            except notices.LegalRiskWarning as risk:
                warning.append(risk)

        if not self.run_action(lambda s: attempt(s, False), "", reload=False):
            return
        if not warning:  # cannot happen: the service always warns first
            return
        answer = QMessageBox.warning(
            self,
            TEXT("legal_title"),
            str(warning[0]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_action(lambda s: attempt(s, True), TEXT("clear_done"))

    def _close(self) -> None:
        if self.record_id is None:
            return
        record_id, outcome = self.record_id, str(self.value("notes"))
        self.run_action(lambda s: notices.close_without_clearance(s, record_id, outcome), TEXT("close_done"))

    def _claim(self) -> None:
        if self.record_id is None:
            return
        number = str(self.value("item_number"))
        name, signature = str(self.value("claimant_name")), str(self.value("claimant_signature"))

        def claim(session: Session) -> None:
            item = notices.find_cleared_item(session, number)
            notices.claim_item(session, item.id, name, signature)

        self.run_action(claim, TEXT("claim_done"))


@dataclass(frozen=True)
class BatchCase:
    case_id: int
    number: str
    kind: ReminderKind
    location: str
    status: ReminderCaseStatus

    @property
    def open(self) -> bool:
        return self.status not in notices.CLOSED_CASE_STATUSES


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
        super().__init__(context, ReminderSlipForm(context), reminder_list())
        self.batch_action = self.toolbar.addAction(TEXT("batch_print"))
        self.batch_action.setToolTip(TEXT("batch_tip"))
        self.batch_action.triggered.connect(self.print_listed_slips)

    def listed_cases(self) -> list[BatchCase]:
        """The cases the list shows now (its search and filters) that have a slip."""
        conditions = self.list_view.conditions()
        spec = self.list_view.spec
        posted = exists().where(ReminderSlip.case_id == ReminderCase.id, ReminderSlip.voided_at.is_(None))
        with self.context.db.read() as session:
            query: Any = select(
                ReminderCase.id,
                ReminderCase.number,
                ReminderCase.kind,
                ReminderCase.location,
                ReminderCase.status,
            )
            if spec.query is not None:  # the list's joins, which its search may use
                query = spec.query(query)
            rows = session.execute(query.where(*conditions, posted).order_by(ReminderCase.id)).all()
        return [BatchCase(row[0], row[1] or "", row[2], row[3] or "", row[4]) for row in rows]

    def choose_cases(self, cases: Sequence[BatchCase]) -> list[int] | None:
        """The chooser (a method, so tests can answer it); None when cancelled."""
        chooser = BatchChooser(cases, self)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        return chooser.chosen_ids()

    def print_listed_slips(self) -> RenderJob | None:
        """批量打印: the chooser, then the latest slip of each chosen case, two per A4
        page, rendered on a worker thread with progress and 取消, then previewed."""
        cases = self.listed_cases()
        if not cases:
            QMessageBox.information(self, TEXT("choose_title"), TEXT("choose_nothing"))
            return None
        chosen = self.choose_cases(cases)
        if not chosen:
            return None
        db = self.context.db

        def render(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> bytes:
            with db.read() as session:
                return render_reminder_slips(session, chosen, progress=progress, cancelled=cancelled)

        return run_batch_print(self, TEXT("batch_title"), render)
