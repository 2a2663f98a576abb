"""What the printouts share besides the layout: ``PrintError``.

Issue 17: a printout reads nothing; its caller gives it the data (a screen's sheet, the
centre's name, the zone, the files of its figures: ``screens.printouts.letterhead``,
``screens.attachments.printed_attachments``), read in the caller's unit of work.
"""

from __future__ import annotations

from desk_app.printing.errors import PrintError as PrintError  # re-exported

__all__ = ["PrintError"]
