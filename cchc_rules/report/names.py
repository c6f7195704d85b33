"""Names, not codes, for everything a person reads: one module, used by every renderer.

Stage: the edge of the pipeline, beside `formats.py`. The JSON keeps the codes (`KT`, `CT_UBND`,
`hai-long-tthc`, `the_che`, `truong-xuan-2026-2030`, `H1`); the HTML pages, workbooks, terminal
tables, `explain` text and the catalogue ask a `Names` built from the rule pack for the name the
pack gives each code, and fall back to the code itself only when the pack does not know it (a
document drawn from a JSON without its pack). The issuing body, the place and the signer of the
administrative document form (Nghị định 30/2020/NĐ-CP) come from plan.yaml too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cchc_rules.formats import Lang, period_name, report_period_name

if TYPE_CHECKING:
    from cchc_rules.rulepack.pack import RulePack

__all__ = ["FACT_KINDS", "Names", "fact_kind", "names_of", "upper_vi"]

# The kinds of input file (facts/kinds.py) as a reader names them.
FACT_KINDS = {
    "vi": {"task_status": "tiến độ nhiệm vụ", "indicator_values": "giá trị chỉ số",
           "report_submissions": "báo cáo đã gửi", "explanations": "giải trình", "pakn": "phản ánh, kiến nghị",
           "measures": "số đo", "evidence": "tài liệu kiểm chứng", "manual_points": "điểm chấm tay",
           "appraisal": "kết quả thẩm định"},
    "en": {"task_status": "task status", "indicator_values": "indicator values",
           "report_submissions": "reports sent", "explanations": "explanations", "pakn": "citizen feedback",
           "measures": "measures", "evidence": "evidence", "manual_points": "manual points",
           "appraisal": "appraisal"},
}


def fact_kind(kind: str, lang: Lang) -> str:
    """The kind of an input file in words ('task_status' → 'tiến độ nhiệm vụ'); unknown kinds as they are."""
    return FACT_KINDS[lang].get(kind, kind.replace("_", " "))

_KIND_WORDS = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu"}


def upper_vi(text: str) -> str:
    """Upper case as Vietnamese documents write the issuing body ('Ủy ban nhân dân xã Trường Xuân'
    → 'ỦY BAN NHÂN DÂN XÃ TRƯỜNG XUÂN'); str.upper keeps every diacritic.

    Examples:
        >>> upper_vi("Ủy ban nhân dân xã Trường Xuân")
        'ỦY BAN NHÂN DÂN XÃ TRƯỜNG XUÂN'
    """
    return text.upper()


@dataclass(frozen=True)
class Names:
    """The names a rule pack gives its codes; `Names()` knows none (codes pass through)."""

    plan_id: str = ""
    plan_title: str = ""
    unit_name: str = ""
    unit_kind: str = ""
    province: str = ""
    issuer: str = ""
    signer: str = ""
    signer_title: str = ""
    agencies: dict[str, str] = field(default_factory=dict)
    areas: dict[str, str] = field(default_factory=dict)
    indicators: dict[str, str] = field(default_factory=dict)
    targets: dict[str, str] = field(default_factory=dict)
    duties: dict[str, str] = field(default_factory=dict)
    tasks: dict[str, str] = field(default_factory=dict)
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)

    # ---- single codes

    def agency(self, code: str | None) -> str:
        """An agency code → the agency's name as the plan writes it ('KT' → 'Phòng Kinh tế')."""
        if not code:
            return ""
        return self.agencies.get(code, code)

    def agency_list(self, codes: list[str] | tuple[str, ...] | None) -> str:
        """Several agency codes → their names, joined by '; ' (names hold commas)."""
        return "; ".join(self.agency(c) for c in codes or [])

    def area(self, code: str | None) -> str:
        """An area code → the area's name ('the_che' → 'Cải cách thể chế')."""
        return self.areas.get(code or "", code or "")

    def indicator(self, slug: str | None) -> str:
        """An indicator or target id → its name (indicators first, then targets)."""
        if not slug:
            return ""
        return self.indicators.get(slug) or self.targets.get(slug) or slug

    def duty(self, duty_id: str | None) -> str:
        return self.duties.get(duty_id or "", duty_id or "")

    def plan(self, plan_id: str | None = None) -> str:
        """The pack id → the plan's title ('truong-xuan-2026-2030' → 'Kế hoạch cải cách hành chính …')."""
        if plan_id is None or plan_id == self.plan_id:
            return self.plan_title or (plan_id or "")
        return plan_id

    @staticmethod
    def period_kind(period_id: str, lang: Lang, year: int | None = None) -> str:
        """A reporting period id (Q1, H1, Q3, Y) → 'Quý I', '6 tháng', 'Quý III', 'Năm'."""
        return report_period_name(period_id, lang, year)

    @staticmethod
    def period(label: str, lang: Lang) -> str:
        """A period label of the data ('2026-Q3', '2026-H1') → 'Quý III/2026', '6 tháng đầu năm 2026'."""
        return period_name(label, lang)

    def subject(self, subject: dict[str, Any], lang: Lang) -> str:
        """The subject of a finding as a person names it: the task, indicator, report or PAKN."""
        kind, key = subject.get("type", ""), str(subject.get("key", ""))
        vi = lang == "vi"
        if kind == "task":
            number = key.split(".")[0]
            content = self.tasks.get(number)
            head = f"{'Nhiệm vụ' if vi else 'Task'} {number}"
            return f"{head}: {content}" if content else head
        if kind == "indicator":
            return self.indicator(key)
        if kind == "report":
            duty, _, rest = key.partition(".")
            agency, _, period = rest.partition(".")
            parts = [self.duty(duty)]
            if agency:
                parts.append(self.agency(agency))
            if period:
                parts.append(period_name(period, lang))
            return " — ".join(p for p in parts if p)
        if kind == "pakn":
            return f"{'PAKN' if vi else 'Feedback'} {key}"
        return key

    # ---- the administrative document form

    @property
    def issuing_body(self) -> str:
        """The issuing body in capitals, as the top-left of a document writes it."""
        return upper_vi(self.issuer) if self.issuer else ""

    @property
    def place(self) -> str:
        """The place of the 'place, date' line: the unit's name without its kind ('Trường Xuân')."""
        word = _KIND_WORDS.get(self.unit_kind, "")
        name = self.unit_name
        if word and name.lower().startswith(word + " "):
            return name[len(word) + 1:]
        return name

    # ---- free text

    def replace_codes(self, text: str) -> str:
        """`text` with every agency code standing alone (KT, CT_UBND) replaced by its name."""
        if not self.agencies or not text:
            return text
        pattern = r"(?<![\w./-])(" + "|".join(sorted(map(re.escape, self.agencies), key=len, reverse=True)) + \
                  r")(?![\w/-])"
        return re.sub(pattern, lambda m: self.agencies[m[1]], text)


def names_of(pack: RulePack | None) -> Names:
    """The names of `pack` (a `Names()` that knows none for None)."""
    if pack is None:
        return Names()
    plan = pack.plan.plan
    targets = pack.targets
    return Names(
        plan_id=plan.id, plan_title=plan.title, unit_name=plan.unit.name, unit_kind=plan.unit.kind,
        province=plan.unit.province, issuer=plan.decision.issuer, signer=plan.decision.signer or "",
        signer_title=plan.decision.signer_title or "",
        agencies={a.code: a.name for a in pack.plan.agencies},
        areas={a.code: a.name for a in pack.plan.areas},
        indicators={i.id: i.name for i in targets.indicators},
        targets={t.id: t.name for t in targets.targets},
        duties={d.id: d.title for d in pack.reporting.duties},
        tasks={str(t.number): t.content for t in pack.tasks.tasks},
        roles={a.code: tuple(a.roles) for a in pack.plan.agencies},
    )
