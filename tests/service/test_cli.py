"""`cchc-rules serve --demo`, `users add` and `units add` as a user runs them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from typer.testing import CliRunner

from cchc_rules.cli import app

ROOT = Path(__file__).resolve().parents[2]


def test_units_add_and_users_add(tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["units", "add", "--data-dir", str(tmp_path)])
    assert r.exit_code == 0 and "31294" in r.stdout
    env = {"CCHC_PASSWORD": "mat-khau-dai-du"}
    r = runner.invoke(app, ["users", "add", "qt", "--role", "admin", "--data-dir", str(tmp_path)], env=env)
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["users", "add", "kt", "--role", "agency", "--unit", "31294", "--agency", "KTX",
                            "--data-dir", str(tmp_path)], env=env)
    assert r.exit_code == 2 and "KT" in r.output
    r = runner.invoke(app, ["users", "add", "qt", "--role", "admin", "--data-dir", str(tmp_path)], env=env)
    assert r.exit_code == 2 and "đã có" in r.output
    r = runner.invoke(app, ["users", "add", "x", "--role", "admin", "--data-dir", str(tmp_path)],
                      env={"CCHC_PASSWORD": "ngan"})
    assert r.exit_code == 2 and "8 ký tự" in r.output


def test_serve_demo_answers_healthz_and_prints_passwords_once(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cmd = [sys.executable, "-m", "cchc_rules", "serve", "--demo", "--port", str(port), "--data-dir", str(tmp_path)]
    outputs = []
    for _ in range(2):
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline, body = time.monotonic() + 120, None
            while time.monotonic() < deadline and body is None:
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as resp:
                        body = json.loads(resp.read())
                except OSError:
                    time.sleep(0.3)
            assert body is not None and body["status"] == "ok" and body["version"]
        finally:
            proc.terminate()
            outputs.append(proc.communicate(timeout=30)[0])
    assert "van-phong" in outputs[0] and "mật khẩu chỉ hiện một lần" in outputs[0]
    assert "van-phong" not in outputs[1]
