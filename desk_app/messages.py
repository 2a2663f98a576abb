"""Messages for people from the layers below the screens (services, printing, reports,
the command line): written in Chinese in the code, translated where they are shown.

A message is made with ``msg(template, **values)``::

    raise FieldError("staff_id", msg("找不到员工（编号 {staff_id}）", staff_id=staff_id))

and is a ``str`` whose content is the Chinese text, so the services, the tests and
anything stored compare and keep the Chinese. ``str(message)`` (which is what
``str(error)``, ``print`` and f-strings use) goes through the *localizer* the program
installed for its interface language (``desk_app.ui.language`` installs one that looks
the template up with Qt's translator, context ``Services``, and labels enum values in
that language); with none installed it is the Chinese text. Nothing here imports Qt.

Qt reads a ``str`` subclass's content directly, so a screen hands a message to a
widget as ``str(message)``. ``scripts/translations.py`` extracts every ``msg("…")``
template (a literal or a module-level constant) into the .ts files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from desk_app.models.enums import LabelledEnum

#: The translation context of every ``msg`` template.
MESSAGE_CONTEXT = "Services"

Localizer = Callable[["Message"], str]

_localizer: Localizer | None = None


def _source_value(value: object) -> object:
    if isinstance(value, Message):
        return value.source
    if isinstance(value, LabelledEnum):
        return value.label
    return value


class Message(str):
    """A message for people: its ``str`` content is the Chinese text; ``template`` and
    ``values`` let the screen translate it (see the module docstring)."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Message:
        shown = values
        for value in values.values():  # the dashboard makes hundreds: convert only when needed
            if isinstance(value, Message | LabelledEnum):
                shown = {name: _source_value(value) for name, value in values.items()}
                break
        message = super().__new__(cls, template.format_map(shown))
        message.template = template
        message.values = values
        return message

    @property
    def source(self) -> str:
        """The Chinese text, whatever the interface language."""
        return str.__str__(self)

    def __str__(self) -> str:
        return localize(self)

    def __format__(self, spec: str) -> str:
        return format(localize(self), spec)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, self.values))


def msg(template: str, /, **values: object) -> Message:
    """A message for people: ``template`` is the Chinese text with ``{name}`` where a
    value goes (``{day:%Y-%m-%d}`` with a format). Enum values show their label."""
    return Message(template, values)  # ``values`` is this call's own dict: kept as is


def localize(message: str) -> str:
    """``message`` in the interface language: translated through the installed
    localizer when it is a ``Message``; plain text as it is."""
    if not isinstance(message, Message):
        return str.__str__(message) if isinstance(message, str) else str(message)
    if _localizer is None:
        return message.source
    try:
        return _localizer(message)
    except (KeyError, IndexError, ValueError, TypeError):
        # A translation with a wrong placeholder must never hide the message itself.
        return message.source


def set_localizer(localizer: Localizer | None) -> None:
    """Install (or, with None, remove) what translates messages for the screens."""
    global _localizer
    _localizer = localizer
