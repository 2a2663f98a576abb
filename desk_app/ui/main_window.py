"""The main window: navigation on the left, the chosen screen on the right, the
database in the status bar."""

from __future__ import annotations

import html
import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRunnable,
    QSettings,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    qVersion,
)
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desk_app import __version__
from desk_app.screens import counter
from desk_app.screens.base import Database
from desk_app.screens.placeholder_counts import community_name, record_count
from desk_app.services import housekeeping
from desk_app.services.errors import DomainError
from desk_app.ui import operations
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.navigation import NAVIGATION, SHORTCUT_SLOTS, Destination, all_destinations, translated
from desk_app.ui.pages import GuardsUnsavedInput, OpensRecords, build_page
from desk_app.ui.placeholder_page import PlaceholderPage
from desk_app.ui.sign_in import ChangePasswordDialog, SignInDialog
from desk_app.ui.style import MAIN_WINDOW_STYLE
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText, enum_label
from desk_app.user_dirs import user_config_dir

if TYPE_CHECKING:
    from desk_app.ui.setup_checklist import SetupChecklistDialog

log = logging.getLogger(__name__)

#: The first housekeeping pass (R7 automatic closure, the daily backup) waits this long
#: after the window is built: on a worker thread it still competes for the interpreter
#: with the first page being read and drawn, and it can wait two seconds.
HOUSEKEEPING_START_DELAY_MS = 2000

#: Where the window keeps its size, place and state between starts (issue 15).
WINDOW_SETTINGS_FILE = "window.ini"
#: The first size on a screen big enough; on a smaller one (the counter's 1366×768)
#: the window takes the screen's free height, never more.
DEFAULT_SIZE = QSize(1280, 800)
#: What a window frame's title bar takes above the client area.
TITLE_BAR_HEIGHT = 32


def window_settings() -> QSettings:
    """The window's remembered geometry (an ini file beside database.json)."""
    return QSettings(str(user_config_dir() / WINDOW_SETTINGS_FILE), QSettings.Format.IniFormat)


TEXT = ScreenText(
    "MainWindow",
    {
        "app_name": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk"),
        "window_title": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk — {community}"),
        "nav_unread": QT_TRANSLATE_NOOP("MainWindow", "{title}（{count} 条新通知）"),
        "tray_title": QT_TRANSLATE_NOOP("MainWindow", "前台 Desk 通知"),
        "tray_more": QT_TRANSLATE_NOOP("MainWindow", "{first}\n……共 {count} 条未读通知"),
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
        "staff_signed_in": QT_TRANSLATE_NOOP("MainWindow", "当前用户：{name}（{role}）"),
        "staff_nobody": QT_TRANSLATE_NOOP("MainWindow", "未登录"),
        "staff_tip": QT_TRANSLATE_NOOP(
            "MainWindow", "在此窗口登记、保存的每一条记录都记在当前登录的用户名下。切换用户：Ctrl+L"
        ),
        "switch_user": QT_TRANSLATE_NOOP("MainWindow", "切换用户(&U)…"),
        "new_worklog_entry": QT_TRANSLATE_NOOP("MainWindow", "新建工作信息记录(&N)"),
        "import_roster": QT_TRANSLATE_NOOP("MainWindow", "导入业主名册(&I)…"),
        "export_roster": QT_TRANSLATE_NOOP("MainWindow", "导出业主名册(&E)…"),
        "import_staff": QT_TRANSLATE_NOOP("MainWindow", "导入员工账号(&M)…"),
        "sign_out": QT_TRANSLATE_NOOP("MainWindow", "退出登录(&O)"),
        "change_password": QT_TRANSLATE_NOOP("MainWindow", "修改密码(&P)…"),
        "setup_checklist": QT_TRANSLATE_NOOP("MainWindow", "上线检查清单(&L)…"),
        "unread_messages": QT_TRANSLATE_NOOP(
            "MainWindow", "{name}，您有 {count} 条未读留言：在“留言(5W1H)”中查看（Ctrl+4）。"
        ),
        "no_unread_messages": QT_TRANSLATE_NOOP("MainWindow", "{name}，您没有未读留言。"),
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


#: How often the window looks for new notifications (R23) while it runs.
NOTIFICATION_POLL_SECONDS = 60


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


class _HousekeepingJob(QRunnable):
    """One housekeeping pass (its own units of work); failures are logged, never raised."""

    def __init__(self, db: Database, running: threading.Event) -> None:
        super().__init__()
        self.db = db
        self.running = running

    def run(self) -> None:
        try:
            housekeeping.run_housekeeping(self.db)
        except Exception:
            log.exception("housekeeping failed")
        finally:
            self.running.clear()


class MainWindow(QMainWindow):
    """Navigation tree + one page per destination (SPEC 1: every paper book in one program)."""

    def __init__(
        self,
        db: Database,
        log_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        staff_id: int | None = None,
        offer_setup_checklist: bool = False,
    ) -> None:
        """``staff_id``: who signed in (``run_gui`` asks before the window opens);
        None opens the window with nobody signed in (tests, the smoke test).
        ``offer_setup_checklist``: show the 上线检查清单 to an administrator who signs in
        while it is not complete (unless 不再自动显示 was ticked); ``run_gui`` asks for it."""
        super().__init__(parent)
        #: Actions the checklist can open that are not navigation pages, by key (the
        #: roster import wizard: "roster_import"); the caller adds them.
        self.setup_actions: dict[str, Callable[[], object]] = {"roster_import": self.import_roster}
        self.setup_checklist: SetupChecklistDialog | None = None
        self.offer_setup_checklist = offer_setup_checklist
        self.db = db
        self.log_path = log_path
        self.context = DeskContext(db, staff_id, parent=self)
        self.context.openRequested.connect(self.open_record)
        self.setObjectName("mainWindow")
        self.setStyleSheet(MAIN_WINDOW_STYLE)
        self.setWindowTitle(TEXT("window_title", community=self._community_name()))
        self.setMinimumSize(1024, 600)

        self._items: dict[str, QTreeWidgetItem] = {}
        self._pages: dict[str, QWidget] = {}
        #: destinations whose page is not built yet: (holder, destination, group title, shortcut)
        self._holders: dict[str, tuple[QWidget, Destination, str, QKeySequence | None]] = {}
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

        self.splitter = splitter
        self._build_menus()
        self._build_status_bar()
        self.restore_window_state()
        self.navigation.currentItemChanged.connect(self._on_current_item_changed)
        # R7: the automatic closure (and the daily backup) run at start-up and on a
        # timer, unasked, on a worker thread: a backup of a big file takes seconds.
        self.housekeeping_pool = QThreadPool(self)
        self.housekeeping_pool.setMaxThreadCount(1)
        self._housekeeping_running = threading.Event()
        self.housekeeping_timer = QTimer(self)
        self.housekeeping_timer.setInterval(housekeeping.INTERVAL_SECONDS * 1000)
        self.housekeeping_timer.timeout.connect(self.start_housekeeping)
        self.housekeeping_timer.start()
        QTimer.singleShot(HOUSEKEEPING_START_DELAY_MS, self.start_housekeeping)
        self.show_destination(next(all_destinations()).key)
        self.context.staffChanged.connect(lambda _staff: self._offer_setup_checklist())
        QTimer.singleShot(0, self._offer_setup_checklist)
        # R23: the signed-in person's unread notifications — a count on 今日事项, a tray
        # message for new ones while the program runs, and shown at sign-in and at a
        # change of user (the Today page lists them first).
        self._tray: QSystemTrayIcon | None = None
        #: (staff id, highest notification id already announced)
        self._announced: tuple[int | None, int] = (None, 0)
        self.last_notification = ""
        self.notification_timer = QTimer(self)
        self.notification_timer.setInterval(NOTIFICATION_POLL_SECONDS * 1000)
        self.notification_timer.timeout.connect(self.refresh_notifications)
        self.notification_timer.start()
        self.context.staffChanged.connect(lambda _staff: self.refresh_notifications(signed_in=True))
        self.context.notificationsChanged.connect(self.refresh_notifications)
        self.context.recordSaved.connect(lambda _kind, _record: self.refresh_notifications())
        QTimer.singleShot(0, lambda: self.refresh_notifications(signed_in=True))

    # -- size and place ---------------------------------------------------------------

    def fitting_size(self) -> QSize:
        """DEFAULT_SIZE, cut to the screen's free area (a 768-px screen with a taskbar)."""
        screen = self.screen()
        size = QSize(DEFAULT_SIZE)
        if screen is not None:
            free = screen.availableGeometry()
            size = size.boundedTo(QSize(free.width(), free.height() - TITLE_BAR_HEIGHT))
        return size.expandedTo(self.minimumSize())

    def restore_window_state(self) -> None:
        """The size, place, maximised state and navigation width of the last run
        (the fitting size the first time), cut to the screen's free area: never taller
        than the screen."""
        settings = window_settings()
        size = settings.value("size")
        chosen = size if isinstance(size, QSize) and size.isValid() else self.fitting_size()
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            chosen = chosen.boundedTo(QSize(free.width(), free.height() - TITLE_BAR_HEIGHT))
        self.resize(chosen.expandedTo(self.minimumSize()))
        place = settings.value("position")
        if isinstance(place, QPoint) and screen is not None and screen.availableGeometry().contains(place):
            self.move(place)
        state = settings.value("state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = settings.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        if settings.value("maximized") in (True, "true"):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_window_state(self) -> None:
        settings = window_settings()
        maximized = self.isMaximized()
        settings.setValue("maximized", maximized)
        if not maximized:
            settings.setValue("size", self.size())
            settings.setValue("position", self.pos())
        settings.setValue("state", self.saveState())
        settings.setValue("splitter", self.splitter.saveState())
        settings.sync()

    # -- building -------------------------------------------------------------------

    def _community_name(self) -> str:
        try:
            name = community_name(self.db)
        except DomainError:
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
        """One empty holder per destination; the page itself is built the first time it
        is shown or asked for (``page``). Building every list at start-up read the first
        page of each from the database: seconds on ten years of books (docs/performance.md)."""
        index = 0
        for group in NAVIGATION:
            for destination in group.destinations:
                holder = QWidget()
                holder.setObjectName("pageHolder")
                self._holders[destination.key] = (holder, destination, group.title, shortcut_for(index))
                self.stack.addWidget(holder)
                index += 1

    def _build_page(self, key: str) -> QWidget:
        holder, destination, group_title, shortcut = self._holders.pop(key)
        page = build_page(destination.key, self.context)
        if page is None:
            count_source = partial(record_count, self.db, destination.key) if destination.counted else None
            page = PlaceholderPage(
                destination,
                group_title,
                count_source,
                shortcut.toString(QKeySequence.SequenceFormat.NativeText) if shortcut else None,
            )
        self._pages[key] = page
        self.stack.insertWidget(self.stack.indexOf(holder), page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        return page

    #: F2 belongs to the window, not to the work-log page (built the first time it is
    #: shown): "在任何页面按 F2" holds from the first moment after sign-in (issue 15).
    owns_new_entry_shortcut = True

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(TEXT("menu_file"))
        self.new_entry_action = QAction(TEXT("new_worklog_entry"), self)
        self.new_entry_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        # The window's own shortcut (not application-wide): any other window's F2 would
        # make the key ambiguous, and Qt then fires neither.
        self.new_entry_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_entry_action.triggered.connect(self.new_worklog_entry)
        file_menu.addAction(self.new_entry_action)
        file_menu.addSeparator()
        # Putting a centre into service (issue 13): the roster and the staff from the
        # spreadsheets the centre keeps, and the roster back out in the same columns.
        self.import_roster_action = QAction(TEXT("import_roster"), self)
        self.import_roster_action.triggered.connect(self.import_roster)
        file_menu.addAction(self.import_roster_action)
        self.export_roster_action = QAction(TEXT("export_roster"), self)
        self.export_roster_action.triggered.connect(self.export_roster)
        file_menu.addAction(self.export_roster_action)
        self.import_staff_action = QAction(TEXT("import_staff"), self)
        self.import_staff_action.triggered.connect(self.import_staff)
        file_menu.addAction(self.import_staff_action)
        file_menu.addSeparator()
        self.switch_user_action = QAction(TEXT("switch_user"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_user_action.triggered.connect(self.switch_user)
        file_menu.addAction(self.switch_user_action)
        self.change_password_action = QAction(TEXT("change_password"), self)
        self.change_password_action.triggered.connect(self.change_password)
        file_menu.addAction(self.change_password_action)
        self.sign_out_action = QAction(TEXT("sign_out"), self)
        self.sign_out_action.triggered.connect(self.sign_out)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
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
        self.setup_checklist_action = QAction(TEXT("setup_checklist"), self)
        self.setup_checklist_action.triggered.connect(self.show_setup_checklist)
        help_menu.addAction(self.setup_checklist_action)
        self.about_action = QAction(TEXT("about"), self)
        self.about_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    @staticmethod
    def _add_go_section(menu: QMenu, title: str) -> None:
        section = menu.addSection(title)
        section.setEnabled(False)

    def refresh_notifications(self, signed_in: bool = False) -> int:
        """The unread count on 今日事项; new unread notifications in the tray. At
        sign-in (``signed_in``) with something unread, the Today page is shown."""
        item = self._items.get("today")
        staff_id = self.context.staff_id
        title = translated(next(d.title for d in all_destinations() if d.key == "today"))
        if staff_id is None:
            if item is not None:
                item.setText(0, title)
            self._announced = (None, 0)
            return 0
        last_staff, last_id = self._announced
        since = last_id if last_staff == staff_id and not signed_in else 0
        try:
            count, new = counter.unread_notifications(self.context.workspace, staff_id, since)
        except DomainError:
            log.warning("could not read the notifications", exc_info=True)
            return 0
        if item is not None:
            item.setText(0, TEXT("nav_unread", title=title, count=count) if count else title)
        newest = max([line.notification_id for line in new], default=since)
        self._announced = (staff_id, max(newest, since))
        if new:
            first = str(new[0].title)
            self.last_notification = (
                first if len(new) == 1 else TEXT("tray_more", first=first, count=len(new))
            )
            self._tray_message(self.last_notification)
        if signed_in and count:
            self.show_destination("today")
        return count

    def _tray_message(self, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            icon = QApplication.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.activated.connect(lambda _reason: self.show_destination("today"))
            self._tray.show()
        self._tray.showMessage(TEXT("tray_title"), text, QSystemTrayIcon.MessageIcon.Information)

    def start_housekeeping(self) -> bool:
        """``housekeeping.run_housekeeping`` on the worker thread, unless a pass is still running.
        False when it was not started."""
        if self._housekeeping_running.is_set():
            return False
        self._housekeeping_running.set()
        self.housekeeping_pool.start(_HousekeepingJob(self.db, self._housekeeping_running))
        return True

    def _build_status_bar(self) -> None:
        self.staff_label = QLabel()
        self.staff_label.setObjectName("signedInLabel")
        self.staff_label.setToolTip(TEXT("staff_tip"))
        self.statusBar().addWidget(self.staff_label)
        self.context.staffChanged.connect(self._show_signed_in)
        self._show_signed_in()
        self.announcement_label = QLabel()
        self.announcement_label.setObjectName("announcement")
        self.announcement_label.setStyleSheet("color: #1f5f99; font-weight: bold;")
        self.announcement_label.hide()
        self.statusBar().addWidget(self.announcement_label)
        self._announcement_timer = QTimer(self)
        self._announcement_timer.setSingleShot(True)
        self._announcement_timer.timeout.connect(self.announcement_label.hide)
        self.database_label = QLabel(TEXT("status_database", url=self.db.display_url))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(QLabel(TEXT("status_version", version=__version__)))
        self.statusBar().setSizeGripEnabled(True)

    # -- behaviour ------------------------------------------------------------------

    def _show_signed_in(self, _staff_id: int = -1) -> None:
        staff_id = self.context.staff_id
        who: counter.SignedIn | None = None
        if staff_id is not None:
            try:
                who = counter.signed_in(self.context.workspace, staff_id)
            except DomainError:
                log.warning("could not read the signed-in staff member", exc_info=True)
        if who is None:
            self.staff_label.setText(TEXT("staff_nobody"))
        else:
            self.staff_label.setText(TEXT("staff_signed_in", name=who.name, role=enum_label(who.role)))
        self.change_password_action.setEnabled(staff_id is not None)
        self.sign_out_action.setEnabled(staff_id is not None)

    def sign_in_dialog(self) -> SignInDialog:
        """The dialog 切换用户 shows (a method, so tests can drive it)."""
        return SignInDialog(self.db, self)

    def switch_user(self) -> bool:
        """Ctrl+L: someone else takes the counter. Whether somebody signed in. Input the
        person leaving has not saved is settled first: it would otherwise be saved in the
        next person's name."""
        if not self.unsaved_input_settled():
            return False
        dialog = self.sign_in_dialog()
        if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.signed_in is None:
            return False
        self.context.set_staff(dialog.signed_in.staff_id)
        self.announce_unread_messages()
        return True

    #: How long the status bar keeps the new user's message announcement.
    ANNOUNCE_MS = 30_000

    def announce_unread_messages(self) -> str:
        """After a switch of user: the new person's unread 5W1H messages, in the status
        bar (issue 15). The text shown ("" when nobody is signed in)."""
        staff_id = self.context.staff_id
        if staff_id is None:
            return ""
        try:
            who, count = counter.unread_messages(self.context.workspace, staff_id)
        except DomainError:
            log.warning("could not count the unread messages", exc_info=True)
            return ""
        name = who.name if who is not None else ""
        text = (
            TEXT("unread_messages", name=name, count=count)
            if count
            else TEXT("no_unread_messages", name=name)
        )
        self.announcement_label.setText(text)
        self.announcement_label.show()
        self._announcement_timer.start(self.ANNOUNCE_MS)
        return text

    def sign_out(self) -> None:
        """Leave the counter: nobody is signed in until the next 切换用户 (unsaved input
        is settled first)."""
        if not self.unsaved_input_settled():
            return
        self.context.set_staff(None)

    def change_password(self) -> bool:
        staff_id = self.context.staff_id
        if staff_id is None:
            return False
        who = operations.run(self, lambda: counter.signed_in(self.context.workspace, staff_id))
        if who is None:
            return False
        dialog = ChangePasswordDialog(self.db, who, parent=self)
        return dialog.exec() == ChangePasswordDialog.DialogCode.Accepted

    # -- 上线检查清单 ----------------------------------------------------------------------

    def setup_item_available(self, target: str) -> bool:
        """Whether the checklist's 打开 can go to ``target`` (a page or an action)."""
        return target in self._items or target in self.setup_actions

    def open_setup_item(self, target: str) -> None:
        """The checklist's 打开: a navigation page, or an action the caller added."""
        if target in self._items:
            self.show_destination(target)
            self.raise_()
            self.activateWindow()
        elif target in self.setup_actions:
            self.setup_actions[target]()
        else:
            log.warning("the setup checklist asked for %s, which this window does not have", target)

    def show_setup_checklist(self) -> SetupChecklistDialog:
        """Help → 上线检查清单: the (non-modal) checklist, opened or brought forward."""
        from desk_app.ui.setup_checklist import SetupChecklistDialog

        if self.setup_checklist is None:
            self.setup_checklist = SetupChecklistDialog(
                self.context, self.open_setup_item, self.setup_item_available, parent=self
            )
        else:
            self.setup_checklist.refresh()
        self.setup_checklist.show()
        self.setup_checklist.raise_()
        self.setup_checklist.activateWindow()
        return self.setup_checklist

    def _offer_setup_checklist(self) -> None:
        """After an administrator signs in: the checklist, while it is not complete."""
        if not self.offer_setup_checklist or self.context.staff_id is None:
            return
        from desk_app.ui.setup_checklist import auto_show_dismissed

        if auto_show_dismissed(self.db.display_url):
            return
        try:
            wanted = counter.checklist_wanted(self.context.workspace, self.context.staff_id)
        except DomainError:
            log.warning("could not read the setup checklist", exc_info=True)
            return
        if wanted:
            self.show_setup_checklist()

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        for key, candidate in self._pages.items():
            if candidate is page:
                return key
        raise LookupError("the stack shows a page the window did not build")

    def page(self, key: str) -> QWidget:
        """The page of destination ``key``, built now if it was not yet."""
        page = self._pages.get(key)
        return page if page is not None else self._build_page(key)

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the screen that owns ``kind`` and ask it to open the record."""
        if kind not in self._pages and kind not in self._holders:
            log.warning("no screen for record kind %s", kind)
            return
        self.show_destination(kind)
        page = self.page(kind)
        if isinstance(page, OpensRecords):
            page.open_record(record_id)

    def unsaved_input_settled(self) -> bool:
        """Every page with unsaved input asks (save, discard, or stay); False when the
        user chose to stay, with that page shown."""
        for key, page in self._pages.items():
            if isinstance(page, GuardsUnsavedInput) and not page.confirm_close():
                self.show_destination(key)
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Every page with unsaved input may refuse the close (it asks the user)."""
        if not self.unsaved_input_settled():
            event.ignore()
            return
        self.housekeeping_timer.stop()
        if self._housekeeping_running.is_set():
            # Issue 18: quitting is quick, except for a backup still being written; say so.
            log.info("quitting: waiting for the housekeeping pass (the daily backup) to finish")
            started = time.perf_counter()
            self.housekeeping_pool.waitForDone()  # the database stays open until it is done
            log.info("quitting: housekeeping finished after %.1f s", time.perf_counter() - started)
        self.housekeeping_pool.waitForDone()
        try:
            self.save_window_state()
        except OSError:
            log.warning("could not remember the window's size", exc_info=True)
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
        if isinstance(key, str) and (key in self._pages or key in self._holders):
            self.stack.setCurrentWidget(self.page(key))

    def import_roster(self) -> QWidget:
        """文件 → 导入业主名册: the wizard (file → preview → import); lists and the
        checklist read again after an import."""
        from desk_app.ui.roster_import_wizard import open_roster_import

        wizard = open_roster_import(self, self.db, self.context.staff_id)
        wizard.imported.connect(self._after_import)
        return wizard

    def import_staff(self) -> QWidget:
        from desk_app.ui.roster_import_wizard import open_staff_import

        wizard = open_staff_import(self, self.db, self.context.staff_id)
        wizard.imported.connect(self._after_import)
        return wizard

    def export_roster(self) -> Path | None:
        from desk_app.ui.roster_import_wizard import export_roster_dialog

        return export_roster_dialog(self, self.db, self.context.staff_id)

    def _after_import(self) -> None:
        self.context.record_saved("clients", 0)
        self.context.record_saved("staff", 0)
        if self.setup_checklist is not None:
            self.setup_checklist.refresh()

    def new_worklog_entry(self) -> None:
        """F2 anywhere: the work log with a new entry, the cursor in the client box."""
        page = self.page("worklog")
        new_entry = getattr(page, "new_entry", None)
        if callable(new_entry):
            new_entry()

    def incoming_call(self, phone: str) -> QWidget | None:
        """来电弹屏 (``desk-app incoming-call``): forward, caller's card, new entry."""
        from desk_app.ui.incoming_call import show_incoming_call

        return show_incoming_call(self, self.context, phone)

    def show_about(self) -> None:
        QMessageBox.about(self, TEXT("about_title"), about_text(self.db.display_url, self.log_path))
