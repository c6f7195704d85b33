"""Catalogue sections drawn from scoring/<year>.yaml: each year's rubric with its header, the
classification bands, the measures entered at self-assessment, and every part, criterion and
sub-criterion with its max points, how points are given (and whether it may be "không áp dụng"),
evidence and clause; a bonus or penalty part with its cap; each survey's options, groups, questions.
"""

from __future__ import annotations

from typing import Any

from cchc_rules.compile import year_threshold
from cchc_rules.messages import Lang
from cchc_rules.report.catalogue_model import Fields, Para, Section, Table
from cchc_rules.report.catalogue_pack import agency, filled, where
from cchc_rules.report.catalogue_text import iso_day, label, num
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.rulepack.rubric import (
    Bands,
    Completion,
    Count,
    Criterion,
    Deduction,
    Input,
    Manual,
    PassFail,
    Ratio,
    RubricFile,
    SurveyMethod,
    Timely,
)

# key → (Vietnamese, English) for the scoring methods in words
_M: dict[str, tuple[str, str]] = {
    "points": ("{p} điểm", "{p} points"),
    "pass_fail": ("Đạt (có) → {max}; không đạt → 0.", "Pass (yes) → {max}; fail → 0."),
    "timely": ("Hoàn thành đúng hạn ({due}) → {max}; trễ hạn → {late} ({share}% điểm tối đa); chưa hoàn thành → 0.",
               "Done on time ({due}) → {max}; late → {late} ({share}% of max); not done → 0."),
    "own_due": ("hạn riêng của tiêu chí: {date}", "the criterion's own deadline: {date}"),
    "task_due": ("theo thời hạn của nhiệm vụ", "the task's deadline"),
    "band": ("≥ {min}{unit} → {p}", "≥ {min}{unit} → {p}"),
    "ratio": ("{max} × min(1, giá trị / {t}).", "{max} × min(1, value / {t})."),
    "ratio_of": ("ngưỡng năm {year} của chỉ tiêu {target} ({value})", "the {year} threshold of target {target} ({value})"),
    "zero_below": ("Dưới {z} → 0.", "Below {z} → 0."),
    "count": ("{per} cho mỗi mục, tối đa {max}.", "{per} per item, at most {max}."),
    "deduction": ("{max}, trừ {per} cho mỗi {item}; thấp nhất {floor}.", "{max}, minus {per} per {item}; at least {floor}."),
    "item": ("mục", "item"),
    "report_lapse": ("báo cáo trễ hạn hoặc không gửi", "report late or missing"),
    "manual": ("Chấm tay: cơ quan phụ trách nhập điểm, không quá {max}.", "Scored by hand, at most {max}."),
    "survey": ("Phiếu khảo sát {id}: mỗi câu trả lời được trọng số của phương án × điểm câu hỏi; trung bình theo "
               "nhóm đối tượng, {combine}; tối đa {max}.",
               "Survey {id}: each answer gives its option's weight × the question's points; averaged per group, "
               "{combine}; at most {max}."),
    "combine_mean": ("trung bình cộng các nhóm", "the groups' mean"),
    "combine_weighted": ("kết hợp theo trọng số của nhóm", "combined by group weight"),
    "na_area": ("Có thể không áp dụng (đơn vị ghi lý do, văn bản): điểm lĩnh vực quy đổi theo các tiêu chí còn lại.",
                "May not apply (the unit gives the reason and document): the area is rescaled over the rest."),
    "na_total": ("Có thể không áp dụng (đơn vị ghi lý do, văn bản): bỏ khỏi tổng điểm, quy đổi tổng về thang {total}.",
                 "May not apply (the unit gives the reason and document): left out, the total rescaled to {total}."),
    "part_bonus": ("Điểm thưởng: cộng vào tổng điểm, ngoài thang {total}, tối đa {cap}.",
                   "Bonus: added to the total, outside the {total} scale, at most {cap}."),
    "part_penalty": ("Điểm trừ: trừ vào tổng điểm, tối đa {cap}; điểm của mỗi tiêu chí là số điểm bị trừ.",
                     "Penalty: subtracted from the total, at most {cap}; each criterion's points are a deduction."),
    "surveys": ("Phiếu khảo sát", "Surveys"),
    "survey_head": ("{name} ({id}); nhóm đối tượng: {groups}; phương án: {options}.",
                    "{name} ({id}); groups: {groups}; options: {options}."),
    "no_weight": ("không tính", "not counted"),
    "input": ("Đầu vào: {what}.", "Input: {what}."),
    "no_data": ("Không có số liệu → 0.", "No data → 0."),
    "no_evidence": ("Thiếu tài liệu kiểm chứng → 0.", "Evidence missing → 0."),
    "sum": ("Tổng điểm các tiêu chí thành phần.", "Sum of its sub-criteria."),
    "in_measure": ("số đo {id}", "measure {id}"),
    "in_indicator": ("chỉ số {id}", "indicator {id}"),
    "in_target": ("giá trị chỉ số của chỉ tiêu {id}", "the indicator value of target {id}"),
    "in_task": ("nhiệm vụ {id}", "task {id}"),
    "in_reports": ("tỷ lệ báo cáo đúng hạn của nhiệm vụ báo cáo {id}", "share of reports on time for duty {id}"),
    "in_lapses": ("số báo cáo trễ hạn hoặc không gửi của nhiệm vụ báo cáo {id}", "reports late or missing for duty {id}"),
}


def _m(key: str, lang: Lang, **params: Any) -> str:
    return _M[key][0 if lang == "vi" else 1].format(**params)


def _points(lang: Lang, shown: str) -> str:
    """'0,5 điểm'; in English '1 point', '0.5 points'."""
    return f"{shown} point" if lang == "en" and shown == "1" else _m("points", lang, p=shown)


def rubric_sections(pack: RulePack, lang: Lang) -> tuple[Section, ...]:
    if not pack.rubrics:
        return (Section("bo-chi-so", label("rubric", lang, year="").strip(), (Para(label("rubrics_none", lang)),)),)
    return tuple(_rubric(pack, year, rubric, lang) for year, rubric in sorted(pack.rubrics.items()))


def _rubric(pack: RulePack, year: int, rubric: RubricFile, lang: Lang) -> Section:
    file = f"scoring/{year}.yaml"
    head = rubric.rubric
    parts = " + ".join(label("part_short", lang, id=p.id, max=num(p.max, lang)) for p in rubric.parts
                    if p.kind == "index")
    header = Fields(filled([
        (label("rubric_title", lang), f"{head.title} ({head.id})"),
        (label("model", lang), label("model_yes" if head.model else "model_no", lang)),
        (label("basis", lang), head.basis),
        (label("total", lang), label("total_text", lang, total=num(head.total, lang), parts=parts)),
        (label("rounding", lang), label("rounding_text", lang, n=head.decimals)),
        (label("missing_part", lang), label(head.missing_part, lang)),
        (label("source", lang), where(pack, file, ("rubric",))),
    ]))
    blocks: list[Any] = [header]
    if head.model:
        blocks.insert(0, Para(label("model_note", lang, year=year, basis="").strip(), note=True))
    bands = tuple((b.label, label("range_below", lang, min=num(b.min, lang), below=num(b.below, lang)) if b.below
                   else label("range_from", lang, min=num(b.min, lang)),
                   where(pack, file, ("rubric", "classification", i)))
                  for i, b in enumerate(head.classification))
    blocks.append(Table((label("classification", lang), label("range", lang), label("source", lang)), bands))
    children = [Section(f"bo-chi-so-{year}-{part.id}".lower(),
                        label("part", lang, id=part.id, name=part.name, max=num(part.max, lang)),
                        _part_blocks(pack, rubric, year, i, lang))
                for i, part in enumerate(rubric.parts)]
    for i, survey in enumerate(rubric.surveys):
        def weight(w: float | None) -> str:
            return f"{num(w, lang)} %" if w is not None else _m("no_weight", lang)
        head_s = _m("survey_head", lang, name=survey.name, id=survey.id,
                    groups="; ".join(g.name for g in survey.groups),
                    options="; ".join(f"{o.code} {o.label} = {weight(o.weight)}" for o in survey.options))
        rows_q = tuple((q.id, q.text, num(q.points, lang), where(pack, file, ("surveys", i, "questions", k)))
                       for k, q in enumerate(survey.questions))
        header_q = (label("code", lang), label("name", lang), label("max", lang), label("source", lang))
        children.append(Section(f"bo-chi-so-{year}-{survey.id}".lower(), f"{_m('surveys', lang)}: {survey.id}",
                                (Para(head_s), Table(header_q, rows_q, code=frozenset({0})))))
    if rubric.measures:
        rows = tuple((m.id, m.name, m.unit, m.source or label("none", lang), where(pack, file, ("measures", i)))
                     for i, m in enumerate(rubric.measures))
        header_m = tuple(label(k, lang) for k in ("code", "name", "unit_of", "data_source", "source"))
        children.append(Section(f"bo-chi-so-{year}-so-do", label("measures", lang),
                                (Table(header_m, rows, code=frozenset({0})),)))
    return Section(f"bo-chi-so-{year}", label("rubric", lang, year=year), tuple(blocks), tuple(children))


def _part_blocks(pack: RulePack, rubric: RubricFile, year: int, index: int, lang: Lang) -> tuple[Any, ...]:
    part = rubric.parts[index]
    rows: list[tuple[str, ...]] = []
    file = f"scoring/{year}.yaml"

    def walk(node: Criterion, path: tuple[Any, ...]) -> None:
        how = _m("sum", lang) if node.criteria else method_words(pack, rubric, year, node, lang)
        rows.append((node.id, node.name, num(node.max, lang), how,
                     agency(pack, node.owner) if node.owner else label("none", lang),
                     "\n".join(node.evidence) or label("none", lang), node.maps_to or label("none", lang),
                     where(pack, file, path)))
        for k, child in enumerate(node.criteria):
            walk(child, (*path, "criteria", k))

    for j, node in enumerate(part.criteria):
        walk(node, ("parts", index, "criteria", j))
    header = tuple(label(k, lang) for k in ("criterion", "name", "max", "how_scored", "owner", "evidence",
                                            "maps_to", "source"))
    lead = [Para(label("survey_part", lang))] if part.survey else []
    if part.kind != "index":
        lead.append(Para(_m(f"part_{part.kind}", lang, total=num(rubric.rubric.total, lang),
                            cap=_points(lang, num(part.cap or 0, lang)))))
    return (*lead, Table(header, tuple(rows), code=frozenset({0}), widths=(7, 16, 7, 27, 11, 15, 9, 8)))


def method_words(pack: RulePack, rubric: RubricFile, year: int, node: Criterion, lang: Lang) -> str:
    """How a leaf's points are given, in words: the method, its input, and the zero cases."""
    method = node.method
    pts = num(node.max, lang)
    top = _points(lang, pts)
    if isinstance(method, PassFail):
        text = _m("pass_fail", lang, max=top)
    elif isinstance(method, Timely):
        due = _m("own_due", lang, date=iso_day(method.due)) if method.due else _m("task_due", lang)
        text = _m("timely", lang, due=due, max=top, late=_points(lang, num(node.max * method.late_share, lang)),
                  share=num(method.late_share * 100, lang))
    elif isinstance(method, Completion):
        text = "; ".join(_m("band", lang, min=num(b.min, lang), unit="%", p=_points(lang, num(node.max * b.share, lang)))
                         for b in sorted(method.bands, key=lambda b: -b.min)) + "."
    elif isinstance(method, Bands):
        text = "; ".join(_m("band", lang, min=num(b.min, lang), unit="", p=_points(lang, num(b.points, lang)))
                         for b in sorted(method.bands, key=lambda b: -b.min)) + "."
    elif isinstance(method, Ratio):
        text = _m("ratio", lang, max=top, t=_ratio_target(pack, year, method, lang))
        if method.zero_below is not None:
            text += " " + _m("zero_below", lang, z=num(method.zero_below, lang))
    elif isinstance(method, Count):
        text = _m("count", lang, per=_points(lang, num(method.per_item, lang)), max=top)
    elif isinstance(method, Deduction):
        item = _m("report_lapse" if method.input.reports else "item", lang)
        text = _m("deduction", lang, max=top, per=_points(lang, num(method.per_item, lang)), item=item,
                  floor=_points(lang, num(method.floor, lang)))
    elif isinstance(method, SurveyMethod):
        survey = next((s for s in rubric.surveys if s.id == method.survey), None)
        combine = _m(f"combine_{survey.combine if survey else 'mean'}", lang)
        text = _m("survey", lang, id=method.survey, combine=combine, max=top)
    else:
        assert method is None or isinstance(method, Manual)
        text = _m("manual", lang, max=top)
    given = getattr(method, "input", None)
    if given is not None:
        text += " " + _m("input", lang, what=_input_words(rubric, given, isinstance(method, Deduction), lang))
    if not isinstance(method, Manual):
        text += " " + _m("no_data", lang)
    if node.evidence:
        text += " " + _m("no_evidence", lang)
    rule = node.na_rule(rubric.rubric.not_applicable)
    if rule is not None:
        text += " " + _m(f"na_{rule}", lang, total=num(rubric.rubric.total, lang))
    return text


def _ratio_target(pack: RulePack, year: int, method: Ratio, lang: Lang) -> str:
    if method.target is not None:
        return num(method.target, lang)
    target = next((t for t in pack.targets.targets if t.id == method.target_of), None)
    threshold = year_threshold(target, year) if target else None
    value = num(threshold if threshold is not None else (target.threshold if target else 0), lang)
    return _m("ratio_of", lang, year=year, target=method.target_of, value=value)


def _input_words(rubric: RubricFile, given: Input, lapses: bool, lang: Lang) -> str:
    if given.measure:
        return _m("in_measure", lang, id=given.measure)
    if given.indicator:
        return _m("in_indicator", lang, id=given.indicator)
    if given.target:
        return _m("in_target", lang, id=given.target)
    if given.task is not None:
        return _m("in_task", lang, id=given.task)
    return _m("in_lapses" if lapses else "in_reports", lang, id=given.reports)
