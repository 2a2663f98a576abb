"""顾客访谈记录表 client interview record (SPEC 2.4; rules R12, R13q).

The paper form's order: client and room, interviewer (staff from the client's hometown
suggested first, R13q), date, form of the interview, topics, the client's needs, the
measures and their completion, satisfaction at the callback and overall (5 levels), the
safety advice given, and whether it was the move-in visit (乔迁拜访). A client who
objected to interviews (R12) is shown in red as soon as chosen, and saving asks first.
Every check is ``desk_app.services.interviews``'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens import interview_record
from desk_app.screens.base import NeedsConfirmation
from desk_app.screens.enums import ContactForm, InterviewTopic, SafetyAdvice, Satisfaction
from desk_app.screens.interview_record import InterviewScreen
from desk_app.screens.list_spec import ListSpec
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.client_choice import ClientChoice
from desk_app.ui.date_field import date_field_for
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.forms import FormPage
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.record_page import RecordPage
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

C = "InterviewPage"
TEXT = ScreenText(
    C,
    {
        "title": QT_TRANSLATE_NOOP(C, "顾客访谈记录表"),
        "print": QT_TRANSLATE_NOOP(C, "打印访谈记录表…"),
        "number": QT_TRANSLATE_NOOP(C, "编号：{number}"),
        "new_number": QT_TRANSLATE_NOOP(C, "编号：（保存后生成）"),
        "client": QT_TRANSLATE_NOOP(C, "客户(&K)"),
        "room": QT_TRANSLATE_NOOP(C, "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP(C, "默认为客户的第一个房号"),
        "interviewer": QT_TRANSLATE_NOOP(C, "访谈人(&I)"),
        "companion": QT_TRANSLATE_NOOP(C, "陪同人(&P)"),
        "companion_hint": QT_TRANSLATE_NOOP(C, "（未独立上岗的员工须有陪同人）"),
        "call_time_note": QT_TRANSLATE_NOOP(C, "非适宜时段说明(&T)"),
        "call_time_hint": QT_TRANSLATE_NOOP(C, "早7点前、晚10点后、午休或节假日致电时填写原因"),
        "suggest": QT_TRANSLATE_NOOP(C, "采用推荐(&J)"),
        "suggestions": QT_TRANSLATE_NOOP(C, "推荐（同乡优先，R13q）：{names}"),
        "no_suggestions": QT_TRANSLATE_NOOP(C, "选定客户后显示推荐的访谈人（同乡优先，R13q）"),
        "interview_date": QT_TRANSLATE_NOOP(C, "访谈日期(&D)"),
        "form": QT_TRANSLATE_NOOP(C, "访谈形式(&X)"),
        "topics": QT_TRANSLATE_NOOP(C, "访谈主题"),
        "client_needs": QT_TRANSLATE_NOOP(C, "顾客需求(&Q)"),
        "measures": QT_TRANSLATE_NOOP(C, "改进措施(&M)"),
        "completion": QT_TRANSLATE_NOOP(C, "完成情况(&W)"),
        "callback_satisfaction": QT_TRANSLATE_NOOP(C, "回访满意度(&L)"),
        "overall_satisfaction": QT_TRANSLATE_NOOP(C, "总体满意度(&O)"),
        "not_chosen": QT_TRANSLATE_NOOP(C, "（未填）"),
        "safety_advice": QT_TRANSLATE_NOOP(C, "安全提示"),
        "is_move_in_visit": QT_TRANSLATE_NOOP(C, "乔迁拜访（入住 7 天内，R13q）(&Y)"),
        "dnd_title": QT_TRANSLATE_NOOP(C, "客户不愿接受访谈（R12）"),
        # list
        "col_number": QT_TRANSLATE_NOOP(C, "编号"),
        "col_date": QT_TRANSLATE_NOOP(C, "访谈日期"),
        "col_room": QT_TRANSLATE_NOOP(C, "房号"),
        "col_client": QT_TRANSLATE_NOOP(C, "客户"),
        "col_interviewer": QT_TRANSLATE_NOOP(C, "访谈人"),
        "col_form": QT_TRANSLATE_NOOP(C, "形式"),
        "col_overall": QT_TRANSLATE_NOOP(C, "总体满意度"),
        "col_move_in": QT_TRANSLATE_NOOP(C, "乔迁拜访"),
        "filter_form": QT_TRANSLATE_NOOP(C, "形式"),
        "filter_satisfaction": QT_TRANSLATE_NOOP(C, "满意度"),
        "all": QT_TRANSLATE_NOOP(C, "全部"),
        "unhappy": QT_TRANSLATE_NOOP(C, "不满意及以下"),
        "move_in_only": QT_TRANSLATE_NOOP(C, "乔迁拜访"),
        "export": QT_TRANSLATE_NOOP(C, "顾客访谈记录"),
    },
)


def interview_list() -> ListSpec:
    """The list of interviews (``screens.interview_record.interview_list``), labelled here."""
    return interview_record.interview_list(TEXT, enum_label)


def _combo(choices: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for label, value in choices:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: Any) -> None:
    index = box.findData(value)
    box.setCurrentIndex(index if index >= 0 else 0)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def _text_box(height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class InterviewForm(FormPage):
    """The interview record; see the module docstring."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="interviews", draft_name="interview", title=TEXT("title"))
        self.interview_screen = InterviewScreen(context.workspace)
        self.record_screen = self.interview_screen
        self._suggested: int | None = None

        self.number_label = QLabel()
        self.number_label.setStyleSheet("font-weight: bold;")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.client = ClientChoice(context)
        self.client.clientChanged.connect(self._client_chosen)
        form.addRow(_label(TEXT("client"), self.client.search_box), self.field("client_id", self.client))
        self.room = QLineEdit()
        self.room.setPlaceholderText(TEXT("room_hint"))
        form.addRow(_label(TEXT("room"), self.room), self.field("room_id", self.room))

        staff = self.interview_screen.staff_choices()
        self.interviewer = _combo([(TEXT("not_chosen"), None)] + [(name, ident) for ident, name in staff])
        self.suggest_button = QPushButton(TEXT("suggest"))
        self.suggest_button.clicked.connect(self.use_suggestion)
        self.suggestions = QLabel(TEXT("no_suggestions"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.field("interviewer_id", self.interviewer), 1)
        row.addWidget(self.suggest_button)
        form.addRow(_label(TEXT("interviewer"), self.interviewer), row)
        # R13q (amended): staff not cleared to work alone name a companion.
        self.companion = _combo([(TEXT("companion_hint"), None)] + [(name, ident) for ident, name in staff])
        form.addRow(_label(TEXT("companion"), self.companion), self.field("companion_id", self.companion))
        form.addRow("", self.suggestions)

        self.interview_date = date_field_for(context.db)  # issue 15: typed, e.g. 1120 or 2026-11-20
        form.addRow(
            _label(TEXT("interview_date"), self.interview_date),
            self.field("interview_date", self.interview_date),
        )
        self.form = _combo([(enum_label(item), item.value) for item in ContactForm])
        form.addRow(_label(TEXT("form"), self.form), self.field("form", self.form))
        # R24: a call or visit outside decent hours goes on with a note.
        self.call_time_note = QLineEdit()
        self.call_time_note.setPlaceholderText(TEXT("call_time_hint"))
        form.addRow(
            _label(TEXT("call_time_note"), self.call_time_note),
            self.field("call_time_note", self.call_time_note),
        )

        topics = QWidget()
        grid = QGridLayout(topics)
        grid.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes: dict[str, QCheckBox] = {}
        for index, topic in enumerate(InterviewTopic):
            box = QCheckBox(enum_label(topic))
            grid.addWidget(box, index // 3, index % 3)
            self.topic_boxes[topic.value] = box
        form.addRow(TEXT("topics"), self.field("topics", topics))

        self.client_needs = _text_box()
        form.addRow(
            _label(TEXT("client_needs"), self.client_needs), self.field("client_needs", self.client_needs)
        )
        self.measures = _text_box()
        form.addRow(_label(TEXT("measures"), self.measures), self.field("measures", self.measures))
        self.completion = _text_box(44)
        form.addRow(_label(TEXT("completion"), self.completion), self.field("completion", self.completion))
        levels = [(TEXT("not_chosen"), None)] + [(enum_label(level), level.value) for level in Satisfaction]
        self.callback_satisfaction = _combo(levels)
        form.addRow(
            _label(TEXT("callback_satisfaction"), self.callback_satisfaction),
            self.field("callback_satisfaction", self.callback_satisfaction),
        )
        self.overall_satisfaction = _combo(levels)
        form.addRow(
            _label(TEXT("overall_satisfaction"), self.overall_satisfaction),
            self.field("overall_satisfaction", self.overall_satisfaction),
        )

        advice = QGroupBox(TEXT("safety_advice"))
        grid = QGridLayout(advice)
        self.advice_boxes: dict[str, QCheckBox] = {}
        for index, item in enumerate(SafetyAdvice):
            box = QCheckBox(enum_label(item))
            grid.addWidget(box, index // 2, index % 2)
            self.advice_boxes[item.value] = box
        self.is_move_in_visit = QCheckBox(TEXT("is_move_in_visit"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        heading = QHBoxLayout()
        heading.addWidget(self.number_label)
        heading.addStretch(1)
        self.print_button = PrintButton(self, "interview", TEXT("print"))
        heading.addWidget(self.print_button)
        layout.addLayout(heading)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.field("safety_advice", advice))
        layout.addWidget(self.field("is_move_in_visit", self.is_move_in_visit))
        layout.addStretch(1)

        self.watch(
            self.room,
            self.interviewer,
            self.interview_date,
            self.form,
            self.client_needs,
            self.measures,
            self.completion,
            self.callback_satisfaction,
            self.overall_satisfaction,
            self.is_move_in_visit,
            self.companion,
            self.call_time_note,
            *self.topic_boxes.values(),
            *self.advice_boxes.values(),
        )
        self.client.clientChanged.connect(self.mark_dirty)
        self.setFocusProxy(self.client)
        with self.loading():
            self.clear_form()

    # -- FormPage ------------------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        return {
            "client_id": self.client.client_id(),
            "room": self.room.text(),
            "interviewer_id": self.interviewer.currentData(),
            "interview_date": self.interview_date.value_text() or "",
            "form": self.form.currentData(),
            "topics": [code for code, box in self.topic_boxes.items() if box.isChecked()],
            "client_needs": self.client_needs.toPlainText(),
            "measures": self.measures.toPlainText(),
            "completion": self.completion.toPlainText(),
            "callback_satisfaction": self.callback_satisfaction.currentData(),
            "overall_satisfaction": self.overall_satisfaction.currentData(),
            "safety_advice": [code for code, box in self.advice_boxes.items() if box.isChecked()],
            "is_move_in_visit": self.is_move_in_visit.isChecked(),
            "companion_id": self.companion.currentData(),
            "call_time_note": self.call_time_note.text(),
        }

    def restore(self, values: dict[str, Any]) -> None:
        client_id = values.get("client_id")
        self.client.set_client(int(client_id) if client_id is not None else None)
        self.room.setText(values.get("room") or "")
        _select(self.interviewer, values.get("interviewer_id"))
        day = values.get("interview_date")
        self.interview_date.set_value(day or self._today())
        _select(self.form, values.get("form") or ContactForm.HOME_VISIT.value)
        topics = set(values.get("topics") or [])
        for code, box in self.topic_boxes.items():
            box.setChecked(code in topics)
        self.client_needs.setPlainText(values.get("client_needs") or "")
        self.measures.setPlainText(values.get("measures") or "")
        self.completion.setPlainText(values.get("completion") or "")
        _select(self.callback_satisfaction, values.get("callback_satisfaction"))
        _select(self.overall_satisfaction, values.get("overall_satisfaction"))
        advice = set(values.get("safety_advice") or [])
        for code, box in self.advice_boxes.items():
            box.setChecked(code in advice)
        self.is_move_in_visit.setChecked(bool(values.get("is_move_in_visit")))
        _select(self.companion, values.get("companion_id"))
        self.call_time_note.setText(values.get("call_time_note") or "")
        if "_number" in values:
            self._show_number(values["_number"])
        self._show_suggestions()

    def clear_form(self) -> None:
        self.restore({"_number": None})

    def _show_number(self, number: str | None) -> None:
        self.number_label.setText(TEXT("number", number=number) if number else TEXT("new_number"))
        self.print_button.set_record(self.record_id if number else None)

    def remember_loaded(self, values: dict[str, Any] | None) -> None:
        """The stored record as read (on opening it, and once after each save): its
        number and the print button follow it."""
        super().remember_loaded(values)
        if values is not None and "_number" in values:
            self._show_number(values["_number"])

    def store(self, values: dict[str, Any]) -> int:
        """Save through the screen; R12 (the service's rule): when the client objected
        to interviews, ask, and save again only on yes."""
        outcome = self.interview_screen.save_step(self.record_id, values, self.loaded_version)
        if isinstance(outcome, NeedsConfirmation):
            if not operations.confirm(self, replace(outcome, title=TEXT("dnd_title"))):
                raise DomainError(TEXT("dnd_title"))
            outcome = self.interview_screen.save_step(
                self.record_id, values, self.loaded_version, confirmed=True
            )
            assert not isinstance(outcome, NeedsConfirmation)
        return outcome

    # -- suggestions (R13q) --------------------------------------------------------------

    def _today(self) -> date:
        return self.interview_screen.today()

    def _client_chosen(self, client_id: int) -> None:
        if self._loading:
            return
        chosen = self.client.chosen()
        if client_id >= 0 and chosen is not None and chosen.room_code and not self.room.text().strip():
            self.room.setText(chosen.room_code)
        self._show_suggestions()

    def _show_suggestions(self) -> None:
        client_id = self.client.client_id()
        self._suggested = None
        if client_id is None:
            self.suggestions.setText(TEXT("no_suggestions"))
            self.suggest_button.setEnabled(False)
            return
        found = operations.run(
            self,
            lambda: self.interview_screen.suggestions(client_id, limit=3),
            on_failure=lambda _error: None,
        )
        if not found:
            self.suggestions.setText(TEXT("no_suggestions"))
            self.suggest_button.setEnabled(False)
            return
        self._suggested = found[0].staff_id
        names = "；".join(f"{item.name}（{item.reason}）" for item in found)
        self.suggestions.setText(TEXT("suggestions", names=names))
        self.suggest_button.setEnabled(True)

    def use_suggestion(self) -> None:
        if self._suggested is not None:
            _select(self.interviewer, self._suggested)


class InterviewPage(RecordPage):
    """顾客访谈记录 (navigation key "interviews")."""

    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, interview_list(), InterviewForm(context), TEXT("title"))


__all__ = ["InterviewForm", "InterviewPage", "interview_list"]
