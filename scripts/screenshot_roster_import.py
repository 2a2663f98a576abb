"""docs/screenshots/roster-import.png: the roster import wizard's preview page with
docs/sample-roster.csv loaded (and two faulty rows added, so the colours show), at
1366×768, offscreen.

    .venv/bin/python scripts/screenshot_roster_import.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk_app.bootstrap import open_database
from desk_app.ui.app import ensure_application
from desk_app.ui.roster_import_wizard import ImportWizard

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "docs" / "sample-roster.csv"
OUT = ROOT / "docs" / "screenshots" / "roster-import.png"


def main() -> int:
    app = ensure_application()
    with tempfile.TemporaryDirectory() as folder:
        # The sample imports cleanly; two typing slips show the warnings and a rejection.
        slips = "3-1-101,钱多多,1380571001x,2021-13-45,,,,,\r\n三栋,孙小美,13805710020,,,,,,\r\n"
        text = SAMPLE.read_bytes().decode("gbk").replace("\r\n合计", "\r\n" + slips + "合计")
        roster = Path(folder) / SAMPLE.name
        roster.write_bytes(text.encode("gbk"))
        db, _ = open_database(f"sqlite:///{folder}/shot.sqlite3")
        wizard = ImportWizard("roster", db, None)
        wizard.resize(1366, 768)
        wizard.file_page.path_edit.setText(str(roster))
        wizard.show()
        wizard.next()
        while wizard.preview_page.plan is None:
            app.processEvents()
        app.processEvents()
        wizard.grab().save(str(OUT))
        wizard.close()
        db.dispose()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
