"""小区结构 (issue 13): the administrator's (or supervisor's) screen of the community's
areas (片区), buildings (楼栋) and rooms, with the bulk generator.

Left: the tree 片区 → 楼栋 (buildings without an area under "未分片区"); right: the rooms
of the chosen building. Every change goes through ``desk_app.services.community``, which
owns the rules (who may, what a room with records may become); this screen only asks
and shows. Voided items are grey, and can be hidden.

Keyboard: each button has a mnemonic; Enter on a tree item or a room edits it; Tab goes
tree → rooms → buttons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.community_structure import StructureScreen
from desk_app.screens.enums import RoomKind
from desk_app.services import community
from desk_app.services.errors import DomainError, FieldError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import ERROR_STYLE, NOTICE_STYLE
from desk_app.ui.style import page_title
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "StructurePage",
    {
        "title": QT_TRANSLATE_NOOP("StructurePage", "小区结构"),
        "hint": QT_TRANSLATE_NOOP(
            "StructurePage",
            "片区、楼栋和房间。已有记录的房间只能作废，不能删除；作废的房间不能再用于新记录。",
        ),
        "add_area": QT_TRANSLATE_NOOP("StructurePage", "新增片区(&A)…"),
        "add_building": QT_TRANSLATE_NOOP("StructurePage", "新增楼栋(&B)…"),
        "add_room": QT_TRANSLATE_NOOP("StructurePage", "新增房间(&N)…"),
        "edit": QT_TRANSLATE_NOOP("StructurePage", "编辑(&E)…"),
        "void": QT_TRANSLATE_NOOP("StructurePage", "作废(&V)…"),
        "restore": QT_TRANSLATE_NOOP("StructurePage", "恢复(&U)"),
        "delete": QT_TRANSLATE_NOOP("StructurePage", "删除(&D)…"),
        "generate": QT_TRANSLATE_NOOP("StructurePage", "批量生成(&P)…"),
        "show_voided": QT_TRANSLATE_NOOP("StructurePage", "显示已作废(&S)"),
        "tree_header": QT_TRANSLATE_NOOP("StructurePage", "片区 / 楼栋"),
        "building_label": QT_TRANSLATE_NOOP("StructurePage", "{name}（{code}）：{rooms} 间在用{voided}"),
        "building_voided_rooms": QT_TRANSLATE_NOOP("StructurePage", "，{count} 间已作废"),
        "no_building": QT_TRANSLATE_NOOP("StructurePage", "请在左侧选择一栋楼，查看其房间。"),
        "area_node": QT_TRANSLATE_NOOP("StructurePage", "{name}（管家：{steward}）"),
        "building_node": QT_TRANSLATE_NOOP("StructurePage", "{code}  {name}（{rooms} 间）"),
        "voided_mark": QT_TRANSLATE_NOOP("StructurePage", "【已作废】"),
        "no_steward": QT_TRANSLATE_NOOP("StructurePage", "未定"),
        "col_unit": QT_TRANSLATE_NOOP("StructurePage", "单元"),
        "col_number": QT_TRANSLATE_NOOP("StructurePage", "房号"),
        "col_floor": QT_TRANSLATE_NOOP("StructurePage", "楼层"),
        "col_area": QT_TRANSLATE_NOOP("StructurePage", "面积(m²)"),
        "col_kind": QT_TRANSLATE_NOOP("StructurePage", "类型"),
        "col_state": QT_TRANSLATE_NOOP("StructurePage", "状态"),
        "state_live": QT_TRANSLATE_NOOP("StructurePage", "在用"),
        "state_voided": QT_TRANSLATE_NOOP("StructurePage", "已作废：{reason}"),
        # dialogs
        "area_title": QT_TRANSLATE_NOOP("StructurePage", "片区"),
        "area_name": QT_TRANSLATE_NOOP("StructurePage", "片区名称(&M)"),
        "steward": QT_TRANSLATE_NOOP("StructurePage", "片区管家(&K)"),
        "none": QT_TRANSLATE_NOOP("StructurePage", "（无）"),
        "building_title": QT_TRANSLATE_NOOP("StructurePage", "楼栋"),
        "building_code": QT_TRANSLATE_NOOP("StructurePage", "楼栋编号(&C)"),
        "building_code_hint": QT_TRANSLATE_NOOP("StructurePage", "房号的第一段，如 3 或 S1；不能含“-”"),
        "building_name": QT_TRANSLATE_NOOP("StructurePage", "名称(&M)"),
        "building_name_hint": QT_TRANSLATE_NOOP("StructurePage", "不填则为“编号+栋”，如 3栋"),
        "building_area": QT_TRANSLATE_NOOP("StructurePage", "所属片区(&P)"),
        "room_title": QT_TRANSLATE_NOOP("StructurePage", "房间"),
        "room_building": QT_TRANSLATE_NOOP("StructurePage", "楼栋"),
        "room_unit": QT_TRANSLATE_NOOP("StructurePage", "单元(&T)"),
        "room_unit_hint": QT_TRANSLATE_NOOP("StructurePage", "没有单元的楼（商铺、别墅）不填"),
        "room_number": QT_TRANSLATE_NOOP("StructurePage", "房号(&R)"),
        "room_floor": QT_TRANSLATE_NOOP("StructurePage", "楼层(&L)"),
        "room_floor_auto": QT_TRANSLATE_NOOP("StructurePage", "按房号"),
        "room_area": QT_TRANSLATE_NOOP("StructurePage", "面积 m²(&R)"),
        "room_area_unknown": QT_TRANSLATE_NOOP("StructurePage", "未知"),
        "room_kind": QT_TRANSLATE_NOOP("StructurePage", "类型(&Y)"),
        "void_title": QT_TRANSLATE_NOOP("StructurePage", "作废"),
        "void_heading": QT_TRANSLATE_NOOP(
            "StructurePage", "作废{what}。作废后不能再用于新记录，已有记录不受影响。"
        ),
        "void_reason": QT_TRANSLATE_NOOP("StructurePage", "作废原因(&R)"),
        "void_reason_missing": QT_TRANSLATE_NOOP("StructurePage", "请填写作废原因"),
        "void_question": QT_TRANSLATE_NOOP("StructurePage", "确定作废{what}吗？\n原因：{reason}"),
        "void_building_question": QT_TRANSLATE_NOOP(
            "StructurePage", "确定作废{what}吗？该楼所有在用的房间也一并作废。\n原因：{reason}"
        ),
        "delete_question": QT_TRANSLATE_NOOP(
            "StructurePage", "确定删除{what}吗？\n只有没有任何记录引用时才能删除；删除后不能恢复。"
        ),
        "what_area": QT_TRANSLATE_NOOP("StructurePage", "片区“{name}”"),
        "what_building": QT_TRANSLATE_NOOP("StructurePage", "楼栋 {code}（{name}）"),
        "what_room": QT_TRANSLATE_NOOP("StructurePage", "房间 {code}"),
        "nothing": QT_TRANSLATE_NOOP("StructurePage", "请先选中一个片区、楼栋或房间。"),
        "no_building_chosen": QT_TRANSLATE_NOOP("StructurePage", "请先在左侧选中要添加房间的楼栋。"),
        "saved": QT_TRANSLATE_NOOP("StructurePage", "已保存{what}。"),
        "voided": QT_TRANSLATE_NOOP("StructurePage", "已作废{what}。"),
        "restored": QT_TRANSLATE_NOOP("StructurePage", "已恢复{what}。"),
        "deleted": QT_TRANSLATE_NOOP("StructurePage", "已删除{what}。"),
        "not_voided": QT_TRANSLATE_NOOP("StructurePage", "{what}没有作废，无需恢复。"),
        "generated": QT_TRANSLATE_NOOP(
            "StructurePage", "批量生成完成：新建 {created} 间，已存在 {existing} 间。"
        ),
        "action_failed": QT_TRANSLATE_NOOP("StructurePage", "操作未完成：{detail}"),
        "refused": QT_TRANSLATE_NOOP("StructurePage", "只有系统管理员或客服主管可以维护小区结构。"),
        "failed": QT_TRANSLATE_NOOP("StructurePage", "无法读取小区结构：{detail}"),
        # the bulk generator
        "generate_title": QT_TRANSLATE_NOOP("StructurePage", "批量生成房间"),
        "generate_heading": QT_TRANSLATE_NOOP(
            "StructurePage",
            "按楼栋 × 单元 × 楼层 × 每层户数生成房间。可写 1-20、1,3,5-7 或 A,B；已有的房间不变。",
        ),
        "plan_buildings": QT_TRANSLATE_NOOP("StructurePage", "楼栋(&B)"),
        "plan_units": QT_TRANSLATE_NOOP("StructurePage", "单元(&T)"),
        "plan_units_hint": QT_TRANSLATE_NOOP("StructurePage", "不填：没有单元（房号如 S1-101）"),
        "plan_floors": QT_TRANSLATE_NOOP("StructurePage", "楼层(&L)"),
        "plan_per_floor": QT_TRANSLATE_NOOP("StructurePage", "每层户数(&P)"),
        "plan_skip": QT_TRANSLATE_NOOP("StructurePage", "跳过楼层(&K)"),
        "plan_skip_hint": QT_TRANSLATE_NOOP("StructurePage", "如 4,13,14；不跳过则不填"),
        "plan_numbering": QT_TRANSLATE_NOOP("StructurePage", "房号规则(&R)"),
        "numbering_floor2": QT_TRANSLATE_NOOP("StructurePage", "楼层 + 两位（1201）"),
        "numbering_floor1": QT_TRANSLATE_NOOP("StructurePage", "楼层 + 一位（121）"),
        "plan_kind": QT_TRANSLATE_NOOP("StructurePage", "类型(&Y)"),
        "plan_preview": QT_TRANSLATE_NOOP("StructurePage", "预览(&V)"),
        "plan_count": QT_TRANSLATE_NOOP("StructurePage", "共 {count} 间：{first} … {last}"),
        "plan_more": QT_TRANSLATE_NOOP("StructurePage", "……（另有 {count} 间，未逐一列出）"),
        "generate_button": QT_TRANSLATE_NOOP("StructurePage", "生成(&O)"),
        "generate_question": QT_TRANSLATE_NOOP(
            "StructurePage", "确定按此计划生成 {count} 间房吗？\n已存在的房间保持不变。"
        ),
        "generate_progress": QT_TRANSLATE_NOOP("StructurePage", "正在生成房间……"),
    },
)

#: Rooms listed one by one in the generator's preview (the rest are counted).
PREVIEW_LIST_LIMIT = 500
#: From this many rooms on, generation shows a progress dialog.
PROGRESS_FROM = community.GENERATE_BATCH

_AREA = "area"
_BUILDING = "building"
_ROLE_KIND = Qt.ItemDataRole.UserRole
_ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _failure_text(error: Exception) -> str:
    return str(error.message) if isinstance(error, DomainError) else type(error).__name__


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class _SavingDialog(QDialog):
    """A small form whose OK runs ``save(values)``; a refusal stays in the dialog, next to
    the field it names."""

    def __init__(self, title: str, save: Callable[[dict[str, Any]], None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.fields: dict[str, QWidget] = {}
        self.rows = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("structureError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        self.fields[key] = widget
        self.rows.addRow(_buddy(label, widget), widget)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save(self.values())
        except DomainError as error:
            self.error_label.setText(_failure_text(error))
            self.error_label.show()
            field = self.fields.get(error.field or "")
            if field is not None:
                field.setFocus()
            return
        super().accept()


def _line(text: str = "", placeholder: str = "") -> QLineEdit:
    box = QLineEdit(text)
    box.setPlaceholderText(placeholder)
    return box


class AreaDialog(_SavingDialog):
    def __init__(
        self,
        save: Callable[[dict[str, Any]], None],
        stewards: list[tuple[int, str]],
        name: str = "",
        steward_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(TEXT("area_title"), save, parent)
        self.setObjectName("areaDialog")
        self.name_box = _line(name)
        self.steward_box = QComboBox()
        self.steward_box.addItem(TEXT("none"), None)
        for staff_id, staff_name in stewards:
            self.steward_box.addItem(staff_name, staff_id)
        self.steward_box.setCurrentIndex(max(self.steward_box.findData(steward_id), 0))
        self.add_row("name", TEXT("area_name"), self.name_box)
        self.add_row("steward", TEXT("steward"), self.steward_box)

    def values(self) -> dict[str, Any]:
        return {"name": self.name_box.text(), "steward_id": self.steward_box.currentData()}


class BuildingDialog(_SavingDialog):
    def __init__(
        self,
        save: Callable[[dict[str, Any]], None],
        areas: list[tuple[int, str]],
        code: str = "",
        name: str = "",
        area_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(TEXT("building_title"), save, parent)
        self.setObjectName("buildingDialog")
        self.code_box = _line(code, TEXT("building_code_hint"))
        self.code_box.setMaxLength(community.BUILDING_CODE_LIMIT)
        self.name_box = _line(name, TEXT("building_name_hint"))
        self.name_box.setMaxLength(community.BUILDING_NAME_LIMIT)
        self.area_box = QComboBox()
        self.area_box.addItem(TEXT("none"), None)
        for known_id, area_name in areas:
            self.area_box.addItem(area_name, known_id)
        self.area_box.setCurrentIndex(max(self.area_box.findData(area_id), 0))
        self.add_row("building", TEXT("building_code"), self.code_box)
        self.add_row("building_name", TEXT("building_name"), self.name_box)
        self.add_row("area", TEXT("building_area"), self.area_box)

    def values(self) -> dict[str, Any]:
        return {
            "code": self.code_box.text(),
            "name": self.name_box.text(),
            "area_id": self.area_box.currentData(),
        }


class RoomDialog(_SavingDialog):
    """A room: unit and number only when it is new (its code is on its records)."""

    def __init__(
        self,
        save: Callable[[dict[str, Any]], None],
        building: str,
        row: community.RoomRow | None = None,
        unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(TEXT("room_title"), save, parent)
        self.setObjectName("roomDialog")
        self.unit_box = _line(row.unit if row is not None else unit, TEXT("room_unit_hint"))
        self.unit_box.setMaxLength(community.UNIT_LIMIT)
        self.number_box = _line(row.number if row is not None else "", "1201")
        self.number_box.setMaxLength(community.ROOM_NUMBER_LIMIT)
        if row is not None:
            self.unit_box.setReadOnly(True)
            self.number_box.setReadOnly(True)
        self.floor_box = QSpinBox()
        self.floor_box.setRange(0, community.MAX_FLOOR)
        self.floor_box.setSpecialValueText(TEXT("room_floor_auto"))
        self.floor_box.setValue(row.floor or 0 if row is not None else 0)
        self.area_box = QDoubleSpinBox()
        self.area_box.setRange(0, 99_999.99)
        self.area_box.setDecimals(2)
        self.area_box.setSpecialValueText(TEXT("room_area_unknown"))
        self.area_box.setValue(row.area_m2 or 0 if row is not None else 0)
        self.kind_box = QComboBox()
        for kind in RoomKind:
            self.kind_box.addItem(enum_label(kind), kind.value)
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(row.kind.value if row else "residence"), 0))
        self.rows.addRow(TEXT("room_building"), QLabel(building))
        self.add_row("unit", TEXT("room_unit"), self.unit_box)
        self.add_row("number", TEXT("room_number"), self.number_box)
        self.add_row("floor", TEXT("room_floor"), self.floor_box)
        self.add_row("area_m2", TEXT("room_area"), self.area_box)
        self.add_row("kind", TEXT("room_kind"), self.kind_box)
        (self.floor_box if row is not None else self.unit_box).setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "unit": self.unit_box.text(),
            "number": self.number_box.text(),
            "floor": self.floor_box.value() or None,
            "area_m2": self.area_box.value() or None,
            "kind": RoomKind(self.kind_box.currentData()),
        }


class ReasonDialog(_SavingDialog):
    """The reason for voiding (the confirmation follows)."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(TEXT("void_title"), self._check, parent)
        self.setObjectName("voidDialog")
        heading = QLabel(TEXT("void_heading", what=what))
        heading.setWordWrap(True)
        self.rows.addRow(heading)
        self.reason_box = _line()
        self.add_row("void_reason", TEXT("void_reason"), self.reason_box)
        self.reason_box.setFocus()

    def _check(self, values: dict[str, Any]) -> None:
        if not values["reason"].strip():
            raise FieldError("void_reason", TEXT("void_reason_missing"))

    def values(self) -> dict[str, Any]:
        return {"reason": self.reason_box.text()}


class GenerateDialog(QDialog):
    """The bulk generator's plan, with a live preview of the codes and their count."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generateDialog")
        self.setWindowTitle(TEXT("generate_title"))
        heading = QLabel(TEXT("generate_heading"))
        heading.setWordWrap(True)
        self.buildings_box = _line("1-20", "1-20")
        self.units_box = _line("1-3", TEXT("plan_units_hint"))
        self.floors_box = _line("2-33", "2-33")
        self.per_floor_box = QSpinBox()
        self.per_floor_box.setRange(1, 99)
        self.per_floor_box.setValue(4)
        self.skip_box = _line("", TEXT("plan_skip_hint"))
        self.numbering_box = QComboBox()
        self.numbering_box.addItem(TEXT("numbering_floor2"), community.Numbering.FLOOR_TWO_DIGITS.value)
        self.numbering_box.addItem(TEXT("numbering_floor1"), community.Numbering.FLOOR_ONE_DIGIT.value)
        self.kind_box = QComboBox()
        for kind in RoomKind:
            self.kind_box.addItem(enum_label(kind), kind.value)
        self.fields: dict[str, QWidget] = {
            "buildings": self.buildings_box,
            "units": self.units_box,
            "floors": self.floors_box,
            "per_floor": self.per_floor_box,
            "skip_floors": self.skip_box,
            "numbering": self.numbering_box,
            "kind": self.kind_box,
        }
        rows = QFormLayout()
        for key, label in (
            ("buildings", "plan_buildings"),
            ("units", "plan_units"),
            ("floors", "plan_floors"),
            ("per_floor", "plan_per_floor"),
            ("skip_floors", "plan_skip"),
            ("numbering", "plan_numbering"),
            ("kind", "plan_kind"),
        ):
            rows.addRow(_buddy(TEXT(label), self.fields[key]), self.fields[key])

        self.count_label = QLabel()
        self.count_label.setObjectName("planCount")
        self.count_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("planError")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.preview_list = QListWidget()
        self.preview_list.setObjectName("planPreview")
        self.preview_list.setFlow(QListWidget.Flow.LeftToRight)
        self.preview_list.setWrapping(True)
        self.preview_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.preview_list.setUniformItemSizes(True)
        self.preview_list.setGridSize(self.preview_list.fontMetrics().size(0, "20-3-3304 ") * 1.3)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.generate_button = QPushButton(TEXT("generate_button"))
        self.generate_button.setDefault(True)
        self.buttons.addButton(self.generate_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(heading)
        left.addLayout(rows)
        left.addWidget(self.error_label)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_buddy(TEXT("plan_preview"), self.preview_list))
        right.addWidget(self.preview_list, 1)
        right.addWidget(self.count_label)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 560)

        self.plan: community.RoomPlan | None = None
        self.shown: community.PlanPreview | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        for box in (self.buildings_box, self.units_box, self.floors_box, self.skip_box):
            box.textChanged.connect(self._timer.start)
        self.per_floor_box.valueChanged.connect(self._timer.start)
        self.numbering_box.currentIndexChanged.connect(self._numbering_changed)
        self.kind_box.currentIndexChanged.connect(self._timer.start)
        self.update_preview()
        self.buildings_box.setFocus()

    def _numbering_changed(self) -> None:
        numbering = community.Numbering(self.numbering_box.currentData())
        self.per_floor_box.setMaximum(10**numbering.width - 1)
        self._timer.start()

    def current_plan(self) -> community.RoomPlan:
        return community.RoomPlan(
            buildings=self.buildings_box.text(),
            units=self.units_box.text(),
            floors=self.floors_box.text(),
            per_floor=self.per_floor_box.value(),
            skip_floors=self.skip_box.text(),
            kind=RoomKind(self.kind_box.currentData()),
            numbering=community.Numbering(self.numbering_box.currentData()),
        )

    def update_preview(self) -> None:
        """Read the plan (stores nothing) and list its codes; a bad plan says what is wrong."""
        self._timer.stop()
        plan = self.current_plan()
        self.preview_list.clear()
        try:
            shown = community.preview(plan)
        except FieldError as error:
            self.plan = self.shown = None
            self.error_label.setText(str(error))
            self.error_label.show()
            self.count_label.clear()
            self.generate_button.setEnabled(False)
            return
        self.plan, self.shown = plan, shown
        self.error_label.hide()
        codes = shown.codes
        self.preview_list.addItems(codes[:PREVIEW_LIST_LIMIT])
        if len(codes) > PREVIEW_LIST_LIMIT:
            self.preview_list.addItem(TEXT("plan_more", count=len(codes) - PREVIEW_LIST_LIMIT))
        self.count_label.setText(TEXT("plan_count", count=shown.count, first=codes[0], last=codes[-1]))
        self.generate_button.setEnabled(True)

    def accept(self) -> None:
        self.update_preview()
        if self.plan is None:
            return
        super().accept()


class StructurePage(QWidget):
    """The community's structure (navigation key "structure"); administrators and
    supervisors only."""

    def __init__(self, page_context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = page_context
        self.structure = StructureScreen(page_context.workspace)
        self.setObjectName("structurePage")
        self.tree_data: list[community.AreaRow] = []
        self.room_data: list[community.RoomRow] = []
        self.building_id: int | None = None
        #: Whether the room list (rather than the tree) had the focus last.
        self.rooms_last = False

        self.refusal = QWidget()
        refusal_layout = QVBoxLayout(self.refusal)
        refusal_layout.addWidget(page_title(TEXT("title")))
        self.refusal_label = QLabel(TEXT("refused"))
        self.refusal_label.setObjectName("refusalLabel")
        self.refusal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.refusal_label.setWordWrap(True)
        refusal_layout.addWidget(self.refusal_label, 1)

        self.content = self._build_content()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.refusal)
        self.stack.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.context.staffChanged.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------

    def _button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(TEXT(key))
        button.setObjectName(f"structure_{key}")
        button.clicked.connect(lambda _checked=False: slot())
        button.setAutoDefault(False)
        return button

    def _build_content(self) -> QWidget:
        content = QWidget()
        hint = QLabel(TEXT("hint"))
        hint.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("structureTree")
        self.tree.setHeaderLabel(TEXT("tree_header"))
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.currentItemChanged.connect(self._tree_moved)
        self.tree.itemActivated.connect(lambda _item, _column: self._edit_from(rooms=False))
        self.tree.itemClicked.connect(lambda _item, _column: setattr(self, "rooms_last", False))
        self.tree.installEventFilter(self)

        self.building_label = QLabel(TEXT("no_building"))
        self.building_label.setObjectName("buildingLabel")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("roomTable")
        self.table.setHorizontalHeaderLabels(
            [
                TEXT(key)
                for key in ("col_unit", "col_number", "col_floor", "col_area", "col_kind", "col_state")
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for column, width in enumerate((70, 90, 60, 90, 70)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self._edit_from(rooms=True))
        self.table.itemClicked.connect(lambda _item: setattr(self, "rooms_last", True))
        self.table.installEventFilter(self)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.building_label)
        right_layout.addWidget(self.table, 1)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 760])
        self.splitter = splitter

        self.add_area_button = self._button("add_area", self.add_area)
        self.add_building_button = self._button("add_building", self.add_building)
        self.add_room_button = self._button("add_room", self.add_room)
        self.edit_button = self._button("edit", self.edit)
        self.void_button = self._button("void", self.void)
        self.restore_button = self._button("restore", self.restore)
        self.delete_button = self._button("delete", self.delete)
        self.generate_button = self._button("generate", self.generate)
        self.show_voided = QCheckBox(TEXT("show_voided"))
        self.show_voided.setObjectName("showVoided")
        self.show_voided.setChecked(True)
        self.show_voided.toggled.connect(lambda _on: self.reload())
        buttons = QHBoxLayout()
        for widget in (
            self.add_area_button,
            self.add_building_button,
            self.add_room_button,
            self.edit_button,
            self.void_button,
            self.restore_button,
            self.delete_button,
            self.generate_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_voided)

        self.notice = QLabel()
        self.notice.setObjectName("structureNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        layout = QVBoxLayout(content)
        layout.addWidget(page_title(TEXT("title")))
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.tree, self.table)
        QWidget.setTabOrder(self.table, self.add_area_button)
        previous: QWidget = self.add_area_button
        chain: tuple[QWidget, ...] = (
            self.add_building_button,
            self.add_room_button,
            self.edit_button,
            self.void_button,
            self.restore_button,
            self.delete_button,
            self.generate_button,
            self.show_voided,
        )
        for following in chain:
            QWidget.setTabOrder(previous, following)
            previous = following
        return content

    # -- page protocol -------------------------------------------------------------------

    def is_refused(self) -> bool:
        return self.stack.currentWidget() is self.refusal

    def refresh(self, _staff_id: int = -1) -> None:
        """The structure for an administrator or supervisor, the refusal for anyone else."""
        try:
            allowed = self.structure.may_edit()
        except DomainError as error:
            log.warning("could not open the structure", exc_info=True)
            self.refusal_label.setText(TEXT("failed", detail=_failure_text(error)))
            self.stack.setCurrentWidget(self.refusal)
            return
        if not allowed:
            self.refusal_label.setText(TEXT("refused"))
            self.stack.setCurrentWidget(self.refusal)
            return
        self.stack.setCurrentWidget(self.content)
        self.setFocusProxy(self.tree)
        self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.is_refused():
            self.reload()

    # -- reading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the tree again, keeping the current item (and room) where it was."""
        if self.is_refused():
            return
        current = self._tree_target()
        room_id = self._room_target()
        try:
            self.tree_data = self.structure.tree()
        except DomainError as error:
            self._say(TEXT("failed", detail=_failure_text(error)), error=True)
            return
        show_voided = self.show_voided.isChecked()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for area in self.tree_data:
            if area.voided and not show_voided:
                continue
            if area.id is None and not area.buildings:
                continue
            steward = area.steward_name or TEXT("no_steward")
            label = str(area.name) if area.id is None else TEXT("area_node", name=area.name, steward=steward)
            node = QTreeWidgetItem([label + (TEXT("voided_mark") if area.voided else "")])
            node.setData(0, _ROLE_KIND, _AREA)
            node.setData(0, _ROLE_ID, area.id)
            if area.voided:
                node.setForeground(0, grey)
            self.tree.addTopLevelItem(node)
            if current == (_AREA, area.id):
                chosen = node
            for building in area.buildings:
                if building.voided and not show_voided:
                    continue
                text = TEXT(
                    "building_node",
                    code=building.code,
                    name=building.name,
                    rooms=building.rooms - building.voided_rooms,
                )
                child = QTreeWidgetItem([text + (TEXT("voided_mark") if building.voided else "")])
                child.setData(0, _ROLE_KIND, _BUILDING)
                child.setData(0, _ROLE_ID, building.id)
                if building.voided or area.voided:
                    child.setForeground(0, grey)
                node.addChild(child)
                if current == (_BUILDING, building.id):
                    chosen = child
            node.setExpanded(True)
        self.tree.blockSignals(False)
        if chosen is None and self.building_id is not None:
            chosen = self._building_item(self.building_id)
        if chosen is None and current is None:
            # First look: the first building, so the room list is not empty.
            chosen = next((item for item in self._items() if item.data(0, _ROLE_KIND) == _BUILDING), None)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self._show_rooms(self._selected_building_id(), room_id)

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item of the tree: each area, then its buildings."""
        items: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            node = self.tree.topLevelItem(index)
            if node is None:
                continue
            items.append(node)
            for child_index in range(node.childCount()):
                child = node.child(child_index)
                if child is not None:
                    items.append(child)
        return items

    def _building_item(self, building_id: int) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, _ROLE_KIND) == _BUILDING and item.data(0, _ROLE_ID) == building_id:
                return item
        return None

    def _building_row(self, building_id: int | None) -> community.BuildingRow | None:
        for area in self.tree_data:
            for building in area.buildings:
                if building.id == building_id:
                    return building
        return None

    def _tree_moved(self, *_args: object) -> None:
        self._show_rooms(self._selected_building_id())

    def _show_rooms(self, building_id: int | None, room_id: int | None = None) -> None:
        self.building_id = building_id
        building = self._building_row(building_id)
        self.table.setRowCount(0)
        if building is None:
            self.room_data = []
            self.building_label.setText(TEXT("no_building"))
            return
        voided = TEXT("building_voided_rooms", count=building.voided_rooms) if building.voided_rooms else ""
        self.building_label.setText(
            TEXT(
                "building_label",
                name=building.name,
                code=building.code,
                rooms=building.rooms - building.voided_rooms,
                voided=voided,
            )
        )
        try:
            rows = self.structure.rooms(building.id, self.show_voided.isChecked())
        except DomainError as error:
            self._say(TEXT("failed", detail=_failure_text(error)), error=True)
            return
        self.room_data = rows
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            state = TEXT("state_voided", reason=row.void_reason or "") if row.voided else TEXT("state_live")
            cells = (
                row.unit,
                row.number,
                "" if row.floor is None else str(row.floor),
                "" if row.area_m2 is None else f"{row.area_m2:g}",
                enum_label(row.kind),
                state,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_ROLE_ID, row.id)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.voided:
                    item.setForeground(grey)
                self.table.setItem(index, column, item)
            if row.id == room_id:
                self.table.selectRow(index)
        self.table.setUpdatesEnabled(True)

    # -- what an action applies to ---------------------------------------------------------

    def _tree_target(self) -> tuple[str, int | None] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, _ROLE_KIND)), item.data(0, _ROLE_ID)

    def _selected_building_id(self) -> int | None:
        target = self._tree_target()
        if target is not None and target[0] == _BUILDING:
            return target[1]
        return None

    def _room_target(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(_ROLE_ID) if item is not None else None
        return int(value) if value is not None else None

    def _room_row(self, room_id: int) -> community.RoomRow | None:
        return next((row for row in self.room_data if row.id == room_id), None)

    def _area_row(self, area_id: int | None) -> community.AreaRow | None:
        return next((area for area in self.tree_data if area.id == area_id and area_id is not None), None)

    def _target(self) -> tuple[str, int] | None:
        """What 编辑/作废/恢复/删除 apply to: the chosen room when the room list was the
        last of the two views to have the focus, else the tree's area or building."""
        room_id = self._room_target()
        tree = self._tree_target()
        if room_id is not None and (self.rooms_last or tree is None or tree[0] != _BUILDING):
            return "room", room_id
        if tree is not None and tree[1] is not None:
            return tree[0], int(tree[1])
        self._say(TEXT("nothing"), error=True)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn:
            if watched is self.table:
                self.rooms_last = True
            elif watched is self.tree:
                self.rooms_last = False
        return super().eventFilter(watched, event)

    def _is_voided(self, kind: str, record_id: int) -> bool:
        if kind == "room":
            row = self._room_row(record_id)
            return row is not None and row.voided
        if kind == _BUILDING:
            building = self._building_row(record_id)
            return building is not None and building.voided
        area = self._area_row(record_id)
        return area is not None and area.voided

    def _what(self, kind: str, record_id: int) -> str:
        if kind == "room":
            row = self._room_row(record_id)
            return TEXT("what_room", code=row.code if row else record_id)
        if kind == _BUILDING:
            building = self._building_row(record_id)
            return TEXT(
                "what_building",
                code=building.code if building else record_id,
                name=building.name if building else "",
            )
        area = self._area_row(record_id)
        return TEXT("what_area", name=area.name if area else record_id)

    # -- feedback --------------------------------------------------------------------------

    def _say(self, text: str, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else NOTICE_STYLE)
        self.notice.show()

    def _run(self, work: Callable[[], object]) -> bool:
        def failed(error: DomainError) -> None:
            QMessageBox.warning(self, TEXT("title"), TEXT("action_failed", detail=_failure_text(error)))

        return operations.run(self, work, on_failure=failed) is not None

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            TEXT("title"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show ``dialog`` modally; True when accepted (tests answer it in place)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _choices(self) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """(stewards, areas in use) for the dialogs' boxes."""
        stewards = self.structure.staff_choices()
        areas = [(area.id, area.name) for area in self.tree_data if area.id is not None and not area.voided]
        return stewards, areas

    # -- actions ---------------------------------------------------------------------------

    def add_area(self) -> bool:
        stewards, _ = self._choices()
        created: list[int] = []

        def work(values: dict[str, Any]) -> None:
            created.append(self.structure.create_area(values))

        dialog = AreaDialog(work, stewards, parent=self)
        if not self.run_dialog(dialog):
            return False
        self._after(TEXT("saved", what=self._name_of_area(created[0])), (_AREA, created[0]))
        return True

    def _name_of_area(self, area_id: int) -> str:
        name = self.structure.area_name(area_id)
        return TEXT("what_area", name=name)

    def add_building(self) -> bool:
        _, areas = self._choices()
        tree = self._tree_target()
        area_id: int | None = None
        if tree is not None and tree[0] == _AREA:
            area_id = tree[1]
        elif tree is not None and tree[0] == _BUILDING:
            building = self._building_row(tree[1])
            area_id = building.area_id if building else None
        created: list[int] = []

        def work(values: dict[str, Any]) -> None:
            created.append(self.structure.create_building(values))

        dialog = BuildingDialog(work, areas, area_id=area_id, parent=self)
        if not self.run_dialog(dialog):
            return False
        self._after("", (_BUILDING, created[0]))
        self._say(TEXT("saved", what=self._what(_BUILDING, created[0])))
        return True

    def add_room(self) -> bool:
        building = self._building_row(self._selected_building_id())
        if building is None:
            self._say(TEXT("no_building_chosen"), error=True)
            return False
        current = self._room_row(self._room_target() or -1)
        created: list[int] = []

        def work(values: dict[str, Any]) -> None:
            created.append(self.structure.create_room(building.id, values))

        dialog = RoomDialog(work, building.name, unit=current.unit if current else "", parent=self)
        if not self.run_dialog(dialog):
            return False
        self._after("", room_id=created[0])
        self._say(TEXT("saved", what=self._what("room", created[0])))
        return True

    def _edit_from(self, *, rooms: bool) -> None:
        """Enter (or a double click) on the room list or the tree edits that item."""
        self.rooms_last = rooms
        self.edit()

    def edit(self) -> bool:
        target = self._target()
        if target is None:
            return False
        kind, record_id = target
        dialog: _SavingDialog
        stewards, areas = self._choices()
        if kind == "room":
            row = self._room_row(record_id)
            if row is None:
                return False
            building = self._building_row(self.building_id)

            def save_room(values: dict[str, Any]) -> None:
                loaded = {"floor": row.floor, "area_m2": row.area_m2, "kind": row.kind}
                self.structure.update_room(record_id, values, loaded)

            dialog = RoomDialog(save_room, building.name if building else "", row, parent=self)
        elif kind == _BUILDING:
            building = self._building_row(record_id)
            if building is None:
                return False

            def save_building(values: dict[str, Any]) -> None:
                loaded = {"code": building.code, "name": building.name, "area_id": building.area_id}
                self.structure.update_building(record_id, values, loaded)

            dialog = BuildingDialog(
                save_building, areas, building.code, building.name, building.area_id, parent=self
            )
        else:
            area = self._area_row(record_id)
            if area is None:
                return False

            def save_area(values: dict[str, Any]) -> None:
                self.structure.update_area(
                    record_id, values, {"name": area.name, "steward_id": area.steward_id}
                )

            dialog = AreaDialog(save_area, stewards, area.name, area.steward_id, parent=self)
        what = self._what(kind, record_id)
        if not self.run_dialog(dialog):
            return False
        self._after(TEXT("saved", what=what), room_id=record_id if kind == "room" else None)
        return True

    def ask_reason(self, what: str) -> str | None:
        dialog = ReasonDialog(what, self)
        return dialog.reason_box.text().strip() if self.run_dialog(dialog) else None

    def void(self) -> bool:
        target = self._target()
        if target is None:
            return False
        kind, record_id = target
        what = self._what(kind, record_id)
        reason = self.ask_reason(what)
        if reason is None:
            return False
        question = "void_building_question" if kind == _BUILDING else "void_question"
        if not self._confirm(TEXT(question, what=what, reason=reason)):
            return False
        if not self._run(lambda: self.structure.void(kind, record_id, reason)):
            return False
        self._after(TEXT("voided", what=what), room_id=record_id if kind == "room" else None)
        return True

    def restore(self) -> bool:
        target = self._target()
        if target is None:
            return False
        kind, record_id = target
        what = self._what(kind, record_id)
        if not self._is_voided(kind, record_id):
            self._say(TEXT("not_voided", what=what), error=True)
            return False
        if not self._run(lambda: self.structure.restore(kind, record_id)):
            return False
        self._after(TEXT("restored", what=what), room_id=record_id if kind == "room" else None)
        return True

    def delete(self) -> bool:
        target = self._target()
        if target is None:
            return False
        kind, record_id = target
        what = self._what(kind, record_id)
        if not self._confirm(TEXT("delete_question", what=what)):
            return False
        if not self._run(lambda: self.structure.delete(kind, record_id)):
            return False
        self._after(TEXT("deleted", what=what))
        return True

    def generate(self) -> bool:
        dialog = GenerateDialog(self)
        if not self.run_dialog(dialog):
            return False
        plan, shown = dialog.plan, dialog.shown
        if plan is None or shown is None:
            return False
        if not self._confirm(TEXT("generate_question", count=shown.count)):
            return False
        progress: QProgressDialog | None = None
        if shown.count >= PROGRESS_FROM:
            progress = QProgressDialog(TEXT("generate_progress"), "", 0, shown.count, self)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setValue(0)

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress.setMaximum(max(total, 1))
                progress.setValue(done)
                QApplication.processEvents()

        results: list[community.GenerateResult] = []
        try:

            def work() -> bool:
                results.append(self.structure.generate(plan, report))
                return True

            done = self._run(work)
        finally:
            if progress is not None:
                progress.close()
                progress.deleteLater()
        if not done:
            return False
        result = results[0]
        self._after(TEXT("generated", created=result.created, existing=result.existing))
        return True

    def _after(self, notice: str, select: tuple[str, int] | None = None, room_id: int | None = None) -> None:
        self.reload()
        if select is not None:
            self._select(*select)
        if room_id is not None:
            self._show_rooms(self.building_id, room_id)
        self._say(notice)

    def _select(self, kind: str, record_id: int) -> None:
        for item in self._items():
            if item.data(0, _ROLE_KIND) == kind and item.data(0, _ROLE_ID) == record_id:
                self.tree.setCurrentItem(item)
                return


__all__ = ["AreaDialog", "BuildingDialog", "GenerateDialog", "ReasonDialog", "RoomDialog", "StructurePage"]
