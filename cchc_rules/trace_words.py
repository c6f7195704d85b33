"""Names of a score trace's methods, cases and `how` numbers (JSON ids and keys), as readers see them.

Used by the views drawn from the score JSON (`explain CRITERION`, the HTML page); the JSON keeps
its English keys, which are the contract.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from cchc_rules.messages import Lang

HOW_WORDS: dict[str, tuple[str, str]] = {
    "task": ("nhiệm vụ", "task"),
    "due": ("hạn", "due"),
    "completed_on": ("hoàn thành ngày", "completed on"),
    "expected": ("số báo cáo phải nộp", "reports due"),
    "on_time": ("nộp đúng hạn", "on time"),
    "reports": ("báo cáo", "reports"),
    "indicator": ("chỉ số", "indicator"),
    "measure": ("số đo", "measure"),
    "survey": ("phiếu khảo sát", "survey"),
    "combine": ("kết hợp các nhóm", "groups combined by"),
    "respondents": ("số phiếu", "respondents"),
    "groups": ("điểm từng nhóm", "points per group"),
    "points": ("điểm", "points"),
    "reason": ("lý do", "reason"),
    "document": ("văn bản", "document"),
    "rescale": ("quy đổi", "rescaled"),
}


# Codes a trace's `how` holds for some keys, in words: a survey's combination, a rescaling rule.
VALUE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "combine": {"mean": ("trung bình cộng các nhóm", "the groups' mean"),
                "weighted": ("theo trọng số của nhóm", "by group weight")},
    "rescale": {"area": ("trong lĩnh vực", "within the area"), "total": ("tổng điểm về thang 100", "the total to 100")},
}


METHOD_WORDS: dict[str, tuple[str, str]] = {
    "timely": ("đúng hạn", "on time"), "completion": ("tỷ lệ hoàn thành", "completion"),
    "deduction": ("trừ điểm", "deduction"), "bands": ("theo mức", "bands"),
    "pass_fail": ("đạt/không đạt", "pass/fail"), "ratio": ("tỷ lệ", "ratio"), "count": ("đếm", "count"),
    "manual": ("chấm tay", "manual"), "survey": ("phiếu khảo sát", "survey"),
}

CASE_WORDS: dict[str, tuple[str, str]] = {
    "evidence_missing": ("thiếu tài liệu kiểm chứng", "evidence missing"),
    "no_data": ("không có số liệu", "no data"), "band": ("theo mức", "band"),
    "on_time": ("đúng hạn", "on time"), "late": ("trễ hạn", "late"), "missing": ("chưa thực hiện", "not done"),
    "pass": ("đạt", "pass"), "fail": ("không đạt", "fail"), "below_floor": ("dưới mức sàn", "below the floor"),
    "compute": ("tính theo công thức", "computed"), "not_applicable": ("không áp dụng", "not applicable"),
}


def word(table: dict[str, tuple[str, str]], key: str, lang: Lang) -> str:
    """A method or case id in the reader's language; an id not in the table is shown as it is.

    Examples:
        >>> word(METHOD_WORDS, "timely", "vi"), word(CASE_WORDS, "late", "en"), word(CASE_WORDS, "x", "vi")
        ('đúng hạn', 'late', 'x')
    """
    return table.get(key, (key, key))[0 if lang == "vi" else 1]


def how_text(how: dict[str, Any], lang: Lang, sep: str = ": ", names: Any = None) -> str:
    """The numbers a criterion was computed from, named for the reader, in their JSON order; with the
    pack's `names` (report.names.Names) an indicator is shown by its name, not its id.

    Examples:
        >>> how_text({"task": 26, "due": "2026-12-31", "completed_on": None}, "vi")
        'nhiệm vụ: 26, hạn: 31/12/2026, hoàn thành ngày: —'
        >>> how_text({"expected": 4, "on_time": 3}, "en", "=")
        'reports due=4, on time=3'
        >>> how_text({"measure": 98.6}, "vi")
        'số đo: 98,6'
    """
    index = 0 if lang == "vi" else 1
    return ", ".join(f"{HOW_WORDS.get(key, (key, key))[index]}{sep}"
                     + (VALUE_WORDS[key][value][index] if isinstance(value, str) and value in VALUE_WORDS.get(key, {})
                        else _value(key, value, lang, names))
                     for key, value in how.items())


def _value(key: str, value: Any, lang: Lang, names: Any = None) -> str:
    from cchc_rules import formats

    if value is None:
        return "—"
    if isinstance(value, dict):  # a survey's groups: {id: {name, respondents, points}}, shown by name
        index = 0 if lang == "vi" else 1

        def one(group: str, item: Any) -> str:
            if not isinstance(item, dict):
                return f"{group} {_value(group, item, lang, names)}"
            rest = ", ".join(f"{HOW_WORDS.get(k, (k, k))[index]} {_value(k, v, lang, names)}" for k, v in item.items()
                             if k != "name")
            return f"{item.get('name', group)} ({rest})"

        return "; ".join(one(group, item) for group, item in value.items())
    if key == "indicator" and names is not None and isinstance(value, str):
        return str(names.indicator(value))
    if isinstance(value, str):
        try:
            return formats.date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number(value, lang)
    return str(value)


def document_text(doc: dict[str, Any], lang: Lang) -> str:
    """An attached document as people cite it: name, số/ký hiệu, date, file.

    Examples:
        >>> document_text({"document": "Kế hoạch CCHC", "number": "08/KH-UBND", "date": "2026-01-16",
        ...                "link": "minh-chung/1.pdf"}, "vi")
        'Kế hoạch CCHC, số 08/KH-UBND ngày 16/01/2026 (tệp: minh-chung/1.pdf)'
    """
    from cchc_rules import formats

    vi = lang == "vi"
    text = doc["document"]
    if doc.get("number"):
        text += f", {'số' if vi else 'no.'} {doc['number']}"
    if doc.get("date"):
        text += f"{',' if not doc.get('number') else ''} {'ngày' if vi else 'of'} {formats.date(dt.date.fromisoformat(doc['date']), lang)}"
    if doc.get("link"):
        text += f" ({'tệp' if vi else 'file'}: {doc['link']})"
    return text
