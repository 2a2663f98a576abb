"""Checks every free-text field of every form goes through: required or optional,
trimmed, and refused with the field named when it cannot be stored (NUL bytes)."""

from __future__ import annotations

from desk_app.services.errors import FieldError


def required_text(
    field: str, value: str | None, what: str, rule: str | None = None, limit: int | None = None
) -> str:
    """``value`` trimmed; a FieldError naming ``field`` when it is empty, unusable, or
    longer than its column (``limit``; PostgreSQL refuses longer strings)."""
    if value is None or not value.strip():
        raise FieldError(field, f"请填写{what}", rule=rule)
    if "\x00" in value:
        raise FieldError(field, f"{what}含有无法保存的控制字符", rule=rule)
    text = value.strip()
    if limit is not None and len(text) > limit:
        raise FieldError(field, f"{what}过长（最多 {limit} 个字）", rule=rule)
    return text


def optional_text(
    value: str | None, field: str | None = None, what: str = "内容", limit: int | None = None
) -> str | None:
    """``value`` trimmed, NUL bytes dropped; None when nothing is left; a FieldError
    naming ``field`` when it is longer than ``limit``."""
    if value is None:
        return None
    stripped = value.replace("\x00", "").strip()
    if limit is not None and len(stripped) > limit:
        raise FieldError(field or "text", f"{what}过长（最多 {limit} 个字）")
    return stripped or None
