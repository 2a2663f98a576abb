"""The page every destination shows until its real screen is built: its title, what the
screen will do, a "being built" notice, and how many records it will list."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk_app.services.errors import DomainError
from desk_app.ui.navigation import Destination, translated
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "PlaceholderPage",
    {
        "breadcrumb": QT_TRANSLATE_NOOP("PlaceholderPage", "{group}  ›  {title}"),
        "construction_title": QT_TRANSLATE_NOOP("PlaceholderPage", "此功能正在建设中"),
        "construction_text": QT_TRANSLATE_NOOP(
            "PlaceholderPage", "本页面的登记、查询和打印功能将在后续版本中提供。"
        ),
        "count_caption": QT_TRANSLATE_NOOP("PlaceholderPage", "条记录（不含已作废）"),
        "count_loading": QT_TRANSLATE_NOOP("PlaceholderPage", "…"),
        "count_failed": QT_TRANSLATE_NOOP("PlaceholderPage", "暂时无法读取"),
        "count_failed_tip": QT_TRANSLATE_NOOP("PlaceholderPage", "读取记录数时数据库出错，详情见日志文件。"),
        "shortcut_hint": QT_TRANSLATE_NOOP("PlaceholderPage", "快捷键：{shortcut}"),
    },
)


def _scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


class PlaceholderPage(QWidget):
    """A destination's page; ``count_source`` is read once, the first time it is shown."""

    def __init__(
        self,
        destination: Destination,
        group_title: str,
        count_source: Callable[[], int] | None,
        shortcut: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.destination = destination
        self._count_source = count_source
        self._count_loaded = False
        self.setObjectName("page")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        base = self.font()
        breadcrumb = QLabel(
            TEXT("breadcrumb", group=translated(group_title), title=translated(destination.title))
        )
        breadcrumb.setObjectName("pageBreadcrumb")
        self.title_label = QLabel(translated(destination.title))
        self.title_label.setObjectName("pageTitle")
        self.title_label.setFont(_scaled_font(base, 1.7, bold=True))
        self.description_label = QLabel(translated(destination.description))
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setFont(_scaled_font(base, 1.1))
        rule = QFrame()
        rule.setObjectName("pageRule")
        rule.setFrameShape(QFrame.Shape.HLine)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(10)
        layout.addWidget(breadcrumb)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addSpacing(6)
        layout.addWidget(rule)
        layout.addSpacing(10)
        layout.addWidget(self._construction_notice(base))
        self.count_value: QLabel | None = None
        if count_source is not None:
            layout.addSpacing(6)
            layout.addWidget(self._count_tile(base), 0, Qt.AlignmentFlag.AlignLeft)
        if shortcut:
            hint = QLabel(TEXT("shortcut_hint", shortcut=shortcut))
            hint.setObjectName("shortcutHint")
            layout.addSpacing(6)
            layout.addWidget(hint)
        layout.addStretch(1)

    def _construction_notice(self, base: QFont) -> QFrame:
        notice = QFrame()
        notice.setObjectName("constructionNotice")
        self.construction_label = QLabel(TEXT("construction_title"))
        self.construction_label.setObjectName("constructionTitle")
        self.construction_label.setFont(_scaled_font(base, 1.15, bold=True))
        text = QLabel(TEXT("construction_text"))
        text.setObjectName("constructionText")
        text.setWordWrap(True)
        box = QVBoxLayout(notice)
        box.setContentsMargins(18, 14, 18, 14)
        box.setSpacing(6)
        box.addWidget(self.construction_label)
        box.addWidget(text)
        return notice

    def _count_tile(self, base: QFont) -> QFrame:
        tile = QFrame()
        tile.setObjectName("countTile")
        tile.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.count_value = QLabel(TEXT("count_loading"))
        self.count_value.setObjectName("countValue")
        self.count_value.setFont(_scaled_font(base, 2.2, bold=True))
        caption = QLabel(TEXT("count_caption"))
        caption.setObjectName("countCaption")
        row = QHBoxLayout(tile)
        row.setContentsMargins(18, 10, 22, 10)
        row.setSpacing(12)
        row.addWidget(self.count_value, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignVCenter)
        return tile

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._count_loaded:
            self._count_loaded = True
            self.load_count()

    def load_count(self) -> None:
        """Read the record count (a single indexed COUNT, so it stays on this thread)."""
        if self._count_source is None or self.count_value is None:
            return
        try:
            count = self._count_source()
        except DomainError:
            log.warning("could not count the records of %s", self.destination.key, exc_info=True)
            self.count_value.setText(TEXT("count_failed"))
            self.count_value.setToolTip(TEXT("count_failed_tip"))
            return
        self.count_value.setText(f"{count:,}")
        self.count_value.setToolTip("")
