"""The dossier-level and PAKN-level rules of DOMAIN-766 §4 as SQL expressions, in one place.

Stage: facts (aggregation). `dossier_judged_sql` gives, per dossier × period, whether it belongs
to each metric's denominator (`den_<metric>`) and numerator (`num_<metric>`), and the reason of
its on-time judgement; `petition_judged_sql` the same for PAKN. `aggregate.py` sums them;
`sample.py` lists them with file:row. The rules:

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

DOSSIER_METRICS = ("DOSSIER_SYNC", "DOSSIER_ON_TIME", "DVCTT_ONLINE_DOSSIER", "ORIGINAL_RESULT_AVAILABLE",
                   "SO_HOA_GIAY_TO_GIAI_QUYET", "REUSED_DIGITIZED_DATA", "SYNCED_WITH_DVCQG_PERSONAL_STORAGE",
                   "CITIZEN_DATA_CONNECTED_DOSSIER", "PAYMENT_DOSSIER_ONLINE", "DOSSIER_RECEIVING_SATISFACTION")
PETITION_METRICS = ("PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION")
# Per-TTHC marks summed per unit × period × TTHC, for the catalogue metrics.
PROCEDURE_MARKS = ("online_dossiers", "paid_dossiers", "fee_synced_dossiers", "citizen_dossiers")

# Working-day arithmetic on the lists of workdays.py: cum_before and is_workday of a day.
MACROS = """
CREATE OR REPLACE TEMP MACRO wd_cum(d) AS
    getvariable('wd_cum')[date_diff('day', getvariable('wd_first'), CAST(d AS DATE)) + 1];
CREATE OR REPLACE TEMP MACRO wd_is(d) AS
    getvariable('wd_is')[date_diff('day', getvariable('wd_first'), CAST(d AS DATE)) + 1];
CREATE OR REPLACE TEMP MACRO wd_within(s, x, n) AS
    wd_cum(x) <= wd_cum(s) + wd_is(s) + n - 1;
"""

# Order matters: the first reason that applies is the one shown.
_ON_TIME_CASE = """CASE
        WHEN coalesce(supplement_count, 0) > 1 THEN 'second_supplement'
        WHEN due_at IS NOT NULL THEN CASE WHEN effective_at <= due_at THEN 'on_time' ELSE 'late' END
        WHEN max_time IS NULL THEN 'no_deadline'
        WHEN max_time_unit = 'hour' THEN
            CASE WHEN effective_at <= received_at + to_microseconds(CAST(max_time * 3600e6 AS BIGINT))
                 THEN 'on_time' ELSE 'late' END
        WHEN max_time_unit = 'working_day' THEN
            CASE WHEN wd_within(received_at, effective_at, CAST(ceil(max_time) AS INTEGER)) THEN 'on_time' ELSE 'late' END
        ELSE CASE WHEN date_diff('day', CAST(received_at AS DATE), CAST(effective_at AS DATE)) <= max_time
                  THEN 'on_time' ELSE 'late' END
    END"""


def dossier_judged_sql(dossiers: str) -> str:
    """Per dossier × period rows (`dossiers` is SQL yielding parsed dossier rows joined with the
    catalogue columns paper_result, fee_bearing, max_time, max_time_unit), one per asked period;
    a bad row is in no denominator, and its bad_* flags are counted on the first period's row."""
    return f"""
    WITH joined AS (
        SELECT d.*, t.period, t.first_day, t.period_close, t.is_first,
               coalesce(d.processed_at, d.returned_at, d.stopped_at) AS end_at
        FROM ({dossiers}) d CROSS JOIN periods t  -- a few periods: far cheaper than a range join
    ), timed AS (
        SELECT *,
            NOT bad AND received_at >= first_day AND received_at < period_close AS in_received,
            NOT bad AND received_at < first_day AND (end_at IS NULL OR end_at >= first_day) AS carried,
            NOT bad AND coalesce(received_at, submitted_at) >= first_day
                AND coalesce(received_at, submitted_at) < period_close AS in_submitted,
            CASE WHEN end_at < period_close THEN end_at
                 WHEN supplement_waiting_since < period_close THEN supplement_waiting_since
                 ELSE period_close - INTERVAL 1 SECOND END
              - to_microseconds(CAST(coalesce(supplement_hours, 0) * 3600e6 AS BIGINT)) AS effective_at
        FROM joined
    ), judged AS (
        SELECT *, CASE WHEN received_at IS NULL THEN 'not_received' ELSE {_ON_TIME_CASE} END AS on_time_reason
        FROM timed
    )
    SELECT *,
        coalesce(in_received, false) AS den_DOSSIER_SYNC,
        coalesce(in_received AND synced = 1, false) AS num_DOSSIER_SYNC,
        coalesce(in_received OR carried, false) AS den_DOSSIER_ON_TIME,
        coalesce((in_received OR carried) AND on_time_reason = 'on_time', false) AS num_DOSSIER_ON_TIME,
        coalesce(in_submitted, false) AS den_DVCTT_ONLINE_DOSSIER,
        coalesce(in_submitted AND channel = 2 AND (coalesce(paper_result, 0) = 0 OR result_file IS NOT NULL),
                 false) AS num_DVCTT_ONLINE_DOSSIER,
        coalesce(in_received, false) AS den_ORIGINAL_RESULT_AVAILABLE,
        coalesce(in_received AND paper_result = 1 AND result_file IS NOT NULL, false) AS num_ORIGINAL_RESULT_AVAILABLE,
        coalesce(in_received, false) AS den_SO_HOA_GIAY_TO_GIAI_QUYET,
        coalesce(in_received AND component_files > 0 AND result_file IS NOT NULL, false)
            AS num_SO_HOA_GIAY_TO_GIAI_QUYET,
        coalesce(in_received, false) AS den_REUSED_DIGITIZED_DATA,
        coalesce(in_received AND reused = 1, false) AS num_REUSED_DIGITIZED_DATA,
        coalesce(in_received, false) AS den_SYNCED_WITH_DVCQG_PERSONAL_STORAGE,
        coalesce(in_received AND (from_store = 1 OR pushed_to_store = 1), false)
            AS num_SYNCED_WITH_DVCQG_PERSONAL_STORAGE,
        coalesce(in_received, false) AS den_CITIZEN_DATA_CONNECTED_DOSSIER,
        coalesce(in_received AND (vneid = 1 OR from_store = 1 OR population_code IS NOT NULL), false)
            AS num_CITIZEN_DATA_CONNECTED_DOSSIER,
        coalesce(in_received AND fee_bearing = 1 AND coalesce(fee_total, 1) <> 0, false) AS den_PAYMENT_DOSSIER_ONLINE,
        coalesce(in_received AND fee_bearing = 1 AND coalesce(fee_total, 1) <> 0 AND paid_online IN (1, 2), false)
            AS num_PAYMENT_DOSSIER_ONLINE,
        coalesce(in_received, false) AS den_DOSSIER_RECEIVING_SATISFACTION,
        coalesce(in_received AND on_time_reason = 'on_time' AND coalesce(unsatisfied, 0) = 0
                 AND coalesce(dislikes, 0) <= coalesce(likes, 0) AND petition_code IS NULL, false)
            AS num_DOSSIER_RECEIVING_SATISFACTION,
        coalesce(in_submitted AND channel = 2, false) AS mark_online_dossiers,
        coalesce(in_received AND fee_bearing = 1 AND paid_online IN (1, 2), false) AS mark_paid_dossiers,
        coalesce(in_received AND fee_bearing = 1 AND fee_total IS NOT NULL, false) AS mark_fee_synced_dossiers,
        coalesce(in_received AND (vneid = 1 OR from_store = 1 OR population_code IS NOT NULL), false)
            AS mark_citizen_dossiers
    FROM judged"""


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
