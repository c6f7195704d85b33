"""A plain-Python count of the 766 dossier and PAKN metrics, to check the DuckDB aggregation against.

Written from DOMAIN-766 §4 without looking at the SQL: one loop over the dossiers and the asked
periods, Python's datetime arithmetic, `periods.add_working_days` for working days.
Dossiers and PAKN are dicts of the canonical column names with Python values (None = empty).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from cchc_rules.dossiers.workdays import period_bounds
from cchc_rules.periods import add_working_days

Counts = dict[tuple[str, str, str], list[int]]  # (unit, period, metric) → [numerator, denominator]


def _within(start: dt.datetime, when: dt.datetime | dt.date, days: int, off: frozenset[dt.date]) -> bool:
    """`when` is at most `days` working days after `start` (dates, not times)."""
    day = when.date() if isinstance(when, dt.datetime) else when
    return day <= add_working_days(start.date(), days, off)


def on_time(d: dict[str, Any], tthc: dict[str, Any], close: dt.datetime, off: frozenset[dt.date]) -> bool:
    end = d["processed_at"] or d["returned_at"] or d["stopped_at"]  # first end state, in priority order
    if end is not None and end < close:
        judged = end
    elif d["supplement_waiting_since"] is not None and d["supplement_waiting_since"] < close:
        judged = d["supplement_waiting_since"]
    else:
        judged = close - dt.timedelta(seconds=1)
    judged -= dt.timedelta(hours=d["supplement_hours"] or 0)
    if (d["supplement_count"] or 0) > 1:
        return False
    if d["due_at"] is not None:
        return judged <= d["due_at"]
    limit, unit = tthc.get("max_time"), tthc.get("max_time_unit")
    if limit is None:
        return False
    if unit == "hour":
        return judged <= d["received_at"] + dt.timedelta(hours=limit)
    if unit == "working_day":
        return _within(d["received_at"], judged, int(-(-limit // 1)), off)
    return (judged.date() - d["received_at"].date()).days <= limit


def dossier_counts(dossiers: list[dict[str, Any]], catalogue: dict[str, dict[str, Any]], periods: list[str],
                   off: frozenset[dt.date] = frozenset()) -> Counts:
    counts: Counts = defaultdict(lambda: [0, 0])
    units = sorted({d["unit"] for d in dossiers})
    for period in periods:
        first, last = period_bounds(period)
        start = dt.datetime.combine(first, dt.time())
        close = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        for unit in units:
            for metric in METRICS:
                counts[(unit, period, metric)]  # every unit × period × metric, zeros included
        for d in dossiers:
            tthc = catalogue.get(d["procedure_code"], {})
            _count_one(counts, d, tthc, period, start, close, off)
    return dict(counts)


def _count_one(counts: Counts, d: dict[str, Any], tthc: dict[str, Any], period: str, start: dt.datetime,
               close: dt.datetime, off: frozenset[dt.date]) -> None:
    rec = d["received_at"]
    end = d["processed_at"] or d["returned_at"] or d["stopped_at"]
    received = rec is not None and start <= rec < close
    carried = rec is not None and rec < start and (end is None or end >= start)
    when = rec or d["submitted_at"]
    submitted = when is not None and start <= when < close
    good = rec is not None and on_time(d, tthc, close, off)
    fee = tthc.get("fee_bearing") == 1 and d["fee_total"] != 0
    result = d["result_file"] is not None

    def add(metric: str, in_denominator: bool, in_numerator: bool) -> None:
        if in_denominator:
            counts[(d["unit"], period, metric)][1] += 1
            counts[(d["unit"], period, metric)][0] += int(in_numerator)

    add("DOSSIER_SYNC", received, d["synced"] == 1)
    add("DOSSIER_ON_TIME", received or carried, good)
    add("DVCTT_ONLINE_DOSSIER", submitted, d["channel"] == 2 and (tthc.get("paper_result") != 1 or result))
    add("ORIGINAL_RESULT_AVAILABLE", received, tthc.get("paper_result") == 1 and result)
    add("SO_HOA_GIAY_TO_GIAI_QUYET", received, (d["component_files"] or 0) > 0 and result)
    add("REUSED_DIGITIZED_DATA", received, d["reused"] == 1)
    add("SYNCED_WITH_DVCQG_PERSONAL_STORAGE", received, d["from_store"] == 1 or d["pushed_to_store"] == 1)
    add("CITIZEN_DATA_CONNECTED_DOSSIER", received,
        d["vneid"] == 1 or d["from_store"] == 1 or d["population_code"] is not None)
    add("PAYMENT_DOSSIER_ONLINE", received and fee, d["paid_online"] in (1, 2))
    add("DOSSIER_RECEIVING_SATISFACTION", received,
        good and d["unsatisfied"] != 1 and (d["dislikes"] or 0) <= (d["likes"] or 0) and d["petition_code"] is None)


METRICS = ("DOSSIER_SYNC", "DOSSIER_ON_TIME", "DVCTT_ONLINE_DOSSIER", "ORIGINAL_RESULT_AVAILABLE",
           "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE",
           "CITIZEN_DATA_CONNECTED_DOSSIER", "PAYMENT_DOSSIER_ONLINE", "DOSSIER_RECEIVING_SATISFACTION")


def petition_counts(petitions: list[dict[str, Any]], periods: list[str], off: frozenset[dt.date]) -> Counts:
    counts: Counts = defaultdict(lambda: [0, 0])
    units = sorted({p["unit"] for p in petitions})
    for period in periods:
        first, last = period_bounds(period)
        close = dt.datetime.combine(last + dt.timedelta(days=1), dt.time())
        for unit in units:
            counts[(unit, period, "PETITION_PROCESSING_ON_TIME")]
            counts[(unit, period, "PETITION_HANDLING_SATISFACTION")]
        for p in petitions:
            start = p["transferred_at"] or p["sent_at"]
            if not (first <= start.date() <= last) or p["received"] == 0 or p["in_competence"] == 0:
                continue
            good = petition_on_time(p, start, last, close, off)
            for metric, ok in (("PETITION_PROCESSING_ON_TIME", good),
                               ("PETITION_HANDLING_SATISFACTION",
                                good and p["reraised"] != 1 and (p["dislikes"] or 0) <= (p["likes"] or 0))):
                counts[(p["unit"], period, metric)][1] += 1
                counts[(p["unit"], period, metric)][0] += int(ok)
    return dict(counts)


def petition_on_time(p: dict[str, Any], start: dt.datetime, last: dt.date, close: dt.datetime,
                     off: frozenset[dt.date]) -> bool:
    def done(field: str) -> dt.datetime | None:
        value = p[field]
        return value if value is not None and value < close else None

    if done("rejected_at"):
        return _within(start, p["rejected_at"], 2, off)
    if done("info_requested_at") and not _within(start, p["info_requested_at"], 5, off):
        return False
    if done("processed_at"):
        published = done("published_at") or last
        return _within(start, p["processed_at"], 15, off) and _within(p["processed_at"], published, 2, off)
    return _within(start, last, 15, off)
