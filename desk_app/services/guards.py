"""One guard table per lifecycle: which steps a record may take now, and why not.

A lifecycle service (complaints, reminder cases, rectification notices, interviews,
disputes, dispatch slips, messages, reports) declares its steps once::

    GUARDS = GuardTable[Complaint](
        {
            "close": Step(checks=(_is_verified, _callback_or_exemption, _seven_days_after)),
            "designate_handler": Step(checks=(roles(DESIGNATING, msg("指定专人"), "R3"), _is_open)),
            "post_web_reply": Step(checks=(...), applies=_is_web),
        }
    )

Its mutators refuse through the table (``GUARDS.require(session, "close", complaint)``),
and the screens ask the same table what to offer (``GUARDS.verdicts(session, complaint)``),
so a button can never disagree with the rule: an action is enabled exactly when the
service would accept it (the property tests in ``tests/services/test_guard_tables.py``
drive every reachable state and role through both).

A check is a function of the session and the record that returns the refusal (a
``DomainError`` with the rule's own message) or ``None``. ``applies`` says whether the
step belongs to this record at all (a web reply on a phone complaint): a step that does
not apply is hidden on the screen and refused by the service with its first refusal.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from desk_app.messages import msg
from desk_app.models.enums import StaffRole
from desk_app.services import context
from desk_app.services.errors import DomainError, PermissionDeniedError, RuleViolationError

R = TypeVar("R")

#: a check: the refusal, or None when the step may go ahead
Check = Callable[[Session, R], DomainError | None]


@dataclass(frozen=True)
class Step(Generic[R]):
    """One step of a lifecycle: the checks that must all pass, in order (the first
    refusal is the one reported), and whether the step belongs to the record at all."""

    checks: tuple[Check[R], ...] = ()
    applies: Callable[[R], bool] | None = None
    #: the refusal when ``applies`` is false
    not_applicable: Callable[[R], DomainError] | None = None


@dataclass(frozen=True)
class Verdict:
    """What the table says of one step on one record, for one actor."""

    allowed: bool
    applies: bool = True
    refusal: DomainError | None = None

    @property
    def reason(self) -> str:
        return "" if self.refusal is None else str(self.refusal)


class GuardTable(Generic[R]):
    """The steps of one lifecycle; see the module docstring."""

    def __init__(self, steps: Mapping[str, Step[R]]) -> None:
        self.steps = dict(steps)

    def __contains__(self, step: str) -> bool:
        return step in self.steps

    def verdict(self, session: Session, step: str, record: R) -> Verdict:
        rule = self.steps[step]
        if rule.applies is not None and not rule.applies(record):
            refusal = (
                rule.not_applicable(record)
                if rule.not_applicable is not None
                else RuleViolationError(msg("这一步不适用于本记录"))
            )
            return Verdict(False, applies=False, refusal=refusal)
        for check in rule.checks:
            failed = check(session, record)
            if failed is not None:
                return Verdict(False, refusal=failed)
        return Verdict(True)

    def verdicts(self, session: Session, record: R, steps: Iterable[str] | None = None) -> dict[str, Verdict]:
        """Every step's verdict (or those named), for the screens."""
        names = self.steps if steps is None else steps
        return {name: self.verdict(session, name, record) for name in names}

    def allowed(self, session: Session, record: R) -> dict[str, bool]:
        """Whether each step may go ahead now (``available_steps`` of the services)."""
        return {name: verdict.allowed for name, verdict in self.verdicts(session, record).items()}

    def allowed_steps(self, session: Session, record: R) -> list[str]:
        return [name for name, verdict in self.verdicts(session, record).items() if verdict.allowed]

    def require(self, session: Session, step: str, record: R) -> None:
        """Raise the step's first refusal; nothing when the step may go ahead."""
        verdict = self.verdict(session, step, record)
        if verdict.refusal is not None:
            raise verdict.refusal


def roles(allowed: Iterable[StaffRole], action: str, rule: str | None = None) -> Check[object]:
    """A check that the acting staff member holds one of ``allowed`` (as stored now)."""
    wanted = frozenset(allowed)

    def check(session: Session, _record: object) -> DomainError | None:
        try:
            staff = context.actor(session)
        except DomainError as error:  # a deactivated account
            return error
        if staff is None or staff.role not in wanted:
            names = "、".join(role.label for role in sorted(wanted, key=lambda role: role.value))
            refusal = msg("只有{allowed}可以{action}", allowed=names, action=action)
            return PermissionDeniedError(refusal, rule=rule)
        return None

    return check


def signed_in(action: str) -> Check[object]:
    """A check that someone is signed in (any active member of staff)."""

    def check(session: Session, _record: object) -> DomainError | None:
        try:
            staff = context.actor(session)
        except DomainError as error:
            return error
        if staff is None:
            return PermissionDeniedError(msg("请先登录，再{action}", action=action))
        return None

    return check
