"""Profile of the web service in one process (issue 14): one unit set up as `service_load.py setup`
sets each of its 103 up (the bundled pack, the bundled data, one stored Q3 check, an office clerk),
then each page a load-test user opens and one upload+check through the framework's TestClient,
timed warm (median of a few requests) and profiled with cProfile. Where the load test's time goes
without the network, locust or other users; the load test itself is `service_load.py`.

    PYTHONPATH=. .venv/bin/python benchmarks/service_profile.py [--database URL] [--top 25]

SQLite in a temporary folder unless --database is given (an empty PostgreSQL database).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import re
import statistics
import tempfile
import time
from pathlib import Path

PASSWORD = "mat-khau-do-tai"
PAKN = Path(__file__).resolve().parents[1] / "data" / "truong-xuan" / "2026-Q3" / "pakn.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=None)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import anyio.to_thread
    from fastapi.testclient import TestClient

    from cchc_rules.rulepack.load import bundled_data_dir
    from cchc_rules.service.accounts import add_user
    from cchc_rules.service.app import create_app
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.packs import add_unit
    from cchc_rules.service.runs import run_check
    from cchc_rules.service.state import Service, Settings

    with tempfile.TemporaryDirectory() as tmp:
        svc = Service.open(Settings(Path(tmp), args.database))
        with svc.db() as db:
            unit = add_unit(svc, db, None, "bench")
            load_folder(svc, db, unit, bundled_data_dir(), "bench")
            db.commit()
            run_check(svc, db, unit, "2026-Q3", None, "bench")
            db.commit()
            code = unit.code
        add_user(svc, "vp-0", PASSWORD, "office", code, None, None, by="bench")
        client = TestClient(create_app(service=svc))
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)[1]  # type: ignore[index]
        started = time.perf_counter()
        r = client.post("/login", data={"username": "vp-0", "password": PASSWORD, "csrf": csrf})
        print(f"POST /login: {(time.perf_counter() - started) * 1000:.0f} ms ({r.status_code})")
        csrf = re.search(r'name="csrf" value="([^"]+)"', r.text)[1]  # type: ignore[index]
        run = re.findall(rf"/units/{code}/runs/(\d+)", r.text)[0]
        urls = ["/healthz", f"/units/{code}", f"/units/{code}/periods/2026-Q3", f"/units/{code}/runs/{run}",
                f"/units/{code}/history"]

        def upload_check(cold: bool = False) -> int:
            if cold:  # the unit's first check in this process: no workspace kept for it
                svc.workspaces.clear()
            up = client.post(f"/units/{code}/periods/2026-Q3/upload", data={"csrf": csrf},
                             files=[("files", ("pakn.csv", PAKN.read_bytes()))])
            check = client.post(f"/units/{code}/periods/2026-Q3/check", data={"csrf": csrf, "as_of": ""},
                                follow_redirects=False)
            assert up.status_code == 200 and check.status_code == 303, (up.status_code, check.status_code)
            return check.status_code

        # the routes run in the thread pool: profile there (cProfile sees only its own thread)
        profile: cProfile.Profile | None = None
        run_sync = anyio.to_thread.run_sync

        async def profiled(func, *args, **kwargs):  # type: ignore[no-untyped-def]
            def call(*a):  # type: ignore[no-untyped-def]
                if profile is None:
                    return func(*a)
                profile.enable()
                try:
                    return func(*a)
                finally:
                    profile.disable()
            return await run_sync(call, *args, **kwargs)

        anyio.to_thread.run_sync = profiled  # type: ignore[assignment]
        jobs = [(url, lambda url=url: client.get(url).status_code) for url in urls]
        jobs.append(("upload+check", upload_check))
        jobs.append(("upload+check, cold (first check of the unit in the process)", lambda: upload_check(True)))
        for name, job in jobs:
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                job()
                times.append((time.perf_counter() - started) * 1000)
            profile = cProfile.Profile()
            job()
            stats, profile = profile, None
            print(f"\n== {name}: first {times[0]:.1f} ms, median of {len(times)} {statistics.median(times):.1f} ms")
            out = io.StringIO()
            pstats.Stats(stats, stream=out).sort_stats("cumulative").print_stats(args.top)
            print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


if __name__ == "__main__":
    main()
