"""A survey criterion's value from the year's answers (survey_answers): each answer gives its option's
weight × the question's points; per respondent group, the mean over the group's answers to each question,
summed over the questions; then the groups combined as the survey says (mean, or by group weight).

Stage of `score_inputs.py` (it computes the value the scoring engine then receives, like a measure);
pure Decimal arithmetic on the rubric's declaration, no number written here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from cchc_rules.facts.models import FactSource, SurveyAnswer
from cchc_rules.rulepack.rubric import Survey


def _d(value: float) -> Decimal:
    return Decimal(str(value))


def group_points(survey: Survey, answers: list[SurveyAnswer]) -> dict[str, tuple[int, Decimal]]:
    """Each group that answered: (its respondents, its points = Σ over questions of the mean answer points).

    An option without a weight ("không có ý kiến") is left out of the mean; a question with no counted
    answer in the group gives the group 0 for that question.
    """
    weight = {o.code: _d(o.weight) for o in survey.options if o.weight is not None}
    points = {q.id: _d(q.points) for q in survey.questions}
    out: dict[str, tuple[int, Decimal]] = {}
    for group in survey.groups:
        mine = [a for a in answers if a.group == group.id]
        if not mine:
            continue
        total = Decimal(0)
        for question in survey.questions:
            got = [weight[a.option] * points[question.id] / 100 for a in mine
                   if a.question == question.id and a.option in weight]
            if got:
                total += sum(got, Decimal(0)) / len(got)
        out[group.id] = (len({a.respondent for a in mine}), total)
    return out


def survey_value(survey: Survey, answers: tuple[SurveyAnswer, ...]
                 ) -> tuple[float | None, list[FactSource], dict[str, Any]]:
    """The survey's combined points (None when no answer), the answer rows, and the trace's detail."""
    mine = [a for a in answers if a.survey == survey.id]
    if not mine:
        return None, [], {"survey": survey.id}
    groups = group_points(survey, mine)
    names = {g.id: g.name for g in survey.groups}
    if survey.combine == "weighted":
        weights = {g.id: _d(g.weight or 0) for g in survey.groups if g.id in groups}
        share = sum(weights.values(), Decimal(0))
        combined = (sum((weights[g] * p for g, (_, p) in groups.items()), Decimal(0)) / share
                    if share else Decimal(0))
    else:
        combined = sum((p for _, p in groups.values()), Decimal(0)) / len(groups)
    detail = {"survey": survey.id, "combine": survey.combine,
              "respondents": len({(a.group, a.respondent) for a in mine}),
              "groups": {g: {"name": names[g], "respondents": n, "points": float(round(p, 4))}
                         for g, (n, p) in groups.items()}}
    return float(round(combined, 4)), [a.source for a in mine], detail
