"""The main window: navigation on the left, the chosen screen on the right, the
database in the status bar."""

from __future__ import annotations

import html
import logging
from functools import partial
from pathlib import Path

import PySide6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, qVersion
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from desk_app import __version__
from desk_app.models.database import Database
from desk_app.services import housekeeping
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.navigation import NAVIGATION, SHORTCUT_SLOTS, Destination, all_destinations, translated
from desk_app.ui.pages import GuardsUnsavedInput, OpensRecords, build_page
from desk_app.ui.placeholder_counts import community_name, on_duty_staff, record_count
from desk_app.ui.placeholder_page import PlaceholderPage
from desk_app.ui.style import MAIN_WINDOW_STYLE
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "MainWindow",
    {
        "app_name": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk"),
        "window_title": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk — {community}"),
        "default_community": QT_TRANSLATE_NOOP("MainWindow", "物业服务中心"),
        "menu_file": QT_TRANSLATE_NOOP("MainWindow", "文件(&F)"),
        "menu_go": QT_TRANSLATE_NOOP("MainWindow", "转到(&G)"),
        "menu_help": QT_TRANSLATE_NOOP("MainWindow", "帮助(&H)"),
        "quit": QT_TRANSLATE_NOOP("MainWindow", "退出(&X)"),
        "about": QT_TRANSLATE_NOOP("MainWindow", "关于 前台 Desk(&A)"),
        "about_title": QT_TRANSLATE_NOOP("MainWindow", "关于 前台 Desk"),
        "about_tagline": QT_TRANSLATE_NOOP("MainWindow", "物业服务中心前台接待系统"),
        "about_version": QT_TRANSLATE_NOOP("MainWindow", "版本"),
        "about_database": QT_TRANSLATE_NOOP("MainWindow", "数据库"),
        "about_log": QT_TRANSLATE_NOOP("MainWindow", "日志文件"),
        "about_qt": QT_TRANSLATE_NOOP("MainWindow", "Qt / PySide6"),
        "status_database": QT_TRANSLATE_NOOP("MainWindow", "数据库：{url}"),
        "status_version": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk {version}"),
        "navigation_tip": QT_TRANSLATE_NOOP("MainWindow", "{description}\n快捷键：{shortcut}"),
        "staff_label": QT_TRANSLATE_NOOP("MainWindow", "值班人员(&W)："),
        "staff_nobody": QT_TRANSLATE_NOOP("MainWindow", "（请选择）"),
        "staff_tip": QT_TRANSLATE_NOOP(
            "MainWindow", "在此窗口登记、保存的每一条记录都记在所选值班人员名下。"
        ),
    },
)


def shortcut_for(index: int) -> QKeySequence | None:
    """Ctrl+1 … Ctrl+9 for the first nine destinations (0-based ``index``)."""
    if index >= SHORTCUT_SLOTS:
        return None
    return QKeySequence(f"Ctrl+{index + 1}")


def about_text(database_url: str, log_path: Path | None = None) -> str:
    """The rich text of the About box."""
    rows = [
        (TEXT("about_version"), __version__),
        (TEXT("about_database"), database_url),
        (TEXT("about_qt"), f"Qt {qVersion()} / PySide6 {PySide6.__version__}"),
    ]
    if log_path is not None:
        rows.append((TEXT("about_log"), str(log_path)))
    table = "".join(
        f"<tr><td style='padding-right:12px; color:#52606d'>{html.escape(label)}</td>"
        f"<td>{html.escape(value)}</td></tr>"
        for label, value in rows
    )
    return (
        f"<h3>{html.escape(TEXT('app_name'))}</h3>"
        f"<p>{html.escape(TEXT('about_tagline'))}</p>"
        f"<table>{table}</table>"
    )


class _NavigationDelegate(QStyledItemDelegate):
    """Group headings (top-level rows) get air above them and no hover highlight."""

    GROUP_GAP = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if not index.parent().isValid() and index.row() > 0:
            size.setHeight(size.height() + self.GROUP_GAP)
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.parent().isValid():
            super().paint(painter, option, index)
            return
        heading = QStyleOptionViewItem(option)
        heading.state &= ~QStyle.StateFlag.State_MouseOver
        if index.row() > 0:
            heading.rect.adjust(0, self.GROUP_GAP, 0, 0)
        super().paint(painter, heading, index)


class MainWindow(QMainWindow):
    """Navigation tree + one page per destination (SPEC 1: every paper book in one program)."""

    def __init__(self, db: Database, log_path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.log_path = log_path
        self.context = DeskContext(db, parent=self)
        self.context.openRequested.connect(self.open_record)
        self.setObjectName("mainWindow")
        self.setStyleSheet(MAIN_WINDOW_STYLE)
        self.setWindowTitle(TEXT("window_title", community=self._community_name()))
        self.setMinimumSize(1024, 640)
        self.resize(1280, 800)

        self._items: dict[str, QTreeWidgetItem] = {}
        self._pages: dict[str, QWidget] = {}
        self.navigation = self._build_navigation()
        self.stack = QStackedWidget()
        self._build_pages()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(1)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 1060])
        self.setCentralWidget(splitter)

        self._build_menus()
        self._build_status_bar()
        self.navigation.currentItemChanged.connect(self._on_current_item_changed)
        # R7: the automatic closure runs at start-up and on a timer, unasked.
        self.housekeeping_timer = QTimer(self)
        self.housekeeping_timer.setInterval(housekeeping.INTERVAL_SECONDS * 1000)
        self.housekeeping_timer.timeout.connect(self.run_housekeeping)
        self.housekeeping_timer.start()
        QTimer.singleShot(0, self.run_housekeeping)
        self.show_destination(next(all_destinations()).key)

    # -- building -------------------------------------------------------------------

    def _community_name(self) -> str:
        try:
            name = community_name(self.db)
        except SQLAlchemyError:
            log.warning("could not read the community name", exc_info=True)
            name = None
        return name or TEXT("default_community")

    def _build_navigation(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("navigation")
        tree.setHeaderHidden(True)
        tree.setColumnCount(1)
        tree.setRootIsDecorated(False)
        tree.setItemsExpandable(False)
        tree.setIndentation(14)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tree.setMinimumWidth(180)
        tree.setMaximumWidth(320)
        group_font = QFont(tree.font())
        group_font.setBold(True)
        group_font.setPointSizeF(group_font.pointSizeF() * 0.92)
        tree.setItemDelegate(_NavigationDelegate(tree))
        index = 0
        for group in NAVIGATION:
            group_item = QTreeWidgetItem(tree, [translated(group.title)])
            group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group_item.setFont(0, group_font)
            group_item.setForeground(0, Qt.GlobalColor.darkGray)
            for destination in group.destinations:
                item = QTreeWidgetItem(group_item, [translated(destination.title)])
                item.setData(0, Qt.ItemDataRole.UserRole, destination.key)
                item.setToolTip(0, self._navigation_tip(destination, index))
                self._items[destination.key] = item
                index += 1
            group_item.setExpanded(True)
        return tree

    def _navigation_tip(self, destination: Destination, index: int) -> str:
        shortcut = shortcut_for(index)
        description = translated(destination.description)
        if shortcut is None:
            return description
        return TEXT(
            "navigation_tip",
            description=description,
            shortcut=shortcut.toString(QKeySequence.SequenceFormat.NativeText),
        )

    def _build_pages(self) -> None:
        index = 0
        for group in NAVIGATION:
            for destination in group.destinations:
                shortcut = shortcut_for(index)
                page = build_page(destination.key, self.context)
                if page is None:
                    count_source = (
                        partial(record_count, self.db, destination.model) if destination.model else None
                    )
                    page = PlaceholderPage(
                        destination,
                        group.title,
                        count_source,
                        shortcut.toString(QKeySequence.SequenceFormat.NativeText) if shortcut else None,
                    )
                self._pages[destination.key] = page
                self.stack.addWidget(page)
                index += 1

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(TEXT("menu_file"))
        self.quit_action = QAction(TEXT("quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(TEXT("menu_go"))
        self.go_actions: dict[str, QAction] = {}
        index = 0
        for group in NAVIGATION:
            self._add_go_section(go_menu, translated(group.title))
            for destination in group.destinations:
                action = QAction(translated(destination.title), self)
                shortcut = shortcut_for(index)
                if shortcut is not None:
                    action.setShortcut(shortcut)
                action.triggered.connect(partial(self.show_destination, destination.key))
                go_menu.addAction(action)
                self.go_actions[destination.key] = action
                index += 1

        help_menu = self.menuBar().addMenu(TEXT("menu_help"))
        self.about_action = QAction(TEXT("about"), self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    @staticmethod
    def _add_go_section(menu: QMenu, title: str) -> None:
        section = menu.addSection(title)
        section.setEnabled(False)

    def run_housekeeping(self) -> housekeeping.HousekeepingReport:
        """R7 closure pass; the outcome goes to the log (and, later, the dashboard)."""
        return housekeeping.run_housekeeping(self.db)

    def _build_status_bar(self) -> None:
        self.staff_box = QComboBox()
        self.staff_box.setObjectName("staffBox")
        self.staff_box.setToolTip(TEXT("staff_tip"))
        self.staff_box.setMinimumContentsLength(8)
        self.staff_box.addItem(TEXT("staff_nobody"), None)
        try:
            for staff_id, label in on_duty_staff(self.db):
                self.staff_box.addItem(label, staff_id)
        except SQLAlchemyError:
            log.warning("could not list the staff", exc_info=True)
        self.staff_box.currentIndexChanged.connect(self._on_staff_chosen)
        if self.staff_box.count() > 1:
            self.staff_box.setCurrentIndex(1)
        staff_label = QLabel(TEXT("staff_label"))
        staff_label.setBuddy(self.staff_box)
        self.statusBar().addWidget(staff_label)
        self.statusBar().addWidget(self.staff_box)
        self.database_label = QLabel(TEXT("status_database", url=self.db.display_url))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(QLabel(TEXT("status_version", version=__version__)))
        self.statusBar().setSizeGripEnabled(True)

    # -- behaviour ------------------------------------------------------------------

    def _on_staff_chosen(self, index: int) -> None:
        staff_id = self.staff_box.itemData(index)
        self.context.set_staff(staff_id if isinstance(staff_id, int) else None)

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        for key, candidate in self._pages.items():
            if candidate is page:
                return key
        raise LookupError("the stack shows a page the window did not build")

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the screen that owns ``kind`` and ask it to open the record."""
        if kind not in self._pages:
            log.warning("no screen for record kind %s", kind)
            return
        self.show_destination(kind)
        page = self._pages[kind]
        if isinstance(page, OpensRecords):
            page.open_record(record_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Every page with unsaved input may refuse the close (it asks the user)."""
        for key, page in self._pages.items():
            if isinstance(page, GuardsUnsavedInput) and not page.confirm_close():
                self.show_destination(key)
                event.ignore()
                return
        self.housekeeping_timer.stop()
        event.accept()

    def navigation_item(self, key: str) -> QTreeWidgetItem:
        return self._items[key]

    def show_destination(self, key: str) -> None:
        """Go to a destination; the tree selection and the page follow each other."""
        self.navigation.setCurrentItem(self._items[key])

    def _on_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is None:
            return
        key = current.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(key, str) and key in self._pages:
            self.stack.setCurrentWidget(self._pages[key])

    def show_about(self) -> None:
        QMessageBox.about(self, TEXT("about_title"), about_text(self.db.display_url, self.log_path))
