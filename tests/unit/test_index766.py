"""The 766 index from metric counts: the worked examples of DOMAIN-766 §2–§3 score to the cent,
with the bundled rubric (scoring/2026-766.yaml) in its observed and its documented variant."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.index766 import IndexScorer, UnitScore, rank
from cchc_rules.index766_report import index_document
from cchc_rules.report.json_out import to_json
from cchc_rules.rulepack.load import load_rules
from cchc_rules.rulepack.rubric_766 import IndexRubricFile

COMMUNE, PROVINCE, PERIOD = "31294", "92", "2026-Q3"


@pytest.fixture(scope="module")
def rubric() -> IndexRubricFile:
    return load_rules().indexes["scoring/2026-766.yaml"]


def documented(rubric: IndexRubricFile) -> IndexRubricFile:
    head = rubric.index.model_copy(update={"variant": "documented"})
    return rubric.model_copy(update={"index": head})


def counts(rows: dict[str, tuple[int | None, int | None]], unit: str = COMMUNE) -> list[MetricCount]:
    return [MetricCount(unit, PERIOD, m, n, d, f"metric_counts.csv:{k + 2}") for k, (m, (n, d)) in enumerate(rows.items())]


def score(rubric: IndexRubricFile, rows: dict[str, tuple[int | None, int | None]], extra: list[MetricCount] = ()
          ) -> UnitScore:  # type: ignore[assignment]
    return IndexScorer(rubric, PROVINCE).score(COMMUNE, PERIOD, counts(rows) + list(extra))


def group(result: UnitScore, gid: str) -> Decimal:
    return next(g.points for g in result.groups if g.id == gid)


def points(result: UnitScore, metric: str) -> Decimal | None:
    return next(i.points for g in result.groups for i in g.indicators if i.metric == metric)


def test_payment_group_is_6A_plus_capped_2_5B_plus_2_5C(rubric: IndexRubricFile) -> None:
    # 6 × 0.75 + min(2, 2.5 × 0.9) + min(2, 2.5 × 0.6) = 4.5 + 2 + 1.5
    result = score(rubric, {"PAYMENT_DOSSIER_ONLINE": (75, 100), "PAYMENT_FORMALITY_PAID": (9, 10),
                            "PAYMENT_FORMALITY_INTEGRATED": (3, 5)})
    assert points(result, "PAYMENT_FORMALITY_PAID") == Decimal("2.00")
    assert points(result, "PAYMENT_FORMALITY_INTEGRATED") == Decimal("1.50")
    assert group(result, "ONLINE_PAYMENT") == Decimal("8.00")


def test_payment_C_uncapped_is_held_by_the_group_cap_of_10(rubric: IndexRubricFile) -> None:
    groups = []
    for g in rubric.groups:
        if g.id == "ONLINE_PAYMENT":
            inds = [i.model_copy(update={"points": i.points.model_copy(update={"cap": None, "capped": False})})
                    if i.metric == "PAYMENT_FORMALITY_INTEGRATED" else i for i in g.indicators]
            g = g.model_copy(update={"indicators": inds})
        groups.append(g)
    observed_fit = rubric.model_copy(update={"groups": groups})
    rows = {"PAYMENT_DOSSIER_ONLINE": (1, 1), "PAYMENT_FORMALITY_PAID": (1, 1), "PAYMENT_FORMALITY_INTEGRATED": (9, 10)}
    result = score(observed_fit, rows)
    assert points(result, "PAYMENT_FORMALITY_INTEGRATED") == Decimal("2.25")  # 2.5 × 0.9, no term cap
    assert group(result, "ONLINE_PAYMENT") == Decimal("10")  # 6 + 2 + 2.25 = 10.25, capped
    assert next(g for g in result.groups if g.id == "ONLINE_PAYMENT").capped


def test_online_service_group(rubric: IndexRubricFile) -> None:
    # min(2, 2 × 0.7 / 0.8) + 4 × 0.5 + min(6, 6 × 0.3 / 0.5) = 1.75 + 2 + 3.6
    result = score(rubric, {"DVCTT_FORMALITY_PROVIDED": (7, 10), "DVCTT_SERVICE_WITH_DOSSIER": (1, 2),
                            "DVCTT_ONLINE_DOSSIER": (3, 10)})
    assert group(result, "ONLINE_SERVICE") == Decimal("7.35")
    full = score(rubric, {"DVCTT_FORMALITY_PROVIDED": (9, 10), "DVCTT_SERVICE_WITH_DOSSIER": (1, 1),
                          "DVCTT_ONLINE_DOSSIER": (6, 10)})
    assert group(full, "ONLINE_SERVICE") == Decimal("12")


def test_no_pakn_gives_6_plus_6_observed(rubric: IndexRubricFile) -> None:
    # no PAKN: both PAKN indicators full; satisfaction min(6, 6 × 0.81 / 0.9) = 5.4
    result = score(rubric, {"PETITION_PROCESSING_ON_TIME": (0, 0), "PETITION_HANDLING_SATISFACTION": (None, None),
                            "DOSSIER_RECEIVING_SATISFACTION": (81, 100)})
    assert points(result, "PETITION_PROCESSING_ON_TIME") == Decimal(6)
    assert points(result, "PETITION_HANDLING_SATISFACTION") == Decimal(6)
    assert group(result, "SATISFACTION") == Decimal("17.40")


def test_one_late_pakn_costs_up_to_12_points_observed(rubric: IndexRubricFile) -> None:
    result = score(rubric, {"PETITION_PROCESSING_ON_TIME": (0, 1), "PETITION_HANDLING_SATISFACTION": (0, 1),
                            "DOSSIER_RECEIVING_SATISFACTION": (81, 100)})
    assert group(result, "SATISFACTION") == Decimal("5.40")


@pytest.mark.parametrize(("satisfied", "expected"), [(81, "16.20"), (95, "18.00"), (45, "9.00")])
def test_no_pakn_documented_is_18_min_1_r_over_0_9(rubric: IndexRubricFile, satisfied: int, expected: str) -> None:
    # the sheet's "chia đều": both PAKN indicators empty → the group is 18 × min(1, r / 0.9)
    result = score(documented(rubric), {"PETITION_PROCESSING_ON_TIME": (0, 0),
                                        "PETITION_HANDLING_SATISFACTION": (0, 0),
                                        "DOSSIER_RECEIVING_SATISFACTION": (satisfied, 100)})
    assert group(result, "SATISFACTION") == Decimal(expected)
    drs = next(i for g in result.groups for i in g.indicators if i.metric == "DOSSIER_RECEIVING_SATISFACTION")
    assert drs.max == Decimal(18)
    assert set(drs.shared_from) == {"PETITION_PROCESSING_ON_TIME", "PETITION_HANDLING_SATISFACTION"}
    assert points(result, "PETITION_PROCESSING_ON_TIME") is None


def test_documented_handling_satisfaction_alone_empty_is_split_in_halves(rubric: IndexRubricFile) -> None:
    # PAKN processed on time 100% (6 of 6); no satisfaction answers: its 6 points go 3 + 3
    result = score(documented(rubric), {"PETITION_PROCESSING_ON_TIME": (1, 1),
                                        "PETITION_HANDLING_SATISFACTION": (0, 0),
                                        "DOSSIER_RECEIVING_SATISFACTION": (81, 100)})
    assert points(result, "PETITION_PROCESSING_ON_TIME") == Decimal("9.00")  # 6 × (6 + 3) / 6
    assert points(result, "DOSSIER_RECEIVING_SATISFACTION") == Decimal("8.10")  # 5.4 × 9 / 6
    assert group(result, "SATISFACTION") == Decimal("17.10")


def test_so_hoa_observed_4r_documented_80_percent(rubric: IndexRubricFile) -> None:
    rows = {"SO_HOA_GIAY_TO_GIAI_QUYET": (60, 100)}
    assert points(score(rubric, rows), "SO_HOA_GIAY_TO_GIAI_QUYET") == Decimal("2.40")
    assert points(score(documented(rubric), rows), "SO_HOA_GIAY_TO_GIAI_QUYET") == Decimal("3.00")


def test_group_sums_points_rounded_per_metric(rubric: IndexRubricFile) -> None:
    # 6 × 223 / 1200 = 1.115 → 1.12 each; the unrounded sum 2.23 would be 0.01 less
    result = score(rubric, {"DOSSIER_SYNC": (223, 1200), "PUBLISH_ON_TIME": (223, 1200)})
    assert points(result, "DOSSIER_SYNC") == Decimal("1.12")
    assert group(result, "TRANSPARENCY") == Decimal("2.24")


def test_electronic_certified_copy_null_null_gives_2_to_every_unit(rubric: IndexRubricFile) -> None:
    result = score(rubric, {"ELECTRONIC_CERTIFIED_COPY": (None, None)})
    assert points(result, "ELECTRONIC_CERTIFIED_COPY") == Decimal(2)
    missing_row = score(rubric, {})
    assert points(missing_row, "ELECTRONIC_CERTIFIED_COPY") == Decimal(2)
    assert points(missing_row, "DOSSIER_ON_TIME") == Decimal(0)  # null → 0, maximum unchanged
    assert missing_row.max == missing_row.max_available == Decimal(100)


def test_inherited_metrics_come_from_the_province_row(rubric: IndexRubricFile) -> None:
    province = counts({"PUBLISH_ON_TIME": (412, 430), "DOSSIER_SYNC": (1, 2)}, unit=PROVINCE)
    result = score(rubric, {"DOSSIER_SYNC": (1180, 1204)}, province)
    publish = next(i for g in result.groups for i in g.indicators if i.metric == "PUBLISH_ON_TIME")
    assert (publish.numerator, publish.denominator, publish.inherited_from) == (412, 430, PROVINCE)
    assert publish.points == Decimal("5.75")  # 6 × 412 / 430 = 5.7488
    assert points(result, "DOSSIER_SYNC") == Decimal("5.88")  # its own, not the province's 3.00
    assert IndexScorer(rubric, None).score(COMMUNE, PERIOD, province + counts({})).groups[0].indicators[0].points == 0


def test_not_applicable_lowers_the_maximum(rubric: IndexRubricFile) -> None:
    groups = [g.model_copy(update={"indicators": [i.model_copy(update={"empty": "not_applicable"})
                                                  for i in g.indicators]}) if g.id == "PROGRESS" else g
              for g in rubric.groups]
    result = score(rubric.model_copy(update={"groups": groups}), {})
    assert points(result, "DOSSIER_ON_TIME") is None
    assert result.max_available == Decimal(80)


def test_total_is_the_sum_of_groups_and_band(rubric: IndexRubricFile) -> None:
    everything = {i.metric: (1, 1) for g in rubric.groups for i in g.indicators}
    result = score(rubric, everything)
    assert result.total == Decimal(100)
    assert result.band == ("Tốt", "#2e7d32")
    half = score(rubric, {m: (1, 2) for m in everything})
    assert sum(g.points for g in half.groups) == half.total
    assert half.band is not None and half.band[0] in {"Trung bình", "Khá"}


def test_ranking_ties_share_a_place(rubric: IndexRubricFile) -> None:
    scorer = IndexScorer(rubric, PROVINCE)
    rows = counts({"DOSSIER_ON_TIME": (1, 2)}, "A") + counts({"DOSSIER_ON_TIME": (1, 2)}, "B") \
        + counts({"DOSSIER_ON_TIME": (1, 1)}, "C")
    ranked = rank(scorer.score(u, PERIOD, rows) for u in ("A", "B", "C"))
    assert [(place, s.unit) for place, s in ranked] == [(1, "C"), (2, "A"), (2, "B")]


def test_same_counts_in_any_order_give_byte_identical_json(rubric: IndexRubricFile) -> None:
    rows = counts({i.metric: (k % 7, 7) for k, g in enumerate(rubric.groups) for i in g.indicators})
    rows += counts({"DOSSIER_ON_TIME": (3, 4)}, "31295")
    texts = set()
    for seed in range(3):
        shuffled = list(rows)
        random.Random(seed).shuffle(shuffled)
        scorer = IndexScorer(rubric, PROVINCE)
        ranked = rank(scorer.score(u, PERIOD, shuffled) for u in ("31294", "31295"))
        texts.add(to_json(index_document(rubric, "scoring/2026-766.yaml", PERIOD, "d", ranked, {}, [])))
    assert len(texts) == 1
    assert '"unit": "31294"' in next(iter(texts))


def test_other_periods_are_ignored(rubric: IndexRubricFile) -> None:
    rows = [MetricCount(COMMUNE, "2026-Q2", "DOSSIER_ON_TIME", 1, 1, "x:2")]
    assert points(score(rubric, {}, rows), "DOSSIER_ON_TIME") == Decimal(0)


def test_worked_examples_from_dossier_rows_score_to_the_cent(rubric: IndexRubricFile, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The payment and the no-PAKN satisfaction examples of DOMAIN-766 §3, from an export of dossier
    rows and a TTHC catalogue (no PAKN file) through `dossiers.compute`, not from typed counts."""
    import csv

    from cchc_rules.dossiers import compute

    with (tmp_path / "tthc.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["MaTTHC", "CoPhiLePhi"], *[[f"T{n}", "1"] for n in range(1, 11)]])
    rows = [["MaHoSo", "MaTTHC", "MaDonVi", "MaTinh", "NgayTiepNhan", "NgayHenTra", "NgayXuLyXong",
             "DuocThanhToanTrucTuyen", "TongPhiLePhi"]]
    for n in range(100):
        procedure = n % 9 + 1 if n < 75 else 10  # the 75 paid online cover T1…T9: B = 9/10
        rows.append([f"H{n}", f"T{procedure}", COMMUNE, PROVINCE, "2026-07-01 08:00", "2026-07-10 17:00",
                     "2026-07-05 10:00" if n < 81 else "2026-07-20 10:00",  # 81 on time, all satisfied
                     "1" if n < 75 else "0",  # A = 75/100
                     "50000" if procedure <= 6 else ""])  # fee data synced for T1…T6: C = 6/10
    with (tmp_path / "ho_so.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    counts = compute(tmp_path, [PERIOD])
    result = IndexScorer(rubric, PROVINCE).score(COMMUNE, PERIOD, counts)
    # 6 × 0.75 + min(2, 2.5 × 0.9) + min(2, 2.5 × 0.6) = 4.5 + 2 + 1.5
    assert [points(result, m) for m in ("PAYMENT_DOSSIER_ONLINE", "PAYMENT_FORMALITY_PAID",
                                        "PAYMENT_FORMALITY_INTEGRATED")] == [Decimal("4.50"), Decimal("2.00"),
                                                                              Decimal("1.50")]
    assert group(result, "ONLINE_PAYMENT") == Decimal("8.00")
    # no PAKN: 6 + 6, and min(6, 6 × 0.81 / 0.90) = 5.4 for the dossiers' satisfaction
    assert group(result, "SATISFACTION") == Decimal("17.40")
    # 20 × 81/100 on time
    assert points(result, "DOSSIER_ON_TIME") == Decimal("16.20")


def test_score_each_reads_the_counts_once_and_gives_what_score_gives_on_all_of_them(rubric: IndexRubricFile) -> None:
    # Units, the province (its own row and the inherited metrics it lends), other periods, repeated
    # metrics (the first row counts), shuffled: score_each must be score on the whole list, unit by unit.
    metrics = [i.metric for g in rubric.groups for i in g.indicators]
    generator = random.Random(766)
    rows = [MetricCount(generator.choice(["31294", "31295", "31296", PROVINCE]), generator.choice([PERIOD, "2026-Q2"]),
                        generator.choice(metrics), n, n + generator.randint(0, 9), f"m.csv:{k + 2}")
            for k, n in enumerate(generator.randint(0, 40) for _ in range(600))]
    units = ["31294", "31295", "31296", PROVINCE, "31299"]  # the last has no row of its own
    scorer = IndexScorer(rubric, PROVINCE)
    assert scorer.score_each(units, PERIOD, rows) == [scorer.score(u, PERIOD, rows) for u in units]
    assert IndexScorer(rubric, None).score_each(units, PERIOD, rows) == [
        IndexScorer(rubric, None).score(u, PERIOD, rows) for u in units]
