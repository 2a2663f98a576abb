"""Described forms for the counter's books and slips: a form declares its fields (name,
label, kind of box) and gets the boxes, the mnemonic labels with their buddies, the tab
order, dirty tracking, drafts, ``collect``/``restore``/``clear_form`` and a read-only
view of a saved record for free. The field names are the services' field names, so a
``FieldError`` lands next to the right box.

    class VisitorForm(BookForm):
        def __init__(self, context):
            super().__init__(context, kind="visitors", draft_name="visitor", title="访客登记")
            self.add_fields([
                FieldSpec("visitor_name", TEXT("visitor_name"), "line"),
                FieldSpec("arrived_at", TEXT("arrived_at"), "datetime"),
            ])
            self.use_screen(BookScreen(context.workspace, VISITORS))   # reads, saves, steps
            self.left_button = make_button(self.action_row, TEXT("left"), lambda: self.run_step("leave"))
            self.bind_action(self.left_button, "leave")   # shown/enabled from the sheet

        def show_details(self, sheet): ...   # the lines below the fields

The screen (``desk_app.screens.reception_books``) registers a new line, reads a saved
one back as a sheet (values, details, the state of every later step) and runs the
steps, each in one unit of work through ``ui.operations``; a bound button is shown,
enabled and given its refusal as tooltip from the sheet, so it never offers what the
service refuses. (The dispatch slips, rectification notices and reminder-slip cases have
screens of their own with their own sheets; they override ``open_record`` and bind
their buttons the same way.)

Values are JSON-able (drafts): date-times as ISO text, dates as ISO text or None,
combos as their item data. ``client_choice.aware``/``as_date`` turn them back. Each screen's
Chinese text stays in its own ``TEXT`` table; this module only holds the words shared by
every book (the title line, "新建").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any, Literal

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.reception_books import BookScreen, BookSheet
from desk_app.services.errors import FieldError
from desk_app.services.typed_dates import TypedDateError, parse_typed_date
from desk_app.ui import operations
from desk_app.ui.client_choice import ClientChoice, aware
from desk_app.ui.date_field import DateField, date_field_for
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.flow_layout import FlowLayout
from desk_app.ui.forms import FormPage
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

TEXT = ScreenText(
    "BookForm",
    {
        "read_only": QT_TRANSLATE_NOOP(
            "BookForm", "已保存的登记不能改写；后续情况请用表单下方的按钮登记，写错的记录请作废后重新登记。"
        ),
        "number": QT_TRANSLATE_NOOP("BookForm", "编号：{number}"),
        "new_record": QT_TRANSLATE_NOOP("BookForm", "编号：（保存后生成）"),
    },
)

FieldKind = Literal["line", "text", "combo", "datetime", "date", "check", "spin", "client"]

TITLE_STYLE = "font-size: 18px; font-weight: bold;"


@dataclass(frozen=True)
class FieldSpec:
    """One box of a described form. ``name`` is the service's field name."""

    name: str
    label: str  # with its mnemonic, e.g. "来访人(&W)"
    kind: FieldKind = "line"
    choices: tuple[tuple[str, Any], ...] = ()
    placeholder: str = ""
    #: stays editable on a saved record (filled in later, e.g. a witness)
    editable_after_save: bool = False
    minimum: int = 0
    maximum: int = 999


def as_date(value: Any, field: str) -> date | None:
    """A date box's value (ISO text, or the text as typed when it is no date) as a date;
    a FieldError naming ``field`` when it is no date."""
    if not value:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        pass
    try:  # only text that is no date gets here: the box hands over ISO text otherwise
        return parse_typed_date(str(value), datetime.now(UTC).date())
    except TypedDateError as error:
        raise FieldError(field, str(error)) from None


def as_int(value: Any) -> int | None:
    return int(value) if value is not None and value != "" else None


class BookForm(FormPage):
    """A FormPage whose boxes are described by ``FieldSpec``s (see the module docstring).

    Layout: the title line (form name and record number), the banner, then the field
    rows in the order declared (the paper form's order), then ``self.action_row`` (a row
    for the screen's buttons) and ``self.details`` (a column for what a saved record
    shows below its fields). Ctrl+N starts a new record.
    """

    def __init__(self, context: DeskContext, kind: str, draft_name: str, title: str) -> None:
        super().__init__(context, kind=kind, draft_name=draft_name, title=title)
        self.zone: tzinfo = context.workspace.zone
        self.specs: dict[str, FieldSpec] = {}
        self.boxes: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self._row_layouts: dict[str, QFormLayout] = {}
        #: the form's screen (``use_screen``); None for a form not yet on one
        self.book_screen: BookScreen[Any, Any] | None = None
        #: the saved line shown now, as its screen read it
        self.sheet: BookSheet[Any] | None = None
        self._fresh_sheet: BookSheet[Any] | None = None
        #: later-step buttons, by step: shown and enabled from the sheet's actions
        self._step_buttons: list[tuple[str, QWidget]] = []

        # RecordPage puts the form in its own scroll area, next to the list.
        self.column = QVBoxLayout(self)

        heading = QHBoxLayout()
        self.title_label = QLabel(title)
        self.title_label.setStyleSheet(TITLE_STYLE)
        self.number_label = QLabel(TEXT("new_record"))
        self.number_label.setObjectName("recordNumber")
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.number_label)
        self.column.addLayout(heading)
        self.column.addWidget(self.banner)

        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.column.addLayout(self.form_layout)

        #: the screen's buttons for the later steps of a saved record
        #: the print button and the later steps' buttons, wrapped onto more lines when
        #: they do not fit the form's width (all stay visible, disabled with a reason)
        self.action_row = FlowLayout()
        self.column.addLayout(self.action_row)

        self.details = QVBoxLayout()
        self.column.addLayout(self.details)
        self.column.addStretch(1)

    # -- building --------------------------------------------------------------------

    def add_fields(self, specs: Sequence[FieldSpec], layout: QFormLayout | None = None) -> None:
        """Boxes for ``specs``, in order, each with its mnemonic label and error line."""
        target = layout if layout is not None else self.form_layout
        for spec in specs:
            box = self._make_box(spec)
            label = QLabel(spec.label)
            label.setBuddy(box)
            self.specs[spec.name] = spec
            self.boxes[spec.name] = box
            self.labels[spec.name] = label
            self._row_layouts[spec.name] = target
            target.addRow(label, self.field(spec.name, box))
            if isinstance(box, ClientChoice):
                box.clientChanged.connect(self.mark_dirty)
            else:
                self.watch(box)
        self._chain_tab_order()

    def add_group(self, title: str, specs: Sequence[FieldSpec]) -> QGroupBox:
        """A titled group of fields (a section of the paper form), added to the form."""
        group = QGroupBox(title)
        layout = QFormLayout(group)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.addRow(group)
        self.add_fields(specs, layout)
        return group

    def _make_box(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "line":
            line = QLineEdit()
            line.setPlaceholderText(spec.placeholder)
            line.returnPressed.connect(self.focusNextChild)  # Enter moves on
            return line
        if spec.kind == "text":
            text = QPlainTextEdit()
            text.setPlaceholderText(spec.placeholder)
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            return text
        if spec.kind == "combo":
            combo = QComboBox()
            for title, data in spec.choices:
                combo.addItem(title, data)
            return combo
        if spec.kind == "datetime":
            stamp = QDateTimeEdit()
            stamp.setDisplayFormat("yyyy-MM-dd HH:mm")
            stamp.setCalendarPopup(True)
            return stamp
        if spec.kind == "date":
            # Issue 15: typed (20261220, 12-20, +7), not spun; empty means not filled in.
            return date_field_for(self.context.db)
        if spec.kind == "check":
            return QCheckBox()
        if spec.kind == "client":
            return ClientChoice(self.context)
        if spec.kind == "spin":
            spin = QSpinBox()
            spin.setRange(spec.minimum, spec.maximum)
            return spin
        raise ValueError(f"unknown field kind {spec.kind}")

    def _chain_tab_order(self) -> None:
        boxes = list(self.boxes.values())
        for first, second in itertools.pairwise(boxes):
            QWidget.setTabOrder(first, second)

    def fill_combo(self, name: str, choices: Sequence[tuple[Any, str]], empty: str) -> None:
        """Put ``(data, title)`` choices read from the database into combo ``name``,
        after an "empty" first entry (data None)."""
        combo = self.boxes[name]
        assert isinstance(combo, QComboBox)
        with self.loading():
            combo.clear()
            combo.addItem(empty, None)
            for data, title in choices:
                combo.addItem(title, data)

    def show_row(self, name: str, visible: bool) -> None:
        """Show or hide the row of field ``name`` (a box only a saved record needs)."""
        self._row_layouts[name].setRowVisible(self.labels[name], visible)

    def focus_first(self) -> None:
        """The cursor in the first box (a new record starts there)."""
        for box in self.boxes.values():
            if box.isEnabled():
                box.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- values ----------------------------------------------------------------------

    def value(self, name: str) -> Any:
        box = self.boxes[name]
        if isinstance(box, ClientChoice):
            return box.client_id()
        if isinstance(box, DateField):
            return box.value_text()
        if isinstance(box, QLineEdit):
            return box.text()
        if isinstance(box, QPlainTextEdit):
            return box.toPlainText()
        if isinstance(box, QComboBox):
            return box.currentData()
        if isinstance(box, QDateTimeEdit):
            # the box shows the community's local time, without a zone of its own
            return box.dateTime().toString("yyyy-MM-ddTHH:mm:ss")
        if isinstance(box, QCheckBox):
            return box.isChecked()
        if isinstance(box, QSpinBox):
            return box.value()
        raise TypeError(type(box).__name__)

    def set_value(self, name: str, value: Any) -> None:
        box = self.boxes[name]
        if isinstance(box, ClientChoice):
            box.set_client(int(value) if value is not None else None)
        elif isinstance(box, DateField):
            box.set_value(value)
        elif isinstance(box, QLineEdit):
            box.setText("" if value is None else str(value))
        elif isinstance(box, QPlainTextEdit):
            box.setPlainText("" if value is None else str(value))
        elif isinstance(box, QComboBox):
            index = box.findData(value)
            box.setCurrentIndex(index if index >= 0 else 0)
        elif isinstance(box, QDateTimeEdit):
            moment = value if isinstance(value, datetime) else aware(value, self.zone)
            if moment is None:  # a new record: now, by the database's clock
                moment = self.context.workspace.now()
            local = moment.astimezone(self.zone)
            box.setDateTime(
                QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
            )
        elif isinstance(box, QCheckBox):
            box.setChecked(bool(value))
        elif isinstance(box, QSpinBox):
            box.setValue(int(value) if value is not None else box.minimum())

    def collect(self) -> dict[str, Any]:
        return {name: self.value(name) for name in self.boxes}

    def restore(self, values: dict[str, Any]) -> None:
        for name in self.boxes:
            if name in values:
                self.set_value(name, values[name])

    def defaults(self) -> dict[str, Any]:
        """The values of an empty form (override for e.g. a count of 1)."""
        return {}

    def clear_form(self) -> None:
        defaults = self.defaults()
        for name, box in self.boxes.items():
            if name in defaults:
                self.set_value(name, defaults[name])
            elif isinstance(box, QComboBox):
                box.setCurrentIndex(0)
            else:
                self.set_value(name, None)
        self.set_read_only(False)
        self.number_label.setText(TEXT("new_record"))
        #: The number of the record shown ("" for a new one): a printout's file name.
        self.record_number = ""
        self.sheet = None
        for _step, button in self._step_buttons:
            button.setVisible(False)
        self.show_record_details(None)

    # -- saved records ----------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A saved record's fields are a page of the book: shown, not retyped (its
        later steps have their own buttons)."""
        for name, box in self.boxes.items():
            locked = read_only and not self.specs[name].editable_after_save
            if isinstance(box, QLineEdit | QPlainTextEdit):
                box.setReadOnly(locked)
            else:
                box.setEnabled(not locked)

    def show_loaded(self, record_id: int, number: str, values: dict[str, Any]) -> None:
        """Show a saved record: its values, its number, read-only."""
        self.record_id = record_id
        with self.loading():
            self.clear_form()
            self.restore(values)
        self._mark_clean()
        self.number_label.setText(TEXT("number", number=number))
        self.record_number = number
        self.set_read_only(True)
        self.clear_errors()

    def show_record_details(self, record_id: int | None) -> None:
        """Override: fill the part below the fields for a saved record (or empty it)."""

    # -- the screen ------------------------------------------------------------------

    def use_screen(self, screen: BookScreen[Any, Any]) -> None:
        """Read, save and run the later steps through ``screen``."""
        self.book_screen = screen
        self.record_screen = screen

    def bind_action(self, button: QWidget, step: str) -> None:
        """``button`` runs ``step``: shown, enabled and explained from the sheet."""
        self._step_buttons.append((step, button))

    def show_sheet(self, sheet: BookSheet[Any]) -> None:
        """Show a saved line as its screen read it: values, number, the buttons of its
        later steps, and the book's own lines (``show_details``)."""
        self.show_loaded(sheet.record_id, sheet.number, dict(sheet.values))
        self.remember_loaded({**sheet.values, "_version": sheet.version})
        self.sheet = sheet
        for step, button in self._step_buttons:
            state = sheet.actions.get(step)
            button.setVisible(state is not None and state.visible)
            button.setEnabled(state is not None and state.enabled)
            button.setToolTip(state.reason if state is not None else "")
        self.show_details(sheet)

    def show_details(self, sheet: BookSheet[Any]) -> None:
        """Override: the lines below the fields of a saved line."""

    def read_stored(self, record_id: int) -> dict[str, Any]:
        if self.book_screen is None:
            return super().read_stored(record_id)
        sheet = self.book_screen.read(record_id)
        self._fresh_sheet = sheet  # the re-read after a save: shown without a third read
        return {**sheet.values, "_version": sheet.version}

    def open_record(self, record_id: int) -> None:
        """Read the saved line through the screen and show it (a form not yet on a
        screen overrides this and calls ``show_loaded``); refusals are raised."""
        if self.book_screen is None:
            raise NotImplementedError
        self.show_sheet(self.book_screen.read(record_id))

    def after_save(self, record_id: int) -> None:
        """Show what was saved, so the form shows the book's line as stored."""
        fresh, self._fresh_sheet = self._fresh_sheet, None
        if fresh is not None and fresh.record_id == record_id:
            self.show_sheet(fresh)
        else:
            self.open_record(record_id)

    def load(self, record_id: int) -> bool:
        """``RecordPage`` opens a row: show it (False, reason in the banner, when it
        cannot be read)."""
        if not self._show_record(record_id):
            return False
        self.offer_draft()
        return True

    def _show_record(self, record_id: int) -> bool:
        def show() -> bool:
            self.open_record(record_id)
            return True

        return operations.run(self, show, on_failure=lambda error: self.show_banner(str(error))) is not None

    def run_step(self, step: str, args: dict[str, Any] | None = None, done: str = "") -> bool:
        """One later step of the saved line shown (left, handed over, acknowledged…)
        through the screen, in its own unit of work; a refusal shows next to its field or
        in the banner, and nothing typed is lost. On success the line is shown again."""
        screen, record_id = self.book_screen, self.record_id
        if screen is None or record_id is None:
            return False
        self.clear_errors()
        # ``run_step`` takes None for a failure: a step that ran says True.
        if not operations.run_step(
            self,
            lambda confirmed: screen.run(record_id, step, args, confirmed) or True,
            on_failure=self.show_error,
        ):
            return False
        self._show_record(record_id)
        self.context.record_saved(self.kind, record_id)
        if done:
            self.show_banner(done, error=False)
        return True

    def save(self) -> bool:
        if self.record_id is not None and not self.is_dirty():
            return True  # nothing typed since it was shown
        saved = super().save()
        if saved and self.record_id is not None:
            banner = self.banner.text(), self.banner.styleSheet()
            self.after_save(self.record_id)
            self.banner.setText(banner[0])
            self.banner.setStyleSheet(banner[1])
            self.banner.show()
        return saved

    def clear_layout(self, layout: QVBoxLayout | QHBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()


def bold(label: QLabel) -> QLabel:
    font: QFont = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
