"""The HTML reports opened in headless Chromium (Debian's `chromium`): the page renders (not
blank, charts drawn in their colour, text in ink) and prints to A4.

Without Chromium the tests skip with the reason, except under CI (the CI variable set), where
they fail: `.ci/run` installs Chromium, so a skip there would hide a broken page.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cchc_rules.cli import app
from cchc_rules.report.html import batch_html

from .png import Image, read_png

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 180  # seconds; a first start of Chromium in a cold container is slow
CHART_BLUE = (0x1F, 0x5F, 0x9E)  # svg.PALETTE[0], the bars
PAGES = {
    "quarter": ["evaluate", "--period", "2026-Q3"],
    "score": ["score", "--year", "2026"],
    "batch": [],  # drawn by batch_html from tests/fixtures/batch-2026.json (the golden case's ranking)
}
# Pixel rows that cross a chart bar: the batch's ranking is a dot plot, so only its classification
# chart has bars (three units: about 34 rows); the others draw several bar charts.
MIN_BAR_ROWS = {"quarter": 60, "score": 60, "batch": 20}
PAGE_SIZE = {"quarter": (595, 842), "score": (842, 595), "batch": (595, 842)}  # the form prints landscape


DEBIAN_CHROMIUM = Path("/usr/bin/chromium")


def _chromium() -> str:
    found = shutil.which("chromium") or (str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None)
    if found is None:
        reason = "Chromium is not installed (apt-get install chromium); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set but {reason}")
        pytest.skip(reason)
    return found


def _flags(profile: Path) -> list[str]:
    # No sandbox (containers run as root), no GPU, and nothing that talks to the network; every
    # host resolves to nothing, so a page that needed the network would show it.
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND",
            f"--user-data-dir={profile}"]


@pytest.fixture(scope="module", params=sorted(PAGES))
def page(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("html") / f"{request.param}.html"
    if not PAGES[request.param]:
        doc = json.loads((ROOT / "tests" / "fixtures" / "batch-2026.json").read_text(encoding="utf-8"))
        target.write_text(batch_html(doc, "vi"), encoding="utf-8")
        return target
    old = Path.cwd()
    os.chdir(ROOT)  # traces show paths relative to the working folder
    try:
        result = CliRunner().invoke(app, [*PAGES[request.param], "--format", "html", "-o", str(target)])
    finally:
        os.chdir(old)
    assert result.exit_code == 0, result.stderr
    return target


def _run(chromium: str, tmp: Path, *args: str) -> None:
    env = {**os.environ, "HOME": str(tmp)}
    done = subprocess.run([chromium, *_flags(tmp / "profile"), *args], capture_output=True, text=True,
                          timeout=TIMEOUT, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def _near(pixel: tuple[int, int, int], colour: tuple[int, int, int], tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, colour, strict=True))


def _census(image: Image) -> tuple[int, int]:
    """Non-white and dark (text) pixels, on every second pixel of every second row."""
    inked = dark = 0
    for y in range(0, image.height, 2):
        for x in range(0, image.width, 2):
            pixel = image.pixel(x, y)
            if sum(pixel) < 735:
                inked += 1
                dark += sum(pixel) < 200
    return inked, dark


def _bar_rows(image: Image, run: int = 100) -> int:
    """Pixel rows crossing a chart bar: a run of at least `run` bar-coloured pixels. Headings share
    the colour but are thin lines or short glyph strokes, so only the bars make many such rows."""
    rows = 0
    for y in range(image.height):
        longest = current = 0
        for x in range(0, image.width, 2):
            current = current + 1 if _near(image.pixel(x, y), CHART_BLUE) else 0
            longest = max(longest, current)
        rows += longest * 2 >= run
    return rows


def test_page_renders_with_text_and_charts(page: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    shot = tmp_path / "page.png"
    _run(chromium, tmp_path, f"--screenshot={shot}", "--window-size=1240,1754", page.as_uri())
    image = read_png(shot.read_bytes())
    assert (image.width, image.height) == (1240, 1754)
    inked, dark = _census(image)
    sampled = (image.width // 2) * (image.height // 2)
    assert inked > sampled * 0.03, f"page looks blank: {inked} of {sampled} sampled pixels inked"
    assert dark > 2000, f"too little text drawn: {dark} dark pixels"
    bars = _bar_rows(image)
    assert bars > MIN_BAR_ROWS[page.stem], f"the chart bars were not drawn: {bars} pixel rows cross a bar"


def test_page_prints_to_a4(page: Path, tmp_path: Path) -> None:
    chromium = _chromium()
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    pdf = tmp_path / "page.pdf"
    _run(chromium, tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, text=True, timeout=60, check=True).stdout
    pages = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.MULTILINE)
    assert pages is not None and int(pages.group(1)) >= 1, info
    assert size is not None and (round(float(size.group(1))), round(float(size.group(2)))) == PAGE_SIZE[page.stem], info


def test_missing_chromium_skips_but_fails_under_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    monkeypatch.setattr(sys.modules[__name__], "DEBIAN_CHROMIUM", tmp_path / "chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="Chromium is not installed"):
        _chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI is set but Chromium is not installed"):
        _chromium()
