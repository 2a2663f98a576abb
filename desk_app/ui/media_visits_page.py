"""媒体采访接待 media visits (SPEC 2.8, R17): outlet, reporter, credentials checked,
topic, supervisor notified at. Saving alerts the supervisor at once and the form says so
in a prominent warning; phone interviews are never accepted (the form says that too,
and what to tell the caller). 主管确认 is enabled from the rule (R17: a supervisor or
department head, an alert still open): ``screens.reception_books.MEDIA_VISITS``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from desk_app.screens.attachments import AttachmentOwner
from desk_app.screens.enums import MediaContactMode
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import MEDIA_VISITS, BookScreen, BookSheet, MediaDetails
from desk_app.screens.reception_books import media_list as media_list_of
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import local_text
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label, list_separator

TEXT = ScreenText(
    "MediaVisitsPage",
    {
        "record_name": QT_TRANSLATE_NOOP("MediaVisitsPage", "媒体来访记录"),
        "title": QT_TRANSLATE_NOOP("MediaVisitsPage", "媒体采访接待登记"),
        "rule": QT_TRANSLATE_NOOP(
            "MediaVisitsPage",
            "媒体来访、来电一律登记并立即报告客服主管；前台不接受采访，电话采访一律不接受。",
        ),
        "at": QT_TRANSLATE_NOOP("MediaVisitsPage", "来访/来电时间(&T)"),
        "contact_mode": QT_TRANSLATE_NOOP("MediaVisitsPage", "联系方式(&M)"),
        "outlet": QT_TRANSLATE_NOOP("MediaVisitsPage", "媒体名称(&O)"),
        "reporter": QT_TRANSLATE_NOOP("MediaVisitsPage", "记者姓名(&R)"),
        "reporter_phone": QT_TRANSLATE_NOOP("MediaVisitsPage", "记者电话(&P)"),
        "credentials_checked": QT_TRANSLATE_NOOP("MediaVisitsPage", "已核验记者证(&C)"),
        "credentials_note": QT_TRANSLATE_NOOP("MediaVisitsPage", "证件核验说明(&Y)"),
        "topic": QT_TRANSLATE_NOOP("MediaVisitsPage", "采访主题(&U)"),
        "alert": QT_TRANSLATE_NOOP(
            "MediaVisitsPage",
            "⚠ 媒体{mode}：已于 {when} 报告客服主管（{who}）。请立即电话通知主管，不要自行回答采访问题。",
        ),
        "alert_nobody": QT_TRANSLATE_NOOP("MediaVisitsPage", "看板已提醒"),
        "say": QT_TRANSLATE_NOOP("MediaVisitsPage", "请对记者说：“{reply}”"),
        "refused": QT_TRANSLATE_NOOP("MediaVisitsPage", "电话采访不接受，已按规定婉拒。"),
        "outcome": QT_TRANSLATE_NOOP("MediaVisitsPage", "处理结果：{text}"),
        "acknowledged": QT_TRANSLATE_NOOP("MediaVisitsPage", "主管已于 {when} 确认。"),
        "open_alert": QT_TRANSLATE_NOOP("MediaVisitsPage", "主管尚未确认。"),
        "acknowledge": QT_TRANSLATE_NOOP("MediaVisitsPage", "主管确认(&A)"),
        "acknowledge_done": QT_TRANSLATE_NOOP("MediaVisitsPage", "已确认媒体来访提醒。"),
        "col_number": QT_TRANSLATE_NOOP("MediaVisitsPage", "编号"),
        "col_at": QT_TRANSLATE_NOOP("MediaVisitsPage", "时间"),
        "col_mode": QT_TRANSLATE_NOOP("MediaVisitsPage", "方式"),
        "col_outlet": QT_TRANSLATE_NOOP("MediaVisitsPage", "媒体"),
        "col_reporter": QT_TRANSLATE_NOOP("MediaVisitsPage", "记者"),
        "col_topic": QT_TRANSLATE_NOOP("MediaVisitsPage", "主题"),
        "col_notified": QT_TRANSLATE_NOOP("MediaVisitsPage", "报告主管时间"),
        "col_acknowledged": QT_TRANSLATE_NOOP("MediaVisitsPage", "主管确认时间"),
        "filter_state": QT_TRANSLATE_NOOP("MediaVisitsPage", "提醒"),
        "filter_all": QT_TRANSLATE_NOOP("MediaVisitsPage", "全部"),
        "filter_open": QT_TRANSLATE_NOOP("MediaVisitsPage", "主管未确认"),
        "export": QT_TRANSLATE_NOOP("MediaVisitsPage", "媒体采访接待"),
    },
)

RULE_STYLE = "color: #8a4b00; background: #fff4e5; border: 1px solid #f0c36d; padding: 6px;"
ALERT_STYLE = (
    "color: #ffffff; background: #b3261e; border: 2px solid #7f1d17; padding: 10px;"
    " font-size: 15px; font-weight: bold;"
)


def media_list() -> ListSpec:
    return media_list_of(TEXT)


class MediaVisitForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="media_visits", draft_name="media_visit", title=TEXT("title"))
        self.rule_label = QLabel(TEXT("rule"))
        self.rule_label.setWordWrap(True)
        self.rule_label.setStyleSheet(RULE_STYLE)
        self.column.insertWidget(1, self.rule_label)
        self.add_fields(
            [
                FieldSpec("at", TEXT("at"), "datetime"),
                FieldSpec(
                    "contact_mode",
                    TEXT("contact_mode"),
                    "combo",
                    choices=tuple((enum_label(mode), mode.value) for mode in MediaContactMode),
                ),
                FieldSpec("outlet", TEXT("outlet")),
                FieldSpec("reporter", TEXT("reporter")),
                FieldSpec("reporter_phone", TEXT("reporter_phone")),
                FieldSpec("credentials_checked", TEXT("credentials_checked"), "check"),
                FieldSpec("credentials_note", TEXT("credentials_note")),
                FieldSpec("topic", TEXT("topic"), "text"),
            ]
        )
        self.use_screen(BookScreen(context.workspace, MEDIA_VISITS))
        self.alert_label = QLabel()
        self.alert_label.setObjectName("mediaAlert")
        self.alert_label.setWordWrap(True)
        self.alert_label.setStyleSheet(ALERT_STYLE)
        self.alert_label.hide()
        self.column.insertWidget(2, self.alert_label)
        self.reply_label = status_line(self.details)
        self.state_label = status_line(self.details)
        self.attachments = AttachmentsPanel(context, AttachmentOwner.MEDIA_VISIT)
        self.details.addWidget(self.attachments)
        self.acknowledge_button = make_button(self.action_row, TEXT("acknowledge"), self._acknowledge)
        self.bind_action(self.acknowledge_button, "acknowledge")
        #: the reply to say is shown once, right after the contact was registered
        self._just_registered = False
        with self.loading():
            self.clear_form()

    def save(self) -> bool:
        self._just_registered = self.record_id is None
        try:
            return super().save()
        finally:
            self._just_registered = False

    def show_details(self, sheet: BookSheet[Any]) -> None:
        details: MediaDetails = sheet.details
        self.alert_label.setText(
            TEXT(
                "alert",
                mode=enum_label(details.mode),
                when=local_text(details.supervisor_notified_at, self.zone),
                who=list_separator().join(details.supervisors) or TEXT("alert_nobody"),
            )
        )
        self.alert_label.setVisible(details.acknowledged_at is None)
        lines = []
        if self._just_registered:
            lines.append(TEXT("say", reply=details.reply))
        if details.mode is MediaContactMode.PHONE:
            lines.append(TEXT("refused"))
        self.reply_label.setText("\n".join(lines))
        state = [TEXT("outcome", text=details.outcome)] if details.outcome else []
        if details.acknowledged_at is not None:
            state.append(TEXT("acknowledged", when=local_text(details.acknowledged_at, self.zone)))
        else:
            state.append(TEXT("open_alert"))
        self.state_label.setText("\n".join(state))
        self.attachments.set_record(sheet.record_id)

    def show_record_details(self, record_id: int | None) -> None:
        self.alert_label.hide()
        self.reply_label.clear()
        self.state_label.clear()
        self.attachments.set_record(None)

    def _acknowledge(self) -> None:
        self.run_step("acknowledge", done=TEXT("acknowledge_done"))


class MediaVisitsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, MediaVisitForm(context), media_list())
