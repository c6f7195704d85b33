"""Fuzzing the contract (issue 11): mutated copies of every bundled rules and data file, fed to
`check`, `evaluate` and `score` as a user runs them (a subprocess of the console entry).

Every run must: exit 0, 1 or 2 (never 3); print no traceback; finish within a time bound; write no
output on an error exit; leave every input file byte-identical.

Mutations are byte-level (flips, deletions, truncation, hostile tokens: markup, terminal escapes,
formulas, YAML aliases, invisible characters) or structure-level (a YAML/JSON node, a CSV cell,
row or header, an xlsx cell replaced or removed), drawn from a seed so a failure is replayed by
its (file, level, seed, command).

Profiles: `ci` (default, bounded: about a minute and a half here) and `long`
(`CCHC_FUZZ=long`, `CCHC_FUZZ_EXAMPLES=N` examples per test, default 400). With
`CCHC_FUZZ_LOG=FILE` failures are appended to FILE (one JSON line each) instead of stopping the
run, so a long run reports every failure it finds.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "rules" / "truong-xuan-2026-2030"
DATA = ROOT / "data" / "truong-xuan"
TIME_BOUND = 60.0  # seconds per run; the longest clean run takes ~4 s on a loaded 2-core machine

settings.register_profile("ci", max_examples=20, deadline=None, derandomize=True, database=None,
                          suppress_health_check=list(HealthCheck))
settings.register_profile("long", max_examples=int(os.environ.get("CCHC_FUZZ_EXAMPLES", "400")),
                          deadline=None, database=None, suppress_health_check=list(HealthCheck))
settings.load_profile("long" if os.environ.get("CCHC_FUZZ") == "long" else "ci")

TOKENS = [b"[/b]", b"[link=http://x]y[/link]", b"[tthc]", b"\x1b]8;;http://x\x1b\\", b"\x1b[2J", b"\x07",
          b'=HYPERLINK("http://x","y")', b"+1", b"@SUM(A1)", b"&a [1, 2]", b"*a", b"<<: *a", b"!!python/object",
          b"\xff\xfe", b"\x00", b"'", b'"', b"\n", b"\r\n", b",", b";", b":", b"- ", b"{", b"}", b"\t",
          b"31/02/2026", b"01/01/0000", b"31/12/9999", b"10000000000000000", b"-1", b"1e309", b"NaN",
          "\u200b".encode(), "Р".encode(), "３１２９４".encode(), b"\xef\xbb\xbf", b"#", b"%", b"..", b"---\n"]
VALUES = ["[/b]", "PAKN [tthc] 05", "\x1b[31mđỏ", '=HYPERLINK("http://x","y")', "", None, True, -1, 0,
          10**16, 1.5, "31/02/2026", "01/01/0000", "2026-Q5", [], {}, ["a"], {"a": 1}, "Phòng Kinh tế\u200b",
          "VР", "x" * 5000, "0,958", "120%", "hoàn thành", "VP"]


def _files() -> list[Path]:
    found = sorted(p for p in [*RULES.rglob("*"), *DATA.rglob("*")]
                   if p.is_file() and p.suffix in {".yaml", ".csv", ".xlsx"})
    return [p.relative_to(ROOT) for p in found]


FILES = _files()


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(data))
        kind = rng.choice(["flip", "insert", "delete", "truncate", "repeat"])
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            data = data[:at] + bytes([data[at] ^ (1 << rng.randint(0, 7))]) + data[at + 1:]
        elif kind == "insert":
            data = data[:at] + rng.choice(TOKENS) * rng.choice([1, 1, 3, 200]) + data[at:]
        elif kind == "delete":
            data = data[:at] + data[at + rng.randint(1, 64):]
        elif kind == "truncate":
            data = data[:at]
        else:
            data = data[:at] + data[at:at + 80] * rng.randint(2, 5) + data[at:]
    return data


def _mutate_tree(node: object, rng: random.Random) -> object:
    """Replace, delete or duplicate one node somewhere in a YAML/JSON document."""
    if isinstance(node, dict) and node and rng.random() < 0.8:
        key = rng.choice(list(node))
        action = rng.random()
        if action < 0.15:
            del node[key]
        elif action < 0.25:
            node[rng.choice(["extra", "content", "lead", str(key).upper()])] = rng.choice(VALUES)
        else:
            node[key] = _mutate_tree(node[key], rng)
        return node
    if isinstance(node, list) and node and rng.random() < 0.8:
        at = rng.randrange(len(node))
        action = rng.random()
        if action < 0.15:
            node.pop(at)
        elif action < 0.3:
            node.insert(at, node[at])
        else:
            node[at] = _mutate_tree(node[at], rng)
        return node
    return rng.choice(VALUES)


def _mutate_yaml(data: bytes, rng: random.Random, as_json: bool) -> bytes:
    tree = _mutate_tree(yaml.safe_load(data.decode("utf-8-sig")), rng)
    if as_json:
        return json.dumps(tree, ensure_ascii=False, default=str).encode()
    return yaml.safe_dump(tree, allow_unicode=True, sort_keys=False).encode()


def _mutate_csv(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
    rows = list(csv.reader(io.StringIO(text), dialect))
    for _ in range(rng.randint(1, 3)):
        row = rng.randrange(len(rows))
        action = rng.random()
        if action < 0.6 and rows[row]:
            rows[row][rng.randrange(len(rows[row]))] = str(rng.choice(VALUES))
        elif action < 0.75 and len(rows) > 1:
            rows.pop(row)
        elif action < 0.9:
            rows.insert(row, list(rows[row]))
        else:
            rows[row].append(str(rng.choice(VALUES)))
    out = io.StringIO()
    csv.writer(out, dialect).writerows(rows)
    return out.getvalue().encode()


def _mutate_xlsx(path: Path, rng: random.Random) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = rng.choice(wb.worksheets)
    for _ in range(rng.randint(1, 3)):
        row, col = rng.randint(1, max(ws.max_row, 1) + 1), rng.randint(1, max(ws.max_column, 1) + 1)
        if rng.random() < 0.2:
            ws.delete_rows(row)
        else:
            value = rng.choice(VALUES)
            ws.cell(row=row, column=col, value=value if isinstance(value, (str, int, float, type(None))) else str(value))
    wb.save(path)


def mutate(tree: Path, relative: Path, level: str, seed: int) -> Path:
    """Mutate the copy of `relative` in `tree`; returns the file changed (a YAML data file may become JSON)."""
    rng, path = random.Random(seed), tree / relative
    data = path.read_bytes()
    if level == "bytes":
        path.write_bytes(_mutate_bytes(data, rng))
    elif path.suffix == ".xlsx":
        _mutate_xlsx(path, rng)
    elif path.suffix == ".csv":
        path.write_bytes(_mutate_csv(data, rng))
    else:
        as_json = relative.parts[0] == "data" and rng.random() < 0.5
        text = _mutate_yaml(data, rng, as_json)
        if as_json:
            path.unlink()
            path = path.with_suffix(".json")
        path.write_bytes(text)
    return path


def _hashes(tree: Path) -> dict[str, str]:
    return {str(p.relative_to(tree)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(tree.rglob("*")) if p.is_file()}


def _commands(relative: Path) -> list[list[str]]:
    """The commands that read `relative`: check reads the rules; evaluate a quarter; score the year."""
    quarter = next((part for part in relative.parts if "-Q" in part), None)
    if relative.parts[0] == "rules":
        return [["check"], ["evaluate", "--period", "2026-Q4"], ["score", "--year", "2026"]]
    if quarter:
        return [["evaluate", "--period", quarter], ["score", "--year", "2026"]]
    return [["score", "--year", "2026"]]


def run_case(relative: Path, level: str, seed: int, pick: int) -> list[str]:
    """Mutate, run one command, return what broke the contract (empty: all held)."""
    with tempfile.TemporaryDirectory(prefix="cchc-fuzz-") as folder:
        tree = Path(folder) / "in"
        shutil.copytree(RULES, tree / "rules" / RULES.name)
        shutil.copytree(DATA, tree / "data" / DATA.name)
        try:
            mutate(tree, relative, level, seed)
        except Exception:  # noqa: BLE001 - the mutation did not parse (e.g. a CSV the sniffer rejects)
            return []
        commands = _commands(relative)
        command = commands[pick % len(commands)]
        out = Path(folder) / "out" / "result.json"
        out.parent.mkdir()
        args = [*command, "--rules", str(tree / "rules" / RULES.name)]
        if command[0] != "check":
            args += ["--data", str(tree / "data" / DATA.name), "--format", "json", "-o", str(out)]
        before = _hashes(tree)
        env = {k: v for k, v in os.environ.items() if k not in {"CCHC_DEBUG", "CCHC_LANG"}}
        try:
            done = subprocess.run([sys.executable, "-m", "cchc_rules", *args], capture_output=True,
                                  timeout=TIME_BOUND, env=env, cwd=folder)
        except subprocess.TimeoutExpired:
            return [f"no answer within {TIME_BOUND:.0f} s"]
        text = done.stdout.decode(errors="replace") + done.stderr.decode(errors="replace")
        broken = []
        if done.returncode not in (0, 1, 2):
            broken.append(f"exit {done.returncode}: {text[-600:]}")
        if "Traceback" in text:
            broken.append(f"traceback: {text[-600:]}")
        if done.returncode == 2 and out.exists():
            broken.append("output written on an error exit")
        if _hashes(tree) != before:
            broken.append("an input file changed")
        return broken


def _report(relative: Path, level: str, seed: int, command: int, broken: list[str]) -> None:
    log = os.environ.get("CCHC_FUZZ_LOG")
    if broken and log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"file": str(relative), "level": level, "seed": seed, "command": command,
                                     "broken": broken}, ensure_ascii=False) + "\n")
        return
    assert not broken, f"{relative} {level} seed={seed} command={command}: {broken}"


@pytest.mark.parametrize("level", ["bytes", "structure"])
@given(relative=st.sampled_from(FILES), seed=st.integers(0, 2**32 - 1), command=st.integers(0, 2))
def test_mutated_inputs_keep_the_contract(level: str, relative: Path, seed: int, command: int) -> None:
    _report(relative, level, seed, command, run_case(relative, level, seed, command))


def test_the_fuzzer_covers_every_bundled_file_kind() -> None:
    assert {p.suffix for p in FILES} == {".yaml", ".csv", ".xlsx"}
    assert any(p.parts[0] == "rules" for p in FILES) and any(p.parts[0] == "data" for p in FILES)
