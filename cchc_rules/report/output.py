"""The one writer of output files: the last step of every command that writes (-o).

`check_output` runs before any work starts: the target is never an input, never inside the rules
or data folders being read (symlinks resolved), and its folder exists and is writable.
`atomic_open` / `write_bytes` / `write_document` then write through a temporary file in the same
folder, flushed to disk and renamed over the target: on any error (a full disk, a bug) the
temporary file is removed and the target is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from cchc_rules.errors import OutputPathError, Problem, SourceLocation
from cchc_rules.rulepack.load import bundled_data_dir, bundled_rules_dir, display_path

NOT_READ: Any = object()  # `data=` default: the command reads no data folder

_WRITE_CODES = {errno.ENOSPC: "output_disk_full", errno.EDQUOT: "output_disk_full",
                errno.EACCES: "output_folder_unwritable", errno.EPERM: "output_folder_unwritable",
                errno.EROFS: "output_folder_unwritable", errno.ENOENT: "output_folder_missing",
                errno.ENOTDIR: "output_folder_missing", errno.EISDIR: "output_is_folder"}


def _refuse(output: Path, code: str, **params: str) -> OutputPathError:
    params = {"path": display_path(output), "name": output.name, **params}
    return OutputPathError([Problem(SourceLocation(display_path(output)), "-o", code, params)])


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def check_output(output: Path | None, *, rules: Path | None, data: Path | None = NOT_READ,
                 folder: bool = False) -> None:
    """Refuse `output` before any work (OutputPathError, exit 2); `None` rules/data: the bundled ones.

    `folder`: `output` is a folder the command creates if needed (template, schema).
    """
    if output is None:
        return
    roots = [rules or bundled_rules_dir()] + ([] if data is NOT_READ else [data or bundled_data_dir()])
    target = _real(output)
    for root in map(_real, roots):
        if target == root or root in target.parents:
            raise _refuse(output, "output_inside_input", folder=display_path(root))
    if folder:
        _check_folder(output, target)
    else:
        _check_file(output, target)


def _check_file(output: Path, target: Path) -> None:
    if target.is_dir():
        raise _refuse(output, "output_is_folder")
    _check_writable(output, target.parent)


def _check_folder(output: Path, target: Path) -> None:
    existing = target
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise _refuse(output, "output_not_folder", folder=display_path(existing))
    _check_writable(output, existing)


def _check_writable(output: Path, folder: Path) -> None:
    if not folder.is_dir():
        raise _refuse(output, "output_folder_missing", folder=display_path(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(output, "output_folder_unwritable", folder=display_path(folder))


def write_failed(output: Path, exc: OSError) -> OutputPathError:
    """The problem for a failed write, in the user's words (no English OS text)."""
    code = _WRITE_CODES.get(exc.errno or 0, "output_write_failed")
    name = errno.errorcode.get(exc.errno or 0, type(exc).__name__)
    return _refuse(output, code, folder=display_path(Path(os.path.abspath(output)).parent), reason=name)


@contextlib.contextmanager
def atomic_open(output: Path, binary: bool = False) -> Iterator[IO[Any]]:
    """A handle on a temporary file beside `output`, renamed over it only if the block succeeds."""
    output = Path(output)
    temp = output.with_name(f".{output.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise write_failed(output, exc) from None
    try:
        with os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, output)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if isinstance(exc, OSError):
            raise write_failed(output, exc) from None
        raise
    _sync_folder(output.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_bytes(output: Path, data: bytes) -> None:
    with atomic_open(output, binary=True) as handle:
        handle.write(data)


def write_text(output: Path, text: str) -> None:
    with atomic_open(output) as handle:
        handle.write(text)


def write_document(text: str, output: Path | None) -> None:
    """`text` to `output` (then its path is printed) or, without `output`, to standard output."""
    if output is None:
        sys.stdout.write(text)
        return
    write_text(output, text)
    print(display_path(output))
