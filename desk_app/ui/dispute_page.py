"""邻里纠纷处理记录表 neighbour dispute record (SPEC 2.5).

The paper form's order: type, when it was registered, the parties (complainant's and
respondent's rooms and, when known, the clients), what the dispute is about, the
steward in charge; then the process log — each step with when, who, what was done,
which outside bodies took part (居委会/社区工作站, 业委会, 街道办, 城管, 派出所) and what
came of it — and the outcome. Disputes take long; the log is what proves the centre
acted, so steps are only ever added. Rules: ``desk_app.services.disputes``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import dispute_record
from desk_app.screens.base import NeedsConfirmation
from desk_app.screens.dispute_record import CLOSED_STATUSES_ORDERED, DisputeScreen, DisputeSheet
from desk_app.screens.enums import DisputeParticipant, DisputeStatus, DisputeType
from desk_app.screens.list_spec import ListSpec
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.client_choice import ClientChoice, aware, datetime_box, local_iso, set_local, zone_of
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.linked_records import LinkedRecords
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.record_page import RecordPage
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

C = "DisputePage"
TEXT = ScreenText(
    C,
    {
        "title": QT_TRANSLATE_NOOP(C, "邻里纠纷处理记录表"),
        "number": QT_TRANSLATE_NOOP(C, "编号：{number}　状态：{status}"),
        "print": QT_TRANSLATE_NOOP(C, "打印记录表(&Y)…"),
        "new_number": QT_TRANSLATE_NOOP(C, "编号：（保存后生成）"),
        "dispute_type": QT_TRANSLATE_NOOP(C, "纠纷类型(&T)"),
        "opened_at": QT_TRANSLATE_NOOP(C, "登记时间(&D)"),
        "parties": QT_TRANSLATE_NOOP(C, "纠纷双方"),
        "complainant_room": QT_TRANSLATE_NOOP(C, "投诉方房号(&R)"),
        "complainant_client": QT_TRANSLATE_NOOP(C, "投诉方客户(&K)"),
        "respondent_room": QT_TRANSLATE_NOOP(C, "被投诉方房号(&B)"),
        "respondent_client": QT_TRANSLATE_NOOP(C, "被投诉方客户(&L)"),
        "room_hint": QT_TRANSLATE_NOOP(C, "如 3-2-1201"),
        "description": QT_TRANSLATE_NOOP(C, "纠纷情况(&Q)"),
        "handler": QT_TRANSLATE_NOOP(C, "负责人(&Z)"),
        "not_chosen": QT_TRANSLATE_NOOP(C, "（未选）"),
        # the process log
        "log_group": QT_TRANSLATE_NOOP(
            C, "处理经过（参与单位：居委会/社区工作站、业委会、街道办、城管、派出所）"
        ),
        "log_when": QT_TRANSLATE_NOOP(C, "时间"),
        "log_who": QT_TRANSLATE_NOOP(C, "记录人"),
        "log_what": QT_TRANSLATE_NOOP(C, "处理经过"),
        "log_bodies": QT_TRANSLATE_NOOP(C, "参与单位"),
        "log_result": QT_TRANSLATE_NOOP(C, "结果"),
        "action": QT_TRANSLATE_NOOP(C, "本次经过(&I)"),
        "participants": QT_TRANSLATE_NOOP(C, "参与单位"),
        "result": QT_TRANSLATE_NOOP(C, "本次结果(&U)"),
        "step_button": QT_TRANSLATE_NOOP(C, "添加经过(&A)"),
        "participant": QT_TRANSLATE_NOOP(C, "补记参与单位(&P)"),
        "participant_button": QT_TRANSLATE_NOOP(C, "补记到选中的经过"),
        "pick_step": QT_TRANSLATE_NOOP(C, "请先在处理经过表中选中一条经过。"),
        # links (issue 14)
        "links_group": QT_TRANSLATE_NOOP(C, "关联的温馨提示与整改通知书"),
        "link_number": QT_TRANSLATE_NOOP(C, "编号(&X)"),
        "link_hint": QT_TRANSLATE_NOOP(C, "如 TX-202611-0003 或 ZG-202611-0001"),
        "link_button": QT_TRANSLATE_NOOP(C, "关联(&M)"),
        "unlink_button": QT_TRANSLATE_NOOP(C, "取消关联(&W)"),
        "link_done": QT_TRANSLATE_NOOP(C, "关联"),
        "unlink_done": QT_TRANSLATE_NOOP(C, "取消关联"),
        # outcome
        "outcome_group": QT_TRANSLATE_NOOP(C, "处理结果"),
        "outcome": QT_TRANSLATE_NOOP(C, "处理结果(&O)"),
        "final_status": QT_TRANSLATE_NOOP(C, "结案方式(&J)"),
        "close_button": QT_TRANSLATE_NOOP(C, "结案…"),
        "reopen_button": QT_TRANSLATE_NOOP(C, "重新处理…"),
        "closed": QT_TRANSLATE_NOOP(C, "已于 {at} 结案（{status}）：{outcome}"),
        "open": QT_TRANSLATE_NOOP(C, "处理中"),
        "close_title": QT_TRANSLATE_NOOP(C, "结案"),
        "reopen_title": QT_TRANSLATE_NOOP(C, "重新处理"),
        "reopen_reason": QT_TRANSLATE_NOOP(C, "请填写重新处理的原因（必填）："),
        "save_first": QT_TRANSLATE_NOOP(C, "请先保存纠纷记录。"),
        "no_staff": QT_TRANSLATE_NOOP(C, "请先在窗口底部选择值班人员。"),
        "done": QT_TRANSLATE_NOOP(C, "已完成：{what}。"),
        # list
        "col_number": QT_TRANSLATE_NOOP(C, "编号"),
        "col_opened": QT_TRANSLATE_NOOP(C, "登记时间"),
        "col_type": QT_TRANSLATE_NOOP(C, "类型"),
        "col_complainant": QT_TRANSLATE_NOOP(C, "投诉方"),
        "col_respondent": QT_TRANSLATE_NOOP(C, "被投诉方"),
        "col_status": QT_TRANSLATE_NOOP(C, "状态"),
        "col_handler": QT_TRANSLATE_NOOP(C, "负责人"),
        "filter_status": QT_TRANSLATE_NOOP(C, "状态"),
        "filter_type": QT_TRANSLATE_NOOP(C, "类型"),
        "all": QT_TRANSLATE_NOOP(C, "全部"),
        "export": QT_TRANSLATE_NOOP(C, "邻里纠纷处理记录"),
    },
)


def dispute_list() -> ListSpec:
    """The list of disputes (``screens.dispute_record.dispute_list``), labelled here."""
    return dispute_record.dispute_list(TEXT, enum_label)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _combo(choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


class DisputeForm(FormPage):
    """The neighbour dispute record; see the module docstring."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="disputes", draft_name="dispute", title=TEXT("title"))
        self.zone = zone_of(context)
        self.dispute_screen = DisputeScreen(context.workspace)
        self.record_screen = self.dispute_screen
        self.sheet: DisputeSheet = dispute_record.new_sheet()
        self._stored_sheet: object = None

        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold;")
        # Issue 16: the 邻里纠纷处理记录表 of a saved dispute.
        self.print_button = PrintButton(self, "dispute", TEXT("print"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dispute_type = _combo([(enum_label(kind), kind.value) for kind in DisputeType])
        form.addRow(
            _label(TEXT("dispute_type"), self.dispute_type), self.field("dispute_type", self.dispute_type)
        )
        self.opened_at = datetime_box()
        form.addRow(_label(TEXT("opened_at"), self.opened_at), self.field("opened_at", self.opened_at))

        parties = QGroupBox(TEXT("parties"))
        grid = QFormLayout(parties)
        self.complainant_room = QLineEdit()
        self.complainant_room.setPlaceholderText(TEXT("room_hint"))
        grid.addRow(
            _label(TEXT("complainant_room"), self.complainant_room),
            self.field("complainant_room", self.complainant_room),
        )
        self.complainant_client = ClientChoice(context)
        grid.addRow(
            _label(TEXT("complainant_client"), self.complainant_client.search_box),
            self.field("complainant_client_id", self.complainant_client),
        )
        self.respondent_room = QLineEdit()
        self.respondent_room.setPlaceholderText(TEXT("room_hint"))
        grid.addRow(
            _label(TEXT("respondent_room"), self.respondent_room),
            self.field("respondent_room", self.respondent_room),
        )
        self.respondent_client = ClientChoice(context)
        grid.addRow(
            _label(TEXT("respondent_client"), self.respondent_client.search_box),
            self.field("respondent_client_id", self.respondent_client),
        )
        self.complainant_client.clientChanged.connect(
            lambda _id: self._room_from_client(self.complainant_client, self.complainant_room)
        )
        self.respondent_client.clientChanged.connect(
            lambda _id: self._room_from_client(self.respondent_client, self.respondent_room)
        )

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        staff = self.dispute_screen.staff_choices()
        self.handler = _combo([(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in staff])
        after = QFormLayout()
        after.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        after.addRow(
            _label(TEXT("description"), self.description), self.field("description", self.description)
        )
        after.addRow(_label(TEXT("handler"), self.handler), self.field("handler_id", self.handler))

        # The long heading wraps in a label: as a group box title it made the form
        # 900 px wide in English (issue 15).
        log = QGroupBox(TEXT("log_what"))
        inner = QVBoxLayout(log)
        log_heading = QLabel(TEXT("log_group"))
        log_heading.setWordWrap(True)
        inner.addWidget(log_heading)
        self.steps_table = QTableWidget(0, 5)
        self.steps_table.setHorizontalHeaderLabels(
            [TEXT("log_when"), TEXT("log_who"), TEXT("log_what"), TEXT("log_bodies"), TEXT("log_result")]
        )
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps_table.verticalHeader().hide()
        self.steps_table.horizontalHeader().setStretchLastSection(True)
        self.steps_table.setMinimumHeight(120)
        inner.addWidget(self.steps_table)
        steps = QFormLayout()
        self.action = QLineEdit()
        steps.addRow(_label(TEXT("action"), self.action), self.field("action", self.action))
        bodies = QWidget()
        bodies_grid = QGridLayout(bodies)
        bodies_grid.setContentsMargins(0, 0, 0, 0)
        self.participant_boxes: dict[str, QCheckBox] = {}
        for index, body in enumerate(DisputeParticipant):
            box = QCheckBox(enum_label(body))
            bodies_grid.addWidget(box, index // 2, index % 2)  # two columns: English names are long
            self.participant_boxes[body.value] = box
        steps.addRow(TEXT("participants"), self.field("participants", bodies))
        self.result = QLineEdit()
        self.step_button = QPushButton(TEXT("step_button"))
        self.step_button.clicked.connect(self.add_step)
        row = QHBoxLayout()
        row.addWidget(self.result, 1)
        row.addWidget(self.step_button)
        steps.addRow(_label(TEXT("result"), self.result), row)
        self.participant = _combo([(enum_label(body), body.value) for body in DisputeParticipant])
        self.participant_button = QPushButton(TEXT("participant_button"))
        self.participant_button.clicked.connect(self.add_participant)
        row = QHBoxLayout()
        row.addWidget(self.participant, 1)
        row.addWidget(self.participant_button)
        steps.addRow(_label(TEXT("participant"), self.participant), row)
        inner.addLayout(steps)

        # Issue 14: the reminder-slip cases and rectification notices of this dispute.
        linked = QGroupBox(TEXT("links_group"))
        linked_layout = QVBoxLayout(linked)
        self.links = LinkedRecords(context)
        linked_layout.addWidget(self.links)
        self.link_number = QLineEdit()
        self.link_number.setPlaceholderText(TEXT("link_hint"))
        self.link_button = QPushButton(TEXT("link_button"))
        self.link_button.clicked.connect(self.link_record)
        self.unlink_button = QPushButton(TEXT("unlink_button"))
        self.unlink_button.clicked.connect(self.unlink_record)
        row = QHBoxLayout()
        row.addWidget(_label(TEXT("link_number"), self.link_number))
        row.addWidget(self.field("link_number", self.link_number), 1)
        row.addWidget(self.link_button)
        row.addWidget(self.unlink_button)
        linked_layout.addLayout(row)

        closing = QGroupBox(TEXT("outcome_group"))
        closing_form = QFormLayout(closing)
        self.closure_info = QLabel()
        self.closure_info.setWordWrap(True)
        closing_form.addRow(self.closure_info)
        self.outcome = QLineEdit()
        closing_form.addRow(_label(TEXT("outcome"), self.outcome), self.field("outcome", self.outcome))
        self.final_status = _combo([(enum_label(status), status.value) for status in CLOSED_STATUSES_ORDERED])
        self.close_button = QPushButton(TEXT("close_button"))
        self.close_button.clicked.connect(self.close_dispute)
        self.reopen_button = QPushButton(TEXT("reopen_button"))
        self.reopen_button.clicked.connect(self.reopen)
        row = QHBoxLayout()
        row.addWidget(self.final_status, 1)
        row.addWidget(self.close_button)
        row.addWidget(self.reopen_button)
        closing_form.addRow(_label(TEXT("final_status"), self.final_status), row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        top = QHBoxLayout()
        top.addWidget(self.number_label, 1)
        top.addWidget(self.print_button)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(parties)
        layout.addLayout(after)
        layout.addWidget(log)
        layout.addWidget(linked)
        layout.addWidget(closing)
        # Photos and scans of a saved dispute (issue 16).
        self.attachments = AttachmentsPanel(context, dispute_record.ATTACHMENTS)
        layout.addWidget(self.attachments)
        layout.addStretch(1)

        self.watch(
            self.dispute_type,
            self.opened_at,
            self.complainant_room,
            self.respondent_room,
            self.description,
            self.handler,
        )
        self.complainant_client.clientChanged.connect(self.mark_dirty)
        self.respondent_client.clientChanged.connect(self.mark_dirty)
        self.setFocusProxy(self.dispute_type)
        self.saved.connect(self._after_save)
        with self.loading():
            self.clear_form()

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "dispute_type": self.dispute_type.currentData(),
            "opened_at": local_iso(self.opened_at),
            "complainant_room": self.complainant_room.text(),
            "complainant_client_id": self.complainant_client.client_id(),
            "respondent_room": self.respondent_room.text(),
            "respondent_client_id": self.respondent_client.client_id(),
            "description": self.description.toPlainText(),
            "handler_id": self.handler.currentData(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        _select(self.dispute_type, values.get("dispute_type"))
        moment = aware(values.get("opened_at"), self.zone)
        set_local(self.opened_at, moment or self.context.db.clock.now(), self.zone)
        self.complainant_room.setText(values.get("complainant_room") or "")
        self.complainant_client.set_client(values.get("complainant_client_id"))
        self.respondent_room.setText(values.get("respondent_room") or "")
        self.respondent_client.set_client(values.get("respondent_client_id"))
        self.description.setPlainText(values.get("description") or "")
        _select(self.handler, values.get("handler_id"))
        if "_sheet" in values:
            self.show_sheet(values["_sheet"])

    def clear_form(self) -> None:
        self.restore({"_sheet": dispute_record.new_sheet()})
        self.action.clear()
        self.result.clear()
        self.outcome.clear()
        for box in self.participant_boxes.values():
            box.setChecked(False)

    # -- state ---------------------------------------------------------------------------

    def remember_loaded(self, values: dict[str, Any] | None) -> None:
        super().remember_loaded(values)
        self._stored_sheet = values.get("_sheet") if values is not None else None

    def _after_save(self, record_id: int) -> None:
        # The save re-read the stored values (and the sheet with them) once already.
        stored = self._stored_sheet
        sheet = stored if isinstance(stored, DisputeSheet) and stored.record_id == record_id else None
        if sheet is None:
            sheet = operations.run(
                self, lambda: self.dispute_screen.read(record_id), on_failure=lambda _e: None
            )
        if sheet is not None:
            self.show_sheet(sheet)

    def show_sheet(self, sheet: DisputeSheet) -> None:
        """The saved dispute's number, log, links and closure, and every button as the
        rule allows it (``disputes.GUARDS``), with the refusal as its tooltip."""
        self.sheet = sheet
        saved = sheet.record_id is not None
        self.attachments.set_record(sheet.record_id)
        self.print_button.set_record(sheet.record_id)
        if sheet.status is None:
            self.number_label.setText(TEXT("new_number"))
        else:
            self.number_label.setText(TEXT("number", number=sheet.number, status=enum_label(sheet.status)))
        self.steps_table.setRowCount(len(sheet.steps))
        for row, line in enumerate(sheet.steps):
            bodies = list_separator().join(enum_label(body) for body in line.participants)
            for column, value in enumerate((line.at, line.who, line.action, bodies, line.result)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, line.step_id)
                self.steps_table.setItem(row, column, item)
        self.steps_table.resizeColumnsToContents()
        header = self.steps_table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        if not saved:
            self.closure_info.setText("")
        elif sheet.closed and sheet.status is not None:
            self.closure_info.setText(
                TEXT("closed", at=sheet.closed_at, status=enum_label(sheet.status), outcome=sheet.outcome)
            )
        else:
            self.closure_info.setText(TEXT("open"))
        for button, step in (
            (self.step_button, "add_step"),
            (self.participant_button, "add_participant"),
            (self.close_button, "close"),
            (self.reopen_button, "reopen"),
            (self.link_button, "link"),
            (self.unlink_button, "unlink"),
        ):
            state = sheet.actions[step]
            button.setEnabled(state.enabled)
            button.setVisible(state.visible)
            button.setToolTip(state.reason)
        self.links.set_links(list(sheet.links), keep_visible=saved)

    def _room_from_client(self, choice: ClientChoice, room: QLineEdit) -> None:
        if self._loading:
            return
        chosen = choice.chosen()
        if chosen is not None and chosen.room_code and not room.text().strip():
            room.setText(chosen.room_code)

    # -- actions -------------------------------------------------------------------------

    def run_step(self, what: str, step: str, args: dict[str, Any]) -> bool:
        """One step on the saved dispute (``DisputeScreen.run``): pending edits saved
        first, one unit of work, the rule's message on refusal, a question where the
        step asks one, the form reloaded on success."""
        if self.record_id is None:
            self.show_banner(TEXT("save_first"))
            return False
        if self.context.staff_id is None:
            self.show_banner(TEXT("no_staff"))
            return False
        if self.is_dirty() and not self.save():
            return False
        self.clear_errors()
        record_id = self.record_id
        if not operations.run_step(
            self,
            lambda confirmed: self.dispute_screen.run(record_id, step, args, confirmed),
            on_failure=self._refused,
            ask=self._ask,
        ):
            return False
        self.load(record_id)
        self.show_banner(TEXT("done", what=what), error=False)
        self.context.record_saved(self.kind, record_id)
        return True

    def _refused(self, error: DomainError) -> None:
        self.show_error(error)

    def _ask(self, parent: QWidget | None, question: NeedsConfirmation) -> bool:
        return operations.confirm(parent, NeedsConfirmation(question.question, TEXT("close_title")))

    def add_step(self) -> bool:
        bodies = [code for code, box in self.participant_boxes.items() if box.isChecked()]
        args = {"action": self.action.text(), "participants": bodies, "result": self.result.text()}
        if self.run_step(TEXT("step_button").replace("(&A)", ""), "add_step", args):
            self.action.clear()
            self.result.clear()
            for box in self.participant_boxes.values():
                box.setChecked(False)
            return True
        return False

    def add_participant(self) -> bool:
        row = self.steps_table.currentRow()
        item = self.steps_table.item(row, 0) if row >= 0 else None
        if item is None:
            self.show_banner(TEXT("pick_step"))
            return False
        args = {
            "step_id": int(item.data(Qt.ItemDataRole.UserRole)),
            "participant": str(self.participant.currentData()),
        }
        return self.run_step(TEXT("participant_button"), "add_participant", args)

    def close_dispute(self) -> bool:
        args = {"outcome": self.outcome.text(), "status": DisputeStatus(self.final_status.currentData())}
        if self.run_step(TEXT("close_title"), "close", args):
            self.outcome.clear()
            return True
        return False

    def link_record(self) -> bool:
        if self.run_step(TEXT("link_done"), "link", {"number": self.link_number.text()}):
            self.link_number.clear()
            return True
        return False

    def unlink_record(self) -> bool:
        number = self.link_number.text()
        if not number.strip():
            number = self.links.current_number()
        if self.run_step(TEXT("unlink_done"), "unlink", {"number": number}):
            self.link_number.clear()
            return True
        return False

    def reopen(self) -> bool:
        reason, accepted = QInputDialog.getText(self, TEXT("reopen_title"), TEXT("reopen_reason"))
        if not accepted:
            return False
        return self.run_step(TEXT("reopen_title"), "reopen", {"reason": reason})


class DisputePage(RecordPage):
    """邻里纠纷 (navigation key "disputes")."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, dispute_list(), DisputeForm(context), TEXT("title"))


__all__ = ["DisputeForm", "DisputePage", "dispute_list"]
