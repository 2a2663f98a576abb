"""The printed 整改通知书 is read with plain SQL (``services.notice_print``, issue 18) and
must say what the ORM services say: the same fields as ``rectification_notices.notice_history``, the
same signatories, the same refusal of a voided notice; and ``desk-app print notice``
must not load the ORM to print it. On SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from desk_app.models import Setting, Staff
from desk_app.models.enums import NoticeIssue
from desk_app.services import rectification_notices, reminder_cases
from desk_app.services.errors import NotFoundError
from desk_app.services.notice_print import NoticePrint, read_notice_print
from desk_app.services.settings import COMMUNITY_NAME
from tests.services.test_rectification_notices import TODAY, Office, make_office


@pytest.fixture
def office(db: object) -> Office:
    return make_office(db)  # type: ignore[arg-type]


def _read(office: Office, notice_id: int) -> NoticePrint:
    with office.db.read_connection() as connection:
        return read_notice_print(connection, notice_id)


def _expected(office: Office, notice_id: int) -> NoticePrint:
    """The same fields through the ORM services."""
    with office.db.read() as session:
        history = rectification_notices.notice_history(session, notice_id)
        notice = rectification_notices.load_notice(session, notice_id)
        issuer = session.get(Staff, notice.issued_by_id) if notice.issued_by_id is not None else None
        phone = issuer.phone if issuer is not None else None
        return NoticePrint(
            notice_id=history.notice_id,
            number=history.number,
            room=history.room,
            client_name=history.client_name,
            issue=history.issue,
            issue_description=history.issue_description,
            required_action=history.required_action,
            deadline=history.deadline,
            issued_at=history.issued_at,
            issued_by=history.issued_by,
            issued_by_phone=phone,
            centre=reminder_cases.centre_name(session),
            issuers=history.issuers,
        )


def test_the_notice_read_with_sql_is_the_notice_the_services_read(office: Office) -> None:
    with office.db.begin() as session:
        session.add(Setting(key=COMMUNITY_NAME, value="阳光花园"))
        session.add(Setting(key=reminder_cases.SIGNATORY_OWNERS_COMMITTEE, value="阳光花园业主委员会"))
        steward = session.get(Staff, office.steward)
        assert steward is not None
        steward.phone = "0755-2345 6789"
    plain = office.issue()
    joint = office.issue(
        joint_with_owners_committee=True,
        issue=NoticeIssue.COMMON_AREA_OCCUPATION,
        deadline=TODAY + timedelta(days=3),
    )
    nobody = office.issue(client_id=None)
    for notice_id in (plain, joint, nobody):
        read = _read(office, notice_id)
        assert read == _expected(office, notice_id)
        assert read.issued_at.tzinfo is not None  # aware, as every instant of the program
    assert _read(office, joint).issuers == ("阳光花园物业服务中心", "阳光花园业主委员会")
    assert _read(office, plain).issuers == ("阳光花园物业服务中心",)
    assert _read(office, nobody).client_name is None
    assert _read(office, plain).issued_by_phone == "0755-2345 6789"


def test_the_signatory_centre_setting_heads_the_printed_notice(office: Office) -> None:
    notice_id = office.issue(joint_with_owners_committee=True)
    assert _read(office, notice_id).issuers == ("物业服务中心", "业委会")  # nothing set
    with office.db.begin() as session:
        session.add(Setting(key=reminder_cases.SIGNATORY_CENTRE, value=" 美景物业铜雀台物业服务中心 "))
    assert _read(office, notice_id).centre == "美景物业铜雀台物业服务中心"
    assert _read(office, notice_id) == _expected(office, notice_id)


def test_a_voided_or_unknown_notice_is_not_printed(office: Office) -> None:
    notice_id = office.issue()
    office.act(office.supervisor, rectification_notices.void_notice, notice_id, "重复")
    for missing in (notice_id, notice_id + 1000):
        with pytest.raises(NotFoundError, match="找不到整改通知书"):
            _read(office, missing)


def test_print_notice_does_not_load_the_orm(office: Office, db_url: str, tmp_path: Path) -> None:
    """Issue 18: the command reads and draws the notice without declaring the models,
    and from an SQLite file without importing SQLAlchemy at all."""
    with office.db.read() as session:
        number = rectification_notices.load_notice(session, office.issue()).number
    out = tmp_path / "notice.pdf"
    heavy = ("sqlalchemy.orm", "desk_app.models.notices", "desk_app.models.base")
    if db_url.startswith("sqlite"):
        heavy += ("sqlalchemy",)
    probe = (
        "import sys\n"
        "from desk_app.cli import main\n"
        f"code = main(['--database', {db_url!r}, 'print', 'notice', {number!r}, '--out', {str(out)!r}])\n"
        f"print(code, sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 []"
    assert out.read_bytes().startswith(b"%PDF")
