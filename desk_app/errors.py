"""Domain errors: what the services raise when a request breaks a rule or a field is
wrong. Every message is written in Chinese (``desk_app.messages.msg``, translated where
it is shown) and names the rule (``rule``) or the field (``field``) so a form can put
it next to the right box; nothing else escapes a service call for bad input."""

from __future__ import annotations

from desk_app.messages import msg


class DomainError(Exception):
    """A request the rules refuse. ``str(error)`` is the message for people, in the
    interface language, with the rule after it."""

    def __init__(self, message: str, *, rule: str | None = None, field: str | None = None) -> None:
        super().__init__(msg("{message}（{rule}）", message=message, rule=rule) if rule else message)
        self.message = message
        self.rule = rule
        self.field = field


class RuleViolationError(DomainError):
    """An illegal transition or action under a handling rule (R1–R19)."""


class FieldError(DomainError):
    """A field's value is missing or unusable; ``field`` names it."""

    def __init__(self, field: str, message: str, *, rule: str | None = None) -> None:
        super().__init__(message, rule=rule, field=field)


class NotFoundError(DomainError):
    """The record asked for does not exist (or was voided)."""


class PermissionDeniedError(DomainError):
    """The acting staff member's role may not do this."""


class ConflictError(DomainError):
    """Someone else saved the record after this form loaded it (ARCHITECTURE,
    Concurrency): the save is refused and nothing was written. ``current_version`` is
    the version now stored; ``changed_by`` the staff member who saved last (if known)."""

    def __init__(
        self,
        message: str,
        *,
        current_version: int | None = None,
        changed_by: str | None = None,
    ) -> None:
        super().__init__(message)
        self.current_version = current_version
        self.changed_by = changed_by
