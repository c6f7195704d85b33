"""The service's commands: `serve`, `users add`, `units add`. They parse options, open the
service's state and call `app`/`demo`/`packs`; cli.py registers them."""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

DataDirOpt = Annotated[Path, typer.Option("--data-dir", help="Thư mục dữ liệu của dịch vụ (CSDL SQLite, tệp tải lên).")]
DatabaseOpt = Annotated[str | None, typer.Option("--database", help="URL PostgreSQL, ví dụ postgresql://user@host/db (mặc định: SQLite trong thư mục dữ liệu).")]

KEEP_ALIVE_SECONDS = 75  # `serve`: above the clients' idle time between requests (see serve)

users = typer.Typer(help="Tài khoản người dùng của dịch vụ.", no_args_is_help=True)
units = typer.Typer(help="Đơn vị (xã, phường) của dịch vụ.", no_args_is_help=True)


def _service(data_dir: Path, database: str | None):  # type: ignore[no-untyped-def]
    from cchc_rules.service.state import Service, Settings

    return Service.open(Settings(data_dir, database))


def serve(
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8000,
    data_dir: DataDirOpt = Path("cchc-data"),
    database: DatabaseOpt = None,
    demo: Annotated[bool, typer.Option("--demo", help="Nạp sẵn Kế hoạch và số liệu mẫu cho đơn vị mẫu và tài khoản mẫu.")] = False,
    workers_threads: Annotated[int, typer.Option("--threads", help="Số luồng xử lý yêu cầu.")] = 40,
) -> None:
    """Chạy dịch vụ web."""
    import anyio.to_thread
    import uvicorn

    from cchc_rules.service.app import create_app

    svc = _service(data_dir, database)
    if demo:
        from cchc_rules.service.demo import load_demo

        made = load_demo(svc)
        if made:
            print("Tài khoản mẫu (mật khẩu chỉ hiện một lần):")
            for name, role, password in made:
                print(f"  {name:15} {role:10} {password}")
    app = create_app(service=svc)
    import threading

    from cchc_rules.service.packs import warm

    def _warm() -> None:
        started = time.perf_counter()
        count = warm(svc)
        print(f"Đã nạp sẵn {count} bộ quy tắc ({time.perf_counter() - started:.1f} giây).", flush=True)

    threading.Thread(target=_warm, daemon=True, name="packs-warm").start()

    @app.on_event("startup")
    async def _threads() -> None:
        anyio.to_thread.current_default_thread_limiter().total_tokens = workers_threads

    print(f"Dịch vụ chạy tại http://{host}:{port}/ (dừng: Ctrl+C)", flush=True)
    # keep-alive 75 s, not uvicorn's 5 s: a browser (and the load test's users, 10-30 s between
    # pages) reuses its idle connection; closed by the server after 5 s, the reuse races the close
    # and the request fails with RemoteDisconnected (issue 14: 0.17 % of requests). 75 s is above
    # the users' idle time, like nginx's default; an idle connection costs a socket, not a thread.
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_SECONDS)


@users.command("add")
def users_add(
    username: Annotated[str, typer.Argument(help="Tên đăng nhập")],
    role: Annotated[str, typer.Option("--role", help="admin | appraiser | office | agency | policy")],
    unit: Annotated[str | None, typer.Option("--unit", help="Mã đơn vị")] = None,
    agency: Annotated[str | None, typer.Option("--agency", help="Mã cơ quan (vai trò agency)")] = None,
    province: Annotated[str | None, typer.Option("--province", help="Mã tỉnh, thành phố (vai trò appraiser)")] = None,
    data_dir: DataDirOpt = Path("cchc-data"),
    database: DatabaseOpt = None,
) -> None:
    """Tạo tài khoản (cả tài khoản quản trị đầu tiên). Mật khẩu đọc từ CCHC_PASSWORD hoặc hỏi khi chạy."""
    from cchc_rules.service.accounts import add_user

    password = os.environ.get("CCHC_PASSWORD") or getpass.getpass("Mật khẩu: ")
    if len(password) < 8:
        print("Lỗi: mật khẩu cần ít nhất 8 ký tự.", file=sys.stderr)
        raise typer.Exit(2)
    try:
        svc = _service(data_dir, database)
        try:
            add_user(svc, username, password, role, unit, agency, province)
        finally:
            svc.close()
    except ValueError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    print(f"Đã tạo tài khoản {username} ({role}).")


@units.command("add")
def units_add(
    rules: Annotated[Path | None, typer.Option("--rules", help="Thư mục bộ quy tắc (mặc định: bộ quy tắc kèm theo)")] = None,
    data: Annotated[Path | None, typer.Option("--data", help="Thư mục số liệu các quý nạp sẵn")] = None,
    data_dir: DataDirOpt = Path("cchc-data"),
    database: DatabaseOpt = None,
) -> None:
    """Thêm đơn vị theo bộ quy tắc của nó (plan.yaml ghi mã, tên đơn vị)."""
    from cchc_rules.errors import RulesFileError
    from cchc_rules.messages import render_problems
    from cchc_rules.service.data import load_folder
    from cchc_rules.service.packs import add_unit

    svc = _service(data_dir, database)
    try:
        with svc.db() as db:
            try:
                unit = add_unit(svc, db, rules, "cli")
            except RulesFileError as exc:
                print(render_problems(exc.problems), file=sys.stderr)
                raise typer.Exit(2) from None
            if data is not None:
                load_folder(svc, db, unit, data, "cli")
            db.commit()
            print(f"Đơn vị {unit.code} — {unit.name} ({unit.province}).")
    finally:
        svc.close()
