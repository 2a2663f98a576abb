"""收费业务 fee services at the counter (SPEC 2.8): item (门禁卡, 停车卡, …), amount
(parsed and checked by the service), receipt number."""

from __future__ import annotations

from typing import Any

from desk_app.screens.enums import FeeItem
from desk_app.screens.list_spec import ListSpec
from desk_app.screens.reception_books import FEE_SERVICES, BookScreen, BookSheet
from desk_app.screens.reception_books import fee_list as fee_list_of
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.printing_actions import PrintButton
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label

TEXT = ScreenText(
    "FeeServicesPage",
    {
        "record_name": QT_TRANSLATE_NOOP("FeeServicesPage", "收费记录"),
        "title": QT_TRANSLATE_NOOP("FeeServicesPage", "收费业务登记"),
        "at": QT_TRANSLATE_NOOP("FeeServicesPage", "收费时间(&T)"),
        "item": QT_TRANSLATE_NOOP("FeeServicesPage", "收费项目(&I)"),
        "description": QT_TRANSLATE_NOOP("FeeServicesPage", "收费说明(&D)"),
        "room_id": QT_TRANSLATE_NOOP("FeeServicesPage", "房号(&R)"),
        "room_hint": QT_TRANSLATE_NOOP("FeeServicesPage", "如 3-2-1201（可不填）"),
        "payer_name": QT_TRANSLATE_NOOP("FeeServicesPage", "交款人(&P)"),
        "amount": QT_TRANSLATE_NOOP("FeeServicesPage", "金额（元）(&A)"),
        "amount_hint": QT_TRANSLATE_NOOP("FeeServicesPage", "如 50 或 50.00"),
        "receipt_number": QT_TRANSLATE_NOOP("FeeServicesPage", "收据号(&J)"),
        "col_number": QT_TRANSLATE_NOOP("FeeServicesPage", "编号"),
        "col_at": QT_TRANSLATE_NOOP("FeeServicesPage", "收费时间"),
        "col_item": QT_TRANSLATE_NOOP("FeeServicesPage", "项目"),
        "col_room": QT_TRANSLATE_NOOP("FeeServicesPage", "房号"),
        "col_payer": QT_TRANSLATE_NOOP("FeeServicesPage", "交款人"),
        "col_amount": QT_TRANSLATE_NOOP("FeeServicesPage", "金额"),
        "col_receipt": QT_TRANSLATE_NOOP("FeeServicesPage", "收据号"),
        "filter_item": QT_TRANSLATE_NOOP("FeeServicesPage", "项目"),
        "filter_all": QT_TRANSLATE_NOOP("FeeServicesPage", "全部"),
        "export": QT_TRANSLATE_NOOP("FeeServicesPage", "收费业务"),
        "print": QT_TRANSLATE_NOOP("FeeServicesPage", "打印收据(&Y)…"),
    },
)


def fee_list() -> ListSpec:
    return fee_list_of(TEXT, enum_label)


class FeeServiceForm(BookForm):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, kind="fee_services", draft_name="fee_service", title=TEXT("title"))
        self.add_fields(
            [
                FieldSpec("at", TEXT("at"), "datetime"),
                FieldSpec(
                    "item", TEXT("item"), "combo", choices=tuple((enum_label(i), i.value) for i in FeeItem)
                ),
                FieldSpec("description", TEXT("description")),
                FieldSpec("room_id", TEXT("room_id"), placeholder=TEXT("room_hint")),
                FieldSpec("payer_name", TEXT("payer_name")),
                FieldSpec("amount", TEXT("amount"), placeholder=TEXT("amount_hint")),
                FieldSpec("receipt_number", TEXT("receipt_number")),
            ]
        )
        self.use_screen(BookScreen(context.workspace, FEE_SERVICES))
        # Issue 16: the receipt (存根 and 收据 on one A4 sheet) of a saved fee.
        self.print_button = PrintButton(self, "receipt", TEXT("print"))
        self.action_row.insertWidget(0, self.print_button)
        with self.loading():
            self.clear_form()

    def show_details(self, sheet: BookSheet[Any]) -> None:
        self.print_button.set_record(sheet.record_id)

    def show_record_details(self, record_id: int | None) -> None:
        self.print_button.set_record(record_id)


class FeeServicesPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, FeeServiceForm(context), fee_list())
