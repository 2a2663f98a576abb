"""The domain errors, for the services and everything above them. They live in
``desk_app.errors`` so that the models (the lowest layer) can raise them too without
importing upward; this module is where the services and screens take them from."""

from desk_app.errors import (
    ConflictError,
    DomainError,
    FieldError,
    NotFoundError,
    PermissionDeniedError,
    RuleViolationError,
)

__all__ = [
    "ConflictError",
    "DomainError",
    "FieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RuleViolationError",
]
