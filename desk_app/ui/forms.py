"""What every record form shares: field errors shown next to their field, Ctrl+S to
save, a question before unsaved input is thrown away, and a draft on disk so a crash or
a power cut loses nothing.

A form subclasses ``FormPage``, lays out and binds its fields, and reads and saves
through its screen (``desk_app.screens``: the only place that opens a unit of work)::

    class VisitorForm(FormPage):
        def __init__(self, context):
            super().__init__(context, kind="visitors", draft_name="visitor")
            self.record_screen = VisitorScreen(context.workspace)   # read_values / save
            self.name_box = QLineEdit()
            layout.addRow("来访人", self.field("visitor_name", self.name_box))
            self.watch(self.name_box)

        def collect(self) -> dict[str, Any]:      # the form's values, JSON-able
        def restore(self, values) -> None:         # put collected values back
        def clear_form(self) -> None:              # empty form for a new record

``load(record_id)`` reads the record through the screen (``read_values``: the dict
``collect()`` gives, with ``_version``), ``restore()``s it without making the form
dirty, sets ``record_id`` and offers a draft left for that record; ``save()`` hands the
collected values and the version the form loaded to ``record_screen.save``. ``RecordPage``
(``desk_app.ui.record_page``) calls ``load`` when a list row is opened.

``field(name, widget)`` wraps a widget with a hidden error line under it; a
``FieldError(field=name)`` from a service shows its message there and puts the cursor
in the widget. Other ``DomainError``s go to the banner at the top of the form. Nothing
typed is cleared by a failed save. The draft is written a moment after each change (the
file is replaced atomically) and removed when the record is saved or the input is
discarded on purpose; ``offer_draft()`` asks whether to take a draft back.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.screens.base import FormScreen
from desk_app.screens.storage import StorageError
from desk_app.services.errors import ConflictError, DomainError
from desk_app.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictRow
from desk_app.ui.desk_context import DeskContext
from desk_app.ui.texts import QT_TRANSLATE_NOOP, ScreenText
from desk_app.user_dirs import user_data_dir

log = logging.getLogger(__name__)

TEXT = ScreenText(
    "FormPage",
    {
        "unsaved_title": QT_TRANSLATE_NOOP("FormPage", "尚未保存"),
        "unsaved_question": QT_TRANSLATE_NOOP("FormPage", "“{title}”有尚未保存的内容。保存后再离开吗？"),
        "draft_title": QT_TRANSLATE_NOOP("FormPage", "恢复未保存的内容"),
        "draft_question": QT_TRANSLATE_NOOP(
            "FormPage",
            "发现 {when} 未保存的“{title}”内容（程序上次未正常关闭或未保存就离开）。\n"
            "要恢复这些内容吗？选“否”将丢弃它。",
        ),
        "stale": QT_TRANSLATE_NOOP(
            "FormPage",
            "这条记录刚被其他人修改过，本次保存未生效。您填写的内容仍保留在表单上；"
            "请记下后重新打开记录再改。",
        ),
        "input_kept": QT_TRANSLATE_NOOP("FormPage", "{reason}。您填写的内容仍保留在表单上。"),
        "no_staff": QT_TRANSLATE_NOOP("FormPage", "请先在窗口底部选择值班人员，再保存。"),
        "saved": QT_TRANSLATE_NOOP("FormPage", "已保存。"),
        "yes": QT_TRANSLATE_NOOP("FormPage", "是"),
        "no": QT_TRANSLATE_NOOP("FormPage", "否"),
    },
)

ERROR_STYLE = "color: #b3261e;"
BANNER_STYLE = "color: #b3261e; background: #fdecea; border: 1px solid #f5c2bd; padding: 6px;"
NOTICE_STYLE = "color: #1b5e20; background: #e8f5e9; border: 1px solid #b7dfb9; padding: 6px;"


class DraftStore:
    """Unsaved form input as small JSON files in the user data folder (``drafts/``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else user_data_dir() / "drafts"

    def _path(self, key: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in key)
        return self.folder / f"{safe}.json"

    def save(self, key: str, values: dict[str, Any]) -> None:
        """Write atomically: a crash mid-write leaves the previous draft, never half a file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = {"saved_at": datetime.now(UTC).isoformat(), "values": values}
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                json.dump(payload, file, ensure_ascii=False, default=str)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temporary, self._path(key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def load(self, key: str) -> tuple[datetime, dict[str, Any]] | None:
        """The draft and when it was written, or None. A damaged file is moved aside."""
        path = self._path(key)
        if not path.exists():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            saved_at = datetime.fromisoformat(payload["saved_at"])
            values = payload["values"]
            if not isinstance(values, dict):
                raise TypeError("values is not an object")
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("draft %s is damaged; moved aside", path, exc_info=True)
            path.replace(path.with_suffix(".damaged"))
            return None
        return saved_at, values

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


class FormPage(QWidget):
    """Base class of record forms; see the module docstring."""

    #: the id of the record just saved
    saved = Signal(int)
    #: the form's input changed (dirty) or was saved/discarded (clean)
    dirtyChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    DRAFT_DELAY_MS = 800
    #: keys of the read values that are shown, not edited (never a conflict)
    conflict_ignored: frozenset[str] = frozenset()

    def __init__(
        self,
        context: DeskContext,
        kind: str,
        draft_name: str,
        title: str,
        parent: QWidget | None = None,
        drafts: DraftStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.draft_name = draft_name
        self.title = title
        self.drafts = drafts or DraftStore()
        self.record_id: int | None = None
        #: the form's screen (``desk_app.screens``): reads and saves its record
        self.record_screen: FormScreen | None = None
        #: the ``_version`` of the record as ``load`` read it (optimistic locking: the
        #: form passes it to the service's update as ``expected_version``)
        self.loaded_version: int | None = None
        self._loaded_values: dict[str, Any] | None = None
        self._merging = False
        self._dirty = False
        self._loading = 0
        self._field_widgets: dict[str, QWidget] = {}
        self._field_errors: dict[str, QLabel] = {}

        self.banner = QLabel()
        self.banner.setObjectName("formBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(self.DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.write_draft)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)

    # -- for subclasses ------------------------------------------------------------

    def collect(self) -> dict[str, Any]:
        raise NotImplementedError

    def restore(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def read_stored(self, record_id: int) -> dict[str, Any]:
        """The stored values of ``record_id``, read through the screen."""
        if self.record_screen is None:
            raise NotImplementedError(f"{type(self).__name__} has no record screen")
        return self.record_screen.read_values(record_id)

    def store(self, values: dict[str, Any]) -> int:
        """Save ``values`` as the form's record through the screen; its id."""
        if self.record_screen is None:
            raise NotImplementedError(f"{type(self).__name__} has no record screen")
        return self.record_screen.save(self.record_id, values, self.loaded_version)

    def requires_staff(self) -> bool:
        """Whether saving needs a signed-in staff member (most records name who did it)."""
        return True

    def field(self, name: str, widget: QWidget) -> QWidget:
        """``widget`` with its (hidden) error line; put the returned widget in the layout."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self._field_widgets[name] = widget
        self._field_errors[name] = error
        return box

    def watch(self, *widgets: QObject) -> None:
        """Any change in these widgets makes the form dirty (and schedules a draft)."""
        for widget in widgets:
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(self.mark_dirty)
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(self.mark_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark_dirty)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.mark_dirty)
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractSpinBox):
                widget.editingFinished.connect(self.mark_dirty)
                value_changed = getattr(widget, "valueChanged", None)
                if value_changed is not None:
                    value_changed.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.mark_dirty)
            else:
                raise TypeError(f"cannot watch {type(widget).__name__}")

    # -- state ---------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        suffix = "new" if self.record_id is None else str(self.record_id)
        return f"{self.draft_name}-{suffix}"

    def is_dirty(self) -> bool:
        return self._dirty

    def mark_dirty(self, *_args: object) -> None:
        if self._loading:
            return
        if not self._dirty:
            self._dirty = True
            self.dirtyChanged.emit(True)
        self._draft_timer.start()

    def _mark_clean(self) -> None:
        self._draft_timer.stop()
        if self._dirty:
            self._dirty = False
            self.dirtyChanged.emit(False)

    def loading(self) -> _Loading:
        """``with self.loading():`` fills widgets without making the form dirty."""
        return _Loading(self)

    def write_draft(self) -> None:
        if not self._dirty:
            return
        try:
            self.drafts.save(self.draft_key, self.collect())
        except OSError:
            log.warning("could not write the draft %s", self.draft_key, exc_info=True)

    def offer_draft(self) -> bool:
        """Ask to take back a draft left for this record; True when it was restored."""
        found = self.drafts.load(self.draft_key)
        if found is None:
            return False
        saved_at, values = found
        when = saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self,
            TEXT("draft_title"),
            TEXT("draft_question", when=when, title=self.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.drafts.discard(self.draft_key)
            return False
        with self.loading():
            self.restore(values)
        self._dirty = True
        self.dirtyChanged.emit(True)
        return True

    def load(self, record_id: int) -> bool:
        """Show the stored record ``record_id`` (does not ask about unsaved input: call
        ``confirm_close()`` first). False, with the reason in the banner, when it cannot
        be read; the form is then left as it was."""
        try:
            values = self.read_stored(record_id)
        except DomainError as error:  # a refusal, or the database unreachable (StorageError)
            self.show_banner(str(error))
            return False
        self.record_id = record_id
        self.remember_loaded(values)
        with self.loading():
            self.restore(values)
        self._mark_clean()
        self.clear_errors()
        self.offer_draft()
        return True

    def remember_loaded(self, values: dict[str, Any] | None) -> None:
        """``values`` (as the screen's ``read_values`` gave them) are what the form now shows as stored:
        the base of the conflict check, with their ``_version``."""
        self._loaded_values = values
        version = None if values is None else values.get("_version")
        self.loaded_version = int(version) if version is not None else None

    def reset(self) -> None:
        """An empty form for a new record at once: no question, the draft of the record
        shown is discarded (after it was voided, for instance)."""
        self.drafts.discard(self.draft_key)
        self.record_id = None
        self.remember_loaded(None)
        with self.loading():
            self.clear_form()
        self._mark_clean()
        self.clear_errors()

    def start_new(self) -> None:
        """An empty form for a new record (after asking about unsaved input)."""
        if not self.confirm_close():
            return
        self.record_id = None
        self.remember_loaded(None)
        with self.loading():
            self.clear_form()
        self._mark_clean()
        self.clear_errors()
        self.offer_draft()

    # -- errors --------------------------------------------------------------------

    def clear_errors(self) -> None:
        self.banner.hide()
        for label in self._field_errors.values():
            label.hide()

    def show_banner(self, message: str, error: bool = True) -> None:
        self.banner.setText(message)
        self.banner.setStyleSheet(BANNER_STYLE if error else NOTICE_STYLE)
        self.banner.show()

    def show_error(self, error: DomainError) -> None:
        label = self._field_errors.get(error.field or "")
        if label is None:
            self.show_banner(str(error))
            return
        label.setText(str(error))
        label.show()
        widget = self._field_widgets[error.field or ""]
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_error_text(self, name: str) -> str | None:
        label = self._field_errors.get(name)
        return label.text() if label is not None and not label.isHidden() else None

    # -- saving --------------------------------------------------------------------

    def save(self) -> bool:
        """Save through the services. On any refusal the input stays as typed; when
        someone else saved the record first, ``resolve_conflict`` asks what to do."""
        self.clear_errors()
        if self.requires_staff() and self.context.staff_id is None:
            self.show_banner(TEXT("no_staff"))
            return False
        values = self.collect()
        try:
            record_id = self.store(values)
        except ConflictError as error:
            log.info("conflicting save of %s %s", self.kind, self.record_id)
            self.write_draft()
            return self.resolve_conflict(values, error.changed_by)
        except StorageError as error:  # the database unreachable: nothing written
            self.show_banner(TEXT("input_kept", reason=str(error).rstrip("。")))
            self.write_draft()
            return False
        except DomainError as error:
            self.show_error(error)
            self.write_draft()
            return False
        old_key = self.draft_key
        self.record_id = record_id
        self._reread_version(record_id)
        self.drafts.discard(old_key)
        self.drafts.discard(self.draft_key)
        self._mark_clean()
        self.show_banner(TEXT("saved"), error=False)
        self.context.record_saved(self.kind, record_id)
        self.saved.emit(record_id)
        return True

    def _reread_version(self, record_id: int) -> None:
        """After a save: the values and version now stored become the form's base."""
        try:
            values = self.read_stored(record_id)
        except NotImplementedError:
            self.remember_loaded(None)
        except DomainError:
            log.warning("re-reading %s %s after saving failed", self.kind, record_id, exc_info=True)
            self.remember_loaded(None)
        else:
            self.remember_loaded(values)

    # -- conflicts (several counters on one database) --------------------------------

    def resolve_conflict(self, mine: dict[str, Any], changed_by: str | None) -> bool:
        """Someone saved this record after the form loaded it. Read what is stored now;
        if the other person changed nothing this form shows, save again at once;
        otherwise ask (``ConflictDialog``): keep mine and save again, take theirs
        (reload), or cancel (the input stays, with a banner)."""
        record_id = self.record_id
        theirs: dict[str, Any] | None = None
        if record_id is not None:
            try:
                theirs = self.read_stored(record_id)
            except (NotImplementedError, DomainError):
                log.warning("reading %s %s after a conflict failed", self.kind, record_id, exc_info=True)
        if record_id is None or theirs is None:
            self.show_banner(TEXT("stale"))
            return False
        rows = self.conflict_rows(self._loaded_values, theirs, mine)
        if not rows and not self._merging:
            # The other save touched nothing on this form (a status change, the R7
            # closure pass): nothing of theirs is lost by saving this input on top.
            self.remember_loaded(theirs)
            return self._save_again()
        choice = self.ask_conflict(rows, changed_by)
        if choice is ConflictChoice.KEEP_MINE:
            self.remember_loaded(theirs)
            return self._save_again()
        if choice is ConflictChoice.TAKE_THEIRS:
            self.drafts.discard(self.draft_key)
            self._mark_clean()
            self.load(record_id)
            return False
        self.show_banner(TEXT("stale"))
        return False

    def _save_again(self) -> bool:
        self._merging = True
        try:
            return self.save()
        finally:
            self._merging = False

    def ask_conflict(self, rows: list[ConflictRow], changed_by: str | None) -> ConflictChoice:
        """Show the conflict dialog; the user's choice."""
        dialog = ConflictDialog(rows, changed_by, self)
        try:
            return dialog.ask()
        finally:
            dialog.deleteLater()

    def conflict_rows(
        self, base: dict[str, Any] | None, theirs: dict[str, Any], mine: dict[str, Any]
    ) -> list[ConflictRow]:
        """The fields the other person changed (stored now vs. as loaded; without a
        loaded copy, every field where theirs differs from this input)."""
        rows = []
        for key, value in theirs.items():
            if key.startswith("_") or key in self.conflict_ignored or isinstance(value, dict):
                continue  # bookkeeping and read-only display (a client card's history)
            before = base.get(key) if base is not None else mine.get(key)
            if _same(value, before):
                continue
            label = self.conflict_label(key)
            their_text = self.conflict_text(key, value)
            rows.append(ConflictRow(label, their_text, self.conflict_text(key, mine.get(key))))
        return rows

    def _field_widget(self, key: str) -> QWidget | None:
        return self._field_widgets.get(key) or self._field_widgets.get(f"{key}_id")

    def conflict_label(self, key: str) -> str:
        """The name of field ``key`` as the form shows it (its row label), else ``key``."""
        widget = self._field_widget(key)
        box = widget.parentWidget() if widget is not None else None
        holder = box.parentWidget() if box is not None else None
        if holder is not None and box is not None:
            for layout in holder.findChildren(QFormLayout):
                label = layout.labelForField(box)
                if isinstance(label, QLabel) and label.text().strip():
                    return _plain_label(label.text())
        if isinstance(widget, QAbstractButton) and widget.text():
            return _plain_label(widget.text())
        return key

    def conflict_text(self, key: str, value: Any) -> str:
        """``value`` as a person reads it: a list's choice by its text, 是/否, dates
        without the ``T``."""
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return TEXT("yes") if value else TEXT("no")
        widget = self._field_widget(key)
        if isinstance(widget, QComboBox):
            index = widget.findData(value)
            if index >= 0:
                return widget.itemText(index)
        if isinstance(value, list | tuple):
            return "、".join(self.conflict_text(key, item) for item in value)
        text = str(value)
        if len(text) >= 16 and text[4:5] == "-" and text[10:11] == "T":
            return text[:16].replace("T", " ")
        return text

    def confirm_close(self) -> bool:
        """True when the form may be left: nothing unsaved, saved now, or discarded."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            TEXT("unsaved_title"),
            TEXT("unsaved_question", title=self.title),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.discard(self.draft_key)
            self._mark_clean()
            return True
        return False


def _plain_label(text: str) -> str:
    """A row label without its mnemonic ("投诉内容(&D)" → "投诉内容") and trailing colon."""
    return re.sub(r"[(（]&.[)）]|&", "", text).strip().rstrip("：:*").strip()


def _same(left: Any, right: Any) -> bool:
    """Equal for the conflict check: None and "" are both empty."""
    return (left if left not in (None, "") else None) == (right if right not in (None, "") else None)


class _Loading:
    def __init__(self, form: FormPage) -> None:
        self.form = form

    def __enter__(self) -> None:
        self.form._loading += 1

    def __exit__(self, *_exc: object) -> None:
        self.form._loading -= 1
