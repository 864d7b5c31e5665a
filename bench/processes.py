"""Resident memory of a process and everything it started, read from /proc.

psutil is not among the project's pinned dependencies, and /proc says all that is needed on Linux.
The figure is the sum of each process's RSS: pages shared between gunicorn's forked workers are
counted once per worker, so it is an upper bound on what the service really holds.
"""

from __future__ import annotations

from pathlib import Path

PROC = Path("/proc")


def _parent_of(stat_line: str) -> int:
    # The command name (field 2) may hold spaces and brackets; the fields after the last ')' cannot.
    return int(stat_line.rsplit(")", 1)[1].split()[1])


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = _parent_of((entry / "stat").read_text())
        except (OSError, IndexError, ValueError):
            continue  # the process ended while we looked
        children.setdefault(parent, []).append(int(entry.name))
    return children


def process_tree(root: int) -> list[int]:
    children = _children()
    tree, waiting = [], [root]
    while waiting:
        pid = waiting.pop()
        tree.append(pid)
        waiting.extend(children.get(pid, []))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        status = (PROC / str(pid) / "status").read_text()
    except OSError:
        return 0  # the process ended while we looked: it holds no memory
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0  # a kernel thread or a zombie has no resident set


def tree_rss_mb(root: int) -> float:
    return sum(_rss_kib(pid) for pid in process_tree(root)) / 1024
