"""The administrative document form (thể thức văn bản, Nghị định 30/2020/NĐ-CP) shared by the pages
a commune signs and sends: the quarter report and the self-assessment (and any page that wants it).

Stage: the HTML renderers. `document_frame` gives the template `base.html.j2` what it draws around
the content: the issuing body (from plan.yaml, in capitals), Quốc hiệu and Tiêu ngữ, a place for
số/ký hiệu, place and date, the title and its trích yếu, nơi nhận and the signature block
(TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, the space to sign, the name line). What the frame does not know
(the number, the day of signing, the signer's name) is left as dots for the clerk to fill.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.formats import Lang
from cchc_rules.report.names import Names, upper_vi

_WORDS = {
    "vi": {"motto_1": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "motto_2": "Độc lập - Tự do - Hạnh phúc",
           "number": "Số: …/{sign}", "date": "{place}, ngày … tháng … năm {year}", "on_behalf": "TM.",
           "recipients": "Nơi nhận:", "archive": "Lưu: VT.", "doc_kind": "BÁO CÁO",
           "signer": "CHỦ TỊCH", "name_line": "…………………………"},
    "en": {"motto_1": "SOCIALIST REPUBLIC OF VIET NAM", "motto_2": "Independence - Freedom - Happiness",
           "number": "No.: …/{sign}", "date": "{place}, … … {year}", "on_behalf": "ON BEHALF OF",
           "recipients": "Recipients:", "archive": "Archived: clerical office.", "doc_kind": "REPORT",
           "signer": "CHAIRMAN", "name_line": "…………………………"},
}


def _issuer_lines(names: Names) -> tuple[str, str]:
    """The issuing body on two lines: the kind of body, then the unit ('ỦY BAN NHÂN DÂN', 'XÃ TRƯỜNG XUÂN')."""
    issuer, unit = names.issuer, names.unit_name
    if issuer and unit and issuer.lower().endswith(unit.lower()) and len(issuer) > len(unit):
        return upper_vi(issuer[: -len(unit)].strip()), upper_vi(unit)
    return (upper_vi(issuer) if issuer else upper_vi(unit)), ""


def document_frame(names: Names, lang: Lang, summary: str, year: int | str | None) -> dict[str, Any]:
    """What base.html.j2 draws around a document: header block, title, nơi nhận, signature block.

    `summary` is the trích yếu under the kind of document ("Kết quả kiểm tra … Quý III/2026").

    Examples:
        >>> from cchc_rules.report.names import Names
        >>> n = Names(issuer="Ủy ban nhân dân xã Trường Xuân", unit_name="xã Trường Xuân", unit_kind="xa",
        ...           signer_title="Chủ tịch")
        >>> f = document_frame(n, "vi", "Kết quả kiểm tra", 2026)
        >>> f["body"], f["unit"], f["date"], f["on_behalf"], f["signer"]
        ('ỦY BAN NHÂN DÂN', 'XÃ TRƯỜNG XUÂN', 'Trường Xuân, ngày … tháng … năm 2026', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')
    """
    w = _WORDS[lang]
    body, unit = _issuer_lines(names)
    sign = "BC-UBND"
    signer = upper_vi(names.signer_title) if names.signer_title and lang == "vi" else w["signer"]
    return {
        "body": body, "unit": unit, "motto_1": w["motto_1"], "motto_2": w["motto_2"],
        "number": w["number"].format(sign=sign),
        "date": w["date"].format(place=names.place or "…", year=year or "……"),
        "kind": w["doc_kind"], "summary": summary,
        "recipients_label": w["recipients"], "recipients": [*recipients_of(names), w["archive"]],
        "on_behalf": f"{w['on_behalf']} {body}".strip() if body else "",
        "signer": signer, "name_line": w["name_line"],
    }


def recipients_of(names: Names) -> list[str]:
    """The usual recipients of a commune's CCHC report: the bodies outside the commune's committee
    the pack lists (role `external`: the city's Department of Home Affairs, the commune council)."""
    return [f"{names.agency(code)};" for code, its in names.roles.items() if "external" in its]
