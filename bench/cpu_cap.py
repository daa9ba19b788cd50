"""Cap the CPU of a process tree with a Linux cgroup (bench/load.py --worker-cpu).

On a two-core machine the load generator, the kernel's loopback TCP and PostgreSQL share the
cores with the server being measured, so "two workers against one" measures the machine as
much as the server. Capping every server worker at a fraction of a core (``workers * cores``
for the whole server) leaves the client and the database room of their own, as a machine with
more cores than workers would: the 1- and 2-worker runs then compare the server's own scaling
(no shared lock, no single-process bottleneck). Both cgroup v2 (``cpu.max``) and the v1 ``cpu``
controller (``cpu.cfs_quota_us``) are supported; it needs the rights to create a cgroup (root
in a container, or a delegated subtree).
"""
from __future__ import annotations

import os
from pathlib import Path

import load_wrk  # noqa: E402  (bench/load_wrk.py: the process tree)

PERIOD_US = 100_000
V2 = Path("/sys/fs/cgroup")
V1 = Path("/sys/fs/cgroup/cpu")


class CapError(RuntimeError):
    """No cgroup could be made here."""


def _root() -> tuple[Path, str]:
    if (V2 / "cgroup.controllers").exists() and "cpu" in (V2 / "cgroup.controllers").read_text().split():
        return V2, "v2"
    if (V1 / "cpu.cfs_quota_us").exists():
        return V1, "v1"
    raise CapError("no writable cgroup cpu controller (cgroup v2 cpu.max or v1 cpu.cfs_quota_us)")


class Cap:
    """A cgroup holding at most ``cores`` of CPU; :meth:`add` moves a process tree into it."""

    def __init__(self, cores: float) -> None:
        root, self.version = _root()
        self.path = root / f"rightsledger-bench-{os.getpid()}-{id(self)}"
        try:
            self.path.mkdir()
            quota = max(1000, int(cores * PERIOD_US))
            if self.version == "v2":
                (self.path / "cpu.max").write_text(f"{quota} {PERIOD_US}")
            else:
                (self.path / "cpu.cfs_period_us").write_text(str(PERIOD_US))
                (self.path / "cpu.cfs_quota_us").write_text(str(quota))
        except OSError as exc:
            raise CapError(f"cannot make the cgroup {self.path}: {exc}") from exc

    def add(self, pid: int) -> int:
        """Move ``pid`` and its descendants (every worker) into the cgroup; how many moved."""
        moved = 0
        for p in load_wrk.descendants(pid):
            try:
                (self.path / "cgroup.procs").write_text(str(p))
                moved += 1
            except OSError:
                pass  # (a process that ended meanwhile)
        return moved

    def close(self) -> None:
        """Give the processes back to the parent cgroup and remove this one."""
        try:
            pids = (self.path / "cgroup.procs").read_text().split()
        except OSError:
            pids = []
        for p in pids:
            try:
                (self.path.parent / "cgroup.procs").write_text(p)
            except OSError:
                pass
        try:
            self.path.rmdir()
        except OSError:
            pass
