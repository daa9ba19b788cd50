"""The house rule on function length, checked (t-house23): no function of the package is longer than
``CAP`` (100; 120 until t-house24) lines unless ``tests/function_lengths.py``'s ``ALLOWED`` names it with a reason and the
length it may not grow past. A long function is split into named steps with docstrings that say why,
each in the module that owns the job (docs/ARCHITECTURE.md, the contract section)."""
from __future__ import annotations

from pathlib import Path

from .function_lengths import ALLOWED, CAP, function_lengths, package_lengths, too_long

ROOT = Path(__file__).resolve().parent.parent


def body(n: int, name: str = "f", indent: str = "") -> str:
    """A function of exactly ``n`` lines."""
    return f"{indent}def {name}():\n" + "".join(f"{indent}    x = {i}\n" for i in range(n - 1))


def test_no_function_of_the_package_is_too_long() -> None:
    problems = too_long(package_lengths(ROOT / "src"))
    assert not problems, f"functions longer than {CAP} lines (split them into named steps, " \
        f"or name them in tests/function_lengths.py's ALLOWED with a reason): {problems}"


def test_every_allowed_function_says_why() -> None:
    assert all(reason and limit > CAP for limit, reason in ALLOWED.values())


def test_the_checker_reads_the_whole_package() -> None:
    lengths = package_lengths(ROOT / "src")
    assert "rightsledger/extract/events/dating/dated.py::dated_events" in lengths
    assert len(lengths) > 2000


def test_a_planted_long_function_is_caught() -> None:
    lengths = function_lengths(body(CAP + 1), "m.py")
    assert lengths == {"m.py::f": (CAP + 1, 1)}
    assert too_long(lengths, allowed={}) == [f"m.py::f (line 1): {CAP + 1} lines, more than {CAP}"]
    assert too_long(function_lengths(body(CAP), "m.py"), allowed={}) == []
    # a method, an async function and a nested function are named by where they live
    src = "class A:\n" + body(130, "g", "    ") + "async def h():\n    def inner():\n        pass\n"
    lengths = function_lengths(src, "m.py")
    assert set(lengths) == {"m.py::A.g", "m.py::h", "m.py::h.inner"}
    assert too_long(lengths, allowed={}) == [f"m.py::A.g (line 2): 130 lines, more than {CAP}"]


def test_the_allowlist_neither_grows_nor_goes_stale() -> None:
    lengths = function_lengths(body(130), "m.py")
    assert too_long(lengths, allowed={"m.py::f": (130, "a table")}) == []
    assert too_long(lengths, allowed={"m.py::f": (125, "a table")}) == [
        "m.py::f (line 1): 130 lines, more than 125"]
    assert too_long(function_lengths(body(40), "m.py"), allowed={"m.py::f": (130, "a table")}) == [
        "m.py::f: allowed but 40 lines now (drop it from ALLOWED)"]
    assert too_long({}, allowed={"m.py::gone": (130, "a table")}) == [
        "m.py::gone: allowed but gone (drop it from ALLOWED)"]
