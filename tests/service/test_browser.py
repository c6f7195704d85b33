"""The browser round trip in Python Playwright driving Debian's `chromium` (no browser download),
on SQLite and PostgreSQL: log in; upload a quarter with an error and see it at its row; fix it;
run the check and see a finding; the agency answers; the office accepts; download the workbook.

Without Chromium the test skips, except under CI (which installs it), where it fails.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cchc_rules.rulepack.load import bundled_data_dir
from tests.service.conftest import PASSWORD

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


@pytest.fixture
def base_url(service) -> Iterator[str]:  # type: ignore[no-untyped-def]
    import uvicorn

    from cchc_rules.service.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(service=service), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def browser():  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI is set but Chromium is not installed (apt-get install chromium)")
        pytest.skip("Chromium is not installed (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu",
                                                              "--disable-dev-shm-usage"])
        yield b
        b.close()


def _login(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/units/**")


def _logout(page) -> None:  # type: ignore[no-untyped-def]
    page.click("text=Đăng xuất")
    page.wait_for_url("**/login")


def test_round_trip(base_url: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = browser.new_page(accept_downloads=True)
    base = base_url
    _login(page, base, "vp-a")
    page.goto(f"{base}/units/31294/periods/2026-Q3")
    good = (bundled_data_dir() / "2026-Q3" / "pakn.csv").read_text(encoding="utf-8")
    lines = good.splitlines()
    bad = "\n".join([*lines[:2], lines[2].replace("/2026", "/2O26", 1), *lines[3:]]) + "\n"
    (tmp_path / "pakn.csv").write_text(bad, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", str(tmp_path / "pakn.csv"))
    page.click("#upload button")
    error_row = page.locator('#problems tr.error[data-row="3"]').first
    error_row.wait_for()
    assert "pakn.csv" in error_row.inner_text()
    assert "chưa được dùng" in page.locator("#last-upload").inner_text()
    (tmp_path / "pakn.csv").write_text(good, encoding="utf-8")
    page.set_input_files("#upload input[type=file]", str(tmp_path / "pakn.csv"))
    page.click("#upload button")
    page.locator("#last-upload .ok").wait_for()
    page.click("#check button")
    page.wait_for_url("**/runs/*")
    assert page.locator('#findings tr[data-finding="2026-Q3/task-overdue/21.0.2026"]').count() == 1
    assert "2026-Q3/" not in page.locator("#findings").inner_text()  # ids are not for the reader (issue 12)
    run_url = page.url
    _logout(page)

    _login(page, base, "kt-a")
    page.goto(run_url)
    form = page.locator("form.answer").filter(has=page.locator('input[value="2026-Q3/task-overdue/21.0.2026"]'))
    form.locator("select[name=cause]").select_option("objective")
    form.locator("textarea[name=text]").fill("Chờ bố trí vốn của thành phố; dự kiến hoàn thành tháng 10/2026.")
    (tmp_path / "bien-ban.pdf").write_bytes(b"%PDF-1.4 bien ban")
    form.locator("input[name=attachment]").set_input_files(str(tmp_path / "bien-ban.pdf"))
    form.locator("button").click()
    page.locator("#explanations").wait_for()
    assert "Chờ xem xét" in page.locator("#explanations").inner_text()
    _logout(page)

    _login(page, base, "vp-a")
    page.goto(run_url)
    page.locator("form.decide button[value=accepted]").click()
    page.locator("#explanations", has_text="(vp-a)").wait_for()
    assert "Chấp nhận (vp-a)" in page.locator("#explanations").inner_text()
    page.goto(page.url.rsplit("/runs/", 1)[0] + "/periods/2026-Q3")
    page.click("#check button")
    page.wait_for_url("**/runs/*")
    row = page.locator('#findings tr[data-finding="2026-Q3/task-overdue/21.0.2026"]')
    assert "được chấp nhận" in row.inner_text()
    with page.expect_download() as info:
        page.click("#download-xlsx")
    path = tmp_path / "kq.xlsx"
    info.value.save_as(path)
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    assert "Phát hiện" in wb.sheetnames


def _login_as(page, base: str, username: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(lambda url: "/login" not in url)


def _mark(page, base: str, criterion: str, points: str, comment: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"{base}/units/31294/years/2026/criteria/{criterion}")
    page.fill("#appraise input[name=points]", points)
    page.fill("#appraise textarea[name=comment]", comment)
    page.click("#appraise button")
    page.locator("#marks", has_text=comment).wait_for()


def test_appraisal_round(base_url: str, browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The annual round: the unit scores and attaches; the appraiser lowers two criteria with
    comments; the unit replies with a document; the appraiser restores one and finalises; the form
    shows the final points."""
    import datetime as dt
    import re

    page = browser.new_page(accept_downloads=True)
    base, year = base_url, f"{base_url}/units/31294/years/2026"
    _login(page, base, "vp-a")
    page.click("text=Tự đánh giá, thẩm định Chỉ số CCHC năm 2026")
    page.wait_for_url("**/years/2026")
    assert "88,78" in page.locator("#totals").inner_text()
    page.click('#criteria a:text-is("1.4")')
    page.wait_for_url("**/criteria/1.4")
    assert "thiếu tài liệu kiểm chứng" in page.locator("#trace").inner_text()
    (tmp_path / "thong-bao.pdf").write_bytes(b"%PDF-1.4 thong bao")
    page.fill("#evidence input[name=title]", "Thông báo kết luận kiểm tra công vụ năm 2026")
    page.fill("#evidence input[name=number]", "201/TB-UBND")
    page.fill("#evidence input[name=issued]", "10/12/2026")
    page.fill("#evidence input[name=issuer]", "UBND xã Trường Xuân")
    page.set_input_files("#evidence input[name=attachment]", str(tmp_path / "thong-bao.pdf"))
    page.click("#evidence button")
    page.locator("#documents", has_text="201/TB-UBND").wait_for()
    assert "Điểm tự đánh giá: 1 / 1" in page.locator("#points").inner_text()
    page.goto(year)
    assert "89,78" in page.locator("#totals").inner_text()
    page.click("#submit button")
    page.locator("#state", has_text="Đã gửi, đang thẩm định").wait_for()
    _logout(page)

    _login_as(page, base, "td")
    _mark(page, base, "1.4", "0,5", "Chưa có Kế hoạch kiểm tra công vụ")
    _mark(page, base, "3.1", "0", "Ban hành trễ hạn")
    page.goto(year)
    assert "88,28" in page.locator("#totals").inner_text()
    page.fill("#request-reply input[name=deadline]", dt.datetime.now(dt.UTC).date().strftime("%d/%m/%Y"))
    page.click("#request-reply button")
    page.locator("#state", has_text="Chờ đơn vị giải trình").wait_for()
    _logout(page)

    _login(page, base, "vp-a")
    page.goto(f"{year}/criteria/1.4")
    (tmp_path / "ke-hoach.pdf").write_bytes(b"%PDF-1.4 ke hoach")
    page.fill("#reply textarea[name=text]", "Bổ sung Kế hoạch kiểm tra công vụ năm 2026 của UBND xã")
    page.fill("#reply input[name=title]", "Kế hoạch kiểm tra công vụ năm 2026")
    page.fill("#reply input[name=number]", "14/KH-UBND")
    page.set_input_files("#reply input[name=attachment]", str(tmp_path / "ke-hoach.pdf"))
    page.click("#reply button")
    page.locator("#replies", has_text="14/KH-UBND").wait_for()
    page.goto(year)
    page.click("#close-reply button")
    page.locator("#state", has_text="Đang thẩm định lại").wait_for()
    _logout(page)

    _login_as(page, base, "td")
    page.goto(f"{year}/criteria/1.4")
    assert "ke-hoach.pdf" in page.locator("#replies").inner_text()
    _mark(page, base, "1.4", "1", "Đã bổ sung Kế hoạch số 14/KH-UBND")
    page.goto(year)
    page.click("#finalise button")
    page.locator("#state", has_text="Đã hoàn thành thẩm định").wait_for()
    page.goto(f"{year}/form.html")

    def appraised(criterion: str) -> str:
        row = page.locator("tr").filter(has=page.locator("td:first-child", has_text=re.compile(rf"^{re.escape(criterion)}$")))
        return row.first.locator("td.appraised").inner_text().strip()

    assert (appraised("1.4"), appraised("3.1"), appraised("1.1.1")) == ("1", "0", "1")
    assert "Ban hành trễ hạn" in page.content()
