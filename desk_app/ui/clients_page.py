"""业主资料卡 (SPEC 2.1): the client archive — a searchable list and the client's card.

The list finds a client by room, phone (any part), name or pinyin initials (typing
``zs`` finds 张三). The card reads like the paper card: rooms, name, phones, move-in
date with the R13 residency period and relationship class, family members, the details a
receptionist keeps up to date (occupation, employer, 籍贯, notes, importance categories),
the R12 "refuses callbacks/interviews" flag with its reason, and the contact history
(work-log entries, complaints, interviews; most recent first; Enter or double-click opens
one on its own screen).

Rules live in ``desk_app.services.clients`` (``client_card``, ``contact_history``,
``create_client``, ``update_client``, ``set_do_not_disturb`` / ``clear_do_not_disturb``);
the card reads and saves through ``desk_app.screens.client_archive``, which also
builds the list.
新建 (Ctrl+N) opens an empty card for an owner or tenant moving in; name, rooms, phones,
move-in date and family are edited on the card. There is no voiding.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import client_archive
from desk_app.screens.client_archive import ClientCardScreen, split_list, split_phones
from desk_app.screens.enums import ImportanceCategory, RelationshipClass, ResidencyPeriod, RoomRelation
from desk_app.screens.list_spec import ListSpec
from desk_app.services.errors import DomainError
from desk_app.ui.date_field import date_field_for
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.record_page import RecordPage
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

TEXT = ScreenText(
    "ClientsPage",
    {
        "title": QT_TRANSLATE_NOOP("ClientsPage", "业主资料卡"),
        "room": QT_TRANSLATE_NOOP("ClientsPage", "房号"),
        "name": QT_TRANSLATE_NOOP("ClientsPage", "姓名"),
        "phones": QT_TRANSLATE_NOOP("ClientsPage", "电话"),
        "importance": QT_TRANSLATE_NOOP("ClientsPage", "重要客户类别"),
        "dnd_column": QT_TRANSLATE_NOOP("ClientsPage", "拒绝回访"),
        "period": QT_TRANSLATE_NOOP("ClientsPage", "入住时段"),
        "filter_importance": QT_TRANSLATE_NOOP("ClientsPage", "类别"),
        "filter_dnd": QT_TRANSLATE_NOOP("ClientsPage", "回访意愿"),
        "all": QT_TRANSLATE_NOOP("ClientsPage", "全部"),
        "important": QT_TRANSLATE_NOOP("ClientsPage", "重要客户"),
        "refuses": QT_TRANSLATE_NOOP("ClientsPage", "拒绝回访/访谈"),
        "accepts": QT_TRANSLATE_NOOP("ClientsPage", "可以回访"),
        "export_name": QT_TRANSLATE_NOOP("ClientsPage", "业主资料"),
        "card_heading": QT_TRANSLATE_NOOP("ClientsPage", "业主资料卡"),
        "pick_hint": QT_TRANSLATE_NOOP(
            "ClientsPage", "在左侧列表中查找客户（房号、电话、姓名或拼音首字母），按回车打开资料卡。"
        ),
        "basic": QT_TRANSLATE_NOOP("ClientsPage", "基本情况"),
        "number": QT_TRANSLATE_NOOP("ClientsPage", "档案编号"),
        "gender": QT_TRANSLATE_NOOP("ClientsPage", "性别"),
        "move_in": QT_TRANSLATE_NOOP("ClientsPage", "入住日期"),
        "relationship": QT_TRANSLATE_NOOP("ClientsPage", "关系类别"),
        "last_complaint": QT_TRANSLATE_NOOP("ClientsPage", "最近投诉"),
        "details": QT_TRANSLATE_NOOP("ClientsPage", "个人资料"),
        "occupation": QT_TRANSLATE_NOOP("ClientsPage", "职业(&O)"),
        "employer": QT_TRANSLATE_NOOP("ClientsPage", "工作单位(&W)"),
        "hometown": QT_TRANSLATE_NOOP("ClientsPage", "籍贯(&J)"),
        "notes": QT_TRANSLATE_NOOP("ClientsPage", "备注(&R)"),
        "importance_box": QT_TRANSLATE_NOOP("ClientsPage", "重要客户类别"),
        "family": QT_TRANSLATE_NOOP("ClientsPage", "家庭成员"),
        "family_name": QT_TRANSLATE_NOOP("ClientsPage", "姓名"),
        "family_relation": QT_TRANSLATE_NOOP("ClientsPage", "关系"),
        "family_phone": QT_TRANSLATE_NOOP("ClientsPage", "电话"),
        "family_notes": QT_TRANSLATE_NOOP("ClientsPage", "备注"),
        "dnd_box": QT_TRANSLATE_NOOP("ClientsPage", "回访与访谈意愿（R12）"),
        "dnd_check": QT_TRANSLATE_NOOP("ClientsPage", "客户拒绝回访/访谈(&D)"),
        "dnd_reason": QT_TRANSLATE_NOOP("ClientsPage", "原因(&Y)"),
        "dnd_since": QT_TRANSLATE_NOOP("ClientsPage", "自 {day} 起"),
        "history": QT_TRANSLATE_NOOP("ClientsPage", "联系记录（最近的在前；回车打开）"),
        "history_when": QT_TRANSLATE_NOOP("ClientsPage", "时间"),
        "history_what": QT_TRANSLATE_NOOP("ClientsPage", "类型"),
        "history_number": QT_TRANSLATE_NOOP("ClientsPage", "编号"),
        "history_summary": QT_TRANSLATE_NOOP("ClientsPage", "内容"),
        "no_history": QT_TRANSLATE_NOOP("ClientsPage", "尚无联系记录（首次接触）。"),
        "pick_first": QT_TRANSLATE_NOOP("ClientsPage", "请先在列表中选择客户，或按 Ctrl+N 新建业主资料卡。"),
        "not_moved_in": QT_TRANSLATE_NOOP("ClientsPage", "尚未入住"),
        "new_hint": QT_TRANSLATE_NOOP(
            "ClientsPage",
            "新建业主资料卡：填写房号、姓名、电话等，按 Ctrl+S 保存。多个房号或电话用“、”、逗号或空格分开。",
        ),
        "room_edit": QT_TRANSLATE_NOOP("ClientsPage", "房号(&M)"),
        "name_edit": QT_TRANSLATE_NOOP("ClientsPage", "姓名(&X)"),
        "phones_edit": QT_TRANSLATE_NOOP("ClientsPage", "电话(&P)"),
        "move_in_edit": QT_TRANSLATE_NOOP("ClientsPage", "入住日期(&I)"),
        "unknown": QT_TRANSLATE_NOOP("ClientsPage", "未知"),
        "unknown_tip": QT_TRANSLATE_NOOP("ClientsPage", "入住日期不详"),
        "rooms_placeholder": QT_TRANSLATE_NOOP("ClientsPage", "如 3-2-1201、3-2-1202"),
        "phones_placeholder": QT_TRANSLATE_NOOP("ClientsPage", "如 13800001111、0755-88881234"),
        "held_as": QT_TRANSLATE_NOOP("ClientsPage", "房屋身份"),
        "new_rooms_as": QT_TRANSLATE_NOOP("ClientsPage", "新增房号登记为"),
        "family_add": QT_TRANSLATE_NOOP("ClientsPage", "添加成员(&A)"),
        "family_remove": QT_TRANSLATE_NOOP("ClientsPage", "删除所选成员"),
    },
)


def importance_labels(codes: str | None) -> str:
    """Stored category codes (``"major_client,key_complainant"``) as their labels."""
    return client_archive.importance_labels(codes, enum_label, list_separator().join)


def client_list_spec(context: DeskContext) -> ListSpec:
    """The archive's list (``screens.client_archive``), labelled for this screen; the
    residency period follows the program's clock in the community's zone."""
    return client_archive.client_list_spec(context.workspace, TEXT, enum_label, list_separator().join)


def _enum_text(kind: type[ResidencyPeriod] | type[RelationshipClass], value: Any) -> str:
    """A stored enum value as its label ("" when empty)."""
    return enum_label(kind(value)) if value else ""


def _value_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ClientCardForm(FormPage):
    """The client's card; only the details, the categories and the R12 flag are edited."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context, kind="clients", draft_name="client", title=TEXT("card_heading"), parent=parent
        )
        self.record_screen = ClientCardScreen(context.workspace)

        heading = QLabel(TEXT("card_heading"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold; letter-spacing: 4px;")
        self.hint = QLabel(TEXT("pick_hint"))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")

        # 基本情况: rooms, name, phones, move-in date (edited), the derived R13 classes
        basic = QGroupBox(TEXT("basic"))
        grid = QGridLayout(basic)
        self.rooms_box = QLineEdit()
        self.rooms_box.setPlaceholderText(TEXT("rooms_placeholder"))
        self.name_box = QLineEdit()
        self.name_box.setStyleSheet("font-weight: bold;")
        self.phones_box = QLineEdit()
        self.phones_box.setPlaceholderText(TEXT("phones_placeholder"))
        # Issue 15: typed (2019-05-01, 20190501, 2019年5月1日); empty: not known.
        self.move_in_box = date_field_for(context.db)
        self.move_in_box.setPlaceholderText(TEXT("unknown"))
        self.move_in_unknown = QPushButton(TEXT("unknown"))
        self.move_in_unknown.setToolTip(TEXT("unknown_tip"))
        self.move_in_unknown.setAutoDefault(False)
        self.move_in_unknown.clicked.connect(self._move_in_not_known)
        move_in_widget = QWidget()
        move_in_row = QHBoxLayout(move_in_widget)
        move_in_row.setContentsMargins(0, 0, 0, 0)
        move_in_row.addWidget(self.move_in_box, 1)
        move_in_row.addWidget(self.move_in_unknown)
        self.relation_box = QComboBox()
        for relation in RoomRelation:
            self.relation_box.addItem(enum_label(relation), relation.value)
        self.number_label = _value_label()
        self.gender_label = _value_label()
        self.rooms_label = _value_label()
        self.period_label = _value_label()
        self.relationship_label = _value_label()
        self.last_complaint_label = _value_label()
        edited = (
            ("room_edit", "rooms", self.rooms_box, TEXT("number"), self.number_label),
            ("name_edit", "name", self.name_box, TEXT("gender"), self.gender_label),
            ("phones_edit", "phones", self.phones_box, TEXT("held_as"), self.rooms_label),
        )
        for row, (key, name, box, right, right_value) in enumerate(edited):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            grid.addWidget(label, row, 0)
            grid.addWidget(self.field(name, box), row, 1)
            grid.addWidget(QLabel(right + "："), row, 2)
            grid.addWidget(right_value, row, 3)
            box.returnPressed.connect(self.focusNextChild)
        move_in_label = QLabel(TEXT("move_in_edit"))
        move_in_label.setBuddy(self.move_in_box)
        grid.addWidget(move_in_label, 3, 0)
        grid.addWidget(self.field("move_in", move_in_widget), 3, 1)
        grid.addWidget(QLabel(TEXT("new_rooms_as") + "："), 3, 2)
        grid.addWidget(self.relation_box, 3, 3)
        pairs = (
            (TEXT("period"), self.period_label, TEXT("relationship"), self.relationship_label),
            (TEXT("last_complaint"), self.last_complaint_label, "", QLabel()),
        )
        for row, (left, left_value, right, right_value) in enumerate(pairs, start=4):
            grid.addWidget(QLabel(left + "："), row, 0)
            grid.addWidget(left_value, row, 1)
            grid.addWidget(QLabel(right + "：" if right else ""), row, 2)
            grid.addWidget(right_value, row, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        grid.setRowStretch(len(pairs) + 4, 1)  # spare height below the rows, not between them

        # 个人资料 (kept up to date at the counter)
        details = QGroupBox(TEXT("details"))
        form = QFormLayout(details)
        self.occupation_box = QLineEdit()
        self.employer_box = QLineEdit()
        self.hometown_box = QLineEdit()
        for key, name, box in (
            ("occupation", "occupation", self.occupation_box),
            ("employer", "employer", self.employer_box),
            ("hometown", "hometown", self.hometown_box),
        ):
            label = QLabel(TEXT(key))
            label.setBuddy(box)
            form.addRow(label, self.field(name, box))
            box.returnPressed.connect(self.focusNextChild)
        self.importance_boxes: dict[ImportanceCategory, QCheckBox] = {}
        importance_widget = QWidget()
        importance_grid = QGridLayout(importance_widget)
        importance_grid.setContentsMargins(0, 0, 0, 0)
        for position, category in enumerate(ImportanceCategory):
            check = QCheckBox(enum_label(category))
            self.importance_boxes[category] = check
            importance_grid.addWidget(check, position, 0)  # one column: English names are long
        form.addRow(QLabel(TEXT("importance_box") + "："), self.field("importance", importance_widget))
        self.notes_box = QPlainTextEdit()
        self.notes_box.setTabChangesFocus(True)
        self.notes_box.setFixedHeight(60)
        notes_label = QLabel(TEXT("notes"))
        notes_label.setBuddy(self.notes_box)
        form.addRow(notes_label, self.field("notes", self.notes_box))

        # 家庭成员
        family = QGroupBox(TEXT("family"))
        family_layout = QVBoxLayout(family)
        self.family_table = _read_only_table(
            [TEXT("family_name"), TEXT("family_relation"), TEXT("family_phone"), TEXT("family_notes")]
        )
        self.family_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.family_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.family_table.setFixedHeight(110)
        family_header = self.family_table.horizontalHeader()
        for column, width in enumerate((100, 70, 130)):  # typed into: not sized to contents
            family_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.family_table.setColumnWidth(column, width)
        self.family_table.itemChanged.connect(self.mark_dirty)
        self.family_add = QPushButton(TEXT("family_add"))
        self.family_add.setAutoDefault(False)
        self.family_add.clicked.connect(self.add_family_row)
        self.family_remove = QPushButton(TEXT("family_remove"))
        self.family_remove.setAutoDefault(False)
        self.family_remove.clicked.connect(self.remove_family_row)
        family_buttons = QHBoxLayout()
        family_buttons.addWidget(self.family_add)
        family_buttons.addWidget(self.family_remove)
        family_buttons.addStretch(1)
        family_layout.addWidget(self.field("family", self.family_table))
        family_layout.addLayout(family_buttons)

        # R12
        dnd = QGroupBox(TEXT("dnd_box"))
        dnd_form = QFormLayout(dnd)
        self.dnd_check = QCheckBox(TEXT("dnd_check"))
        self.dnd_since_label = QLabel()
        self.dnd_reason_box = QLineEdit()
        reason_label = QLabel(TEXT("dnd_reason"))
        reason_label.setBuddy(self.dnd_reason_box)
        dnd_form.addRow(self.dnd_check, self.dnd_since_label)
        dnd_form.addRow(reason_label, self.field("do_not_disturb_reason", self.dnd_reason_box))
        self.dnd_check.toggled.connect(self._dnd_toggled)

        # 联系记录
        history = self.history_box = QGroupBox(TEXT("history"))
        history_layout = QVBoxLayout(history)
        self.history_table = _read_only_table(
            [TEXT("history_when"), TEXT("history_what"), TEXT("history_number"), TEXT("history_summary")]
        )
        self.history_table.setMinimumHeight(160)
        self.history_table.doubleClicked.connect(lambda index: self.open_history(index.row()))
        self.history_table.installEventFilter(self)
        self.no_history_label = QLabel(TEXT("no_history"))
        self.no_history_label.setStyleSheet("color: #555;")
        history_layout.addWidget(self.no_history_label)
        history_layout.addWidget(self.history_table)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(basic)
        layout.addWidget(details)
        layout.addWidget(family)
        layout.addWidget(dnd)
        layout.addWidget(history)
        layout.addStretch(1)

        self._new_card = False
        self.watch(
            self.rooms_box,
            self.name_box,
            self.phones_box,
            self.move_in_box,
            self.relation_box,
            self.occupation_box,
            self.employer_box,
            self.hometown_box,
            self.notes_box,
            self.dnd_check,
            self.dnd_reason_box,
            *self.importance_boxes.values(),
        )
        with self.loading():
            self.clear_form()

    # -- FormPage ----------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "card": self._card,
            "name": self.name_box.text(),
            "rooms": self.rooms_box.text(),
            "phones": self.phones_box.text(),
            "move_in": self.move_in_box.value_text() or "",
            "relation": self.relation_box.currentData(),
            "family": self._family_rows(),
            "occupation": self.occupation_box.text(),
            "employer": self.employer_box.text(),
            "hometown": self.hometown_box.text(),
            "notes": self.notes_box.toPlainText(),
            "importance": [
                category.value for category, box in self.importance_boxes.items() if box.isChecked()
            ],
            "do_not_disturb": self.dnd_check.isChecked(),
            "do_not_disturb_reason": self.dnd_reason_box.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        card = values.get("card") or {}
        self._show_card(card)
        self.name_box.setText(values.get("name", ""))
        self.rooms_box.setText(values.get("rooms", ""))
        self.phones_box.setText(values.get("phones", ""))
        self.move_in_box.set_value(values.get("move_in") or None)
        relation = self.relation_box.findData(values.get("relation", RoomRelation.OWNER.value))
        self.relation_box.setCurrentIndex(max(relation, 0))
        self._fill(self.family_table, values.get("family", []), 4)
        self.occupation_box.setText(values.get("occupation", ""))
        self.employer_box.setText(values.get("employer", ""))
        self.hometown_box.setText(values.get("hometown", ""))
        self.notes_box.setPlainText(values.get("notes", ""))
        chosen = set(values.get("importance", []))
        for category, box in self.importance_boxes.items():
            box.setChecked(category.value in chosen)
        self.dnd_check.setChecked(bool(values.get("do_not_disturb")))
        self.dnd_reason_box.setText(values.get("do_not_disturb_reason", ""))
        self._dnd_toggled(self.dnd_check.isChecked())
        self._set_editable(bool(card) or self._new_card)

    def clear_form(self) -> None:
        self.restore({})

    def store(self, values: dict[str, Any]) -> int:
        if self.record_id is None and not self._new_card:
            raise DomainError(TEXT("pick_first"))
        return super().store(values)

    def load(self, record_id: int) -> bool:
        loaded = super().load(record_id)
        if loaded:
            self._new_card = False
            self._set_editable(True)
            self.occupation_box.setFocus(Qt.FocusReason.OtherFocusReason)
        return loaded

    def start_new(self) -> None:
        """An empty card for a client moving in (Ctrl+N)."""
        was_new = self._new_card
        self._new_card = True
        super().start_new()
        if self.record_id is not None:  # the receptionist kept the card that was open
            self._new_card = was_new
            return
        self.hint.setText(TEXT("new_hint"))
        self.hint.show()
        self._set_editable(True)
        self.rooms_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save; then show the card as stored (its number, phones as digits, R13)."""
        creating = self.record_id is None
        saved = super().save()
        if saved and self.record_id is not None:
            self._new_card = False
            if self._loaded_values is not None:
                with self.loading():
                    self.restore(self._loaded_values)
            if creating:
                self.name_box.setFocus(Qt.FocusReason.OtherFocusReason)
        return saved

    # -- family rows -------------------------------------------------------------------

    def _family_rows(self) -> list[list[str]]:
        rows = []
        for row in range(self.family_table.rowCount()):
            cells = [self.family_table.item(row, column) for column in range(4)]
            rows.append([cell.text() if cell is not None else "" for cell in cells])
        return rows

    def add_family_row(self) -> None:
        """A new empty family row, with the cursor in its name cell."""
        row = self.family_table.rowCount()
        self.family_table.insertRow(row)
        for column in range(4):
            self.family_table.setItem(row, column, QTableWidgetItem(""))
        self.family_table.setCurrentCell(row, 0)
        self.family_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.mark_dirty()

    def remove_family_row(self) -> None:
        row = self.family_table.currentRow()
        if 0 <= row < self.family_table.rowCount():
            self.family_table.removeRow(row)
            self.mark_dirty()

    # -- showing -----------------------------------------------------------------------

    def _show_card(self, card: dict[str, Any]) -> None:
        self._card = card
        self.hint.setText(TEXT("new_hint") if self._new_card else TEXT("pick_hint"))
        self.hint.setVisible(not card)
        self.number_label.setText(card.get("number", ""))
        self.gender_label.setText(card.get("gender", ""))
        self.rooms_label.setText("、".join(card.get("rooms", [])))
        self.period_label.setText(_enum_text(ResidencyPeriod, card.get("period")))
        self.relationship_label.setText(_enum_text(RelationshipClass, card.get("relationship")))
        self.last_complaint_label.setText(card.get("last_complaint", ""))
        since = card.get("dnd_since", "")
        self.dnd_since_label.setText(TEXT("dnd_since", day=since) if since else "")
        self._history_rows: list[list[Any]] = card.get("history", [])
        self._fill(self.history_table, self._history_rows, 4)
        self.no_history_label.setVisible(bool(card) and not self._history_rows)
        self.history_box.setVisible(bool(card) or not self._new_card)  # a new card has no history

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[Any]], width: int) -> None:
        blocked = table.blockSignals(True)
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column in range(width):
                value = values[column] if column < len(values) else ""
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.blockSignals(blocked)

    def _move_in_not_known(self) -> None:
        self.move_in_box.set_date(None)
        self.move_in_box.textEdited.emit("")  # the person's choice: the card is changed

    def _set_editable(self, editable: bool) -> None:
        for widget in (
            self.rooms_box,
            self.name_box,
            self.phones_box,
            self.move_in_box,
            self.move_in_unknown,
            self.relation_box,
            self.family_table,
            self.family_add,
            self.family_remove,
            self.occupation_box,
            self.employer_box,
            self.hometown_box,
            self.notes_box,
            self.dnd_check,
        ):
            widget.setEnabled(editable)
        for box in self.importance_boxes.values():
            box.setEnabled(editable)
        self.dnd_reason_box.setEnabled(editable and self.dnd_check.isChecked())

    def _dnd_toggled(self, checked: bool) -> None:
        self.dnd_reason_box.setEnabled(checked and (self.record_id is not None or self._new_card))
        if checked and not self._loading:
            self.dnd_reason_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_history(self, row: int) -> None:
        """Open one contact-history line on the screen that owns it."""
        if 0 <= row < len(self._history_rows):
            entry = self._history_rows[row]
            self.context.request_open(str(entry[4]), int(entry[5]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.history_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_history(self.history_table.currentRow())
            return True
        return super().eventFilter(watched, event)


class ClientsPage(RecordPage):
    """The client archive (navigation key "clients")."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(
            context, client_list_spec(context), ClientCardForm(context), TEXT("title"), voidable=False
        )
        self.splitter.setSizes([560, 720])


__all__ = [
    "ClientCardForm",
    "ClientsPage",
    "client_list_spec",
    "importance_labels",
    "split_list",
    "split_phones",
]
