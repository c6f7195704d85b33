"""The whole annual score with bonus and penalty parts, "không áp dụng" criteria and a survey,
against a plain-Python reading of tests/fixtures/rubrics/extended-2026.yaml in Fractions.

Each example is a random year of facts for that rubric: the measures (some left out), whether the
unit declares 1.1 (rescale: total) or 2.2 (rescale: area, the rubric's rule) not applicable, the
evidence of the bonus criterion C.1, manual points of 3.1 (or none), and survey answers (up to 6
respondents of two groups, options A–E, E not counted). `pipeline.score` must give the reference's
points on the survey leaf, area 2, the index total (converted when a part or a criterion leaves
the total), the capped bonus and penalty and the final total; and the survey's value alone must
equal the reference mean of group means for any answers.

CCHC_FUZZ=<number of examples> runs the properties on fresh random examples.
"""

from __future__ import annotations

import csv
import os
import tempfile
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_rules import load_rules
from cchc_rules.engine import EngineHost
from cchc_rules.facts.models import FactSource, SurveyAnswer
from cchc_rules.pipeline import Workspace, score
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.survey_score import survey_value

ROOT = Path(__file__).resolve().parents[2]
EXTENDED = ROOT / "tests" / "fixtures" / "rubrics" / "extended-2026.yaml"
_FUZZ = int(os.environ.get("CCHC_FUZZ", "0"))
SETTINGS = settings(max_examples=_FUZZ or 60, derandomize=not _FUZZ, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

WEIGHTS = {"A": 100, "B": 60, "C": 20, "D": 0, "E": None}
POINTS = {"Q1": 5, "Q2": 10}
GROUPS = ("nguoi-dan", "doanh-nghiep")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory, pack_with_rubric: Any) -> RulePack:
    return load_rules(pack_with_rubric(tmp_path_factory.mktemp("extended") / "pack", EXTENDED))


# ---- the plain reading

def _half_up(value: Fraction, places: int = 2) -> Fraction:
    scaled = value * 10 ** places
    whole = scaled.numerator // scaled.denominator
    return Fraction(whole + (1 if scaled - whole >= Fraction(1, 2) else 0), 10 ** places)


def reference_survey(answers: list[tuple[str, str, str, str]]) -> Fraction | None:
    """Σ over questions of the mean counted answer, per group; the mean over the groups that answered."""
    if not answers:
        return None
    groups = []
    for group in GROUPS:
        mine = [a for a in answers if a[1] == group]
        if not mine:
            continue
        total = Fraction(0)
        for question, points in POINTS.items():
            got = [Fraction(WEIGHTS[o] * points, 100) for _, _, q, o in mine if q == question and WEIGHTS[o] is not None]
            if got:
                total += sum(got, Fraction(0)) / len(got)
        groups.append(total)
    return sum(groups, Fraction(0)) / len(groups)


def _survey_points(answers: list[tuple[str, str, str, str]]) -> Fraction:
    """The survey value as the engine receives it (4 places, half even), then the leaf's 2 places, half up."""
    value = reference_survey(answers)
    if value is None:
        return Fraction(0)
    four = Decimal(value.numerator) / Decimal(value.denominator)
    four = four.quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    return _half_up(min(Fraction(15), Fraction(str(four))))


def reference(year: dict[str, Any]) -> dict[str, Fraction]:
    m, na = year["measures"], year["not_applicable"]
    yes = m.get("co-quy-che") is True
    p11 = Fraction(0) if "1.1" in na else Fraction(10 if yes else 0)
    p12 = _half_up(min(Fraction(20), Fraction(20 * m["ty-le-bao-cao"], 100))) if "ty-le-bao-cao" in m else Fraction(0)
    p21 = max(Fraction(0), Fraction(20 - 5 * m["so-vu-vi-pham"])) if "so-vu-vi-pham" in m else Fraction(0)
    p22 = Fraction(0) if "2.2" in na else Fraction(10 if yes else 0)
    area2 = _half_up((p21 + p22) * 30 / 20) if "2.2" in na else p21 + p22
    part_a = p11 + p12 + area2
    p31 = Fraction(year["manual"]) if year["manual"] is not None else Fraction(0)
    p32 = _survey_points(year["answers"])
    b_applies = year["manual"] is not None or bool(year["answers"])
    available = Fraction(60 - (10 if "1.1" in na else 0) + (40 if b_applies else 0))
    raw = part_a + ((p31 + p32) if b_applies else 0)
    index = _half_up(raw * 100 / available)
    c1 = Fraction(2) if m.get("khen-thuong") is True and year["evidence"] else Fraction(0)
    c2 = min(Fraction(1), Fraction(m.get("so-mo-hinh", 0), 2))
    bonus = min(Fraction(5, 2), c1 + c2)  # C: 2 + 1, at most 2,5
    d1 = min(Fraction(2), Fraction(m.get("so-lan-phe-binh", 0)))
    d2 = min(Fraction(1), Fraction(m.get("so-cong-chuc-bi-ky-luat", 0), 2))
    penalty = min(Fraction(2), d1 + d2)  # D: 2 + 1, at most 2
    return {"2": area2, "3.2": p32, "index_total": index, "bonus": bonus, "penalty": penalty,
            "total": max(Fraction(0), _half_up(index + bonus - penalty))}


# ---- the random year

@st.composite
def years(draw: st.DrawFn) -> dict[str, Any]:
    measures: dict[str, Any] = {}
    for key, values in (("co-quy-che", st.booleans()), ("ty-le-bao-cao", st.integers(0, 100)),
                        ("so-vu-vi-pham", st.integers(0, 5)), ("khen-thuong", st.booleans()),
                        ("so-mo-hinh", st.integers(0, 4)), ("so-lan-phe-binh", st.integers(0, 4)),
                        ("so-cong-chuc-bi-ky-luat", st.integers(0, 3))):
        if draw(st.booleans()) or key in ("ty-le-bao-cao", "so-vu-vi-pham"):
            measures[key] = draw(values)
    respondents = draw(st.integers(0, 6))
    answers = [(f"P{r}", GROUPS[r % 2], q, draw(st.sampled_from(sorted(WEIGHTS))))
               for r in range(respondents) for q in POINTS if draw(st.integers(0, 4))]
    return {"measures": measures, "not_applicable": draw(st.sets(st.sampled_from(["1.1", "2.2"]))),
            "evidence": draw(st.booleans()),
            "manual": draw(st.one_of(st.none(), st.integers(0, 100).map(lambda k: Fraction(k, 4)))),
            "answers": answers}


def _csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    if rows:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)


def _write(folder: Path, year: dict[str, Any]) -> None:
    annual = folder / "2026"
    annual.mkdir(parents=True)
    shown = {True: "có", False: "không"}
    _csv(annual / "measures.csv", ["measure", "value"],
         [[k, shown[v] if isinstance(v, bool) else v] for k, v in year["measures"].items()])
    _csv(annual / "not_applicable.csv", ["criterion", "reason", "document"],
         [[c, "Không phát sinh", "Báo cáo số 1/BC-UBND"] for c in sorted(year["not_applicable"])])
    _csv(annual / "evidence.csv", ["criterion", "document"], [["C.1", "Quyết định khen thưởng"]] if year["evidence"] else [])
    _csv(annual / "manual_points.csv", ["criterion", "points"],
         [["3.1", str(float(year["manual"]))]] if year["manual"] is not None else [])
    _csv(annual / "survey_answers.csv", ["respondent", "group", "question", "option"], [list(a) for a in year["answers"]])


@SETTINGS
@given(year=years())
def test_the_score_is_the_reference(pack: RulePack, engine_host: EngineHost, year: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "du-lieu"
        _write(data, year)
        doc = score(Workspace(pack, data, host=engine_host), 2026).to_json()
    want = reference(year)
    nodes: dict[str, Any] = {}
    stack = list(doc["criteria"])
    while stack:
        node = stack.pop()
        nodes[node["id"]] = node
        stack.extend(node["criteria"])
    got = {"2": nodes["2"]["points"], "3.2": nodes["3.2"]["points"],
           **{k: doc[k] for k in ("index_total", "bonus", "penalty", "total")}}
    assert got == {k: float(v) for k, v in want.items()}, year
    assert doc["converted"] == ("1.1" in year["not_applicable"] or not (year["manual"] is not None or year["answers"]))
    for leaf in ("1.1", "2.2"):
        assert (nodes[leaf]["not_applicable"] is not None) == (leaf in year["not_applicable"])


@settings(max_examples=_FUZZ or 200, derandomize=not _FUZZ, deadline=None)
@given(answers=st.lists(st.tuples(st.sampled_from(["P1", "P2", "P3", "P4"]), st.sampled_from(GROUPS),
                                  st.sampled_from(sorted(POINTS)), st.sampled_from(sorted(WEIGHTS))),
                        max_size=16, unique_by=lambda a: (a[0], a[2])))
def test_the_survey_value_is_the_mean_of_group_means(pack: RulePack, answers: list[tuple[str, str, str, str]]) -> None:
    survey = pack.rubrics[2026].surveys[0]
    facts = tuple(SurveyAnswer(survey="khao-sat", respondent=r, group=g, question=q, option=o,
                               source=FactSource(file="f", row=i + 2)) for i, (r, g, q, o) in enumerate(answers))
    value, sources, _ = survey_value(survey, facts)
    want = reference_survey(answers)
    if want is None:
        assert value is None and sources == []
    else:
        assert value == float(round(Decimal(want.numerator) / Decimal(want.denominator), 4))
        assert len(sources) == len(answers)
