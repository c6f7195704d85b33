"""The `Thì` sentences of a pack scenario: compare the quarter check's findings and lagging
agencies, or the score's points, total and classification, with a table the scenario gives.
Registered with steps.step; each difference is a Failure at the step's line. An expected
finding whose rule item is no longer in the pack says so (a deleted rule fails here)."""

from __future__ import annotations

import re
from typing import Any

from cchc_rules.packtest.cases import Step
from cchc_rules.packtest.coverage import item_of_finding_id, pack_items
from cchc_rules.packtest.steps import CaseRun, step

ID_COLUMN = "mã"
AGENCY_COLUMN = "cơ quan"
EXPLANATION_COLUMN = "giải trình"
# The explanation state of a lapse as a scenario writes it ("—" = the finding owes none).
EXPLANATION_WORDS = {"còn nợ": "owed", "quá hạn": "overdue", "được chấp nhận": "accepted",
                     "không được chấp nhận": "not_accepted", "—": None, "không": None}
CRITERION_COLUMN = "tiêu chí"
POINTS_COLUMN = "điểm"


def _table(run: CaseRun, s: Step, needed: str) -> list[dict[str, str]] | None:
    if not s.table or needed not in [c.strip().casefold() for c in s.table[0]]:
        run.fail(s, "packtest.table_column", column=needed)
        return None
    head = [c.strip().casefold() for c in s.table[0]]
    return [dict(zip(head, (c.strip() for c in row), strict=False)) for row in s.table[1:]]


def _quarter(run: CaseRun, s: Step) -> dict[str, Any] | None:
    if run.quarter is None:
        if not run.failures:
            run.fail(s, "packtest.no_when")
        return None
    return run.quarter


def _findings(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc, rows = _quarter(run, s), _table(run, s, ID_COLUMN)
    if doc is None or rows is None:
        return
    actual = {f["id"]: f for f in doc["findings"]}
    known = pack_items(run.pack)
    for row in rows:
        found = actual.get(row[ID_COLUMN])
        if found is None:
            item = item_of_finding_id(row[ID_COLUMN])
            if item is not None and item not in known:
                run.fail(s, "packtest.unknown_rule", rule=list(item))
            run.fail(s, "packtest.expected_missing", expected=row[ID_COLUMN])
            continue
        run.asserted_findings.append(found)
        agency = row.get(AGENCY_COLUMN)
        if agency and agency != found["agency"]:
            run.fail(s, "packtest.agency_differs", finding=row[ID_COLUMN], expected=agency, actual=found["agency"])
        _explanation(run, s, row, found)
    if m["exact"]:
        listed = {row[ID_COLUMN] for row in rows}
        for fid in actual:
            if fid not in listed:
                run.fail(s, "packtest.unexpected", actual=fid)


def _explanation(run: CaseRun, s: Step, row: dict[str, str], found: dict[str, Any]) -> None:
    """The `giải trình` column, when given: the state of the lapse's explanation."""
    said = row.get(EXPLANATION_COLUMN, "").strip().casefold()
    if not said:
        return
    if said not in EXPLANATION_WORDS:
        run.fail(s, "packtest.explanation_word", finding=row[ID_COLUMN], found=row[EXPLANATION_COLUMN],
                 expected=", ".join(EXPLANATION_WORDS))
        return
    actual = (found.get("explanation") or {}).get("state")
    if EXPLANATION_WORDS[said] != actual:
        words = {state: word for word, state in EXPLANATION_WORDS.items()}
        run.fail(s, "packtest.explanation_differs", finding=row[ID_COLUMN], expected=row[EXPLANATION_COLUMN],
                 actual=words.get(actual, "—"))


step(r"có (?P<exact>đúng )?các phát hiện:?")(_findings)


@step(r"không có các phát hiện:?")
def _absent(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc, rows = _quarter(run, s), _table(run, s, ID_COLUMN)
    if doc is None or rows is None:
        return
    actual = {f["id"] for f in doc["findings"]}
    for row in rows:
        if row[ID_COLUMN] in actual:
            run.fail(s, "packtest.unexpected", actual=row[ID_COLUMN])


@step(r"không có phát hiện nào")
def _none(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc = _quarter(run, s)
    for f in (doc or {}).get("findings", []):
        run.fail(s, "packtest.unexpected", actual=f["id"])


@step(r"các cơ quan chậm trễ là:?")
def _lagging(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc, rows = _quarter(run, s), _table(run, s, AGENCY_COLUMN)
    if doc is None or rows is None:
        return
    expected = [row[AGENCY_COLUMN] for row in rows]
    actual = [lag["agency"] for lag in doc["lagging_agencies"]]
    for code in expected:
        if code not in actual:
            run.fail(s, "packtest.expected_missing", expected=code)
    for code in actual:
        if code not in expected:
            run.fail(s, "packtest.unexpected", actual=code)


# ── the annual score ─────────────────────────────────────────────────────────────────────────

def _number(text: str) -> float | None:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        return None


def _year(run: CaseRun, s: Step) -> dict[str, Any] | None:
    if run.year is None:
        if not run.failures:
            run.fail(s, "packtest.no_when")
        return None
    return run.year


def _criteria(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    stack = list(doc["criteria"])
    while stack:
        node = stack.pop()
        out[node["id"]] = node
        stack.extend(node.get("criteria", []))
    return out


@step(r"điểm các tiêu chí là:?")
def _points(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc, rows = _year(run, s), _table(run, s, CRITERION_COLUMN)
    if doc is None or rows is None:
        return
    criteria = _criteria(doc)
    for row in rows:
        cid, want = row[CRITERION_COLUMN], _number(row.get(POINTS_COLUMN, ""))
        node = criteria.get(cid)
        if node is None:
            run.fail(s, "packtest.unknown_rule", rule=["criterion", f"{doc['year']}/{cid}"])
            continue
        if not node.get("criteria"):
            run.asserted_criteria.append((doc["year"], cid))
        if want is None or abs(node["points"] - want) > 1e-9:
            run.fail(s, "packtest.points_differ", criterion=cid, expected=row.get(POINTS_COLUMN, ""),
                     actual={"number": node["points"]})


@step(r"tổng điểm là (?P<total>[0-9.,]+)")
def _total(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc = _year(run, s)
    want = _number(m["total"])
    if doc is not None and (want is None or abs(doc["total"] - want) > 1e-9):
        run.fail(s, "packtest.total_differs", expected=m["total"], actual={"number": doc["total"]})


@step(r'xếp loại là "(?P<label>[^"]+)"')
def _classification(run: CaseRun, s: Step, m: re.Match[str]) -> None:
    doc = _year(run, s)
    if doc is not None and doc["classification"] != m["label"]:
        run.fail(s, "packtest.classification_differs", expected=m["label"], actual=doc["classification"])
