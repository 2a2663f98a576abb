"""One table of user-facing text per screen, translated when used.

Each screen keeps its Chinese strings together as ``QT_TRANSLATE_NOOP(context, text)``
entries, so ``pyside6-lupdate`` (which looks for that name) finds them for a later
translation, and looks them up through a ``ScreenText``::

    TEXT = ScreenText("MainWindow", {
        "quit": QT_TRANSLATE_NOOP("MainWindow", "退出(&Q)"),
    })
    TEXT("quit")
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from desk_app.messages import MESSAGE_CONTEXT, Message
from desk_app.screens.enums import LabelledEnum

#: The translation context of the enum labels (``desk_app/models/enums.py``, ``_LABELS``).
ENUM_CONTEXT = "Enums"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context``; return it unchanged.

    PySide6 has the same function, typed ``-> object``; this one keeps ``str``.
    """
    return text


class ScreenText:
    """The user-facing text of one screen: ``text(key, **values)`` translates the entry
    and fills its ``{placeholders}``."""

    def __init__(self, context: str, sources: Mapping[str, str]) -> None:
        self.context = context
        self._sources = dict(sources)

    def __call__(self, key: str, /, **values: object) -> str:
        text = QCoreApplication.translate(self.context, self._sources[key])
        return text.format(**values) if values else text


def enum_label(member: LabelledEnum) -> str:
    """The label of ``member`` (a channel, a status…) in the user's language, for the
    screen. Printouts and stored text keep ``member.label``, the Chinese of the forms."""
    return QCoreApplication.translate(ENUM_CONTEXT, member.label)


_COMMON = ScreenText(
    "Common",
    {
        # Between the items of a list in running text: 、 in Chinese, ", " in English.
        "list_separator": QT_TRANSLATE_NOOP("Common", "、"),
    },
)


def list_separator() -> str:
    """What goes between the items of a list shown on screen (``、`` in Chinese)."""
    return _COMMON("list_separator")


def _shown_value(value: object) -> object:
    if isinstance(value, Message):
        return str(value)  # translated in turn
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    return value


def translate_message(message: Message) -> str:
    """A message of the services, printing, reports or the command line in the user's
    language (``desk_app.messages``): its template translated (context ``Services``),
    enum values by their translated labels."""
    template = QCoreApplication.translate(MESSAGE_CONTEXT, message.template)
    return template.format(**{name: _shown_value(value) for name, value in message.values.items()})
