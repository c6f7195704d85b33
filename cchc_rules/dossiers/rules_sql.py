"""The dossier-level and PAKN-level rules of DOMAIN-766 §4 as SQL expressions, in one place.

Stage: facts (aggregation). `DOSSIER_RULES` holds each dossier metric's denominator and numerator
conditions, once. `dossier_count_sql` counts them per group (what `aggregate.py` stores);
`dossier_judged_sql` gives, per dossier × period, `den_<metric>`, `num_<metric>` and the reason of
the on-time judgement, which `sample.py` lists with file:row; `petition_judged_sql` the same for
PAKN. The rules:

- end = the first end state in priority order: processed (Đã xử lý xong) > returned (Đã trả kết
  quả) > stopped (Dừng xử lý / Từ chối / rút); only received dossiers count;
- a dossier not ended by the period's close is judged at its last day, or at the open
  supplement request when it is still waiting for the citizen;
- the citizen's supplement time (supplement_hours) is subtracted from the end;
- more than one supplement request makes a dossier late;
- no due date: on time if end − receipt − supplement time ≤ the TTHC's maximum time (hours, days
  or working days);
- PAKN limits in working days: rejection ≤ 2, first information request ≤ 5, processed ≤ 15,
  publication ≤ 2 after processing (the period's last day when not yet published); in progress
  on time while the period's last day is ≤ 15 working days after the start.
"""

from __future__ import annotations

PETITION_METRICS = ("PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION")

# Working-day arithmetic on the lists of workdays.py: cum_before and is_workday of a day.
MACROS = """
CREATE OR REPLACE TEMP MACRO wd_cum(d) AS
    getvariable('wd_cum')[date_diff('day', getvariable('wd_first'), CAST(d AS DATE)) + 1];
CREATE OR REPLACE TEMP MACRO wd_is(d) AS
    getvariable('wd_is')[date_diff('day', getvariable('wd_first'), CAST(d AS DATE)) + 1];
CREATE OR REPLACE TEMP MACRO wd_within(s, x, n) AS
    wd_cum(x) <= wd_cum(s) + wd_is(s) + n - 1;
"""

# Order matters: the first reason that applies is the one shown. Written once, with each outcome a
# placeholder: `on_time_reason` (its name, for `explain`) and `on_time` (a boolean, for counting).
_ON_TIME_CASE = """CASE
        WHEN received_at IS NULL THEN {not_received}
        WHEN coalesce(supplement_count, 0) > 1 THEN {second_supplement}
        WHEN due_at IS NOT NULL THEN CASE WHEN effective_at <= due_at THEN {on_time} ELSE {late} END
        WHEN max_time IS NULL THEN {no_deadline}
        WHEN max_time_unit = 'hour' THEN
            CASE WHEN effective_at <= received_at + to_microseconds(CAST(max_time * 3600e6 AS BIGINT))
                 THEN {on_time} ELSE {late} END
        WHEN max_time_unit = 'working_day' THEN
            CASE WHEN wd_within(received_at, effective_at, CAST(ceil(max_time) AS INTEGER)) THEN {on_time} ELSE {late} END
        ELSE CASE WHEN date_diff('day', CAST(received_at AS DATE), CAST(effective_at AS DATE)) <= max_time
                  THEN {on_time} ELSE {late} END
    END"""
_REASONS = ("not_received", "second_supplement", "on_time", "late", "no_deadline")
ON_TIME_REASON = _ON_TIME_CASE.format(**{r: f"'{r}'" for r in _REASONS})
ON_TIME = _ON_TIME_CASE.format(**{r: "true" if r == "on_time" else "false" for r in _REASONS})

# Each dossier metric's denominator and numerator, over the columns of `_dossier_rows_sql`
# (in_received, carried, in_submitted, on_time and the parsed cells). NULL counts as false.
_FEE_DUE = "in_received AND fee_bearing = 1 AND coalesce(fee_total, 1) <> 0"
_CITIZEN_DATA = "in_received AND (vneid = 1 OR from_store = 1 OR population_code IS NOT NULL)"
DOSSIER_RULES: dict[str, tuple[str, str]] = {
    "DOSSIER_SYNC": ("in_received", "in_received AND synced = 1"),
    "DOSSIER_ON_TIME": ("in_received OR carried", "(in_received OR carried) AND on_time"),
    "DVCTT_ONLINE_DOSSIER": ("in_submitted", "in_submitted AND channel = 2 AND (coalesce(paper_result, 0) = 0 "
                             "OR result_file IS NOT NULL)"),
    "ORIGINAL_RESULT_AVAILABLE": ("in_received", "in_received AND paper_result = 1 AND result_file IS NOT NULL"),
    "SO_HOA_GIAY_TO_GIAI_QUYET": ("in_received", "in_received AND component_files > 0 AND result_file IS NOT NULL"),
    "REUSED_DIGITIZED_DATA": ("in_received", "in_received AND reused = 1"),
    "SYNCED_WITH_DVCQG_PERSONAL_STORAGE": ("in_received", "in_received AND (from_store = 1 OR pushed_to_store = 1)"),
    "CITIZEN_DATA_CONNECTED_DOSSIER": ("in_received", _CITIZEN_DATA),
    "PAYMENT_DOSSIER_ONLINE": (_FEE_DUE, f"{_FEE_DUE} AND paid_online IN (1, 2)"),
    "DOSSIER_RECEIVING_SATISFACTION": ("in_received", "in_received AND on_time AND coalesce(unsatisfied, 0) = 0 "
                                       "AND coalesce(dislikes, 0) <= coalesce(likes, 0) AND petition_code IS NULL"),
}
# Per-TTHC marks (a dossier of this kind exists), for the catalogue metrics.
DOSSIER_MARKS: dict[str, str] = {
    "online_dossiers": "in_submitted AND channel = 2",
    "paid_dossiers": "in_received AND fee_bearing = 1 AND paid_online IN (1, 2)",
    "fee_synced_dossiers": "in_received AND fee_bearing = 1 AND fee_total IS NOT NULL",
    "citizen_dossiers": _CITIZEN_DATA,
}
DOSSIER_METRICS = tuple(DOSSIER_RULES)
PROCEDURE_MARKS = tuple(DOSSIER_MARKS)  # summed per unit × period × TTHC


def _dossier_rows_sql(dossiers: str, guard_bad: bool) -> str:
    """Per dossier × asked period: the parsed row and in_received, carried, in_submitted,
    effective_at (the end, or the period's last moment, less the citizen's supplement time) and
    on_time. With `guard_bad`, a bad row is in no denominator; without it, a bad row's marks are
    as read (the caller counts nothing when any row is bad)."""
    ok = "NOT bad AND " if guard_bad else ""
    return f"""
    WITH joined AS (
        SELECT d.*, t.period, t.first_day, t.period_close, t.is_first,
               coalesce(d.processed_at, d.returned_at, d.stopped_at) AS end_at
        FROM ({dossiers}) d CROSS JOIN periods t  -- a few periods: far cheaper than a range join
    ), timed AS (
        SELECT *,
            {ok}received_at >= first_day AND received_at < period_close AS in_received,
            {ok}received_at < first_day AND (end_at IS NULL OR end_at >= first_day) AS carried,
            {ok}coalesce(received_at, submitted_at) >= first_day
                AND coalesce(received_at, submitted_at) < period_close AS in_submitted,
            CASE WHEN end_at < period_close THEN end_at
                 WHEN supplement_waiting_since < period_close THEN supplement_waiting_since
                 ELSE period_close - INTERVAL 1 SECOND END
              - to_microseconds(CAST(coalesce(supplement_hours, 0) * 3600e6 AS BIGINT)) AS effective_at
        FROM joined
    )
    SELECT *, {ON_TIME} AS on_time FROM timed"""


def dossier_judged_sql(dossiers: str) -> str:
    """Per dossier × period rows (`dossiers` is SQL yielding parsed dossier rows joined with the
    catalogue columns paper_result, fee_bearing, max_time, max_time_unit), one per asked period,
    with `den_<metric>`, `num_<metric>`, `mark_<mark>` and `on_time_reason`; a bad row is in no
    denominator. For listing rows (`sample.py`); the counting is `dossier_count_sql`."""
    flags = [f"coalesce({den}, false) AS den_{m}, coalesce({num}, false) AS num_{m}"
             for m, (den, num) in DOSSIER_RULES.items()]
    flags += [f"coalesce({mark}, false) AS mark_{m}" for m, mark in DOSSIER_MARKS.items()]
    return f"""SELECT *, {ON_TIME_REASON} AS on_time_reason, {', '.join(flags)}
    FROM ({_dossier_rows_sql(dossiers, guard_bad=True)})"""


def dossier_count_sql(dossiers: str, keys: str) -> str:
    """The counting pass: per `keys` group, `bad_rows` (bad rows, counted once, on the first
    period), `den_<metric>`, `num_<metric>` and `mark_<mark>`. Each distinct condition is counted
    once (seven denominators are `in_received`), with no per-row text and no guard on bad rows: a
    file with a bad row is listed, not counted (`computation._run`). Short keys only: a long text
    such as the file name costs a tenth of the pass to hash (benchmarks/README.md, 766)."""
    conditions: dict[str, str] = {}
    names = [(f"{side}_{m}", cond) for m, pair in DOSSIER_RULES.items() for side, cond in zip(("den", "num"), pair, strict=True)]
    names += [(f"mark_{m}", cond) for m, cond in DOSSIER_MARKS.items()]
    for _, cond in names:
        conditions.setdefault(cond, f"c{len(conditions)}")
    counted = ", ".join(f"count(*) FILTER (WHERE {cond}) AS {alias}" for cond, alias in conditions.items())
    named = ", ".join(f"{conditions[cond]} AS {name}" for name, cond in names)
    return f"""
    SELECT * EXCLUDE ({', '.join(conditions.values())}), {named} FROM (
        SELECT {keys}, count(*) FILTER (WHERE bad AND is_first) AS bad_rows, {counted}
        FROM ({_dossier_rows_sql(dossiers, guard_bad=False)}) GROUP BY {keys})"""


def petition_judged_sql(petitions: str) -> str:
    """Per PAKN × period rows, with den/num of the two PAKN metrics and the on-time reason."""
    return f"""
    WITH joined AS (
        SELECT p.*, t.period, t.first_day, t.last_day, t.period_close, t.is_first,
               coalesce(p.transferred_at, p.sent_at) AS start_at
        FROM ({petitions}) p CROSS JOIN periods t
    ), judged AS (
        SELECT *, NOT bad AND start_at >= first_day AND start_at < period_close
                  AND coalesce(received, 1) = 1 AND coalesce(in_competence, 1) = 1 AS counted,
            CASE
                WHEN rejected_at < period_close THEN
                    CASE WHEN wd_within(start_at, rejected_at, 2) THEN 'on_time' ELSE 'late_rejection' END
                WHEN info_requested_at < period_close AND NOT wd_within(start_at, info_requested_at, 5)
                    THEN 'late_information_request'
                WHEN processed_at < period_close THEN
                    CASE WHEN NOT wd_within(start_at, processed_at, 15) THEN 'late_processing'
                         WHEN NOT wd_within(processed_at,
                                            CASE WHEN published_at < period_close THEN published_at ELSE last_day END, 2)
                             THEN 'late_publication'
                         ELSE 'on_time' END
                WHEN wd_within(start_at, last_day, 15) THEN 'in_progress_on_time'
                ELSE 'in_progress_late'
            END AS on_time_reason
        FROM joined
    )
    SELECT *,
        counted AS den_PETITION_PROCESSING_ON_TIME,
        counted AND on_time_reason IN ('on_time', 'in_progress_on_time') AS num_PETITION_PROCESSING_ON_TIME,
        counted AS den_PETITION_HANDLING_SATISFACTION,
        counted AND on_time_reason IN ('on_time', 'in_progress_on_time') AND coalesce(reraised, 0) = 0
            AND coalesce(dislikes, 0) <= coalesce(likes, 0) AS num_PETITION_HANDLING_SATISFACTION
    FROM judged"""
