"""Property: the 766 score of any counts equals a plain-Python reference written from DOMAIN-766
§2–§3 (observed variant), with Fractions: each indicator min(cap, k × r) rounded half up to 2
decimals, empty denominators by the table's rules (PAKN full, e-certified copy full, others 0),
the payment group capped at 10, the total the sum of the groups."""

from __future__ import annotations

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.index766 import IndexScorer
from cchc_rules.rulepack.load import load_rules

RUBRIC = load_rules().indexes["scoring/2026-766.yaml"]

# metric: (group, max, slope, cap, empty points) as DOMAIN-766 writes them
TABLE = {
    "PUBLISH_ON_TIME": ("TRANSPARENCY", 6, 6, 6, 0), "PUBLIC_UPDATE_ON_TIME": ("TRANSPARENCY", 4, 4, 4, 0),
    "PUBLIC_CONTENT_FULL": ("TRANSPARENCY", 2, 2, 2, 0), "DOSSIER_SYNC": ("TRANSPARENCY", 6, 6, 6, 0),
    "DOSSIER_ON_TIME": ("PROGRESS", 20, 20, 20, 0),
    "DVCTT_FORMALITY_PROVIDED": ("ONLINE_SERVICE", 2, Fraction(2) / Fraction("0.8"), 2, 0),
    "DVCTT_SERVICE_WITH_DOSSIER": ("ONLINE_SERVICE", 4, 4, 4, 0),
    "DVCTT_ONLINE_DOSSIER": ("ONLINE_SERVICE", 6, Fraction(6) / Fraction("0.5"), 6, 0),
    "ORIGINAL_RESULT_AVAILABLE": ("DIGITISATION", 6, 6, 6, 0), "SO_HOA_GIAY_TO_GIAI_QUYET": ("DIGITISATION", 4, 4, 4, 0),
    "ELECTRONIC_CERTIFIED_COPY": ("DIGITISATION", 2, 2, 2, 2),
    "REUSED_DIGITIZED_DATA": ("DIGITISATION", 2, Fraction(2) / Fraction("0.8"), 2, 0),
    "SYNCED_WITH_DVCQG_PERSONAL_STORAGE": ("DIGITISATION", 4, 4, 4, 0),
    "CITIZEN_DATA_CONNECTED_DOSSIER": ("DIGITISATION", 2, 2, 2, 0),
    "CITIZEN_DATA_CONNECTED_FORMALITY": ("DIGITISATION", 2, 2, 2, 0),
    "PAYMENT_DOSSIER_ONLINE": ("ONLINE_PAYMENT", 6, 6, 6, 0),
    "PAYMENT_FORMALITY_PAID": ("ONLINE_PAYMENT", 2, Fraction("2.5"), 2, 0),
    "PAYMENT_FORMALITY_INTEGRATED": ("ONLINE_PAYMENT", 2, Fraction("2.5"), 2, 0),
    "PETITION_PROCESSING_ON_TIME": ("SATISFACTION", 6, 6, 6, 6),
    "PETITION_HANDLING_SATISFACTION": ("SATISFACTION", 6, 6, 6, 6),
    "DOSSIER_RECEIVING_SATISFACTION": ("SATISFACTION", 6, Fraction(6) / Fraction("0.9"), 6, 0),
}
CAPS = {"ONLINE_PAYMENT": 10}


def half_up(value: Fraction) -> Fraction:
    """To 2 decimals, halves up, exactly: floor(100 × value + 1/2) / 100 (value ≥ 0)."""
    return Fraction(int(value * 100 + Fraction(1, 2)), 100)


def reference(counts: dict[str, tuple[int | None, int | None]]) -> tuple[dict[str, Fraction], Fraction]:
    groups: dict[str, Fraction] = {}
    for metric, (group, _top, slope, cap, empty) in TABLE.items():
        numerator, denominator = counts.get(metric, (None, None))
        if numerator is None or not denominator:
            got = Fraction(empty)
        else:
            got = half_up(min(Fraction(cap), Fraction(slope) * Fraction(numerator, denominator)))
        groups[group] = groups.get(group, Fraction(0)) + got
    groups = {g: min(p, Fraction(CAPS.get(g, 10**6))) for g, p in groups.items()}
    return groups, sum(groups.values(), Fraction(0))


def count_pair() -> st.SearchStrategy[tuple[int | None, int | None]]:
    def pair(top: int) -> st.SearchStrategy[tuple[int | None, int | None]]:
        return st.integers(min_value=1, max_value=top).flatmap(
            lambda d: st.tuples(st.integers(min_value=0, max_value=d), st.just(d)))

    # small denominators (40, 400, 1200…) make exact halves like 6 × 223 / 1200 = 1.115 common
    return st.one_of(pair(500_000), pair(1200), st.sampled_from([(223, 1200), (1, 8), (3, 16), (7, 40)]),
                     st.just((None, None)), st.just((0, 0)))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(TABLE)), count_pair()))
def test_score_equals_the_plain_reference(counts: dict[str, tuple[int | None, int | None]]) -> None:
    rows = [MetricCount("31294", "2026-Q3", m, n, d, f"f.csv:{k}") for k, (m, (n, d)) in enumerate(sorted(counts.items()))]
    result = IndexScorer(RUBRIC, "92").score("31294", "2026-Q3", rows)
    groups, total = reference(counts)
    assert {g.id: Fraction(g.points) for g in result.groups} == groups
    assert Fraction(result.total) == total
