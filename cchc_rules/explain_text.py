"""`cchc-rules explain`: why a finding was raised — rule, clause quoted, facts with file:row,
the comparison and the margin — or how a criterion got its points (the arithmetic, the documents
attached, the appraisal), as plain text drawn from the JSON and the pack."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from cchc_rules import formats
from cchc_rules.findings import fmt_date
from cchc_rules.formats import points
from cchc_rules.messages import Lang
from cchc_rules.periods import from_int
from cchc_rules.trace_words import CASE_WORDS, METHOD_WORDS, document_text, how_text, word
from cchc_rules.rulepack.pack import RulePack

_L = {
    "vi": ("Phát hiện", "Cơ quan", "Phối hợp", "Nội dung", "Quy tắc", "tham số tại", "Điều kiện",
           "Điều khoản", "Dữ kiện", "không có dòng nào (vắng mặt chính là phát hiện)", "Phép so sánh",
           "Giải trình", "lần kiểm tra đầu tiên phát hiện, mốc tính hạn: ngày", "đã nhận",
           "chưa nhận giải trình", "Cách khắc phục", "Mức năm theo giả định của bộ quy tắc",
           "Phần kỹ thuật (cho người cần đối chiếu)", "Mã phát hiện"),
    "en": ("Finding", "Agency", "Co-agencies", "Message", "Rule", "parameters at", "Condition",
           "Clause", "Facts", "no row (the absence is the finding)", "Comparison",
           "Explanation", "first found by the check of (the deadline counts from it)", "received",
           "no explanation received", "What to do", "Yearly level assumed by the rule pack",
           "Technical part (for those who check)", "Finding id"),
}


def clause_text(pack: RulePack, clause: str, finding: dict[str, Any]) -> str:
    """The words of the plan behind a clause, as the pack encodes them."""
    subject = finding["subject"]
    if subject["type"] == "task":
        task = next(t for t in pack.tasks.tasks if t.number == int(subject["key"].split(".")[0]))
        return f"{task.content} — Thời gian hoàn thành: {task.schedule.as_written}"
    target_id = finding["rule"].split(".", 1)[1] if finding["rule"].startswith(("target-", "indicator-")) else None
    if target_id:
        target = next(t for t in pack.targets.targets if t.id == target_id)
        return target.name
    texts = [r.text for r in pack.reporting.responsibilities if r.clause == clause]
    texts += [t.content for t in pack.tasks.tasks if t.clause == clause]
    texts += [t.name for t in pack.targets.targets if t.clause == clause]
    return texts[0] if texts else ""


_DAY_WORDS = {"vi": {"due": "hạn", "as_of": "ngày xét", "completed_on": "ngày hoàn thành",
                     "received_on": "ngày nhận", "handled_on": "ngày xử lý"},
              "en": {"due": "due", "as_of": "day judged", "completed_on": "completed on",
                     "received_on": "received on", "handled_on": "handled on"}}


def comparison(finding: dict[str, Any], lang: Lang) -> str:
    """The comparison the rule made, with the margin, in the reader's words and formats."""
    v = finding["trace"]["values"]
    vi = lang == "vi"
    threshold = finding["trace"].get("threshold")
    if "reported" in v:
        if not v["reported"]:
            return "không có giá trị" if vi else "no value"
        if threshold is None:
            return formats.number(v["value"], lang)
        gap = formats.number(abs(threshold - v["value"]), lang)
        word = "cách" if vi else "off by"
        return (f"{formats.number(v['value'], lang)} / {finding['trace']['comparison']} "
                f"{formats.number(threshold, lang)}: {word} {gap}")
    parts = []
    condition = finding["trace"]["condition"]
    words = _DAY_WORDS[lang]
    for key, other in (("completed_on", "due"), ("received_on", "due"), ("handled_on", "due"),
                       ("due", "as_of")):
        compared = re.search(rf"\b{key}\s*(<=|>=|<|>)\s*{other}\b", condition)
        if v.get(key) and v.get(other) and compared:
            a, b = from_int(v[key]), from_int(v[other])
            days = (a - b).days if a and b else 0
            parts.append(f"{words[key]} {fmt_date(v[key])} / {words[other]} {fmt_date(v[other])}: "
                         f"{abs(days)} {'ngày' if vi else 'day(s)'}")
    return "; ".join(parts)


def explain_finding(pack: RulePack, finding: dict[str, Any], doc: dict[str, Any], lang: Lang) -> str:
    """The finding in prose for a reader (names, periods, dates), then a technical part (its id,
    rule, engine condition, facts and values) for those who check."""
    from cchc_rules.report.names import names_of

    names = names_of(pack)
    label = _L[lang]
    trace = finding["trace"]
    vi = lang == "vi"
    period = formats.quarter_name(doc["period"], lang)
    judged = formats.date(doc["as_of"], lang)
    rows = [f"{label[0]}: {names.subject(finding['subject'], lang)} — {period}, "
            f"{'ngày xét' if vi else 'judged on'} {judged}",
            f"{label[1]}: {names.agency(finding['agency'])}"]
    if finding["co_agencies"]:
        rows.append(f"{label[2]}: {names.agency_list(finding['co_agencies'])}")
    rows += [f"{label[3]}: {finding['message']}",
             f"{label[7]}: {finding['clause']} — \u201c{clause_text(pack, finding['clause'], finding)}\u201d"]
    facts = [f"  {f['file']}:{f['row']}" for f in trace["facts"]] or [f"  {label[9]}"]
    rows += [f"{label[8]}:", *facts]
    rows.append(f"{label[10]}: {comparison(finding, lang)}")
    explanation = finding.get("explanation")
    if explanation:
        rule = explanation["trace"]
        rows.append(f"{label[11]}: {explanation['message']}")
        rows.append(f"  {label[12]} {fmt_date(dt.date.fromisoformat(explanation['found_on']))}")
        rows += [f"  {f['file']}:{f['row']}" for f in rule["facts"]] or [f"  {label[14]}"]
    level = trace.get("assumed_level")
    if level:
        rows.append(f"{label[16]}: {level['basis'] or '—'}")
    if finding.get("hint"):
        rows.append(f"{label[15]}: {finding['hint']}")
    rows += ["", f"{label[17]}:",
             f"  {label[18]}: {finding['id']} ({finding['kind']})",
             f"  {label[4]}: {trace['rule']} ({label[5]} {trace['rule_source']})",
             f"  {label[6]}: {trace['condition']}",
             "  " + ", ".join(f"{k}={_show(k, v)}" for k, v in trace["values"].items())]
    if explanation:
        rule = explanation["trace"]
        rows.append(f"  {label[11]} — {label[4].lower()}: {rule['rule']} — {rule['condition']}")
    return "\n".join(rows)


def _show(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if key in ("due", "as_of", "completed_on", "received_on", "handled_on", "submitted_on", "since", "found_on") \
            and isinstance(value, int) and not isinstance(value, bool):
        return fmt_date(value) or "—"
    return str(value)


def _leaves(node: dict[str, Any]) -> list[dict[str, Any]]:
    return [node] if not node["criteria"] else [leaf for c in node["criteria"] for leaf in _leaves(c)]


def _find(nodes: list[dict[str, Any]], wanted: str) -> dict[str, Any] | None:
    for node in nodes:
        if node["id"] == wanted:
            return node
        found = _find(node["criteria"], wanted)
        if found is not None:
            return found
    return None


def fact_rows(facts: list[dict[str, Any]]) -> list[str]:
    """The facts as `file:row` lines, a run of consecutive rows of one file as `file:first–last`.

    Examples:
        >>> fact_rows([{"file": "a.csv", "row": 2}, {"file": "a.csv", "row": 3}, {"file": "a.csv", "row": 4},
        ...            {"file": "b.csv", "row": 9}])
        ['  a.csv:2–4', '  b.csv:9']
    """
    runs: list[list[Any]] = []
    for fact in facts:
        if runs and runs[-1][0] == fact["file"] and runs[-1][2] + 1 == fact["row"]:
            runs[-1][2] = fact["row"]
        else:
            runs.append([fact["file"], fact["row"], fact["row"]])
    return [f"  {file}:{first}" + (f"–{last}" if last != first else "") for file, first, last in runs]


def _part_of(doc: dict[str, Any], criterion_id: str) -> dict[str, Any] | None:
    return next((p for p in doc["criteria"] if _find([p], criterion_id) is not None), None)


def explain_criterion(doc: dict[str, Any], criterion_id: str, lang: Lang) -> str | None:
    """A criterion's points: the arithmetic, what it was computed from (with file:row), the documents
    attached, the appraisal and what would gain points — no engine condition or fact fields; for a
    bonus or penalty part its cap, for an area with a "không áp dụng" criterion its rescaling."""
    node = _find(doc["criteria"], criterion_id)
    if node is None:
        return None
    vi = lang == "vi"
    part = _part_of(doc, criterion_id) or {}
    penalty = part.get("kind") == "penalty"
    rows = [f"{'Tiêu chí' if vi else 'Criterion'} {node['id']}: {node['name']}",
            f"{('Điểm trừ' if penalty else 'Điểm') if vi else ('Points deducted' if penalty else 'Points')}: "
            f"{points(node['points'], lang)} / {points(node['max'], lang)}"]
    appraisal = node.get("appraisal")
    if node["criteria"]:
        parts = " + ".join(f"{c['id']} ({points(c['points'], lang)})" for c in node["criteria"])
        total = node.get("points_before_cap", node.get("rescaled") and node["rescaled"]["raw_points"])
        rows.append(f"{'Tổng các tiêu chí con' if vi else 'Sum of sub-criteria'}: {parts} = "
                    f"{points(total if total is not None else node['points'], lang)}")
        if node.get("cap") is not None:
            cap, scale = points(node["cap"], lang), points(doc["rubric"]["total"], lang)
            rows.append((f"Tính tối đa {cap} điểm, ngoài tổng {scale} điểm" if vi
                         else f"At most {cap} points count, outside the total of {scale}")
                        + f": {points(node['points'], lang)}")
        if node.get("rescaled"):
            r = node["rescaled"]
            na = ", ".join(c["id"] for c in _leaves(node) if c.get("not_applicable"))
            rows.append((f"Quy đổi trong lĩnh vực (tiêu chí không áp dụng: {na}): "
                         if vi else f"Rescaled within the area (not applicable: {na}): ")
                        + f"{points(r['raw_points'], lang)} × {points(node['max'], lang)} / "
                          f"{points(r['applicable_max'], lang)} = {points(node['points'], lang)}")
        if appraisal:
            rows.append(f"{'Điểm thẩm định' if vi else 'Appraised points'}: {points(appraisal['points'], lang)}")
        return "\n".join(rows)
    trace = node["trace"]
    rows += [f"{'Cách chấm' if vi else 'Method'}: {word(METHOD_WORDS, node['method'], lang)} — "
             f"{word(CASE_WORDS, trace['case'], lang)}"]
    if node.get("working"):
        rows.append(f"{'Cách tính' if vi else 'Arithmetic'}: {node['working']}")
    rows.append(f"{'Số liệu' if vi else 'Computed from'}: " + (how_text(trace["how"], lang) or "—"))
    facts = fact_rows(trace["facts"]) or ["  " + ("không có dòng dữ liệu nào" if vi else "no data row")]
    rows += [f"{'Dữ kiện' if vi else 'Facts'}:", *facts]
    if node.get("not_applicable"):
        na = node["not_applicable"]
        rescale = {"area": ("điểm lĩnh vực quy đổi theo các tiêu chí còn lại", "the area rescaled over the rest"),
                   "total": ("tổng điểm quy đổi về thang 100", "the total rescaled to 100")}[na["rescale"]]
        rows.append(f"{'Không áp dụng' if vi else 'Not applicable'}: {na['reason']} ({na['document']}); "
                    + rescale[0 if vi else 1])
    elif node.get("margin"):
        label = ("Điểm trừ" if vi else "Deduction") if penalty else (
            "Để đạt điểm cao hơn" if vi else "For more points")
        rows.append(f"{label}: {node['margin']}")
    if node["evidence"]:
        rows.append(f"{'Tài liệu kiểm chứng cần có' if vi else 'Evidence required'}: " + "; ".join(node["evidence"]))
    attached = node.get("documents") or []
    rows.append(f"{'Tài liệu đã đính kèm' if vi else 'Documents attached'}:"
                + ("" if attached else (" không có" if vi else " none")))
    rows += [f"  - {document_text(d, lang)} ({d['file']}:{d['row']})" for d in attached]
    if appraisal:
        comment = f" — {appraisal['comment']}" if appraisal.get("comment") else ""
        rows.append(f"{'Điểm thẩm định' if vi else 'Appraised points'} ({'vòng' if vi else 'round'} "
                    f"{appraisal['round']}): {points(appraisal['points'], lang)}{comment}")
    rows.append(f"{'Quy tắc' if vi else 'Rule'}: {trace['rule']}")
    return "\n".join(rows)
