"""The look of the main window: one style sheet, scoped by object names so dialogs
and standard widgets keep the platform's look."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ACCENT = "#1f5f99"

MAIN_WINDOW_STYLE = f"""
QTreeWidget#navigation {{
    background: #f4f6f9;
    border: none;
    border-right: 1px solid #dde2e8;
    padding: 6px 0;
    outline: 0;
}}
QTreeWidget#navigation::item {{
    padding: 4px 8px;
    border: none;
    color: #1f2933;
}}
QTreeWidget#navigation::item:hover {{
    background: #e4ebf3;
}}
QTreeWidget#navigation::item:selected {{
    background: {ACCENT};
    color: #ffffff;
}}
QWidget#page {{
    background: #ffffff;
}}
QLabel#pageBreadcrumb {{
    color: #7b8794;
}}
QLabel#pageTitle {{
    color: #1f2933;
}}
QLabel#pageDescription {{
    color: #52606d;
}}
QFrame#pageRule {{
    background: #dde2e8;
    border: none;
    max-height: 1px;
}}
QFrame#constructionNotice {{
    background: #fff8e8;
    border: 1px solid #f0d08a;
    border-radius: 6px;
}}
QLabel#constructionTitle {{
    color: #8a5a00;
}}
QLabel#constructionText {{
    color: #6b5a33;
}}
QFrame#countTile {{
    background: #f4f6f9;
    border: 1px solid #dde2e8;
    border-radius: 6px;
}}
QLabel#countValue {{
    color: {ACCENT};
}}
QLabel#countCaption, QLabel#shortcutHint {{
    color: #616e7c;
}}
QStatusBar {{
    background: #f4f6f9;
    border-top: 1px solid #dde2e8;
    color: #52606d;
}}
QStatusBar QLabel {{
    color: #52606d;
    padding: 0 6px;
}}
"""


def page_title(text: str) -> QLabel:
    """The bold, larger heading at the top of a page (styled as ``#pageTitle``)."""
    title = QLabel(text)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    title.setFont(font)
    return title
