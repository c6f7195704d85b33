"""The batch as a JSON document (the contract): summary, ranking, skipped units with their
problems, then every ranked unit's full results. The full results are streamed from the spool
folder into the output, so the parent never holds them all; the text is byte-identical to
`to_json` of the whole document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cchc_rules.batch.ranking import classification_counts
from cchc_rules.batch.reasons import REASONS, problem_json, reason_label
from cchc_rules.messages import render_problem
from cchc_rules.report.json_out import to_json

if TYPE_CHECKING:
    from pathlib import Path
    from typing import IO

    from cchc_rules.batch.discover import Skipped
    from cchc_rules.batch.run import BatchResult
    from cchc_rules.messages import Lang


def summary_json(result: BatchResult, lang: Lang) -> dict[str, Any]:
    """Units found, scored and skipped, the reasons for skipping (grouped), the classifications."""
    by_reason: dict[str, int] = {}
    for skipped in result.skipped:
        by_reason[skipped.reason] = by_reason.get(skipped.reason, 0) + 1
    order = list(REASONS)
    reasons = [{"reason": reason, "label": reason_label(reason, lang), "count": count}
               for reason, count in sorted(by_reason.items(), key=lambda kv: order.index(kv[0]))]
    return {"found": result.found, "scored": len(result.ranking), "skipped": len(result.skipped),
            "skipped_by_reason": reasons, "classifications": classification_counts(result.ranking)}


def summary_line(result: BatchResult, lang: Lang) -> str:
    """One sentence for standard error: 'Tìm thấy 105 đơn vị: chấm điểm 103, bỏ qua 2 (…).'"""
    head = summary_json(result, lang)
    why = "; ".join(f"{r['label']}: {r['count']}" for r in head["skipped_by_reason"])
    text = ("Tìm thấy {found} đơn vị: chấm điểm {scored}, bỏ qua {skipped}" if lang == "vi"
            else "Found {found} units: scored {scored}, skipped {skipped}").format(**head)
    return text + (f" ({why})." if why else ".")


def skipped_json(skipped: Skipped, lang: Lang) -> dict[str, Any]:
    return {"folder": skipped.folder, "code": skipped.code, "reason": skipped.reason,
            "label": reason_label(skipped.reason, lang),
            "problems": [problem_json(p, lang) for p in skipped.problems]}


def skipped_text(skipped: Skipped, lang: Lang, limit: int = 20) -> str:
    """The problems of a skipped unit, rendered like the other commands render them."""
    shown = [render_problem(p, lang) for p in skipped.problems[:limit]]
    if len(skipped.problems) > limit:
        more = len(skipped.problems) - limit
        shown.append(f"… và {more} vấn đề khác" if lang == "vi" else f"… and {more} more")
    return "\n".join(shown)


def batch_head(result: BatchResult, data: str, rules: str, lang: Lang) -> dict[str, Any]:
    """The document without the units' full results (`units` is left empty, and last)."""
    return {
        "year": result.year, "period": result.period, "data": data, "rules": rules, "rubric": result.rubric,
        "summary": summary_json(result, lang),
        "ranking": result.ranking,
        "skipped": [skipped_json(s, lang) for s in result.skipped],
        "units": [],
    }


def write_json(head: dict[str, Any], spool: Path, codes: list[str], out: IO[str]) -> None:
    """Write `head` with `units` filled from the spool folder's <code>.json files, in `codes` order
    (each file is removed once copied)."""
    text = to_json(head)
    tail = '"units": []\n}\n'
    if not codes:
        out.write(text)
        return
    out.write(text[: -len(tail)] + '"units": [\n')
    for index, code in enumerate(codes):
        spooled = spool / f"{code}.json"
        unit = spooled.read_text(encoding="utf-8").rstrip("\n")
        spooled.unlink()  # written once: free the disk as the output grows
        out.write("\n".join("    " + line for line in unit.split("\n")))
        out.write(",\n" if index < len(codes) - 1 else "\n")
    out.write("  ]\n}\n")
