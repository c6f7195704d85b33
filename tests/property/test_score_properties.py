"""Annual scoring on random small rubrics and random annual facts, against a plain reading.

Each example is a rubric (scoring/2026.yaml in a copy of the bundled pack) of 1 to 3 parts and a
tree of depth ≤ 3 whose maxima add up to 100, with a random method and valid parameters on every
leaf, and the data folder of the year: measures, evidence and manual points in "2026/", task
status in "2026-Q4/". `pipeline.score` must give:

- every parent the sum of its parts (Decimal), 0 ≤ points ≤ max on every node, a total in 0..100
  and the classification band of that total;
- on every leaf, the points of `_reference_points`: a short reading of the rubric and of the rows
  as written, in Fractions, rounded half up (no engine, no pydantic model);
- the same total as the reference conversion of the parts that count (a survey part with no data
  at all does not, unless `missing_part: zero`);
- the same result whatever the order of the rows in the CSV files.

Bugs these tests found, now fixed (regression tests at the end): half-way ratio points and
converted totals rounded down (division before multiplication); a total equal to a decimal band
minimum (50,1) fell in no band; `timely` on a non-task input and a deduction floor above the max
passed `check`.
4. `deduction` with `floor` above the criterion's max passes `check` and scores above the max.

CCHC_FUZZ=<number of examples> runs the properties on fresh random examples.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cchc_rules import bundled_rules_dir, load_rules
from cchc_rules.engine import EngineHost
from cchc_rules.errors import RulesFileError
from cchc_rules.pipeline import Workspace, score

YEAR = 2026

# The same examples on every run, so CI never turns red at random; CCHC_FUZZ=<n> searches afresh.
_FUZZ = int(os.environ.get("CCHC_FUZZ", "0"))
SETTINGS = settings(
    max_examples=_FUZZ or 40,
    derandomize=not _FUZZ,
    deadline=None,
    report_multiple_bugs=False,
    suppress_health_check=[HealthCheck.too_slow],
)

# First deadline in 2026 of some appendix tasks of the bundled tasks.yaml ("Hàng năm" = 31/12).
TASK_DUES = {2: dt.date(2026, 3, 31), 21: dt.date(2026, 6, 30), 22: dt.date(2026, 3, 31),
             26: dt.date(2026, 12, 31)}
# Thresholds of bundled targets for 2026 (path point, or the final value), as targets.yaml says.
TARGETS_2026 = {"ho-so-truc-tuyen": Fraction(70), "hai-long-tthc": Fraction(97)}
YES, NO = ("có", "Đạt", "1"), ("không", "không đạt", "0")
DONE, IN_PROGRESS = "Đã hoàn thành", "Đang thực hiện"
DEFAULT_COMPLETION = [{"min": 100, "share": 1}, {"min": 80, "share": 0.5}, {"min": 0, "share": 0}]
METHODS = ("pass_fail", "timely", "completion", "bands", "ratio", "count", "deduction", "manual")
HEADERS = {"measures": ["số đo", "giá trị"], "evidence": ["tiêu chí", "tài liệu"],
           "manual_points": ["tiêu chí", "điểm"],
           "task_status": ["nhiệm vụ", "trạng thái", "ngày hoàn thành", "sản phẩm"]}
FOLDERS = {"measures": "2026", "evidence": "2026", "manual_points": "2026", "task_status": "2026-Q4"}


@dataclass
class Year:
    """A generated rubric (as its YAML mapping) and the rows of the year's files."""

    rubric: dict[str, Any]
    rows: dict[str, list[dict[str, str]]] = field(default_factory=lambda: {k: [] for k in HEADERS})


# ---- writing and scoring --------------------------------------------------------------------

def _write(root: Path, year: Year) -> tuple[Path, Path]:
    pack, data = root / "quy-tac", root / "du-lieu"
    shutil.copytree(bundled_rules_dir(), pack)
    text = yaml.safe_dump(year.rubric, allow_unicode=True, sort_keys=False)
    (pack / "scoring" / f"{YEAR}.yaml").write_text(text, encoding="utf-8")
    data.mkdir()
    for kind, rows in year.rows.items():
        if rows:
            folder = data / FOLDERS[kind]
            folder.mkdir(exist_ok=True)
            with (folder / f"{kind}.csv").open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, HEADERS[kind])
                writer.writeheader()
                writer.writerows(rows)
    return pack, data


def _score(year: Year, host: EngineHost) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        pack, data = _write(Path(tmp), year)
        return score(Workspace(load_rules(pack), data, host=host), YEAR).to_json()


# ---- generating -----------------------------------------------------------------------------

def _split(draw: st.DrawFn, quarters: int, most: int) -> list[int]:
    """`quarters` quarter-points cut into 1..most parts of at least a quarter-point each."""
    count = draw(st.integers(1, min(most, quarters)))
    cuts = sorted(draw(st.sets(st.integers(1, quarters - 1), min_size=count - 1, max_size=count - 1))) \
        if count > 1 else []
    bounds = [0, *cuts, quarters]
    return [b - a for a, b in itertools.pairwise(bounds)]


def _number(value: Fraction) -> float | int:
    return int(value) if value.denominator == 1 else float(value)


def _cell(value: Fraction, draw: st.DrawFn) -> str:
    """A number as a person types it: "12.5" or "12,5"."""
    text = f"{Decimal(value.numerator) / Decimal(value.denominator):f}"
    return text.replace(".", ",") if draw(st.booleans()) else text


def _percent(draw: st.DrawFn, edges: Sequence[float]) -> Fraction:
    """A percentage, often on or just beside one of the method's edges."""
    near = [Fraction(str(e)) + d for e in edges for d in (Fraction(-1, 100), 0, Fraction(1, 100))]
    near = [v for v in near if 0 <= v <= 100]
    return draw(st.one_of(st.sampled_from(near or [Fraction(0)]),
                          st.integers(0, 10000).map(lambda n: Fraction(n, 100))))


def _mins(draw: st.DrawFn) -> list[int]:
    return sorted({0, *draw(st.sets(st.sampled_from([30, 50, 70, 75, 80, 90, 95, 100]), max_size=3))})


def _method(draw: st.DrawFn, kind: str, quarters: int, measure: str) -> tuple[dict[str, Any], str | None, Any]:
    """The method of a leaf worth quarters/4 points, the unit of its measure, and its value."""
    given_in: dict[str, Any] = {"input": {"measure": measure}}
    method: dict[str, Any]
    if kind == "pass_fail":
        return {"kind": kind, **given_in}, "có/không", draw(st.sampled_from(YES + NO))
    if kind == "timely":
        method = {"kind": kind, "input": {"task": draw(st.sampled_from(sorted(TASK_DUES)))}}
        share = draw(st.sampled_from([None, 0, 0.25, 0.5, 0.75, 1]))
        return (method if share is None else {**method, "late_share": share}), None, None
    if kind in ("completion", "bands"):
        mins = _mins(draw)
        if kind == "completion":
            bands = [{"min": m, "share": draw(st.sampled_from([0, 0.25, 0.5, 0.75, 1]))} for m in mins]
            custom = draw(st.booleans())
            method = {"kind": kind, **given_in, **({"bands": bands[::-1]} if custom else {})}
            edges = mins if custom else [100, 80, 0]
        else:
            bands = [{"min": m, "points": draw(st.integers(0, quarters)) / 4} for m in mins]
            method, edges = {"kind": kind, **given_in, "bands": bands[::-1]}, mins
        return method, "%", _percent(draw, edges)
    if kind == "ratio":
        method = {"kind": kind, **given_in}
        if draw(st.booleans()):
            method["target_of"] = draw(st.sampled_from(sorted(TARGETS_2026)))
        else:
            method["target"] = _number(Fraction(draw(st.integers(100, 10000)), 100))
        if draw(st.booleans()):
            method["zero_below"] = _number(Fraction(draw(st.integers(0, 10000)), 100))
        target = method.get("target") or float(TARGETS_2026[method.get("target_of", "")])
        below = [method["zero_below"]] if "zero_below" in method else []
        return method, "%", _percent(draw, [target, *below])
    if kind in ("count", "deduction"):
        per = draw(st.integers(1, quarters))
        method = {"kind": kind, **given_in, "per_item": per / 4}
        if kind == "deduction" and draw(st.booleans()):
            method["floor"] = draw(st.integers(0, quarters)) / 4
        return method, "số lượng", Fraction(draw(st.integers(0, quarters // per + 2)))
    places = draw(st.sampled_from([100, 1000]))  # manual points, sometimes with 3 decimals
    return {"kind": "manual"}, None, Fraction(draw(st.integers(0, quarters * places // 4)), places)


class _Builder:
    def __init__(self, draw: st.DrawFn) -> None:
        self.draw, self.year = draw, Year({})
        self.measures: list[dict[str, str]] = []
        self.tasks: dict[int, dict[str, str] | None] = {}
        self.top = 0
        self.silent = False  # building a survey part that has no data at all

    def node(self, node_id: str, quarters: int, depth: int, above: list[str]) -> dict[str, Any]:
        draw = self.draw
        node: dict[str, Any] = {"id": node_id, "name": f"Tiêu chí {node_id}", "max": _number(Fraction(quarters, 4))}
        if depth < 3 and quarters > 1 and draw(st.integers(0, 2)) == 0:
            shares = _split(draw, quarters, 3 if depth == 1 else 2)
            node["criteria"] = [self.node(f"{node_id}.{k}", q, depth + 1, [node_id, *above])
                                for k, q in enumerate(shares, start=1)]
            return node
        self.leaf(node, quarters, above)
        return node

    def leaf(self, node: dict[str, Any], quarters: int, above: list[str]) -> None:
        draw, rows = self.draw, self.year.rows
        measure = f"so-do-{len(self.measures) + 1}"
        kind = draw(st.sampled_from(METHODS))
        node["method"], unit, value = _method(draw, kind, quarters, measure)
        node["owner"] = draw(st.sampled_from([None, "VHXH", "KT"]))
        if node["owner"] is None:
            del node["owner"]
        if unit is not None:
            self.measures.append({"id": measure, "name": f"Số đo {measure}", "unit": unit})
        reported = not self.silent and draw(st.integers(0, 4)) > 0
        if unit is not None and reported:
            shown = value if isinstance(value, str) else _cell(value, draw)
            rows["measures"].append({"số đo": measure, "giá trị": shown})
        if kind == "manual" and reported:
            rows["manual_points"].append({"tiêu chí": node["id"], "điểm": _cell(value, draw)})
        if kind == "timely":
            self.task(node["method"]["input"]["task"])
        if draw(st.integers(0, 3)) == 0:
            document = f"Tài liệu kiểm chứng của tiêu chí {node['id']}"
            node["evidence"] = [document]
            where = draw(st.sampled_from([None, node["id"], *above]))
            if where is not None:
                rows["evidence"].append({"tiêu chí": where, "tài liệu": f"{document} (nộp cho {where})"})

    def task(self, number: int) -> None:
        if number in self.tasks:
            return
        state = self.draw(st.sampled_from(["none", IN_PROGRESS, DONE]))
        if state == "none":
            self.tasks[number] = None
            return
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=self.draw(st.integers(0, 364)))
        row = {"nhiệm vụ": str(number), "trạng thái": state, "ngày hoàn thành": "", "sản phẩm": ""}
        if state == DONE:
            row.update({"ngày hoàn thành": day.strftime("%d/%m/%Y"), "sản phẩm": f"Văn bản số {number}"})
        self.tasks[number] = row
        self.year.rows["task_status"].append(row)

    def part(self, index: int, quarters: int) -> dict[str, Any]:
        part_id = "ABC"[index]
        survey = self.draw(st.booleans())
        self.silent = survey and self.draw(st.booleans())
        criteria = []
        for share in _split(self.draw, quarters, 3):
            self.top += 1
            criteria.append(self.node(str(self.top), share, 1, [part_id]))
        return {"id": part_id, "name": f"Phần {part_id}", "max": _number(Fraction(quarters, 4)),
                "survey": survey, "criteria": criteria}


def _classification(draw: st.DrawFn) -> list[dict[str, Any]]:
    """Bands from 0 to 100 with no gap, at whole and half points, in any order."""
    mins = [0, *sorted(draw(st.sets(st.integers(1, 199), max_size=4)))]
    bands = [{"label": f"Loại {k}", "min": _number(Fraction(m, 2))} for k, m in enumerate(mins, start=1)]
    for band, above in itertools.pairwise(bands):
        band["below"] = above["min"]
    return draw(st.permutations(bands))


@st.composite
def years(draw: st.DrawFn) -> Year:
    builder = _Builder(draw)
    parts = [builder.part(i, q) for i, q in enumerate(_split(draw, 400, 3))]
    builder.year.rubric = {
        "rubric": {"id": "bo-chi-so-ngau-nhien", "title": "Bộ chỉ số sinh ngẫu nhiên", "year": YEAR,
                   "model": True, "basis": "Kiểm thử tính chất", "total": 100,
                   "missing_part": draw(st.sampled_from(["scale_to_100", "zero"])),
                   "classification": _classification(draw)},
        "measures": builder.measures,
        "parts": parts,
    }
    return builder.year


# ---- the reference: the rubric and the rows as written, in Fractions -------------------------

def _half_up(value: Fraction) -> Decimal:
    """Rounded half up to 2 decimals (values are ≥ 0)."""
    hundredths = value * 100
    whole = hundredths.numerator // hundredths.denominator
    return Decimal(whole + (hundredths - whole >= Fraction(1, 2))).scaleb(-2)


def _f(value: Any) -> Fraction:
    return Fraction(str(value))


def _read_cell(text: str) -> Fraction:
    if text in YES or text in NO:
        return Fraction(text in YES)
    return Fraction(text.replace(",", "."))


def _leaves(rubric: dict[str, Any]) -> Iterator[tuple[dict[str, Any], list[str], str]]:
    """Every leaf with its ancestors' ids and its part's id."""
    def walk(node: dict[str, Any], above: list[str], part: str) -> Iterator[tuple[dict[str, Any], list[str], str]]:
        if "criteria" in node:
            for child in node["criteria"]:
                yield from walk(child, [node["id"], *above], part)
        else:
            yield node, above, part

    for part in rubric["parts"]:
        for node in part["criteria"]:
            yield from walk(node, [part["id"]], part["id"])


@dataclass(frozen=True)
class _Facts:
    values: dict[str, Fraction]
    manual: dict[str, Fraction]
    evidence: frozenset[str]
    done: dict[int, dt.date]

    @classmethod
    def of(cls, rows: dict[str, list[dict[str, str]]]) -> _Facts:
        return cls({r["số đo"]: _read_cell(r["giá trị"]) for r in rows["measures"]},
                   {r["tiêu chí"]: _read_cell(r["điểm"]) for r in rows["manual_points"]},
                   frozenset(r["tiêu chí"] for r in rows["evidence"]),
                   {int(r["nhiệm vụ"]): dt.datetime.strptime(r["ngày hoàn thành"], "%d/%m/%Y").date()  # noqa: DTZ007
                    for r in rows["task_status"] if r["trạng thái"] == DONE})

    def value(self, leaf: dict[str, Any]) -> Fraction | None:
        method = leaf["method"]
        if method["kind"] == "manual":
            return self.manual.get(leaf["id"])
        return self.values.get(method["input"].get("measure", ""))

    def reported(self, leaf: dict[str, Any]) -> bool:
        return leaf["method"]["kind"] == "timely" or self.value(leaf) is not None


def _band(bands: list[dict[str, Any]], value: Fraction) -> dict[str, Any]:
    return max((b for b in bands if _f(b["min"]) <= value), key=lambda b: _f(b["min"]))


def _exact(leaf: dict[str, Any], above: list[str], facts: _Facts) -> Fraction:  # noqa: PLR0911 - one per method
    """A leaf's points before rounding."""
    top, method = _f(leaf["max"]), leaf["method"]
    if leaf.get("evidence") and not ({leaf["id"], *above} & facts.evidence):
        return Fraction(0)
    if method["kind"] == "timely":
        task = method["input"]["task"]
        day = facts.done.get(task)
        if day is None:
            return Fraction(0)
        return top if day <= TASK_DUES[task] else top * _f(method.get("late_share", 0.5))
    value = facts.value(leaf)
    if value is None:
        return Fraction(0)
    per = _f(method.get("per_item", 0))
    match method["kind"]:
        case "pass_fail":
            return top if value >= 1 else Fraction(0)
        case "completion":
            return top * _f(_band(method.get("bands", DEFAULT_COMPLETION), value)["share"])
        case "bands":
            return _f(_band(method["bands"], value)["points"])
        case "ratio":
            if "zero_below" in method and value < _f(method["zero_below"]):
                return Fraction(0)
            target = _f(method["target"]) if "target" in method else TARGETS_2026[method["target_of"]]
            return top * min(Fraction(1), value / target)
        case "count":
            return min(top, value * per)
        case "deduction":
            return max(_f(method.get("floor", 0)), top - value * per)
    return min(top, value)  # manual


def _reference_points(year: Year) -> dict[str, tuple[Fraction, Decimal]]:
    facts = _Facts.of(year.rows)
    return {leaf["id"]: (exact := _exact(leaf, above, facts), _half_up(exact))
            for leaf, above, _ in _leaves(year.rubric)}


# ---- reading the result ---------------------------------------------------------------------

def _nodes(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for node in nodes:
        yield node
        yield from _nodes(node["criteria"])


def _d(value: float) -> Decimal:
    return Decimal(str(value))


def _band_of(classification: list[dict[str, Any]], total: Decimal) -> str | None:
    found = [b["label"] for b in classification
             if _f(b["min"]) <= total and ("below" not in b or total < _f(b["below"]))]
    assert len(found) <= 1, found
    return found[0] if found else None


def _without_rows(doc: dict[str, Any]) -> dict[str, Any]:
    """The result without the file rows the trace and the documents cite (they move when rows are shuffled) and
    the rubric's path (each run has its own temporary folder)."""
    doc = copy.deepcopy(doc)
    doc["rubric"].pop("file")
    for node in _nodes(doc["criteria"]):
        node.get("trace", {}).pop("facts", None)
        if "documents" in node:  # the attached documents, without where their rows are
            node["documents"] = sorted(({k: v for k, v in d.items() if k not in ("file", "row")}
                                        for d in node["documents"]), key=lambda d: json.dumps(d, sort_keys=True))
    for warning in doc.get("warnings", []):  # e.g. a % below 1: where it is moves with its row
        warning.pop("file", None)
        warning.pop("row", None)
    doc["warnings"] = sorted(doc.get("warnings", []), key=lambda w: json.dumps(w, sort_keys=True))
    return doc


# ---- properties -----------------------------------------------------------------------------

@SETTINGS
@given(year=years())
def test_scores_add_up_stay_in_bounds_and_match_the_reference(year: Year, engine_host: EngineHost) -> None:
    doc = _score(year, engine_host)
    for node in _nodes(doc["criteria"]):
        assert 0 <= _d(node["points"]) <= _d(node["max"]), node["id"]
        if node["criteria"]:
            assert _d(node["points"]) == sum(_d(c["points"]) for c in node["criteria"]), node["id"]
    assert 0 <= _d(doc["total"]) <= 100
    assert doc["classification"] == _band_of(year.rubric["rubric"]["classification"], _d(doc["total"]))

    by_id = {n["id"]: n for n in _nodes(doc["criteria"])}
    for leaf_id, (exact, expected) in _reference_points(year).items():
        got = _d(by_id[leaf_id]["points"])
        assert got == expected, (leaf_id, by_id[leaf_id]["trace"], f"exact {exact}")

    facts = _Facts.of(year.rows)
    zero = year.rubric["rubric"]["missing_part"] == "zero"
    counted = [(part, node) for part, node in zip(year.rubric["parts"], doc["criteria"], strict=True)
               if zero or not part["survey"] or any(facts.reported(leaf) for leaf, _, p in _leaves(year.rubric)
                                                    if p == part["id"])]
    raw = sum((_f(node["points"]) for _, node in counted), Fraction(0))
    available = sum((_f(part["max"]) for part, _ in counted), Fraction(0))
    exact = raw * 100 / available if available else Fraction(0)
    assert (_d(doc["raw_points"]), _d(doc["max_available"])) == (_half_up(raw), _half_up(available))
    assert _d(doc["total"]) == _half_up(exact)
    assert doc["converted"] == (available != 100)

    for agency in doc["agencies"]:
        owned = [n for n in by_id.values() if n.get("owner") == agency["agency"] and n["method"]]
        assert _d(agency["points"]) == sum(_d(n["points"]) for n in owned)
        assert 0 <= agency["percent"] <= 100


@settings(SETTINGS, max_examples=_FUZZ or 30)
@given(year=years(), data=st.data())
def test_the_order_of_rows_does_not_change_the_result(year: Year, data: st.DataObject,
                                                      engine_host: EngineHost) -> None:
    shuffled = Year(year.rubric, {kind: data.draw(st.permutations(rows), label=kind)
                                  for kind, rows in year.rows.items()})
    assert _without_rows(_score(shuffled, engine_host)) == _without_rows(_score(year, engine_host))


# ---- bugs found by the reference check (reproductions; strict: they fail until fixed) ---------

def _rubric(parts: list[dict[str, Any]], measures: list[dict[str, Any]] = (),  # type: ignore[assignment]
            classification: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    bands = classification or [{"label": "Đạt", "min": 50}, {"label": "Chưa đạt", "min": 0, "below": 50}]
    return {"rubric": {"id": "bo-chi-so-loi", "title": "Tái hiện lỗi", "year": YEAR, "model": True,
                       "basis": "Kiểm thử", "total": 100, "classification": bands},
            "measures": list(measures), "parts": parts}


def _one_part(*leaves: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"id": "A", "name": "Phần A", "max": 100,
             "criteria": [{"id": "1", "name": "Lĩnh vực 1", "max": 100, "criteria": list(leaves)}]}]


def _percent_measure(measure: str) -> dict[str, str]:
    return {"id": measure, "name": f"Số đo {measure}", "unit": "%"}


@pytest.mark.parametrize(("top", "target", "value", "expected"), [
    (6, {"target": 60}, "9.95", "1.00"),
    (13.5, {"target": 90}, "10.3", "1.55"),
    (7, {"target_of": "ho-so-truc-tuyen"}, "7.45", "0.75"),  # 2026 path point 70
])
def test_ratio_exactly_half_way_rounds_up(engine_host: EngineHost, top: float, target: dict[str, Any],
                                          value: str, expected: str) -> None:
    ratio = {"id": "1.1", "name": "Tỷ lệ", "max": top,
             "method": {"kind": "ratio", "input": {"measure": "ty-le"}, **target}}
    rest = {"id": "1.2", "name": "Chấm tay", "max": 100 - top, "method": {"kind": "manual"}}
    year = Year(_rubric(_one_part(ratio, rest), [_percent_measure("ty-le")]))
    year.rows["measures"].append({"số đo": "ty-le", "giá trị": value})
    leaf = _score(year, engine_host)["criteria"][0]["criteria"][0]["criteria"][0]
    assert _d(leaf["points"]) == Decimal(expected)


def test_converted_total_exactly_half_way_rounds_up(engine_host: EngineHost) -> None:
    parts = [{"id": "A", "name": "Tự đánh giá", "max": 48, "criteria": [
                 {"id": "1", "name": "Chấm tay", "max": 48, "method": {"kind": "manual"}}]},
             {"id": "B", "name": "Điều tra", "max": 52, "survey": True, "criteria": [
                 {"id": "2", "name": "Điều tra", "max": 52, "method": {"kind": "manual"}}]}]
    year = Year(_rubric(parts))
    year.rows["manual_points"].append({"tiêu chí": "1", "điểm": "47,7"})
    doc = _score(year, engine_host)
    assert (doc["raw_points"], doc["max_available"]) == (47.7, 48)
    assert doc["total"] == 99.38


def test_total_equal_to_a_decimal_band_min_is_classified(engine_host: EngineHost) -> None:
    bands = [{"label": "Đạt", "min": 50.1}, {"label": "Chưa đạt", "min": 0, "below": 50.1}]
    year = Year(_rubric(_one_part({"id": "1.1", "name": "Chấm tay", "max": 100, "method": {"kind": "manual"}}),
                        classification=bands))
    year.rows["manual_points"].append({"tiêu chí": "1.1", "điểm": "50,1"})
    doc = _score(year, engine_host)
    assert (doc["total"], doc["classification"]) == (50.1, "Đạt")


def test_timely_on_a_measure_is_rejected_or_scored(engine_host: EngineHost) -> None:
    timely = {"id": "1.1", "name": "Đúng hạn", "max": 10, "method": {"kind": "timely", "input": {"measure": "ty-le"}}}
    rest = {"id": "1.2", "name": "Chấm tay", "max": 90, "method": {"kind": "manual"}}
    year = Year(_rubric(_one_part(timely, rest), [_percent_measure("ty-le")]))
    year.rows["measures"].append({"số đo": "ty-le", "giá trị": "60"})
    try:
        doc = _score(year, engine_host)
    except RulesFileError:
        return  # rejected by check: fine
    leaf = doc["criteria"][0]["criteria"][0]["criteria"][0]
    assert 0 <= leaf["points"] <= leaf["max"]


def test_deduction_floor_above_max_is_rejected(engine_host: EngineHost) -> None:
    deduction = {"id": "1.1", "name": "Vi phạm", "max": 10,
                 "method": {"kind": "deduction", "input": {"measure": "so-vu"}, "per_item": 5, "floor": 15}}
    rest = {"id": "1.2", "name": "Chấm tay", "max": 90, "method": {"kind": "manual"}}
    year = Year(_rubric(_one_part(deduction, rest), [{"id": "so-vu", "name": "Số vụ", "unit": "số lượng"}]))
    year.rows["measures"].append({"số đo": "so-vu", "giá trị": "2"})
    try:
        doc = _score(year, engine_host)
    except RulesFileError:
        return
    leaf = doc["criteria"][0]["criteria"][0]["criteria"][0]
    assert leaf["points"] <= leaf["max"], f"{leaf['points']} of {leaf['max']}"
