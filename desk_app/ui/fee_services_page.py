"""收费业务 fee services at the counter (SPEC 2.8): item (门禁卡, 停车卡, …), amount
(parsed and checked by the service), receipt number."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from desk_app.models import FeeService, Room
from desk_app.screens.enums import FeeItem
from desk_app.screens.list_spec import Column, Filter, ListSpec
from desk_app.services import reception, references
from desk_app.ui.book_form import BookForm, FieldSpec
from desk_app.ui.book_page import BookPage
from desk_app.ui.client_choice import aware
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
    return ListSpec(
        kind="fee_services",
        model=FeeService,
        columns=(
            Column(TEXT("col_number"), FeeService.number),
            Column(TEXT("col_at"), FeeService.at),
            Column(TEXT("col_item"), FeeService.item),
            Column(TEXT("col_room"), Room.code),
            Column(TEXT("col_payer"), FeeService.payer_name),
            Column(TEXT("col_amount"), FeeService.amount, format=lambda value: f"{value:,.2f}"),
            Column(TEXT("col_receipt"), FeeService.receipt_number),
        ),
        search=(FeeService.number, FeeService.receipt_number, FeeService.payer_name, Room.code),
        filters=(
            Filter(
                TEXT("filter_item"),
                (
                    (TEXT("filter_all"), None),
                    *((enum_label(item), FeeService.item == item) for item in FeeItem),
                ),
            ),
        ),
        default_order=FeeService.at.desc(),
        query=lambda select_: select_.outerjoin(Room, Room.id == FeeService.room_id),
        export_name=TEXT("export"),
    )


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
        # Issue 16: the receipt (存根 and 收据 on one A4 sheet) of a saved fee.
        self.print_button = PrintButton(self, "receipt", TEXT("print"))
        self.action_row.insertWidget(0, self.print_button)
        with self.loading():
            self.clear_form()

    def show_record_details(self, record_id: int | None) -> None:
        self.print_button.set_record(record_id)

    def register(self, session: Session, values: dict[str, Any]) -> int:
        room = references.find_room(session, values["room_id"], "room_id")
        fee = reception.register_fee_service(
            session,
            item=FeeItem(values["item"]),
            amount=str(values["amount"]),  # the service parses and checks it
            receipt_number=values["receipt_number"],
            room_id=room.id if room is not None else None,
            payer_name=values["payer_name"],
            description=values["description"],
            at=aware(values["at"], self.zone),
        )
        return fee.id

    def open_record(self, record_id: int) -> None:
        with self.context.db.read() as session:
            fee = references.load_record(session, FeeService, record_id, TEXT("record_name"))
            values = {
                "at": fee.at,
                "item": fee.item.value,
                "description": fee.description,
                "room_id": references.room_code(session, fee.room_id),
                "payer_name": fee.payer_name,
                "amount": f"{fee.amount:.2f}",
                "receipt_number": fee.receipt_number,
            }
            number = fee.number
        self.show_loaded(record_id, number, values)
        self.show_record_details(record_id)


class FeeServicesPage(BookPage):
    def __init__(self, context: DeskContext) -> None:
        super().__init__(context, FeeServiceForm(context), fee_list())
