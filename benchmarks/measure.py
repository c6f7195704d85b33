"""Run a command and measure it: wall time, CPU time, and peak memory of its whole process tree.

`/usr/bin/time -v` reports "Maximum resident set size" from getrusage: the largest single
process (GNU time waits for the command; the kernel keeps, for a parent, the maximum RSS of
any one waited-for descendant), not parent + workers at the same moment. A process pool's real
footprint is the sum, so this samples /proc every `--interval` seconds, sums VmRSS over the
command and all its descendants, and keeps the largest sum (a short peak between two samples
can be missed; at 20 ms it is rarely far off). Both figures are printed.

    .venv/bin/python benchmarks/measure.py [--repeats 3] [--interval 0.02] -- CMD ARGS...
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _children() -> dict[int, list[int]]:
    """Parent pid → child pids, from /proc."""
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """utime + stime of a process so far, in clock ticks (0 if it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def tree_sample(root: int, cpu: dict[int, int]) -> int:
    """VmRSS of a process and all its descendants, summed (KiB); notes each one's CPU in `cpu`."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss_kib(pid)
        cpu[pid] = max(cpu.get(pid, 0), _cpu_ticks(pid))
        todo.extend(tree.get(pid, []))
    return total


def measure(command: list[str], interval: float) -> dict[str, float]:
    """One run: wall seconds, CPU seconds of the tree, peak summed RSS and largest single RSS (MiB).

    CPU is summed over every process of the tree as last sampled (getrusage would miss workers
    forked by a forkserver, which are not the command's own children), so it undercounts by at
    most one interval per process.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, cpu = 0, {}
    while process.poll() is None:
        peak = max(peak, tree_sample(process.pid, cpu))
        time.sleep(interval)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode not in (0, 1):
        raise SystemExit(f"command failed with exit code {process.returncode}: {' '.join(command)}")
    seconds = sum(cpu.values()) / os.sysconf("SC_CLK_TCK")
    return {"wall": wall, "cpu": seconds, "peak_tree_mib": peak / 1024, "max_single_mib": usage.ru_maxrss / 1024}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--interval", type=float, default=0.02)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    runs = [measure(command, args.interval) for _ in range(args.repeats)]
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    load = os.getloadavg()[0]
    print(f"{' '.join(command)}   (load average before the last run ended: {load:.1f})", file=sys.stderr)
    print(f"  wall {median['wall']:.2f} s (median of {len(runs)}: "
          f"{', '.join(format(r['wall'], '.2f') for r in runs)}), CPU of the tree {median['cpu']:.2f} s, "
          f"peak RSS of the process tree {max(r['peak_tree_mib'] for r in runs):.0f} MiB "
          f"(largest single process {max(r['max_single_mib'] for r in runs):.0f} MiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
