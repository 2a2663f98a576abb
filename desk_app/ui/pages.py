"""Which widget fills which destination of the navigation.

Each entry maps a navigation key (``desk_app.ui.navigation``) to ``"module:Class"``; the
class is built as ``Class(context)`` with the window's ``DeskContext``. Destinations not
listed here show the placeholder page. Import is lazy so one broken screen module is
reported for that screen (placeholder plus a logged error) instead of stopping the
window.

A page may offer ``open_record(record_id: int) -> None`` (the main window calls it for
``DeskContext.openRequested``) and ``confirm_close() -> bool`` (asked before the window
closes: unsaved input).
"""

from __future__ import annotations

import importlib
import logging
from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from desk_app.ui.desk_context import DeskContext

log = logging.getLogger(__name__)

PAGE_CLASSES: dict[str, str] = {
}


@runtime_checkable
class OpensRecords(Protocol):
    def open_record(self, record_id: int) -> None: ...


@runtime_checkable
class GuardsUnsavedInput(Protocol):
    def confirm_close(self) -> bool: ...


def build_page(key: str, context: DeskContext) -> QWidget | None:
    """The real page for ``key``, or None when it has none yet (or failed to build)."""
    target = PAGE_CLASSES.get(key)
    if target is None:
        return None
    module_name, _, class_name = target.partition(":")
    try:
        page_class = getattr(importlib.import_module(module_name), class_name)
        page = page_class(context)
    except Exception:
        log.exception("could not build the page %s (%s)", key, target)
        return None
    assert isinstance(page, QWidget)
    return page
