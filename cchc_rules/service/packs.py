"""Rule packs per unit, versioned by content hash. A unit starts on the bundled pack; policy staff
upload a new one (a zip, or the files), which is checked exactly as `cchc-rules check` does and
refused with every problem at file:line, or becomes the unit's pack. Runs keep the hash they used.
A pack is loaded and compiled once per hash and shared by every run on it."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import threading
import zipfile
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cchc_rules.errors import RulesFileError
from cchc_rules.messages import Lang
from cchc_rules.rulepack.load import bundled_rules_dir, iter_problems, load_rules
from cchc_rules.rulepack.pack import RulePack
from cchc_rules.service import audit
from cchc_rules.service.db import PackVersion, Unit
from cchc_rules.service.state import Service
from cchc_rules.service.storage import manifest_hash
from cchc_rules.service.uploads import Incoming, Refused, refusal, rendered, size_problems, zip_problems

_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
PACK_SUFFIXES = (".yaml", ".yml", ".feature", ".md", ".csv", ".txt")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_pack_folder(svc: Service, folder: Path) -> str:
    """Copy a pack folder into the store under the hash of its files; return the hash."""
    files = {str(p.relative_to(folder).as_posix()): p.read_bytes()
             for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.startswith(".")}
    manifest = {name: svc.store.put(data) for name, data in files.items()}
    digest = manifest_hash(manifest)
    target = svc.store.root / "packs" / digest
    if not target.is_dir():
        building = svc.store.staging()
        for name, data in files.items():
            (building / name).parent.mkdir(parents=True, exist_ok=True)
            (building / name).write_bytes(data)
        try:
            building.rename(target)
        except OSError:
            shutil.rmtree(building, ignore_errors=True)
    return digest


def bundled_hash(svc: Service) -> str:
    return store_pack_folder(svc, bundled_rules_dir())


def pack(svc: Service, digest: str) -> RulePack:
    """The pack of a hash, loaded and checked once per process (one loader per hash at a time)."""
    with svc.cache_lock:
        found = svc.packs.get(digest)
        loading = svc.pack_loading.setdefault(digest, threading.Lock()) if found is None else None
    if found is not None:
        return found
    assert loading is not None
    with loading:
        with svc.cache_lock:
            found = svc.packs.get(digest)
        if found is None:
            found = load_rules(svc.store.root / "packs" / digest)
            with svc.cache_lock:
                svc.packs[digest] = found
    return found


def warm(svc: Service) -> int:
    """Load every unit's pack now (`serve` does it in the background at start), so that no
    page waits for a first load; returns how many were loaded."""
    with svc.db() as db:
        hashes = sorted(set(db.scalars(select(Unit.pack_hash))))
    for digest in hashes:
        pack(svc, digest)
    return len(hashes)


def pack_files(uploads: list[Incoming], lang: Lang) -> dict[str, bytes]:
    """The files of an uploaded pack by their path inside it: a zip is opened with its entries
    checked (no absolute path, no `..`, no link, safe names, sizes), a single top folder dropped."""
    problems = size_problems(uploads, lang)
    if problems:
        raise Refused(problems)
    files: dict[str, bytes] = {}
    for up in uploads:
        if up.name.lower().endswith(".zip"):
            problems += zip_problems(up.name, up.data, lang)
            if problems:
                continue
            with zipfile.ZipFile(io.BytesIO(up.data)) as archive:
                for info in archive.infolist():
                    if info.is_dir():
                        continue
                    parts = PurePosixPath(info.filename.replace("\\", "/")).parts
                    is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
                    if info.filename.startswith("/") or not all(_PART.match(p) for p in parts) or is_link:
                        problems.append(refusal(up.name, f"Mục '{info.filename}' trong tệp nén có đường dẫn không "
                                                "an toàn (tuyệt đối, '..', liên kết hoặc ký tự lạ); tệp nén bị từ chối.",
                                                "Nén lại thư mục bộ quy tắc, chỉ gồm các tệp .yaml và thư mục con."))
                        continue
                    files["/".join(parts)] = archive.read(info)
        else:
            name = PurePosixPath(up.name.replace("\\", "/")).name
            if not _PART.match(name) or not name.lower().endswith(PACK_SUFFIXES):
                problems.append(refusal(up.name, "Tên tệp không phải tệp của bộ quy tắc (plan.yaml, tasks.yaml, …).",
                                        "Tải lên các tệp .yaml của bộ quy tắc hoặc một tệp .zip."))
                continue
            files[name] = up.data
    if problems:
        raise Refused(problems)
    tops = {name.split("/")[0] for name in files}
    if len(tops) == 1 and all("/" in n for n in files):
        top = tops.pop()
        files = {name[len(top) + 1:]: data for name, data in files.items()}
    return files


def upload_pack(svc: Service, db: Session, unit: Unit, uploads: list[Incoming], user: str,
                lang: Lang) -> tuple[str | None, list[dict[str, Any]]]:
    """Check an uploaded pack as `check` does; on success make it the unit's pack. Returns
    (new hash or None, problems shown at file:line, warnings included)."""
    try:
        files = pack_files(uploads, lang)
    except Refused as exc:
        audit.record(db, user, "pack_refused", unit.code, problems=len(exc.problems))
        return None, exc.problems
    folder = svc.store.staging()
    try:
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
        problems = iter_problems(folder)
        rows = rendered(problems, folder, {}, lang)
        if any(p.severity == "error" for p in problems):
            audit.record(db, user, "pack_refused", unit.code, problems=len(rows))
            return None, rows
        try:
            loaded = load_rules(folder)
        except RulesFileError as exc:
            return None, rendered(exc.problems, folder, {}, lang)
        if loaded.plan.plan.unit.code != unit.code:
            own = loaded.plan.plan.unit
            return None, [refusal("plan.yaml", f"Bộ quy tắc là của đơn vị {own.name} (mã {own.code}), không phải "
                                  f"{unit.name} (mã {unit.code}).", "Tải lên bộ quy tắc của đúng đơn vị.")]
        digest = store_pack_folder(svc, folder)
    finally:
        svc.store.discard(folder)
    unit.pack_hash = digest
    db.add(PackVersion(unit_code=unit.code, pack_hash=digest, created_at=_now(), created_by=user))
    audit.record(db, user, "pack_uploaded", unit.code, pack=digest)
    return digest, rows


def add_unit(svc: Service, db: Session, rules: Path | None, user: str) -> Unit:
    """A unit from a pack (its plan names the unit); the pack is stored and becomes the unit's."""
    digest = store_pack_folder(svc, rules or bundled_rules_dir())
    plan = pack(svc, digest).plan.plan.unit
    unit = db.get(Unit, plan.code)
    if unit is None:
        unit = Unit(code=plan.code, name=plan.name, province=plan.province,
                    province_code=plan.province_code or "", pack_hash=digest, created_at=_now())
        db.add(unit)
        db.flush()
        audit.record(db, user, "unit_added", unit.code, pack=digest)
    elif unit.pack_hash != digest:
        unit.pack_hash = digest
    db.add(PackVersion(unit_code=unit.code, pack_hash=digest, created_at=_now(), created_by=user))
    return unit
