"""Load benchmark of the web service (issue 14): 103 units (Cần Thơ's wards and communes), 10
accounts each, browsing, and one upload plus quarter check per unit; PostgreSQL.

    # 1. set up (once): the units (the bundled pack renamed for each), their data, 1,030 accounts
    .venv/bin/python benchmarks/service_load.py setup --database postgresql://postgres@127.0.0.1/bench --data-dir /tmp/svc-bench
    # 2. serve it
    .venv/bin/cchc-rules serve --database postgresql://postgres@127.0.0.1/bench --data-dir /tmp/svc-bench --port 8765
    # 3. the load (locust, the `bench` extra)
    .venv/bin/locust -f benchmarks/service_load.py --headless -u 1031 -r 5 -t 6m --host http://127.0.0.1:8765 --csv /tmp/svc-load
    # (1,031 users: the 1,030 clerks and one Probe asking /healthz each second, the baseline)

The figures and the machine's load when they were taken are in benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
import time
from pathlib import Path

PASSWORD = "mat-khau-do-tai"
AGENCIES = ("VP", "KT", "TTPVHCC", "VHXH")
PER_UNIT = 10


def accounts(code: str) -> list[tuple[str, str, str | None]]:
    """(username, role, agency): two office clerks and eight agency staff per unit."""
    rows = [(f"vp{code}-{i}", "office", None) for i in range(2)]
    rows += [(f"cq{code}-{i}", "agency", AGENCIES[i % len(AGENCIES)]) for i in range(PER_UNIT - 2)]
    return rows


def setup(database: str, data_dir: Path) -> None:
    import shutil
    import tempfile

    sys.path.insert(0, str(Path(__file__).parent))
    from generate import plan_units  # noqa: PLC0415 - benchmarks/generate.py: the real unit list

    from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir
    from cchc_rules.service.accounts import add_user
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.packs import add_unit
    from cchc_rules.service.runs import run_check
    from cchc_rules.service.state import Service, Settings

    svc = Service.open(Settings(data_dir, database))
    units = plan_units("can-tho")
    with tempfile.TemporaryDirectory() as tmp:
        for n, u in enumerate(units, 1):
            pack = Path(tmp) / u.code
            shutil.copytree(bundled_rules_dir(), pack)
            plan = pack / "plan.yaml"
            text = plan.read_text(encoding="utf-8").replace('code: "31294"', f'code: "{u.code}"', 1)
            plan.write_text(text.replace('name: "xã Trường Xuân"', f'name: "{u.name}"', 1), encoding="utf-8")
            with svc.db() as db:
                unit = add_unit(svc, db, pack, "bench")
                load_folder(svc, db, unit, bundled_data_dir(), "bench")
                db.commit()
                run_check(svc, db, unit, "2026-Q3", None, "bench")
                db.commit()
            for name, role, agency in accounts(u.code):
                add_user(svc, name, PASSWORD, role, u.code, agency, None, by="bench")
            print(f"{n}/{len(units)} {u.code} {u.name}", flush=True)
    (data_dir / "bench-units.txt").write_text(" ".join(u.code for u in units) + "\n")


# ── the locust file ─────────────────────────────────────────────────────────────────────────
try:
    from locust import HttpUser, between, constant, events, task
except ImportError:  # `setup` runs without locust
    HttpUser = object  # type: ignore[assignment,misc]

if HttpUser is not object:
    _UNITS: list[str] = []
    _NEXT = itertools.count()
    _PAKN = (Path(__file__).resolve().parents[1] / "data" / "truong-xuan" / "2026-Q3" / "pakn.csv").read_bytes()

    def _units() -> list[str]:
        if not _UNITS:
            import os

            path = Path(os.environ.get("CCHC_BENCH_UNITS", "/tmp/svc-bench/bench-units.txt"))
            _UNITS.extend(path.read_text().split())
        return _UNITS

    class Probe(HttpUser):  # type: ignore[misc,valid-type]
        """The baseline in the same run: one user asking the same server for /healthz (no database,
        no page) once a second; the pages' figures read against it (their ratio to it)."""

        fixed_count = 1
        wait_time = constant(1)

        @task
        def healthz(self) -> None:
            self.client.get("/healthz", name="GET /healthz (baseline)")

    class Clerk(HttpUser):  # type: ignore[misc,valid-type]
        wait_time = between(10, 30)

        def on_start(self) -> None:
            n = next(_NEXT)
            units = _units()
            self.code = units[n % len(units)]
            self.username, self.role, _ = accounts(self.code)[(n // len(units)) % PER_UNIT]
            self.uploader = self.username.endswith("-0") and self.role == "office"
            self.uploaded = False
            page = self.client.get("/login", name="/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]  # type: ignore[index]
            r = self.client.post("/login", data={"username": self.username, "password": PASSWORD, "csrf": csrf},
                                 name="POST /login", allow_redirects=True)
            self.csrf = re.search(r'name="csrf" value="([^"]+)"', r.text)[1]  # type: ignore[index]
            runs = re.findall(rf"/units/{self.code}/runs/(\d+)", r.text)
            self.run = runs[0] if runs else None

        @task(3)
        def unit(self) -> None:
            self.client.get(f"/units/{self.code}", name="/units/{code}")

        @task(2)
        def period(self) -> None:
            self.client.get(f"/units/{self.code}/periods/2026-Q3", name="/units/{code}/periods/{period}")

        @task(3)
        def run_page(self) -> None:
            if self.run:
                self.client.get(f"/units/{self.code}/runs/{self.run}", name="/units/{code}/runs/{id}")

        @task(1)
        def history(self) -> None:
            self.client.get(f"/units/{self.code}/history", name="/units/{code}/history")

        @task(1)
        def upload_and_check(self) -> None:
            if not self.uploader or self.uploaded:
                return
            self.uploaded = True
            start = time.perf_counter()
            up = self.client.post(f"/units/{self.code}/periods/2026-Q3/upload", data={"csrf": self.csrf},
                                  files=[("files", ("pakn.csv", _PAKN))], name="POST upload")
            check = self.client.post(f"/units/{self.code}/periods/2026-Q3/check", data={"csrf": self.csrf, "as_of": ""},
                                     name="POST check", allow_redirects=False)
            ok = up.status_code == 200 and check.status_code == 303
            events.request.fire(request_type="FLOW", name="upload+check", response_time=(time.perf_counter() - start) * 1000,
                                response_length=0, exception=None if ok else RuntimeError(f"{up.status_code}/{check.status_code}"),
                                context={})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["setup"])
    parser.add_argument("--database", required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    args = parser.parse_args()
    setup(args.database, args.data_dir)
