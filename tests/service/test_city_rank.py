"""The city's ranking of the year on the final scores (TestClient, on SQLite and PostgreSQL): a unit
whose round is finalised is ranked on its appraised total (the official form's, from the stored
round), the others on their self-score and labelled so; the change self → final per unit and per
area; no ranking before any unit has a round; another province sees nothing of it."""

from __future__ import annotations

import re

Y = "/units/31294/years/2026"


def _rows(page: str) -> dict[str, list[str]]:
    """The annual ranking's rows: unit code → the cells' text."""
    section = page[page.index('<section id="annual">'):]
    found = {}
    for code, body in re.findall(r'<tr data-unit="(\d+)">(.*?)</tr>', section, re.S):
        found[code] = [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", body, re.S)]
    return found


def test_the_city_ranks_the_finalised_round_on_its_final_total(login) -> None:  # type: ignore[no-untyped-def]
    office, appraiser, other = login("vp-a"), login("td"), login("vp-b")
    assert 'id="annual"' not in appraiser.get("/city").text  # no unit has a round of any year yet

    assert office.post(f"{Y}/submit").status_code == 303
    rows = _rows(appraiser.get("/city").text)  # submitted, not final: both on their self-score
    assert rows["31294"][:9] == ["1 (đồng hạng)", "xã Trường Xuân", "88,78", "Tốt", "điểm tự đánh giá", "88,78", "—",
                                 "—", "Đã gửi, đang thẩm định"]
    assert rows["31297"][4] == "điểm tự đánh giá" and rows["31297"][8] == "Chưa tự đánh giá"

    assert appraiser.post(f"{Y}/criteria/1.1.1/appraisal", points="0,5", comment="Kế hoạch chưa có chữ ký").status_code == 303
    assert appraiser.post(f"{Y}/criteria/8.1/appraisal", points="0", comment="Chưa có kết quả khảo sát").status_code == 303
    assert _rows(appraiser.get("/city").text)["31294"][4] == "điểm tự đánh giá"  # marked, not final
    assert appraiser.post(f"{Y}/finalise").status_code == 303
    form = re.sub(r"<[^>]+>", "", office.get(Y).text)
    final = re.search(r"Tổng điểm thẩm định: ([\d,]+)", form)[1]  # type: ignore[index]

    page = appraiser.get("/city").text
    rows = _rows(page)
    a, b = rows["31294"], rows["31297"]
    assert a[2] == a[6] == final and a[4] == "điểm thẩm định" and a[5] == "88,78"  # the form's own total
    assert a[8] == "Đã hoàn thành thẩm định"
    assert (b[0], b[2], b[4]) == ("1", "88,78", "điểm tự đánh giá") and a[0] == "2"
    self_total, final_total = (float(x.replace(",", ".")) for x in (a[5], a[6]))
    assert a[7] == "−" + f"{self_total - final_total:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    assert a[9] == "8,75 (−0,5)" and b[9] == "9,25"  # area 1: 1.1.1 lowered by 0,5
    assert a[10] == "5,95 (0)"
    assert "Lĩnh vực 1 (tối đa 11)" in page and "<h3>Thành phố Cần Thơ</h3>" in page

    assert _rows(appraiser.get("/city?year=2027").text) == {}  # no rubric of 2027: listed as not scored
    assert "không có bộ chỉ số năm 2027" in appraiser.get("/city?year=2027").text
    assert appraiser.get("/city?year=abc").status_code == 404
    assert other.get("/city").status_code == 404 and office.get("/city").status_code == 404


def test_a_unit_s_years_show_self_and_final_totals_and_each_area(login) -> None:  # type: ignore[no-untyped-def]
    office, appraiser, agency = login("vp-a"), login("td"), login("kt-a")
    page = office.get("/units/31294/years").text
    assert "Chỉ số CCHC qua các năm" in office.get("/units/31294").text
    year = re.search(r'<tr data-year="2026">(.*?)</tr>', page, re.S)[1]  # type: ignore[index]
    assert "Chưa tự đánh giá" in year and "88,78" in year and "điểm tự đánh giá" in year
    assert office.post(f"{Y}/submit").status_code == 303
    assert appraiser.post(f"{Y}/criteria/1.1.1/appraisal", points="0,5", comment="Kế hoạch chưa có chữ ký").status_code == 303
    assert appraiser.post(f"{Y}/finalise").status_code == 303
    page = appraiser.get("/units/31294/years").text
    cells = [re.sub(r"<[^>]+>", "", c).strip()
             for c in re.findall(r"<td[^>]*>(.*?)</td>", re.search(r'<tr data-year="2026">(.*?)</tr>', page, re.S)[1])]  # type: ignore[index]
    assert cells[1:5] == ["Đã hoàn thành thẩm định", "88,78", "88,28", "−0,5"] and cells[6] == "điểm thẩm định"
    area = re.search(r'<tr data-area="1">(.*?)</tr>', page, re.S)[1]  # type: ignore[index]
    assert "9,25 → 8,75 (−0,5)" in area
    assert agency.get("/units/31294/years").status_code == 404 and login("vp-b").get("/units/31294/years").status_code == 404


def test_the_final_form_and_ranking_are_byte_identical_when_regenerated(login, service) -> None:  # type: ignore[no-untyped-def]
    """Issue 15's done-when: regenerated from the stored round — again, and by a new service process on
    the same database — the final form (JSON, HTML, xlsx) and the city's ranking do not change by a byte."""
    from cchc_rules.service.state import Service

    office, appraiser = login("vp-a"), login("td")
    assert office.post(f"{Y}/submit").status_code == 303
    assert appraiser.post(f"{Y}/criteria/1.1.1/appraisal", points="0,5", comment="Kế hoạch chưa có chữ ký").status_code == 303
    assert appraiser.post(f"{Y}/finalise").status_code == 303

    def outputs(office_client, appraiser_client) -> list[bytes]:  # type: ignore[no-untyped-def]
        forms = [office_client.get(f"{Y}/form.{fmt}").content for fmt in ("json", "html", "xlsx")]
        city = appraiser_client.get("/city").text
        return [*forms, city[city.index('<section id="annual">'):].encode()]

    first = outputs(office, appraiser)
    assert all(first) and first == outputs(office, appraiser)
    restarted = Service.open(service.settings)  # a new process's state: nothing cached in memory
    try:
        from tests.service.conftest import Client

        again = outputs(Client(restarted, "vp-a"), Client(restarted, "td"))
    finally:
        restarted.close()
    assert again == first
