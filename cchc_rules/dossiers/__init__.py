"""Dossier exports of the one-stop-shop system → metric counts of the 766 index.

Stage: facts. Dossier and PAKN rows (CSV, xlsx, Parquet) are read and aggregated by DuckDB, never
row by row in Python, into `MetricCount`s (numerator and denominator per unit × calendar period ×
metric code of DOMAIN-766); a `metric_counts` file gives the same counts directly. The rubric (a
rules file) turns them into points.
"""

from cchc_rules.dossiers.computation import compute
from cchc_rules.dossiers.counts import MetricCount, is_calendar_period
from cchc_rules.dossiers.metric_codes import INHERITED, METRICS
from cchc_rules.dossiers.metric_counts import read_metric_counts
from cchc_rules.dossiers.sample import Sample, SampleRow, sample

__all__ = ["INHERITED", "METRICS", "MetricCount", "Sample", "SampleRow", "compute", "is_calendar_period",
           "read_metric_counts", "sample"]
