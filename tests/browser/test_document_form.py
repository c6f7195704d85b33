"""The quarter report and the self-assessment as administrative documents (Nghị định 30/2020/NĐ-CP,
issue 12 item 8) and the rule catalogue's print rules (item 12), checked in headless Chromium driven
by Playwright on Debian's /usr/bin/chromium (no browser download): the header block (issuing body,
Quốc hiệu, underlined Tiêu ngữ, số, place and date, title), the signature block (nơi nhận, TM. ỦY BAN
NHÂN DÂN, CHỦ TỊCH, the space to sign), nothing wider than A4's printable width, a sane A4 PDF, a
screenshot that is not blank; in the catalogue's PDF no page ends with a heading.

Without Chromium the tests skip, except under CI (test_html_render._chromium); without Playwright
(the test extra installs it) they skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app

from .test_html_render import _chromium

ROOT = Path(__file__).resolve().parents[2]
A4_PRINTABLE_PX = 703  # 210 mm less the 2 × 12 mm side margins of @page, at 96 px per inch
A4_LANDSCAPE_PX = 1032  # 297 mm less the same margins: the self-assessment form (ten columns) prints landscape
DOCUMENTS = {"quarter": ["evaluate", "--period", "2026-Q3"], "score": ["score", "--year", "2026"]}
WIDTH = {"quarter": A4_PRINTABLE_PX, "score": A4_LANDSCAPE_PX}
PAGE_SIZE = {"quarter": (595, 842), "score": (842, 595)}  # points: A4 portrait, A4 landscape
# The form lists ~60 criteria, each with its attached documents and its trace: about 30 landscape
# pages; a column squeezed to a letter a line (seen: 119 pages) or a table cut at a page exceeds it.
MAX_PAGES = {"quarter": 20, "score": 40}


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is in the test extra")
    with sync_api.sync_playwright() as pw:
        found = pw.chromium.launch(executable_path=executable,
                                   args=["--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"])
        yield found
        found.close()


def _render(args: list[str], target: Path) -> Path:
    old = Path.cwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(app, [*args, "-o", str(target)])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.stderr
    return target


@pytest.fixture(scope="module", params=sorted(DOCUMENTS))
def document(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("doc")
    return _render([*DOCUMENTS[request.param], "--format", "html"], folder / f"{request.param}.html")


def _open(browser: Any, page_file: Path, media: str = "print", width: int = A4_PRINTABLE_PX) -> Any:
    page = browser.new_page(viewport={"width": width, "height": 1100})
    page.emulate_media(media=media)
    page.goto(page_file.as_uri())
    return page


def _box(page: Any, selector: str) -> dict[str, float]:
    box = page.locator(selector).first.bounding_box()
    assert box is not None, selector
    return box  # type: ignore[no-any-return]


def test_header_block_of_the_document_form(browser: Any, document: Path) -> None:
    page = _open(browser, document)
    try:
        issuer = page.inner_text(".doc-frame .issuer").split("\n")
        assert [line.strip() for line in issuer if line.strip()] == ["ỦY BAN NHÂN DÂN", "XÃ TRƯỜNG XUÂN"]
        motto = [line.strip() for line in page.inner_text(".doc-frame .motto").split("\n") if line.strip()]
        assert motto == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
        underline = page.eval_on_selector(".doc-frame .motto .rule",
                                          "e => [getComputedStyle(e).borderBottomStyle, e.getBoundingClientRect().width]")
        assert underline[0] == "solid" and underline[1] > 100  # the Tiêu ngữ is underlined
        assert page.inner_text(".doc-frame .number").strip() == "Số: …/BC-UBND"
        assert re.fullmatch(r"Trường Xuân, ngày … tháng … năm 20\d\d", page.inner_text(".doc-frame .place-date").strip())
        title = [line.strip() for line in page.inner_text(".doc-title").split("\n") if line.strip()]
        assert title[0] == "BÁO CÁO" and len(title) == 2 and title[1]
        left, right = _box(page, ".doc-frame .issuer"), _box(page, ".doc-frame .motto")
        assert left["x"] + left["width"] <= right["x"] + 1 and abs(left["y"] - right["y"]) < 2  # side by side
        assert _box(page, ".doc-title")["y"] > right["y"] + right["height"]
    finally:
        page.close()


def test_signature_block_closes_the_document_before_the_appendix(browser: Any, document: Path) -> None:
    page = _open(browser, document)
    try:
        sign = [line.strip() for line in page.inner_text(".doc-sign .signature").split("\n") if line.strip()]
        assert sign[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"] and sign[-1].startswith("……")
        assert _box(page, ".sign-space")["height"] >= 80  # room to sign and stamp (24 mm)
        recipients = page.inner_text(".doc-sign .recipients")
        assert recipients.startswith("Nơi nhận:") and "Sở Nội vụ thành phố Cần Thơ;" in recipients
        assert "Lưu: VT." in recipients
        left, right = _box(page, ".doc-sign .recipients"), _box(page, ".doc-sign .signature")
        assert left["x"] + left["width"] <= right["x"] + 1
        closing, appendix = _box(page, ".doc-close"), _box(page, "#appendix")
        main = _box(page, "main")
        assert main["y"] + main["height"] <= closing["y"] + 1 <= appendix["y"] + 1
        assert "Lập bằng cchc-rules" in page.inner_text("#appendix")  # the footer moved into the appendix
        assert "Lập bằng cchc-rules" not in page.inner_text("body").split("Phụ lục kỹ thuật")[0]
    finally:
        page.close()


def test_nothing_is_cut_off_at_a4_width_and_the_pdf_is_a4(browser: Any, document: Path, tmp_path: Path) -> None:
    kind = document.stem
    page = _open(browser, document, width=WIDTH[kind])
    try:
        wide = page.evaluate("""limit => [...document.body.querySelectorAll('*')]
            .map(e => [e.tagName + (e.className && e.className.baseVal === undefined ? '.' + e.className : ''),
                       e.getBoundingClientRect().right])
            .filter(([, right]) => right > limit + 1)""", WIDTH[kind])
        assert wide == []
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH[kind]
        shot = tmp_path / "page.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 20_000  # a page with text and charts, not a blank one
        pdf = page.pdf(prefer_css_page_size=True)
    finally:
        page.close()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 2 <= pages <= MAX_PAGES[kind], pages
    sizes = {tuple(round(float(n)) for n in m) for m in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
    assert sizes == {PAGE_SIZE[kind]}, sizes  # A4 (portrait, or landscape for the form), every page


def test_catalogue_pdf_leaves_no_heading_alone_at_a_page_foot(browser: Any, tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    source = _render(["catalogue"], tmp_path / "danh-muc.html")
    page = _open(browser, source)
    try:
        headings = page.eval_on_selector_all("main h2, main h3, main h4, main h5", "hs => hs.map(h => h.innerText)")
        assert "Nhiệm vụ 1. Tăng cường rà soát văn bản quy phạm pháp luật" in " ".join(headings)
        assert not [h for h in headings if re.fullmatch(r"[a-z0-9-]+(: .*)?", h)]  # names, not ids
        pdf = tmp_path / "danh-muc.pdf"
        pdf.write_bytes(page.pdf(prefer_css_page_size=True))
    finally:
        page.close()
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=120,
                          check=True).stdout
    folded = [" ".join(h.split()) for h in headings]
    alone = []
    pages = [[" ".join(line.split()) for line in body.splitlines() if line.strip()] for body in text.split("\f")]
    # The table of contents lists the headings by design and ends its page (break-after: page): the
    # sections start on the first page that begins with the first section's heading.
    start = next(n for n, lines in enumerate(pages) if lines and lines[0] == folded[0])
    alone = []
    for number, lines in enumerate(pages[start:], start=start + 1):
        if lines and len(lines[-1]) > 12 and any(h.startswith(lines[-1]) for h in folded):
            alone.append((number, lines[-1]))
    assert alone == [], alone
