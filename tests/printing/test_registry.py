"""The printing registry names each numbered record by table and prefix without
importing the models (issue 18); they must stay what the models say."""

from __future__ import annotations

import pytest

from desk_app.models import (
    Complaint,
    DispatchSlip,
    Dispute,
    FeeService,
    Interview,
    RectificationNotice,
    ReminderCase,
)
from desk_app.models.base import NumberedRecordMixin
from desk_app.printing import registry


@pytest.mark.parametrize(
    ("record", "model"),
    [
        (registry.NOTICE, RectificationNotice),
        (registry.REMINDER_CASE, ReminderCase),
        (registry.DISPATCH_SLIP, DispatchSlip),
        (registry.COMPLAINT, Complaint),
        (registry.INTERVIEW, Interview),
        (registry.DISPUTE, Dispute),
        (registry.FEE_SERVICE, FeeService),
    ],
)
def test_each_record_is_named_as_its_model(record: tuple[str, str], model: type[NumberedRecordMixin]) -> None:
    assert record == (model.__tablename__, model.NUMBER_PREFIX)
