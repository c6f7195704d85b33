"""Plausible, seeded status facts for many units: Cần Thơ's 103 wards and communes, or the country's 3,321.

Benchmark and batch-test data, modelled on the bundled Trường Xuân data (`data/truong-xuan/`):
the same kinds of file per quarter (task_status, indicator_values, report_submissions,
explanations, pakn) and per year (measures, evidence), the same tasks, indicators, reporting
duties and agencies of the bundled rule pack, and lapses drawn at the rates counted in the
bundled data (tasks done late or not done, reports late or missing, targets missed, PAKN late
or unhandled). Unit codes and names are the official ones of the `vietnam-provinces` package.

Every unit gets its own `random.Random(f"{seed}:{code}")` (never the global RNG), so the same
seed gives byte-identical files, and one unit's data does not depend on which others are made.

    python benchmarks/generate.py --scope can-tho -o /tmp/ct --seed 1
    python benchmarks/generate.py --scope country -o /tmp/vn
    python benchmarks/generate.py --scope 92 -o /tmp/ct --broken 3   # 3 units with one bad file

Layout (what `cchc-rules batch` reads):

    OUT/<code>-<slug>/unit.yaml                      code, name, province, province_code
    OUT/<code>-<slug>/<year>-Q1 … <year>-Q4/*.csv    quarter facts
    OUT/<code>-<slug>/<year>/measures.csv, evidence.csv
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import operator
import random
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from cchc_rules.compile import year_threshold  # noqa: E402
from cchc_rules.facts.load import read_facts  # noqa: E402
from cchc_rules.facts.models import FactSet, Pakn, TaskStatus  # noqa: E402
from cchc_rules.obligations import build_obligations, due_dates  # noqa: E402
from cchc_rules.periods import Quarter, default_as_of  # noqa: E402
from cchc_rules.rulepack.load import bundled_data_dir, load_rules  # noqa: E402
from cchc_rules.rulepack.pack import RulePack  # noqa: E402

CAN_THO = "92"
COLUMNS = {
    "task_status": ["task", "agency", "year", "status", "completed_on", "product_ref", "product_date", "note"],
    "indicator_values": ["indicator", "value", "numerator", "denominator", "agency", "source", "note"],
    "report_submissions": ["agency", "duty", "period", "received_on", "document_ref", "note"],
    "explanations": ["finding", "agency", "cause", "text", "submitted_on"],
    "pakn": ["ref", "agency", "received_on", "due_on", "handled_on", "content", "note"],
    "measures": ["measure", "value", "source", "note"],
    "evidence": ["criterion", "document", "number", "date", "link", "note"],
}
_MISSED = {">=": operator.lt, ">": operator.le, "=": operator.ne, "<=": operator.gt, "<": operator.ge}
_EXPLANATION_TEXTS = {
    "objective": [
        "Chờ văn bản hướng dẫn của cơ quan cấp trên nên chưa triển khai được đúng thời hạn.",
        "Hệ thống thông tin dùng chung của thành phố gián đoạn trong kỳ, ảnh hưởng đến tiến độ.",
        "Khối lượng hồ sơ tăng đột biến sau sắp xếp đơn vị hành chính.",
    ],
    "subjective": [
        "Công chức phụ trách kiêm nhiệm nhiều việc, chưa bố trí người thay thế kịp thời.",
        "Cơ quan chưa theo dõi sát thời hạn; đã kiểm điểm, phân công lại nhiệm vụ.",
    ],
}


# ---- units -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One ward or commune: official 5-digit code, name (NFC, single spaces) and its province."""

    code: str
    name: str
    province: str
    province_code: str
    slug: str
    name_as_listed: str  # the package's own spelling (some have a double space)

    @property
    def folder(self) -> str:
        return f"{self.code}-{self.slug}"


def clean_name(name: str) -> str:
    """NFC, with runs of spaces collapsed (the package writes 'Xã  Phú Hữu' with two)."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def slug_of(codename: str, name: str) -> str:
    """ASCII slug from the package's codename ('xa_truong_xuan' → 'xa-truong-xuan')."""
    text = codename or name
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if c.isascii()).lower()
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def plan_units(scope: str = "can-tho") -> list[Unit]:
    """The units a scope covers, sorted by code: 'can-tho', 'country', or a province code ('92')."""
    from vietnam_provinces import Province, Ward

    provinces = {int(p.code): p for p in Province.iter_all()}
    if scope == "country":
        wanted = set(provinces)
    else:
        code = CAN_THO if scope == "can-tho" else scope
        if not code.isdigit() or int(code) not in provinces:
            known = ", ".join(f"{c:02d}" for c in sorted(provinces))
            raise ValueError(f"scope must be 'can-tho', 'country' or a province code ({known}); got {scope!r}")
        wanted = {int(code)}
    units = []
    for ward in Ward.iter_all():
        province = provinces[int(ward.province_code)]
        if int(province.code) not in wanted:
            continue
        units.append(Unit(code=f"{int(ward.code):05d}", name=clean_name(ward.name),
                          province=clean_name(province.name), province_code=f"{int(province.code):02d}",
                          slug=slug_of(ward.codename, ward.name), name_as_listed=ward.name))
    return sorted(units, key=lambda u: u.code)


def listed_with_double_space(scope: str = "country") -> list[Unit]:
    """Units whose name the package writes with a run of spaces (recorded in the README)."""
    return [u for u in plan_units(scope) if "  " in u.name_as_listed]


# ---- the model: bundled data, and the lapse rates counted in it --------------------------------


@dataclass
class Template:
    """What every generated unit is modelled on."""

    pack: RulePack
    year: int
    quarters: list[Quarter]
    facts: dict[Quarter, FactSet]
    annual: FactSet
    as_of: dict[Quarter, dt.date]
    rates: dict[str, float] = field(default_factory=dict)


def load_template(pack: RulePack | None = None, data_dir: Path | None = None, year: int = 2026) -> Template:
    """Read the bundled data of 2026 (whatever `year` is asked, shapes come from 2026) and count
    its lapse rates. Raises ValueError if the bundled data does not load cleanly."""
    pack = pack or load_rules()
    data_dir = data_dir or bundled_data_dir()
    base = 2026
    quarters = [Quarter(base, n) for n in (1, 2, 3, 4)]
    facts = {q: _read_clean(data_dir / str(q), pack, str(q)) for q in quarters}
    annual = _read_clean(data_dir / str(base), pack, str(base))
    as_of = {q: default_as_of(pack.reporting.calendar, q, pack.reporting.duties) for q in quarters}
    template = Template(pack, year, quarters, facts, annual, as_of)
    template.rates = _count_rates(template)
    return template


def _read_clean(folder: Path, pack: RulePack, period: str) -> FactSet:
    facts, problems = read_facts(folder, pack, period)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ValueError(f"bundled data {folder} has {len(errors)} errors; cannot model on it")
    return facts


def _count_rates(t: Template) -> dict[str, float]:
    """Lapse rates of the bundled data: per dated task, report due, targeted value, PAKN item."""
    dated = _task_dues(t.pack, t.quarters[-1], 2026)
    q4 = {row.task: row for row in t.facts[t.quarters[-1]].task_status}
    # Only a deadline before the last check of the year can be seen missed within the year.
    seen = [n for n, due in dated.items() if due <= t.as_of[t.quarters[-1]]]
    late = sum(1 for n in seen if q4.get(n) and q4[n].completed_on and q4[n].completed_on > dated[n])
    undone = sum(1 for n in dated if not (q4.get(n) and q4[n].status == "done"))
    no_product = sum(1 for n in dated if q4.get(n) and q4[n].status == "done" and not q4[n].product_ref)
    reports = [o.fact for q in t.quarters
               for o in build_obligations(t.pack, t.facts[q], q, t.as_of[q]) if o.fact["kind"] == "report"]
    missing = sum(1 for r in reports if not r["received"] and r["due"] <= r["as_of"])
    late_reports = sum(1 for r in reports if r["received"] and r["received_on"] > r["due"])
    targeted = [(v, rule) for q in t.quarters for v in t.facts[q].indicator_values
                for rule in _target_rules(t.pack, 2026, v.indicator)]
    missed = sum(1 for v, (_, op, threshold) in targeted if op(v.value, threshold))
    pakn = [p for q in t.quarters for p in t.facts[q].pakn]
    return {
        # Bundled: all 3 tasks due before the last check were late (2, 21, 22); a rate of 1.0 would
        # make every unit alike, so it is capped at 0.7 (about 2 of 3 late, findings per quarter
        # close to the bundled 0.5 overdue and 0.75 done late).
        "task_late": min(0.7, late / max(len(seen), 1)),
        "task_undone": undone / max(len(dated), 1),
        "task_no_product": no_product / max(len(dated), 1),
        "report_missing": missing / max(len(reports), 1),
        "report_late": late_reports / max(len(reports), 1),
        "target_missed": missed / max(len(targeted), 1),
        "pakn_unhandled": sum(1 for p in pakn if p.handled_on is None) / max(len(pakn), 1),
        "pakn_late": sum(1 for p in pakn if p.handled_on and p.due_on and p.handled_on > p.due_on)
        / max(len(pakn), 1),
        "explained": 0.6,  # of the lapses owing an explanation, the bundled data explains 6 of 10
        "objective": 0.6,
    }


def _task_dues(pack: RulePack, quarter: Quarter, year: int) -> dict[int, dt.date]:
    """Task number → its earliest deadline in `year` (tasks with one)."""
    period = pack.plan.plan.period
    dues: dict[int, dt.date] = {}
    for task in pack.tasks.tasks:
        dated = [due for _, _, due in due_dates(task, quarter, (period.from_, period.to)) if due.year == year]
        if dated:
            dues[task.number] = min(dated)
    return dues


def _target_rules(pack: RulePack, year: int, indicator: str) -> list[tuple[str, Callable[[float, float], bool], float]]:
    """(target id, 'is missed' comparison, threshold) of the targets on an indicator, as compile.py does."""
    rules = []
    for target in pack.targets.targets:
        threshold = year_threshold(target, year)
        if target.indicator != indicator or threshold is None:
            continue
        on_path = year < target.by_year and year in target.path and target.comparison == "="
        rules.append((target.id, operator.lt if on_path else _MISSED[target.comparison], threshold))
    return rules


# ---- one unit ------------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _shift(day: dt.date, year: int) -> dt.date:
    """A template date moved into the generated year (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year + year - 2026)
    except ValueError:
        return day.replace(year=day.year + year - 2026, day=28)


class _UnitData:
    """Draws one unit's facts; `files` maps a relative path to its text."""

    def __init__(self, unit: Unit, t: Template, seed: int) -> None:
        self.unit, self.t, self.year = unit, t, t.year
        self.rng = random.Random(f"{seed}:{unit.code}")
        self.files: dict[str, str] = {}
        self.pakn_count = 0
        self.completion = self._task_fates()

    def quarter(self, tq: Quarter) -> None:
        q = Quarter(self.year, tq.number)
        as_of = _shift(self.t.as_of[tq], self.year)
        owed: list[tuple[str, str]] = []  # (finding id, agency) owing an explanation
        tasks = self._tasks(tq, q, as_of, owed)
        indicators = self._indicators(tq, q, owed)
        reports = self._reports(tq, q, as_of, owed)
        pakn = self._pakn(tq, q, as_of)
        explanations = self._explanations(owed, as_of)
        folder = str(q)
        for kind, rows in (("task_status", tasks), ("indicator_values", indicators),
                           ("report_submissions", reports), ("explanations", explanations), ("pakn", pakn)):
            if rows or kind != "explanations":
                self.files[f"{folder}/{kind}.csv"] = _csv(COLUMNS[kind], rows)

    # tasks: one fate per dated task for the whole year, so the quarters tell one story
    def _task_fates(self) -> dict[int, tuple[dt.date | None, str]]:
        """Task number → (completion date or None, product reference or '')."""
        rates, fates = self.t.rates, {}
        last_check = _shift(self.t.as_of[self.t.quarters[-1]], self.year)
        done_in_template = {row.task: row.completed_on for row in self.t.facts[self.t.quarters[-1]].task_status
                            if row.status == "done" and row.completed_on}
        for number, due in sorted(_task_dues(self.t.pack, Quarter(self.year, 4), self.year).items()):
            draw = self.rng.random()
            if due <= last_check and draw < rates["task_late"]:
                day = due + dt.timedelta(days=self.rng.randint(20, 160))
            elif self.rng.random() < rates["task_undone"]:
                fates[number] = (None, "")
                continue
            else:
                template_day = done_in_template.get(number)
                base = _shift(template_day, self.year) if template_day else None
                if base is None or base > due:
                    base = due - dt.timedelta(days=self.rng.randint(20, 90))
                day = min(due, base + dt.timedelta(days=self.rng.randint(-10, 5)))
            day = max(day, dt.date(self.year, 1, 5))
            product = "" if self.rng.random() < rates["task_no_product"] else \
                f"Kế hoạch số {self.rng.randint(1, 400)}/KH-UBND ngày {day:%d/%m/%Y}"
            fates[number] = (day, product) if day <= dt.date(self.year, 12, 10) else (None, "")
        return fates

    def _tasks(self, tq: Quarter, q: Quarter, as_of: dt.date, owed: list[tuple[str, str]]) -> list[list[str]]:
        rows = []
        for row in self.t.facts[tq].task_status:
            status, done_on, product = self._task_state(row, as_of)
            rows.append([str(row.task), row.agency, str(self.year), status, _iso(done_on), product,
                         _iso(done_on) if product else "", ""])
        self._task_lapses(q, as_of, owed)
        return rows

    def _task_state(self, row: TaskStatus, as_of: dt.date) -> tuple[str, dt.date | None, str]:
        if row.task in self.completion:
            done_on, product = self.completion[row.task]
            if done_on is not None and done_on <= as_of:
                return "done", done_on, product
            return "in_progress", None, ""
        if row.status == "done" and row.completed_on:  # undated work the template reports done
            return "done", _shift(row.completed_on, self.year), row.product_ref or ""
        return row.status, None, ""

    def _task_lapses(self, q: Quarter, as_of: dt.date, owed: list[tuple[str, str]]) -> None:
        """The task findings this quarter's check will raise (as compile.py's rules say)."""
        pack = self.t.pack
        period = pack.plan.plan.period
        since = default_as_of(pack.reporting.calendar, q.previous(), pack.reporting.duties)
        for task in pack.tasks.tasks:
            if task.number not in self.completion:
                continue
            done_on, _ = self.completion[task.number]
            done = done_on is not None and done_on <= as_of
            for index, key, due in due_dates(task, q, (period.from_, period.to)):
                if not done and due <= as_of:
                    owed.append((f"{q}/task-overdue/{task.number}.{index}.{key}", task.lead))
                elif done and done_on and done_on > due and done_on > since:
                    owed.append((f"{q}/task-done-late/{task.number}.{index}.{key}", task.lead))

    # indicators: the template's values, each drawn to pass or miss its target
    def _indicators(self, tq: Quarter, q: Quarter, owed: list[tuple[str, str]]) -> list[list[str]]:
        rows = []
        for value in self.t.facts[tq].indicator_values:
            rules = _target_rules(self.t.pack, self.year, value.indicator)
            miss = bool(rules) and self.rng.random() < self.t.rates["target_missed"]
            number, numerator, denominator = self._value(value.value, value.numerator, value.denominator,
                                                         rules, miss)
            for target_id, op, threshold in rules:
                if op(number, threshold):
                    owed.append((f"{q}/target-missed/{target_id}", value.agency))
            source = (value.data_source or "").split(", số liệu đến")[0]
            rows.append([value.indicator, _num(number), _num(numerator), _num(denominator), value.agency,
                         source, ""])
        return rows

    def _value(self, value: float, numerator: float | None, denominator: float | None,
               rules: list[tuple[str, Callable[[float, float], bool], float]], miss: bool
               ) -> tuple[float, float | None, float | None]:
        def missed(v: float) -> bool:
            return any(op(v, threshold) for _, op, threshold in rules)

        candidates = []
        for _ in range(12):
            if rules and miss:
                threshold = rules[0][2]
                wanted = threshold - self.rng.uniform(0.5, 8) if threshold > 0 else threshold + 1
            else:
                wanted = value + self.rng.uniform(-2, 2)
            wanted = min(100.0, max(0.0, wanted))
            if denominator:
                den = max(1, round(denominator * self.rng.uniform(0.8, 1.25)))
                num = min(den, max(0, round(wanted * den / 100)))
                candidates.append((round(num / den * 100, 2), float(num), float(den)))
            else:
                candidates.append((round(wanted, 1), None, None))
        for candidate in candidates:
            if missed(candidate[0]) == miss:
                return candidate
        if denominator and not miss:  # e.g. a target of exactly 100 %: all of them
            den = float(max(1, round(denominator)))
            return 100.0, den, den
        return value, numerator, denominator  # the template's own (its outcome, whatever it was)

    # reports: every report due this quarter, drawn on time, late or missing
    def _reports(self, tq: Quarter, q: Quarter, as_of: dt.date, owed: list[tuple[str, str]]) -> list[list[str]]:
        rates, rows = self.t.rates, []
        facts = FactSet(period=str(q))
        for ob in build_obligations(self.t.pack, facts, q, as_of):
            fact = ob.fact
            if fact["kind"] != "report":
                continue
            due = dt.datetime.strptime(str(fact["due"]), "%Y%m%d").date()
            draw = self.rng.random()
            key = f"{fact['duty']}.{fact['agency']}.{fact['period']}"
            if draw < rates["report_missing"]:
                if due <= as_of:
                    owed.append((f"{q}/report-missing/{key}", fact["agency"]))
                continue
            late = draw < rates["report_missing"] + rates["report_late"]
            received = due + dt.timedelta(days=self.rng.randint(1, 5)) if late else \
                due - dt.timedelta(days=self.rng.randint(0, 3))
            if late:
                owed.append((f"{q}/report-late/{key}", fact["agency"]))
            issuer = "UBND" if fact["duty"] != "bao-cao-dinh-ky" else fact["agency"]
            rows.append([fact["agency"], fact["duty"], fact["period"], _iso(received),
                         f"Báo cáo số {self.rng.randint(1, 300)}/BC-{issuer} ngày {received:%d/%m/%Y}", ""])
        return rows

    # PAKN: about as many items as the template's quarter, each handled on time, late or not yet
    def _pakn(self, tq: Quarter, q: Quarter, as_of: dt.date) -> list[list[str]]:
        template: list[Pakn] = list(self.t.facts[tq].pakn)
        agencies = sorted({p.agency for p in template})
        contents = [p.content or "" for p in template]
        rates, rows = self.t.rates, []
        start = q.end.replace(day=1) - dt.timedelta(days=62)
        for _ in range(max(2, len(template) + self.rng.randint(-2, 2))):
            self.pakn_count += 1
            received = start + dt.timedelta(days=self.rng.randint(0, max(1, (as_of - start).days - 25)))
            due = received + dt.timedelta(days=21)
            draw = self.rng.random()
            if draw < rates["pakn_unhandled"]:
                handled = None
            elif draw < rates["pakn_unhandled"] + rates["pakn_late"]:
                handled = due + dt.timedelta(days=self.rng.randint(1, 4))
            else:
                handled = received + dt.timedelta(days=self.rng.randint(3, 20))
            rows.append([f"PAKN-{self.year}-{self.pakn_count:03d}", self.rng.choice(agencies), _iso(received),
                         _iso(due), _iso(handled), self.rng.choice(contents), ""])
        return rows

    def _explanations(self, owed: list[tuple[str, str]], as_of: dt.date) -> list[list[str]]:
        rows = []
        for finding, agency in sorted(set(owed)):
            if self.rng.random() >= self.t.rates["explained"]:
                continue
            cause = "objective" if self.rng.random() < self.t.rates["objective"] else "subjective"
            submitted = as_of + dt.timedelta(days=self.rng.randint(1, 8))
            rows.append([finding, agency, cause, self.rng.choice(_EXPLANATION_TEXTS[cause]), _iso(submitted)])
        return rows

    # the year: measures drawn near the template's, evidence mostly all there
    def annual(self) -> None:
        rubric = self.t.pack.rubrics.get(2026)
        units = {m.id: m.unit for m in rubric.measures} if rubric else {}
        measures = []
        for m in self.t.annual.measures:
            measures.append([m.measure, self._measure(m.value, units.get(m.measure, "%")),
                             (m.data_source or "")[:120], ""])
        evidence = []
        for e in self.t.annual.evidence:
            if self.rng.random() < 0.03:
                continue
            evidence.append([e.criterion, e.document, e.number or "", _iso(_shift(e.date, self.year) if e.date else None),
                             e.link or "", ""])
        folder = str(self.year)
        self.files[f"{folder}/measures.csv"] = _csv(COLUMNS["measures"], measures)
        self.files[f"{folder}/evidence.csv"] = _csv(COLUMNS["evidence"], evidence)

    def _measure(self, value: float, unit: str) -> str:
        if unit == "có/không":
            return "Có" if (value >= 1) == (self.rng.random() >= 0.05) else "Không"
        if unit == "%":
            return _num(round(min(100.0, max(0.0, value + self.rng.uniform(-8, 3) if value < 100
                                              else 100 - max(0.0, self.rng.uniform(-15, 6)))), 2))
        if unit == "điểm" and value <= 2:
            return _num(value if self.rng.random() >= 0.1 else max(0.0, value - 1))
        if unit == "điểm":  # a score out of 10 (survey) or of 100 (Bộ chỉ số 766)
            top = 10.0 if value <= 10 else 100.0
            return _num(round(min(top, max(0.0, value + self.rng.uniform(-0.15, 0.1) * top)), 2))
        return _num(max(0, round(value) + self.rng.randint(-1, 1)))


def _csv(columns: list[str], rows: Iterable[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


def unit_yaml(unit: Unit) -> str:
    def q(text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    return (f"code: {q(unit.code)}\nname: {q(unit.name)}\nprovince: {q(unit.province)}\n"
            f"province_code: {q(unit.province_code)}\n")


def unit_files(unit: Unit, template: Template, seed: int) -> dict[str, str]:
    """Every file of one unit: relative path → text."""
    data = _UnitData(unit, template, seed)
    for tq in template.quarters:
        data.quarter(tq)
    if template.year in template.pack.rubrics:  # the annual kinds need that year's rubric
        data.annual()
    return {"unit.yaml": unit_yaml(unit), **data.files}


def _break(files: dict[str, str], rng: random.Random, year: int) -> str:
    """Put an impossible date in one PAKN file; returns that file's path."""
    path = f"{year}-Q{rng.randint(1, 4)}/pakn.csv"
    lines = files[path].split("\n")
    cells = next(csv.reader([lines[1]]))
    cells[2] = f"{year}-02-30"
    lines[1] = _csv(COLUMNS["pakn"], [cells]).split("\n")[1]
    files[path] = "\n".join(lines)
    return path


def generate(out: Path, scope: str = "can-tho", year: int = 2026, seed: int = 2026, broken: int = 0,
             template: Template | None = None) -> list[Path]:
    """Write every unit of `scope` under `out`; returns the unit folders, sorted by code.

    `broken` units (a seeded choice) get one file with an impossible date, for batch tests.
    """
    units = plan_units(scope)
    if not 0 <= broken <= len(units):
        raise ValueError(f"broken must be between 0 and {len(units)}, got {broken}")
    template = template or load_template(year=year)
    if template.year != year:
        template = Template(template.pack, year, template.quarters, template.facts, template.annual,
                            template.as_of, template.rates)
    chosen = set(random.Random(f"{seed}:broken").sample([u.code for u in units], broken))
    folders = []
    for unit in units:
        files = unit_files(unit, template, seed)
        if unit.code in chosen:
            _break(files, random.Random(f"{seed}:{unit.code}:broken"), year)
        folder = Path(out) / unit.folder
        for relative, text in files.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        folders.append(folder)
    return folders


def broken_units(folders: list[Path], seed: int, broken: int) -> list[str]:
    """The codes `generate` broke for this seed (the same seeded choice)."""
    codes = sorted(f.name[:5] for f in folders)
    return sorted(random.Random(f"{seed}:broken").sample(codes, broken))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scope", default="can-tho", help="can-tho (103 units), country (3,321) or a province code")
    parser.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    parser.add_argument("--year", type=int, default=2026)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--broken", type=int, default=0, help="units given one broken file")
    args = parser.parse_args(argv)
    try:
        folders = generate(args.out, args.scope, args.year, args.seed, args.broken)
    except ValueError as error:
        print(f"generate.py: {error}", file=sys.stderr)
        return 2
    print(f"{len(folders)} units written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
