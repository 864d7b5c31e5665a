"""The procedure's stages: each has its own clock, and its history is kept for the indicators."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from handoff.closures import closure_days
from handoff.deadlines import STAGE_ONE_WORKING_DAYS, STAGE_TWO_WORKING_DAYS, add_working_days
from handoff.models import Case, CaseStage

WORKING_DAYS_FOR = {"stage_1": STAGE_ONE_WORKING_DAYS, "stage_2": STAGE_TWO_WORKING_DAYS}


def current_stage(case: Case) -> CaseStage | None:
    return next((row for row in case.stages if row.stage == case.stage), None)


def do_open_stage(session: Session, case: Case, stage: str, started_on: date) -> CaseStage:
    """Starts the clock of `stage` on `started_on` and makes it the case's current stage.

    Opening the stage a case is already at changes nothing: receipt is recorded once.
    """
    existing = next((row for row in case.stages if row.stage == stage), None)
    if existing is not None:
        return existing
    due_on = add_working_days(started_on, WORKING_DAYS_FOR[stage], closures=closure_days(session))
    row = CaseStage(
        case=case, stage=stage, started_on=started_on, standard_due_on=due_on, due_on=due_on
    )
    session.add(row)
    case.stage = stage
    case.due_on = due_on
    if stage == "stage_1":
        case.received_on = started_on
    session.flush()
    return row
