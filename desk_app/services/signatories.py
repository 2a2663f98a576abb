"""Who signs the slips and notices, from the settings (R14, R15): the rules alone, on
plain values, so a Core read (``notice_print``) and the ORM services (``notices``)
apply the same ones. The settings dialog stores these keys as plain JSON."""

from __future__ import annotations

from desk_app.messages import msg
from desk_app.services.errors import RuleViolationError

#: R14: the three parties signing a high-altitude-throwing slip. Defaults below.
SIGNATORY_RESIDENTS_COMMITTEE = "signatory_residents_committee"
SIGNATORY_OWNERS_COMMITTEE = "signatory_owners_committee"
#: The centre's name on slips and notices; by default the community name followed by
#: 物业服务中心 ("阳光花园物业服务中心").
SIGNATORY_CENTRE = "signatory_centre"

DEFAULT_RESIDENTS_COMMITTEE = "居委会/社区工作站"
DEFAULT_OWNERS_COMMITTEE = "业委会"
CENTRE_SUFFIX = "物业服务中心"


def signatory_text(key: str, value: object) -> str | None:
    """A signatory setting's name (``None``: not set); a value that is not a non-empty
    name is refused with a message for the administrator (R14)."""
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RuleViolationError(
            msg(
                "设置项“{key}”应为非空的单位名称（收到 {value!r}），请系统管理员修改设置",
                key=key,
                value=value,
            ),
            rule="R14",
        )
    return value.strip()


def centre_name_from(signatory_centre: object, community_name: object) -> str:
    """The centre as it signs slips and notices: the ``signatory_centre`` setting, else
    the community name followed by 物业服务中心."""
    configured = signatory_text(SIGNATORY_CENTRE, signatory_centre)
    if configured:
        return configured
    community = community_name.strip() if isinstance(community_name, str) else ""
    if not community or community.endswith(CENTRE_SUFFIX):
        return community or CENTRE_SUFFIX
    return f"{community}{CENTRE_SUFFIX}"


def owners_committee_from(value: object) -> str:
    return signatory_text(SIGNATORY_OWNERS_COMMITTEE, value) or DEFAULT_OWNERS_COMMITTEE


__all__ = [
    "CENTRE_SUFFIX",
    "DEFAULT_OWNERS_COMMITTEE",
    "DEFAULT_RESIDENTS_COMMITTEE",
    "SIGNATORY_CENTRE",
    "SIGNATORY_OWNERS_COMMITTEE",
    "SIGNATORY_RESIDENTS_COMMITTEE",
    "centre_name_from",
    "owners_committee_from",
    "signatory_text",
]
