"""Building one fact from one Row: read each cell, match it against the pack, check the row.

Third stage of reading facts, after `header.py` made Rows. Each builder returns the fact, or
None when the row has an error (the problems stay on the Row). BUILDERS maps kind → builder.
The annual kinds (measures, evidence, manual_points) match against the rubric of the folder's
year (Context.rubric).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cchc_rules.facts import cells
from cchc_rules.facts.kinds import cause_of, status_of
from cchc_rules.facts.models import (
    Appraisal,
    Evidence,
    Explanation,
    Fact,
    IndicatorValue,
    ManualPoints,
    NotApplicable,
    SurveyAnswer,
    MeasureValue,
    Pakn,
    ReportSubmission,
    TaskStatus,
)
from cchc_rules.facts.resolve import DEFAULT_DUTY, PackIndex
from cchc_rules.facts.row import Row
from cchc_rules.facts.scoring import RubricIndex, survey_choice
from cchc_rules.facts.values import checked_value, measure_value, warn_if_fraction
from cchc_rules.rulepack.reporting import ReportingDuty
from cchc_rules.rulepack.tasks import Task


@dataclass(frozen=True)
class Context:
    """What a builder needs besides the row: the pack's look-ups and the folder's year."""

    pack: PackIndex
    year: int

    @property
    def rubric(self) -> RubricIndex | None:
        """The rubric of the folder's year (scoring/<year>.yaml), if the pack has one."""
        return self.pack.rubrics.get(self.year)

    def no_rubric_params(self) -> dict[str, Any]:
        """The parameters of fact_no_rubric."""
        years = ", ".join(str(y) for y in sorted(self.pack.rubrics)) or "—"
        return {"year": self.year, "rules": self.pack.rules_dir or ".", "years": years}


def build_task_status(row: Row, ctx: Context) -> TaskStatus | None:
    task = row.read("task", ctx.pack.task, required=True)
    status = row.read("status", status_of, required=True)
    completed_on = row.read("completed_on", cells.date)
    year = row.read("year", ctx.pack.plan_year)
    agency = row.read("agency", ctx.pack.agency) or (task.lead if task else None)
    _check_completion(row, status, completed_on)
    _check_on_task(row, ctx, task, agency)
    fields = {"product_ref": row.read("product_ref", cells.text), "note": row.read("note", cells.text),
              "product_date": row.read("product_date", cells.date)}
    if row.failed or task is None or status is None or agency is None:
        return None
    return TaskStatus(task=task.number, status=status, completed_on=completed_on,  # type: ignore[arg-type]
                      year=year or ctx.year, agency=agency, source=row.source, **fields)


def _check_completion(row: Row, status: str | None, completed_on: object) -> None:
    if status == "done" and completed_on is None and "completed_on" not in row.bad:
        row.report("completed_on", "fact_done_without_date", status=cells.shown(row.cells["status"]))
    elif status in ("not_started", "in_progress") and completed_on is not None:
        row.report("completed_on", "fact_date_but_not_done", date=cells.shown(completed_on),
                   status=cells.shown(row.cells["status"]))


def _check_on_task(row: Row, ctx: Context, task: Task | None, agency: str | None) -> None:
    """Warn when the reporting agency has no part in the task (a group co-agency admits anyone)."""
    if task is None or agency is None or not row.has("agency"):
        return
    if agency == task.lead or agency in task.co_agencies:
        return
    if any(code in ctx.pack.groups for code in task.co_agencies):
        return
    row.report("agency", "fact_agency_not_on_task", severity="warning", agency=agency,
               task=task.number, lead=task.lead)


def build_indicator_value(row: Row, ctx: Context) -> IndicatorValue | None:
    indicator = row.read("indicator", ctx.pack.indicator, required=True)
    numbers = {name: row.read(name, cells.number) for name in ("value", "numerator", "denominator")}
    agency = row.read("agency", ctx.pack.agency) or (indicator.reported_by if indicator else None)
    data_source = row.read("source", cells.text)
    note = row.read("note", cells.text)
    if indicator is None:
        return None
    value = checked_value(row, indicator, **numbers)
    if row.failed or value is None or agency is None:
        return None
    return IndicatorValue(indicator=indicator.id, value=value, numerator=numbers["numerator"],
                          denominator=numbers["denominator"], data_source=data_source,
                          agency=agency, note=note, source=row.source)


def build_report_submission(row: Row, ctx: Context) -> ReportSubmission | None:
    agency = row.read("agency", ctx.pack.agency, required=True)
    duty = row.read("duty", ctx.pack.duty) if row.has("duty") else _default_duty(row, ctx)
    period = row.read("period", ctx.pack.report_period, required=True)
    received_on = row.read("received_on", cells.date, required=True)
    document_ref = row.read("document_ref", cells.text)
    note = row.read("note", cells.text)
    _check_duty(row, ctx, duty, agency, period)
    if row.failed or None in (agency, duty, period, received_on):
        return None
    return ReportSubmission(agency=agency, duty=duty.id, period=period,  # type: ignore[union-attr]
                            received_on=received_on, document_ref=document_ref, note=note,
                            source=row.source)


def _default_duty(row: Row, ctx: Context) -> ReportingDuty | None:
    try:
        return ctx.pack.duty(DEFAULT_DUTY)
    except cells.CellError as exc:
        row.report("duty", exc.code, suggestion=exc.suggestion, **exc.params)
        return None


def _check_duty(row: Row, ctx: Context, duty: ReportingDuty | None, agency: str | None,
                period: str | None) -> None:
    if duty is None:
        return
    if period is not None and duty.periods and period[5:] not in duty.periods:
        allowed = [f"{period[:4]}-{p}" for p in duty.periods]
        quarter = ctx.pack.period_quarters.get(period[5:])
        same = [f"{period[:4]}-{p}" for p in duty.periods if ctx.pack.period_quarters.get(p) == quarter]
        suggestion = same[0] if same else None
        row.report("period", "fact_period_not_in_duty", suggestion=suggestion, found=period,
                   duty=duty.id, periods=", ".join(allowed), guess=cells.guess(suggestion))
    if agency is not None and agency not in duty.reporters:
        row.report("agency", "fact_agency_not_reporter", severity="warning", agency=agency,
                   duty=duty.id, reporters=", ".join(duty.reporters))


def build_explanation(row: Row, ctx: Context) -> Explanation | None:
    values = {
        "finding": row.read("finding", cells.text, required=True),
        "agency": row.read("agency", ctx.pack.agency, required=True),
        "cause": row.read("cause", cause_of, required=True),
        "text": row.read("text", cells.text, required=True),
        "submitted_on": row.read("submitted_on", cells.date, required=True),
    }
    if row.failed or None in values.values():
        return None
    return Explanation(source=row.source, **values)  # type: ignore[arg-type]


def build_pakn(row: Row, ctx: Context) -> Pakn | None:
    values = {
        "ref": row.read("ref", cells.text, required=True),
        "agency": row.read("agency", ctx.pack.agency, required=True),
        "received_on": row.read("received_on", cells.date, required=True),
        "due_on": row.read("due_on", cells.date),
        "handled_on": row.read("handled_on", cells.date),
        "content": row.read("content", cells.text),
        "note": row.read("note", cells.text),
    }
    _check_pakn_dates(row, values)
    if row.failed or None in (values["ref"], values["agency"], values["received_on"]):
        return None
    return Pakn(source=row.source, **values)  # type: ignore[arg-type]


def _check_pakn_dates(row: Row, values: Mapping[str, object]) -> None:
    received = values["received_on"]
    if received is None:
        return
    for name, code, param in (("due_on", "fact_due_before_received", "due"),
                              ("handled_on", "fact_handled_before_received", "handled")):
        date = values[name]
        if date is not None and date < received:  # type: ignore[operator]
            shown = {"received": cells.shown(received), param: cells.shown(date)}
            row.report(name, code, **shown)  # type: ignore[arg-type]  # params, not severity


# ---- the annual self-assessment: measures, evidence and manual points of the year's rubric

def _rubric_of(row: Row, ctx: Context, key: str) -> RubricIndex | None:
    """The year's rubric; without one the row is rejected (load.py reports it once per file)."""
    rubric = ctx.rubric
    if rubric is None:
        row.report(key, "fact_no_rubric", **ctx.no_rubric_params())
    return rubric


def build_measure_value(row: Row, ctx: Context) -> MeasureValue | None:
    rubric = _rubric_of(row, ctx, "measure")
    if rubric is None:
        return None
    measure = row.read("measure", rubric.measure, required=True)
    data_source = row.read("source", cells.text)
    note = row.read("note", cells.text)
    if measure is None:  # the value cannot be read without the measure's unit
        if not row.has("value"):
            row.report("value", "fact_missing_value", example=row.kind.column("value").example)
        return None
    value = row.read("value", lambda raw: measure_value(raw, measure), required=True)
    if value is not None and measure.unit == "%":
        warn_if_fraction(row, "value", value)
    if row.failed or value is None:
        return None
    return MeasureValue(measure=measure.id, value=value, data_source=data_source, note=note,
                        source=row.source)


def build_evidence(row: Row, ctx: Context) -> Evidence | None:
    rubric = _rubric_of(row, ctx, "criterion")
    if rubric is None:
        return None
    node = row.read("criterion", rubric.criterion, required=True)
    document = row.read("document", cells.text, required=True)
    fields = {"number": row.read("number", cells.text), "date": row.read("date", cells.date),
              "link": row.read("link", cells.text), "note": row.read("note", cells.text)}
    if row.failed or node is None or document is None:
        return None
    return Evidence(criterion=node.id, document=document, source=row.source, **fields)  # type: ignore[arg-type]


def build_manual_points(row: Row, ctx: Context) -> ManualPoints | None:
    rubric = _rubric_of(row, ctx, "criterion")
    if rubric is None:
        return None
    leaf = row.read("criterion", rubric.manual_leaf, required=True)
    points = row.read("points", cells.number, required=True)
    assessor = row.read("assessor", cells.text)
    note = row.read("note", cells.text)
    if leaf is not None and points is not None and not 0 <= points <= leaf.max:
        row.report("points", "fact_points_range", points=cells.show_number(points),
                   criterion=leaf.id, max=cells.show_number(leaf.max))
    if row.failed or leaf is None or points is None:
        return None
    return ManualPoints(criterion=leaf.id, points=points, assessor=assessor, note=note,
                        source=row.source)


def build_not_applicable(row: Row, ctx: Context) -> NotApplicable | None:
    rubric = _rubric_of(row, ctx, "criterion")
    if rubric is None:
        return None
    leaf = row.read("criterion", rubric.na_leaf, required=True)
    reason = row.read("reason", cells.text, required=True)
    document = row.read("document", cells.text, required=True)
    fields = {"number": row.read("number", cells.text), "date": row.read("date", cells.date),
              "note": row.read("note", cells.text)}
    if row.failed or leaf is None or reason is None or document is None:
        return None
    return NotApplicable(criterion=leaf.id, reason=reason, document=document, source=row.source,
                         **fields)  # type: ignore[arg-type]


def build_survey_answer(row: Row, ctx: Context) -> SurveyAnswer | None:
    rubric = _rubric_of(row, ctx, "question")
    if rubric is None:
        return None
    respondent = row.read("respondent", cells.text, required=True)
    hit = row.read("question", rubric.question, required=True)
    note = row.read("note", cells.text)
    if hit is None:  # the group and option belong to the question's survey
        return None
    survey, question = hit
    group = row.read("group", lambda raw: survey_choice(survey, "group", raw), required=True)
    option = row.read("option", lambda raw: survey_choice(survey, "option", raw), required=True)
    if row.failed or respondent is None or group is None or option is None:
        return None
    return SurveyAnswer(survey=survey.id, respondent=respondent, group=group, question=question.id,
                        option=option, note=note, source=row.source)
def build_appraisal(row: Row, ctx: Context) -> Appraisal | None:
    """The appraiser's points for a leaf criterion: a known leaf id, 0 ≤ points ≤ its max, round ≥ 1."""
    rubric = _rubric_of(row, ctx, "criterion")
    if rubric is None:
        return None
    node = row.read("criterion", rubric.leaf, required=True)
    points = row.read("points", cells.number, required=True)
    comment = row.read("comment", cells.text)
    given_round = row.read("round", cells.whole_number)
    given_round = 1 if given_round is None else given_round  # no round written: the first
    if node is not None and points is not None and not 0 <= points <= node.max:
        row.report("points", "fact_appraisal_points_range", points=cells.show_number(points),
                   criterion=node.id, max=cells.show_number(node.max))
    if given_round is not None and given_round < 1:
        row.report("round", "fact_appraisal_round", found=str(given_round))
    if row.failed or node is None or points is None:
        return None
    return Appraisal(criterion=node.id, points=points, comment=comment, round=given_round, source=row.source)


BUILDERS: dict[str, Callable[[Row, Context], Fact | None]] = {
    "task_status": build_task_status,
    "indicator_values": build_indicator_value,
    "report_submissions": build_report_submission,
    "explanations": build_explanation,
    "pakn": build_pakn,
    "measures": build_measure_value,
    "evidence": build_evidence,
    "manual_points": build_manual_points,
    "not_applicable": build_not_applicable,
    "survey_answers": build_survey_answer,
    "appraisal": build_appraisal,
}
