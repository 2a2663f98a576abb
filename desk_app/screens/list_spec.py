"""How a screen describes its record list: columns, search, filters, order.

A list is data, not code: each screen declares one ``ListSpec`` and hands it to
``desk_app.ui.record_list.RecordListView`` (through the screens), which fetches pages on demand (never the
whole table), sorts by any column, filters, searches as you type, opens a row on
Enter or double-click and exports the filtered rows to Excel.

    VISITOR_LIST = ListSpec(
        kind="visitors",
        model=Visitor,
        columns=(
            Column("编号", Visitor.number),
            Column("来访人", Visitor.visitor_name),
            Column("到达时间", Visitor.arrived_at),  # instants show in local time
        ),
        search=(Visitor.number, Visitor.visitor_name),
        filters=(Filter("状态", (("全部", None), ("未离开", Visitor.left_at.is_(None)))),),
        default_order=Visitor.arrived_at.desc(),
    )

Every value of ``columns`` is selected in one query together with the model's id;
``query`` may add joins (``lambda select_: select_.join(...)``). Voided records are left
out unless ``show_voided`` is set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select
from sqlalchemy.sql.elements import ColumnElement

from desk_app.models.base import Base
from desk_app.models.enums import LabelledEnum

Formatter = Callable[[Any], str]


#: a screen's text for one key (the widget's ScreenText, in the interface language)
Text = Callable[[str], str]
#: an enum member's label in the interface language
EnumText = Callable[[LabelledEnum], str]


@dataclass(frozen=True)
class Column:
    title: str
    expression: Any  # an InstrumentedAttribute or a ColumnElement
    format: Formatter | None = None
    width: int | None = None
    sortable: bool = True
    #: What a click on the header orders by, when not ``expression`` itself: a stored,
    #: indexed key that sorts the same way (a computed column would be worked out for
    #: every row of the table before the first page could be shown).
    sort_by: Any = None


@dataclass(frozen=True)
class Filter:
    """A combo box over the list: each choice is (label, where-clause or None for all)."""

    title: str
    choices: tuple[tuple[str, ColumnElement[bool] | None], ...]


@dataclass(frozen=True)
class ListSpec:
    kind: str
    model: type[Base]
    columns: tuple[Column, ...]
    search: tuple[Any, ...] = ()
    filters: tuple[Filter, ...] = ()
    default_order: Any = None
    query: Callable[[Select[Any]], Select[Any]] | None = None
    show_voided: bool = False
    export_name: str = "导出"
    extra: dict[str, Any] = field(default_factory=dict)
