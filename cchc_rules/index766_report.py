"""The index766 document: scored units (index766.py) → the JSON the command writes and the
renderers (report/index766_render.py) read; and the explanation of one indicator.

Stage: results. Plain dicts in a fixed key order, numbers as floats of the rubric's decimals, no
clock and no absolute path: the same rubric and counts give byte-identical JSON.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from cchc_rules.formats import number, percent, period_name
from cchc_rules.index766 import IndicatorScore, UnitScore
from cchc_rules.messages import Lang
from cchc_rules.rulepack.rubric_766 import IndexRubricFile, chosen

_CASE_WORDS = {
    "computed": ("tính theo tỷ lệ", "from the rate"),
    "empty_zero": ("mẫu số rỗng: 0 điểm", "empty denominator: 0 points"),
    "empty_full": ("mẫu số rỗng: đủ điểm", "empty denominator: full points"),
    "not_applicable": ("mẫu số rỗng: không tính", "empty denominator: not counted"),
    "shared_out": ("mẫu số rỗng: điểm chia đều cho", "empty denominator: points shared out to"),
}


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def indicator_json(ind: IndicatorScore) -> dict[str, Any]:
    return {"metric": ind.metric, "name": ind.name, "numerator": ind.numerator, "denominator": ind.denominator,
            "rate": _f(ind.rate), "points": _f(ind.points), "max": float(ind.max), "case": ind.case,
            "formula": ind.formula, "inherited_from": ind.inherited_from, "shared_from": list(ind.shared_from),
            "source": ind.source}


def unit_json(place: int, score: UnitScore, names: dict[str, str]) -> dict[str, Any]:
    return {
        "unit": score.unit, "name": names.get(score.unit, ""), "period": score.period, "rank": place,
        "total": float(score.total), "max": float(score.max), "max_available": float(score.max_available),
        "band": {"label": score.band[0], "colour": score.band[1]} if score.band else None,
        "groups": [{"id": g.id, "short": g.short, "name": g.name, "max": float(g.max), "points": float(g.points),
                    "capped": g.capped, "indicators": [indicator_json(i) for i in g.indicators]}
                   for g in score.groups],
    }


def index_document(rubric: IndexRubricFile, file: str, period: str, data: str,
                   ranked: list[tuple[int, UnitScore]], names: dict[str, str],
                   warnings: list[dict[str, Any]]) -> dict[str, Any]:
    head = rubric.index
    return {
        "index": {"id": head.id, "title": head.title, "file": file, "year": head.year, "variant": head.variant,
                  "total": float(head.total), "decimals": head.decimals, "basis": head.basis},
        "period": period, "data": data,
        "units": [unit_json(place, score, names) for place, score in ranked],
        "warnings": warnings,
    }


def explain_lines(rubric: IndexRubricFile, unit: dict[str, Any], metric: str, lang: Lang) -> list[str]:
    """How one indicator's points were made, line by line (the values are escaped by the caller)."""
    vi = lang == "vi"
    group = next(g for g in unit["groups"] if any(i["metric"] == metric for i in g["indicators"]))
    ind = next(i for i in group["indicators"] if i["metric"] == metric)
    spec = next(i for g in rubric.groups for i in g.indicators if i.metric == metric)
    conversion, rule, share_to = chosen(spec, rubric.index.variant)
    words = _CASE_WORDS[ind["case"]][0 if vi else 1]
    lines = [
        f"{ind['metric']}: {ind['name']}",
        (f"Đơn vị {unit['unit']}, {period_name(unit['period'], lang)}; nhóm {group['id']} ({group['name']})" if vi
         else f"Unit {unit['unit']}, {period_name(unit['period'], lang)}; group {group['id']} ({group['name']})"),
        (f"Tử số / mẫu số: {_count(ind['numerator'], lang)} / {_count(ind['denominator'], lang)}" if vi
         else f"Numerator / denominator: {_count(ind['numerator'], lang)} / {_count(ind['denominator'], lang)}"),
    ]
    if ind["rate"] is not None:
        lines.append(("Tỷ lệ: " if vi else "Rate: ") + percent(ind["rate"], lang))
    rule_text = {"zero": ("0 điểm", "zero"), "full": ("đủ điểm", "full"),
                 "not_applicable": ("không tính", "not_applicable"),
                 "share": ("chia đều cho ", "share → ")}[rule][0 if vi else 1] + (", ".join(share_to) if rule == "share" else "")
    slope = (f"{'đủ điểm từ tỷ lệ' if vi else 'full_at'} {number(conversion.full_at, lang)}"
             if conversion.full_at is not None
             else f"{'hệ số' if vi else 'slope'} {number(conversion.slope if conversion.slope is not None else spec.max, lang)}")
    top = number(conversion.cap if conversion.cap is not None else spec.max, lang)
    cap = ("không trần" if vi else "uncapped") if not conversion.capped else f"{'trần' if vi else 'cap'} {top}"
    lines.append((f"Cách chấm ({rubric.index.variant}): {slope}, {cap}; mẫu số rỗng: {rule_text}" if vi
                  else f"Conversion ({rubric.index.variant}): {slope}, {cap}; empty denominator: {rule_text}"))
    formula = ind["formula"] if not vi else re.sub(r"(\d)\.(\d)", r"\1,\2", ind["formula"])  # 0.75 → 0,75
    lines.append(f"{words}{' ' + formula if formula else ''}")
    if ind["shared_from"]:
        lines.append(("Nhận thêm điểm chia đều từ: " if vi else "Receives shared points from: ")
                     + ", ".join(ind["shared_from"]))
    shown = "—" if ind["points"] is None else number(ind["points"], lang)
    lines.append((f"Điểm: {shown} / {number(ind['max'], lang)}" if vi else f"Points: {shown} / {number(ind['max'], lang)}"))
    source = ind["source"] or ("không có dòng số liệu" if vi else "no row of counts")
    if ind["inherited_from"]:
        source += (f" (số liệu của tỉnh {ind['inherited_from']})" if vi else f" (the province {ind['inherited_from']}'s counts)")
    lines.append(("Nguồn: " if vi else "Source: ") + source)
    return lines


def sample_lines(sample: Any, lang: Lang) -> list[str]:
    """The first dossiers (PAKN) counted and not counted, with file:row, code and reason; `sample`
    is a dossiers.sample.Sample, or None when there are no rows to list (counts given as such)."""
    from cchc_rules.wording.dossiers import REASONS

    vi = lang == "vi"
    if sample is None:
        return ["Không có hồ sơ để liệt kê: chỉ số này không tính từng hồ sơ, hoặc số liệu là số tổng hợp sẵn."
                if vi else "No dossiers to list: this indicator is not counted dossier by dossier, or its counts "
                "were given as totals."]
    petition = sample.metric.startswith("PETITION_")
    noun = ("PAKN" if petition else "hồ sơ") if vi else ("PAKN" if petition else "dossiers")
    lines: list[str] = []
    for rows, (head_vi, head_en) in ((sample.counted, ("được tính vào tử số", "counted in the numerator")),
                                     (sample.not_counted, ("trong mẫu số nhưng không được tính vào tử số",
                                                           "in the denominator but not counted"))):
        shown = number(len(rows), lang, 0)
        lines.append(f"{noun.capitalize()} {head_vi if vi else head_en} "
                     + (f"({shown} đầu tiên):" if vi else f"(first {shown}):"))
        lines += [f"  {r.file}:{r.row}  {r.code}  {REASONS.get(r.reason, (r.reason, r.reason))[0 if vi else 1]}"
                  for r in rows] or [("  (không có)" if vi else "  (none)")]
    return lines


def _count(value: int | None, lang: Lang) -> str:
    return "—" if value is None else number(value, lang, 0)
