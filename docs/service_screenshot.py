"""Takes docs/dich-vu-ket-qua-kiem-tra.png (the demo service's quarter-check page) and
docs/dich-vu-tu-danh-gia.png (the annual self-assessment and appraisal round) in Debian's chromium
(Playwright). Run: .venv/bin/python docs/service_screenshot.py"""

from __future__ import annotations

import re
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from cchc_rules.service.app import create_app
from cchc_rules.service.demo import load_demo
from cchc_rules.service.state import Service, Settings

OUT = Path(__file__).parent / "dich-vu-ket-qua-kiem-tra.png"
ROUND = Path(__file__).parent / "dich-vu-tu-danh-gia.png"

svc = Service.open(Settings(Path(tempfile.mkdtemp())))
passwords = {name: pw for name, _role, pw in load_demo(svc)}
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
server = uvicorn.Server(uvicorn.Config(create_app(service=svc), host="127.0.0.1", port=port, log_level="warning"))
threading.Thread(target=server.run, daemon=True).start()
while not server.started:
    time.sleep(0.05)
base = f"http://127.0.0.1:{port}"
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/login")
    page.fill("input[name=username]", "van-phong")
    page.fill("input[name=password]", passwords["van-phong"])
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/units/\d+$"))
    page.goto(f"{base}/units/31294/periods/2026-Q3")
    page.click("#check button")
    page.wait_for_url(re.compile(r".*/runs/\d+$"))
    page.screenshot(path=str(OUT), full_page=False)
    page.goto(f"{base}/units/31294/years/2026")
    page.screenshot(path=str(ROUND), full_page=False)
    browser.close()
server.should_exit = True
print(OUT)
print(ROUND)
