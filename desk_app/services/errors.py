"""Domain errors: what the services raise when a request breaks a rule or a field is
wrong. Every message is Chinese and names the rule (``rule``) or the field (``field``)
so a form can put it next to the right box; nothing else escapes a service call for
bad input."""

from __future__ import annotations


class DomainError(Exception):
    """A request the rules refuse. ``str(error)`` is the Chinese message for people."""

    def __init__(self, message: str, *, rule: str | None = None, field: str | None = None) -> None:
        prefix = f"（{rule}）" if rule else ""
        super().__init__(f"{message}{prefix}")
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
