"""Server-rendered pages (Jinja2, autoescaped: every value from a file or a user is text).
Each function builds the page's context from the stored rows and the run's JSON document and
renders its template; dates and numbers are written by `cchc_rules.formats`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.errors import FactsFileError
from cchc_rules.formats import date as show_date
from cchc_rules.formats import change as show_change
from cchc_rules.formats import number as show_number
from cchc_rules.formats import quarter_name
from cchc_rules.messages import render_text
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.service import access
from cchc_rules.service.audit import ACTIONS_VI
from cchc_rules.service.db import Assessment, AuditEntry, Explanation, PackVersion, PeriodData, Run, Unit, Upload
from cchc_rules.service.round import STATE_NAMES
from cchc_rules.service.runs import document

_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True))
_ENV.filters["date"] = lambda v: show_date(v) if v else ""
_ENV.filters["quarter"] = lambda v: quarter_name(v, "vi")
_ENV.filters["points"] = lambda v: show_number(v, "vi")
_ENV.filters["change"] = lambda v: show_change(v, "vi")
_ENV.filters["when"] = lambda v: v.strftime("%d/%m/%Y %H:%M") + " UTC" if v else ""
_ENV.globals["role_name"] = lambda r: access.ROLE_NAMES["vi"].get(r, r)
_ENV.globals["action_name"] = lambda a: ACTIONS_VI.get(a, a)
_ENV.globals["cause_name"] = lambda c: {"objective": "Khách quan", "subjective": "Chủ quan"}.get(c, c)
_ENV.globals["decision_name"] = lambda d: {"accepted": "Chấp nhận", "not_accepted": "Không chấp nhận"}.get(d or "", "Chờ xem xét")
_ENV.globals["dict_of"] = lambda rows: {r["id"]: r for r in rows}


def _render(request: Request, template: str, **context: Any) -> str:
    user = getattr(request.state, "user", None)
    return _ENV.get_template(template).render(user=user, csrf=getattr(request.state, "csrf", ""),
                                              may=(lambda action: access.may(user, action)) if user else (lambda _a: False),
                                              **context)


render = _render  # the round's pages (round_pages.py) render through the same environment


def parse_day(text: str) -> dt.date:
    text = text.strip()
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def not_found(request: Request) -> str:
    return _render(request, "message.html", title="Không tìm thấy trang",
                   text="Trang không có hoặc tài khoản không được xem trang này.")


def message(request: Request, title: str, text: str) -> str:
    return _render(request, "message.html", title=title, text=text)


def login(request: Request, csrf: str, error: str | None) -> str:
    return _ENV.get_template("login.html").render(csrf=csrf, error=error, user=None)


def latest_runs(db: Session, units: list[str]) -> dict[str, Run]:
    """The latest run of each unit: of its latest period, the last made."""
    found: dict[str, Run] = {}
    if not units:
        return found
    for run in db.scalars(select(Run).where(Run.unit_code.in_(units)).order_by(Run.period, Run.id)):
        found[run.unit_code] = run
    return found


def _summary(run: Run) -> dict[str, Any]:
    doc = document(run)
    s = doc["summary"]
    return {"period": run.period, "as_of": run.as_of, "findings": s["findings"], "violations": s["violations"],
            "lagging": s["lagging_agencies"], "owed": s["explanations"]["owed"], "overdue": s["explanations"]["overdue"]}


def city(request: Request, db: Session, units: list[Unit],
         annual: tuple[int, list[dict[str, Any]]] | None = None) -> str:
    """The city's view: each unit's latest quarter check, its round of the year, and the year's
    PAR INDEX ranking on the final scores (`annual`: the year and city_rank.city_ranking's rows)."""
    runs = latest_runs(db, [u.code for u in units])
    rows = [{"unit": u, "run": runs.get(u.code), "s": _summary(runs[u.code]) if u.code in runs else None}
            for u in units]
    ranked = sorted([r for r in rows if r["s"]], key=lambda r: (r["s"]["violations"], r["s"]["owed"] + r["s"]["overdue"],
                                                               r["s"]["lagging"], r["unit"].name, r["unit"].code))
    for rank, row in enumerate(ranked, 1):
        row["rank"] = rank
    rows = ranked + [r for r in rows if not r["s"]]
    rounds: dict[str, Assessment] = {}  # each unit's latest annual round
    for found in db.scalars(select(Assessment).where(Assessment.unit_code.in_([u.code for u in units]))
                            .order_by(Assessment.year)):
        rounds[found.unit_code] = found
    for row in rows:
        latest = rounds.get(row["unit"].code)  # type: ignore[union-attr]
        row["round"] = {"year": latest.year, "state": STATE_NAMES[latest.state]} if latest else None
    year, provinces = annual if annual is not None else (None, [])
    return _render(request, "city.html", rows=rows, year=year, provinces=provinces)


def unit(request: Request, db: Session, unit: Unit, pack: RulePack) -> str:
    periods = list(db.scalars(select(PeriodData).where(PeriodData.unit_code == unit.code).order_by(PeriodData.period)))
    runs = list(db.scalars(select(Run).where(Run.unit_code == unit.code).order_by(Run.id.desc()).limit(20)))
    years = range(pack.plan.plan.period.from_, pack.plan.plan.period.to + 1)  # the plan's years
    return _render(request, "unit.html", unit=unit, pack=pack, periods=[p for p in periods if "-Q" in p.period],
                   have={p.period for p in periods}, runs=runs, quarters=[f"{y}-Q{n}" for y in years for n in (1, 2, 3, 4)],
                   rubric_years=sorted(pack.rubrics))


def period(request: Request, db: Session, unit: Unit, period: str, last: Upload | None) -> str:
    row = db.get(PeriodData, (unit.code, period))
    runs = list(db.scalars(select(Run).where(Run.unit_code == unit.code, Run.period == period).order_by(Run.id.desc())))
    return _render(request, "period.html", unit=unit, period=period, files=sorted(row.manifest) if row else [],
                   last=last, runs=runs)


def facts_errors(request: Request, unit: Unit, period: str, exc: FactsFileError) -> str:
    rows = []
    for p in exc.problems:
        text, hint = render_text(p.code, p.params, "vi")
        rows.append({"file": Path(p.location.file).name, "line": p.location.line, "column": p.location.column,
                     "field": p.field, "message": text, "hint": hint, "severity": p.severity})
    return _render(request, "message.html", title="Số liệu đã lưu có lỗi, chưa kiểm tra được",
                   text="Sửa các lỗi dưới đây rồi chạy lại.", problems=rows, unit=unit, period=period)


def run(request: Request, unit: Unit, run: Run, pack: RulePack, answered: list[Explanation],
        agency: str | None) -> str:
    doc = access.for_agency(document(run), agency)
    names = {a.code: a.name for a in pack.plan.agencies}
    mine = [e for e in answered if agency is None or e.agency == agency]
    by_finding = {e.finding: e for e in mine}
    return _render(request, "run.html", unit=unit, run=run, doc=doc, names=names, answered=mine,
                   by_finding=by_finding, agency=agency)


def rerun(request: Request, unit: Unit, run: Run, result: dict[str, Any]) -> str:
    return _render(request, "rerun.html", unit=unit, run=run, result=result)


def history(request: Request, db: Session, unit: Unit) -> str:
    """Quarter over quarter: the latest run of each period, its findings by kind, and the agencies
    lagging in more than one quarter (repeat laggards)."""
    latest: dict[str, Run] = {}
    for r in db.scalars(select(Run).where(Run.unit_code == unit.code).order_by(Run.id)):
        latest[r.period] = r
    rows, lagging_by_agency = [], {}
    for period_id in sorted(latest):
        doc = document(latest[period_id])
        rows.append({"period": period_id, "run": latest[period_id], "s": doc["summary"],
                     "lagging": [a["name"] for a in doc["lagging_agencies"]]})
        for a in doc["lagging_agencies"]:
            lagging_by_agency.setdefault(a["name"], []).append(period_id)
    repeat = sorted((name, periods) for name, periods in lagging_by_agency.items() if len(periods) > 1)
    return _render(request, "history.html", unit=unit, rows=rows, repeat=repeat)


def pack_page(request: Request, db: Session, unit: Unit, result: dict[str, Any] | None) -> str:
    versions = list(db.scalars(select(PackVersion).where(PackVersion.unit_code == unit.code).order_by(PackVersion.id.desc())))
    return _render(request, "pack.html", unit=unit, versions=versions, result=result)


def agency_form(request: Request, unit: Unit, period: str, rows: dict[str, Any], record: Upload | None) -> str:
    from cchc_rules.service.forms import STATUSES

    return _render(request, "form.html", unit=unit, period=period, rows=rows, record=record, statuses=STATUSES)


def audit_log(request: Request, unit: Unit, entries: list[AuditEntry]) -> str:
    return _render(request, "audit.html", unit=unit, entries=[
        {"e": e, "detail": json.dumps(e.detail, ensure_ascii=False, sort_keys=True)} for e in entries])
