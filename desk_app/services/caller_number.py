"""The calling number a caller-ID box hands over, reduced to its digits.

Kept apart from ``services.incoming_call`` (which reads the caller's records) so that
``desk-app incoming-call`` can check the number without importing SQLAlchemy or the
ORM (issue 18: the command runs while the telephone rings). No Qt, no database here.
"""

from __future__ import annotations

from desk_app.messages import msg
from desk_app.services.errors import FieldError

#: Fewer digits than this is not a telephone number (an internal extension at most).
MIN_DIGITS = 5
MAX_DIGITS = 20
#: Dialling prefixes a caller-ID box may put before a mainland number.
COUNTRY_PREFIXES = ("0086", "86")

E_BAD_NUMBER = "来电号码无效：“{text}”（应为 5–20 位数字，例如 13800138000）"


def normalise_phone(text: str) -> str:
    """The digits of a caller-ID number (``+86 138-0013-8000`` → ``13800138000``);
    FieldError(field="phone") when it is not a telephone number."""
    raw = text.strip()
    allowed = set("0123456789+-() ")
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not raw or any(ch not in allowed for ch in raw) or not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        raise FieldError("phone", msg(E_BAD_NUMBER, text=text))
    for prefix in COUNTRY_PREFIXES:
        # +86 13800138000 / 0086 13800138000 / 8613800138000: keep the national number
        if digits.startswith(prefix) and len(digits) - len(prefix) == 11 and digits[len(prefix)] == "1":
            return digits[len(prefix) :]
    return digits


__all__ = ["COUNTRY_PREFIXES", "E_BAD_NUMBER", "MAX_DIGITS", "MIN_DIGITS", "normalise_phone"]
