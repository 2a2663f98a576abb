"""媒体采访接待 media visits (SPEC 2.8, R17): outlet, reporter, credentials checked,
topic, supervisor notified at. Saving alerts the supervisor at once and the form says so
in a prominent warning; phone interviews are never accepted (the form says that too,
and what to tell the caller)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel
from sqlalchemy.orm import Session

from desk_app.models import AttachmentOwner, MediaVisit
from desk_app.screens.enums import MediaContactMode
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import reception, references
from desk_app.ui.attachments_panel import AttachmentsPanel
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage, make_button, status_line
from desk_app.ui.client_choice import aware, local_text
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
    return ListSpec(
        kind="media_visits",
        model=MediaVisit,
        columns=(
            Column(TEXT("col_number"), MediaVisit.number),
            Column(TEXT("col_at"), MediaVisit.at),
            Column(TEXT("col_mode"), MediaVisit.contact_mode),
            Column(TEXT("col_outlet"), MediaVisit.outlet),
            Column(TEXT("col_reporter"), MediaVisit.reporter),
            Column(TEXT("col_topic"), MediaVisit.topic),
            Column(TEXT("col_notified"), MediaVisit.supervisor_notified_at),
            Column(TEXT("col_acknowledged"), MediaVisit.alert_acknowledged_at),
        ),
        search=(MediaVisit.number, MediaVisit.outlet, MediaVisit.reporter, MediaVisit.topic),
        filters=(
            Filter(
                TEXT("filter_state"),
                (
                    (TEXT("filter_all"), None),
                    (TEXT("filter_open"), MediaVisit.alert_acknowledged_at.is_(None)),
                ),
            ),
        ),
        default_order=MediaVisit.at.desc(),
        export_name=TEXT("export"),
    )


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
        self._reply: str | None = None
        with self.loading():
            self.clear_form()

    def register(self, session: Session, values: dict[str, Any]) -> int:
        result = reception.register_media_contact(
            session,
            contact_mode=MediaContactMode(values["contact_mode"]),
            outlet=values["outlet"],
            reporter=values["reporter"],
            topic=values["topic"],
            reporter_phone=values["reporter_phone"],
            credentials_checked=bool(values["credentials_checked"]),
            credentials_note=values["credentials_note"],
            at=aware(values["at"], self.zone),
        )
        self._reply = result.reply_text
        return result.media_visit.id

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            visit = references.load_record(session, MediaVisit, record_id, TEXT("record_name"))
            values = {
                "at": visit.at,
                "contact_mode": visit.contact_mode.value,
                "outlet": visit.outlet,
                "reporter": visit.reporter,
                "reporter_phone": visit.reporter_phone,
                "credentials_checked": visit.credentials_checked,
                "credentials_note": visit.credentials_note,
                "topic": visit.topic,
            }
            supervisors = list_separator().join(
                staff.name for staff in reception.supervisors_to_notify(session)
            )
            number, mode, notified = visit.number, visit.contact_mode, visit.supervisor_notified_at
            acknowledged, outcome = visit.alert_acknowledged_at, visit.outcome
        self.show_loaded(record_id, number, values)
        self.alert_label.setText(
            TEXT(
                "alert",
                mode=enum_label(mode),
                when=local_text(notified, self.zone),
                who=supervisors or TEXT("alert_nobody"),
            )
        )
        self.alert_label.setVisible(acknowledged is None)
        lines = []
        if self._reply:
            lines.append(TEXT("say", reply=self._reply))
        if mode is MediaContactMode.PHONE:
            lines.append(TEXT("refused"))
        self.reply_label.setText("\n".join(lines))
        state = [TEXT("outcome", text=outcome)] if outcome else []
        if acknowledged is not None:
            state.append(TEXT("acknowledged", when=local_text(acknowledged, self.zone)))
        else:
            state.append(TEXT("open_alert"))
        self.state_label.setText("\n".join(state))
        self.acknowledge_button.setVisible(acknowledged is None)
        self._reply = None
        self.attachments.set_record(record_id)

    def show_record_details(self, record_id: int | None) -> None:
        self.alert_label.hide()
        self.reply_label.clear()
        self.state_label.clear()
        self.acknowledge_button.setVisible(False)
        self.attachments.set_record(None)

    def _acknowledge(self) -> None:
        if self.record_id is not None:
            record_id = self.record_id
            done = TEXT("acknowledge_done")
            self.run_action(lambda s: reception.acknowledge_media_alert(s, record_id), done)


class MediaVisitsPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, MediaVisitForm(context), media_list())
