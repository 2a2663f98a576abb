"""Moved (issue 17): reminder slips are ``services.reminder_cases`` (R14) and
rectification notices ``services.rectification_notices`` (R15), each with its own guard
table. This module only re-exports the two readers that ``printing/common.py`` and
``reports/data.py`` still import from here; it goes once they import from the new
modules."""

from __future__ import annotations

from desk_app.services.rectification_notices import community_today
from desk_app.services.reminder_cases import centre_name

__all__ = ["centre_name", "community_today"]
