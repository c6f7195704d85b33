"""Scoring a unit on an index rubric (the 766 index): metric counts in, the portal's points out.

Stage: scoring, after the facts (MetricCount, from dossier exports or a metric_counts file) and
before the reports. Every number comes from the rubric file (scoring/<year>-766.yaml): per
indicator r = numerator ÷ denominator, points = min(cap, slope × r) rounded to the rubric's
decimals (half up), an empty denominator decided by the indicator's own rule (zero, full, not
applicable, or shared out equally to named indicators, which then score on a larger maximum),
inherited metrics read from the province's row; a group is the sum of its rounded points, capped
at its cap; the total is the sum of the groups. Pure functions; Decimal throughout.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cchc_rules.dossiers.counts import MetricCount
from cchc_rules.rulepack.rubric_766 import Conversion, Group, IndexRubricFile, Indicator, chosen


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator of one unit: the counts, the rate, the points and how they were made."""

    metric: str
    name: str
    numerator: int | None
    denominator: int | None
    rate: Decimal | None  # percent, to the rubric's decimals; None when the denominator is empty
    points: Decimal | None  # None: not applicable (or shared out to others)
    max: Decimal  # the indicator's maximum, plus any points shared to it
    declared_max: Decimal
    case: str  # computed | empty_zero | empty_full | not_applicable | shared_out
    formula: str  # the arithmetic, as a reader checks it: "min(2, 2.5 × 0.7500) = 1.88"
    source: str
    inherited_from: str | None
    shared_from: tuple[str, ...] = ()


@dataclass(frozen=True)
class GroupScore:
    id: str
    short: str | None
    name: str
    max: Decimal
    points: Decimal
    capped: bool
    indicators: tuple[IndicatorScore, ...]


@dataclass(frozen=True)
class UnitScore:
    unit: str
    period: str
    total: Decimal
    max: Decimal
    max_available: Decimal
    band: tuple[str, str] | None  # (label, colour)
    groups: tuple[GroupScore, ...]


def _d(value: float | int) -> Decimal:
    return Decimal(str(value))


def _show(value: Decimal) -> str:
    return f"{value.normalize():f}"


class IndexScorer:
    """Scores units on one index rubric; `province` is the code whose row inherited metrics use."""

    def __init__(self, rubric: IndexRubricFile, province: str | None = None) -> None:
        self.rubric, self.province = rubric, province
        self.variant = rubric.index.variant
        self.quantum = Decimal(1).scaleb(-rubric.index.decimals)

    def q(self, value: Decimal) -> Decimal:
        return value.quantize(self.quantum, rounding=ROUND_HALF_UP)

    # ── one unit ───────────────────────────────────────────────────────────────────────────

    def score(self, unit: str, period: str, counts: Iterable[MetricCount]) -> UnitScore:
        """The unit's score for `period` from the counts (any units and periods; others are ignored)."""
        own: dict[str, MetricCount] = {}
        province: dict[str, MetricCount] = {}
        for count in counts:
            if count.period != period:
                continue
            if count.unit == unit:
                own.setdefault(count.metric, count)
            if self.province is not None and count.unit == self.province:
                province.setdefault(count.metric, count)
        picked = {ind.metric: self._count(ind, unit, own, province) for ind in self._indicators()}
        empty = {m for m, c in picked.items() if c is None or c.rate is None}
        extra = self._shares(empty)
        groups = tuple(self._group(g, picked, empty, extra) for g in self.rubric.groups)
        total = sum((g.points for g in groups), Decimal(0))
        top = sum((_d(g.max) for g in self.rubric.groups), Decimal(0))
        available = top - sum((i.declared_max for g in groups for i in g.indicators
                               if i.case == "not_applicable"), Decimal(0))
        return UnitScore(unit=unit, period=period, total=total, max=top, max_available=available,
                         band=self._band(total), groups=groups)

    def score_each(self, units: Iterable[str], period: str, counts: Iterable[MetricCount]) -> list[UnitScore]:
        """`score` of each unit, the counts read once: each unit is given only its own rows and the
        province's (scoring each unit on every count took 33 s for the country's 3,355 units)."""
        by_unit: dict[str, list[MetricCount]] = {}
        for count in counts:
            if count.period == period:
                by_unit.setdefault(count.unit, []).append(count)
        mine = by_unit.get(self.province, []) if self.province is not None else []
        return [self.score(u, period, by_unit.get(u, []) + ([] if u == self.province else mine)) for u in units]

    def _indicators(self) -> list[Indicator]:
        return [ind for g in self.rubric.groups for ind in g.indicators]

    def _count(self, ind: Indicator, unit: str, own: dict[str, MetricCount],
               province: dict[str, MetricCount]) -> MetricCount | None:
        """The unit's own row; for an inherited metric without one, the province's row."""
        if ind.metric in own:
            return own[ind.metric]
        if ind.inherited and self.province is not None and unit != self.province and ind.metric in province:
            found = province[ind.metric]
            return MetricCount(unit, found.period, found.metric, found.numerator, found.denominator,
                               found.source, self.province)
        return None

    def _shares(self, empty: set[str]) -> dict[str, tuple[Decimal, tuple[str, ...]]]:
        """Points each indicator receives from empty indicators whose rule is `share`, and from whom.

        An empty leaf's maximum (plus what it received) is split equally among its named leaves;
        a named leaf that is itself empty and shares passes its part on (check refuses circles).
        """
        rules = {ind.metric: chosen(ind, self.variant) for ind in self._indicators()}
        maxima = {ind.metric: _d(ind.max) for ind in self._indicators()}
        sharing = [m for m in rules if m in empty and rules[m][1] == "share"]
        received: dict[str, Decimal] = {m: Decimal(0) for m in rules}
        givers: dict[str, list[str]] = {m: [] for m in rules}

        def give(metric: str, amount: Decimal, origin: str, depth: int) -> None:
            names = rules[metric][2]
            if not names or depth > len(rules):
                return
            part = amount / len(names)
            for name in names:
                if name in sharing:
                    give(name, part, origin, depth + 1)
                elif name in received:
                    received[name] += part
                    if origin not in givers[name]:
                        givers[name].append(origin)

        for metric in sharing:
            give(metric, maxima[metric], metric, 0)
        return {m: (received[m], tuple(givers[m])) for m in rules if received[m]}

    def _group(self, group: Group, picked: dict[str, MetricCount | None], empty: set[str],
               extra: dict[str, tuple[Decimal, tuple[str, ...]]]) -> GroupScore:
        scored = tuple(self._indicator(ind, picked[ind.metric], ind.metric in empty,
                                       extra.get(ind.metric, (Decimal(0), ()))) for ind in group.indicators)
        raw = sum((i.points for i in scored if i.points is not None), Decimal(0))
        cap = _d(group.cap if group.cap is not None else group.max)
        return GroupScore(id=group.id, short=group.short, name=group.name, max=_d(group.max),
                          points=min(cap, raw), capped=raw > cap, indicators=scored)

    def _indicator(self, ind: Indicator, count: MetricCount | None, is_empty: bool,
                   extra: tuple[Decimal, tuple[str, ...]]) -> IndicatorScore:
        conversion, rule, share_to = chosen(ind, self.variant)
        top = _d(ind.max)
        numerator = count.numerator if count else None
        denominator = count.denominator if count else None
        common = dict(metric=ind.metric, name=ind.name, numerator=numerator, denominator=denominator,
                      declared_max=top, source=count.source if count else "",
                      inherited_from=count.inherited_from if count else None)
        if is_empty:
            empty_points = {"zero": Decimal(0), "full": top, "not_applicable": None, "share": None}[rule]
            case = {"zero": "empty_zero", "full": "empty_full", "not_applicable": "not_applicable",
                    "share": "shared_out"}[rule]
            formula = ("→ " + ", ".join(share_to)) if rule == "share" else ""
            return IndicatorScore(rate=None, points=empty_points, max=top, case=case, formula=formula, **common)
        assert numerator is not None and denominator  # not empty
        r = Decimal(numerator) / Decimal(denominator)
        points, formula = self.convert(conversion, top, numerator, denominator)
        gained, givers = extra
        if gained:
            scaled = self.q(points * (top + gained) / top) if top else Decimal(0)
            formula = f"{formula} × ({_show(top)} + {_show(self.q(gained))}) / {_show(top)} = {_show(scaled)}"
            points = scaled
        rate = self.q(r * 100)
        return IndicatorScore(rate=rate, points=points, max=top + gained, case="computed", formula=formula,
                              shared_from=givers, **common)

    def convert(self, conversion: Conversion, top: Decimal, numerator: int, denominator: int
                ) -> tuple[Decimal, str]:
        """min(cap, slope × r), rounded; and the arithmetic written out.

        One division, last: slope × numerator ÷ (denominator × full_at), so an exact half (1.115)
        stays exact and rounds up, as the portal's 2-decimal rounding does.
        """
        if conversion.full_at is not None:
            above, below = top, _d(conversion.full_at)
            slope_text = f"{_show(top)}/{_show(below)}"
        else:
            above = _d(conversion.slope) if conversion.slope is not None else top
            below, slope_text = Decimal(1), _show(above)
        value = above * numerator / (below * denominator)
        r = Decimal(numerator) / Decimal(denominator)
        shown_r = f"{r.quantize(Decimal('0.0001'), rounding=ROUND_HALF_UP)}"
        if not conversion.capped:
            got = self.q(value)
            return got, f"{slope_text} × {shown_r} = {_show(got)}"
        cap = _d(conversion.cap) if conversion.cap is not None else top
        got = self.q(min(cap, value))
        return got, f"min({_show(cap)}, {slope_text} × {shown_r}) = {_show(got)}"

    def _band(self, total: Decimal) -> tuple[str, str] | None:
        for band in self.rubric.index.bands:
            if _d(band.min) <= total and (band.below is None or total < _d(band.below)):
                return band.label, band.colour
        return None


def rank(scores: Iterable[UnitScore]) -> list[tuple[int, UnitScore]]:
    """Units by total, highest first (ties share a rank: 1, 1, 3), then by code."""
    ordered = sorted(scores, key=lambda s: (-s.total, s.unit))
    out: list[tuple[int, UnitScore]] = []
    for k, score in enumerate(ordered):
        place = out[-1][0] if out and out[-1][1].total == score.total else k + 1
        out.append((place, score))
    return out


def units_in(counts: Iterable[MetricCount], period: str) -> list[str]:
    """Every unit with a count in the period, by code."""
    return sorted({c.unit for c in counts if c.period == period})
