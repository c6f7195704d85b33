"""Files on disk, by content hash. Nothing here is named by a client.

    <data-dir>/blobs/<sha256>                 every stored file (uploads, attachments, pack files)
    <data-dir>/packs/<sha256>/                a rule pack, by the hash of its files
    <data-dir>/staging/<token>/<period>/      an upload being validated (removed afterwards)
    <data-dir>/snapshots/<unit>/<sha256>/     a unit's data as one run saw it (<period>/<file>)

A unit's data is a manifest ("<period>/<file>" → hash) held in the database; a run evaluates the
snapshot folder of its manifest, so a stored run can be re-run on exactly the same bytes, at the
same path (the traces name files by path).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_hash(manifest: dict[str, str]) -> str:
    return sha256(json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode())


class Store:
    def __init__(self, root: Path) -> None:
        self.root = root
        for sub in ("blobs", "packs", "staging", "snapshots"):
            (root / sub).mkdir(parents=True, exist_ok=True)

    # ── blobs ──
    def put(self, data: bytes) -> str:
        digest = sha256(data)
        target = self.root / "blobs" / digest
        if not target.exists():
            _atomic_write(target, data)
        return digest

    def get(self, digest: str) -> bytes:
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise KeyError(digest)
        return (self.root / "blobs" / digest).read_bytes()

    # ── staging ──
    def staging(self) -> Path:
        folder = self.root / "staging" / uuid.uuid4().hex
        folder.mkdir(parents=True)
        return folder

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    # ── snapshots ──
    def snapshot(self, unit: str, manifest: dict[str, str]) -> tuple[Path, str]:
        """The folder holding `manifest`'s files, made once (atomically: built aside, renamed)."""
        digest = manifest_hash(manifest)
        folder = self.root / "snapshots" / unit / digest
        if folder.is_dir():
            return folder, digest
        building = self.root / "staging" / f"snap-{uuid.uuid4().hex}"
        for name, blob in manifest.items():
            target = building / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.root / "blobs" / blob, target)
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.rename(building, folder)
        except OSError:  # another worker made the same snapshot meanwhile
            shutil.rmtree(building, ignore_errors=True)
        return folder, digest


def _atomic_write(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
